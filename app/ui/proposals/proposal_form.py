"""One fiche (seed 002) with every field. A field commits when it is left, a toggle
when it changes; the form then shows what the store holds (there is no Save)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import Decision
from app.domain.errors import NotFound
from app.domain.goals import may_hold_proposals
from app.services import decisions, goals, organisation, paths, proposals
from app.ui.base.controller import WorkshopController
from app.ui.proposals.money import number
from app.ui.proposals.phasing import PhasingEditor
from app.ui.proposals.resources_table import ResourcesTable
from app.ui.proposals.sdg_buttons import SdgButtons
from app.ui.widgets.editors.fields import CommitTextEdit, same_text, show_line, soften_selection
from app.ui.widgets.editors.owner import OwnerEdit
from app.ui.widgets.editors.record_edits import edit_proposal
from app.ui.widgets.editors.swot_links import SwotLinks
from app.ui.widgets.editors.wrapping import wrap_rows
from app.ui.widgets.lineage import Lineage

# The tables a fiche is stored in, and those whose names it shows.
PROPOSAL_TABLES = (
    Entity.PROPOSAL,
    Entity.PROPOSAL_ACTION,
    Entity.PROPOSAL_RESOURCE,
    Entity.PROPOSAL_SDG,
    Entity.PROPOSAL_SWOT,
    Entity.PROPOSAL_PATH,
    Entity.PROPOSAL_STRATEGY,
    Entity.PATH_STRATEGY,
    Entity.STRATEGY,
    Entity.STRATEGY_SWOT,
    Entity.PROPOSAL_CLUSTER,
)
SHOWN_TABLES = (
    Entity.CLUSTER, Entity.LOCATION, Entity.PATH, Entity.WORKSHOP, Entity.PARTICIPANT, Entity.GOAL,
)  # fmt: skip
_ID = Qt.ItemDataRole.UserRole


class ProposalForm(QScrollArea):
    """Shows the fiche ``show(proposal_id)`` names; ``gone`` when it was deleted."""

    gone = Signal()
    shown = Signal(object)  # the Proposal record on screen

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.record: records.Proposal | None = None
        self._choices_stale = True
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: Tab goes from field to field, and the scroll
        # area follows the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self)
        self.setWidget(body)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(8, 4, 8, 8)
        columns.setSpacing(16)
        columns.addLayout(self._left_column(), 1)
        columns.addLayout(self._right_column(), 1)
        controller.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------------

    def _left_column(self) -> QVBoxLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(5)

        self.code = self._line(self.tr("Code"), "code", self.tr("Code wijzigen"))
        self.code.setMaximumWidth(120)
        self.title_edit = self._line(self.tr("Titel"), "title", self.tr("Titel wijzigen"))
        self.cluster = QComboBox(self)
        self.cluster.setAccessibleName(self.tr("Sector"))
        self.cluster.activated.connect(self._cluster_chosen)
        self.objective = self._line(
            self.tr("Beleidsdoelstelling"),
            "policy_objective",
            self.tr("Beleidsdoelstelling wijzigen"),
        )
        # The actieplan or actie of the goal tree the fiche belongs to (the
        # beleidsdoelstellingen are shown as headings, not to be chosen).
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("Doel (actieplan of actie)"))
        self.goal.activated.connect(self._goal_chosen)
        self._objectives = QStringListModel(self)
        completer = QCompleter(self._objectives, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.objective.setCompleter(completer)

        kind = QWidget(self)
        kind_row = QHBoxLayout(kind)
        kind_row.setContentsMargins(0, 0, 0, 0)
        self.mandatory = QRadioButton(self.tr("&Verplicht"), kind)
        self.choice = QRadioButton(self.tr("&Keuze"), kind)
        self.mandatory.setAccessibleName(self.tr("Verplicht"))
        self.choice.setAccessibleName(self.tr("Keuze"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.mandatory, 1)
        self.kind_group.addButton(self.choice, 0)
        self.kind_group.idClicked.connect(self._kind_chosen)
        kind_row.addWidget(self.mandatory)
        kind_row.addWidget(self.choice)
        kind_row.addStretch(1)

        self.location = QComboBox(self)
        self.location.setEditable(True)
        self.location.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.location.setAccessibleName(self.tr("Locatie"))
        self.location.lineEdit().setPlaceholderText(
            self.tr("Kies een werklocatie of typ een plaats")
        )
        self.location.lineEdit().editingFinished.connect(self._location_left)
        self.location.activated.connect(lambda _i: self._location_left())

        form.addRow(self._label(self.tr("C&ode:"), self.code), self.code)
        form.addRow(self._label(self.tr("&Titel:"), self.title_edit), self.title_edit)
        # "Over de grenzen heen" (seed 002): the other sectors the fiche belongs to.
        self.extra_clusters = QListWidget(self)
        self.extra_clusters.setAccessibleName(self.tr("Ook in sectoren"))
        self.extra_clusters.setToolTip(
            self.tr("De fiche hoort ook bij deze sectoren: filters vinden ze onder elk ervan")
        )
        soften_selection(self.extra_clusters)
        self.extra_clusters.setFlow(QListWidget.Flow.LeftToRight)
        self.extra_clusters.setWrapping(True)
        self.extra_clusters.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.extra_clusters.setSpacing(1)
        line = self.fontMetrics().lineSpacing()
        self.extra_clusters.setFixedHeight(2 * (line + 8) + 6)
        self.extra_clusters.itemChanged.connect(self._extra_toggled)
        self.owner = OwnerEdit(self)
        self.owner.setAccessibleName(self.tr("Trekker"))
        self.owner.committed.connect(
            lambda text: self._text_left("owner", text, self.tr("Trekker wijzigen"))
        )
        form.addRow(self._label(self.tr("&Sector:"), self.cluster), self.cluster)
        form.addRow(
            self._label(self.tr("Ook &in sectoren:"), self.extra_clusters), self.extra_clusters
        )
        form.addRow(self._label(self.tr("Trekker:"), self.owner), self.owner)
        form.addRow(self._label(self.tr("&Beleidsdoelstelling:"), self.objective), self.objective)
        form.addRow(self._label(self.tr("&Doel:"), self.goal), self.goal)
        form.addRow(QLabel(self.tr("Verplicht of keuze:"), self), kind)
        form.addRow(self._label(self.tr("&Locatie (waar?):"), self.location), self.location)
        self._decision_rows(form)

        goal = QGroupBox(self.tr("Projectdoel"), self)
        goal_form = QFormLayout(goal)
        goal_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        goal_form.setVerticalSpacing(2)
        self.why = self._text(goal_form, self.tr("&Waarom?"), "why", self.tr("Waarom wijzigen"))
        self.what = self._text(
            goal_form, self.tr("W&at willen we bereiken?"), "what", self.tr("Doel wijzigen")
        )
        self.win = self._text(
            goal_form, self.tr("Wat &winnen we?"), "win", self.tr("Wat we winnen wijzigen")
        )
        more = QFormLayout()
        more.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        more.setVerticalSpacing(2)
        self.status = self._text(
            more,
            self.tr("Stand van zaken &einde legislatuur"),
            "status_end_of_term",
            self.tr("Stand van zaken wijzigen"),
        )
        self.dependencies = self._text(
            more, self.tr("A&fhankelijkheden"), "dependencies", self.tr("Afhankelijkheden wijzigen")
        )
        self.risks = self._text(more, self.tr("&Risico's"), "risks", self.tr("Risico's wijzigen"))

        column = QVBoxLayout()
        column.addLayout(form)
        column.addWidget(goal)
        column.addLayout(more)
        column.addStretch(1)
        return column

    def _decision_rows(self, form: QFormLayout) -> None:
        """The keuzenota: the decision, its date and motivation, and the fiche's place
        in every round it was in."""
        decided = QWidget(self)
        row = QHBoxLayout(decided)
        row.setContentsMargins(0, 0, 0, 0)
        self.decision = QComboBox(decided)
        self.decision.setAccessibleName(self.tr("Besluit"))
        for value, text in (
            (Decision.OPEN, self.tr("open")),
            (Decision.YES, self.tr("ja")),
            (Decision.NO, self.tr("nee")),
            (Decision.LATER, self.tr("later")),
        ):
            self.decision.addItem(text, value.value)
        self.decision.activated.connect(self._decision_chosen)
        self.decision_date = QDateEdit(decided)
        self.decision_date.setAccessibleName(self.tr("Datum van het besluit"))
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setDisplayFormat("d/MM/yyyy")
        self.decision_date.editingFinished.connect(self._date_left)
        row.addWidget(self.decision)
        row.addWidget(QLabel(self.tr("op"), decided))
        row.addWidget(self.decision_date)
        row.addStretch(1)
        self.in_plan = QLabel(decided)
        row.addWidget(self.in_plan)
        self.motivation = self._line(
            self.tr("Motivering"), "decision_motivation", self.tr("Motivering wijzigen")
        )
        self.places = QLabel(self)
        self.places.setWordWrap(True)
        self.places.setAccessibleName(self.tr("Rang en score in de stemrondes"))
        self._places: dict[str, list[decisions.RoundPlace]] | None = None
        form.addRow(self._label(self.tr("Bes&luit:"), self.decision), decided)
        form.addRow(self._label(self.tr("&Motivering:"), self.motivation), self.motivation)
        form.addRow(QLabel(self.tr("In de stemrondes:"), self), self.places)

    def _decision_chosen(self, _index: int) -> None:
        if self.record is None:
            return
        chosen = Decision(self.decision.currentData())
        if chosen is self.record.decision:
            return
        when = None if chosen is Decision.OPEN else date.today()
        self._commit(self.tr("Besluit wijzigen"), decision=chosen, decision_date=when)

    def _date_left(self) -> None:
        if self.record is None or self.record.decision is Decision.OPEN:
            return
        when = self.decision_date.date().toPython()
        if when != self.record.decision_date:
            self._commit(self.tr("Datum van het besluit wijzigen"), decision_date=when)

    def _show_decision(self, p: records.Proposal) -> None:
        self.decision.setCurrentIndex(max(0, self.decision.findData(p.decision.value)))
        self.decision_date.blockSignals(True)
        self.decision_date.setEnabled(p.decision is not Decision.OPEN)
        when = p.decision_date or date.today()
        self.decision_date.setDate(QDate(when.year, when.month, when.day))
        self.decision_date.blockSignals(False)
        show_line(self.motivation, p.decision_motivation)
        self.in_plan.setText(
            self.tr("in het plan (verplicht)")
            if p.mandatory
            else (self.tr("in het plan") if p.in_plan else self.tr("niet in het plan"))
        )
        if self._places is None:
            self._places = decisions.places(self.controller.store, self.controller.workshop.id)
        lines = [
            self.tr("{0}: {1} van {2} (score {3})").format(
                place.title,
                place.rank,
                place.of,
                number(place.score, 0 if place.score.is_integer() else 2),
            )
            for place in self._places.get(p.id, [])
        ]
        self.places.setText("\n".join(lines) or self.tr("in geen enkele ronde"))

    def _right_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        self.sdgs = SdgButtons(self)
        self.sdgs.commit = lambda goals, label: self._commit(label, sdgs=goals)
        self.phasing = PhasingEditor(self)
        self.phasing.commit = lambda actions, label: self._commit(label, actions=actions)
        self.resources = ResourcesTable(self)
        self.resources.commit = lambda specs, label: self._commit(label, resources=specs)
        self.resources.report = self.controller.failed.emit
        self.path_links = QListWidget(self)
        self.path_links.setAccessibleName(self.tr("Gekoppelde ontwikkelpaden"))
        wrap_rows(self.path_links)
        self.path_links.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.path_links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        soften_selection(self.path_links)
        self.path_links.itemChanged.connect(self._path_toggled)
        self.swot_links = SwotLinks(self.controller, self.tr("Gekoppelde SWOT-punten"), self)
        self.swot_links.commit = lambda ids, label: self._commit(label, swot_item_ids=ids)
        line = self.fontMetrics().lineSpacing()
        self.path_links.setFixedHeight(4 * (line + 6) + 6)
        self.swot_links.list.setFixedHeight(4 * (line + 6) + 6)

        column.addWidget(self._heading(self.tr("SDG's"), self.sdgs.buttons[0]))
        column.addWidget(self.sdgs)
        column.addWidget(self._heading(self.tr("Acties en fasering"), self.phasing.table))
        column.addWidget(self.phasing)
        column.addWidget(self._heading(self.tr("Middelen per jaar (raming)"), self.resources))
        column.addWidget(self.resources)
        column.addWidget(self._heading(self.tr("Gekoppelde ontwikkelpaden"), self.path_links))
        column.addWidget(self.path_links)
        column.addWidget(self._heading(self.tr("Gekoppelde SWOT-punten"), self.swot_links.list))
        column.addWidget(self.swot_links)
        # Herkomst: the strategies (and their SWOT points) the fiche descends from.
        self.lineage = Lineage(self.controller.store, self)
        column.addWidget(self._heading(self.tr("Herkomst"), self.lineage))
        column.addWidget(self.lineage)
        column.addStretch(1)
        return column

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setBuddy(buddy)
        return label

    def _line(self, name: str, field: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.editingFinished.connect(lambda: self._text_left(field, edit.text(), label))
        return edit

    def _text(self, form: QFormLayout, title: str, field: str, label: str) -> CommitTextEdit:
        edit = CommitTextEdit(self, lines=2)
        edit.setAccessibleName(title.replace("&", ""))
        edit.editingFinished.connect(lambda: self._text_left(field, edit.text(), label))
        form.addRow(self._label(title, edit), edit)
        return edit

    # -- showing --------------------------------------------------------------------------

    @property
    def proposal_id(self) -> str | None:
        return self.record.id if self.record else None

    def set_objectives(self, objectives: Sequence[str]) -> None:
        self._objectives.setStringList(sorted(set(objectives) - {""}))

    def show_proposal(self, proposal_id: str) -> None:
        if proposal_id != self.proposal_id:
            self.commit_pending()
        try:
            record = proposals.proposals.get(self.controller.store, proposal_id)
        except NotFound:
            self.record = None
            self.gone.emit()
            return
        switched = record.id != self.proposal_id
        self.record = record
        self._fill(record, switched)
        self.shown.emit(record)

    def refresh(self) -> None:
        if self.record is not None:
            self.show_proposal(self.record.id)

    def _fill_choices(self) -> None:
        """Sectors, locations, paths and years: refilled only when those change."""
        store, ws = self.controller.store, self.controller.workshop
        self.cluster.clear()
        self.cluster.addItem(self.tr("(geen sector)"), None)
        self.extra_clusters.blockSignals(True)
        self.extra_clusters.clear()
        for cluster in organisation.clusters.list(store, ws.id):
            self.cluster.addItem(cluster.name, cluster.id)
            item = QListWidgetItem(cluster.name, self.extra_clusters)
            item.setData(_ID, cluster.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
        self.extra_clusters.blockSignals(False)
        people = [p.name for p in organisation.participants.list(store, ws.id) if p.name]
        self.owner.set_people(sorted(people, key=str.casefold))
        self.goal.clear()
        self.goal.addItem(self.tr("(geen doel)"), None)
        for g in goals.tree(store, ws.id):
            indent = "    " * (g.level - 1)
            self.goal.addItem(f"{indent}{g.code} {g.title}".rstrip(), g.id)
            if not may_hold_proposals(g.level):
                item = self.goal.model().item(self.goal.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        self.location.clear()
        for loc in organisation.locations.list(store, ws.id):
            self.location.addItem(loc.name, loc.id)
            where = ", ".join(x for x in (loc.address, loc.postcode, loc.deelgemeente) if x)
            self.location.setItemData(self.location.count() - 1, where, Qt.ItemDataRole.ToolTipRole)
        self.path_links.blockSignals(True)
        self.path_links.clear()
        for path in paths.paths.list(store, ws.id):
            item = QListWidgetItem(f"{path.position + 1}. {path.title}", self.path_links)
            item.setToolTip(path.title)
            item.setData(_ID, path.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
        self.path_links.blockSignals(False)
        self.phasing.set_period(ws.years)
        self._choices_stale = False

    def _fill(self, p: records.Proposal, switched: bool) -> None:
        if self._choices_stale:
            self._fill_choices()
        years = self.controller.workshop.years
        show_line(self.code, p.code)
        show_line(self.title_edit, p.title)
        show_line(self.objective, p.policy_objective)
        self.cluster.setCurrentIndex(max(0, self.cluster.findData(p.cluster_id)))
        self.extra_clusters.blockSignals(True)
        for n in range(self.extra_clusters.count()):
            item = self.extra_clusters.item(n)
            cluster_id = item.data(_ID)
            item.setCheckState(
                Qt.CheckState.Checked
                if cluster_id in p.extra_cluster_ids
                else Qt.CheckState.Unchecked
            )
            # The main sector is not "also" a sector: shown, not offered.
            item.setHidden(cluster_id == p.cluster_id)
        self.extra_clusters.blockSignals(False)
        self.owner.set_owner(p.owner)
        self.goal.setCurrentIndex(max(0, self.goal.findData(p.goal_id)) if p.goal_id else 0)
        (self.mandatory if p.mandatory else self.choice).setChecked(True)
        index = self.location.findData(p.location_id) if p.location_id else -1
        self.location.setCurrentIndex(index)
        self.location.setEditText(self.location.itemText(index) if index >= 0 else p.location_text)
        for edit, value in (
            (self.why, p.why),
            (self.what, p.what),
            (self.win, p.win),
            (self.status, p.status_end_of_term),
            (self.dependencies, p.dependencies),
            (self.risks, p.risks),
        ):
            edit.set_text(value)
        self.sdgs.set_chosen(p.sdgs)
        self.phasing.set_actions(p.actions)
        self.resources.set_resources(years, p.resources)
        self._show_decision(p)
        self.path_links.blockSignals(True)
        for n in range(self.path_links.count()):
            item = self.path_links.item(n)
            linked = item.data(_ID) in p.path_ids
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
        self.path_links.blockSignals(False)
        self.swot_links.set_ids(p.swot_item_ids)
        self.lineage.show_proposal(p.id)
        if switched:
            self.verticalScrollBar().setValue(0)

    # -- committing -----------------------------------------------------------------------

    def _commit(self, label: str, **values: Any) -> bool:
        if self.record is None:
            return False
        stored = edit_proposal(self.controller, self.record.id, label, **values)
        if stored is None:
            self.refresh()  # refused: put the stored values back on screen
        return stored is not None

    def _text_left(self, field: str, text: str, label: str) -> None:
        if self.record is not None and not same_text(text, getattr(self.record, field)):
            self._commit(label, **{field: text})

    def commit_pending(self) -> None:
        """Store what is typed in a field that still has the focus (switching fiches)."""
        if self.record is None:
            return
        for field, edit in (
            ("code", self.code),
            ("title", self.title_edit),
            ("policy_objective", self.objective),
        ):
            self._text_left(field, edit.text(), self.tr("Voorstel wijzigen"))
        for field, text_edit in (
            ("why", self.why),
            ("what", self.what),
            ("win", self.win),
            ("status_end_of_term", self.status),
            ("dependencies", self.dependencies),
            ("risks", self.risks),
        ):
            self._text_left(field, text_edit.text(), self.tr("Voorstel wijzigen"))
        self._text_left("owner", self.owner.text(), self.tr("Trekker wijzigen"))

    def _extra_toggled(self, _item: QListWidgetItem) -> None:
        wanted = [
            self.extra_clusters.item(n).data(_ID)
            for n in range(self.extra_clusters.count())
            if self.extra_clusters.item(n).checkState() == Qt.CheckState.Checked
            and not self.extra_clusters.item(n).isHidden()
        ]
        self._commit(self.tr("Andere sectoren kiezen"), extra_cluster_ids=wanted)

    def _cluster_chosen(self, index: int) -> None:
        self._commit(self.tr("Sector wijzigen"), cluster_id=self.cluster.itemData(index))

    def _goal_chosen(self, index: int) -> None:
        self._commit(self.tr("Doel kiezen"), goal_id=self.goal.itemData(index))

    def _kind_chosen(self, button_id: int) -> None:
        label = self.tr("Verplicht maken") if button_id else self.tr("Keuze maken")
        self._commit(label, mandatory=bool(button_id))

    def _location_left(self) -> None:
        text = self.location.currentText().strip()
        index = self.location.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            values = {"location_id": self.location.itemData(index), "location_text": ""}
        else:
            values = {"location_id": None, "location_text": text}
        self._commit(self.tr("Locatie wijzigen"), **values)

    def _path_toggled(self, _item: QListWidgetItem) -> None:
        wanted = [
            self.path_links.item(n).data(_ID)
            for n in range(self.path_links.count())
            if self.path_links.item(n).checkState() == Qt.CheckState.Checked
        ]
        self._commit(self.tr("Ontwikkelpaden koppelen"), path_ids=wanted)

    # -- refreshing ------------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.ROUND, Entity.OPTION, Entity.BALLOT, Entity.PROPOSAL):
            self._places = None  # ranks and scores are counted again when next shown
        if changes.touches(*SHOWN_TABLES):
            self._choices_stale = True
        linked = set(self.record.swot_item_ids) if self.record else set()
        if self.record is not None and (
            changes.touches(*PROPOSAL_TABLES, *SHOWN_TABLES)
            or linked & changes.ids(Entity.SWOT_ITEM)
        ):
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the form (or closing the window) stores what is still being typed.
        self.commit_pending()
        super().hideEvent(event)
