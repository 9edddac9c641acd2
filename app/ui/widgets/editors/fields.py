"""Fields that commit when the user leaves them (there is no Save button)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFocusEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QWidget


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that emits ``editingFinished`` when focus leaves it after a change,
    like QLineEdit does. Tab moves on to the next field rather than typing a tab."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3, grow: bool = True) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 12
        if grow:
            self.setMinimumHeight(height)
        else:
            self.setFixedHeight(height)
        self._shown = ""

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Show stored text; leaves the widget alone when it already shows it (keeps the cursor)."""
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._shown:
            self.editingFinished.emit()


def show_line(edit: QLineEdit, text: str) -> None:
    """Show stored text without moving the cursor when nothing changed."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


def same_text(a: str, b: str) -> bool:
    """The services trim text, so surrounding spaces are no change."""
    return a.strip() == b.strip()


def soften_selection(view: QAbstractItemView) -> None:
    """A list without the focus shows its current row pale rather than in full colour,
    so that a form full of lists does not look like a form full of selections."""
    palette = view.palette()
    group = QPalette.ColorGroup.Inactive
    palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#DCE6F2"))
    palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#1A1A1A"))
    view.setPalette(palette)
