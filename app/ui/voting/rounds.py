"""Stemrondes: make a round from fiches, open and close it, take phone and paper
ballots, reveal and read the ranking, and drive the projected voting screen.

The voting server runs here (one join URL for every round of the workshop); its
ballots arrive through :class:`app.ui.voting.bridge.VotingBridge` as queued
signals. It stops with the round: closing the open round stops it, and opening
the next round starts it again on the same address and port (so the QR code and
the phones that stayed on the page keep working). It stops for good with the
window (:meth:`RoundsView.shutdown`, from the main window's closeEvent) or when
the facilitator stops it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import ranking, records
from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import RoundStatus, VotingMethod
from app.services import budget_round, organisation, paths, proposal_index, rounds, swot, voting
from app.services.outcome import Outcome
from app.services.rounds import BallotInput, Results
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown
from app.ui.base.view import View
from app.ui.voting.bridge import VotingBridge
from app.ui.voting.network_check import NetworkCheck
from app.ui.voting.projector_page import VotingPage, rank_labels
from app.ui.voting.round_dialogs import NewRound, NewRoundDialog, PaperBallotDialog
from app.voting import network
from app.voting.server import ALL_INTERFACES, DEFAULT_PORT, VotingServerError

ID_ROLE = Qt.ItemDataRole.UserRole


class RoundsView(View):
    key = "round"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.bridge = VotingBridge(controller.store, self)
        self.bridge.connect_counts(self._on_ballot)
        # The devices count lives in the server: shown while it runs, gone when it stops.
        self.bridge.runningChanged.connect(lambda _running: self._show_count())
        # Where the facilitator started the server: it comes back there with the next round.
        self.serving: tuple[str, int] | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.bridge.stop)  # a second line of defence
        self.page: VotingPage | None = None
        self.remaining: int | None = None
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self._rounds: list[records.VotingRound] = []

        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Stemrondes"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ronde"), self.tr("Methode"), self.tr("Status"), self.tr("Stemmen")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._show_selected)

        def button(text: str, slot, name: str = "") -> QPushButton:
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            if name:
                b.setAccessibleName(name)
            return b

        self.new_button = button(self.tr("&Nieuwe ronde…"), self.new_round)
        self.open_button = button(self.tr("&Openen"), self.open_selected)
        self.close_button = button(self.tr("&Sluiten"), self.close_selected)
        self.reveal_button = button(self.tr("Resultaat &tonen"), self.toggle_reveal)
        self.paper_button = button(self.tr("&Papieren stembrief…"), self.paper_ballot)
        self.totals_button = button(self.tr("Papieren to&talen…"), self.paper_totals)
        self.revote_button = button(self.tr("&Herstemming…"), self.revote)
        self.project_button = button(self.tr("Op &projectiescherm"), self.project)
        actions = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.close_button, self.reveal_button):
            actions.addWidget(b)
        actions2 = QHBoxLayout()
        for b in (self.paper_button, self.totals_button, self.revote_button, self.project_button):
            actions2.addWidget(b)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Aantal stemmen"))
        self.cluster = QComboBox(self)
        self.cluster.setAccessibleName(self.tr("Resultaat per cluster"))
        self.cluster.currentIndexChanged.connect(lambda _i: self._show_results())
        self.top_n = QSpinBox(self)
        self.top_n.setRange(0, 99)
        self.top_n.setSpecialValueText(self.tr("geen"))
        self.top_n.setAccessibleName(self.tr("Top N markeren"))
        self.top_n.editingFinished.connect(self._set_top_n)
        # One device, one voice (issue 15): raised for a tablet the room shares.
        self.devices = QSpinBox(self)
        self.devices.setRange(1, 500)
        self.devices.setAccessibleName(self.tr("Toestellen per netwerkadres"))
        self.devices.setToolTip(
            self.tr(
                "Hoeveel toestellen (telefoons, browsers) vanaf één netwerkadres mogen "
                "stemmen in deze ronde. 1: één toestel, één stem. Verhoog het voor een "
                "tablet die in de zaal rondgaat."
            )
        )
        self.devices.editingFinished.connect(self._set_devices)
        # Named to anonymous while no ballot is cast; anonymous to named only as a draft
        # (the service says why it refuses, in the status bar).
        self.anonymous = QCheckBox(self.tr("Anon&iem stemmen"), self)
        self.anonymous.setAccessibleName(self.tr("Anoniem stemmen"))
        self.anonymous.toggled.connect(self._set_anonymous)
        self.tie_label = QLabel(self)
        self.tie_label.setWordWrap(True)
        self.results = QTableWidget(0, 5, self)
        self.results.setAccessibleName(self.tr("Resultaat"))
        self.results.setHorizontalHeaderLabels(
            [self.tr("Rang"), self.tr("Optie"), self.tr("Score"), self.tr("Kost"), self.tr("Past")]
        )
        # A budget round with whole fiches: what each costs, and the set that fits.
        self.fits_label = QLabel(self)
        self.fits_label.setWordWrap(True)
        self.fits_label.setAccessibleName(self.tr("Wat past in het budget"))
        self.results.verticalHeader().setVisible(False)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        result_bar = QFormLayout()
        result_bar.addRow(self.tr("&Cluster:"), self.cluster)
        result_bar.addRow(self.tr("Top &N:"), self.top_n)
        result_bar.addRow(self.tr("Toestellen per &adres:"), self.devices)
        result_bar.addRow("", self.anonymous)

        # -- server, Wi-Fi, timer --
        self.interface = QComboBox(self)
        self.interface.setAccessibleName(self.tr("Netwerk voor de telefoons"))
        self.interface.addItem(self.tr("Alle netwerken"), ALL_INTERFACES)
        for iface in network.ipv4_interfaces():
            self.interface.addItem(iface.label, iface.address)
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Poort"))
        self.server_button = button(self.tr("Stemserver &starten"), self.toggle_server)
        self.url_label = QLabel(self.tr("De stemserver staat uit."), self)
        self.url_label.setAccessibleName(self.tr("Adres om te stemmen"))
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ssid = QLineEdit(self)
        self.ssid.setAccessibleName(self.tr("Wifi-naam"))
        self.password = QLineEdit(self)
        self.password.setAccessibleName(self.tr("Wifi-wachtwoord"))
        for edit in (self.ssid, self.password):
            edit.editingFinished.connect(self._update_page)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 120)
        self.minutes.setValue(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minuten voor de timer"))
        self.timer_button = button(self.tr("&Timer starten"), self.toggle_timer)
        self.timer_label = QLabel(self)
        self.timer_label.setAccessibleName(self.tr("Resterende tijd"))
        server_box = QGroupBox(self.tr("Stemmen met de telefoon"), self)
        server_form = QFormLayout(server_box)
        server_form.addRow(self.tr("Net&werk:"), self.interface)
        server_form.addRow(self.tr("Poo&rt:"), self.port)
        server_form.addRow(self.server_button, self.url_label)
        self.network_check = NetworkCheck(lambda: self.serving, self._join_token, self._room, self)
        server_form.addRow(self.network_check)
        server_form.addRow(self.tr("&Wifi-naam:"), self.ssid)
        server_form.addRow(self.tr("Wifi-&wachtwoord:"), self.password)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.minutes)
        timer_row.addWidget(self.timer_button)
        timer_row.addWidget(self.timer_label, 1)
        # A label made for a layout has no buddy, and would show its "&" as is.
        timer_label = QLabel(self.tr("Ti&mer:"), self)
        timer_label.setBuddy(self.minutes)
        server_form.addRow(timer_label, timer_row)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        left_layout.addLayout(actions2)
        left_layout.addWidget(server_box)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.count_label)
        right_layout.addLayout(result_bar)
        right_layout.addWidget(self.tie_label)
        right_layout.addWidget(self.fits_label)
        right_layout.addWidget(self.results, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(splitter)
        self.reload()

    def activate(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- loading -------------------------------------------------------------------------

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(
            Entity.ROUND,
            Entity.OPTION,
            Entity.BALLOT,
            Entity.BALLOT_ENTRY,
            Entity.CLUSTER,
            Entity.PROPOSAL,
        ):
            self.reload()

    def reload(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        current = self.current()
        self._rounds = [
            r for r in rounds.rounds.list(store, ws) if r.method is not VotingMethod.SURVEY
        ]
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rounds))
        for n, r in enumerate(self._rounds):
            cells = (r.title, r.method.label, r.status.label, str(r.ballot_count))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                self.table.setItem(n, column, item)
        self.table.blockSignals(False)
        chosen = self.cluster.currentData()
        self.cluster.blockSignals(True)
        self.cluster.clear()
        self.cluster.addItem(self.tr("Alle clusters"), None)
        for c in organisation.clusters.list(store, ws):
            self.cluster.addItem(c.name, c.id)
        self.cluster.setCurrentIndex(max(0, self.cluster.findData(chosen)))
        self.cluster.blockSignals(False)
        ids = [r.id for r in self._rounds]
        if current is not None and current.id in ids:
            self.table.selectRow(ids.index(current.id))
        elif ids:
            self.table.selectRow(0)
        self._show_selected()

    def current(self) -> records.VotingRound | None:
        row = self.table.currentRow()
        items = self.table.selectedItems()
        if not items or not 0 <= row < len(self._rounds):
            return None
        return self._rounds[items[0].row()]

    def select(self, round_id: str) -> None:
        for n, r in enumerate(self._rounds):
            if r.id == round_id:
                self.table.selectRow(n)

    def _show_selected(self) -> None:
        r = self.current()
        status = r.status if r else None
        self.open_button.setEnabled(status is RoundStatus.DRAFT)
        self.close_button.setEnabled(status is RoundStatus.OPEN)
        self.reveal_button.setEnabled(r is not None)
        self.reveal_button.setText(
            self.tr("Resultaat &verbergen") if r and r.revealed else self.tr("Resultaat &tonen")
        )
        for b in (self.paper_button,):
            # An ideas round takes no ballots, on paper neither.
            b.setEnabled(status is RoundStatus.OPEN and r is not None and r.method.has_options)
        self.totals_button.setEnabled(
            status is RoundStatus.OPEN and r is not None and r.method is VotingMethod.DOTS
        )
        self.top_n.blockSignals(True)
        self.top_n.setValue(r.top_n if r else 0)
        self.top_n.blockSignals(False)
        self.devices.blockSignals(True)
        self.devices.setValue(r.devices_per_address if r else 1)
        self.devices.setEnabled(r is not None and status is not RoundStatus.CLOSED)
        self.devices.blockSignals(False)
        self.anonymous.blockSignals(True)
        self.anonymous.setChecked(r.anonymous if r else True)
        self.anonymous.setEnabled(r is not None and status is not RoundStatus.CLOSED)
        self.anonymous.blockSignals(False)
        self._show_results()

    def result(self) -> Results | None:
        r = self.current()
        if r is None:
            return None
        return rounds.results(self.controller.store, r.id, self.cluster.currentData())

    def _show_results(self) -> None:
        r = self.current()
        res = self.result()
        self._show_count()
        ranking_ = res.ranking if res else []
        labels = rank_labels(ranking_)
        self.results.setRowCount(len(ranking_))
        top = r.top_n if r else 0
        fit = budget_round.fitting(res.round, res.fits) if res else None
        self._show_fitting(fit)
        for n, (label, item) in enumerate(zip(labels, ranking_, strict=True)):
            cells: tuple[str, ...] = (label, item.title, f"{item.score:g}")
            if fit is not None:
                cost = fit.costs.get(item.option_id)
                cells += (
                    "" if cost is None else ranking.euro(cost),
                    self.tr("ja") if item.option_id in fit.fits else "",
                )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (2, 3):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if (top and item.rank <= top) or (fit is not None and item.option_id in fit.fits):
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.results.setItem(n, column, cell)
        tied = self.tied()
        self.revote_button.setEnabled(bool(tied))
        self.tie_label.setText(
            self.tr("Gelijke stand rond plaats {0}: {1} opties. Een herstemming beslist.").format(
                top, len(tied)
            )
            if tied
            else ""
        )
        self._update_page()

    def _show_fitting(self, fit: budget_round.Fitting | None) -> None:
        """Columns and a line for a budget round with whole fiches; hidden otherwise."""
        for column in (3, 4):
            self.results.setColumnHidden(column, fit is None)
        header = self.results.horizontalHeaderItem(2)
        if header is not None:
            header.setText(self.tr("Telefoons") if fit is not None else self.tr("Score"))
        self.fits_label.setVisible(fit is not None)
        if fit is None:
            self.fits_label.setText("")
            return
        basis = budget_round.basis_label(fit.basis or budget_round.INVESTMENT)
        self.fits_label.setText(
            self.tr(
                "Hele fiches ({0}). Score: hoeveel telefoons de fiche kozen. Past in het "
                "budget van {1}, in volgorde van de rangschikking: {2} fiches voor {3}, {4} over."
            ).format(
                shown(basis),
                ranking.euro(fit.budget),
                len(fit.fits),
                ranking.euro(fit.spent),
                ranking.euro(fit.left),
            )
        )

    def tied(self) -> list[str]:
        """Option ids tied across the top-N boundary (over all ballots): the
        services' round rule (rounds.tie)."""
        r = self.current()
        found = rounds.tie(self.controller.store, r.id) if r is not None else None
        return list(found.tied) if found else []

    # -- edits ---------------------------------------------------------------------------

    def new_round_dialog(self) -> NewRoundDialog:
        store, ws = self.controller.store, self.controller.workshop.id
        summaries = proposal_index.summaries(store, ws)
        clusters = {c.id: c.name for c in organisation.clusters.list(store, ws)}
        return NewRoundDialog(
            summaries,
            clusters,
            self,
            swot_items=swot.list_items(store, ws),
            paths=paths.paths.list(store, ws),
            pricer=lambda ids, basis: budget_round.price(store, ws, ids, basis),
        )

    def new_round(self) -> None:
        dialog = self.new_round_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_round(dialog.value())

    def create_round(self, new: NewRound) -> records.VotingRound | None:
        store, ws = self.controller.store, self.controller.workshop.id
        options = new.options
        if new.whole:
            # Fiches without a cost are left out: the dialog named them before.
            return self._create(
                lambda: budget_round.create_budget_round(
                    store,
                    ws,
                    new.title,
                    new.target_ids,
                    basis=new.cost_basis,
                    budget_=new.rules["budget"],
                    leave_out_free=True,
                    question=new.question,
                    anonymous=new.anonymous,
                )
            )
        return self._create(
            lambda: rounds.create_round(
                store,
                ws,
                new.title,
                new.method,
                options,
                new.rules,
                question=new.question,
                anonymous=new.anonymous,
            )
        )

    def _create(
        self, make: Callable[[], Outcome[records.VotingRound]]
    ) -> records.VotingRound | None:
        store = self.controller.store
        made: records.VotingRound | None = self.controller.create_with(
            self.tr("Stemronde maken"),
            make,
            delete=lambda round_id: rounds.rounds.delete(store, round_id),
            restore=lambda gone: rounds.rounds.restore(store, gone),
        )
        if made is not None:
            self.select(made.id)
        return made

    def open_selected(self) -> None:
        r = self.current()
        if r is None:
            return
        opened = self.controller.apply(lambda: rounds.open_round(self.controller.store, r.id))
        self.bridge.round_changed()
        if opened is not None and self.serving is not None and not self.bridge.running:
            self.start_server(*self.serving)  # back where the phones left it
        if opened is not None and r.method is VotingMethod.IDEAS:
            # The ideas will come in: the queue opens beside the board, on this round.
            show = getattr(self.window(), "show_ideas_queue", None)
            dock = show(True) if callable(show) else None
            if dock is not None:
                dock.widget().set_round(r.id)

    def close_selected(self) -> None:
        r = self.current()
        if r is None:
            return
        closed = self.controller.apply(lambda: rounds.close_round(self.controller.store, r.id))
        self.bridge.round_changed()
        if closed is not None and not self._any_open():
            self._stop_server(
                self.tr("De stemserver stopte met de ronde en start weer met de volgende ronde.")
                if self.serving is not None
                else self.tr("De stemserver staat uit.")
            )

    def _any_open(self) -> bool:
        store, ws = self.controller.store, self.controller.workshop.id
        return any(r.status is RoundStatus.OPEN for r in rounds.rounds.list(store, ws))

    def shutdown(self) -> None:
        """The window closes: stop the voting server (and the timer) now."""
        self.serving = None
        self.clock.stop()
        self.bridge.stop()

    def toggle_reveal(self) -> None:
        r = self.current()
        if r is not None:
            self._update_round(
                r,
                self.tr("Resultaat verbergen") if r.revealed else self.tr("Resultaat tonen"),
                revealed=not r.revealed,
            )

    def _show_count(self) -> None:
        self.count_label.setText(self._count_text(self.current()))

    def _count_text(self, r: records.VotingRound | None) -> str:
        """ "12 stemmen", and while the server runs, from how many devices: far fewer
        devices than phone ballots is a sign of one phone voting for many."""
        if r is None:
            return self.tr("Geen ronde gekozen")
        devices = self.bridge.devices(r.id)
        if devices is None or r.status is not RoundStatus.OPEN:
            return self.tr("{0} stemmen").format(r.ballot_count)
        return self.tr("{0} stemmen, van {1} toestellen via de stemserver").format(
            r.ballot_count, devices
        )

    def _set_anonymous(self, checked: bool) -> None:
        r = self.current()
        if r is not None and r.anonymous != checked:
            self._update_round(r, self.tr("Anoniem stemmen"), anonymous=checked)
            self.bridge.round_changed()
        self._show_selected()  # refused: the box shows the round as it is

    def _set_devices(self) -> None:
        r = self.current()
        if r is not None and r.devices_per_address != self.devices.value():
            self._update_round(
                r, self.tr("Toestellen per netwerkadres"), devices_per_address=self.devices.value()
            )
            self.bridge.round_changed()

    def _set_top_n(self) -> None:
        r = self.current()
        if r is not None and r.top_n != self.top_n.value():
            self._update_round(r, self.tr("Top N markeren"), top_n=self.top_n.value())

    def _update_round(self, r: records.VotingRound, label: str, **values: object) -> None:
        store = self.controller.store
        old = {key: getattr(r, key) for key in values}
        self.controller.perform(
            label,
            lambda: rounds.update_round(store, r.id, **values),
            undo=lambda _rec: lambda: rounds.update_round(store, r.id, **old),
        )

    def paper_ballot_dialog(self) -> PaperBallotDialog | None:
        r = self.current()
        if r is None:
            return None
        store, ws = self.controller.store, self.controller.workshop.id
        clusters = organisation.clusters.list(store, ws)
        people = [] if r.anonymous else organisation.participants.list(store, ws)
        return PaperBallotDialog(r, clusters, parent=self, participants=people)

    def paper_ballot(self) -> None:
        dialog = self.paper_ballot_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.cast_paper(
                dialog.round.id,
                dialog.entries(),
                dialog.cluster.currentData(),
                dialog.participant_id(),
            )

    def cast_paper(
        self,
        round_id: str,
        entries: object,
        cluster_id: str | None = None,
        participant_id: str | None = None,
    ) -> records.Ballot | None:
        """A paper ballot typed in. Undo takes it out again while the round is open
        (a slip of the keyboard); redo puts it back under the same id."""
        store = self.controller.store
        ballot = BallotInput(entries, cluster_id=cluster_id, participant_id=participant_id)
        return self.controller.perform(
            self.tr("Papieren stembrief"),
            lambda: rounds.cast_ballot(store, round_id, ballot),
            undo=lambda rec: lambda: rounds.remove_paper_ballot(store, rec.id),
            redo=lambda rec: lambda: rounds.cast_ballot(store, round_id, ballot, id=rec.id),
        )

    def paper_totals(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = PaperBallotDialog(r, [], totals=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.apply(
                lambda: voting.cast_paper_dot_totals(
                    self.controller.store, r.id, dialog.entries(), dialog.voters.value()
                )
            )

    def revote(self) -> records.VotingRound | None:
        """A new draft round with only the tied options (the services' rule: rounds.revote)."""
        r = self.current()
        if r is None or not self.tied():
            return None
        store = self.controller.store
        title = self.tr("Herstemming: {0}").format(r.title)
        return self._create(lambda: rounds.revote(store, r.id, title))

    # -- the voting server ---------------------------------------------------------------

    def toggle_server(self) -> None:
        if self.bridge.running:
            self.serving = None
            self._stop_server(self.tr("De stemserver staat uit."))
        else:
            self.start_server(self.interface.currentData(), self.port.value())
        self._update_page()

    def start_server(self, host: str, port: int) -> bool:
        try:
            self.bridge.start(host, port)
        except VotingServerError as exc:
            self.controller.failed.emit(shown(exc))
            return False
        server = self.bridge.server
        assert server is not None
        self.serving = (host, server.port)  # port 0 took a free one: keep that one
        self.server_button.setText(self.tr("Stemserver &stoppen"))
        self.url_label.setText(self.join_url())
        self.network_check.refresh()
        self._update_page()
        return True

    def _stop_server(self, message: str) -> None:
        self.bridge.stop()
        self.server_button.setText(self.tr("Stemserver &starten"))
        self.url_label.setText(message)
        self.network_check.refresh()
        self._update_page()

    def join_url(self) -> str:
        return self.bridge.join_url(self.controller.workshop.id)

    def _join_token(self) -> str:
        return voting.join_token(self.controller.store, self.controller.workshop.id)

    def _room(self) -> int:
        """How many phones to expect: the workshop's participants."""
        store, workshop = self.controller.store, self.controller.workshop
        return len(organisation.participants.list(store, workshop.id))

    def _on_ballot(self, round_id: str, count: int) -> None:
        """Queued from the server's writer thread: runs in the GUI thread."""
        ideas_round = any(r.id == round_id and r.method is VotingMethod.IDEAS for r in self._rounds)
        if ideas_round:
            # Phones' ideas: the queue beside the board (and the projector) read the
            # round again. The writer does not say which ideas; the round's id stands in.
            arrived = ChangeSet()
            arrived.add("created", Entity.IDEA.value, round_id)
            self.controller.refresh(arrived)
        for n, r in enumerate(self._rounds):
            cell = self.table.item(n, 3) if r.id == round_id else None
            if cell is not None:
                cell.setText(str(count))
        current = self.current()
        if current is not None and current.id == round_id:
            self.reload()
        if self.page is not None:
            self.page.set_count(count)

    # -- timer ---------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        if self.clock.isActive():
            self.stop_timer()
        else:
            self.start_timer(self.minutes.value() * 60)

    def start_timer(self, seconds: int) -> None:
        self.remaining = seconds
        self.clock.start()
        self.timer_button.setText(self.tr("&Timer stoppen"))
        self._show_time()

    def stop_timer(self) -> None:
        self.clock.stop()
        self.remaining = None
        self.timer_button.setText(self.tr("&Timer starten"))
        self._show_time()

    def _tick(self) -> None:
        if self.remaining is None:
            return
        self.remaining = max(0, self.remaining - 1)
        if self.remaining == 0:
            self.clock.stop()
            self.timer_button.setText(self.tr("&Timer starten"))
        self._show_time()

    def _show_time(self) -> None:
        if self.remaining is None:
            self.timer_label.setText("")
        else:
            minutes, rest = divmod(self.remaining, 60)
            self.timer_label.setText(f"{minutes}:{rest:02d}")
        if self.page is not None:
            self.page.set_timer(self.remaining)

    # -- the projected screen ------------------------------------------------------------

    def voting_page(self) -> VotingPage:
        if self.page is None:
            self.page = VotingPage()
            self.page.destroyed.connect(self._forget_page)
            self._update_page()
        return self.page

    def _forget_page(self) -> None:
        self.page = None

    def project(self) -> None:
        projector = getattr(self.window(), "projector", None)
        if projector is None:
            return
        projector.ensure_window().show_page(self.voting_page())
        projector.set_visible(True)

    def _update_page(self) -> None:
        page = self.page
        if page is None:
            return
        r = self.current()
        if r is not None:
            res = rounds.results(self.controller.store, r.id) if r.revealed else None
            page.show_round(r, res)
        page.set_join_url(self.join_url() if self.bridge.running else "")
        page.set_wifi(self.ssid.text().strip(), self.password.text())
        page.set_timer(self.remaining)
