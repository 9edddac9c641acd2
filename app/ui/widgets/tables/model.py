"""A table model over a list of service records, one column per :class:`Column`.

The model never writes to the store itself: an edit calls ``commit(record,
field, value)``, which the editor routes through the controller (undoable,
committed at once). The store's change then comes back as new records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[Any, str, Any], bool]

_ROLE = Qt.ItemDataRole
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column:
    header: str
    # The record attribute this column shows and edits; None for a read-only figure.
    field: str | None = None
    # Display text; by default the attribute as text.
    text: Callable[[Any], str] | None = None
    # The value an editor starts from (EditRole); by default the attribute itself.
    value: Callable[[Any], Any] | None = None
    # Shown greyed and in italics when the text is empty, e.g. "(anoniem)".
    empty_text: str = ""
    icon: Callable[[Any], QIcon | None] | None = None
    check: bool = False  # a checkbox (a bool attribute)
    editable: bool = True
    tooltip: str = ""
    numeric: bool = False


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], commit: Commit, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self._commit = commit

    # -- contents ------------------------------------------------------------------------

    def set_records(self, records: Sequence[Any]) -> None:
        """Show ``records``; same rows in the same order only repaint, so that an
        open editor and the selection survive an edit of a neighbouring row."""
        records = list(records)
        if [r.id for r in records] == [r.id for r in self.records]:
            self.records = records
            if records:
                last = self.index(len(records) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.records[row]

    def row_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == record_id), -1)

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            if role == _ROLE.DisplayRole:
                return column.header
            if role == _ROLE.ToolTipRole and column.tooltip:
                return column.tooltip
        elif role == _ROLE.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.field and column.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if column.check else Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return record.id
        if column.check:
            if role == _ROLE.CheckStateRole:
                checked = bool(getattr(record, column.field or ""))
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == _ROLE.AccessibleTextRole:
                return column.header
            return None
        text = self._text(record, column)
        if role == _ROLE.DisplayRole:
            return text or column.empty_text
        if role == _ROLE.EditRole:
            if column.value is not None:
                return column.value(record)
            value = getattr(record, column.field) if column.field else text
            return "" if value is None else value
        if role == _ROLE.DecorationRole and column.icon is not None:
            return column.icon(record)
        if role == _ROLE.ToolTipRole and text:
            return text
        if not text and column.empty_text:
            return self._placeholder_style(role)
        if role == _ROLE.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = _ROLE.EditRole) -> bool:
        if not index.isValid():
            return False
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if not column.field or not column.editable:
            return False
        if column.check:
            if role != _ROLE.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == _ROLE.EditRole:
            new = value
        else:
            return False
        if not column.check and _same(new, self.data(index, _ROLE.EditRole)):
            return False  # nothing changed: no empty undo step
        return self._commit(record, column.field, new)

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _text(record: Any, column: Column) -> str:
        if column.text is not None:
            return column.text(record)
        value = getattr(record, column.field) if column.field else None
        return "" if value is None else str(value)

    @staticmethod
    def _placeholder_style(role: int) -> Any:
        if role == _ROLE.ForegroundRole:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == _ROLE.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def _same(new: Any, old: Any) -> bool:
    if isinstance(new, str) and isinstance(old, str):
        return new.strip() == old.strip()  # the services strip text anyway
    return bool(new == old)
