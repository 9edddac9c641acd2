"""Words people use in their own lists: quadrant names, yes/no, mandatory/choice.

Matching is done on a folded form (lower case, accents and punctuation gone,
spaces collapsed); the values themselves are always kept exactly as typed.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.enums import (
    AreaKind,
    BallotSource,
    Decision,
    Quadrant,
    RoundStatus,
    TargetGroup,
    VotingMethod,
)
from app.domain.tows import StrategyField

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """For matching only: 'Sterke punten ' -> 'sterke punten'; 'Risico’s' -> 'risico s'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", plain).strip()


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(word): key for key, words in table.items() for word in words}


# Headers and cell values for a quadrant. Single letters only as cell values
# (a column headed "S" is more likely a size than the strengths).
_QUADRANT_WORDS: dict[str, tuple[str, ...]] = {
    "S": (
        "sterkte",
        "sterktes",
        "sterke punten",
        "sterk punt",
        "sterke punt",
        "sterk",
        "strength",
        "strengths",
    ),
    "W": (
        "zwakte",
        "zwaktes",
        "zwakke punten",
        "zwak punt",
        "zwakke punt",
        "zwak",
        "weakness",
        "weaknesses",
        "werkpunten",
        "verbeterpunten",
    ),
    "O": (
        "kans",
        "kansen",
        "opportuniteit",
        "opportuniteiten",
        "opportunity",
        "opportunities",
    ),
    "T": ("bedreiging", "bedreigingen", "threat", "threats"),
}
QUADRANT_HEADERS = _index(_QUADRANT_WORDS)
_QUADRANT_VALUES = {**QUADRANT_HEADERS, "s": "S", "w": "W", "o": "O", "t": "T"}
QUADRANT_EXPECTED = (
    "Sterke punten, Zwakke punten, Opportuniteiten of Bedreigingen "
    "(of Sterktes/Zwaktes/Kansen/Bedreigingen, Strengths/Weaknesses/Opportunities/Threats, "
    "S/W/O/T)"
)


def quadrant(text: str) -> Quadrant | None:
    code = _QUADRANT_VALUES.get(fold(text))
    return Quadrant(code) if code else None


_YES = {"ja", "j", "yes", "y", "x", "waar", "true", "1", "v"}
_NO = {"nee", "n", "no", "neen", "onwaar", "false", "0"}


def yes_no(text: str) -> bool | None:
    word = fold(text)
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


_MANDATORY = {"verplicht", "mandatory", "required", "wettelijk verplicht", "must", "ja", "x"}
_CHOICE = {"keuze", "choice", "optional", "optioneel", "facultatief", "vrij", "nee"}
MANDATORY_LABELS = ("verplicht", "keuze")


def mandatory(text: str) -> bool | None:
    word = fold(text)
    if word in _MANDATORY:
        return True
    if word in _CHOICE:
        return False
    return None


AREA_KIND_LABELS = {AreaKind.INTERNAL: "intern", AreaKind.EXTERNAL: "extern"}
_AREA_KINDS = {
    "intern": AreaKind.INTERNAL,
    "interne": AreaKind.INTERNAL,
    "internal": AreaKind.INTERNAL,
    "interne analyse": AreaKind.INTERNAL,
    "extern": AreaKind.EXTERNAL,
    "externe": AreaKind.EXTERNAL,
    "external": AreaKind.EXTERNAL,
    "externe analyse": AreaKind.EXTERNAL,
}


def area_kind(text: str) -> AreaKind | None:
    return _AREA_KINDS.get(fold(text))


def target_group(text: str) -> TargetGroup | None:
    word = fold(text)
    for group in TargetGroup:
        if word in (group.value, group.value.rstrip("s"), fold(group.label)):
            return group
    return None


def voting_method(text: str) -> VotingMethod | None:
    word = fold(text)
    for method in VotingMethod:
        if word in (method.value, fold(method.label)):
            return method
    return None


def round_status(text: str) -> RoundStatus | None:
    word = fold(text)
    for status in RoundStatus:
        if word in (status.value, fold(status.label)):
            return status
    return None


BALLOT_SOURCE_LABELS = {BallotSource.PHONE: "telefoon", BallotSource.PAPER: "papier"}
_BALLOT_SOURCES = {
    "telefoon": BallotSource.PHONE,
    "gsm": BallotSource.PHONE,
    "smartphone": BallotSource.PHONE,
    "phone": BallotSource.PHONE,
    "papier": BallotSource.PAPER,
    "papieren stembrief": BallotSource.PAPER,
    "paper": BallotSource.PAPER,
}


def ballot_source(text: str) -> BallotSource | None:
    return _BALLOT_SOURCES.get(fold(text))


