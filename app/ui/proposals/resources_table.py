"""A fiche's resources per year as the BBC keeps them: investment and operating, each
with its expenditure and its income, and FTE; a last row with the totals (FTE: the
average over the years, never a sum)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain import records
from app.domain.errors import ValidationError
from app.services.proposals import ResourceSpec, resource_spec
from app.ui.base.messages import shown
from app.ui.proposals import money

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("investment", "investment_income", "operating", "operating_income", "fte")
_VALUE = Qt.ItemDataRole.UserRole


class _Delegate(QStyledItemDelegate):
    """Opens the plain number for editing and hands the typed text to the table."""

    def __init__(self, table: ResourcesTable) -> None:
        super().__init__(table)
        self.table = table

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            value = float(index.data(_VALUE) or 0)
            decimals = 0 if value.is_integer() else 2
            editor.setText(money.number(value, decimals))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            self.table.change(index.row(), index.column(), editor.text())


class ResourcesTable(QTableWidget):
    """Year rows; type '€ 1.250.000', '1,25 mio' or '0,5'. The last row adds up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(FIELDS), parent)
        # (wanted resources per year, undo label) -> stored?  The owner sets both.
        self.commit: Callable[[dict[int, ResourceSpec], str], bool] = lambda _r, _label: False
        self.report: Callable[[str], None] = lambda _message: None
        self.years: list[int] = []
        self._specs: dict[int, ResourceSpec] = {}
        self.setAccessibleName(self.tr("Middelen per jaar"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Investering:\nuitgaven (€)"),
                self.tr("Investering:\nontvangsten (€)"),
                self.tr("Werking:\nuitgaven (€)"),
                self.tr("Werking:\nontvangsten (€)"),
                self.tr("VTE"),
            ]
        )
        self.setItemDelegate(_Delegate(self))
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def specs(self) -> dict[int, ResourceSpec]:
        return dict(self._specs)

    def set_resources(
        self, period: Sequence[int], resources: Sequence[records.ProposalResource]
    ) -> None:
        row, column = self.currentRow(), self.currentColumn()
        self._specs = {r.year: resource_spec(r) for r in resources}
        self.years = sorted(set(period) | set(self._specs))
        self.setRowCount(len(self.years) + 1)
        self.setVerticalHeaderLabels([*map(str, self.years), self.tr("Totaal")])
        totals = [0.0] * len(FIELDS)
        for n, year in enumerate(self.years):
            spec = self._specs.get(year, ResourceSpec())
            for column_no, field in enumerate(FIELDS):
                value = getattr(spec, field)
                totals[column_no] += value
                self._show(n, column_no, value, field)
        bold = QFont(self.font())
        bold.setBold(True)
        for column_no, field in enumerate(FIELDS):
            cell = self._show(len(self.years), column_no, totals[column_no], field)
            if field == "fte":  # people are not summed over years: their average
                average = totals[column_no] / len(self.years) if self.years else 0.0
                cell.setText(self.tr("gem. {0}").format(money.fte(average)))
                cell.setToolTip(self.tr("Gemiddeld aantal VTE per jaar"))
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            cell.setFont(bold)
        line = self.fontMetrics().lineSpacing() + 8
        self.verticalHeader().setDefaultSectionSize(line)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + (len(self.years) + 1) * line + 4)
        if row >= 0:
            self.setCurrentCell(min(row, len(self.years) - 1), max(column, 0))

    def _show(self, row: int, column: int, value: float, field: str) -> QTableWidgetItem:
        # In place: an open cell editor must keep its cell.
        cell = self.item(row, column)
        if cell is None:
            cell = QTableWidgetItem()
            self.setItem(row, column, cell)
        cell.setText(money.fte(value) if field == "fte" else money.euro(value))
        cell.setData(_VALUE, value)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cell.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        )
        cell.setFont(self.font())
        return cell

    def change(self, row: int, column: int, text: str) -> bool:
        """Store what was typed in a cell; a bad amount is reported and changes nothing."""
        if not 0 <= row < len(self.years):
            return False
        year, field = self.years[row], FIELDS[column]
        label = {
            "investment": self.tr("Investering {0}"),
            "investment_income": self.tr("Ontvangsten investering {0}"),
            "operating": self.tr("Werking {0}"),
            "operating_income": self.tr("Ontvangsten werking {0}"),
            "fte": self.tr("VTE {0}"),
        }[field].format(year)
        try:
            value = money.parse(text, label)
        except ValidationError as exc:
            self.report(shown(exc))
            return False
        old = self._specs.get(year, ResourceSpec())
        if getattr(old, field) == value and year in self._specs:
            return True
        wanted = dict(self._specs)
        wanted[year] = replace(old, **{field: value})
        return self.commit(wanted, self.tr("Middelen {0} wijzigen").format(year))
