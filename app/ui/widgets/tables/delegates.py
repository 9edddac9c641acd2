"""Cell editors: a choice from a list, a cluster colour, an optional date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import isValid

from app.domain import rules
from app.ui.widgets.swatches import swatch

Index = QModelIndex | QPersistentModelIndex
_EDIT = Qt.ItemDataRole.EditRole
_NONE = ""  # a combo's item data for "none": Qt cannot look up a None


def open_list(combo: QComboBox) -> None:
    """Open the list as soon as the cell is edited: on a closed combo the arrow keys
    would pick (and so commit) each item they pass."""
    QTimer.singleShot(
        0, lambda: combo.showPopup() if isValid(combo) and combo.isVisible() else None
    )


@dataclass(frozen=True)
class Choice:
    label: str
    value: str | None
    icon: QIcon | None = None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over ``choices()``; picking an item commits it at once."""

    def __init__(self, choices: Callable[[], Sequence[Choice]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        for choice in self._choices():
            if choice.icon is not None:
                combo.addItem(choice.icon, choice.label, choice.value or _NONE)
            else:
                combo.addItem(choice.label, choice.value or _NONE)
        combo.activated.connect(lambda _i: self._done(combo))
        open_list(combo)
        return combo

    def _done(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(_EDIT) or _NONE)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or None, _EDIT)


class ColorDelegate(QStyledItemDelegate):
    """The palette's colours by name (for those who do not tell them apart), or any other."""

    def names(self) -> dict[str, str]:
        colours = (
            self.tr("blauw"),
            self.tr("oranje"),
            self.tr("rood"),
            self.tr("blauwgroen"),
            self.tr("groen"),
            self.tr("geel"),
            self.tr("paars"),
            self.tr("roze"),
            self.tr("bruin"),
            self.tr("grijs"),
        )
        return dict(zip(rules.CLUSTER_PALETTE, colours, strict=True))

    def label(self, color: str) -> str:
        return self.names().get(color.upper(), color.upper())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Kleur"))
        for color, name in self.names().items():
            combo.addItem(swatch(color), name, color)
        combo.addItem(self.tr("Andere kleur…"), _NONE)
        combo.activated.connect(lambda i: self._picked(combo, i))
        open_list(combo)
        return combo

    def _picked(self, combo: QComboBox, row: int) -> None:
        if combo.itemData(row) == _NONE:
            current = QColor(combo.property("initial") or rules.CLUSTER_PALETTE[0])
            chosen = QColorDialog.getColor(current, combo.window(), self.tr("Kleur van de cluster"))
            if not chosen.isValid():
                self.closeEditor.emit(combo)  # cancelled: leave the colour as it was
                return
            self._select(combo, chosen.name().upper())
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def _select(self, combo: QComboBox, color: str) -> None:
        found = combo.findData(color)
        if found < 0:
            combo.insertItem(combo.count() - 1, swatch(color), color, color)
            found = combo.findData(color)
        combo.setCurrentIndex(found)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        color = str(index.data(_EDIT) or "").upper()
        editor.setProperty("initial", color)
        if color:
            self._select(editor, color)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        color = editor.currentData()
        if color:
            model.setData(index, color, _EDIT)


class OptionalDateEdit(QDateEdit):
    """A date that may be absent: the minimum stands for "no date"; Delete clears it."""

    NO_DATE = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(self.NO_DATE)
        self.setSpecialValueText(self.tr("(geen datum)"))
        self.setToolTip(self.tr("Delete: geen datum"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.setDate(self.NO_DATE)
            return
        super().keyPressEvent(event)

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(self.NO_DATE)
            return
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> dt.date | None:
        date = self.date()
        if date == self.NO_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())


class DateDelegate(QStyledItemDelegate):
    """Edits an ISO date text (``YYYY-MM-DD`` or empty), the form the services accept."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = OptionalDateEdit(parent)
        editor.setAccessibleName(self.tr("Datum"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        text = str(index.data(_EDIT) or "")
        # Someone who opens an empty date means to set one: start from today, not from 2000.
        editor.set_value(dt.date.fromisoformat(text) if text else dt.date.today())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        value = editor.value()
        model.setData(index, value.isoformat() if value else None, _EDIT)
