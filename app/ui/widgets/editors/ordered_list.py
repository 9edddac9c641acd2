"""A list of records in their order: drag or Alt+Up/Alt+Down to move, Insert to add,
Delete to delete. The list asks; its owner commits and shows the stored order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from app.ui.base import shortcuts
from app.ui.widgets.editors.fields import soften_selection
from app.ui.widgets.editors.wrapping import wrap_rows

_ID = Qt.ItemDataRole.UserRole
# Listed in Help; the lists handle the keys themselves.
shortcuts.add(
    "list_move_up",
    "Alt+Up",
    QT_TRANSLATE_NOOP("Shortcuts", "Paden, principes, acties: omhoog verplaatsen"),
)
shortcuts.add(
    "list_move_down",
    "Alt+Down",
    QT_TRANSLATE_NOOP("Shortcuts", "Paden, principes, acties: omlaag verplaatsen"),
)


class OrderedList(QListWidget):
    moveRequested = Signal(str, int)  # id, new index
    removeRequested = Signal(str)
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        soften_selection(self)
        wrap_rows(self)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)
        self._filling = False
        self._dropping = False
        self._dropped_move: tuple[str, int] | None = None
        self.model().rowsMoved.connect(self._dropped)

    def ids(self) -> list[str]:
        return [self.item(n).data(_ID) for n in range(self.count())]

    def current_id(self) -> str | None:
        item = self.currentItem()
        return item.data(_ID) if item else None

    def fill(self, entries: Sequence[tuple[str, str, str]], current: str | None) -> None:
        """(id, text, tooltip) per row; keeps ``current`` selected when it is still there."""
        self._filling = True
        self.blockSignals(True)
        row = self.currentRow()
        self.clear()
        for entry_id, text, tip in entries:
            item = QListWidgetItem(text, self)
            item.setData(_ID, entry_id)
            item.setToolTip(tip)
        ids = [e[0] for e in entries]
        self.blockSignals(False)
        if entries:
            self.setCurrentRow(
                ids.index(current) if current in ids else min(max(row, 0), len(ids) - 1)
            )
        self._filling = False

    def _dropped(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        start: int,
        _end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        row: int,
    ) -> None:
        if self._filling:
            return
        # The widget has moved the row already; "row" counts the slots before the move.
        target = row - 1 if row > start else row
        moved = self.item(target)
        if moved is None:
            return
        if self._dropping:
            self._dropped_move = (moved.data(_ID), target)  # asked once the drop is over
        else:
            self.moveRequested.emit(moved.data(_ID), target)

    def dropEvent(self, event: QDropEvent) -> None:
        # The owner refills the list when it stores the move: not while Qt is still
        # finishing the drop on these very rows.
        self._dropping, self._dropped_move = True, None
        try:
            super().dropEvent(event)
        finally:
            self._dropping = False
        if self._dropped_move is not None:
            self.moveRequested.emit(*self._dropped_move)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, row = event.key(), self.currentRow()
        if (
            row >= 0
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and key
            in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            )
        ):
            target = row + (-1 if key == Qt.Key.Key_Up else 1)
            if 0 <= target < self.count():
                self.moveRequested.emit(self.item(row).data(_ID), target)
            return
        if row >= 0 and key == Qt.Key.Key_Delete:
            self.removeRequested.emit(self.item(row).data(_ID))
            return
        if key == Qt.Key.Key_Insert:
            self.addRequested.emit()
            return
        super().keyPressEvent(event)
