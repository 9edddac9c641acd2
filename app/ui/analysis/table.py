"""A table for fast answers from the keyboard, shared by the questionnaire and the
external analysis: digits 1–5 answer and move down, 0 or ? is "weet niet",
Delete clears. No editor opens, so typing a column of a paper form is one key
per answer."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from app.ui.analysis.edits import CLEAR

# A light tint per score, red (1) to green (5): a column reads at a glance.
SCORE_TINTS = {
    1: QColor("#F6D2CE"),
    2: QColor("#FAE3D3"),
    3: QColor("#FBF3D2"),
    4: QColor("#E2F0DC"),
    5: QColor("#CDE7C6"),
}
AREA_ROW = QColor("#E8EDF4")
ANSWER_KEYS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "0": None, "?": None}
# Belgian AZERTY gives these on the number row without Shift: accept them as the digits.
ANSWER_KEYS.update({"&": 1, "é": 2, '"': 3, "'": 4, "(": 5, "à": None})


def tint(value: float | None) -> QColor | None:
    return SCORE_TINTS.get(round(value)) if value is not None else None


class AnswerTable(QTableView):
    """``answered(index, value)``: value 1–5, None for "weet niet", or CLEAR."""

    answered = Signal(QModelIndex, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        self.setWordWrap(False)

    def answerable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if plain and self.answerable(index):
            if event.text() in ANSWER_KEYS:
                self.answered.emit(index, ANSWER_KEYS[event.text()])
                self._step_down(index)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.answered.emit(index, CLEAR)
                return
        super().keyPressEvent(event)

    def _step_down(self, index: QModelIndex) -> None:
        model = self.model()
        for row in range(index.row() + 1, model.rowCount()):
            below = model.index(row, index.column())
            if self.answerable(below):
                self.setCurrentIndex(below)
                return
