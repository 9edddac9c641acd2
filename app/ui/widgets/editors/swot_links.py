"""SWOT points linked to a path or fiche: a list, a searchable picker to add, remove."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.enums import Quadrant
from app.services import swot
from app.ui.base.controller import WorkshopController
from app.ui.widgets.editors.fields import soften_selection
from app.ui.widgets.editors.folding import matches
from app.ui.widgets.editors.wrapping import wrap_rows

_ID = Qt.ItemDataRole.UserRole
_SEARCH = Qt.ItemDataRole.UserRole + 1


def point_label(item: records.SwotItem) -> str:
    more = f"  (×{item.cluster_count})" if item.cluster_count > 1 else ""
    return f"{item.quadrant.value} · {item.text}{more}"


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.query = ""

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self.query = query
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.query.strip():
            return True
        text = self.sourceModel().index(row, 0, parent).data(_SEARCH)
        return matches(self.query, text or "")


class SwotPicker(QDialog):
    """Type to narrow the points, pick one or more (Ctrl/Shift), Enter links them."""

    def __init__(
        self, items: Sequence[records.SwotItem], exclude: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SWOT-punten koppelen"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek in de SWOT-punten…"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        model = QStandardItemModel(self)
        for item in items:
            if item.id in exclude:
                continue
            row = QStandardItem(point_label(item))
            row.setEditable(False)
            row.setToolTip(f"{item.quadrant.label}: {item.text}")
            row.setData(item.id, _ID)
            row.setData(f"{item.quadrant.label} {item.text}", _SEARCH)
            model.appendRow(row)
        self.filter = _Filter(self)
        self.filter.setSourceModel(model)
        self.view = QListView(self)
        self.view.setModel(self.filter)
        self.view.setAccessibleName(self.tr("SWOT-punten"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        wrap_rows(self.view)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.count = QLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Koppelen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Zoeken:"), self)
        label.setBuddy(self.search)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._narrow)
        self.search.installEventFilter(self)
        self.resize(640, 480)
        self._narrow("")

    def _narrow(self, text: str) -> None:
        self.filter.set_query(text)
        if self.filter.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.setCurrentIndex(self.filter.index(0, 0))
        self.count.setText(self.tr("{0} punten").format(self.filter.rowCount()))

    def eventFilter(self, watched: object, event: object) -> bool:
        # Down from the search line goes into the list, as in a launcher.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def chosen_ids(self) -> list[str]:
        rows = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: i.row())
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex()]
        return [index.data(_ID) for index in rows]


def ask_points(parent: QWidget, controller: WorkshopController, exclude: set[str]) -> list[str]:
    """Open the picker over the workshop's points (consolidated ones, not the absorbed)."""
    items = swot.list_items(controller.store, controller.workshop.id)
    dialog = SwotPicker(items, exclude, parent)
    return dialog.chosen_ids() if dialog.exec() == QDialog.DialogCode.Accepted else []


class _LinkList(QListWidget):
    def __init__(self, owner: SwotLinks) -> None:
        super().__init__(owner)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self._owner.remove_current()
            return
        if event.key() == Qt.Key.Key_Insert:
            self._owner.add()
            return
        super().keyPressEvent(event)


class SwotLinks(QWidget):
    """The linked points; Insert (or the button) opens the picker, Delete unlinks."""

    def __init__(
        self, controller: WorkshopController, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._ids: list[str] = []
        # (wanted ids, undo label) -> stored?  The owner sets it.
        self.commit: Callable[[list[str], str], bool] = lambda _ids, _label: False
        # Asks which points to add; a test replaces it to skip the dialog.
        self.pick: Callable[[set[str]], list[str]] = lambda exclude: ask_points(
            self, controller, exclude
        )
        self.list = _LinkList(self)
        self.list.setAccessibleName(name)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        soften_selection(self.list)
        wrap_rows(self.list)
        self.add_button = QPushButton(self.tr("Koppelen…"), self)
        self.add_button.setToolTip(self.tr("Een SWOT-punt koppelen (Insert)"))
        self.add_button.setAccessibleName(self.tr("SWOT-punt koppelen"))
        self.remove_button = QPushButton(self.tr("Ontkoppelen"), self)
        self.remove_button.setToolTip(self.tr("Het gekozen punt ontkoppelen (Delete)"))
        self.remove_button.setAccessibleName(self.tr("SWOT-punt ontkoppelen"))
        for button in (self.add_button, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: Sequence[str]) -> None:
        row = self.list.currentRow()
        self._ids = list(ids)
        self.list.clear()
        shown = swot.get_items(self.controller.store, self._ids)
        shown.sort(key=lambda i: (list(Quadrant).index(i.quadrant), i.position))
        for item in shown:
            entry = QListWidgetItem(point_label(item), self.list)
            entry.setToolTip(f"{item.quadrant.label}: {item.text}")
            entry.setData(_ID, item.id)
        if self.list.count():
            self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
        self.remove_button.setEnabled(bool(self._ids))

    def add(self) -> None:
        chosen = [i for i in self.pick(set(self._ids)) if i not in self._ids]
        if chosen:
            self.commit([*self._ids, *chosen], self.tr("SWOT-punt koppelen"))

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        gone = item.data(_ID)
        self.commit([i for i in self._ids if i != gone], self.tr("SWOT-punt ontkoppelen"))
