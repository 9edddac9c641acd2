"""The positioning rose (seed 003) and the top-N synthesis, as plain computations.

Internal rose, per cluster and internal area: the cluster's importance rating,
its score (mean of its statement scores 1–5; "weet niet" does not count) and
the reference cluster's score (the management team). An area that matters a
lot but scores low is a *werkpunt*. External rose, per external area:
importance and readiness. The report and the on-screen rose both use this.

Averaging rule (one rule for scores, importance and readiness): answers come
for the cluster as a whole (entered in the grid; ``participant_id`` None) or
per participant (paper forms, the phone survey). Per cluster and statement
(or area), the participants' answers win when there are any: the value is
the mean of their scores. Only when no participant gave a score does the
cluster-level answer count. "Weet niet" (None) never counts, so participants
who all said "weet niet" leave the cluster-level answer in place. An area's
score is the mean of its statements' values: every statement weighs the
same, however many participants answered it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.enums import AreaKind, Quadrant
from app.domain.records import Area, AreaRating, Statement, StatementScore, SwotItem

WERKPUNT_MIN_IMPORTANCE = 4.0
WERKPUNT_MAX_SCORE = 3.0  # exclusive: a score below this is weak
QUADRANT_ORDER = (Quadrant.STRENGTH, Quadrant.WEAKNESS, Quadrant.OPPORTUNITY, Quadrant.THREAT)


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the values that are not None; None when there are none."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def cluster_value(own: Iterable[int | None], participants: Iterable[int | None]) -> float | None:
    """The averaging rule: the participants' mean if any of them gave a score,
    else the cluster-level answer; "weet niet" (None) never counts."""
    from_participants = mean(participants)
    return from_participants if from_participants is not None else mean(own)


def statement_scores(scores: Iterable[StatementScore], cluster_id: str) -> dict[str, float | None]:
    """Per answered statement: the cluster's value under the averaging rule."""
    own: dict[str, list[int | None]] = defaultdict(list)
    people: dict[str, list[int | None]] = defaultdict(list)
    for sc in scores:
        if sc.cluster_id == cluster_id:
            (people if sc.participant_id else own)[sc.statement_id].append(sc.score)
    return {sid: cluster_value(own[sid], people[sid]) for sid in own.keys() | people.keys()}


def area_scores(
    statements: Iterable[Statement], scores: Iterable[StatementScore], cluster_id: str
) -> dict[str, float | None]:
    """Per answered area: the mean of its statements' values for the cluster."""
    area_of = {s.id: s.area_id for s in statements}
    collected: dict[str, list[float | None]] = defaultdict(list)
    for statement_id, value in statement_scores(scores, cluster_id).items():
        if statement_id in area_of:
            collected[area_of[statement_id]].append(value)
    return {area_id: mean(values) for area_id, values in collected.items()}


def area_ratings(
    ratings: Iterable[AreaRating], cluster_id: str
) -> tuple[dict[str, float | None], dict[str, float | None]]:
    """Per area: the cluster's importance and readiness under the averaging rule."""
    own: dict[str, list[AreaRating]] = defaultdict(list)
    people: dict[str, list[AreaRating]] = defaultdict(list)
    for r in ratings:
        if r.cluster_id == cluster_id:
            (people if r.participant_id else own)[r.area_id].append(r)

    def value(area_id: str, field: str) -> float | None:
        return cluster_value(
            (getattr(r, field) for r in own[area_id]),
            (getattr(r, field) for r in people[area_id]),
        )

    areas = own.keys() | people.keys()
    return (
        {a: value(a, "importance") for a in areas},
        {a: value(a, "readiness") for a in areas},
    )


def is_werkpunt(importance: float | None, score: float | None) -> bool:
    """Important (>= 4) and weak (< 3): what the organisation should work on."""
    return (
        importance is not None
        and score is not None
        and importance >= WERKPUNT_MIN_IMPORTANCE
        and score < WERKPUNT_MAX_SCORE
    )


@dataclass(frozen=True)
class InternalPoint:
    """One spoke of the internal rose."""

    area_id: str
    name: str
    importance: float | None
    score: float | None
    reference: float | None

    @property
    def werkpunt(self) -> bool:
        return is_werkpunt(self.importance, self.score)


@dataclass(frozen=True)
class ExternalPoint:
    """One spoke of the external rose."""

    area_id: str
    name: str
    importance: float | None
    readiness: float | None

    @property
    def werkpunt(self) -> bool:
        """The same rule as inside: important, and the organisation is not ready."""
        return is_werkpunt(self.importance, self.readiness)


def internal_rose(
    areas: Sequence[Area],
    statements: Sequence[Statement],
    scores: Sequence[StatementScore],
    ratings: Sequence[AreaRating],
    cluster_id: str,
    reference_id: str | None,
) -> list[InternalPoint]:
    """The internal areas in their order, with importance, score and reference score."""
    own = area_scores(statements, scores, cluster_id)
    ref = area_scores(statements, scores, reference_id) if reference_id else {}
    importance, _ = area_ratings(ratings, cluster_id)
    return [
        InternalPoint(a.id, a.name, importance.get(a.id), own.get(a.id), ref.get(a.id))
        for a in sorted(areas, key=lambda a: a.position)
        if a.kind is AreaKind.INTERNAL
    ]


def external_rose(
    areas: Sequence[Area], ratings: Sequence[AreaRating], cluster_id: str
) -> list[ExternalPoint]:
    importance, readiness = area_ratings(ratings, cluster_id)
    return [
        ExternalPoint(a.id, a.name, importance.get(a.id), readiness.get(a.id))
        for a in sorted(areas, key=lambda a: a.position)
        if a.kind is AreaKind.EXTERNAL
    ]


def werkpunten(points: Iterable[InternalPoint]) -> list[InternalPoint]:
    return [p for p in points if p.werkpunt]


def top_points(items: Iterable[SwotItem], n: int = 20) -> list[SwotItem]:
    """The ``n`` consolidated points mentioned by most clusters. Ties go by quadrant
    order (S, W, O, T), then by the point's place on the board."""
    rank = {q: i for i, q in enumerate(QUADRANT_ORDER)}
    visible = [i for i in items if not i.absorbed_into_id]
    visible.sort(key=lambda i: (-i.cluster_count, rank[i.quadrant], i.position))
    return visible[:n]


def balanced_points(items: Iterable[SwotItem], n: int = 20) -> list[SwotItem]:
    """The synthesis until the facilitator curates it: the consolidated points taken
    in turn from S, W, O and T, each quadrant's in :func:`top_points` order (most
    clusters first, then the board's order), so that a store full of strengths
    still gives weaknesses, opportunities and threats their place. A quadrant that
    runs out leaves its turn to the others."""
    rank = {q: i for i, q in enumerate(QUADRANT_ORDER)}
    queues: dict[Quadrant, list[SwotItem]] = {q: [] for q in QUADRANT_ORDER}
    for item in items:
        if not item.absorbed_into_id:
            queues[item.quadrant].append(item)
    for queue in queues.values():
        queue.sort(key=lambda i: (-i.cluster_count, rank[i.quadrant], i.position))
    out: list[SwotItem] = []
    turn = 0
    while len(out) < n and any(queues.values()):
        queue = queues[QUADRANT_ORDER[turn % len(QUADRANT_ORDER)]]
        if queue:
            out.append(queue.pop(0))
        turn += 1
    return out
