"""Voorstellen: every fiche in a table to sort and filter, and one fiche in its form."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import Decision, OptionKind, RoundStatus
from app.domain.errors import ValidationError
from app.services import decisions, organisation, proposal_index, rounds
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown
from app.ui.base.texts import QT_TRANSLATE_NOOP
from app.ui.base.view import View
from app.ui.proposals import money
from app.ui.proposals.proposal_form import PROPOSAL_TABLES, ProposalForm
from app.ui.proposals.sdg_buttons import COLOURS, sdg_name
from app.ui.proposals.table import (
    CLUSTER,
    CODE,
    COST,
    DECISION,
    KIND,
    NO_CLUSTER,
    OBJECTIVE,
    OPERATING,
    SDGS,
    TITLE,
    Cluster,
    ProposalFilter,
    ProposalTableModel,
)
from app.ui.widgets.editors.actions import add_action
from app.ui.widgets.editors.record_edits import create_proposal, delete_proposal

SHORTCUTS = {
    "proposals_search": shortcuts.add(
        "proposals_search", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Voorstellen: zoeken")
    ),
    "proposals_new": shortcuts.add(
        "proposals_new", "Ins", QT_TRANSLATE_NOOP("Shortcuts", "Voorstellen: nieuw voorstel")
    ),
    "fiche_next": shortcuts.add(
        "fiche_next", "Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Fiche: volgende voorstel")
    ),
    "fiche_previous": shortcuts.add(
        "fiche_previous", "Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Fiche: vorige voorstel")
    ),
}
LIST_PAGE, PROPOSAL_PAGE = 0, 1


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class _Table(QTableView):
    """Enter opens the fiche, Delete deletes it (undo brings it back)."""

    def __init__(self, view: ProposalsView) -> None:
        super().__init__(view)
        self.view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.view.open_current()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.view.delete_current()
            return
        super().keyPressEvent(event)


class ProposalsView(View):
    key = "proposals"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = ProposalTableModel(self)
        self.proxy = ProposalFilter(self)
        self.proxy.setSourceModel(self.model)
        self._stale = True
        self.stack = QStackedWidget(self)
        list_page = self._list_page()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self._proposal_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        add_action(self, SHORTCUTS["proposals_search"], self.focus_search)
        # Only on the list: in the fiche, Insert adds a SWOT link.
        add_action(list_page, SHORTCUTS["proposals_new"], self.new_proposal)
        add_action(self, SHORTCUTS["fiche_next"], lambda: self.step(1))
        add_action(self, SHORTCUTS["fiche_previous"], lambda: self.step(-1))
        self.reload()

    # -- the list page -------------------------------------------------------------------

    def _list_page(self) -> QWidget:
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Zoek in code, titel, doelstelling en projectdoel…"))
        self.search.setAccessibleName(self.tr("Zoeken in de voorstellen"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.cluster_filter = self._combo(self.tr("Filter op sector"))
        self.cluster_filter.currentIndexChanged.connect(self._cluster_filtered)
        self.objective_filter = self._combo(self.tr("Filter op beleidsdoelstelling"))
        self.objective_filter.setMinimumContentsLength(22)
        self.objective_filter.currentIndexChanged.connect(
            lambda _i: self._filter(objective=self.objective_filter.currentData())
        )
        self.kind_filter = self._combo(self.tr("Filter op verplicht of keuze"))
        self.kind_filter.addItem(self.tr("Verplicht en keuze"), None)
        self.kind_filter.addItem(self.tr("Alleen verplicht"), True)
        self.kind_filter.addItem(self.tr("Alleen keuze"), False)
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self._filter(mandatory=self.kind_filter.currentData())
        )
        self.sdg_filter = self._combo(self.tr("Filter op SDG"))
        self.sdg_filter.addItem(self.tr("Alle SDG's"), None)
        for goal in range(1, 18):
            self.sdg_filter.addItem(_swatch(COLOURS[goal - 1]), f"{goal}. {sdg_name(goal)}", goal)
        self.sdg_filter.setMinimumContentsLength(14)
        self.sdg_filter.currentIndexChanged.connect(
            lambda _i: self._filter(sdg=self.sdg_filter.currentData())
        )
        self.cost_min = self._amount(self.tr("Investering vanaf"), self.tr("vanaf €"))
        self.cost_max = self._amount(self.tr("Investering tot en met"), self.tr("tot €"))
        self.clear_button = QPushButton(self.tr("Filters &wissen"), page)
        self.clear_button.clicked.connect(self.clear_filters)

        search_label = QLabel(self.tr("&Zoeken:"), page)
        search_label.setBuddy(self.search)
        first = QHBoxLayout()
        first.addWidget(search_label)
        first.addWidget(self.search, 1)
        first.addWidget(self.cluster_filter)
        first.addWidget(self.objective_filter)
        second = QHBoxLayout()
        second.addWidget(self.kind_filter)
        second.addWidget(self.sdg_filter)
        cost_label = QLabel(self.tr("In&vestering:"), page)
        cost_label.setBuddy(self.cost_min)
        second.addWidget(cost_label)
        second.addWidget(self.cost_min)
        second.addWidget(QLabel("–", page))
        second.addWidget(self.cost_max)
        second.addStretch(1)
        second.addWidget(self.clear_button)

        self.table = _Table(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Voorstellen"))
        # Unsorted at first: the keuzenota's own order (per sector and objective).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several fiches at once: a decision for all of them (Besluit…).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (CODE, 70),
            (CLUSTER, 170),
            (OBJECTIVE, 230),
            (KIND, 120),
            (SDGS, 80),
            (COST, 120),
            (OPERATING, 110),
            (DECISION, 70),
        ):
            self.table.setColumnWidth(column, width)

        self.summary = QLabel(page)
        self.summary.setAccessibleName(self.tr("Aantal, investering en werking"))
        self.new_button = QPushButton(self.tr("&Nieuw voorstel"), page)
        self.new_button.setToolTip(self.tr("Nieuw voorstel (Insert)"))
        self.new_button.clicked.connect(self.new_proposal)
        self.open_button = QPushButton(self.tr("Fiche &openen"), page)
        self.open_button.setToolTip(self.tr("De fiche openen (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(self.tr("Verwij&deren"), page)
        self.delete_button.setToolTip(self.tr("Het voorstel verwijderen (Delete)"))
        self.delete_button.clicked.connect(self.delete_current)
        self.decide_button = QPushButton(self.tr("Bes&luit…"), page)
        self.decide_button.setToolTip(self.tr("Een besluit voor de gekozen fiches"))
        menu = QMenu(self.decide_button)
        for decision, text in (
            (Decision.YES, self.tr("Ja")),
            (Decision.NO, self.tr("Nee")),
            (Decision.LATER, self.tr("Later")),
            (Decision.OPEN, self.tr("Open")),
        ):
            menu.addAction(text, partial(self.decide_selected, decision))
        menu.addSeparator()
        menu.addAction(self.tr("De top van een gesloten ronde: ja…"), self.choose_top)
        self.decide_button.setMenu(menu)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        for button in (self.decide_button, self.new_button, self.open_button, self.delete_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            footer.addWidget(button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        return page

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        return combo

    def _amount(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setMaximumWidth(130)
        edit.editingFinished.connect(self._cost_filtered)
        return edit

    # -- the fiche page ------------------------------------------------------------------

    def _proposal_page(self) -> QWidget:
        page = QWidget(self)
        self.back_button = QPushButton(self.tr("← &Lijst"), page)
        self.back_button.setToolTip(self.tr("Terug naar de lijst (Esc)"))
        self.back_button.clicked.connect(self.show_list)
        self.previous_button = QPushButton(self.tr("‹ Vorige"), page)
        self.previous_button.setToolTip(self.tr("Vorige fiche (Ctrl+PgUp)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("Volgende ›"), page)
        self.next_button.setToolTip(self.tr("Volgende fiche (Ctrl+PgDown)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.proposal_title = QLabel(page)
        font = self.proposal_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.proposal_title.setFont(font)
        self.proposal_title.setTextFormat(Qt.TextFormat.PlainText)
        self.proposal_position = QLabel(page)
        self.proposal_delete = QPushButton(self.tr("Verwijderen"), page)
        self.proposal_delete.setToolTip(self.tr("Dit voorstel verwijderen (Ctrl+Z zet het terug)"))
        self.proposal_delete.clicked.connect(self._delete_shown)
        for button in (
            self.back_button,
            self.previous_button,
            self.next_button,
            self.proposal_delete,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.proposal_title, 1)
        bar.addWidget(self.proposal_position)
        bar.addWidget(self.proposal_delete)
        self.form = ProposalForm(self.controller, page)
        self.form.gone.connect(self.show_list)
        self.form.shown.connect(self._proposal_shown)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.form, 1)
        return page

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        current = self.current_id()
        clusters = organisation.clusters.list(store, ws)
        proposals = proposal_index.summaries(store, ws)
        self.model.set_proposals(proposals, {c.id: Cluster(c.name, c.color) for c in clusters})
        self._stale = False
        self._fill_cluster_filter(clusters, any(p.cluster_id is None for p in proposals))
        self._fill_objective_filter()
        self.form.set_objectives([p.policy_objective for p in proposals])
        if current:
            self.select(current)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._summarise()

    def _fill_cluster_filter(self, clusters: list, orphans: bool) -> None:
        box, chosen = self.cluster_filter, self.cluster_filter.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Alle sectoren"), None)
        for c in clusters:
            box.addItem(_swatch(c.color), c.name, c.id)
        if orphans:
            box.addItem(self.tr("(geen sector)"), NO_CLUSTER)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)
        if box.currentData() != self.proxy.filters.cluster_id:
            self._filter(cluster_id=box.currentData())

    def _fill_objective_filter(self) -> None:
        """The objectives of the chosen sector (all sectors: every objective)."""
        box, chosen = self.objective_filter, self.objective_filter.currentData()
        cluster = self.proxy.filters.cluster_id
        objectives = sorted(
            {
                p.policy_objective
                for p in self.model.proposals()
                if p.policy_objective
                and (
                    cluster is None
                    or (p.cluster_id or NO_CLUSTER) == cluster
                    or cluster in p.extra_cluster_ids
                )
            },
            key=str.casefold,
        )
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Alle beleidsdoelstellingen"), None)
        for objective in objectives:
            box.addItem(objective, objective)
            box.setItemData(box.count() - 1, objective, Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)
        if box.currentData() != self.proxy.filters.objective:
            self._filter(objective=box.currentData())

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*PROPOSAL_TABLES, Entity.CLUSTER):
            self._stale = True
            # While a fiche is open its form refreshes itself; the table can wait.
            if self.isVisible() and self.stack.currentIndex() == LIST_PAGE:
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def activate(self) -> None:
        if self._stale:
            self.reload()
        if self.stack.currentIndex() == LIST_PAGE:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- filtering --------------------------------------------------------------------------

    def _filter(self, **changes: object) -> None:
        current = self.current_id()
        self.proxy.set_filters(**changes)
        if current and self.model.row_of(current) >= 0:
            self.select(current)
        self._summarise()

    def _cluster_filtered(self, _index: int) -> None:
        self._filter(cluster_id=self.cluster_filter.currentData())
        self._fill_objective_filter()

    def _cost_filtered(self) -> None:
        bounds: dict[str, float | None] = {}
        for key, edit, label in (
            ("cost_min", self.cost_min, self.tr("Investering vanaf")),
            ("cost_max", self.cost_max, self.tr("Investering tot")),
        ):
            text = edit.text().strip()
            try:
                bounds[key] = money.parse(text, label) if text else None
            except ValidationError as exc:
                self.controller.failed.emit(shown(exc))
                return
        self._filter(**bounds)

    def clear_filters(self) -> None:
        for widget in (self.search, self.cost_min, self.cost_max):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for box in (self.cluster_filter, self.kind_filter, self.sdg_filter):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.proxy.clear_filters()
        self._fill_objective_filter()
        self._summarise()

    def _summarise(self) -> None:
        shown = self.proxy.visible()
        investment = sum(p.total_investment for p in shown)
        operating = sum(p.total_operating for p in shown)
        mandatory = sum(1 for p in shown if p.mandatory)
        text = self.tr("{0} van {1} voorstellen · {2} verplicht · investering {3} · werking {4}")
        self.summary.setText(
            text.format(
                len(shown),
                self.model.rowCount(),
                mandatory,
                money.euro(investment),
                money.euro(operating),
            )  # fmt: skip
        )

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection and opening --------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.proposal(r).id for r in rows]

    def decide_selected(self, decision: Decision) -> None:
        """One decision for every selected fiche: one undo step."""
        current = self.current_id()
        ids = self.selected_ids() or ([current] if current else [])
        if not ids:
            return
        store = self.controller.store
        self.controller.perform(
            self.tr("Besluit voor {0} fiche(s)").format(len(ids)),
            lambda: decisions.decide(store, ids, decision),
            undo=lambda value: lambda: decisions.restore_decisions(store, value.before),
        )

    def decide_top(self, round_id: str, top: int, decision: Decision = Decision.YES) -> None:
        """ "The top N of this round: ja" in one step (one undo step)."""
        store = self.controller.store
        self.controller.perform(
            self.tr("Top {0} van de ronde: {1}").format(top, shown(decision.label)),
            lambda: decisions.decide_top(store, round_id, top, decision),
            undo=lambda value: lambda: decisions.restore_decisions(store, value.before),
        )

    def choose_top(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        closed = [
            r
            for r in rounds.rounds.list(store, ws)
            if r.status is RoundStatus.CLOSED
            and any(o.kind is OptionKind.PROPOSAL for o in r.options)
        ]
        if not closed:
            self.controller.failed.emit(self.tr("Er is nog geen gesloten ronde over fiches."))
            return
        titles = [r.title for r in closed]
        title, ok = QInputDialog.getItem(
            self, self.tr("Top van een ronde"), self.tr("Ronde:"), titles, len(titles) - 1, False
        )
        if not ok:
            return
        chosen = closed[titles.index(title)]
        top, ok = QInputDialog.getInt(
            self, self.tr("Top van een ronde"), self.tr("De top hoeveel krijgt ja?"),
            max(1, chosen.top_n), 1, max(1, len(chosen.options)),
        )  # fmt: skip
        if ok:
            self.decide_top(chosen.id, top)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.proposal(index.row()).id if index.isValid() else None

    def select(self, proposal_id: str) -> bool:
        row = self.model.row_of(proposal_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def open_current(self) -> None:
        proposal_id = self.current_id()
        if proposal_id:
            self.open_proposal(proposal_id)

    def open_proposal(self, proposal_id: str) -> None:
        self.select(proposal_id)
        self.stack.setCurrentIndex(PROPOSAL_PAGE)
        self.form.show_proposal(proposal_id)
        self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        if self.stack.currentIndex() == PROPOSAL_PAGE:
            shown = self.form.proposal_id
            self.form.commit_pending()
            self.stack.setCurrentIndex(LIST_PAGE)
            if self._stale:
                self.reload()
            if shown:
                self.select(shown)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, delta: int) -> None:
        """The previous or next fiche in the table's current order and filter."""
        if self.stack.currentIndex() != PROPOSAL_PAGE or not self.form.proposal_id:
            return
        self.form.commit_pending()
        if self._stale:
            self.reload()
        row = self.model.row_of(self.form.proposal_id)
        here = self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1
        target = here + delta
        if 0 <= target < self.proxy.rowCount():
            self.open_proposal(self.proxy.proposal(target).id)

    def _proposal_shown(self, record: object) -> None:
        code = getattr(record, "code", "")
        title = getattr(record, "title", "")
        self.proposal_title.setText(f"{code} · {title}" if code else title)
        row = self.model.row_of(getattr(record, "id", ""))
        here = self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1
        self.proposal_position.setText(
            self.tr("fiche {0} van {1}").format(here + 1, self.proxy.rowCount())
            if here >= 0
            else ""
        )
        self.previous_button.setEnabled(here > 0)
        self.next_button.setEnabled(0 <= here < self.proxy.rowCount() - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc that no field used (a cell editor or a popup takes it first) leaves the fiche.
        if event.key() == Qt.Key.Key_Escape and self.stack.currentIndex() == PROPOSAL_PAGE:
            self.show_list()
            return
        super().keyPressEvent(event)

    # -- adding and deleting ----------------------------------------------------------------

    def new_proposal(self) -> None:
        cluster = self.proxy.filters.cluster_id
        record = create_proposal(
            self.controller,
            self.tr("Nieuw voorstel"),
            cluster_id=cluster or None,
            policy_objective=self.proxy.filters.objective or "",
        )
        if record is not None:
            if self._stale:
                self.reload()
            self.open_proposal(record.id)
            self.form.title_edit.selectAll()

    def delete_current(self) -> None:
        proposal_id = self.current_id()
        if proposal_id:
            row = self.table.currentIndex().row()
            if delete_proposal(self.controller, proposal_id) is not None and self.proxy.rowCount():
                self.table.selectRow(min(row, self.proxy.rowCount() - 1))

    def _delete_shown(self) -> None:
        proposal_id = self.form.proposal_id
        if proposal_id and delete_proposal(self.controller, proposal_id) is not None:
            self.show_list()
