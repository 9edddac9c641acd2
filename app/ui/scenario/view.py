"""Scenario: the keuzenota live in the room. Per year of the planning period the sums
of the mandatory fiches and those taken in (investment and operating, expenditure,
income, net), the room and the balance (green or red, always with its sign and a
word); below, the keuze fiches in a chosen round's ranking order, each with a tick.

A tick decides the fiche ``ja`` (or back to ``open``), one undo step; the figures
follow at once, before the write. "Aanvullen volgens rangschikking" takes fiches in
ranking order while every year stays in balance and says what it skipped and why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import scenario as sc
from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import Decision, OptionKind, RoundStatus
from app.domain.scenario import YearFigures
from app.services import decisions, rounds
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown
from app.ui.base.view import View
from app.ui.proposals.money import number
from app.ui.scenario.figures import GOOD, SHORT, balance_text, is_short, whole
from app.ui.scenario.state import ScenarioState

Index = QModelIndex | QPersistentModelIndex
# The figure (a YearFigures attribute) per row of the years table; labels in _label.
YEAR_ROWS: tuple[str, ...] = (
    "investment",
    "investment_income",
    "investment_net",
    "room_investment",
    "balance_investment",
    "operating",
    "operating_income",
    "operating_net",
    "room_operating",
    "balance_operating",
)
BALANCE_ROWS = {4, 9}


class YearsModel(QAbstractTableModel):
    """Rows: the figures; columns: the years of the planning period."""

    def __init__(self, state: ScenarioState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._figures: list[YearFigures] = state.figures()
        state.figuresChanged.connect(self.refresh)

    def refresh(self) -> None:
        years_changed = len(self._figures) != len(self.state.years)
        if years_changed:
            self.beginResetModel()
        self._figures = self.state.figures()
        if years_changed:
            self.endResetModel()
        else:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(YEAR_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._figures)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self._figures[section].year)
        return self._label(section)

    def _label(self, row: int) -> str:
        return [
            self.tr("Investering: uitgaven"),
            self.tr("Investering: ontvangsten"),
            self.tr("Investering: netto"),
            self.tr("Investeringsruimte"),
            self.tr("Saldo investering"),
            self.tr("Werking: uitgaven"),
            self.tr("Werking: ontvangsten"),
            self.tr("Werking: netto"),
            self.tr("Werkingsruimte"),
            self.tr("Saldo werking"),
        ][row]

    def value(self, row: int, column: int) -> float:
        return float(getattr(self._figures[column], YEAR_ROWS[row]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self.value(row, column)
        balance = row in BALANCE_ROWS
        if role == Qt.ItemDataRole.DisplayRole:
            if balance:
                return balance_text(value, self.tr("ok"), self.tr("tekort"))
            return number(whole(value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if balance and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(SHORT if is_short(value) else GOOD)
        if balance and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


TICK, RANK, PROPOSAL, DECISION, INVESTMENT, OPERATING = range(6)


class ProposalsModel(QAbstractTableModel):
    """The keuze fiches in order, each with a tick: in the plan or not."""

    def __init__(self, state: ScenarioState, on_tick: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.on_tick = on_tick  # (fiche id, wanted) -> None
        self._ids: list[str] = list(state.keuze)
        self._row_of = {i: n for n, i in enumerate(self._ids)}
        state.proposalsChanged.connect(self.reset)

    def reset(self) -> None:
        self.beginResetModel()
        self._ids = list(self.state.keuze)
        self._row_of = {i: n for n, i in enumerate(self._ids)}
        self.endResetModel()

    def proposal_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, proposal_id: str) -> int:
        return self._row_of.get(proposal_id, -1)

    def changed_row(self, proposal_id: str) -> None:
        row = self.row_of(proposal_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("In plan"),
            self.tr("Rang"),
            self.tr("Fiche"),
            self.tr("Besluit"),
            self.tr("Investering netto (€)"),
            self.tr("Werking netto (€)"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TICK:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        proposal_id = self._ids[index.row()]
        f = self.state.proposals[proposal_id]
        column = index.column()
        if column == TICK:
            if role == Qt.ItemDataRole.CheckStateRole:
                taken = self.state.is_taken(proposal_id)
                return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("ja") if self.state.is_taken(proposal_id) else self.tr("nee")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, INVESTMENT, OPERATING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == RANK:
            rank = self.state.rank.get(proposal_id)
            return "" if rank is None else str(rank)
        if column == PROPOSAL:
            return f"{f.code} · {f.title}" if f.code else f.title
        if column == DECISION:
            return shown(f.decision.label)
        inv, op = self.state.net(proposal_id)
        return number(whole(inv if column == INVESTMENT else op))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != TICK or role != Qt.ItemDataRole.CheckStateRole:
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        self.on_tick(self._ids[index.row()], wanted)
        return True


class ScenarioView(View):
    key = "scenario"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.state = ScenarioState(controller.store, controller.workshop.id, self)
        self.years_model = YearsModel(self.state, self)
        self.proposals_model = ProposalsModel(self.state, self.tick, self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting van het scenario"))
        self.round = QComboBox(self)
        self.round.setAccessibleName(self.tr("Volgorde van de keuzefiches"))
        self.fill_button = QPushButton(self.tr("&Aanvullen volgens rangschikking"), self)
        self.fill_button.setToolTip(
            self.tr(
                "Neemt keuzefiches op in de volgorde van de gekozen ronde zolang elk jaar "
                "in evenwicht blijft"
            )
        )
        self.project_button = QPushButton(self.tr("Op het &projectiescherm"), self)
        self.fill_report = QLabel(self)
        self.fill_report.setWordWrap(True)
        self.fill_report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.years = QTableView(self)
        self.years.setModel(self.years_model)
        self.years.setAccessibleName(self.tr("Sommen en saldo per jaar"))
        self.years.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Fixed row heights: sizing to contents would measure every cell after each tick.
        self.years.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.years.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.years.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.proposals = QTableView(self)
        self.proposals.setModel(self.proposals_model)
        self.proposals.setAccessibleName(self.tr("Keuzefiches, aan te vinken"))
        self.proposals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals.verticalHeader().hide()
        # Widths from the font, never from the contents: sizing to the contents would
        # measure every one of a thousand rows again after each tick.
        header = self.proposals.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROPOSAL, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("0")
        for column, chars in (
            (TICK, 9),
            (RANK, 5),
            (DECISION, 8),
            (INVESTMENT, 19),
            (OPERATING, 16),
        ):
            header.resizeSection(column, em * chars)
        self.proposals.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Volgorde:"), self))
        top.addWidget(self.round, 1)
        top.addWidget(self.fill_button)
        top.addWidget(self.project_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.years)
        below = QWidget(split)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.fill_report)
        below_layout.addWidget(self.proposals, 1)
        split.addWidget(below)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.state.figuresChanged.connect(self._show_summary)
        self.round.currentIndexChanged.connect(self._round_chosen)
        self.fill_button.clicked.connect(self.fill)
        self.project_button.clicked.connect(self.project)
        self._fill_rounds()
        self._show_summary()
        self._fit_years()

    def title(self) -> str:
        return self.tr("Scenario")

    # -- rounds ----------------------------------------------------------------------

    def _fill_rounds(self) -> None:
        """Rounds over fiches that have a ranking (open or closed); the last closed one
        first chosen."""
        store, ws = self.controller.store, self.controller.workshop.id
        current = self.round.currentData()
        self.round.blockSignals(True)
        self.round.clear()
        self.round.addItem(self.tr("volgorde van de fiches"), None)
        chosen = 0
        for r in rounds.rounds.list(store, ws):
            if r.status is RoundStatus.DRAFT:
                continue
            if not any(o.kind is OptionKind.PROPOSAL for o in r.options):
                continue
            self.round.addItem(self.tr("rangschikking van {0}").format(r.title), r.id)
            if r.id == current or (current is None and r.status is RoundStatus.CLOSED):
                chosen = self.round.count() - 1
        self.round.setCurrentIndex(chosen)
        self.round.blockSignals(False)
        self._round_chosen()

    def _round_chosen(self) -> None:
        self.state.set_round(self.round.currentData())
        self.fill_button.setEnabled(self.round.currentData() is not None)
        self.fill_report.clear()

    # -- what it says ----------------------------------------------------------------

    def _show_summary(self) -> None:
        keuze = [self.state.proposals[i] for i in self.state.keuze]
        taken = sum(1 for i in self.state.keuze if self.state.is_taken(i))
        short = [str(y.year) for y in self.state.figures() if not y.fits]
        verdict = (
            self.tr("In evenwicht: geen enkel jaar komt tekort.")
            if not short
            else self.tr("NIET in evenwicht: tekort in {0}.").format(", ".join(short))
        )
        colour = SHORT if short else GOOD
        self._set_summary(
            self.tr("{0} verplichte fiches · {1} van {2} keuzefiches in het plan · {3}").format(
                len(self.state.mandatory()),
                taken,
                len(keuze),
                f'<b style="color:{colour}">{verdict}</b>',
            )  # fmt: skip
        )

    def _set_summary(self, text: str) -> None:
        if self.summary.text() != text:
            self.summary.setText(text)

    def _fit_years(self) -> None:
        rows = self.years_model.rowCount()
        height = self.years.horizontalHeader().height() + 4
        height += sum(self.years.rowHeight(r) for r in range(rows))
        self.years.setMinimumHeight(height)

    # -- ticking ---------------------------------------------------------------------

    def tick(self, proposal_id: str, wanted: bool) -> None:
        """Take a fiche in or out: the figures first, then the decision."""
        if self.state.toggle(proposal_id, wanted) != wanted:
            return
        self.proposals_model.changed_row(proposal_id)
        store = self.controller.store
        label = self.tr("Fiche in het plan") if wanted else self.tr("Fiche uit het plan")
        decision = Decision.YES if wanted else Decision.OPEN
        done = self.controller.perform(
            label,
            lambda: decisions.decide(store, [proposal_id], decision),
            undo=lambda value: lambda: decisions.restore_decisions(store, value.before),
        )
        if done is None:  # refused (a read-only store...): the figures go back
            self.state.toggle(proposal_id, not wanted)
            self.proposals_model.changed_row(proposal_id)

    def fill(self) -> None:
        round_id = self.round.currentData()
        if round_id is None:
            return
        s = self.state
        proposals = list(s.proposals.values())
        order = [i for i in s.keuze if i in s.rank]
        result = sc.fill_by_ranking(s.years, proposals, s.rooms, order)
        lines = []
        if result.taken:
            store = self.controller.store
            self.controller.perform(
                self.tr("Aanvullen volgens rangschikking"),
                lambda: decisions.decide(store, result.taken, Decision.YES),
                undo=lambda value: lambda: decisions.restore_decisions(store, value.before),
            )
            lines.append(
                self.tr("Opgenomen: {0}.").format(", ".join(self._name(i) for i in result.taken))
            )
        else:
            lines.append(self.tr("Geen enkele fiche past er nog bij."))
        for skipped in result.skipped:
            lines.append(self.tr("Overgeslagen: {0} ({1})").format(
                self._name(skipped.proposal_id), shown(skipped.reason)))  # fmt: skip
        self.fill_report.setText("\n".join(lines))

    def _name(self, proposal_id: str) -> str:
        f = self.state.proposals[proposal_id]
        return f.code or f.title

    # -- projector -------------------------------------------------------------------

    def project(self) -> None:
        from app.ui.scenario.projector import show_on_projector

        show_on_projector(self.window(), self.state)

    # -- following the store ---------------------------------------------------------

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.ROUND, Entity.OPTION, Entity.BALLOT):
            self._fill_rounds()
        self.state.on_changed(changes)
        if changes.touches(Entity.WORKSHOP):
            self._fit_years()
