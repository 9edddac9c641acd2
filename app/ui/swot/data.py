"""The SWOT points the board and the projected screen show, held in memory once.

The board, the projector and their quadrant models all read this one snapshot.
It loads every point when it is first asked for and afterwards follows the
controller's change sets, fetching just the points a change touched
(``swot.get_items``): a capture never reloads the 5,000 points of a large workshop.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.domain import records
from app.domain.changes import ChangeSet
from app.domain.cluster_codes import short_codes
from app.domain.enums import AreaKind, Quadrant
from app.services import analysis, organisation, swot
from app.ui.base.controller import WorkshopController

# Where points without an area (or with an area of the other kind) go: last.
_NO_AREA_RANK = 1_000_000


class _Marks(dict[int, int | None]):
    """For str.translate: combining marks (accents) map to None, other characters to
    themselves; each character is looked up once, then the table answers in C."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_MARKS = _Marks()


def fold(text: str) -> str:
    """Lower case without accents, so that "creeren" finds "creëren"."""
    if text.isascii():  # most points: nothing to decompose (5,000 of them at start-up)
        return text.casefold()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_MARKS)


@dataclass
class PointChange:
    """What a change set did to the points, per quadrant (the models refresh those)."""

    quadrants: set[Quadrant] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)  # visible points created, updated or gone
    created: set[str] = field(default_factory=set)


