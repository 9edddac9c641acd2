"""A quadrant on screen: the list of its points, and on the board its header and
the capture line where the facilitator types new points."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Quadrant
from app.ui.swot.data import BoardData
from app.ui.swot.delegate import PointDelegate
from app.ui.swot.model import QuadrantModel
from app.ui.swot.style import LIGHT, Theme
from app.ui.widgets.quadrants import label as quadrant_label


class QuadrantList(QTreeView):
    """A flat list in a tree view: tree views measure only the rows they show, which
    keeps 5,000 wrapped points fast (a QListView measures every row).

    ``interactive`` lists (the board) select, edit and drag; the projector's only show.
    """

    def __init__(
        self,
        model: QuadrantModel,
        *,
        interactive: bool = True,
        theme: Theme | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.quadrant_model = model
        self.setItemDelegate(PointDelegate(model.quadrant, self, theme))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Per item: per pixel would make Qt measure every row to size the scroll bar.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self._last_width = -1
        # Selection in the order the points were picked: the first one is the primary.
        self.picked: list[str] = []
        if interactive:
            self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.setEditTriggers(
                QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.DoubleClicked
            )
            self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.setDropIndicatorShown(True)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.selectionModel().selectionChanged.connect(self._track_selection)
            model.resetting.connect(self._remember_selection)
            model.modelReset.connect(self._restore_selection)
        else:
            self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFrameShape(QTreeView.Shape.NoFrame)
        self._kept: list[str] = []

    # -- selection in picking order ------------------------------------------------------

    def _track_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        model = self.quadrant_model
        gone = {model.point_id_at(i.row()) for i in deselected.indexes()}
        self.picked = [p for p in self.picked if p not in gone]
        for index in sorted(selected.indexes(), key=lambda i: i.row()):
            key = model.point_id_at(index.row())
            if key and key not in self.picked:
                self.picked.append(key)

    def selected_ids(self) -> list[str]:
        """The selected points, in the order they were picked (headings never count)."""
        model = self.quadrant_model
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        current = [key for key in (model.point_id_at(r) for r in rows) if key]
        picked = [p for p in self.picked if p in current]
        return picked + [key for key in current if key not in picked]

    def select_ids(self, ids: list[str]) -> None:
        """Select these points in this order (the first becomes the primary)."""
        selection = self.selectionModel()
        selection.clearSelection()
        self.picked = []
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for item_id in ids:
            index = self.quadrant_model.index_of(item_id)
            if index.isValid():
                selection.select(index, flags)
        if ids:
            index = self.quadrant_model.index_of(ids[0])
            if index.isValid():
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)

    def _remember_selection(self) -> None:
        self._kept = self.selected_ids()

    def _restore_selection(self) -> None:
        kept, self._kept = self._kept, []
        if kept:
            self.select_ids(kept)

    # -- layout --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._last_width:
            # Wrapped rows change height with the width: measure the visible ones again.
            self._last_width = width
            self.scheduleDelayedItemsLayout()

    def reveal(self, item_id: str) -> None:
        if not self.isVisible():
            return  # a hidden page catches up when it shows (see showEvent)
        index = self.quadrant_model.index_of(item_id)
        if index.isValid():
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.quadrant_model.latest_id and not self.selectionModel().hasSelection():
            self.reveal(self.quadrant_model.latest_id)

    def show_model(self, model: QuadrantModel) -> None:
        """Show another quadrant (the projector's one-quadrant page)."""
        self.setModel(model)
        self.quadrant_model = model
        delegate = self.itemDelegate()
        if isinstance(delegate, PointDelegate):
            delegate.quadrant = model.quadrant


class CaptureLine(QLineEdit):
    """Type a point, Enter stores it. Alt+Up/Down picks the previous/next area."""

    stepArea = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.stepArea.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


def header_style(quadrant: Quadrant, theme: Theme = LIGHT) -> str:
    tint = theme.tints[quadrant]
    return (
        f"background: {tint.header}; color: {tint.ink}; font-weight: bold;"
        " padding: 3px 6px; border-radius: 3px;"
    )


class QuadrantPanel(QWidget):
    """One quadrant on the board: tinted header, points, capture line and area."""

    captured = Signal(str)  # the text typed, stripped

    def __init__(self, data: BoardData, quadrant: Quadrant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.data = data
        self.setObjectName(f"quadrant{quadrant.value}")
        self.model = QuadrantModel(data, quadrant, parent=self)
        self.header = QLabel(self)
        self.header.setStyleSheet(header_style(quadrant))
        self.list = QuadrantList(self.model, parent=self)
        self.list.setAccessibleName(self.tr("Lijst {0}").format(quadrant_label(quadrant)))
        self.capture = CaptureLine(self)
        self.capture.setAccessibleName(self.tr("{0}: nieuw punt").format(quadrant_label(quadrant)))
        self.capture.setClearButtonEnabled(True)
        self.area_box = QComboBox(self)
        self.area_box.setAccessibleName(
            self.tr("Domein voor nieuwe punten ({0})").format(quadrant_label(quadrant))
        )
        self.area_box.setToolTip(
            self.tr("Domein van het volgende punt (Alt+↑/↓ in de invoerregel)")
        )
        self.area_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area_box.setMinimumContentsLength(14)
        self.capture.returnPressed.connect(self._capture)
        self.capture.stepArea.connect(self.step_area)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.capture, 1)
        row.addWidget(self.area_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.setTabOrder(self.list, self.capture)
        self.setTabOrder(self.capture, self.area_box)
        self.fill_areas()
        self.model.shownChanged.connect(self.update_header)
        self.update_header()

    def fill_areas(self) -> None:
        first_fill = self.area_box.count() == 0
        current = self.current_area()
        self.area_box.blockSignals(True)
        self.area_box.clear()
        for area in self.data.areas_of(self.quadrant.area_kind):
            self.area_box.addItem(area.name, area.id)
        self.area_box.addItem(self.tr("(geen domein)"), None)
        # Keep the choice (also "geen domein"); a new board starts at the first area.
        index = 0 if first_fill else self.area_box.findData(current)
        self.area_box.setCurrentIndex(max(index, 0))
        self.area_box.blockSignals(False)

    def current_area(self) -> str | None:
        return self.area_box.currentData() if self.area_box.count() else None

    def set_area(self, area_id: str | None) -> None:
        index = self.area_box.findData(area_id)
        if index >= 0:
            self.area_box.setCurrentIndex(index)

    def step_area(self, step: int) -> None:
        count = self.area_box.count()
        if count:
            self.area_box.setCurrentIndex((self.area_box.currentIndex() + step) % count)

    def update_header(self) -> None:
        count = self.model.point_count()
        self.header.setText(f"{quadrant_label(self.quadrant)}  ·  {count}")
        self.header.setAccessibleName(
            self.tr("{0}: {1} punten").format(quadrant_label(self.quadrant), count)
        )

    def set_hint(self, cluster: str, session: str) -> None:
        hint = {
            Quadrant.STRENGTH: self.tr("Nieuw sterk punt (Enter)"),
            Quadrant.WEAKNESS: self.tr("Nieuw zwak punt (Enter)"),
            Quadrant.OPPORTUNITY: self.tr("Nieuwe opportuniteit (Enter)"),
            Quadrant.THREAT: self.tr("Nieuwe bedreiging (Enter)"),
        }[self.quadrant]
        self.capture.setPlaceholderText(hint)
        self.capture.setToolTip(
            self.tr(
                "Wordt bewaard bij cluster {0}, sessie {1}, domein uit de lijst ernaast."
            ).format(cluster, session)
        )

    def focus_capture(self) -> None:
        self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.capture.selectAll()

    def _capture(self) -> None:
        text = self.capture.text().strip()
        if text:
            self.captured.emit(text)