DONT_KNOW = {"weet niet", "wn", "geen mening", "n v t", "nvt", "don t know", "dont know"}

# Sheet names that say nothing about a cluster: a SWOT sheet so named has no cluster.
GENERIC_SHEET_NAMES = {
    fold(name)
    for name in (
        "SWOT",
        "SWOT-punten",
        "SWOT-analyse",
        "SWOT analyse",
        "Punten",
        "Lijst",
        "Gegevens",
        "Data",
        "Export",
        "Import",
        "Invoer",
        "Overzicht",
        "Analyse",
        "Omgevingsanalyse",
        "Points",
        "List",
    )
} | {fold(f"{prefix}{n}") for prefix in ("Blad", "Sheet", "Tabel", "Table") for n in range(1, 21)}


# Per-year money columns of a list of fiches ('Investering 2026', 'Exploitatie 2027',
# 'Raming 2028', 'Subsidie investering 2027', '2028 VTE'): the word says what.
# A bare cost word is the investment, as a single 'Geraamde kost' column is.
_PER_YEAR_WORDS: dict[str, tuple[str, ...]] = {
    "investment": (
        "investering", "investeringen", "investeringsuitgaven", "uitgaven investering",
        "investeringskost", "investeringskosten", "investeringsbudget", "investment",
        "investments", "capex", "raming", "geraamde kost", "kost", "kosten", "budget",
        "bedrag", "uitgaven", "cost", "costs",
    ),
    "operating": (
        "exploitatie", "exploitatiekost", "exploitatiekosten", "exploitatieuitgaven",
        "uitgaven exploitatie", "werking", "werkingskost", "werkingskosten",
        "werkingsmiddelen", "uitgaven werking", "operating", "operating cost", "opex",
    ),
    "investment_income": (
        "investeringsontvangsten", "ontvangsten investering", "ontvangst investering",
        "subsidie investering", "subsidies investering", "investeringssubsidie",
        "investeringssubsidies", "bijdrage investering", "bijdragen investering",
        "investment income",
    ),
    "operating_income": (
        "exploitatieontvangsten", "ontvangsten exploitatie", "ontvangst exploitatie",
        "ontvangsten werking", "werkingssubsidie", "werkingssubsidies", "subsidie exploitatie",
        "subsidies exploitatie", "subsidie werking", "subsidies werking",
        "bijdrage exploitatie", "bijdragen exploitatie", "bijdrage werking",
        "operating income",
    ),
    # Income without saying of what: the sheet's other columns decide.
    "income": (
        "subsidie", "subsidies", "ontvangsten", "ontvangst", "bijdrage", "bijdragen",
        "inkomsten", "toelage", "toelagen", "cofinanciering", "income", "subsidy", "grant",
        "grants",
    ),
    "fte": ("vte", "fte", "personeel vte", "vte personeel", "personeel"),
}  # fmt: skip
PER_YEAR_KINDS = _index(_PER_YEAR_WORDS)
_PER_YEAR = re.compile(
    r"^(?:(?P<before>[a-z ]+?) (?P<year>\d{4})|(?P<first>\d{4}) (?P<after>[a-z ]+))$"
)


def per_year(header: str) -> tuple[str, int] | tuple[None, int] | None:
    """('investment', 2026) for 'Investering 2026'; (None, 2026) for a year with words
    that say nothing known ('Opmerking 2026'); None without a year."""
    match = _PER_YEAR.match(fold(header))
    if match is None:
        return None
    words = match.group("before") or match.group("after")
    year = int(match.group("year") or match.group("first"))
    return PER_YEAR_KINDS.get(words.strip()), year


# A fiche's decision (the keuzenota): Atelier's own words and those of people's lists.
_DECISION_WORDS: dict[Decision, tuple[str, ...]] = {
    Decision.OPEN: ("open", "nog open", "te beslissen", "undecided"),
    Decision.YES: ("ja", "yes", "goedgekeurd", "gekozen", "weerhouden", "approved"),
    Decision.NO: ("nee", "neen", "no", "afgekeurd", "niet weerhouden", "rejected"),
    Decision.LATER: ("later", "uitgesteld", "volgende legislatuur", "postponed"),
}
_DECISIONS = {fold(w): d for d, words in _DECISION_WORDS.items() for w in words}


def decision(text: str) -> Decision | None:
    return _DECISIONS.get(fold(text))


# A field of the confrontation matrix: its code (SO), also written S-O or S/O.
def tows_field(text: str) -> StrategyField | None:
    code = fold(text).replace(" ", "").upper()
    try:
        return StrategyField(code)
    except ValueError:
        return None
