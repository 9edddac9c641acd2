"""A fiche's actions and phasing: a small timeline with actions as rows and the
planning period's years as columns, each action a bar from its start to its end."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.services.proposals import ActionSpec

Index = QModelIndex | QPersistentModelIndex
TEXT, START, END, FIRST_YEAR = 0, 1, 2, 3
_SPAN = Qt.ItemDataRole.UserRole  # (start, end) on the text cell
BAR = QColor("#4E79A7")


class _Delegate(QStyledItemDelegate):
    """Edits text and years, hands the result to the editor widget; paints the bars."""

    def __init__(self, owner: PhasingEditor) -> None:
        super().__init__(owner.table)
        self.owner = owner

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget | None:
        if index.column() in (START, END):
            spin = QSpinBox(parent)
            # Wider than the period on purpose: a year outside it gets the service's message.
            spin.setRange(1901, 2199)
            spin.setAccessibleName(self.owner.table.horizontalHeaderItem(index.column()).text())
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data()))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        row = index.row()
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            self.owner.change(
                row, **{"start_year" if index.column() == START else "end_year": editor.value()}
            )
        elif isinstance(editor, QLineEdit) and editor.text() != index.data():
            self.owner.change(row, text=editor.text())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() < FIRST_YEAR:
            super().paint(painter, option, index)
            return
        year = self.owner.years[index.column() - FIRST_YEAR]
        start, end = index.siblingAtColumn(TEXT).data(_SPAN)
        rect: QRect = option.rect
        painter.save()
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Highlight).lighter(170))
        painter.setPen(QColor("#D5DAE0"))
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        if start <= year <= end:
            left = rect.left() + (5 if year == start else 0)
            right = rect.right() - (5 if year == end else -1)
            bar = QRect(left, rect.top() + rect.height() // 4, right - left, rect.height() // 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR)
            painter.drawRoundedRect(bar, 3, 3)
        painter.restore()


class _Table(QTableWidget):
    def __init__(self, owner: PhasingEditor) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key, mods = event.key(), event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if index.isValid() and not editing:
            if key == Qt.Key.Key_Delete:
                self.owner.remove(index.row())
                return
            if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.owner.move(index.row(), -1 if key == Qt.Key.Key_Up else 1)
                return
            if index.column() >= FIRST_YEAR and key == Qt.Key.Key_Space:
                self.owner.reach(index.row(), index.column())
                return
        super().keyPressEvent(event)


class PhasingEditor(QWidget):
    """Edit an action's text, start and end year in the cells; a double click (or Space)
    in a year stretches the bar to that year, or shortens it. The line below adds one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (wanted actions, undo label) -> stored?  The owner sets it.
        self.commit: Callable[[list[ActionSpec], str], bool] = lambda _a, _label: False
        self.years: list[int] = []
        self._actions: list[ActionSpec] = []
        self.table = _Table(self)
        self.table.setAccessibleName(self.tr("Acties en fasering"))
        self.table.setItemDelegate(_Delegate(self))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.cellDoubleClicked.connect(self._clicked)
        self.table.currentCellChanged.connect(lambda *_: self._enable())

        self.new_line = QLineEdit(self)
        self.new_line.setPlaceholderText(self.tr("Nieuwe actie… (Enter)"))
        self.new_line.setAccessibleName(self.tr("Nieuwe actie"))
        self.new_line.setClearButtonEnabled(True)
        self.new_line.returnPressed.connect(self._add)
        self.up_button = self._button("↑", self.tr("Actie omhoog (Alt+Omhoog)"), -1)
        self.down_button = self._button("↓", self.tr("Actie omlaag (Alt+Omlaag)"), 1)
        self.delete_button = QToolButton(self)
        self.delete_button.setText("✕")
        tip = self.tr("Actie verwijderen (Delete)")
        self.delete_button.setToolTip(tip)
        self.delete_button.setAccessibleName(tip)
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.delete_button.clicked.connect(lambda: self.remove(self.table.currentRow()))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(self.new_line, 1)
        for button in (self.up_button, self.down_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table)
        layout.addLayout(bar)

    def _button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.move(self.table.currentRow(), step))
        return button

    # -- showing --------------------------------------------------------------------------

    def actions(self) -> list[ActionSpec]:
        return list(self._actions)

    def set_period(self, years: Sequence[int]) -> None:
        self.years = list(years)
        headers = [self.tr("Actie"), self.tr("Van"), self.tr("Tot"), *map(str, self.years)]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        digits = self.fontMetrics().horizontalAdvance("2026") + 14
        for column in range(START, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, digits)

    def set_actions(self, actions: Sequence[records.ProposalAction | ActionSpec]) -> None:
        row, column = self.table.currentRow(), self.table.currentColumn()
        self._actions = [ActionSpec(a.text, a.start_year, a.end_year) for a in actions]
        self.table.setRowCount(len(self._actions))
        for n, action in enumerate(self._actions):
            text = self._item(n, TEXT)
            text.setText(action.text)
            text.setToolTip(action.text)
            text.setData(_SPAN, (action.start_year, action.end_year))
            for column_no, year in ((START, action.start_year), (END, action.end_year)):
                item = self._item(n, column_no)
                item.setText(str(year))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for offset, year in enumerate(self.years):
                cell = self._item(n, FIRST_YEAR + offset)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                inside = action.start_year <= year <= action.end_year
                cell.setToolTip(self.tr("{0}: loopt").format(year) if inside else str(year))
        line = self.fontMetrics().lineSpacing() + 10
        self.table.verticalHeader().setDefaultSectionSize(line)
        rows = max(len(self._actions), 1)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + rows * line + 4
        )
        if self._actions and row >= 0:
            self.table.setCurrentCell(min(row, len(self._actions) - 1), max(column, 0))
        self._enable()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        """The cell's item, made when missing; updated in place so an open editor stays."""
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        return item

    def _enable(self) -> None:
        row = self.table.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._actions) - 1)
        self.delete_button.setEnabled(0 <= row < len(self._actions))

    # -- asking for changes ----------------------------------------------------------------

    def change(self, row: int, **fields: object) -> bool:
        old = self._actions[row]
        new = ActionSpec(
            str(fields.get("text", old.text)),
            int(fields.get("start_year", old.start_year)),  # type: ignore[call-overload]
            int(fields.get("end_year", old.end_year)),  # type: ignore[call-overload]
        )
        if new == old:
            return True
        wanted = list(self._actions)
        wanted[row] = new
        label = self.tr("Actie wijzigen") if "text" in fields else self.tr("Fasering wijzigen")
        return self.commit(wanted, label)

    def reach(self, row: int, column: int) -> bool:
        """Stretch (or shorten) the bar to the year in ``column``."""
        action, year = self._actions[row], self.years[column - FIRST_YEAR]
        if year < action.start_year:
            return self.change(row, start_year=year)
        return self.change(row, end_year=year)

    def _clicked(self, row: int, column: int) -> None:
        if column >= FIRST_YEAR:
            self.reach(row, column)

    def _add(self) -> None:
        text = self.new_line.text()
        if not text.strip():
            return
        first = self.years[0] if self.years else 0
        if self.commit(
            [*self._actions, ActionSpec(text, first, first)], self.tr("Actie toevoegen")
        ):
            self.new_line.clear()
            self.table.setCurrentCell(len(self._actions) - 1, END)

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self._actions):
            return False
        wanted = self._actions[:row] + self._actions[row + 1 :]
        return self.commit(wanted, self.tr("Actie verwijderen"))

    def move(self, row: int, step: int) -> bool:
        target = row + step
        if not (0 <= row < len(self._actions) and 0 <= target < len(self._actions)):
            return False
        wanted = list(self._actions)
        wanted.insert(target, wanted.pop(row))
        if self.commit(wanted, self.tr("Actie verplaatsen")):
            self.table.setCurrentCell(target, self.table.currentColumn())
            return True
        return False
