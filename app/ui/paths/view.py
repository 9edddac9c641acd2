"""Ontwikkelpaden: the paths in their order, and one path in seed 000's two columns:
"te ontwikkelen acties / producten" and "impact die we creëren" per target group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.errors import NotFound
from app.services import goals, organisation, paths, proposals, target_groups
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.base.texts import QT_TRANSLATE_NOOP
from app.ui.base.view import View
from app.ui.paths.target_groups import TargetGroupsDialog
from app.ui.widgets.editors.actions import add_action
from app.ui.widgets.editors.fields import CommitTextEdit, same_text, show_line
from app.ui.widgets.editors.ordered_list import OrderedList
from app.ui.widgets.editors.owner import OwnerEdit
from app.ui.widgets.editors.record_edits import create_path, delete_path, edit_path
from app.ui.widgets.editors.swot_links import SwotLinks
from app.ui.widgets.editors.text_list import TextListEditor
from app.ui.widgets.lineage import Lineage

PATH_TABLES = (
    Entity.PATH,
    Entity.PATH_ACTION,
    Entity.PATH_IMPACT,
    Entity.PATH_SWOT,
    Entity.PATH_STRATEGY,
    Entity.STRATEGY,
    Entity.STRATEGY_SWOT,
    Entity.TARGET_GROUP,
    Entity.PATH_GOAL,
    Entity.GOAL,
)
_GOAL_ID = Qt.ItemDataRole.UserRole
NEW_PATH = shortcuts.add(
    "paths_new", "Ctrl+Ins", QT_TRANSLATE_NOOP("Shortcuts", "Ontwikkelpaden: nieuw pad")
)


def _button_row(button: QPushButton) -> QHBoxLayout:
    """A box's own button, at its top right (visible however long the lists grow)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(button)
    return row


