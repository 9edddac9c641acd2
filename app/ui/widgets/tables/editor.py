"""A list editor: an editable table with add, delete and move, every edit an undo step.

Subclasses say which entity they edit, its columns and its undo labels; the
table reloads from the store whenever the controller reports a change to what
it shows (also after undo and redo, which are ordinary changes here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.services.entities import Entity
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.widgets.tables.model import Column, RecordTableModel

# Insert adds, as in the other lists of the app; Ctrl+N for laptops without an Insert key.
ADD = shortcuts.add(
    "people_places_add",
    "Ins",
    QT_TRANSLATE_NOOP("Shortcuts", "Deelnemers, clusters, locaties, sessies: rij toevoegen"),
)
ADD_ALT = shortcuts.add(
    "people_places_add_alt",
    "Ctrl+N",
    QT_TRANSLATE_NOOP("Shortcuts", "Deelnemers, clusters, locaties, sessies: rij toevoegen"),
)
DELETE = shortcuts.add(
    "people_places_delete",
    "Del",
    QT_TRANSLATE_NOOP("Shortcuts", "Deelnemers, clusters, locaties, sessies: rij verwijderen"),
)
UP = shortcuts.add(
    "people_places_up",
    "Alt+Up",
    QT_TRANSLATE_NOOP("Shortcuts", "Deelnemers, clusters, locaties, sessies: rij omhoog"),
)
DOWN = shortcuts.add(
    "people_places_down",
    "Alt+Down",
    QT_TRANSLATE_NOOP("Shortcuts", "Deelnemers, clusters, locaties, sessies: rij omlaag"),
)
shortcuts.add(
    "people_places_edit",
    "F2",
    QT_TRANSLATE_NOOP("Shortcuts", "Deelnemers, clusters, locaties, sessies: cel bewerken"),
)


class RecordTableEditor(QWidget):
    """Override :meth:`columns`, :meth:`load`, :meth:`new_values` and :meth:`labels`."""

    entity: Entity
    # The change-set names (storage tables) whose changes this table shows.
    watches: tuple[str, ...] = ()
    # Where typing starts in a new row.
    type_column: int = 0

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._stale = True  # loaded when first shown: a window has many hidden lists
        self.table = QTableView(self)
        self.model = RecordTableModel(self.columns(), self.commit, self)
        self.table.setModel(self.model)
        self._configure_table()

        # No mnemonics: the menu bar and the context bar already use most letters,
        # and each button has a real shortcut (shown in its tooltip).
        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.up_button = QPushButton(self.tr("Omhoog"), self)
        self.down_button = QPushButton(self.tr("Omlaag"), self)
        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._build_actions()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # The list first: that is where the work is; the buttons after it.
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)

        controller.changed.connect(self.on_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- what subclasses say ---------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def load(self) -> Sequence[Any]:
        raise NotImplementedError

    def new_values(self) -> dict[str, Any]:
        """The values of a row made with Toevoegen."""
        raise NotImplementedError

    def labels(self) -> dict[str, str]:
        """Undo-step texts: keys add, edit, delete, move."""
        raise NotImplementedError

    def summary_text(self) -> str:
        return ""

    # -- building ----------------------------------------------------------------------

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setHighlightSections(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)

    def _build_actions(self) -> None:
        specs = (
            (ADD, self.add_row, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (DELETE, self.delete_rows, self.table, Qt.ShortcutContext.WidgetShortcut),
            (UP, lambda: self.move_row(-1), self.table, Qt.ShortcutContext.WidgetShortcut),
            (DOWN, lambda: self.move_row(1), self.table, Qt.ShortcutContext.WidgetShortcut),
        )
        buttons = (self.add_button, self.delete_button, self.up_button, self.down_button)
        for (spec, slot, owner, context), button in zip(specs, buttons, strict=True):
            action = QAction(button.text(), owner)
            keys = [spec.key, ADD_ALT.key] if spec is ADD else [spec.key]
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            owner.addAction(action)
            key = QKeySequence(spec.key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{shortcuts.translated(spec)} ({key})")
            button.clicked.connect(slot)
            button.setAutoDefault(False)

    # -- showing the store -------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        current = self.table.currentIndex()
        record_id = self.current_id()
        self.model.set_records(self.load())
        # The same record if it is still there, else the row that took its place.
        self.select(record_id, max(current.column(), 0), fallback_row=current.row())
        self.summary.setText(self.summary_text())
        self._update_buttons()

    def on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*self.watches):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # a hidden list catches up when shown, not on every capture

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.record(row).id if 0 <= row < self.model.rowCount() else None

    def current_record(self) -> Any | None:
        row = self.table.currentIndex().row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def selected_records(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.record(r) for r in rows]

    def select(self, record_id: str | None, column: int = 0, fallback_row: int = 0) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            if self.model.rowCount() == 0:
                return
            row = min(max(fallback_row, 0), self.model.rowCount() - 1)
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row()
        has = 0 <= row < self.model.rowCount()
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)

    # -- edits, all through the controller ---------------------------------------------

    @property
    def workshop_id(self) -> str:
        return self.controller.workshop.id

    def commit(self, record: Any, field: str, value: Any) -> bool:
        done = self.controller.update(
            self.entity, record.id, self.labels()["edit"], **{field: value}
        )
        return done is not None

    def add_row(self) -> Any:
        """Add a row after the others and start typing its first field."""
        record = self.controller.create(
            self.entity, self.workshop_id, self.labels()["add"], **self.new_values()
        )
        if record is not None:
            self.select(record.id, self.type_column)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.edit(self.table.currentIndex())
        return record

    def delete_rows(self) -> None:
        records = self.selected_records()
        if records:
            self.delete_records(records)

    def delete_records(self, records: Sequence[Any]) -> None:
        """Several rows are one undo step."""
        stack = self.controller.undo_stack
        stack.beginMacro(self.labels()["delete"])
        try:
            for record in records:
                self.controller.delete(self.entity, record.id, self.labels()["delete"])
        finally:
            stack.endMacro()

    def move_row(self, step: int) -> None:
        row = self.table.currentIndex().row()
        target = row + step
        if not (0 <= row < self.model.rowCount() and 0 <= target < self.model.rowCount()):
            return
        siblings = [r.id for r in self.model.records]
        self.controller.move(self.entity, siblings[row], target, siblings, self.labels()["move"])
