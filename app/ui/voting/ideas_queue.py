"""The facilitator's incoming queue of an ideas round, beside the SWOT board.

Phones send short texts (app/services/ideas.py); they wait here until the facilitator
decides, one by one or many at once, by keyboard:

- Enter: accept (a SWOT point in its quadrant and cluster; a recommendation when
  the idea has no quadrant);
- E: edit the text (and the quadrant) first, then accept;
- M: merge into an existing point, chosen from the duplicate suggestions;
- Delete: reject (kept, off the board).

Every decision is one step on the window's undo stack. The queue follows change sets
(the rounds view reports the ideas phones send as they are committed), never polls.
An idea's text is data: it is shown as plain text everywhere, markup and all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import Quadrant, RoundStatus, VotingMethod
from app.domain.ideas import IdeaStatus
from app.services import duplicates, ideas, rounds
from app.services.ideas import Idea, Moderation
from app.ui.base.controller import WorkshopController
from app.ui.widgets.quadrants import label as quadrant_label

ID_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the idea's text alone
MERGE_CANDIDATES = 8
# What a change to these means for the queue: read the round's ideas again.
# (Not the board's points: capturing on the board must not make the queue read again.)
ENTITIES = (Entity.IDEA, Entity.ROUND, Entity.CLUSTER)


def _quadrant_text(quadrant: Quadrant | None) -> str:
    if quadrant is None:
        return QCoreApplication.translate("IdeasQueue", "— (aanbeveling)")
    return quadrant_label(quadrant)


class EditIdeaDialog(QDialog):
    """The idea's text and quadrant, to change before accepting."""

    def __init__(self, idea: Idea, quadrants: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Idee bewerken en aanvaarden"))
        self.text = QPlainTextEdit(self)  # plain text: what is typed is what is kept
        self.text.setPlainText(idea.text)
        self.text.setAccessibleName(self.tr("Tekst van het punt"))
        self.quadrant = QComboBox(self)
        self.quadrant.setAccessibleName(self.tr("Kwadrant"))
        if quadrants or idea.quadrant is not None:
            for q in Quadrant:
                self.quadrant.addItem(quadrant_label(q), q.value)
        self.quadrant.addItem(_quadrant_text(None), "")
        self.quadrant.setCurrentIndex(
            self.quadrant.findData(idea.quadrant.value if idea.quadrant else "")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Aanvaarden"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tekst:"), self))
        layout.addWidget(self.text)
        layout.addWidget(QLabel(self.tr("Kwadrant:"), self))
        layout.addWidget(self.quadrant)
        layout.addWidget(buttons)

    def result_values(self) -> tuple[str, str | None]:
        return self.text.toPlainText(), self.quadrant.currentData() or None


