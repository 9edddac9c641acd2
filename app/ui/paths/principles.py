"""Leidende principes: numbered in their order (drag or Alt+Up/Alt+Down), each with
a title and a text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.changes import ChangeSet
from app.domain.errors import NotFound
from app.services import paths
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.base.view import View
from app.ui.widgets.editors.actions import add_action
from app.ui.widgets.editors.fields import CommitTextEdit, same_text, show_line
from app.ui.widgets.editors.ordered_list import OrderedList

NEW_PRINCIPLE = shortcuts.add(
    "principles_new",
    "Ctrl+Ins",
    QT_TRANSLATE_NOOP("Shortcuts", "Leidende principes: nieuw principe"),
)


class PrinciplesView(View):
    key = "principles"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.record: records.Principle | None = None
        self._stale = True

        left = QWidget(self)
        self.list = OrderedList(left)
        self.list.setAccessibleName(self.tr("Leidende principes"))
        self.list.currentItemChanged.connect(lambda *_: self._chosen())
        self.list.moveRequested.connect(self._move)
        self.list.removeRequested.connect(self.delete_principle)
        self.list.addRequested.connect(self.new_principle)
        heading = QLabel(self.tr("<b>&Leidende principes</b>"), left)
        heading.setBuddy(self.list)
        hint = QLabel(self.tr("Slepen of Alt+↑/↓ om te ordenen"), left)
        hint.setStyleSheet("color: #5F6B77;")
        self.new_button = QPushButton(self.tr("&Nieuw principe"), left)
        self.new_button.setToolTip(self.tr("Nieuw principe (Insert in de lijst, Ctrl+Insert)"))
        self.new_button.clicked.connect(self.new_principle)
        self.delete_button = QPushButton(self.tr("Verwijderen"), left)
        self.delete_button.setToolTip(self.tr("Het gekozen principe verwijderen (Delete)"))
        self.delete_button.clicked.connect(lambda: self.delete_principle(self.list.current_id()))
        for button in (self.new_button, self.delete_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 4)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(hint)
        left_layout.addLayout(buttons)

        self.editor = QWidget(self)
        self.number = QLabel(self.editor)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.number.setFont(font)
        self.title_edit = QLineEdit(self.editor)
        self.title_edit.setAccessibleName(self.tr("Titel van het principe"))
        self.title_edit.setFont(font)
        self.title_edit.editingFinished.connect(
            lambda: self._text_left("title", self.title_edit.text(), self.tr("Titel wijzigen"))
        )
        self.text_edit = CommitTextEdit(self.editor, lines=8)
        self.text_edit.setAccessibleName(self.tr("Tekst van het principe"))
        self.text_edit.editingFinished.connect(
            lambda: self._text_left("text", self.text_edit.text(), self.tr("Tekst wijzigen"))
        )
        title_label = QLabel(self.tr("&Titel:"), self.editor)
        title_label.setBuddy(self.title_edit)
        text_label = QLabel(self.tr("Te&kst:"), self.editor)
        text_label.setBuddy(self.text_edit)
        title_row = QHBoxLayout()
        title_row.addWidget(self.number)
        title_row.addWidget(self.title_edit, 1)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(8, 8, 8, 8)
        editor_layout.addWidget(title_label)
        editor_layout.addLayout(title_row)
        editor_layout.addWidget(text_label)
        editor_layout.addWidget(self.text_edit, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 720])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        add_action(self, NEW_PRINCIPLE, self.new_principle)
        self.reload()

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        listed = paths.principles.list(self.controller.store, self.controller.workshop.id)
        current = self.record.id if self.record else None
        self.list.fill([(p.id, f"{p.number}. {p.title}", p.text) for p in listed], current)
        self._stale = False
        self._chosen()

    def _chosen(self) -> None:
        principle_id = self.list.current_id()
        if self.record is not None and principle_id != self.record.id:
            self.commit_pending()
        try:
            self.record = (
                paths.principles.get(self.controller.store, principle_id) if principle_id else None
            )
        except NotFound:
            self.record = None
        p = self.record
        self.editor.setEnabled(p is not None)
        self.delete_button.setEnabled(p is not None)
        self.number.setText(f"{p.number}." if p else "")
        show_line(self.title_edit, p.title if p else "")
        self.text_edit.set_text(p.text if p else "")

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("principle"):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.commit_pending()
        super().hideEvent(event)

    def activate(self) -> None:
        if self._stale:
            self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing ------------------------------------------------------------------------------

    def _text_left(self, field: str, text: str, label: str) -> None:
        p = self.record
        if p is None or same_text(text, getattr(p, field)):
            return
        if self.controller.update(paths.principles, p.id, label, **{field: text}) is None:
            self._chosen()  # refused: show the stored text again

    def commit_pending(self) -> None:
        self._text_left("title", self.title_edit.text(), self.tr("Titel wijzigen"))
        self._text_left("text", self.text_edit.text(), self.tr("Tekst wijzigen"))

    def new_principle(self) -> None:
        record = self.controller.create(
            paths.principles,
            self.controller.workshop.id,
            self.tr("Principe toevoegen"),
            title=self.tr("Nieuw principe"),
        )
        if record is not None:
            if self._stale:
                self.reload()
            self.select(record.id)
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.selectAll()

    def delete_principle(self, principle_id: str | None) -> None:
        if principle_id:
            self.controller.delete(paths.principles, principle_id, self.tr("Principe verwijderen"))

    def select(self, principle_id: str) -> None:
        ids = self.list.ids()
        if principle_id in ids:
            self.list.setCurrentRow(ids.index(principle_id))

    def _move(self, principle_id: str, index: int) -> None:
        before = [
            p.id for p in paths.principles.list(self.controller.store, self.controller.workshop.id)
        ]
        self.controller.move(
            paths.principles, principle_id, index, before, self.tr("Principe verplaatsen")
        )
        if self._stale:
            self.reload()
        self.select(principle_id)
