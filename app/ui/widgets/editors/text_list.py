"""An editable list of short texts: add, edit in place, delete, move up and down.

The widget never changes its own items: it hands its owner the list it wants
(``commit``), the owner stores that through the controller and shows what was
stored (``set_texts``). So a refused edit leaves the stored list on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.editors.fields import soften_selection
from app.ui.widgets.editors.wrapping import WrapDelegate

Index = QModelIndex | QPersistentModelIndex
# (wanted texts, undo label) -> stored?
Commit = Callable[[list[str], str], bool]


class _CommitDelegate(WrapDelegate):
    """Hands an edited text to the owner instead of writing it into the list."""

    committed = Signal(int, str)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit) and editor.text() != index.data():
            self.committed.emit(index.row(), editor.text())


class TextList(QListWidget):
    """The list part: Delete removes, Alt+Up/Alt+Down move, F2 or Enter edits."""

    removeRequested = Signal(int)
    moveRequested = Signal(int, int)  # row, step
    widthChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(1)
        soften_selection(self)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.widthChanged.emit()  # wrapped rows change height

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        key, mods = event.key(), event.modifiers()
        if self.state() == self.State.EditingState:
            # A key the cell editor let through (its Return) is not ours to act on.
            super().keyPressEvent(event)
            return
        if row >= 0 and key == Qt.Key.Key_Delete:
            self.removeRequested.emit(row)
            return
        if (
            row >= 0
            and mods & Qt.KeyboardModifier.AltModifier
            and key
            in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            )
        ):
            self.moveRequested.emit(row, -1 if key == Qt.Key.Key_Up else 1)
            return
        if row >= 0 and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editItem(self.currentItem())
            return
        super().keyPressEvent(event)


class TextListEditor(QWidget):
    """A list of texts with a line to add one and small buttons for the rest."""

    def __init__(
        self,
        name: str,
        placeholder: str,
        parent: QWidget | None = None,
        rows: int = 3,
        fit: bool = False,
    ) -> None:
        """``rows``: the least height; ``fit``: grow with the texts instead of scrolling."""
        super().__init__(parent)
        self._rows, self._fit_content = rows, fit
        self._texts: list[str] = []
        self.commit: Commit = lambda _texts, _label: False  # the owner sets this
        self.list = TextList(self)
        self.list.setAccessibleName(name)
        line = self.list.fontMetrics().lineSpacing()
        self.list.setMinimumHeight(rows * (line + 6) + 6)
        self.list.widthChanged.connect(self._fit)
        delegate = _CommitDelegate(self.list)
        delegate.committed.connect(self._edit)
        self.list.setItemDelegate(delegate)
        self.list.removeRequested.connect(self._remove)
        self.list.moveRequested.connect(self._move)

        self.new_line = QLineEdit(self)
        self.new_line.setPlaceholderText(placeholder)
        self.new_line.setAccessibleName(placeholder)
        self.new_line.setClearButtonEnabled(True)
        self.new_line.returnPressed.connect(self._add)
        self.add_button = self._button("+", self.tr("Toevoegen (Enter)"), self._add)
        self.up_button = self._button("↑", self.tr("Omhoog (Alt+Omhoog)"), lambda: self._step(-1))
        self.down_button = self._button("↓", self.tr("Omlaag (Alt+Omlaag)"), lambda: self._step(1))
        self.delete_button = self._button(
            "✕", self.tr("Verwijderen (Delete)"), lambda: self._remove(self.list.currentRow())
        )

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(self.new_line, 1)
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self._enable()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same; keep Tab short
        button.clicked.connect(slot)
        return button

    # -- showing --------------------------------------------------------------------------

    def texts(self) -> list[str]:
        return list(self._texts)

    def set_texts(self, texts: Sequence[str], current: int | None = None) -> None:
        """Show the stored list; keeps the current row unless ``current`` says otherwise."""
        row = self.list.currentRow() if current is None else current
        self._texts = list(texts)
        self.list.blockSignals(True)
        # In place, not clear() and refill: an open cell editor must keep its row.
        while self.list.count() > len(self._texts):
            self.list.takeItem(self.list.count() - 1)
        for n, text in enumerate(self._texts):
            item = self.list.item(n)
            if item is None:
                item = QListWidgetItem(self.list)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setText(text)
            item.setToolTip(text)
        self.list.blockSignals(False)
        if self._texts:
            self.list.setCurrentRow(max(0, min(row, len(self._texts) - 1)))
        self._enable()
        self._fit()

    def _fit(self) -> None:
        if not self._fit_content:
            return
        self.list.doItemsLayout()
        content = sum(
            self.list.visualItemRect(self.list.item(n)).height() + 2 * self.list.spacing()
            for n in range(self.list.count())
        )
        least = self._rows * (self.list.fontMetrics().lineSpacing() + 6)
        self.list.setFixedHeight(max(content, least) + 2 * self.list.frameWidth() + 2)

    def _enable(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._texts) - 1)
        self.delete_button.setEnabled(row >= 0)

    # -- asking for changes ----------------------------------------------------------------

    def _add(self) -> None:
        text = self.new_line.text()
        if not text.strip():
            return
        if self._want([*self._texts, text], self.tr("Toevoegen"), len(self._texts)):
            self.new_line.clear()

    def _edit(self, row: int, text: str) -> None:
        wanted = list(self._texts)
        wanted[row] = text
        self._want(wanted, self.tr("Wijzigen"), row)

    def _remove(self, row: int) -> None:
        if 0 <= row < len(self._texts):
            wanted = self._texts[:row] + self._texts[row + 1 :]
            self._want(wanted, self.tr("Verwijderen"), min(row, len(wanted) - 1))

    def _step(self, step: int) -> None:
        self._move(self.list.currentRow(), step)

    def _move(self, row: int, step: int) -> None:
        target = row + step
        if 0 <= row < len(self._texts) and 0 <= target < len(self._texts):
            wanted = list(self._texts)
            wanted.insert(target, wanted.pop(row))
            self._want(wanted, self.tr("Verplaatsen"), target)

    def _want(self, texts: list[str], label: str, current: int) -> bool:
        stored = self.commit(texts, label)
        # The owner has shown the stored list by now; put the cursor where the user expects.
        if stored and self._texts:
            self.list.setCurrentRow(max(0, min(current, len(self._texts) - 1)))
        return stored
