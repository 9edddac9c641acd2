"""What the services hand out: immutable snapshots of the workshop's entities.

They carry ids rather than object graphs so that views can hold them without
keeping a database session alive. Field names match the storage columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.enums import (
    AreaKind,
    BallotSource,
    Decision,
    OptionKind,
    Quadrant,
    RoundStatus,
    VotingMethod,
)
from app.domain.tows import StrategyField


@dataclass(frozen=True, kw_only=True)
class Record:
    id: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class Workshop(Record):
    title: str
    organisation: str
    period_start: int
    period_end: int
    description: str
    show_names: bool
    synonyms: str | None = None  # the duplicate search's synonym groups; None: the default

    @property
    def period_label(self) -> str:
        return f"{self.period_start}–{self.period_end}"

    @property
    def years(self) -> range:
        return range(self.period_start, self.period_end + 1)


@dataclass(frozen=True, kw_only=True)
class Location(Record):
    workshop_id: str
    name: str
    address: str
    postcode: str
    deelgemeente: str | None
    position: int

    @property
    def in_deelgemeente(self) -> bool:
        return bool(self.deelgemeente)


@dataclass(frozen=True, kw_only=True)
class Session(Record):
    workshop_id: str
    title: str
    date: date | None
    location_id: str | None
    position: int


@dataclass(frozen=True, kw_only=True)
class Cluster(Record):
    workshop_id: str
    name: str
    is_reference: bool
    position: int
    color: str


@dataclass(frozen=True, kw_only=True)
class Participant(Record):
    workshop_id: str
    name: str | None
    cluster_id: str | None
    role: str
    position: int
    email: str = ""


@dataclass(frozen=True, kw_only=True)
class Area(Record):
    workshop_id: str
    kind: AreaKind
    name: str
    description: str
    position: int


@dataclass(frozen=True, kw_only=True)
class SwotItem(Record):
    workshop_id: str
    quadrant: Quadrant
    text: str
    cluster_id: str | None
    area_id: str | None
    session_id: str | None
    author: str | None
    position: int
    absorbed_into_id: str | None
    # Filled for a consolidated point: the items it absorbed, and how many
    # distinct clusters mentioned it (itself included).
    source_ids: tuple[str, ...] = ()
    cluster_count: int = 1


@dataclass(frozen=True, kw_only=True)
class Recommendation(Record):
    workshop_id: str
    area_id: str
    cluster_id: str | None
    text: str
    position: int
    swot_item_ids: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Statement(Record):
    """A closed statement of the internal questionnaire, scored 1–5."""

    workshop_id: str
    area_id: str
    text: str
    position: int


@dataclass(frozen=True, kw_only=True)
class StatementScore(Record):
    cluster_id: str
    statement_id: str
    participant_id: str | None
    score: int | None  # None: "weet niet", which does not count


@dataclass(frozen=True, kw_only=True)
class AreaRating(Record):
    cluster_id: str
    area_id: str
    participant_id: str | None
    importance: int | None
    readiness: int | None  # external areas only


@dataclass(frozen=True, kw_only=True)
class PathAction(Record):
    path_id: str
    text: str
    position: int


@dataclass(frozen=True, kw_only=True)
class TargetGroup(Record):
    """A group a path creates impact for: the workshop's own list (seed 000's four
    by default; "partners en stakeholders", "de organisatie" can be added)."""

    workshop_id: str
    name: str
    position: int


@dataclass(frozen=True, kw_only=True)
class PathImpact(Record):
    path_id: str
    target_group_id: str
    text: str
    position: int
    target_group: str = ""  # the group's name, as the list calls it now


@dataclass(frozen=True, kw_only=True)
class DevelopmentPath(Record):
    workshop_id: str
    title: str
    description: str
    position: int
    actions: tuple[PathAction, ...] = ()
    impacts: tuple[PathImpact, ...] = ()
    swot_item_ids: tuple[str, ...] = ()
    goal_ids: tuple[str, ...] = ()
    owner: str = ""  # the trekker: free text, or the participant's name
    owner_participant_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class Principle(Record):
    workshop_id: str
    title: str
    text: str
    position: int

    @property
    def number(self) -> int:
        return self.position + 1


@dataclass(frozen=True, kw_only=True)
class TowsMark(Record):
    """The weight the room gave one pair of the confrontation matrix: a strength or
    weakness (``internal_id``) with an opportunity or threat (``external_id``)."""

    workshop_id: str
    internal_id: str
    external_id: str
    weight: int


@dataclass(frozen=True, kw_only=True)
class Strategy(Record):
    """A strategy of the confrontation matrix (field SO, ST, WO or WT), with the SWOT
    points it came from and the paths and fiches made from it."""

    workshop_id: str
    field: StrategyField
    title: str
    text: str
    cluster_id: str | None
    position: int
    swot_item_ids: tuple[str, ...] = ()
    path_ids: tuple[str, ...] = ()
    proposal_ids: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProposalAction(Record):
    proposal_id: str
    text: str
    start_year: int
    end_year: int
    position: int


@dataclass(frozen=True, kw_only=True)
class GoalIndicator(Record):
    goal_id: str
    name: str
    baseline: str
    target: str
    target_year: int | None
    position: int


@dataclass(frozen=True, kw_only=True)
class Goal(Record):
    """A node of the goal tree: level 1 beleidsdoelstelling, 2 actieplan, 3 actie."""

    workshop_id: str
    parent_id: str | None
    level: int
    code: str
    title: str
    owner_participant_id: str | None
    owner_text: str
    description: str
    position: int
    indicators: tuple[GoalIndicator, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProposalResource(Record):
    proposal_id: str
    year: int
    investment: float  # expenditure
    operating: float  # expenditure
    fte: float
    investment_income: float = 0.0
    operating_income: float = 0.0

    @property
    def investment_net(self) -> float:
        return self.investment - self.investment_income

    @property
    def operating_net(self) -> float:
        return self.operating - self.operating_income


@dataclass(frozen=True, kw_only=True)
class Proposal(Record):
    workshop_id: str
    code: str
    title: str
    cluster_id: str | None
    policy_objective: str
    why: str
    what: str
    win: str
    location_id: str | None
    location_text: str
    status_end_of_term: str
    dependencies: str
    risks: str
    mandatory: bool
    position: int
    decision: Decision = Decision.OPEN
    decision_date: date | None = None
    decision_motivation: str = ""
    sdgs: tuple[int, ...] = ()
    actions: tuple[ProposalAction, ...] = ()
    resources: tuple[ProposalResource, ...] = ()
    swot_item_ids: tuple[str, ...] = ()
    path_ids: tuple[str, ...] = ()
    goal_id: str | None = None  # the actieplan or actie it belongs to
    owner: str = ""  # the trekker: free text, or the participant's name
    owner_participant_id: str | None = None
    # Clusters it belongs to besides the main one ("over de grenzen heen", seed 002).
    extra_cluster_ids: tuple[str, ...] = ()

    @property
    def cluster_ids(self) -> tuple[str, ...]:
        """Every cluster it belongs to, the main one first."""
        main = (self.cluster_id,) if self.cluster_id else ()
        return main + tuple(c for c in self.extra_cluster_ids if c != self.cluster_id)

    def in_cluster(self, cluster_id: str | None) -> bool:
        """Whether a filter on ``cluster_id`` finds it (None: every fiche)."""
        return cluster_id is None or cluster_id in self.cluster_ids

    @property
    def total_investment(self) -> float:
        return sum(r.investment for r in self.resources)

    @property
    def total_operating(self) -> float:
        return sum(r.operating for r in self.resources)

    @property
    def total_investment_income(self) -> float:
        return sum(r.investment_income for r in self.resources)

    @property
    def total_operating_income(self) -> float:
        return sum(r.operating_income for r in self.resources)

    @property
    def in_plan(self) -> bool:
        """In the multi-year plan: mandatory, or decided ``ja``."""
        return self.mandatory or self.decision is Decision.YES

    @property
    def estimated_cost(self) -> float:
        return self.total_investment + self.total_operating


@dataclass(frozen=True, kw_only=True)
class RoundOption(Record):
    round_id: str
    kind: OptionKind
    target_id: str | None  # the proposal, SWOT item or path; None once that is deleted
    title: str
    description: str
    position: int


@dataclass(frozen=True, kw_only=True)
class VotingRound(Record):
    workshop_id: str
    title: str
    question: str
    method: VotingMethod
    rules: dict[str, Any]
    status: RoundStatus
    anonymous: bool
    token: str
    revealed: bool
    top_n: int
    position: int
    options: tuple[RoundOption, ...] = ()
    ballot_count: int = 0
    devices_per_address: int = 1  # phones per network address (app.voting.api)


@dataclass(frozen=True, kw_only=True)
class Ballot(Record):
    round_id: str
    source: BallotSource
    cluster_id: str | None
    participant_id: str | None
    # option id -> value (dots, amount); for rank the 1-based place; for score
    # the entries carry a criterion id.
    entries: tuple[BallotEntry, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class BallotEntry:
    option_id: str
    value: float
    criterion_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class ReportText(Record):
    """The workshop's own introduction and conclusion around one report part."""

    workshop_id: str
    part: str
    intro: str = ""
    conclusion: str = ""


@dataclass(frozen=True, kw_only=True)
class MatrixSettings(Record):
    """The impact/effort matrix as set for a workshop (app/storage/models.MatrixSettingRow).
    Empty criteria: the default axes; the labels run top left, top right, bottom left,
    bottom right."""

    workshop_id: str
    round_id: str | None = None
    x_criterion: str = ""
    y_criterion: str = ""
    labels: tuple[str, str, str, str] = ("", "", "", "")


@dataclass(frozen=True, kw_only=True)
class ReportStyle(Record):
    """The house style of the workshop's reports (app/storage/models.ReportStyleRow)."""

    workshop_id: str
    logo: bytes | None = None
    logo_name: str = ""
    accent: str = ""
    template: bytes | None = None
    template_name: str = ""
    preset: str = "volledig"
