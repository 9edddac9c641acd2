"""The statement bank of this workshop: the default 7 × 10 statements, editable.

F2 rewords a statement (its answers stay: they belong to the statement, not to
its wording), Delete removes it with its answers (undo brings both back),
Ctrl+Up and Ctrl+Down move it within its area, Insert adds one to the area of
the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.analysis import edits
from app.ui.analysis.data import AnalysisData
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController

_ID = Qt.ItemDataRole.UserRole
_AREA = Qt.ItemDataRole.UserRole + 1

shortcuts.add(
    "statement_add",
    "Ins",
    QT_TRANSLATE_NOOP("Shortcuts", "Stelling toevoegen (Zelfevaluatie, Stellingen)"),
)
shortcuts.add(
    "statement_up",
    "Ctrl+Up",
    QT_TRANSLATE_NOOP("Shortcuts", "Stelling omhoog (Zelfevaluatie, Stellingen)"),
)
shortcuts.add(
    "statement_down",
    "Ctrl+Down",
    QT_TRANSLATE_NOOP("Shortcuts", "Stelling omlaag (Zelfevaluatie, Stellingen)"),
)


class BankTab(QWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.data: AnalysisData | None = None
        self._structure: list[object] = []
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Stelling"), self.tr("Antwoorden")])
        self.tree.setAccessibleName(self.tr("Stellingen per intern domein"))
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._edited)
        self.tree.currentItemChanged.connect(lambda *_: self._show_target())
        self.tree.installEventFilter(self)

        self.target = QLabel(self)
        self.new_text = QLineEdit(self)
        self.new_text.setAccessibleName(self.tr("Nieuwe stelling"))
        self.new_text.setPlaceholderText(self.tr("Typ een nieuwe stelling en druk op Enter"))
        self.new_text.returnPressed.connect(self._add)
        self.new_text.installEventFilter(self)
        self.target.setBuddy(self.new_text)

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Verwijderen (Delete)"), self.delete_current),
            (self.tr("Omhoog (Ctrl+↑)"), lambda: self.move_current(-1)),
            (self.tr("Omlaag (Ctrl+↓)"), lambda: self.move_current(1)),
        ):
            button = QPushButton(text, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "F2: herformuleren (de antwoorden blijven) · Delete: verwijderen met de "
                "antwoorden (Ctrl+Z zet ze terug) · Insert: nieuwe stelling"
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.target)
        layout.addWidget(self.new_text)

    # -- showing -------------------------------------------------------------------------

    def refresh(self, data: AnalysisData) -> None:
        self.data = data
        current = self.current_id()
        structure: list[object] = [
            (a.id, a.name, [(s.id, s.text) for s in data.statements_of(a.id)])
            for a in data.internal_areas
        ]
        self.tree.blockSignals(True)
        if structure != self._structure:
            self._rebuild(data)
            self._structure = structure
        self._count(data)
        self.tree.blockSignals(False)
        self.select(current)
        self._show_target()

    def _rebuild(self, data: AnalysisData) -> None:
        self.tree.clear()
        for number, area in enumerate(data.internal_areas, start=1):
            top = QTreeWidgetItem(self.tree, [f"{number}. {area.name}", ""])
            top.setData(0, _AREA, area.id)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for statement in data.statements_of(area.id):
                item = QTreeWidgetItem(top, [statement.text, ""])
                item.setData(0, _ID, statement.id)
                item.setData(0, _AREA, area.id)
                item.setToolTip(0, statement.text)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                )
        self.tree.expandAll()

    def _count(self, data: AnalysisData) -> None:
        for item in self._items():
            item.setText(1, str(data.answer_count(item.data(0, _ID))))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _items(self) -> list[QTreeWidgetItem]:
        return [
            self.tree.topLevelItem(a).child(s)
            for a in range(self.tree.topLevelItemCount())
            for s in range(self.tree.topLevelItem(a).childCount())
        ]

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def current_area(self) -> str | None:
        item = self.tree.currentItem()
        if item is None and self.tree.topLevelItemCount():
            item = self.tree.topLevelItem(0)
        return item.data(0, _AREA) if item is not None else None

    def select(self, statement_id: str | None) -> None:
        for item in self._items():
            if item.data(0, _ID) == statement_id:
                self.tree.setCurrentItem(item)
                return

    def _show_target(self) -> None:
        areas = self.data.internal_areas if self.data else []
        area = next((a for a in areas if a.id == self.current_area()), None)
        name = area.name.replace("&", "&&") if area else "–"  # a label with a buddy eats "&"
        self.target.setText(self.tr("Nieuwe stelling in {0} (Insert):").format(name))

    # -- editing -------------------------------------------------------------------------

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        statement_id = item.data(0, _ID)
        if column != 0 or not statement_id or self.data is None:
            return
        old = next((s.text for s in self.data.statements if s.id == statement_id), None)
        text = item.text(0).strip()
        if text == old:
            return
        if not edits.edit_statement(self.controller, statement_id, text):
            self.tree.blockSignals(True)
            item.setText(0, old or "")  # refused (empty): show what is stored
            self.tree.blockSignals(False)

    def _add(self) -> None:
        area_id = self.current_area()
        text = self.new_text.text().strip()
        if not area_id or not text:
            return
        created = edits.add_statement(self.controller, area_id, text)
        if created is not None:
            self.new_text.clear()
            self.select(created.id)

    def delete_current(self) -> None:
        statement_id = self.current_id()
        if not statement_id:
            return
        items = self._items()
        ids = [i.data(0, _ID) for i in items]
        at = ids.index(statement_id)
        follow = ids[at + 1] if at + 1 < len(ids) else (ids[at - 1] if at else None)
        if edits.delete_statement(self.controller, statement_id) is not None:
            self.select(follow)

    def move_current(self, step: int) -> None:
        item = self.tree.currentItem()
        statement_id = self.current_id()
        if item is None or not statement_id or self.data is None:
            return
        siblings = [s.id for s in self.data.statements_of(item.data(0, _AREA))]
        index = siblings.index(statement_id) + step
        if 0 <= index < len(siblings):
            edits.move_statement(self.controller, statement_id, index, siblings)
            self.select(statement_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        if watched is self.tree and self.tree.state() != QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Delete and not mods:
                self.delete_current()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and (
                mods == Qt.KeyboardModifier.ControlModifier
            ):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key == Qt.Key.Key_Insert:
                self.new_text.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        if watched is self.new_text and key == Qt.Key.Key_Escape:
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)