class MergeDialog(QDialog):
    """Which existing point the idea joins: the duplicate suggestions, best first."""

    def __init__(
        self, idea: Idea, candidates: list[duplicates.Candidate], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Samenvoegen met een bestaand punt"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Gelijkaardige punten"))
        for c in candidates:
            where = f"{quadrant_label(c.quadrant)}" + (f" · {c.cluster}" if c.cluster else "")
            item = QListWidgetItem(f"{c.text}\n{where}")  # plain text, never markup
            item.setData(ID_ROLE, c.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Samenvoegen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        idea_label = QLabel(self)
        idea_label.setTextFormat(Qt.TextFormat.PlainText)
        idea_label.setWordWrap(True)
        idea_label.setText(self.tr("Idee: {0}").format(idea.text))
        layout = QVBoxLayout(self)
        layout.addWidget(idea_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None


class IdeasQueue(QWidget):
    """The queue: the round's ideas waiting for a decision, and the decisions."""

    # The facilitator asks the projector for the round's accepted (False) or incoming
    # (True) ideas.
    projectRequested = Signal(str, bool)
    incomingChanged = Signal(bool)  # the facilitator's switch: incoming texts on the projector

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("ideasQueue")
        self.setAccessibleName(self.tr("Binnenkomende ideeën"))
        self.round = QComboBox(self)
        self.round.setAccessibleName(self.tr("Ideeënronde"))
        # A long round title must not widen the dock past a 1366-pixel laptop screen.
        self.round.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.round.setMinimumContentsLength(12)
        self.round.activated.connect(lambda _i: self.reload())
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Aantal ideeën"))
        self.model = QStandardItemModel(0, 1, self)
        # A list view: long ideas wrap over several lines (a tree view would cut them).
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setAccessibleName(self.tr("Ideeën die wachten op een beslissing"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())

        def act(text: str, keys: list[str], slot) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            # Only while the queue has the keyboard: Enter and Delete mean other things
            # on the board.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False: slot())
            self.view.addAction(action)
            return action

        self.accept_action = act(self.tr("&Aanvaarden"), ["Return", "Enter"], self.accept_selected)
        self.edit_action = act(self.tr("&Bewerken en aanvaarden"), ["E"], self.edit_selected)
        self.merge_action = act(self.tr("&Samenvoegen"), ["M"], self.merge_selected)
        self.reject_action = act(
            self.tr("A&fwijzen"), ["Delete", "Backspace"], self.reject_selected
        )
        # Two by two: the queue stays narrow beside the board.
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, action, hint in (
            ("accept", self.accept_action, "Enter"),
            ("edit", self.edit_action, "E"),
            ("merge", self.merge_action, "M"),
            ("reject", self.reject_action, "Delete"),
        ):
            button = QPushButton(action.text().replace("&", "") + f" ({hint})", self)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button, len(self.buttons) // 2, len(self.buttons) % 2)
            self.buttons[name] = button
        self.accept_all_button = QPushButton(self.tr("Alles aanvaarden"), self)
        self.accept_all_button.clicked.connect(self.accept_all)
        # The room sees accepted points unless the facilitator chooses the incoming texts.
        self.show_incoming = QCheckBox(
            self.tr("Binnenkomende teksten op het projectiescherm"), self
        )
        self.show_incoming.setToolTip(
            self.tr(
                "Uit: het projectiescherm toont alleen aanvaarde ideeën. Aan: ook wat nog "
                "niet beoordeeld is; kies dit alleen als de zaal alles mag zien."
            )
        )
        self.project_button = QPushButton(self.tr("Op het p&rojectiescherm"), self)
        self.project_button.clicked.connect(self.request_projector)
        self.show_incoming.toggled.connect(self._incoming_toggled)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ronde:"), self))
        top.addWidget(self.round, 1)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.show_incoming)
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept_all_button)
        bottom.addStretch(1)
        bottom.addWidget(self.project_button)
        layout.addLayout(bottom)
        self.ideas: list[Idea] = []
        controller.changed.connect(self.on_changed)
        self.fill_rounds()

    # -- reading -------------------------------------------------------------------------

    def fill_rounds(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        wanted = self.round.currentData()
        found = [r for r in rounds.rounds.list(store, ws) if r.method is VotingMethod.IDEAS]
        self.round.blockSignals(True)
        self.round.clear()
        for r in found:
            state = {
                RoundStatus.DRAFT: self.tr("ontwerp"),
                RoundStatus.OPEN: self.tr("open"),
                RoundStatus.CLOSED: self.tr("gesloten"),
            }[r.status]
            self.round.addItem(f"{r.title} ({state})", r.id)
        index = self.round.findData(wanted)
        if index < 0:  # the open round, else the last one
            open_ones = [n for n, r in enumerate(found) if r.status is RoundStatus.OPEN]
            index = open_ones[-1] if open_ones else len(found) - 1
        self.round.setCurrentIndex(index)
        self.round.blockSignals(False)
        self.reload()

    def round_id(self) -> str | None:
        value = self.round.currentData()
        return str(value) if value else None

    def set_round(self, round_id: str) -> None:
        index = self.round.findData(round_id)
        if index < 0:
            self.fill_rounds()
            index = self.round.findData(round_id)
        self.round.setCurrentIndex(index)
        self.reload()

    def reload(self) -> None:
        round_id = self.round_id()
        everything = ideas.list_ideas(self.controller.store, round_id) if round_id else []
        self.show_ideas(everything)

    def show_ideas(self, everything: list[Idea]) -> None:
        """Show the pending ones of ``everything`` (the screenshot feeds made-up ideas)."""
        selected = set(self.selected_ids())
        current = self.view.currentIndex()
        row_before = current.row() if current.isValid() else 0
        pending = [i for i in everything if i.status is IdeaStatus.PENDING]
        self.ideas = pending
        self.model.removeRows(0, self.model.rowCount())
        for idea in pending:
            where = _quadrant_text(idea.quadrant) + (f" · {idea.cluster}" if idea.cluster else "")
            # A plain item: markup is shown as typed; the second line says where it goes.
            item = QStandardItem(f"{idea.text}\n{where}")
            item.setData(idea.id, ID_ROLE)
            item.setData(idea.text, TEXT_ROLE)
            item.setAccessibleText(f"{idea.text}. {where}")
            item.setEditable(False)
            self.model.appendRow(item)
        counted = {s: sum(1 for i in everything if i.status is s) for s in IdeaStatus}
        self.counts.setText(
            self.tr("{0} nieuw · {1} aanvaard · {2} samengevoegd · {3} afgewezen").format(
                counted[IdeaStatus.PENDING],
                counted[IdeaStatus.ACCEPTED],
                counted[IdeaStatus.MERGED],
                counted[IdeaStatus.REJECTED],
            )
        )
        # The selection stays on the ideas still waiting; else on the row where it was,
        # so that Enter, Enter, Enter works down the queue.
        selection = self.view.selectionModel()
        kept = [n for n, i in enumerate(pending) if i.id in selected]
        rows = kept or ([min(row_before, len(pending) - 1)] if pending else [])
        for n, row_number in enumerate(rows):
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if n == 0:
                self.view.setCurrentIndex(self.model.index(row_number, 0))
            selection.select(self.model.index(row_number, 0), flags)
        has = bool(pending)
        for action in (self.accept_action, self.edit_action, self.merge_action, self.reject_action):
            action.setEnabled(has)
        for button in self.buttons.values():
            button.setEnabled(has)
        self.accept_all_button.setEnabled(has)

    def texts(self) -> list[str]:
        """The texts as the queue shows them (tests, screen readers)."""
        return [str(self.model.item(n, 0).data(TEXT_ROLE)) for n in range(self.model.rowCount())]

    def select_texts(self, texts: list[str]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = True
        for n in range(self.model.rowCount()):
            if self.model.item(n, 0).data(TEXT_ROLE) in texts:
                index = self.model.index(n, 0)
                if first:
                    self.view.setCurrentIndex(index)
                    first = False
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [str(self.model.item(r, 0).data(ID_ROLE)) for r in rows]

    def selected_ideas(self) -> list[Idea]:
        wanted = set(self.selected_ids())
        return [i for i in self.ideas if i.id in wanted]

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.ROUND):
            self.fill_rounds()
        elif changes.touches(*ENTITIES):
            self.reload()

    # -- deciding: one undo step each ----------------------------------------------------

    def _moderate(self, label: str, do) -> Moderation | None:
        store = self.controller.store
        result = self.controller.perform(
            label,
            do,
            undo=lambda mod: lambda: ideas.undo(store, mod),
            redo=lambda mod: lambda: ideas.redo(store, mod),
        )
        if result is not None:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return result

    def accept_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            store = self.controller.store
            label = (
                self.tr("{0} ideeën aanvaarden").format(len(ids))
                if len(ids) > 1
                else self.tr("Idee aanvaarden")
            )
            self._moderate(label, lambda: ideas.accept(store, ids))

    def accept_all(self) -> None:
        round_id = self.round_id()
        if round_id and self.ideas:
            store = self.controller.store
            self._moderate(
                self.tr("Alle ideeën aanvaarden"), lambda: ideas.accept_all(store, round_id)
            )

    def reject_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            store = self.controller.store
            label = (
                self.tr("{0} ideeën afwijzen").format(len(ids))
                if len(ids) > 1
                else self.tr("Idee afwijzen")
            )
            self._moderate(label, lambda: ideas.reject(store, ids))

    def edit_selected(self) -> None:
        chosen = self.selected_ideas()
        if not chosen:
            return
        idea = chosen[0]  # one text at a time
        values = self.ask_edit(idea)
        if values is None:
            return
        text, quadrant = values
        store = self.controller.store
        self._moderate(
            self.tr("Idee bewerken en aanvaarden"),
            lambda: ideas.accept_edited(store, idea.id, text, quadrant=quadrant),
        )

    def ask_edit(self, idea: Idea) -> tuple[str, str | None] | None:
        """The text and quadrant the facilitator settles on, or None (cancelled)."""
        dialog = EditIdeaDialog(idea, quadrants=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_values()

    def merge_candidates(self, idea: Idea) -> list[duplicates.Candidate]:
        """The points most like the idea (its quadrant when it has one): the duplicate
        suggestions the board shows."""
        return duplicates.similar_to_text(
            self.controller.store,
            self.controller.workshop.id,
            idea.text,
            idea.quadrant,
            top=MERGE_CANDIDATES,
        )

    def merge_selected(self) -> None:
        chosen = self.selected_ideas()
        if not chosen:
            return
        candidates = self.merge_candidates(chosen[0])
        if not candidates:
            self.controller.failed.emit(
                self.tr("Geen gelijkaardig punt gevonden om mee samen te voegen.")
            )
            return
        point_id = self.ask_merge(chosen[0], candidates)
        if point_id is None:
            return
        ids = [i.id for i in chosen]
        store = self.controller.store
        self._moderate(
            self.tr("Samenvoegen met een bestaand punt"),
            lambda: ideas.merge_into(store, ids, point_id),
        )

    def ask_merge(self, idea: Idea, candidates: list[duplicates.Candidate]) -> str | None:
        dialog = MergeDialog(idea, candidates, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    # -- the projector -------------------------------------------------------------------

    def request_projector(self) -> None:
        round_id = self.round_id()
        if round_id:
            self.projectRequested.emit(round_id, self.show_incoming.isChecked())

    def _incoming_toggled(self, on: bool) -> None:
        # A projector already showing this round's ideas follows the switch at once.
        self.incomingChanged.emit(on)
