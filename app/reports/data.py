"""Everything a report shows, read through the services before layout starts, so
that laying out a long report never holds the store open."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain import records
from app.domain.enums import AreaKind, RoundStatus, VotingMethod
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.domain.scenario import Scenario
from app.services import (
    analysis,
    decisions,
    ideas,
    organisation,
    paths,
    proposals,
    report_settings,
    reporting,
    rounds,
    strategies,
    swot,
    synthesis,
    target_groups,
    workshops,
)
from app.services import goals as goal_service
from app.services import matrix as matrices
from app.services import scenario as scenarios
from app.services.goals import GoalOverview
from app.services.reporting import Store


@dataclass(frozen=True)
class RoundReport:
    round: records.VotingRound
    results: rounds.Results
    participation: reporting.Participation


@dataclass(frozen=True)
class TowsSection:
    """The confrontation matrix of one cluster (or organisation-wide): its marked
    points in printable pieces, and the strategies written for it."""

    name: str
    cluster_id: str | None
    matrices: list[strategies.TowsMatrix]
    strategies: list[records.Strategy]
    codes: dict[str, str]
    shown_points: int
    total_points: int

    @property
    def left_out(self) -> bool:
        return self.shown_points < self.total_points


# Points of a quadrant per printed matrix (columns: 10 opportunities and 10 threats fit
# A4 in portrait), and at most this many printed pieces per cluster.
PRINT_PER_QUADRANT = 10
PRINT_PIECES = 6


@dataclass
class ReportData:
    workshop: records.Workshop
    cluster: records.Cluster | None  # the report is narrowed to this cluster
    clusters: list[records.Cluster]
    locations: list[records.Location] = field(default_factory=list)
    sessions: list[records.Session] = field(default_factory=list)
    participants: list[records.Participant] = field(default_factory=list)
    areas: list[records.Area] = field(default_factory=list)
    items: list[records.SwotItem] = field(default_factory=list)  # absorbed ones included
    recommendations: list[records.Recommendation] = field(default_factory=list)
    statements: list[records.Statement] = field(default_factory=list)
    scores: list[records.StatementScore] = field(default_factory=list)
    ratings: list[records.AreaRating] = field(default_factory=list)
    paths: list[records.DevelopmentPath] = field(default_factory=list)
    principles: list[records.Principle] = field(default_factory=list)
    proposals: list[records.Proposal] = field(default_factory=list)
    rounds: list[RoundReport] = field(default_factory=list)
    # Closed ideas rounds (issue 12): what the room wrote and what reached the board.
    ideas_rounds: list[ideas.IdeasResults] = field(default_factory=list)
    # The workshop's own words per part, and its house style.
    texts: dict[str, records.ReportText] = field(default_factory=dict)
    style: records.ReportStyle | None = None
    # A preset narrowed to one kind of area: the other kind's domains are left out.
    area_kind: AreaKind | None = None
    # Per fiche: its rank and score in every round it was in.
    places: dict[str, list[decisions.RoundPlace]] = field(default_factory=dict)
    goals: GoalOverview | None = None  # the goal tree, its fiches and money
    scenario: Scenario | None = None  # the keuzenota's sums per year
    # The confrontation matrix per cluster, and the titles of what its strategies became.
    tows: list[TowsSection] = field(default_factory=list)
    strategy_paths: dict[str, str] = field(default_factory=dict)
    strategy_proposals: dict[str, str] = field(default_factory=dict)
    # The impact/effort matrix as the workshop set it (round, axes, quadrant labels).
    matrix: matrices.Shown | None = None
    # The workshop's target groups in order (the paths' impact follows it).
    target_groups: list[records.TargetGroup] = field(default_factory=list)
    # The curated synthesis ("top 20") in order; empty: the balanced default.
    synthesis_ids: list[str] = field(default_factory=list)

    @property
    def reference(self) -> records.Cluster | None:
        return next((c for c in self.clusters if c.is_reference), None)

    def shown_clusters(self) -> list[records.Cluster]:
        """The clusters the per-cluster parts show: all, or the one asked for."""
        return [self.cluster] if self.cluster is not None else list(self.clusters)

    def items_by_id(self) -> dict[str, records.SwotItem]:
        return {i.id: i for i in self.items}

    def absorbed_by_primary(self) -> dict[str, list[records.SwotItem]]:
        out: dict[str, list[records.SwotItem]] = defaultdict(list)
        for item in self.items:
            if item.absorbed_into_id:
                out[item.absorbed_into_id].append(item)
        return out


def _tows(store: Store, data: ReportData) -> list[TowsSection]:
    """Per shown cluster (and organisation-wide, in the full report) its matrix of
    marked points and its strategies."""
    wid = data.workshop.id
    listed = strategies.list_strategies(store, wid)
    scopes: list[tuple[str | None, str]] = [(c.id, c.name) for c in data.shown_clusters()]
    if data.cluster is None and any(s.cluster_id is None for s in listed):
        scopes.append((None, "Organisatiebreed"))
    out = []
    for cluster_id, name in scopes:
        first = strategies.matrix(
            store, wid, cluster_id=cluster_id, only_marked=True, page_size=PRINT_PER_QUADRANT
        )
        pieces = [first]
        for r in range(first.row_page.count):
            for c in range(first.column_page.count):
                if (r, c) != (0, 0) and len(pieces) < PRINT_PIECES:
                    pieces.append(
                        strategies.matrix(
                            store,
                            wid,
                            cluster_id=cluster_id,
                            only_marked=True,
                            page_size=PRINT_PER_QUADRANT,
                            row_page=r,
                            column_page=c,
                        )
                    )
        codes: dict[str, str] = {}
        for piece in pieces:
            codes.update(piece.codes)
        total = sum(first.totals.values())
        mine = [s for s in listed if s.cluster_id == cluster_id]
        out.append(TowsSection(name, cluster_id, pieces, mine, codes, len(codes), total))
    return out


def find_cluster(clusters: list[records.Cluster], name: str) -> records.Cluster:
    """The cluster called ``name`` (case does not matter), or a Dutch error that
    lists the names there are."""
    for c in clusters:
        if c.name.casefold() == name.strip().casefold():
            return c
    names = ", ".join(f"'{c.name}'" for c in clusters) or msg("(geen clusters)")
    raise ValidationError(
        msg("Geen cluster '{name}'. Kies uit: {names}.", name=name, names=names), "cluster"
    )


# What each part needs, so that a narrow report does not read what it will not show.
NEEDS: dict[str, set[str]] = {
    "all": {
        "method",
        "swot",
        "analysis",
        "strategy",
        "paths",
        "ranking",
        "fiches",
        "annex",
        "goals",
    },
    "swot": {"swot"},
    "analysis": {"analysis"},
    "paths": {"paths"},
    "ranking": {"ranking"},
    "fiches": {"fiches", "swot_items", "paths_titles", "goals"},
    "method": {"method"},
    "questionnaire": {"analysis"},
    "keuzenota": {"keuzenota"},
    "goals": {"goals"},
    "strategy": {"strategy", "swot_items"},
}


def load(
    store: Store,
    part: str | tuple[str, ...],
    cluster_name: str | None,
    check: Callable[[], None],
    area_kind: AreaKind | None = None,
) -> ReportData:
    """Read what ``part`` (or the parts) shows. ``check`` raises when the user cancelled.
    With ``area_kind`` only the areas of that kind, their points and recommendations."""
    workshop = workshops.only_workshop(store)
    clusters = organisation.clusters.list(store, workshop.id)
    chosen = find_cluster(clusters, cluster_name) if cluster_name is not None else None
    data = ReportData(workshop, chosen, clusters, area_kind=area_kind)
    wid = workshop.id
    data.texts = report_settings.texts(store, wid)
    data.style = report_settings.style(store, wid)
    needs: set[str] = set()
    for name in (part,) if isinstance(part, str) else part:
        needs |= NEEDS[name]
    if needs & {"method", "annex", "fiches"}:
        data.locations = organisation.locations.list(store, wid)
    if needs & {"method", "annex"}:
        data.sessions = organisation.sessions.list(store, wid)
        data.participants = organisation.participants.list(store, wid)
    check()
    if needs & {"swot", "analysis", "swot_items", "strategy"}:
        data.areas = analysis.areas.list(store, wid)
        data.items = swot.list_items(store, wid, include_absorbed=True)
    if "swot" in needs:
        data.recommendations = swot.recommendations.list(store, wid)
        data.synthesis_ids = synthesis.curated_ids(store, wid)
    if area_kind is not None and needs & {"swot", "analysis"}:
        data.areas = [a for a in data.areas if a.kind is area_kind]
        kept = {a.id for a in data.areas}
        data.items = [i for i in data.items if i.area_id in kept]
        data.recommendations = [r for r in data.recommendations if r.area_id in kept]
    check()
    if "analysis" in needs:
        data.statements = analysis.statements.list(store, wid)
        data.scores = analysis.scores(store, wid)
        data.ratings = analysis.ratings(store, wid)
    if needs & {"paths", "paths_titles"}:
        data.paths = paths.paths.list(store, wid)
        data.target_groups = target_groups.list_groups(store, wid)
    if "paths" in needs:
        data.principles = paths.principles.list(store, wid)
    check()
    if needs & {"fiches", "keuzenota"}:
        data.proposals = reporting.proposals(store, wid)
        data.places = decisions.places(store, wid)
    if "goals" in needs:
        data.goals = goal_service.overview(store, wid)
    if "keuzenota" in needs:
        data.scenario = scenarios.load(store, wid).compute()
        data.matrix = matrices.shown(store, wid)
    check()
    if "strategy" in needs:
        data.tows = _tows(store, data)
        data.strategy_paths = {p.id: p.title for p in paths.paths.list(store, wid)}
        data.strategy_proposals = {
            p.id: f"{p.code} {p.title}".strip() for p in proposals.proposals.list(store, wid)
        }
    check()
    if "ranking" in needs:
        cluster_id = chosen.id if chosen else None
        for r in rounds.rounds.list(store, wid):
            # A survey has no ranking: its answers are in the analysis (the rose).
            if r.status is RoundStatus.CLOSED and r.method is VotingMethod.IDEAS:
                data.ideas_rounds.append(ideas.results(store, r.id))
                continue
            if r.status is RoundStatus.CLOSED and r.method is not VotingMethod.SURVEY:
                data.rounds.append(
                    RoundReport(
                        r,
                        rounds.results(store, r.id, cluster_id),
                        reporting.participation(store, r.id),
                    )
                )
                check()
    return data
