"""The owner (trekker) of a path or a fiche: a participant picked from the list, or a
name typed freely (the services link a typed participant's name themselves)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class OwnerEdit(QComboBox):
    """Editable: the list offers the named participants; anything typed is kept."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._shown = ""
        edit = self.lineEdit()
        assert edit is not None  # editable: it has its line edit
        edit.setPlaceholderText(self.tr("Een deelnemer of een naam, dienst…"))
        edit.setClearButtonEnabled(True)
        edit.editingFinished.connect(self._finished)
        self.activated.connect(lambda _index: self._finished())
        completer = self.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_people(self, names: Sequence[str]) -> None:
        """The participants on offer (by name), keeping what is shown."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(list(names))
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def set_owner(self, text: str) -> None:
        self._shown = text
        self.blockSignals(True)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def text(self) -> str:
        return self.currentText().strip()

    def _finished(self) -> None:
        if self.text() != self._shown.strip():
            self._shown = self.text()
            self.committed.emit(self.text())
