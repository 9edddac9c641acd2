"""One quadrant of the SWOT board as a Qt list model: area headings and points.

The rows are the quadrant's points grouped under their area headings, filtered
by a :class:`PointFilter`. The model holds only row keys; the points themselves
live in the shared :class:`~app.ui.swot.data.BoardData`. A change set updates
just the rows it touched (inserts, removals, dataChanged), so the view keeps its
selection and scroll position while the facilitator types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby, repeat
from typing import NamedTuple

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)

from app.domain import records
from app.domain.enums import Quadrant
from app.ui.swot.data import BoardData, PointChange, fold

MIME_TYPE = "application/x-atelier-swot-ids"

IdRole = Qt.ItemDataRole.UserRole + 1
IsHeadingRole = Qt.ItemDataRole.UserRole + 2
ColorRole = Qt.ItemDataRole.UserRole + 3  # the cluster's colour, "#RRGGBB"
ClusterCountRole = Qt.ItemDataRole.UserRole + 4
AreaRole = Qt.ItemDataRole.UserRole + 5  # the area heading a row belongs to
CountRole = Qt.ItemDataRole.UserRole + 6  # points under a heading
LatestRole = Qt.ItemDataRole.UserRole + 7  # the point captured last

HEADING = "h"
POINT = "p"
# Above this many changed rows a model resets instead of inserting row by row.
_RESET_ABOVE = 200
NO_CLUSTER = ""  # PointFilter.cluster_ids member for "points without a cluster"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PointFilter:
    """What the board (or the projector) shows. Empty means everything."""

    cluster_ids: frozenset[str] | None = None  # None: all clusters; NO_CLUSTER: none set
    area_id: str | None = None
    session_id: str | None = None
    text: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(fold(self.text).split())

    def narrows(self, before: PointFilter) -> bool:
        """True when everything this filter shows, ``before`` showed too (the
        facilitator typed more letters): only its matches need testing again."""
        if (self.cluster_ids, self.area_id, self.session_id) != (
            before.cluster_ids,
            before.area_id,
            before.session_id,
        ):
            return False
        return all(any(old in new for new in self.words) for old in before.words)

    @property
    def active(self) -> bool:
        return bool(self.cluster_ids is not None or self.area_id or self.session_id or self.words)


class RowInfo(NamedTuple):
    """What the delegate paints, read in one call (no QModelIndex.data round trips)."""

    heading: bool
    text: str
    count: int  # a point: clusters that mentioned it; a heading: its points
    colour: str | None  # a point's cluster colour
    latest: bool
    code: str = ""  # the cluster's short code, shown beside the colour on the projector


# A row is a plain tuple (kind, key): comparing and hashing thousands of them stays in
# C. The key is the area id of a heading (None: "zonder domein") or the point's id.
Row = tuple[str, str | None]
KIND, KEY = 0, 1


def _matcher(data: BoardData, f: PointFilter) -> Callable[[str], bool]:
    """A cheap predicate: set lookups and substring tests on pre-folded text."""
    clusters = (
        None
        if f.cluster_ids is None
        else frozenset(None if c == NO_CLUSTER else c for c in f.cluster_ids)
    )
    words = f.words
    area, session = f.area_id, f.session_id
    search, cluster_ids, session_ids = data.search_text, data.cluster_ids, data.session_ids

    items = data.items

    def matches(item_id: str) -> bool:
        if area is not None and items[item_id].area_id != area:
            return False
        if clusters is not None and clusters.isdisjoint(cluster_ids[item_id]):
            return False
        if session is not None and session not in session_ids[item_id]:
            return False
        if words:
            text = search[item_id]
            return all(w in text for w in words)
        return True

    return matches


class QuadrantModel(QStringListModel):
    """Rows of one quadrant. ``editable`` models accept edits and drops (the board);
    the projector's are read-only.

    Why a string list: a tree view lays out every row whenever rows come or go, and
    asks the model for each row's index and flags. Overridden in Python that costs
    ~30 µs a row, 60 ms for a quadrant of 2,000 points on every capture. The string
    list keeps row count, indexes and flags in C++ (its strings stay empty); the row
    keys live in :attr:`rows`, and only ``data`` (asked for the visible rows) is Python.
    """

    resetting = Signal()  # before a reset, while :attr:`rows` still holds the old rows
    shownChanged = Signal()  # after any change to the rows shown

    def __init__(
        self,
        data: BoardData,
        quadrant: Quadrant,
        *,
        editable: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.board = data
        self.quadrant = quadrant
        self.editable = editable
        self.filter = PointFilter()
        self.rows: list[Row] = []
        self.counts: dict[str | None, int] = {}
        self.latest_id: str | None = None
        # The last filter's matches, and the quadrant order they were taken from.
        self._matched: tuple[list[str], PointFilter, list[str]] | None = None
        # Points captured while a filter is on stay visible until the filter changes.
        self.pinned: set[str] = set()
        # Set by the board: edit_text(id, text) -> bool, drop(ids, quadrant, area, given).
        self.edit_text: Callable[[str, str], bool] | None = None
        self.drop: Callable[[list[str], Quadrant, str | None, bool], bool] | None = None
        self._reset(self._compute())
        data.pointsChanged.connect(self._on_points_changed)
        data.lookupsChanged.connect(self.rebuild)

    # -- rows ----------------------------------------------------------------------------

    def _compute(self) -> list[Row]:
        """Headings and points as the filter shows them. Without a filter every area of
        the quadrant's kind has its heading (a place to drop on); with one, only the
        areas that have matching points do."""
        data, f = self.board, self.filter
        ids = data.ordered(self.quadrant)
        if f.active:
            matches, pinned = _matcher(data, f), self.pinned
            previous = self._matched
            if previous is not None and previous[0] is ids and f.narrows(previous[1]):
                ids = previous[2]  # typing on: test only what matched a keystroke ago
            ids = [i for i in ids if i in pinned or matches(i)]
            self._matched = (data.ordered(self.quadrant), f, ids)
        else:
            self._matched = None
        # The order is by area first, so each area's points are one run.
        runs: dict[str | None, list[str]] = {
            area: list(points) for area, points in groupby(ids, key=data.groups.__getitem__)
        }
        self.counts = {area: len(points) for area, points in runs.items()}
        area_ids: list[str | None] = [a.id for a in data.areas_of(self.quadrant.area_kind)]
        area_ids.append(None)
        rows: list[Row] = []
        for area_id in area_ids:
            points = runs.get(area_id)
            if points or (area_id is not None and not f.active):
                rows.append((HEADING, area_id))
                if points:
                    rows.extend(zip(repeat(POINT), points, strict=False))
        return rows

    def set_filter(self, point_filter: PointFilter) -> None:
        if point_filter == self.filter:
            return
        self.filter = point_filter
        self.pinned.clear()
        self.rebuild()

    def rebuild(self) -> None:
        self._reset(self._compute())

    def _reset(self, new: list[Row]) -> None:
        # Views remember their selection by id now and restore it after the reset.
        self.resetting.emit()
        self.rows = new
        self.setStringList([""] * len(new))
        self.shownChanged.emit()

    def _on_points_changed(self, change: PointChange) -> None:
        if self.quadrant not in change.quadrants:
            return
        self._matched = None  # the points changed: the next keystroke tests them all
        mine = {i for i in change.created if self._is_mine(i)}
        if mine:
            self.latest_id = sorted(mine)[-1] if len(mine) > 1 else next(iter(mine))
            if self.filter.active and self.editable:
                self.pinned |= mine
        if len(mine) == 1 and change.ids <= mine and self._append(self.latest_id or ""):
            return
        self._sync(self._compute(), change.ids | mine)

    def _append(self, item_id: str) -> bool:
        """The common capture: one new point, last of its area. Insert it without
        recomputing the quadrant; False when it is not that simple."""
        data = self.board
        hidden = self.filter.active and item_id not in self.pinned
        if hidden and not _matcher(data, self.filter)(item_id):
            return True  # not shown here: nothing changes
        ordered = data.ordered(self.quadrant)
        group = data.groups.get(item_id)
        at = ordered.index(item_id)
        if at + 1 < len(ordered) and data.groups.get(ordered[at + 1]) == group:
            return False  # it sorts before other points of its area
        try:
            heading = self.rows.index((HEADING, group))
        except ValueError:
            return False  # its area has no heading yet
        end = heading + 1
        while end < len(self.rows) and self.rows[end][KIND] == POINT:
            end += 1
        self.rows.insert(end, (POINT, item_id))
        self.insertRows(end, 1)
        self.counts[group] = self.counts.get(group, 0) + 1
        heading_index = self.index(heading)
        self.dataChanged.emit(heading_index, heading_index)
        self.shownChanged.emit()
        return True

    def _is_mine(self, item_id: str) -> bool:
        item = self.board.visible(item_id)
        return item is not None and item.quadrant is self.quadrant

    def _sync(self, new: list[Row], changed: set[str]) -> None:
        """Move from the current rows to ``new`` with as few signals as possible."""
        old_keys = set(self.rows)
        new_keys = set(new)
        removed = old_keys - new_keys
        added = new_keys - old_keys
        if len(removed) + len(added) > _RESET_ABOVE:
            self._reset(new)
            return
        # Removals bottom-up, in contiguous runs. The C++ list shrinks first, so that
        # views asking during the removal still find the old rows here.
        index = len(self.rows) - 1
        while index >= 0:
            if self.rows[index] in removed:
                end = index
                while index - 1 >= 0 and self.rows[index - 1] in removed:
                    index -= 1
                self.removeRows(index, end - index + 1)
                del self.rows[index : end + 1]
            index -= 1
        for position, row in enumerate(new):
            if row in added:
                self.rows.insert(position, row)
                self.insertRows(position, 1)
        if self.rows != new:
            self._relayout(new)
        for position, row in enumerate(self.rows):
            if row[KIND] == HEADING or row[KEY] in changed:
                # Headings carry counts; points their text, cluster and "N clusters".
                model_index = self.index(position)
                self.dataChanged.emit(model_index, model_index)
        self.shownChanged.emit()

    def _relayout(self, new: list[Row]) -> None:
        """The same rows in another order (a point moved within its quadrant)."""
        self.layoutAboutToBeChanged.emit()
        where = {row: i for i, row in enumerate(new)}
        old_indexes = self.persistentIndexList()
        new_indexes = []
        for old in old_indexes:
            target = where.get(self.rows[old.row()]) if 0 <= old.row() < len(self.rows) else None
            new_indexes.append(QModelIndex() if target is None else self.index(target))
        self.rows = list(new)
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    # -- lookups -------------------------------------------------------------------------

    def row_of(self, item_id: str) -> int:
        try:
            return self.rows.index((POINT, item_id))
        except ValueError:
            return -1

    def index_of(self, item_id: str) -> QModelIndex:
        row = self.row_of(item_id)
        return self.index(row) if row >= 0 else QModelIndex()

    def point_id_at(self, row: int) -> str | None:
        if 0 <= row < len(self.rows) and self.rows[row][KIND] == POINT:
            return self.rows[row][KEY]
        return None

    def item_at(self, row: int) -> records.SwotItem | None:
        key = self.point_id_at(row)
        return self.board.items.get(key) if key else None

    def area_at(self, row: int) -> str | None:
        """The area of the group ``row`` is in: its heading's, or its point's."""
        if not 0 <= row < len(self.rows):
            return None
        kind, key = self.rows[row]
        return key if kind == HEADING else self.board.groups.get(key or "")

    def point_ids(self) -> list[str]:
        return [key for kind, key in self.rows if kind == POINT and key]

    def point_count(self) -> int:
        return sum(self.counts.values())

    def row_info(self, row: int) -> RowInfo:
        kind, key = self.rows[row]
        if kind == HEADING:
            return RowInfo(True, self.heading_text(key), self.counts.get(key, 0), None, False)
        item = self.board.items.get(key or "")
        if item is None:  # already gone from the data, its row leaving the view now
            return RowInfo(False, "", 1, None, False)
        cluster = self.board.clusters.get(item.cluster_id or "")
        colour = cluster.color if cluster is not None else None
        code = self.board.cluster_codes.get(cluster.id, "") if cluster is not None else ""
        return RowInfo(
            False, item.text, item.cluster_count, colour, item.id == self.latest_id, code
        )

    def heading_text(self, area_id: str | None) -> str:
        area = self.board.areas.get(area_id) if area_id else None
        return (
            area.name
            if area is not None
            else QCoreApplication.translate("SwotModel", "Zonder domein")
        )

    # -- Qt model ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        kind, key = self.rows[index.row()]
        if kind == HEADING:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.heading_text(key)
            if role == IsHeadingRole:
                return True
            if role in (AreaRole, IdRole):
                return key
            if role == CountRole:
                return self.counts.get(key, 0)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                count = self.counts.get(key, 0)
                return QCoreApplication.translate("SwotModel", "Domein {0}, {1} punten").format(
                    self.heading_text(key), count
                )
            return None
        item = self.board.items.get(key or "")
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == IdRole:
            return item.id
        if role == IsHeadingRole:
            return False
        if role == ColorRole:
            cluster = self.board.clusters.get(item.cluster_id or "")
            return cluster.color if cluster else None
        if role == ClusterCountRole:
            return item.cluster_count
        if role == AreaRole:
            return self.board.groups.get(item.id)
        if role == LatestRole:
            return item.id == self.latest_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if item.cluster_count > 1:
                return QCoreApplication.translate(
                    "SwotModel", "{0} (genoemd door {1} clusters)"
                ).format(item.text, item.cluster_count)
            return item.text
        return None

    def _tooltip(self, item: records.SwotItem) -> str:
        names = ", ".join(self.board.cluster_names(item)) or QCoreApplication.translate(
            "SwotModel", "geen cluster"
        )
        lines = [QCoreApplication.translate("SwotModel", "Cluster(s): {0}").format(names)]
        session = self.board.sessions.get(item.session_id or "")
        if session is not None:
            lines.append(
                QCoreApplication.translate("SwotModel", "Sessie: {0}").format(session.title)
            )
        for source in self.board.sources(item):
            cluster = self.board.clusters.get(source.cluster_id or "")
            who = (
                cluster.name if cluster else QCoreApplication.translate("SwotModel", "geen cluster")
            )
            lines.append(f"• {source.text} ({who})")
        return "\n".join(lines)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.EditRole or self.edit_text is None:
            return False
        text = str(value).strip()
        if text == item.text:
            return False
        return self.edit_text(item.id, text)

    # -- drag and drop -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        rows = sorted({i.row() for i in indexes})
        ids = [self.point_id_at(r) for r in rows]
        points = [i for i in ids if i and self.board.visible(i)]
        if not points:
            return None  # a heading alone is not dragged
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray("\n".join(points).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.editable and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Dropped on a heading or a point: that group's area. Between rows: the group
        above. On empty space: no area given (the board decides)."""
        if not self.canDropMimeData(data, action, row, column, parent) or self.drop is None:
            return False
        raw = bytes(data.data(MIME_TYPE).data()).decode()
        ids = [i for i in raw.split("\n") if i]
        if parent.isValid():
            area, given = self.area_at(parent.row()), True
        elif 0 < row <= len(self.rows):
            area, given = self.area_at(row - 1), True
        elif row == 0 and self.rows:
            area, given = self.area_at(0), True
        else:
            area, given = None, False
        self.drop(ids, self.quadrant, area, given)
        # The move is done (and undoable) through the controller; the view must not
        # remove the dragged rows itself.
        return False
