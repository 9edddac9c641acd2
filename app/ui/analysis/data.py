"""One read of everything the self-evaluation view shows, with the lookups its tabs need.

The view reloads this snapshot when a change set touches the questionnaire, the
answers, the clusters or the participants, and hands it to every tab: the
tabs never query the store one cell at a time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from app.domain import analysis as rules
from app.domain.changes import ChangeSet
from app.domain.enums import AreaKind
from app.domain.records import (
    Area,
    AreaRating,
    Cluster,
    Participant,
    Statement,
    StatementScore,
    Workshop,
)
from app.services import analysis, organisation
from app.ui.base.controller import WorkshopController

# The change-set entities (storage table names) that this snapshot depends on.
ENTITIES = ("area", "statement", "statement_score", "area_rating", "cluster", "participant")
ANSWERS = ("statement_score", "area_rating")

Key = tuple[str, str, str | None]  # cluster, statement or area, participant (None: the cluster)


@dataclass
class AnalysisData:
    workshop: Workshop
    areas: list[Area]
    statements: list[Statement]
    clusters: list[Cluster]
    participants: list[Participant]
    scores: list[StatementScore]
    ratings: list[AreaRating]
    _score: dict[Key, StatementScore] = field(default_factory=dict, repr=False)
    _rating: dict[Key, AreaRating] = field(default_factory=dict, repr=False)
    _people: dict[Key, list[int | None]] | None = field(default=None, repr=False)
    _counts: Counter[str] | None = field(default=None, repr=False)
    _values: dict[str, dict[str, float | None]] = field(default_factory=dict, repr=False)
    _rated: dict[str, tuple[dict[str, float | None], dict[str, float | None]]] = field(
        default_factory=dict, repr=False
    )

    def __post_init__(self) -> None:
        self.areas.sort(key=lambda a: (a.kind != AreaKind.INTERNAL, a.position))
        self.statements.sort(key=lambda s: s.position)
        self._score = {(s.cluster_id, s.statement_id, s.participant_id): s for s in self.scores}
        self._rating = {(r.cluster_id, r.area_id, r.participant_id): r for r in self.ratings}

    @classmethod
    def load(cls, controller: WorkshopController) -> AnalysisData:
        store, wid = controller.store, controller.workshop.id
        return cls(
            workshop=controller.workshop,
            areas=analysis.areas.list(store, wid),
            statements=analysis.statements.list(store, wid),
            clusters=organisation.clusters.list(store, wid),
            participants=organisation.participants.list(store, wid),
            scores=analysis.scores(store, wid),
            ratings=analysis.ratings(store, wid),
        )

    def patched(self, controller: WorkshopController, changes: ChangeSet) -> AnalysisData:
        """After answers alone changed (the grid's every key): read just those rows."""
        if changes.touches(*(e for e in ENTITIES if e not in ANSWERS), "workshop"):
            return AnalysisData.load(controller)
        store = controller.store
        touched_scores = changes.ids("statement_score")
        touched_ratings = changes.ids("area_rating")
        return AnalysisData(
            workshop=self.workshop,
            areas=self.areas,
            statements=self.statements,
            clusters=self.clusters,
            participants=self.participants,
            scores=[s for s in self.scores if s.id not in touched_scores]
            + analysis.get_scores(store, touched_scores),
            ratings=[r for r in self.ratings if r.id not in touched_ratings]
            + analysis.get_ratings(store, touched_ratings),
        )

    # -- the questionnaire ---------------------------------------------------------------

    @property
    def internal_areas(self) -> list[Area]:
        return [a for a in self.areas if a.kind is AreaKind.INTERNAL]

    @property
    def external_areas(self) -> list[Area]:
        return [a for a in self.areas if a.kind is AreaKind.EXTERNAL]

    def statements_of(self, area_id: str) -> list[Statement]:
        return [s for s in self.statements if s.area_id == area_id]

    @property
    def reference(self) -> Cluster | None:
        return next((c for c in self.clusters if c.is_reference), None)

    def cluster(self, cluster_id: str | None) -> Cluster | None:
        return next((c for c in self.clusters if c.id == cluster_id), None)

    def members(self, cluster_id: str) -> list[Participant]:
        return [p for p in self.participants if p.cluster_id == cluster_id]

    def first_name(self, person: Participant) -> str:
        """The first word of a shown name (a narrow column header); "" when anonymous."""
        if self.workshop.show_names and person.name:
            return person.name.split()[0]
        return ""

    def participant_label(self, person: Participant) -> str:
        """Named only when the workshop shows names; otherwise a number within the cluster."""
        if self.workshop.show_names and person.name:
            return person.name
        number = self.members(person.cluster_id or "").index(person) + 1
        return f"#{number}"

    # -- stored answers ------------------------------------------------------------------

    def score(
        self, cluster_id: str, statement_id: str, participant_id: str | None = None
    ) -> StatementScore | None:
        return self._score.get((cluster_id, statement_id, participant_id))

    def rating(
        self, cluster_id: str, area_id: str, participant_id: str | None = None
    ) -> AreaRating | None:
        return self._rating.get((cluster_id, area_id, participant_id))

    def answer_count(self, statement_id: str) -> int:
        """Stored answers to a statement, "weet niet" included (what deleting it removes)."""
        if self._counts is None:
            self._counts = Counter(s.statement_id for s in self.scores)
        return self._counts[statement_id]

    # -- values under the averaging rule (app.domain.analysis) ----------------------------

    def statement_value(self, cluster_id: str, statement_id: str) -> float | None:
        if cluster_id not in self._values:
            self._values[cluster_id] = rules.statement_scores(self.scores, cluster_id)
        return self._values[cluster_id].get(statement_id)

    def rating_value(self, cluster_id: str, area_id: str, what: str) -> float | None:
        """``what`` is "importance" or "readiness"."""
        if cluster_id not in self._rated:
            self._rated[cluster_id] = rules.area_ratings(self.ratings, cluster_id)
        importance, readiness = self._rated[cluster_id]
        return (importance if what == "importance" else readiness).get(area_id)

    def people_scores(self, cluster_id: str, statement_id: str) -> list[int | None]:
        """The participants' own answers (for the grid's "from N participants" hint)."""
        if self._people is None:
            people: dict[Key, list[int | None]] = defaultdict(list)
            for s in self.scores:
                if s.participant_id:
                    people[(s.cluster_id, s.statement_id, None)].append(s.score)
            self._people = dict(people)
        return self._people.get((cluster_id, statement_id, None), [])

    def people_ratings(self, cluster_id: str, area_id: str, what: str) -> list[int | None]:
        return [
            getattr(r, what)
            for r in self.ratings
            if r.cluster_id == cluster_id and r.area_id == area_id and r.participant_id
        ]

    def internal_rose(self, cluster_id: str) -> list[rules.InternalPoint]:
        reference = self.reference
        ref_id = reference.id if reference and reference.id != cluster_id else None
        return rules.internal_rose(
            self.areas, self.statements, self.scores, self.ratings, cluster_id, ref_id
        )

    def external_rose(self, cluster_id: str) -> list[rules.ExternalPoint]:
        return rules.external_rose(self.areas, self.ratings, cluster_id)


def number(value: float | None) -> str:
    """A mean as the Flemish write it: one decimal with a comma; '–' when there is none."""
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",")
