"""The workshop's own list of target groups (doelgroepen), edited from the paths view:
add, rename, order (drag or Alt+↑/↓) and remove. A group that paths use is not
removed behind their back: the dialog names those paths and asks where their
impact goes, or leaves the group. Every step is one undo step of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.services import target_groups
from app.ui.base.controller import WorkshopController
from app.ui.widgets.editors.ordered_list import OrderedList

# Asks (title, label, choices) and returns the chosen text, or None; tests replace it.
Ask = Callable[[QWidget, str, str, list[str]], str | None]
AskText = Callable[[QWidget, str, str, str], str | None]


def _ask_item(parent: QWidget, title: str, label: str, choices: list[str]) -> str | None:
    text, ok = QInputDialog.getItem(parent, title, label, choices, 0, False)
    return text if ok else None


def _ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    typed, ok = QInputDialog.getText(parent, title, label, text=text)
    return typed if ok else None


class TargetGroupsDialog(QDialog):
    ask_item: Ask = staticmethod(_ask_item)
    ask_text: AskText = staticmethod(_ask_text)

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Doelgroepen"))
        self.groups: list[records.TargetGroup] = []
        intro = QLabel(
            self.tr(
                "Voor wie creëren de paden impact? De lijst geldt voor alle paden van "
                "deze workshop."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = OrderedList(self)
        self.list.setAccessibleName(self.tr("Doelgroepen"))
        self.list.moveRequested.connect(self._move)
        self.list.removeRequested.connect(self.remove)
        self.list.addRequested.connect(self.add)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename())
        self.add_button = QPushButton(self.tr("&Toevoegen…"), self)
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Hernoemen…"), self)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button = QPushButton(self.tr("&Verwijderen…"), self)
        self.remove_button.clicked.connect(lambda: self.remove(self.list.current_id()))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(420, 360)
        self.reload()

    def reload(self, current: str | None = None) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self.groups = target_groups.list_groups(store, ws)
        self.list.fill(
            [(g.id, g.name, g.name) for g in self.groups], current or self.list.current_id()
        )

    def _name(self, group_id: str | None) -> str:
        return next((g.name for g in self.groups if g.id == group_id), "")

    def add(self) -> None:
        name = self.ask_text(self, self.tr("Doelgroep toevoegen"), self.tr("Naam:"), "")
        if not name or not name.strip():
            return
        made = self.controller.create(
            target_groups.groups,
            self.controller.workshop.id,
            self.tr("Doelgroep toevoegen"),
            name=name,
        )
        self.reload(made.id if made is not None else None)

    def rename(self) -> None:
        group_id = self.list.current_id()
        if group_id is None:
            return
        name = self.ask_text(
            self, self.tr("Doelgroep hernoemen"), self.tr("Nieuwe naam:"), self._name(group_id)
        )
        if name is None or name.strip() == self._name(group_id):
            return
        self.controller.update(
            target_groups.groups, group_id, self.tr("Doelgroep hernoemen"), name=name
        )
        self.reload(group_id)

    def remove(self, group_id: str | None) -> None:
        if group_id is None:
            return
        store = self.controller.store
        using = target_groups.paths_using(store, group_id)
        move_to: str | None = None
        if using:
            others = [g for g in self.groups if g.id != group_id]
            titles = "\n".join(f"• {p.title}" for p in using)
            label = self.tr(
                "‘{0}’ is de doelgroep van impact in deze paden:\n{1}\n\n"
                "Naar welke doelgroep gaat die impact?"
            ).format(self._name(group_id), titles)
            chosen = self.ask_item(
                self, self.tr("Doelgroep verwijderen"), label, [g.name for g in others]
            )
            if chosen is None:
                return  # the facilitator keeps the group
            move_to = next(g.id for g in others if g.name == chosen)
        self.controller.delete_with(
            self.tr("Doelgroep verwijderen"),
            lambda: target_groups.delete_group(store, group_id, move_to),
            restore=lambda gone: target_groups.restore_group(store, gone),
        )
        self.reload()

    def _move(self, group_id: str, index: int) -> None:
        before = [g.id for g in self.groups]
        self.controller.move(
            target_groups.groups, group_id, index, before, self.tr("Doelgroep verplaatsen")
        )
        self.reload(group_id)