class PathsView(View):
    key = "paths"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.record: records.DevelopmentPath | None = None
        self._stale = True
        splitter = QSplitter(self)
        splitter.addWidget(self._list_panel())
        splitter.addWidget(self._form())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 830])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        add_action(self, NEW_PATH, self.new_path)
        self.reload()

    # -- building -------------------------------------------------------------------------

    def _list_panel(self) -> QWidget:
        panel = QWidget(self)
        self.list = OrderedList(panel)
        self.list.setAccessibleName(self.tr("Ontwikkelpaden"))
        self.list.currentItemChanged.connect(lambda *_: self._path_chosen())
        self.list.moveRequested.connect(self._move)
        self.list.removeRequested.connect(self.delete_path)
        self.list.addRequested.connect(self.new_path)
        heading = QLabel(self.tr("<b>&Ontwikkelpaden</b>"), panel)
        heading.setBuddy(self.list)
        hint = QLabel(self.tr("Slepen of Alt+↑/↓ om te ordenen"), panel)
        hint.setStyleSheet("color: #5F6B77;")
        self.new_button = QPushButton(self.tr("&Nieuw pad"), panel)
        self.new_button.setToolTip(self.tr("Nieuw ontwikkelpad (Insert in de lijst, Ctrl+Insert)"))
        self.new_button.clicked.connect(self.new_path)
        self.delete_button = QPushButton(self.tr("Verwijderen"), panel)
        self.delete_button.setToolTip(self.tr("Het gekozen pad verwijderen (Delete in de lijst)"))
        self.delete_button.clicked.connect(lambda: self.delete_path(self.list.current_id()))
        for button in (self.new_button, self.delete_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        return panel

    def _form(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: the fields are, and the scroll area follows them.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.form_body = body

        self.title_edit = QLineEdit(body)
        self.title_edit.setAccessibleName(self.tr("Titel van het pad"))
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_edit.setFont(font)
        self.title_edit.editingFinished.connect(
            lambda: self._text_left("title", self.title_edit.text(), self.tr("Titel wijzigen"))
        )
        self.description = CommitTextEdit(body, lines=3, grow=False)
        self.description.setAccessibleName(self.tr("Beschrijving"))
        self.description.editingFinished.connect(
            lambda: self._text_left(
                "description", self.description.text(), self.tr("Beschrijving wijzigen")
            )
        )

        actions_box = QGroupBox(self.tr("Te ontwikkelen acties / producten"), body)
        self.actions = TextListEditor(
            self.tr("Te ontwikkelen acties / producten"),
            self.tr("Nieuwe actie of nieuw product… (Enter)"),
            actions_box,
            rows=6,
        )
        self.actions.commit = lambda texts, label: self._commit(
            self.tr("Actie: {0}").format(label), actions=texts
        )
        self.to_proposal_button = QPushButton(self.tr("&Fiche maken van actie"), actions_box)
        self.to_proposal_button.setToolTip(
            self.tr("Een nieuwe fiche met de gekozen actie als titel, gekoppeld aan dit pad")
        )
        self.to_proposal_button.clicked.connect(self.action_to_proposal)
        self.actions.list.currentRowChanged.connect(lambda _row: self._enable_to_proposal())
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addLayout(_button_row(self.to_proposal_button))
        actions_layout.addWidget(self.actions, 1)

        impacts_box = QGroupBox(self.tr("Impact die we creëren"), body)
        self.impacts_box = impacts_box
        self.impacts: dict[str, TextListEditor] = {}
        self.group_names: dict[str, str] = {}
        self.groups_button = QPushButton(self.tr("&Doelgroepen…"), impacts_box)
        self.groups_button.setToolTip(
            self.tr("De doelgroepen van deze workshop toevoegen, hernoemen, ordenen of verwijderen")
        )
        self.groups_button.clicked.connect(self.edit_groups)
        self.impacts_outer = QVBoxLayout(impacts_box)
        self.impacts_outer.addLayout(_button_row(self.groups_button))
        self.impacts_body: QWidget | None = None
        self._build_impacts()

        self.owner_edit = OwnerEdit(body)
        self.owner_edit.setAccessibleName(self.tr("Trekker van het pad"))
        self.owner_edit.committed.connect(
            lambda text: self._text_left("owner", text, self.tr("Trekker wijzigen"))
        )

        self.links = SwotLinks(self.controller, self.tr("Gekoppelde SWOT-punten"), body)
        self.links.commit = lambda ids, label: self._commit(label, swot_item_ids=ids)
        line = self.fontMetrics().lineSpacing()
        self.links.list.setFixedHeight(4 * (line + 6) + 8)

        # The goals of the goal tree the path works towards (a tick per goal).
        self.goal_links = QListWidget(body)
        self.goal_links.setAccessibleName(self.tr("Gekoppelde doelen"))
        self.goal_links.setFixedHeight(4 * (line + 6) + 8)
        self.goal_links.itemChanged.connect(self._goal_toggled)
        goals_label = QLabel(self.tr("<b>Gekoppelde &doelen</b>"), body)
        goals_label.setBuddy(self.goal_links)

        title_label = QLabel(self.tr("&Titel:"), body)
        title_label.setBuddy(self.title_edit)
        description_label = QLabel(self.tr("B&eschrijving:"), body)
        description_label.setBuddy(self.description)
        owner_label = QLabel(self.tr("T&rekker:"), body)
        owner_label.setBuddy(self.owner_edit)
        owner_row = QHBoxLayout()
        owner_row.addWidget(owner_label)
        owner_row.addWidget(self.owner_edit, 1)
        links_label = QLabel(self.tr("<b>Gekoppelde &SWOT-punten</b>"), body)
        links_label.setBuddy(self.links.list)
        columns = QHBoxLayout()
        columns.addWidget(actions_box, 1)
        columns.addWidget(impacts_box, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(title_label)
        layout.addWidget(self.title_edit)
        layout.addWidget(description_label)
        layout.addWidget(self.description)
        layout.addLayout(owner_row)
        layout.addLayout(columns, 1)
        layout.addWidget(links_label)
        layout.addWidget(self.links)
        layout.addWidget(goals_label)
        layout.addWidget(self.goal_links)
        # Where the path comes from: the strategies it was made from and their points.
        self.lineage = Lineage(self.controller.store, body)
        lineage_label = QLabel(self.tr("<b>Herkomst</b>"), body)
        lineage_label.setBuddy(self.lineage)
        layout.addWidget(lineage_label)
        layout.addWidget(self.lineage)
        return scroll

    def _build_impacts(self) -> None:
        """One list of impact per target group of the workshop's list, in its order."""
        groups = target_groups.list_groups(self.controller.store, self.controller.workshop.id)
        wanted = [(g.id, g.name) for g in groups]
        if wanted == list(self.group_names.items()) and self.impacts_body is not None:
            return
        outer = self.impacts_outer
        if self.impacts_body is not None:
            outer.removeWidget(self.impacts_body)
            self.impacts_body.deleteLater()
        box = QWidget(self.impacts_box)
        self.impacts_body = box
        body_layout = QVBoxLayout(box)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(3)
        outer.addWidget(box, 1)
        self.impacts = {}
        self.group_names = dict(wanted)
        for group_id, name in wanted:
            editor = TextListEditor(
                self.tr("Impact voor {0}").format(name),
                self.tr("Nieuwe impact voor {0}… (Enter)").format(name.lower()),
                box,
                rows=1,
                fit=True,
            )
            editor.commit = lambda texts, label, g=group_id: self._commit_impacts(g, texts, label)
            heading = QLabel(self.tr("{0}:").format(name.replace("&", "&&")), box)
            heading.setStyleSheet("font-weight: 600;")
            heading.setBuddy(editor.list)
            body_layout.addWidget(heading)
            body_layout.addWidget(editor)
            self.impacts[group_id] = editor
        body_layout.addStretch(1)

    def _group_name(self, group_id: str) -> str:
        return self.group_names.get(group_id, "")

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self._build_impacts()
        people = [p.name for p in organisation.participants.list(store, ws) if p.name]
        self.owner_edit.set_people(sorted(people, key=str.casefold))
        listed = paths.paths.list(store, ws)
        current = self.record.id if self.record else None
        self.list.fill([(p.id, f"{p.position + 1}. {p.title}", p.title) for p in listed], current)
        self._stale = False
        self._path_chosen()

    def _path_chosen(self) -> None:
        path_id = self.list.current_id()
        if self.record is not None and path_id != self.record.id:
            self.commit_pending()
        try:
            self.record = paths.paths.get(self.controller.store, path_id) if path_id else None
        except NotFound:
            self.record = None
        self._fill()

    def _fill(self) -> None:
        p = self.record
        self.form_body.setEnabled(p is not None)
        self.delete_button.setEnabled(p is not None)
        show_line(self.title_edit, p.title if p else "")
        self.description.set_text(p.description if p else "")
        self.owner_edit.set_owner(p.owner if p else "")
        self.actions.set_texts([a.text for a in p.actions] if p else [])
        for group, editor in self.impacts.items():
            editor.set_texts([i.text for i in p.impacts if i.target_group_id == group] if p else [])
        self.links.set_ids(p.swot_item_ids if p else [])
        self._fill_goals(p)
        self.lineage.show_path(p.id if p else None)
        self._enable_to_proposal()

    def _fill_goals(self, p: records.DevelopmentPath | None) -> None:
        """The goals with a tick for each linked one; the items stay when the tree did not
        change (a tick's own edit refills this list while its item is being changed)."""
        self.goal_links.blockSignals(True)
        linked = set(p.goal_ids) if p else set()
        tree = goals.tree(self.controller.store, self.controller.workshop.id)
        shown = [self.goal_links.item(n).data(_GOAL_ID) for n in range(self.goal_links.count())]
        if shown != [g.id for g in tree]:
            self.goal_links.clear()
            for g in tree:
                item = QListWidgetItem(self.goal_links)
                item.setData(_GOAL_ID, g.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        for n, g in enumerate(tree):
            item = self.goal_links.item(n)
            item.setText(f"{'    ' * (g.level - 1)}{g.code} {g.title}".rstrip())
            item.setToolTip(g.title)
            item.setCheckState(Qt.CheckState.Checked if g.id in linked else Qt.CheckState.Unchecked)
        self.goal_links.blockSignals(False)

    def _goal_toggled(self, _item: QListWidgetItem) -> None:
        wanted = [
            self.goal_links.item(n).data(_GOAL_ID)
            for n in range(self.goal_links.count())
            if self.goal_links.item(n).checkState() == Qt.CheckState.Checked
        ]
        self._commit(self.tr("Doelen koppelen"), goal_ids=wanted)

    def on_changed(self, changes: ChangeSet) -> None:
        linked = set(self.record.swot_item_ids) if self.record else set()
        if changes.touches(*PATH_TABLES, Entity.PARTICIPANT) or (
            linked & changes.ids(Entity.SWOT_ITEM)
        ):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def activate(self) -> None:
        if self._stale:
            self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- committing -------------------------------------------------------------------------

    def _commit(self, label: str, **values: object) -> bool:
        if self.record is None:
            return False
        stored = edit_path(self.controller, self.record.id, label, **values)
        if stored is None:
            self._path_chosen()  # refused: show the stored path again
        return stored is not None

    def _text_left(self, field: str, text: str, label: str) -> None:
        if self.record is not None and not same_text(text, getattr(self.record, field)):
            self._commit(label, **{field: text})

    def commit_pending(self) -> None:
        """Store what is still being typed in the title or description (switching paths)."""
        self._text_left("title", self.title_edit.text(), self.tr("Titel wijzigen"))
        self._text_left("description", self.description.text(), self.tr("Beschrijving wijzigen"))
        self._text_left("owner", self.owner_edit.text(), self.tr("Trekker wijzigen"))

    def _commit_impacts(self, group: str, texts: list[str], label: str) -> bool:
        """Replace one target group's impacts, keeping the others where they are."""
        if self.record is None:
            return False
        current = [(i.target_group_id, i.text) for i in self.record.impacts]
        others = [(g, t) for g, t in current if g != group]
        order = list(self.group_names)
        order += [g for g, _t in current if g not in order]
        mine = [n for n, (g, _t) in enumerate(current) if g == group]
        if mine:
            at = sum(1 for g, _t in current[: mine[0]] if g != group)
        else:
            later = [n for n, (g, _t) in enumerate(others) if order.index(g) > order.index(group)]
            at = later[0] if later else len(others)
        wanted = others[:at] + [(group, t) for t in texts] + others[at:]
        return self._commit(
            self.tr("Impact ({0}): {1}").format(self._group_name(group), label),
            impacts=wanted,
        )

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the view (or closing the window) stores what is still being typed.
        self.commit_pending()
        super().hideEvent(event)

    # -- target groups and fiches ------------------------------------------------------------

    def edit_groups(self) -> None:
        self.commit_pending()
        dialog = TargetGroupsDialog(self.controller, self)
        dialog.exec()
        self.reload()

    def _enable_to_proposal(self) -> None:
        row = self.actions.list.currentRow()
        self.to_proposal_button.setEnabled(
            self.record is not None and 0 <= row < len(self.record.actions)
        )

    def action_to_proposal(self) -> records.Proposal | None:
        """The chosen action as a new fiche of this path (one undo step)."""
        row = self.actions.list.currentRow()
        if self.record is None or not 0 <= row < len(self.record.actions):
            return None
        action_id = self.record.actions[row].id
        store = self.controller.store
        made = self.controller.create_with(
            self.tr("Fiche maken van actie"),
            lambda: proposals.proposal_from_path_action(store, action_id),
            delete=lambda proposal_id: proposals.proposals.delete(store, proposal_id),
            restore=lambda gone: proposals.proposals.restore(store, gone),
        )
        return made

    # -- the list ---------------------------------------------------------------------------

    def new_path(self) -> None:
        record = create_path(self.controller, self.tr("Nieuw ontwikkelpad"))
        if record is not None:
            if self._stale:
                self.reload()
            self.select(record.id)
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.selectAll()

    def delete_path(self, path_id: str | None) -> None:
        if path_id:
            delete_path(self.controller, path_id)

    def select(self, path_id: str) -> None:
        ids = self.list.ids()
        if path_id in ids:
            self.list.setCurrentRow(ids.index(path_id))

    def _move(self, path_id: str, index: int) -> None:
        before = [
            r.id for r in paths.paths.list(self.controller.store, self.controller.workshop.id)
        ]
        self.controller.move(paths.paths, path_id, index, before, self.tr("Pad verplaatsen"))
        if self._stale:
            self.reload()
        self.select(path_id)
