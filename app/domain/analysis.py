"""The positioning rose (seed 003) and the top-N synthesis, as plain computations.

Internal rose, per cluster and internal area: the cluster's importance rating,
its score (mean of its statement scores 1–5; "weet niet" does not count) and
the reference cluster's score (the management team). An area that matters a
lot but scores low is a *werkpunt*. External rose, per external area:
importance and readiness. The report and the on-screen rose both use this.
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


def area_scores(
    statements: Iterable[Statement], scores: Iterable[StatementScore], cluster_id: str
) -> dict[str, float | None]:
    """Per area: the mean of the cluster's statement scores (all participants pooled)."""
    area_of = {s.id: s.area_id for s in statements}
    collected: dict[str, list[int | None]] = defaultdict(list)
    for sc in scores:
        if sc.cluster_id == cluster_id and sc.statement_id in area_of:
            collected[area_of[sc.statement_id]].append(sc.score)
    return {area_id: mean(values) for area_id, values in collected.items()}


def area_ratings(
    ratings: Iterable[AreaRating], cluster_id: str
) -> tuple[dict[str, float | None], dict[str, float | None]]:
    """Per area: the cluster's (mean) importance and readiness."""
    importance: dict[str, list[int | None]] = defaultdict(list)
    readiness: dict[str, list[int | None]] = defaultdict(list)
    for r in ratings:
        if r.cluster_id == cluster_id:
            importance[r.area_id].append(r.importance)
            readiness[r.area_id].append(r.readiness)
    return (
        {a: mean(v) for a, v in importance.items()},
        {a: mean(v) for a, v in readiness.items()},
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
