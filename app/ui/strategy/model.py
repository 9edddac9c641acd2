"""The confrontation matrix as a Qt table model: strengths and weaknesses as rows,
opportunities and threats as columns, each cell the weight the room gave the pair."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain import records
from app.domain.enums import Quadrant
from app.domain.tows import StrategyField, field_of
from app.services.strategies import TowsMatrix

Index = QModelIndex | QPersistentModelIndex
WEIGHT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_CHARS = 14  # a column's text in its header: two lines of this many characters
ROW_CHARS = 60

# One hue per field (SO green, ST blue, WO amber, WT red), darker as the weight grows;
# the weight itself is always written in the cell (colour is never the only cue).
FIELD_TINTS: dict[StrategyField, tuple[str, str, str]] = {
    StrategyField.SO: ("#DCEFD8", "#A9D7A0", "#6DB862"),
    StrategyField.ST: ("#DCE8F5", "#A8C6E6", "#6FA0D3"),
    StrategyField.WO: ("#FBEBCB", "#F5D38D", "#EDB84E"),
    StrategyField.WT: ("#F7DCDC", "#EBA9A9", "#DB7474"),
}
EMPTY = "#FFFFFF"


def cell_text(weight: int) -> str:
    """A weight as the room reads it: dots, so that 3 looks heavier than 1."""
    return "●" * weight


def cell_colour(field: StrategyField, weight: int) -> str:
    return FIELD_TINTS[field][weight - 1] if weight else EMPTY


def header_lines(text: str, width: int = HEADER_CHARS, lines: int = 2) -> list[str]:
    """A column's text in a narrow header: wrapped, the last line cut with "…"."""
    wrapped = textwrap.wrap(text, width, break_long_words=True) or [""]
    if len(wrapped) > lines:
        wrapped = [*wrapped[: lines - 1], short(" ".join(wrapped[lines - 1 :]), width)]
    return wrapped


def short(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


class MarkModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: TowsMatrix | None = None
        self.header_chars = HEADER_CHARS  # the view narrows it with its columns

    def set_header_chars(self, chars: int) -> None:
        if chars != self.header_chars:
            self.header_chars = chars
            if self.columnCount():
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_matrix(self, matrix: TowsMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def pair(self, index: Index) -> tuple[records.SwotItem, records.SwotItem] | None:
        m = self.matrix
        if m is None or not index.isValid():
            return None
        return m.rows[index.row()], m.columns[index.column()]

    def weight_at(self, row: int, column: int) -> int:
        m = self.matrix
        if m is None:
            return 0
        return m.weight(m.rows[row].id, m.columns[column].id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.pair(index)
        if pair is None or self.matrix is None:
            return None
        inner, outer = pair
        weight = self.matrix.weight(inner.id, outer.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(weight)
        if role == WEIGHT_ROLE:
            return weight
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(cell_colour(field_of(inner.quadrant, outer.quadrant), weight)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#111111"))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            codes = self.matrix.codes
            return self.tr("{0} {1} × {2} {3}: gewicht {4} (0–3)").format(
                codes.get(inner.id, ""), inner.text, codes.get(outer.id, ""), outer.text, weight
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        m = self.matrix
        if m is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        items = m.columns if horizontal else m.rows
        if not 0 <= section < len(items):
            return None
        item = items[section]
        code = m.codes.get(item.id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            if horizontal:
                return "\n".join([code, *header_lines(item.text, self.header_chars)])
            more = f" (×{item.cluster_count})" if item.cluster_count > 1 else ""
            return f"{code}  {short(item.text, ROW_CHARS)}{more}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code}: {item.text}"
        if role == Qt.ItemDataRole.BackgroundRole:
            tints = {
                Quadrant.STRENGTH: "#E3F1E0",
                Quadrant.WEAKNESS: "#FBE9D7",
                Quadrant.OPPORTUNITY: "#DFEAF6",
                Quadrant.THREAT: "#F6DFDF",
            }
            return QBrush(QColor(tints[item.quadrant]))
        return None
