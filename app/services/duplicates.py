"""Likely duplicates among a workshop's SWOT points (issue 17): the points most like a
point or a typed text, suggested groups for the synthesis, accepting a group in one
step, and the workshop's own synonyms.

The index (app/services/similarity.py) is built once per workshop and kept while the
points and synonyms stay as they were: a ranking on the large demo then costs a
fingerprint query and a lookup, not a rebuild.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain import consolidation, records
from app.domain.enums import Quadrant
from app.services import common, dutch_text, swot
from app.services.outcome import Outcome
from app.services.similarity import Group, Index, Match, Point
from app.services.workshops import update_workshop
from app.storage import models as m
from app.storage.store import Store


@dataclass(frozen=True)
class Candidate:
    """A point like the one asked about, as the board and the CLI show it."""

    id: str
    quadrant: Quadrant
    text: str
    cluster: str | None  # the cluster's name
    score: float


@dataclass(frozen=True)
class SuggestedGroup:
    quadrant: Quadrant
    points: tuple[Candidate, ...]  # board order; their score is the group's
    score: float
    clusters: int


@dataclass(frozen=True)
class Snapshot:
    """The workshop's index as it was when built, and what candidates show of each
    point: rankings from it need no store (the board asks it on every keystroke)."""

    index: Index
    shown: dict[str, dict[str, object]]

    def candidates(self, found: Sequence[Match]) -> list[Candidate]:
        return [
            Candidate(
                m.id,
                Quadrant(str(self.shown[m.id]["quadrant"])),
                str(self.shown[m.id]["text"]),
                self.shown[m.id]["cluster"],  # type: ignore[arg-type]
                m.score,
            )
            for m in found
            if m.id in self.shown
        ]

    def similar_to_item(self, item_id: str, top: int = 5) -> list[Candidate]:
        if item_id not in self.index.points:
            return []
        return self.candidates(self.index.similar_to(item_id, top))

    def similar_to_text(
        self, text: str, quadrant: Quadrant | str | None = None, top: int = 10
    ) -> list[Candidate]:
        q = swot._quadrant(quadrant).value if quadrant is not None else None
        return self.candidates(self.index.similar_to_text(text, q, top))


@dataclass(frozen=True)
class AcceptedGroup:
    """A group consolidated into its first point; ``before`` is the memento that
    :func:`app.services.swot.set_absorption` takes to undo it."""

    item: records.SwotItem
    before: swot.Absorption


def synonyms_of(store: Store, workshop_id: str) -> str:
    """The workshop's synonym groups as text (the default list until it has its own)."""
    with store.reading() as uow:
        row = common.get(uow.session, m.WorkshopRow, workshop_id)
        return row.synonyms if row.synonyms is not None else dutch_text.DEFAULT_SYNONYMS


def set_synonyms(store: Store, workshop_id: str, text: str | None) -> Outcome[records.Workshop]:
    """Keep ``text`` as the workshop's synonym groups (one a line, comma-separated);
    empty, None or the default list itself: the default list. A line of one word
    only is refused, naming the line."""
    return update_workshop(store, workshop_id, synonyms=text)


# One index per (store, workshop), rebuilt when the fingerprint changes; a few kept.
CACHED_AT_MOST = 4
_CACHE: dict[tuple[str, str], tuple[tuple[object, ...], Snapshot]] = {}
_LOCK = threading.Lock()


def _fingerprint(store: Store, workshop_id: str) -> tuple[object, ...]:
    """What changes whenever a point, a cluster's name or the synonyms change."""
    with store.reading() as uow:
        return tuple(
            uow.session.execute(
                select(
                    select(func.count(m.SwotItemRow.id), func.max(m.SwotItemRow.updated_at))
                    .where(m.SwotItemRow.workshop_id == workshop_id)
                    .subquery()
                ).add_columns(
                    select(m.WorkshopRow.updated_at)
                    .where(m.WorkshopRow.id == workshop_id)
                    .scalar_subquery(),
                    select(func.max(m.ClusterRow.updated_at))
                    .where(m.ClusterRow.workshop_id == workshop_id)
                    .scalar_subquery(),
                )
            ).one()
        )


