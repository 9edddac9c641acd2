"""What hangs on a cluster, participant or session: the figures a facilitator needs
before deleting one, which the lists also show as columns."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.services import analysis, organisation, swot
from app.ui.base.controller import WorkshopController


@dataclass(frozen=True)
class Usage:
    """Counts per cluster id."""

    participants: Counter[str | None] = field(default_factory=Counter)
    points: Counter[str | None] = field(default_factory=Counter)
    recommendations: Counter[str | None] = field(default_factory=Counter)
    # Questionnaire answers: statement scores and area ratings.
    answers: Counter[str | None] = field(default_factory=Counter)


def usage(controller: WorkshopController) -> Usage:
    store, ws = controller.store, controller.workshop.id
    answers = [*analysis.scores(store, ws), *analysis.ratings(store, ws)]
    return Usage(
        participants=Counter(p.cluster_id for p in organisation.participants.list(store, ws)),
        points=Counter(p.cluster_id for p in swot.list_items(store, ws, include_absorbed=True)),
        recommendations=Counter(r.cluster_id for r in swot.recommendations.list(store, ws)),
        answers=Counter(a.cluster_id for a in answers),
    )


def session_points(controller: WorkshopController) -> Counter[str | None]:
    """SWOT points per session (absorbed duplicates included: they were said there)."""
    store, ws = controller.store, controller.workshop.id
    return Counter(p.session_id for p in swot.list_items(store, ws, include_absorbed=True))


def own_answers(controller: WorkshopController) -> Counter[str | None]:
    """Questionnaire answers per participant who filled it in personally."""
    store, ws = controller.store, controller.workshop.id
    answers = [*analysis.scores(store, ws), *analysis.ratings(store, ws)]
    return Counter(a.participant_id for a in answers if a.participant_id)


def plural(count: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with the count for {0}: Dutch and English agree on
    that rule, so two tr() texts serve both without a Dutch .qm for plural forms."""
    return one if count == 1 else many.format(count)
