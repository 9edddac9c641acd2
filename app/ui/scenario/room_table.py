"""The financial room per year of the planning period (investment and operating), as
the workshop settings show it: type an amount ('€ 3.500.000', '3,5 mio'), leave the
cell, and it is stored (one undo step per cell)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.errors import ValidationError
from app.services import budget
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown
from app.ui.proposals import money

KINDS = ("investment", "operating")


class RoomTable(QTableWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(0, len(KINDS), parent)
        self.controller = controller
        self.years: list[int] = []
        self.setAccessibleName(self.tr("Financiële ruimte per jaar"))
        self.setHorizontalHeaderLabels(
            [self.tr("Investeringsruimte (€)"), self.tr("Werkingsruimte (€)")]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.itemChanged.connect(self._changed)
        controller.changed.connect(self._on_changed)
        self.show_rooms()

    def show_rooms(self) -> None:
        rooms = budget.rooms(self.controller.store, self.controller.workshop.id)
        self.blockSignals(True)
        self.years = [r.year for r in rooms]
        self.setRowCount(len(rooms))
        self.setVerticalHeaderLabels([str(y) for y in self.years])
        for row, r in enumerate(rooms):
            for column, value in enumerate((r.investment, r.operating)):
                cell = QTableWidgetItem(money.euro(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, cell)
        self.blockSignals(False)
        line = self.fontMetrics().lineSpacing() + 8
        self.verticalHeader().setDefaultSectionSize(line)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + len(rooms) * line + 4)

    def change(self, row: int, column: int, text: str) -> bool:
        """Store what was typed; a bad amount is said and changes nothing."""
        year, kind = self.years[row], KINDS[column]
        label = (
            self.tr("Investeringsruimte {0}")
            if kind == "investment"
            else self.tr("Werkingsruimte {0}")
        ).format(year)
        try:
            value = money.parse(text, label)
        except ValidationError as exc:
            self.controller.failed.emit(shown(exc))
            self.show_rooms()
            return False
        store, ws = self.controller.store, self.controller.workshop.id
        done = self.controller.perform(
            self.tr("Financiële ruimte {0} wijzigen").format(year),
            lambda: budget.set_room(store, ws, year, **{kind: value}),
            undo=lambda value_: (
                lambda: budget.set_room(
                    store, ws, year, investment=value_[1].investment, operating=value_[1].operating
                )
            ),
        )
        if done is None:
            self.show_rooms()
        return done is not None

    def _changed(self, item: QTableWidgetItem) -> None:
        self.change(item.row(), item.column(), item.text())

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.BUDGET_ROOM, Entity.WORKSHOP):
            self.show_rooms()
