"""The names of what a workshop store holds, declared once.

Each :class:`Entity` is a storage table (its value is the table's name, which is
also the name change sets use), with its Dutch label in the singular and the
plural and the key it is counted under in ``info``, ``import`` and ``merge``
(docs/cli.md). Services, the CLI, the Excel exchange and the window derive
their tables from it, so that a name used anywhere else fails at once.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from app.domain.messages import Message, msg


class _Meta(NamedTuple):
    label: Message
    plural: Message
    key: str  # the key it is counted under (docs/cli.md; shared by links, answers)


class Entity(StrEnum):
    STORE_META = "store_meta"
    WORKSHOP = "workshop"
    LOCATION = "location"
    SESSION = "session"
    CLUSTER = "cluster"
    PARTICIPANT = "participant"
    AREA = "area"
    SWOT_ITEM = "swot_item"
    RECOMMENDATION = "recommendation"
    RECOMMENDATION_SWOT = "recommendation_swot"
    STATEMENT = "statement"
    STATEMENT_SCORE = "statement_score"
    AREA_RATING = "area_rating"
    PATH = "path"
    PATH_ACTION = "path_action"
    PATH_IMPACT = "path_impact"
    TARGET_GROUP = "target_group"
    PATH_SWOT = "path_swot"
    PRINCIPLE = "principle"
    GOAL = "goal"
    GOAL_INDICATOR = "goal_indicator"
    PATH_GOAL = "path_goal"
    PROPOSAL = "proposal"
    PROPOSAL_SDG = "proposal_sdg"
    PROPOSAL_ACTION = "proposal_action"
    PROPOSAL_RESOURCE = "proposal_resource"
    PROPOSAL_SWOT = "proposal_swot"
    PROPOSAL_PATH = "proposal_path"
    PROPOSAL_CLUSTER = "proposal_cluster"
    SYNTHESIS_ITEM = "synthesis_item"
    BUDGET_ROOM = "budget_room"
    REPORT_TEXT = "report_text"
    REPORT_STYLE = "report_style"
    TOWS_MARK = "tows_mark"
    STRATEGY = "strategy"
    STRATEGY_SWOT = "strategy_swot"
    PATH_STRATEGY = "path_strategy"
    PROPOSAL_STRATEGY = "proposal_strategy"
    MATRIX_SETTING = "matrix_setting"
    ROUND = "voting_round"
    OPTION = "round_option"
    BALLOT = "ballot"
    BALLOT_ENTRY = "ballot_entry"
    IDEA = "idea"
    IDEA_SENDER = "idea_sender"
    TOMBSTONE = "tombstone"

    @property
    def label(self) -> Message:
        """The Dutch name of one (``msg``: the window translates it)."""
        return _META[self].label

    @property
    def plural(self) -> Message:
        return _META[self].plural

    @property
    def count_key(self) -> str:
        """The key it is counted under (``info``, ``import`` and ``merge`` JSON)."""
        return _META[self].key


_META: dict[Entity, _Meta] = {
    Entity.STORE_META: _Meta(msg("bestandskenmerk"), msg("bestandskenmerken"), "store_meta"),
    Entity.WORKSHOP: _Meta(msg("workshop"), msg("workshops"), "workshops"),
    Entity.LOCATION: _Meta(msg("locatie"), msg("locaties"), "locations"),
    Entity.SESSION: _Meta(msg("sessie"), msg("sessies"), "sessions"),
    Entity.CLUSTER: _Meta(msg("cluster"), msg("clusters"), "clusters"),
    Entity.PARTICIPANT: _Meta(msg("deelnemer"), msg("deelnemers"), "participants"),
    Entity.AREA: _Meta(msg("domein"), msg("domeinen"), "areas"),
    Entity.SWOT_ITEM: _Meta(msg("SWOT-punt"), msg("SWOT-punten"), "swot_items"),
    Entity.RECOMMENDATION: _Meta(msg("aanbeveling"), msg("aanbevelingen"), "recommendations"),
    Entity.RECOMMENDATION_SWOT: _Meta(
        msg("koppeling van een aanbeveling"), msg("koppelingen van aanbevelingen"), "links"
    ),
    Entity.STATEMENT: _Meta(msg("stelling"), msg("stellingen"), "questions"),
    Entity.STATEMENT_SCORE: _Meta(
        msg("antwoord op een stelling"), msg("antwoorden op stellingen"), "assessments"
    ),
    Entity.AREA_RATING: _Meta(
        msg("beoordeling van een domein"), msg("beoordelingen van domeinen"), "assessments"
    ),
    Entity.PATH: _Meta(msg("ontwikkelpad"), msg("ontwikkelpaden"), "paths"),
    Entity.PATH_ACTION: _Meta(msg("actie"), msg("acties van ontwikkelpaden"), "path_actions"),
    Entity.PATH_IMPACT: _Meta(msg("impact"), msg("impact van ontwikkelpaden"), "path_impacts"),
    Entity.TARGET_GROUP: _Meta(msg("doelgroep"), msg("doelgroepen"), "target_groups"),
    Entity.PATH_SWOT: _Meta(msg("koppeling van een pad"), msg("koppelingen van paden"), "links"),
    Entity.PRINCIPLE: _Meta(msg("leidend principe"), msg("leidende principes"), "principles"),
    Entity.GOAL: _Meta(msg("doel"), msg("doelen"), "goals"),
    Entity.GOAL_INDICATOR: _Meta(msg("indicator"), msg("indicatoren"), "indicators"),
    Entity.PATH_GOAL: _Meta(
        msg("koppeling van een pad aan een doel"), msg("koppelingen van paden aan doelen"), "links"
    ),
    Entity.PROPOSAL: _Meta(msg("voorstel"), msg("voorstellen"), "proposals"),
    Entity.PROPOSAL_SDG: _Meta(
        msg("SDG van een voorstel"), msg("SDG's van voorstellen"), "proposal_sdgs"
    ),
    Entity.PROPOSAL_ACTION: _Meta(msg("actie"), msg("acties van voorstellen"), "proposal_actions"),
    Entity.PROPOSAL_RESOURCE: _Meta(
        msg("middelen van een jaar"), msg("middelen per jaar"), "proposal_resources"
    ),
    Entity.PROPOSAL_SWOT: _Meta(
        msg("koppeling van een voorstel"), msg("koppelingen van voorstellen"), "links"
    ),
    Entity.PROPOSAL_PATH: _Meta(
        msg("koppeling van een voorstel aan een pad"),
        msg("koppelingen van voorstellen aan paden"),
        "links",
    ),
    Entity.PROPOSAL_CLUSTER: _Meta(
        msg("extra cluster van een voorstel"), msg("extra clusters van voorstellen"), "links"
    ),
    Entity.SYNTHESIS_ITEM: _Meta(
        msg("punt van de synthese"), msg("punten van de synthese"), "synthesis"
    ),
    Entity.BUDGET_ROOM: _Meta(
        msg("financiële ruimte van een jaar"), msg("financiële ruimte per jaar"), "rooms"
    ),
    # The keys the import and merge reports already used for these (plural, as "rounds").
    Entity.REPORT_TEXT: _Meta(msg("rapporttekst"), msg("rapportteksten"), "report_texts"),
    Entity.REPORT_STYLE: _Meta(msg("huisstijl"), msg("huisstijlen"), "report_styles"),
    Entity.TOWS_MARK: _Meta(
        msg("markering in de confrontatiematrix"),
        msg("markeringen in de confrontatiematrix"),
        "tows_marks",
    ),
    Entity.STRATEGY: _Meta(msg("strategie"), msg("strategieën"), "strategies"),
    Entity.STRATEGY_SWOT: _Meta(
        msg("koppeling van een strategie"), msg("koppelingen van strategieën"), "links"
    ),
    Entity.PATH_STRATEGY: _Meta(
        msg("koppeling van een pad aan een strategie"),
        msg("koppelingen van paden aan strategieën"),
        "links",
    ),
    Entity.PROPOSAL_STRATEGY: _Meta(
        msg("koppeling van een voorstel aan een strategie"),
        msg("koppelingen van voorstellen aan strategieën"),
        "links",
    ),
    Entity.MATRIX_SETTING: _Meta(
        msg("instelling van de matrix"), msg("instellingen van de matrix"), "matrix_settings"
    ),
    Entity.ROUND: _Meta(msg("stemronde"), msg("stemrondes"), "rounds"),
    Entity.OPTION: _Meta(msg("optie"), msg("opties van stemrondes"), "options"),
    Entity.BALLOT: _Meta(msg("stembrief"), msg("stembrieven"), "ballots"),
    Entity.BALLOT_ENTRY: _Meta(msg("stem"), msg("stemmen"), "ballot_entries"),
    Entity.IDEA: _Meta(msg("idee"), msg("ideeën"), "ideas"),
    Entity.IDEA_SENDER: _Meta(msg("inzender"), msg("inzenders"), "idea_senders"),
    Entity.TOMBSTONE: _Meta(msg("verwijderingsspoor"), msg("verwijderingssporen"), "tombstones"),
}

# Count keys that several entities share, and their one name.
_SHARED_COUNTS: dict[str, Message] = {
    "assessments": msg("beoordelingen"),
    "links": msg("koppelingen"),
}

# The counts of ``info --json`` (docs/cli.md), in the contract's order.
INFO_COUNTS: tuple[str, ...] = (
    "clusters",
    "locations",
    "participants",
    "sessions",
    "swot_items",
    "recommendations",
    "questions",
    "assessments",
    "paths",
    "principles",
    "proposals",
    "rounds",
    "ballots",
    # Additions (docs/cli.md: counts may add keys) come after the contract's own keys.
    "ideas",  # what phones sent in ideas rounds
    "strategies",
    "goals",  # every node of the goal tree
    "indicators",
)


def counted_as(key: str) -> tuple[Entity, ...]:
    """The entities counted under ``key``."""
    return tuple(e for e in Entity if e.count_key == key)


def count_label(key: str) -> str:
    """The Dutch name (plural) of a count key; a key no entity has stays as it is."""
    if key in _SHARED_COUNTS:
        return _SHARED_COUNTS[key]
    found = counted_as(key)
    return found[0].plural if found else key
