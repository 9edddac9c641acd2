"""Doelen: the BBC 2020 goal tree (beleidsdoelstelling → actieplan → actie) with
owners and indicators. Add, rename, move by dragging or with Alt+↑/↓ (past the first
or last sibling into the neighbouring parent) and Alt+←/→ (to the previous or next
parent), delete; every edit is one undo step.
Beside the tree: the chosen goal's fields, its indicators, the fiches under it and
their money per year, its descendants included."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.goals import GoalLevel
from app.domain.scenario import euro
from app.services import goals, organisation
from app.services.goals import GoalOverview, IndicatorSpec, Place
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.base.texts import QT_TRANSLATE_NOOP
from app.ui.base.view import View
from app.ui.widgets.editors.actions import add_action

NEW_OBJECTIVE = shortcuts.add(
    "goals_new_objective",
    "Ctrl+Ins",
    QT_TRANSLATE_NOOP("Shortcuts", "Doelen: nieuwe beleidsdoelstelling"),
)
NEW_CHILD = shortcuts.add(
    "goals_new_child",
    "Ctrl+Shift+Ins",
    QT_TRANSLATE_NOOP(
        "Shortcuts", "Doelen: nieuw actieplan of nieuwe actie onder het gekozen doel"
    ),
)

_ID = Qt.ItemDataRole.UserRole
LEVEL_NAMES = {
    GoalLevel.OBJECTIVE: QT_TRANSLATE_NOOP("GoalsView", "Beleidsdoelstelling"),
    GoalLevel.PLAN: QT_TRANSLATE_NOOP("GoalsView", "Actieplan"),
    GoalLevel.ACTION: QT_TRANSLATE_NOOP("GoalsView", "Actie"),
}


class GoalTree(QTreeWidget):
    """The tree; a drop is turned into a move request (the view asks the services and
    rebuilds the tree), so Qt never moves an item on its own."""

    def __init__(self, view: GoalsView) -> None:
        super().__init__(view)
        self._view = view
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def dropEvent(self, event: QDropEvent) -> None:
        moving = self.currentItem()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if moving is None:
            return
        target = self.itemAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        moving_id, target_id = moving.data(0, _ID), target.data(0, _ID) if target else None
        # After the drag has ended: the move refills the tree, whose items the drag holds.
        QTimer.singleShot(0, lambda: self._view.drop(moving_id, target_id, position))


class GoalsView(View):
    key = "goals"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.data: GoalOverview | None = None
        self.by_id: dict[str, records.Goal] = {}
        self._stale = True
        self._filling = False

        left = QWidget(self)
        self.tree = GoalTree(self)
        self.tree.setAccessibleName(self.tr("Doelenboom"))
        self.tree.setHeaderLabels(
            [self.tr("Code en titel"), self.tr("Trekker"), self.tr("Fiches"), self.tr("Netto")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 150)
        self.tree.currentItemChanged.connect(lambda *_: self._chosen())
        self.tree.itemChanged.connect(self._renamed_in_tree)
        self.tree.installEventFilter(self)
        heading = QLabel(self.tr("<b>&Doelen</b>"), left)
        heading.setBuddy(self.tree)
        hint = QLabel(
            self.tr(
                "Slepen of Alt+↑/↓ om te verplaatsen, Alt+←/→ naar het vorige of volgende "
                "bovenliggende doel; F2 hernoemt; Delete verwijdert"
            ),
            left,
        )
        hint.setStyleSheet("color: #5F6B77;")
        hint.setWordWrap(True)
        self.new_objective_button = QPushButton(self.tr("Nieuwe &beleidsdoelstelling"), left)
        self.new_objective_button.clicked.connect(self.new_objective)
        self.new_child_button = QPushButton(self.tr("Nieuw &onderliggend doel"), left)
        self.new_child_button.clicked.connect(self.new_child)
        self.delete_button = QPushButton(self.tr("Verwijderen"), left)
        self.delete_button.clicked.connect(self.delete_goal)
        self.new_objective_button.setToolTip(self.tr("Nieuwe beleidsdoelstelling (Ctrl+Insert)"))
        self.new_child_button.setToolTip(
            self.tr("Een actieplan of actie onder het gekozen doel (Insert in de boom)")
        )
        self.delete_button.setToolTip(
            self.tr("Het gekozen doel met alles eronder verwijderen (Delete); ongedaan te maken")
        )
        buttons = QHBoxLayout()
        for button in (self.new_objective_button, self.new_child_button, self.delete_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 4)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(hint)
        left_layout.addLayout(buttons)

        self.editor = QWidget(self)
        self.level_label = QLabel(self.editor)
        self.level_label.setStyleSheet("font-weight: bold;")
        self.code_edit = QLineEdit(self.editor)
        self.code_edit.editingFinished.connect(
            lambda: self._field("code", self.code_edit.text().strip(), self.tr("Code wijzigen"))
        )
        self.title_edit = QLineEdit(self.editor)
        self.title_edit.editingFinished.connect(
            lambda: self._field("title", self.title_edit.text(), self.tr("Doel hernoemen"))
        )
        self.owner_box = QComboBox(self.editor)
        self.owner_box.setEditable(True)
        self.owner_box.setAccessibleName(self.tr("Trekker"))
        self.owner_box.activated.connect(lambda _i: self._owner_left())
        owner_line = self.owner_box.lineEdit()
        if owner_line is not None:
            owner_line.editingFinished.connect(self._owner_left)
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("T&rekker:"), self.owner_box)

        self.indicators = QTableWidget(0, 4, self.editor)
        self.indicators.setAccessibleName(self.tr("Indicatoren"))
        self.indicators.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Nulmeting"), self.tr("Streefwaarde"),
             self.tr("Streefjaar")]
        )  # fmt: skip
        self.indicators.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.indicators.itemChanged.connect(lambda _item: self._indicators_changed())
        self.add_indicator_button = QPushButton(self.tr("Indicator &toevoegen"), self.editor)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.remove_indicator_button = QPushButton(self.tr("Indicator verwijderen"), self.editor)
        self.remove_indicator_button.clicked.connect(self.remove_indicator)
        indicator_buttons = QHBoxLayout()
        indicator_buttons.addWidget(self.add_indicator_button)
        indicator_buttons.addWidget(self.remove_indicator_button)
        indicator_buttons.addStretch(1)

        self.proposals = QLabel(self.editor)
        self.proposals.setWordWrap(True)
        self.proposals.setTextFormat(Qt.TextFormat.PlainText)
        self.money = QTableWidget(0, 5, self.editor)
        self.money.setAccessibleName(self.tr("Middelen per jaar"))
        self.money.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.money.setHorizontalHeaderLabels(
            [self.tr("Investering"), self.tr("Ontv. inv."), self.tr("Werking"),
             self.tr("Ontv. werking"), self.tr("Netto")]
        )  # fmt: skip
        self.money.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.money.horizontalHeader().setStretchLastSection(True)

        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(8, 8, 8, 8)
        editor_layout.addWidget(self.level_label)
        editor_layout.addLayout(form)
        editor_layout.addWidget(QLabel(self.tr("<b>Indicatoren</b>"), self.editor))
        editor_layout.addWidget(self.indicators, 1)
        editor_layout.addLayout(indicator_buttons)
        editor_layout.addWidget(
            QLabel(self.tr("<b>Fiches en middelen per jaar</b> (met onderliggende doelen)"),
                   self.editor)
        )  # fmt: skip
        editor_layout.addWidget(self.proposals)
        editor_layout.addWidget(self.money, 2)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        add_action(self, NEW_OBJECTIVE, self.new_objective)
        add_action(self, NEW_CHILD, self.new_child)
        self.reload()

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self.data = goals.overview(store, ws)
        self.by_id = {g.id: g for g in self.data.goals}
        current = self.current_id()
        self._filling = True
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for goal in self.data.goals:
            parent = items.get(goal.parent_id or "")
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            if parent is None:
                self.tree.addTopLevelItem(item)
            money = self.data.money[goal.id]
            inv, inv_in, op, op_in = money.total()
            count = len(money.proposal_ids)
            item.setText(0, f"{goal.code} {goal.title}".strip())
            item.setToolTip(1, goals.owner_name(goal, self.data.owners))
            item.setText(1, goals.owner_name(goal, self.data.owners))
            item.setText(2, str(count) if count else "")
            item.setText(3, euro(inv - inv_in + op - op_in) if money.by_year else "")
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, _ID, goal.id)
            item.setToolTip(0, self.tr(LEVEL_NAMES[GoalLevel(goal.level)]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if goal.level == GoalLevel.OBJECTIVE:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            items[goal.id] = item
        self.tree.expandAll()
        people = organisation.participants.list(store, ws)
        self.owner_box.clear()
        self.owner_box.addItem("", None)
        for person in people:
            if person.name:
                self.owner_box.addItem(person.name, person.id)
        self._filling = False
        self._stale = False
        if current in items:
            self.tree.setCurrentItem(items[current])
        elif items:
            self.tree.setCurrentItem(next(iter(items.values())))
        self._chosen()

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def current(self) -> records.Goal | None:
        goal_id = self.current_id()
        return self.by_id.get(goal_id) if goal_id else None

    def select(self, goal_id: str) -> None:
        found = self._item(goal_id)
        if found is not None:
            self.tree.setCurrentItem(found)

    def _item(self, goal_id: str) -> QTreeWidgetItem | None:
        def walk(item: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
            if item is None:
                return None
            if item.data(0, _ID) == goal_id:
                return item
            for n in range(item.childCount()):
                found = walk(item.child(n))
                if found is not None:
                    return found
            return None

        for n in range(self.tree.topLevelItemCount()):
            found = walk(self.tree.topLevelItem(n))
            if found is not None:
                return found
        return None

    def _chosen(self) -> None:
        goal = self.current()
        self._filling = True
        self.editor.setEnabled(goal is not None)
        self.delete_button.setEnabled(goal is not None)
        self.new_child_button.setEnabled(goal is not None and goal.level < GoalLevel.ACTION)
        self.level_label.setText(self.tr(LEVEL_NAMES[GoalLevel(goal.level)]) if goal else "")
        self.code_edit.setText(goal.code if goal else "")
        self.title_edit.setText(goal.title if goal else "")
        owner_index = self.owner_box.findData(goal.owner_participant_id) if goal else 0
        if goal is not None and goal.owner_participant_id and owner_index >= 0:
            self.owner_box.setCurrentIndex(owner_index)
        else:
            self.owner_box.setCurrentIndex(0)
            self.owner_box.setEditText(goal.owner_text if goal else "")
        self.indicators.setRowCount(0)
        for indicator in goal.indicators if goal else ():
            row = self.indicators.rowCount()
            self.indicators.insertRow(row)
            year = "" if indicator.target_year is None else str(indicator.target_year)
            for column, text in enumerate((indicator.name, indicator.baseline, indicator.target,
                                           year)):  # fmt: skip
                self.indicators.setItem(row, column, QTableWidgetItem(text))
        self._fill_money(goal)
        self._filling = False

    def _fill_money(self, goal: records.Goal | None) -> None:
        self.money.setRowCount(0)
        if goal is None or self.data is None:
            self.proposals.setText("")
            return
        own = self.data.proposals.get(goal.id, [])
        under = self._branch(goal.id)
        count = sum(len(self.data.proposals.get(g, [])) for g in under)
        lines = []
        for f in own:
            net = sum(v[0] - v[1] + v[2] - v[3] for v in f.by_year.values())
            lines.append(f"• {f.code} {f.title}".replace("•  ", "• ") + f" — {euro(net)}")
        if count > len(own):
            lines.append(
                self.tr("Fiches onder de onderliggende doelen: {count}").format(
                    count=count - len(own)
                )
            )
        self.proposals.setText(
            "\n".join(lines) if lines else self.tr("Nog geen fiches onder dit doel.")
        )
        money = self.data.money[goal.id]
        years = self.data.years
        self.money.setRowCount(len(years) + 1)
        self.money.setVerticalHeaderLabels([str(y) for y in years] + [self.tr("Totaal")])
        for row, year in enumerate([*years, None]):
            values = money.total() if year is None else money.by_year.get(year, (0.0,) * 4)
            inv, inv_in, op, op_in = values
            for column, value in enumerate((inv, inv_in, op, op_in, inv - inv_in + op - op_in)):
                item = QTableWidgetItem(euro(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.money.setItem(row, column, item)

    def _branch(self, goal_id: str) -> list[str]:
        out = [goal_id]
        for g in self.data.goals if self.data else ():
            if g.parent_id in out:
                out.append(g.id)
        return out

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(
            Entity.GOAL, Entity.GOAL_INDICATOR, Entity.PROPOSAL, Entity.PROPOSAL_RESOURCE,
            Entity.PARTICIPANT,
        ):  # fmt: skip
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the view stores what is still being typed in the code or title.
        self._field("code", self.code_edit.text().strip(), self.tr("Code wijzigen"))
        self._field("title", self.title_edit.text(), self.tr("Doel hernoemen"))
        super().hideEvent(event)

    def activate(self) -> None:
        if self._stale:
            self.reload()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing ------------------------------------------------------------------------

    def _update(self, goal: records.Goal, label: str, **values: Any) -> None:
        store = self.controller.store
        old: dict[str, Any] = {}
        for key in values:
            if key == "indicators":
                old[key] = [goals.indicator_spec(i) for i in goal.indicators]
            else:
                old[key] = getattr(goal, key)
        if all(old[k] == v for k, v in values.items() if k != "indicators") and (
            "indicators" not in values or old["indicators"] == list(values["indicators"])
        ):
            return
        done = self.controller.perform(
            label,
            lambda: goals.update_goal(store, goal.id, **values),
            undo=lambda _rec: lambda: goals.update_goal(store, goal.id, **old),
        )
        if done is None or self._stale:
            self.reload()

    def _field(self, key: str, value: str, label: str) -> None:
        goal = self.current()
        if goal is not None and not self._filling:
            self._update(goal, label, **{key: value})

    def _renamed_in_tree(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        goal = self.by_id.get(item.data(0, _ID))
        if goal is None:
            return
        text = item.text(0).strip()
        if goal.code and text.startswith(goal.code):
            text = text[len(goal.code) :].strip()
        # After the editor has closed: storing refills the tree, and the item being
        # edited must not go while Qt still holds it.
        QTimer.singleShot(0, lambda: self._update(goal, self.tr("Doel hernoemen"), title=text))

    def _owner_left(self) -> None:
        goal = self.current()
        if goal is None or self._filling:
            return
        text = self.owner_box.currentText().strip()
        index = self.owner_box.findText(text, Qt.MatchFlag.MatchFixedString)
        person = self.owner_box.itemData(index) if index > 0 else None
        self._update(
            goal,
            self.tr("Trekker wijzigen"),
            owner_participant_id=person,
            owner_text="" if person else text,
        )

    def _indicator_specs(self) -> list[IndicatorSpec] | None:
        """The table's rows as specs; None (and the reason said) when a target year is
        no year: the table shows the stored indicators again, nothing changes."""
        specs = []
        for row in range(self.indicators.rowCount()):
            cells = [self.indicators.item(row, c) for c in range(4)]
            name, baseline, target, year = (c.text().strip() if c else "" for c in cells)
            if year and not year.isdigit():
                self.controller.failed.emit(
                    self.tr("Indicator {number}: het streefjaar ‘{year}’ is geen jaartal.").format(
                        number=row + 1, year=year
                    )
                )
                self._chosen()
                return None
            specs.append(IndicatorSpec(name, baseline, target, int(year) if year else None))
        return specs

    def _indicators_changed(self) -> None:
        goal = self.current()
        if goal is None or self._filling:
            return
        specs = self._indicator_specs()
        if specs is not None:
            self._update(goal, self.tr("Indicatoren wijzigen"), indicators=specs)

    def add_indicator(self) -> None:
        goal = self.current()
        if goal is not None:
            specs = self._indicator_specs()
            if specs is not None:
                specs.append(IndicatorSpec(self.tr("Nieuwe indicator")))
                self._update(goal, self.tr("Indicator toevoegen"), indicators=specs)

    def remove_indicator(self) -> None:
        goal = self.current()
        row = self.indicators.currentRow()
        if goal is not None and 0 <= row < self.indicators.rowCount():
            specs = self._indicator_specs()
            if specs is not None:
                del specs[row]
                self._update(goal, self.tr("Indicator verwijderen"), indicators=specs)

    def _create(self, parent_id: str | None, title: str, label: str) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        record = self.controller.create_with(
            label,
            lambda: goals.create_goal(store, ws, parent_id=parent_id, title=title),
            delete=lambda goal_id: goals.delete_goal(store, goal_id),
            restore=lambda gone: goals.restore_goal(store, gone),
        )
        if record is not None:
            if self._stale:
                self.reload()
            self.select(record.id)
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.selectAll()

    def new_objective(self) -> None:
        self._create(None, self.tr("Nieuwe beleidsdoelstelling"), self.tr("Doel toevoegen"))

    def new_child(self) -> None:
        goal = self.current()
        if goal is None or goal.level >= GoalLevel.ACTION:
            return
        title = self.tr("Nieuw actieplan") if goal.level == 1 else self.tr("Nieuwe actie")
        self._create(goal.id, title, self.tr("Doel toevoegen"))

    def delete_goal(self) -> None:
        goal = self.current()
        if goal is None:
            return
        store = self.controller.store
        self.controller.delete_with(
            self.tr("Doel verwijderen"),
            lambda: goals.delete_goal(store, goal.id),
            restore=lambda gone: goals.restore_goal(store, gone),
        )

    def move_goal(self, goal_id: str, parent_id: str | None, index: int) -> None:
        """Move a goal as one undo step; a move against the tree is refused with the rule."""
        store = self.controller.store

        def back(place: Place) -> Any:
            return lambda: goals.move_goal(store, goal_id, place.parent_id, place.index)

        self.controller.perform(
            self.tr("Doel verplaatsen"),
            lambda: goals.move_goal(store, goal_id, parent_id, index),
            undo=back,
            redo=lambda _place: lambda: goals.move_goal(store, goal_id, parent_id, index),
        )
        if self._stale:
            self.reload()
        self.select(goal_id)

    def _siblings(self, parent_id: str | None) -> list[records.Goal]:
        return [g for g in self.by_id.values() if g.parent_id == parent_id]

    def step(self, goal_id: str, delta: int) -> None:
        """Alt+↑/↓: one place up or down; past the first or last sibling into the end or
        start of the previous or next parent of the same level."""
        goal = self.by_id.get(goal_id)
        if goal is None:
            return
        siblings = self._siblings(goal.parent_id)
        index = [g.id for g in siblings].index(goal_id)
        target = index + delta
        if 0 <= target < len(siblings):
            self.move_goal(goal_id, goal.parent_id, target)
            return
        self.hop(goal_id, delta)

    def hop(self, goal_id: str, delta: int) -> None:
        """Alt+←/→: under the previous or next parent of the same level (at its end or
        start); a goal keeps its level, so a beleidsdoelstelling does not hop."""
        goal = self.by_id.get(goal_id)
        if goal is None or goal.parent_id is None:
            return
        parent = self.by_id[goal.parent_id]
        uncles = self._siblings(parent.parent_id)
        at = [g.id for g in uncles].index(parent.id) + delta
        if 0 <= at < len(uncles):
            new_parent = uncles[at]
            index = len(self._siblings(new_parent.id)) if delta < 0 else 0
            self.move_goal(goal_id, new_parent.id, index)

    def drop(self, goal_id: str, target_id: str | None, position: Any) -> None:
        goal, target = self.by_id.get(goal_id), self.by_id.get(target_id or "")
        if goal is None or target is None or target_id == goal_id:
            return
        on = QAbstractItemView.DropIndicatorPosition.OnItem
        if position == on or target.level == goal.level - 1:
            # Onto a goal one level up: the last of its children.
            self.move_goal(goal_id, target.id, len(self._siblings(target.id)))
            return
        siblings = [g.id for g in self._siblings(target.parent_id) if g.id != goal_id]
        index = siblings.index(target.id) if target.id in siblings else len(siblings)
        if position == QAbstractItemView.DropIndicatorPosition.BelowItem:
            index += 1
        self.move_goal(goal_id, target.parent_id, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            goal_id = self.current_id()
            alt = key_event.modifiers() & Qt.KeyboardModifier.AltModifier
            if goal_id and alt and key_event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.step(goal_id, -1 if key_event.key() == Qt.Key.Key_Up else 1)
                return True
            if goal_id and alt and key_event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.hop(goal_id, -1 if key_event.key() == Qt.Key.Key_Left else 1)
                return True
            if goal_id and key_event.key() == Qt.Key.Key_Delete:
                self.delete_goal()
                return True
            if key_event.key() == Qt.Key.Key_Insert and not key_event.modifiers():
                self.new_child() if goal_id else self.new_objective()
                return True
        return super().eventFilter(watched, event)


__all__ = ["GoalsView"]
