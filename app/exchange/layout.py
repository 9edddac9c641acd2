"""The sheets of Atelier's own workbook, and the column names people use for them.

One :class:`SheetSpec` per entity: its Dutch sheet title and headers (what the
export writes), the other names a sheet or column may have in a list people
keep themselves (what the import recognises), and how each cell is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.domain.entities import Entity
from app.domain.enums import (
    Decision,
    OptionKind,
    Quadrant,
    RoundStatus,
    VotingMethod,
)
from app.domain.goals import GoalLevel
from app.domain.messages import msg
from app.domain.report_plan import TEXT_PART_LABELS
from app.domain.tows import StrategyField
from app.exchange import values, vocabulary


@dataclass(frozen=True)
class Field:
    key: str
    # The header in Atelier's own workbook; None: recognised in people's lists only.
    header: str | None
    read: Callable[[Any], Any] = values.text
    aliases: tuple[str, ...] = ()
    required: bool = False
    dropdown: str | None = None
    # A reference to another entity by name (or id): the kind it names.
    ref: str | None = None


@dataclass(frozen=True)
class SheetSpec:
    kind: str
    title: str
    fields: tuple[Field, ...]
    # Other sheet names for this kind (folded when compared).
    names: tuple[str, ...] = ()
    # Columns a sheet needs to be this kind: each group lists alternatives.
    needs: tuple[tuple[str, ...], ...] = ()
    # The key of import --json's created/updated counts.
    count: str | None = None
    read_only: bool = False
    # Only a sheet with one of this kind's names is read as this kind (the
    # workshop itself: a list with a title column must never rename it).
    named_only: bool = False

    @property
    def columns(self) -> tuple[Field, ...]:
        """The columns of the own workbook, in order."""
        return tuple(f for f in self.fields if f.header is not None)

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


def _choice(reader: Callable[[str], Any], expected: str) -> Callable[[Any], Any]:
    return lambda value: values.closed_choice(value, reader, expected)


OPTION_KIND_LABELS = {
    OptionKind.PROPOSAL: Entity.PROPOSAL.label,
    OptionKind.SWOT_ITEM: Entity.SWOT_ITEM.label,
    OptionKind.PATH: Entity.PATH.label,
}


def _option_kind(text: str) -> OptionKind | None:
    word = vocabulary.fold(text)
    for kind, label in OPTION_KIND_LABELS.items():
        if word in (kind.value, vocabulary.fold(label), vocabulary.fold(kind.value)):
            return kind
    return None


YES_NO = _choice(vocabulary.yes_no, "ja of nee")
QUADRANT = _choice(vocabulary.quadrant, vocabulary.QUADRANT_EXPECTED)
MANDATORY = _choice(vocabulary.mandatory, "verplicht of keuze")
AREA_KIND = _choice(vocabulary.area_kind, "intern of extern")
METHOD = _choice(vocabulary.voting_method, ", ".join(m.label for m in VotingMethod))
STATUS = _choice(vocabulary.round_status, ", ".join(s.label for s in RoundStatus))
OPTION_KIND = _choice(_option_kind, ", ".join(OPTION_KIND_LABELS.values()))
DECISION = _choice(vocabulary.decision, ", ".join(d.value for d in Decision))
TOWS_FIELD = _choice(vocabulary.tows_field, ", ".join(f.value for f in StrategyField))
SOURCE = _choice(vocabulary.ballot_source, " of ".join(vocabulary.BALLOT_SOURCE_LABELS.values()))


def _goal_level(text: str) -> int | None:
    word = vocabulary.fold(text)
    for level in GoalLevel:
        if word in (str(level.value), vocabulary.fold(level.label), level.prefix.casefold()):
            return int(level)
    return None


GOAL_LEVEL_LABELS = {int(level): str(level.label) for level in GoalLevel}
GOAL_LEVEL = _choice(_goal_level, ", ".join(GOAL_LEVEL_LABELS.values()))
# Closed lists offered as a dropdown, and references to another sheet's names.
CLOSED_LISTS: dict[str, tuple[str, ...]] = {
    "quadrant": tuple(q.label for q in Quadrant),
    "mandatory": vocabulary.MANDATORY_LABELS,
    "yes_no": ("ja", "nee"),
    "area_kind": tuple(vocabulary.AREA_KIND_LABELS.values()),
    "method": tuple(m.label for m in VotingMethod),
    "status": tuple(s.label for s in RoundStatus),
    "option_kind": tuple(OPTION_KIND_LABELS.values()),
    "source": tuple(vocabulary.BALLOT_SOURCE_LABELS.values()),
    "decision": tuple(d.value for d in Decision),
    "level": tuple(GOAL_LEVEL_LABELS.values()),
    "tows_field": tuple(f.value for f in StrategyField),
}

ID = Field("id", "id", values.id_value, ("id", "atelier id"))
NAME_WORDS = ("naam", "name")
TEXT_WORDS = ("tekst", "text", "omschrijving", "beschrijving", "description", "inhoud")
CLUSTER_WORDS = ("cluster", "sector", "dienst", "afdeling", "team", "groep", "department", "group")
AREA_WORDS = ("domein", "thema", "area", "domain", "theme")
IDS_OF_SWOT = Field("swot_items", "SWOT-punten (id's)", values.id_list, ("swot punten", "swot ids"))


def _cluster(required: bool = False, header: str = "Cluster") -> Field:
    return Field(
        "cluster",
        header,
        aliases=CLUSTER_WORDS,
        required=required,
        dropdown="cluster",
        ref="cluster",
    )


def _area(required: bool = False) -> Field:
    return Field(
        "area", "Domein", aliases=AREA_WORDS, required=required, dropdown="area", ref="area"
    )


WORKSHOP = SheetSpec(
    "workshop",
    "Workshop",
    (
        Field("title", "Titel", aliases=("titel", "title", "traject"), required=True),
        Field("organisation", "Organisatie", aliases=("organisatie", "bestuur", "organisation")),
        Field("period_start", "Planning van", values.year, ("planning van", "van", "start")),
        Field("period_end", "Planning tot", values.year, ("planning tot", "tot", "einde")),
        Field("description", "Beschrijving", aliases=("beschrijving", "description")),
        # The duplicate search's synonym groups, one a line; empty: Atelier's default list.
        Field("synonyms", "Synoniemen", aliases=("synoniemen", "synonyms")),
        Field("show_names", "Namen tonen", YES_NO, ("namen tonen",), dropdown="yes_no"),
        # The one cell that differs between two exports of the same store.
        Field("exported_at", "Geëxporteerd op", aliases=("geexporteerd op",)),
    ),
    names=("workshop", "traject"),
    needs=(("title",), ("organisation", "period_start")),
    count=Entity.WORKSHOP.count_key,
    named_only=True,
)

LOCATIONS = SheetSpec(
    "locations",
    "Locaties",
    (
        ID,
        Field(
            "name",
            "Naam",
            aliases=(*NAME_WORDS, "locatie", "werkplek", "gebouw", "site", "location"),
            required=True,
        ),
        Field("address", "Adres", aliases=("adres", "straat", "address", "street")),
        Field("postcode", "Postcode", aliases=("postcode", "post code", "zip", "postal code")),
        Field("deelgemeente", "Deelgemeente", aliases=("deelgemeente", "district", "wijk")),
    ),
    names=("locaties", "locatie", "locations", "werkplekken", "gebouwen"),
    needs=(("name",),),
    count=Entity.LOCATION.count_key,
)

SESSIONS = SheetSpec(
    "sessions",
    "Sessies",
    (
        ID,
        Field(
            "title", "Titel", aliases=("titel", "naam", "sessie", "title", "session"), required=True
        ),
        Field("date", "Datum", values.date, ("datum", "dag", "date", "day")),
        Field(
            "location",
            "Locatie",
            aliases=("locatie", "plaats", "location", "place"),
            dropdown="location",
            ref="location",
        ),
    ),
    names=("sessies", "sessie", "workshopdagen", "sessions", "dagen"),
    needs=(("title",),),
    count=Entity.SESSION.count_key,
)

CLUSTERS = SheetSpec(
    "clusters",
    "Clusters",
    (
        ID,
        Field("name", "Naam", aliases=(*NAME_WORDS, *CLUSTER_WORDS), required=True),
        Field(
            "is_reference",
            "Referentie",
            YES_NO,
            ("referentie", "referentiecluster", "reference"),
            dropdown="yes_no",
        ),
        Field("color", "Kleur", aliases=("kleur", "color", "colour")),
    ),
    names=("clusters", "sectoren", "diensten", "cluster"),
    needs=(("name",),),
    count=Entity.CLUSTER.count_key,
)

PARTICIPANTS = SheetSpec(
    "participants",
    "Deelnemers",
    (
        ID,
        Field(
            "name",
            "Naam",
            aliases=(*NAME_WORDS, "volledige naam", "deelnemer", "full name", "participant"),
        ),
        Field("first_name", None, aliases=("voornaam", "first name", "firstname", "given name")),
        Field(
            "last_name",
            None,
            aliases=(
                "achternaam",
                "familienaam",
                "last name",
                "lastname",
                "surname",
                "family name",
            ),
        ),
        _cluster(),
        Field("role", "Rol", aliases=("rol", "functie", "role", "function", "job title")),
        Field(
            "email",
            "E-mail",
            aliases=(
                "e-mail",
                "email",
                "e-mailadres",
                "emailadres",
                "mail",
                "mailadres",
                "e-mail address",
                "email address",
            ),
        ),  # fmt: skip
    ),
    names=("deelnemers", "deelnemerslijst", "participants", "personen", "medewerkers"),
    needs=(("name", "first_name", "last_name"),),
    count=Entity.PARTICIPANT.count_key,
)

AREAS = SheetSpec(
    "areas",
    "Domeinen",
    (
        ID,
        Field("kind", "Soort", AREA_KIND, ("soort", "type", "analyse", "kind"), True, "area_kind"),
        Field("name", "Naam", aliases=(*NAME_WORDS, "domein", "area"), required=True),
        Field("description", "Beschrijving", aliases=("beschrijving", "description")),
    ),
    names=("domeinen", "areas", "domains"),
    needs=(("kind",), ("name",)),
    count=Entity.AREA.count_key,
)

SWOT = SheetSpec(
    "swot",
    "SWOT",
    (
        ID,
        Field(
            "quadrant",
            "Kwadrant",
            QUADRANT,
            ("kwadrant", "type", "soort", "categorie", "swot", "swot type", "quadrant", "category"),
            True,
            "quadrant",
        ),
        Field(
            "text",
            "Tekst",
            aliases=(*TEXT_WORDS, "punt", "point", "item", "swot punt"),
            required=True,
        ),
        _cluster(),
        _area(),
        Field(
            "session",
            "Sessie",
            aliases=("sessie", "session", "workshopdag"),
            dropdown="session",
            ref="session",
        ),
        Field("author", "Auteur", aliases=("auteur", "ingebracht door", "door", "author")),
        Field("absorbed_into", "Opgenomen in (id)", values.id_value, ("opgenomen in",)),
    ),
    names=("swot", "swot punten", "swot analyse", "punten"),
    needs=(("quadrant",), ("text",)),
    count=Entity.SWOT_ITEM.count_key,
)

RECOMMENDATIONS = SheetSpec(
    "recommendations",
    "Aanbevelingen",
    (
        ID,
        _area(required=True),
        _cluster(),
        Field(
            "text",
            "Aanbeveling",
            aliases=("aanbeveling", *TEXT_WORDS, "recommendation"),
            required=True,
        ),
        IDS_OF_SWOT,
    ),
    names=("aanbevelingen", "recommendations"),
    needs=(("area",), ("text",)),
    count=Entity.RECOMMENDATION.count_key,
)

STATEMENTS = SheetSpec(
    "statements",
    "Stellingen",
    (
        ID,
        _area(required=True),
        Field(
            "text",
            "Stelling",
            aliases=("stelling", "vraag", "tekst", "statement", "question"),
            required=True,
        ),
    ),
    names=("stellingen", "vragen", "vragenlijst", "statements", "questions"),
    needs=(("area",), ("text",)),
    count=Entity.STATEMENT.count_key,
)

_PARTICIPANT_REF = Field(
    "participant", "Deelnemer", aliases=("deelnemer", "participant"), ref="participant"
)

SCORES = SheetSpec(
    "scores",
    "Antwoorden",
    (
        ID,
        _cluster(required=True),
        _PARTICIPANT_REF,
        Field(
            "statement",
            "Stelling",
            aliases=("stelling", "statement"),
            required=True,
            ref="statement",
        ),
        Field("score", "Score", values.score, ("score", "antwoord", "answer")),
    ),
    names=("antwoorden", "scores", "answers"),
    needs=(("cluster",), ("statement",), ("score",)),
    count=Entity.STATEMENT_SCORE.count_key,
)

RATINGS = SheetSpec(
    "ratings",
    "Beoordelingen",
    (
        ID,
        _cluster(required=True),
        _PARTICIPANT_REF,
        _area(required=True),
        Field(
            "importance",
            "Belang",
            lambda v: values.score(v, msg("Het belang")),
            ("belang", "importance"),
        ),
        Field(
            "readiness",
            "Paraatheid",
            lambda v: values.score(v, msg("De paraatheid")),
            ("paraatheid", "readiness"),
        ),
    ),
    names=("beoordelingen", "ratings"),
    needs=(("cluster",), ("area",), ("importance", "readiness")),
    count=Entity.STATEMENT_SCORE.count_key,
)

OWNER = Field(
    "owner",
    "Trekker",
    aliases=("trekker", "verantwoordelijke", "budgethouder", "eigenaar", "owner"),
)

# The workshop's own list of target groups (a path's impact names one of them).
TARGET_GROUPS = SheetSpec(
    "target_groups",
    "Doelgroepen",
    (
        ID,
        Field("name", "Naam", aliases=(*NAME_WORDS, "doelgroep", "target group"), required=True),
    ),
    names=("doelgroepen", "target groups"),
    needs=(("name",),),
    count=Entity.TARGET_GROUP.count_key,
    named_only=True,
)

PATHS = SheetSpec(
    "paths",
    "Ontwikkelpaden",
    (
        ID,
        Field("title", "Titel", aliases=("titel", "naam", "pad", "title", "path"), required=True),
        Field("description", "Beschrijving", aliases=("beschrijving", "description")),
        IDS_OF_SWOT,
        OWNER,
        # The goals the path works towards: their codes (or ids), comma-separated.
        Field("goals", "Doelen (codes)", aliases=("doelen codes", "codes doelen", "goals")),
    ),
    names=("ontwikkelpaden", "paden", "paths"),
    needs=(("title",),),
    count=Entity.PATH.count_key,
)

_PATH_REF = Field(
    "path", "Ontwikkelpad", aliases=("ontwikkelpad", "pad", "path"), required=True, ref="path"
)

PATH_ACTIONS = SheetSpec(
    "path_actions",
    "Padacties",
    (
        ID,
        _PATH_REF,
        Field(
            "text",
            "Actie / product",
            aliases=("actie", "product", "tekst", "action"),
            required=True,
        ),
    ),
    names=("padacties",),
    needs=(("path",), ("text",)),
    count=Entity.PATH_ACTION.count_key,
)

PATH_IMPACTS = SheetSpec(
    "path_impacts",
    "Padimpact",
    (
        ID,
        _PATH_REF,
        # A name of the Doelgroepen sheet; a group the workshop lacks is added.
        Field(
            "target_group",
            "Doelgroep",
            aliases=("doelgroep", "target group"),
            required=True,
            dropdown="target_group",
            ref="target_group",
        ),
        Field("text", "Impact", aliases=("impact", "tekst", "text"), required=True),
    ),
    names=("padimpact", "impact"),
    needs=(("path",), ("target_group",), ("text",)),
    count=Entity.PATH_IMPACT.count_key,
)

PRINCIPLES = SheetSpec(
    "principles",
    "Principes",
    (
        ID,
        Field("title", "Titel", aliases=("titel", "principe", "title", "principle"), required=True),
        Field("text", "Tekst", aliases=TEXT_WORDS),
    ),
    names=("principes", "leidende principes", "principles"),
    needs=(("title",),),
    count=Entity.PRINCIPLE.count_key,
)

# The confrontation (TOWS) matrix: one row per marked pair. A point is named by its
# text (its id where another point has the same text), as the SWOT sheet has them;
# the clusters whose matrix shows the pair only help tell points of the same text apart.
TOWS_MARKS = SheetSpec(
    "tows_marks",
    "Confrontatiematrix",
    (
        Field(
            "internal",
            "Sterkte of zwakte",
            aliases=("sterkte of zwakte", "sterkte zwakte", "sterkte", "zwakte", "intern"),
            required=True,
        ),
        Field(
            "external",
            "Kans of bedreiging",
            aliases=("kans of bedreiging", "kans bedreiging", "kans", "bedreiging", "extern"),
            required=True,
        ),
        Field("field", "Veld", TOWS_FIELD, ("veld", "field"), dropdown="tows_field"),
        Field("clusters", "Cluster", aliases=("cluster", "clusters", "sector")),
        Field("weight", "Gewicht", values.tows_weight, ("gewicht", "weight"), True),
    ),
    names=("confrontatiematrix", "confrontatie", "tows", "tows matrix"),
    needs=(("internal",), ("external",), ("weight",)),
    count=Entity.TOWS_MARK.count_key,
)

# The strategies written in the matrix's fields, with the points they come from and
# the paths and fiches made from them (one a line, by name, or by id where not unique).
STRATEGIES = SheetSpec(
    "strategies",
    "Strategieën",
    (
        ID,
        Field(
            "field",
            "Veld",
            TOWS_FIELD,
            ("veld", "field", "soort strategie"),
            True,
            "tows_field",
        ),
        _cluster(),
        Field("title", "Titel", aliases=("titel", "strategie", "title", "strategy"), required=True),
        Field("text", "Tekst", aliases=(*TEXT_WORDS, "uitleg")),
        Field(
            "swot_points",
            "SWOT-punten",
            values.lines,
            ("swot punten", "komt voort uit", "swot"),
        ),
        Field("paths", "Ontwikkelpaden", values.lines, ("ontwikkelpaden", "paden", "paths")),
        Field("proposals", "Fiches", values.lines, ("fiches", "voorstellen", "proposals")),
    ),
    names=("strategieen", "strategie", "strategies", "tows strategieen"),
    needs=(("field",), ("title",)),
    count=Entity.STRATEGY.count_key,
)


def _text_part(word: str) -> str | None:
    """A report part by its Dutch label ("SWOT-analyse") or its name ("swot")."""
    key = " ".join(word.split()).casefold()
    for part, label in TEXT_PART_LABELS.items():
        if key in (part, label.casefold()):
            return part
    return None


# The workshop's own introduction and conclusion per report part.
REPORT_TEXTS = SheetSpec(
    "report_texts",
    "Rapportteksten",
    (
        ID,
        Field(
            "part",
            "Deel",
            _choice(_text_part, ", ".join(TEXT_PART_LABELS.values())),
            ("deel", "rapportdeel", "part"),
            True,
        ),
        Field("intro", "Inleiding", aliases=("inleiding", "intro", "introduction")),
        Field("conclusion", "Besluit", aliases=("besluit", "conclusie", "conclusion")),
    ),
    names=("rapportteksten", "report texts"),
    needs=(("part",), ("intro", "conclusion")),
    count="report_texts",
    named_only=True,
)

PROPOSALS = SheetSpec(
    "proposals",
    "Voorstellen",
    (
        ID,
        Field("code", "Code", aliases=("code", "nr", "nummer", "fichenummer", "fiche")),
        Field(
            "title",
            "Titel",
            aliases=(
                "titel",
                "naam",
                "project",
                "projectnaam",
                "voorstel",
                "beleidsvoorstel",
                "title",
                "name",
                "proposal",
            ),
            required=True,
        ),
        _cluster(header="Sector"),
        Field(
            "policy_objective",
            "Beleidsdoelstelling",
            aliases=("beleidsdoelstelling", "doelstelling", "beleidsdoel", "policy objective"),
        ),
        Field(
            "mandatory",
            "Verplicht/keuze",
            MANDATORY,
            ("verplicht keuze", "verplicht of keuze", "verplicht", "keuze", "mandatory", "choice"),
            dropdown="mandatory",
        ),
        Field("why", "Waarom", aliases=("waarom", "why")),
        Field("what", "Wat willen we bereiken", aliases=("wat willen we bereiken", "wat", "what")),
        Field("win", "Wat winnen we", aliases=("wat winnen we", "winst", "win")),
        Field(
            "location",
            "Locatie",
            aliases=("locatie", "plaats", "waar", "location"),
            dropdown="location",
            ref="location",
        ),
        Field(
            "status_end_of_term",
            "Stand einde legislatuur",
            aliases=("stand einde legislatuur", "stand van zaken", "status einde legislatuur"),
        ),
        Field("dependencies", "Afhankelijkheden", aliases=("afhankelijkheden", "dependencies")),
        Field("risks", "Risico's", aliases=("risico s", "risico", "risks")),
        Field(
            "sdgs", "SDG's", values.sdgs, ("sdg s", "sdg", "sdgs", "duurzame ontwikkelingsdoelen")
        ),
        Field(
            "cost",
            None,
            values.amount,
            (
                "geraamde kost",
                "kost",
                "kostprijs",
                "raming",
                "budget",
                "bedrag",
                "estimated cost",
                "cost",
            ),
        ),
        IDS_OF_SWOT,
        Field("paths", "Ontwikkelpaden (id's)", values.id_list, ("ontwikkelpaden",)),
        # The keuzenota: what was decided, when and why.
        Field(
            "decision",
            "Besluit",
            DECISION,
            ("besluit", "beslissing", "decision"),
            dropdown="decision",
        ),
        Field(
            "decision_date",
            "Datum besluit",
            values.date,
            ("datum besluit", "besluitdatum", "decision date"),
        ),
        Field(
            "decision_motivation",
            "Motivering",
            aliases=("motivering", "motivatie", "verantwoording", "motivation"),
        ),
        OWNER,
        # The clusters (sectors) it belongs to besides its own, by name, "; " between.
        Field(
            "extra_clusters",
            "Andere sectoren",
            values.name_list,
            ("andere sectoren", "andere clusters", "extra sectoren", "extra clusters"),
        ),
        # The actieplan or actie the fiche belongs to: its code (or id).
        # Not plain "Doel": in people's lists of fiches that is the project's aim (text).
        Field("goal", "Doel (code)", aliases=("doel code", "code doel", "goal")),
    ),
    names=("voorstellen", "fiches", "projecten", "beleidsvoorstellen", "proposals", "projects"),
    needs=(("title",),),
    count=Entity.PROPOSAL.count_key,
)

OWNER_WORDS = (
    "trekker",
    "trekkers",
    "verantwoordelijke",
    "verantwoordelijken",
    "budgethouder",
    "eigenaar",
    "owner",
)
_BASELINE_WORDS = ("nulmeting", "basiswaarde", "startwaarde", "uitgangswaarde", "baseline")
_TARGET_WORDS = ("streefwaarde", "doelwaarde", "target", "target value")
_TARGET_YEAR_WORDS = ("streefjaar", "doeljaar", "target year")

# The goal tree, one row per goal (parents before their children). A list people keep
# is recognised too: one row per actie with its beleidsdoelstelling and actieplan
# repeated, codes in the titles or in their own columns (app/exchange/goal_rows.py).
GOALS = SheetSpec(
    "goals",
    "Doelen",
    (
        ID,
        Field("level", "Niveau", GOAL_LEVEL, ("niveau", "level", "soort doel"), dropdown="level"),
        Field("code", "Code", aliases=("code", "nr", "nummer")),
        Field("title", "Titel", aliases=("titel", "title", "doel", "goal")),
        Field("parent", "Hoort onder", aliases=("hoort onder", "bovenliggend doel", "parent")),
        Field("owner", "Trekker", aliases=OWNER_WORDS),
        Field("description", "Omschrijving", aliases=("omschrijving", "toelichting")),
        Field(
            "objective",
            None,
            aliases=("beleidsdoelstelling", "beleidsdoelstellingen", "beleidsdoel", "bd"),
        ),
        Field(
            "objective_code",
            None,
            aliases=("code beleidsdoelstelling", "bd code", "code bd", "nr bd", "bd nr"),
        ),
        Field("plan", None, aliases=("actieplan", "actieplannen", "ap")),
        Field(
            "plan_code", None, aliases=("code actieplan", "ap code", "code ap", "nr ap", "ap nr")
        ),
        Field("action", None, aliases=("actie", "acties", "ac")),
        Field("action_code", None, aliases=("code actie", "ac code", "code ac", "nr ac", "ac nr")),
        Field("indicator", None, aliases=("indicator", "indicatoren", "kpi")),
        Field("baseline", None, aliases=_BASELINE_WORDS),
        Field("target", None, aliases=_TARGET_WORDS),
        Field("target_year", None, values.year, _TARGET_YEAR_WORDS),
    ),
    names=("doelen", "doelstellingen", "doelenboom", "beleidsdoelstellingen", "goals"),
    needs=(("level", "plan", "action"),),
    count=Entity.GOAL.count_key,
)

INDICATORS = SheetSpec(
    "indicators",
    "Indicatoren",
    (
        ID,
        Field("goal", "Doel", aliases=("doel", "goal"), required=True),
        Field("name", "Indicator", aliases=("indicator", "naam", "name"), required=True),
        Field("baseline", "Nulmeting", aliases=_BASELINE_WORDS),
        Field("target", "Streefwaarde", aliases=_TARGET_WORDS),
        Field("target_year", "Streefjaar", values.year, _TARGET_YEAR_WORDS),
    ),
    names=("indicatoren", "indicators"),
    needs=(("goal",), ("name",)),
    count=Entity.GOAL_INDICATOR.count_key,
)

_PROPOSAL_REF = Field(
    "proposal", "Voorstel", aliases=("voorstel", "proposal"), required=True, ref="proposal"
)

PROPOSAL_ACTIONS = SheetSpec(
    "proposal_actions",
    "Voorstelacties",
    (
        ID,
        _PROPOSAL_REF,
        Field("text", "Actie", aliases=("actie", "tekst", "action"), required=True),
        Field("start_year", "Van", values.year, ("van", "start", "beginjaar"), True),
        Field("end_year", "Tot", values.year, ("tot", "einde", "eindjaar"), True),
    ),
    names=("voorstelacties",),
    needs=(("proposal",), ("text",), ("start_year",)),
    count=Entity.PROPOSAL_ACTION.count_key,
)

RESOURCES = SheetSpec(
    "resources",
    "Middelen",
    (
        ID,
        _PROPOSAL_REF,
        Field("year", "Jaar", values.year, ("jaar", "year"), True),
        Field("investment", "Investering", values.amount, ("investering", "investment")),
        Field(
            "investment_income",
            "Ontvangsten investering",
            values.amount,
            ("ontvangsten investering", "investeringsontvangsten", "investment income"),
        ),
        Field("operating", "Werking", values.amount, ("werking", "exploitatie", "operating")),
        Field(
            "operating_income",
            "Ontvangsten werking",
            values.amount,
            (
                "ontvangsten werking",
                "ontvangsten exploitatie",
                "exploitatieontvangsten",
                "operating income",
            ),
        ),
        Field("fte", "VTE", values.fte, ("vte", "fte")),
    ),
    names=("middelen", "resources"),
    needs=(("proposal",), ("year",)),
    count=Entity.PROPOSAL_RESOURCE.count_key,
)

# The financial room per year of the planning period (one row per year, no id).
ROOMS = SheetSpec(
    "rooms",
    "Financiële ruimte",
    (
        Field("year", "Jaar", values.year, ("jaar", "year"), True),
        Field(
            "investment_room",
            "Investeringsruimte",
            values.amount,
            ("investeringsruimte", "ruimte investering", "investment room"),
        ),
        Field(
            "operating_room",
            "Werkingsruimte",
            values.amount,
            ("werkingsruimte", "exploitatieruimte", "ruimte werking", "operating room"),
        ),
    ),
    names=("financiele ruimte", "financial room"),
    needs=(("year",), ("investment_room", "operating_room")),
    count="rooms",
)

ROUNDS = SheetSpec(
    "rounds",
    "Stemrondes",
    (
        ID,
        Field("title", "Titel", aliases=("titel", "title"), required=True),
        Field("question", "Vraag", aliases=("vraag", "question")),
        Field("method", "Methode", METHOD, ("methode", "method"), True, "method"),
        Field("rules", "Regels", aliases=("regels", "rules")),
        Field("status", "Status", STATUS, ("status",), True, "status"),
        Field("anonymous", "Anoniem", YES_NO, ("anoniem", "anonymous"), dropdown="yes_no"),
        Field("top_n", "Top", values.whole_number, ("top",)),
        Field("revealed", "Uitslag getoond", YES_NO, ("uitslag getoond",), dropdown="yes_no"),
    ),
    names=("stemrondes", "rondes", "rounds"),
    needs=(("title",), ("method",), ("status",)),
    count=Entity.ROUND.count_key,
)

OPTIONS = SheetSpec(
    "options",
    "Opties",
    (
        ID,
        Field(
            "round",
            "Stemronde",
            aliases=("stemronde", "ronde", "round"),
            required=True,
            ref="round",
        ),
        Field("kind", "Soort", OPTION_KIND, ("soort", "kind"), True, "option_kind"),
        Field("target", "Verwijst naar (id)", values.id_value, ("verwijst naar",)),
        Field("title", "Titel", aliases=("titel", "title"), required=True),
        Field("description", "Beschrijving", aliases=("beschrijving", "description")),
    ),
    names=("opties", "options"),
    needs=(("round",), ("kind",), ("target",)),
    count=Entity.OPTION.count_key,
)

# One row per entry of a ballot (a ballot without entries: one row without an option).
# Anonymous: never the key that recognises a phone's re-vote, a participant only in
# a round that is not anonymous, and the rows in the order of the (random) ballot
# ids, which says nothing about the order in which the ballots were cast.
BALLOTS = SheetSpec(
    "ballots",
    "Stembrieven",
    (
        Field("ballot", "Stembrief (id)", values.ballot_id, ("stembrief",), True),
        Field(
            "round",
            "Stemronde",
            aliases=("stemronde", "ronde", "round"),
            required=True,
            ref="round",
        ),
        Field("source", "Bron", SOURCE, ("bron", "source"), True, "source"),
        _cluster(),
        Field("participant", "Deelnemer", aliases=("deelnemer", "participant")),
        Field("option", "Optie", aliases=("optie", "option")),
        Field("criterion", "Criterium", aliases=("criterium", "criterion")),
        Field("value", "Waarde", values.amount, ("waarde", "value")),
    ),
    names=("stembrieven", "ballots"),
    needs=(("ballot",), ("round",), ("value",)),
    count=Entity.BALLOT.count_key,
)

# The outcome of the rounds: what the ballots add up to, counted again on export.
RESULTS = SheetSpec(
    "results",
    "Uitslagen",
    (
        Field("round", "Stemronde", aliases=("stemronde",)),
        Field("method", "Methode", aliases=("methode",)),
        Field("status", "Status", aliases=("status",)),
        Field("ballots", "Stembrieven", aliases=("stembrieven",)),
        Field("rank", "Rang", aliases=("rang",)),
        Field("option", "Optie", aliases=("optie",)),
        Field("score", "Score", aliases=("score",)),
    ),
    names=("uitslagen", "results"),
    needs=(("round",), ("rank",), ("option",)),
    read_only=True,
)

# What phones sent in ideas rounds (issue 12), with what the facilitator decided: read
# only (anonymous phone input is never taken in from a workbook; an accepted idea is a
# point on the SWOT sheet). Ideas come in a fixed order, never in the order they came.
IDEAS = SheetSpec(
    "ideas",
    "Ideeën",
    (
        Field("round", "Stemronde", aliases=("stemronde",)),
        Field("quadrant", "Kwadrant", aliases=("kwadrant",)),
        Field("cluster", "Cluster", aliases=("cluster",)),
        Field("status", "Status", aliases=("status",)),
        Field("text", "Tekst", aliases=("tekst",)),
    ),
    names=("ideeën", "ideeen", "ideas"),
    needs=(("round",), ("status",), ("text",)),
    read_only=True,
    named_only=True,
)

# The keuzenota's scenario, counted again on export from the fiches in the plan
# (mandatory, or decided ja) and the room: read only, as the results.
SCENARIO = SheetSpec(
    "scenario",
    "Scenario",
    (
        Field("year", "Jaar", aliases=("jaar",)),
        Field("investment", "Investering uitgaven", aliases=("investering uitgaven",)),
        Field("investment_income", "Investering ontvangsten", aliases=("investering ontvangsten",)),
        Field("room_investment", "Investeringsruimte", aliases=("investeringsruimte",)),
        Field("balance_investment", "Saldo investering", aliases=("saldo investering",)),
        Field("operating", "Werking uitgaven", aliases=("werking uitgaven",)),
        Field("operating_income", "Werking ontvangsten", aliases=("werking ontvangsten",)),
        Field("room_operating", "Werkingsruimte", aliases=("werkingsruimte",)),
        Field("balance_operating", "Saldo werking", aliases=("saldo werking",)),
        Field("fits", "In evenwicht", aliases=("in evenwicht",)),
    ),
    names=("scenario",),
    needs=(("year",), ("balance_investment",), ("balance_operating",)),
    read_only=True,
    named_only=True,
)

# The curated synthesis ("top 20", seed 003), in its order; no rows: the default.
SYNTHESIS = SheetSpec(
    "synthesis",
    "Synthese",
    (
        Field("rank", "Plaats", values.whole_number, ("plaats", "rang", "nr")),
        Field("swot_item", "SWOT-punt (id)", values.id_value, ("swot punt", "swot punt id"), True),
        # What the point says, for the reader (the id decides).
        Field("quadrant", "Kwadrant", aliases=("kwadrant",)),
        Field("text", "Tekst", aliases=("tekst",)),
    ),
    names=("synthese", "top 20", "synthesis"),
    needs=(("swot_item",),),
    count=Entity.SYNTHESIS_ITEM.count_key,
    named_only=True,
)

SHEETS: tuple[SheetSpec, ...] = (
    WORKSHOP,
    LOCATIONS,
    SESSIONS,
    CLUSTERS,
    PARTICIPANTS,
    AREAS,
    SWOT,
    SYNTHESIS,
    RECOMMENDATIONS,
    STATEMENTS,
    SCORES,
    RATINGS,
    TARGET_GROUPS,
    PATHS,
    PATH_ACTIONS,
    PATH_IMPACTS,
    PRINCIPLES,
    GOALS,
    INDICATORS,
    TOWS_MARKS,
    STRATEGIES,
    PROPOSALS,
    PROPOSAL_ACTIONS,
    RESOURCES,
    ROOMS,
    ROUNDS,
    OPTIONS,
    BALLOTS,
    RESULTS,
    IDEAS,
    REPORT_TEXTS,
    SCENARIO,
)
BY_KIND = {spec.kind: spec for spec in SHEETS}

# Where a reference dropdown takes its names from: (kind, field).
REFERENCE_LISTS = {
    "cluster": ("clusters", "name"),
    "area": ("areas", "name"),
    "session": ("sessions", "title"),
    "location": ("locations", "name"),
    "target_group": ("target_groups", "name"),
}

# The keys of import --json, in a stable order.
COUNT_KEYS: tuple[str, ...] = tuple(dict.fromkeys(s.count for s in SHEETS if s.count))
