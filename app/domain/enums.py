"""The closed vocabularies of a workshop, with their Dutch labels."""

from __future__ import annotations

from enum import StrEnum

from app.domain.messages import msg


class Quadrant(StrEnum):
    STRENGTH = "S"
    WEAKNESS = "W"
    OPPORTUNITY = "O"
    THREAT = "T"

    @property
    def label(self) -> str:
        return _QUADRANT_LABELS[self]

    @property
    def is_internal(self) -> bool:
        """Strengths and weaknesses describe the organisation; O and T its environment."""
        return self in (Quadrant.STRENGTH, Quadrant.WEAKNESS)

    @property
    def area_kind(self) -> AreaKind:
        return AreaKind.INTERNAL if self.is_internal else AreaKind.EXTERNAL


_QUADRANT_LABELS = {
    Quadrant.STRENGTH: msg("Sterke punten"),
    Quadrant.WEAKNESS: msg("Zwakke punten"),
    Quadrant.OPPORTUNITY: msg("Opportuniteiten"),
    Quadrant.THREAT: msg("Bedreigingen"),
}


class AreaKind(StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"

    @property
    def label(self) -> str:
        return "Interne analyse" if self is AreaKind.INTERNAL else "Externe analyse"


class TargetGroup(StrEnum):
    """The four groups of seed 000: the list a new workshop starts with (and the
    fixed vocabulary of schema 0001-0012). A workshop's own list is data
    (records.TargetGroup, services.target_groups)."""

    STAFF = "medewerkers"
    CUSTOMERS = "klanten"
    OFFICIALS = "mandatarissen"
    CITIZENS = "burgers"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# The names a new workshop's list of target groups starts with, in order.
DEFAULT_TARGET_GROUPS: tuple[str, ...] = tuple(t.label for t in TargetGroup)


class VotingMethod(StrEnum):
    DOTS = "dots"
    SCORE = "score"
    RANK = "rank"
    BUDGET = "budget"
    # The internal questionnaire on the phones (app.domain.survey): no options.
    SURVEY = "survey"
    # Phones send short texts (app.domain.ideas) that the facilitator moderates: no options.
    IDEAS = "ideas"

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self]

    @property
    def has_options(self) -> bool:
        """Whether phones vote on options (a survey and an ideas round have none)."""
        return self not in (VotingMethod.SURVEY, VotingMethod.IDEAS)


_METHOD_LABELS = {
    VotingMethod.DOTS: "Stippen verdelen",
    VotingMethod.SCORE: "Scoren op criteria",
    VotingMethod.RANK: "Rangschikken (Borda)",
    VotingMethod.BUDGET: "Budget verdelen",
    VotingMethod.SURVEY: "Bevraging (interne analyse)",
    VotingMethod.IDEAS: "Ideeën verzamelen",
}


class RoundStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"draft": "ontwerp", "open": "open", "closed": "gesloten"}[self.value]


class OptionKind(StrEnum):
    """What a voting round's options point at."""

    PROPOSAL = "proposal"
    SWOT_ITEM = "swot_item"
    PATH = "path"


class BallotSource(StrEnum):
    PHONE = "phone"
    PAPER = "paper"


class Decision(StrEnum):
    """What was decided on a fiche (seed 002: the keuzenota). A mandatory fiche is
    in the plan whatever its decision."""

    OPEN = "open"
    YES = "ja"
    NO = "nee"
    LATER = "later"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    Decision.OPEN: msg("Open"),
    Decision.YES: msg("Ja"),
    Decision.NO: msg("Nee"),
    Decision.LATER: msg("Later"),
}