class BoardData(QObject):
    """Every point of the workshop (absorbed duplicates included) plus the areas,
    clusters and sessions needed to show and filter them."""

    pointsChanged = Signal(object)  # PointChange
    lookupsChanged = Signal()  # areas, clusters or sessions: models rebuild

    def __init__(self, controller: WorkshopController) -> None:
        super().__init__(controller)
        self.setObjectName("swotBoardData")
        self.controller = controller
        self.items: dict[str, records.SwotItem] = {}
        self.areas: dict[str, records.Area] = {}
        self.clusters: dict[str, records.Cluster] = {}
        self.cluster_codes: dict[str, str] = {}
        self.sessions: dict[str, records.Session] = {}
        # Per visible point: what the filters compare against, sources included.
        self.search_text: dict[str, str] = {}
        self.cluster_ids: dict[str, frozenset[str | None]] = {}
        self.session_ids: dict[str, frozenset[str | None]] = {}
        # Per visible point: its area heading, and its place in the quadrant's order.
        self.groups: dict[str, str | None] = {}
        self._sort_keys: dict[str, tuple[tuple[int, str], int, object]] = {}
        self._ordered: dict[Quadrant, list[str]] = {}
        self._load_lookups()
        self._load_points()
        controller.changed.connect(self.apply)

    # -- loading -----------------------------------------------------------------------

    def _load_lookups(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self.areas = {a.id: a for a in analysis.areas.list(store, ws)}
        self.clusters = {c.id: c for c in organisation.clusters.list(store, ws)}
        ordered = sorted(self.clusters.values(), key=lambda c: c.position)
        # Beside the colour mark on the projector, and in its legend.
        self.cluster_codes = dict(
            zip((c.id for c in ordered), short_codes(c.name for c in ordered), strict=True)
        )
        self.sessions = {s.id: s for s in organisation.sessions.list(store, ws)}
        self._area_rank = {
            a.id: (a.position, a.name)
            for a in sorted(self.areas.values(), key=lambda a: (a.kind, a.position, a.name))
        }

    def _load_points(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self.items = {i.id: i for i in swot.list_items(store, ws, include_absorbed=True)}
        self._derive_all()

    def _derive_all(self) -> None:
        for derived in (
            self.search_text,
            self.cluster_ids,
            self.session_ids,
            self.groups,
            self._sort_keys,
        ):
            derived.clear()
        for item in self.items.values():
            if not item.absorbed_into_id:
                self._derive(item)
        self._ordered.clear()

    def _derive(self, item: records.SwotItem) -> None:
        if item.source_ids:
            sources = [self.items[s] for s in item.source_ids if s in self.items]
            text = " ".join([item.text, *(s.text for s in sources)])
            clusters = frozenset([item.cluster_id, *(s.cluster_id for s in sources)])
            sessions = frozenset([item.session_id, *(s.session_id for s in sources)])
        else:  # most points: no lists to build (5,000 of them at start-up)
            text, clusters, sessions = (
                item.text,
                frozenset((item.cluster_id,)),
                frozenset((item.session_id,)),
            )
        self.search_text[item.id] = fold(text)
        self.cluster_ids[item.id] = clusters
        self.session_ids[item.id] = sessions
        area = self.areas.get(item.area_id) if item.area_id else None
        fits = area is not None and area.kind == item.quadrant.area_kind
        self.groups[item.id] = area.id if fits and area is not None else None
        rank = self._area_rank[area.id] if fits and area is not None else (_NO_AREA_RANK, "")
        self._sort_keys[item.id] = (rank, item.position, item.created_at)

    def _underive(self, item_id: str) -> None:
        for derived in (
            self.search_text,
            self.cluster_ids,
            self.session_ids,
            self.groups,
            self._sort_keys,
        ):
            derived.pop(item_id, None)

    def _forget(self, item_id: str) -> None:
        self.items.pop(item_id, None)
        self._underive(item_id)

    # -- reading -----------------------------------------------------------------------

    def areas_of(self, kind: AreaKind) -> list[records.Area]:
        return sorted(
            (a for a in self.areas.values() if a.kind == kind), key=lambda a: (a.position, a.name)
        )

    def ordered(self, quadrant: Quadrant) -> list[str]:
        """The ids of the quadrant's visible points, by area and then by their place."""
        cached = self._ordered.get(quadrant)
        if cached is None:
            keys = self._sort_keys
            cached = sorted(
                (
                    i.id
                    for i in self.items.values()
                    if i.quadrant is quadrant and not i.absorbed_into_id
                ),
                key=keys.__getitem__,
            )
            self._ordered[quadrant] = cached
        return cached

    def visible(self, item_id: str) -> records.SwotItem | None:
        item = self.items.get(item_id)
        return item if item is not None and not item.absorbed_into_id else None

    def sources(self, item: records.SwotItem) -> list[records.SwotItem]:
        return [self.items[s] for s in item.source_ids if s in self.items]

    def cluster_names(self, item: records.SwotItem) -> list[str]:
        """The clusters that mentioned a point, in cluster order."""
        ids = self.cluster_ids.get(item.id, frozenset([item.cluster_id]))
        known = [c for c in self.clusters.values() if c.id in ids]
        return [c.name for c in sorted(known, key=lambda c: c.position)]

    # -- following change sets -----------------------------------------------------------

    def apply(self, changes: ChangeSet) -> None:
        lookups = changes.touches("area", "cluster", "session")
        if lookups:
            self._load_lookups()
            self._derive_all()
        ids = changes.ids("swot_item")
        if ids:
            self._apply_points(changes, ids)
        if lookups:
            self.lookupsChanged.emit()

    def _apply_points(self, changes: ChangeSet, ids: set[str]) -> None:
        deleted = set(changes.deleted.get("swot_item", ()))
        change = PointChange(created=set(changes.created.get("swot_item", ())) - deleted)
        refetch = set(ids) - deleted
        known = {i for i in ids if i in self.items}
        for item_id in ids:
            old = self.items.get(item_id)
            if old is None:
                continue
            change.quadrants.add(old.quadrant)
            change.ids.add(old.absorbed_into_id or old.id)
            # The point it was absorbed into counts one cluster less (or more) now, and a
            # deleted consolidated point freed its sources (SET NULL in the database,
            # which the change set cannot see).
            if old.absorbed_into_id:
                refetch.add(old.absorbed_into_id)
            refetch.update(old.source_ids)
        for item_id in deleted:
            self._forget(item_id)
        fresh = self._fetch(refetch - deleted)
        # A point absorbed just now: its new primary must count it.
        primaries = {r.absorbed_into_id for r in fresh if r.absorbed_into_id} - refetch
        fresh += self._fetch(primaries)
        gone = (refetch | primaries) - deleted - {r.id for r in fresh}
        for item_id in gone:
            self._forget(item_id)
        for record in fresh:
            self.items[record.id] = record
        for record in fresh:
            change.quadrants.add(record.quadrant)
            change.ids.add(record.absorbed_into_id or record.id)
            if record.absorbed_into_id:
                self._underive(record.id)
            else:
                self._derive(record)
        self._reorder(change, known)
        if change.quadrants:
            self.pointsChanged.emit(change)

    def _reorder(self, change: PointChange, known: set[str]) -> None:
        """Keep each quadrant's order: a capture slots in (bisect); anything else
        re-sorts that quadrant when it is next asked for."""
        added = {i for i in change.ids if i not in known and self.visible(i)}
        keys = self._sort_keys
        for quadrant in change.quadrants:
            cached = self._ordered.get(quadrant)
            mine = {i for i in change.ids if i in self.items and self.items[i].quadrant is quadrant}
            if cached is not None and mine and mine <= added:
                for item_id in sorted(mine, key=keys.__getitem__):
                    bisect.insort(cached, item_id, key=keys.__getitem__)
            else:
                self._ordered.pop(quadrant, None)

    def _fetch(self, item_ids: Iterable[str]) -> list[records.SwotItem]:
        wanted = list(item_ids)
        return swot.get_items(self.controller.store, wanted) if wanted else []


def board_data(controller: WorkshopController) -> BoardData:
    """The one snapshot per controller, shared by the board and the projected screen."""
    existing = controller.findChild(BoardData, "swotBoardData")
    return existing if existing is not None else BoardData(controller)