def snapshot(store: Store, workshop_id: str) -> Snapshot:
    """The workshop's index over its visible points, built when the points, clusters
    or synonyms changed since the last one (else the cached one)."""
    key = (store.url, workshop_id)
    fingerprint = _fingerprint(store, workshop_id)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None and cached[0] == fingerprint:
            return cached[1]
    with store.reading() as uow:
        s = uow.session
        common.get(s, m.WorkshopRow, workshop_id)
        names = dict(
            s.execute(
                select(m.ClusterRow.id, m.ClusterRow.name).where(
                    m.ClusterRow.workshop_id == workshop_id
                )
            ).all()
        )
        rows = s.execute(
            select(
                m.SwotItemRow.id,
                m.SwotItemRow.quadrant,
                m.SwotItemRow.text,
                m.SwotItemRow.cluster_id,
                m.SwotItemRow.absorbed_into_id,
            )
            .where(m.SwotItemRow.workshop_id == workshop_id)
            .order_by(m.SwotItemRow.quadrant, m.SwotItemRow.position, m.SwotItemRow.created_at)
        ).all()
        synonyms = s.execute(
            select(m.WorkshopRow.synonyms).where(m.WorkshopRow.id == workshop_id)
        ).scalar()
    absorbed: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row.absorbed_into_id and row.cluster_id:
            absorbed[row.absorbed_into_id].append(row.cluster_id)
    points = []
    shown: dict[str, dict[str, object]] = {}
    for row in rows:
        if row.absorbed_into_id:
            continue
        clusters = tuple(dict.fromkeys(c for c in (row.cluster_id, *absorbed[row.id]) if c))
        points.append(Point(row.id, row.quadrant, row.text, clusters))
        shown[row.id] = {
            "quadrant": row.quadrant,
            "text": row.text,
            "cluster": names.get(row.cluster_id) if row.cluster_id else None,
        }
    index = Index(points, dutch_text.DEFAULT_SYNONYMS if synonyms is None else synonyms)
    made = Snapshot(index, shown)
    with _LOCK:
        _CACHE.pop(key, None)
        _CACHE[key] = (fingerprint, made)
        while len(_CACHE) > CACHED_AT_MOST:  # the oldest first: dicts keep their order
            del _CACHE[next(iter(_CACHE))]
    return made


def similar_to_item(store: Store, item_id: str, top: int = 5) -> list[Candidate]:
    """The points of ``item_id``'s quadrant most like it, best first (itself left out).
    An absorbed point is asked about as the point it says."""
    with store.reading() as uow:
        row = common.get(uow.session, m.SwotItemRow, item_id)
        workshop_id, text, quadrant = row.workshop_id, row.text, row.quadrant
        absorbed_into = row.absorbed_into_id
    made = snapshot(store, workshop_id)
    if item_id in made.index.points:
        return made.similar_to_item(item_id, top)
    index, exclude = made.index, {item_id, absorbed_into}
    found = [
        x
        for x in index.rank(index.vector_of_text(text, quadrant), quadrant, top + 1)
        if x.id not in exclude
    ]
    return made.candidates(found[:top])


def similar_to_text(
    store: Store,
    workshop_id: str,
    text: str,
    quadrant: Quadrant | str | None = None,
    top: int = 10,
) -> list[Candidate]:
    """The points most like ``text`` (typed, not yet stored), best first; within
    ``quadrant`` when given. A point whose text is ``text`` itself is left out."""
    return snapshot(store, workshop_id).similar_to_text(text, quadrant, top)


def suggest_groups(
    store: Store,
    workshop_id: str,
    quadrant: Quadrant | str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[SuggestedGroup] | None:
    """Groups of likely duplicates, those that span the most clusters first; None when
    ``cancelled()`` stopped the search."""
    q = swot._quadrant(quadrant).value if quadrant is not None else None
    made = snapshot(store, workshop_id)
    try:
        found: list[Group] = made.index.groups(q, cancelled)
    except consolidation.Cancelled:
        return None
    return [
        SuggestedGroup(
            Quadrant(g.quadrant),
            tuple(made.candidates([Match(i, g.score) for i in g.ids])),
            g.score,
            g.clusters,
        )
        for g in found
    ]


def accept_group(
    store: Store, item_ids: Sequence[str], primary_id: str | None = None
) -> Outcome[AcceptedGroup]:
    """Consolidate a group in one step: ``primary_id`` (by default the first) absorbs
    the others, through :func:`app.services.swot.consolidate`."""
    ids = list(dict.fromkeys(item_ids))
    primary = primary_id or (ids[0] if ids else "")
    sources = [i for i in ids if i != primary]
    before = swot.absorption_of(store, [primary, *sources])
    outcome = swot.consolidate(store, primary, sources)
    return Outcome(AcceptedGroup(outcome.value, before), outcome.changes)


def undo_accept(store: Store, accepted: AcceptedGroup) -> Outcome[None]:
    """Put every point of an accepted group back as it was."""
    return swot.set_absorption(store, accepted.before)
