"""The aanbevelingen (recommendations) of one area, beside the board.

The panel follows the area of the selected point, or of the quadrant the
facilitator is typing in. Add, edit and delete go through the controller, so
they are committed at once and undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.services import swot
from app.ui.base.controller import WorkshopController
from app.ui.swot.data import BoardData
from app.ui.widgets.swatches import flat_swatch

_ID = Qt.ItemDataRole.UserRole
_STORED = Qt.ItemDataRole.UserRole + 1  # the text as stored, to tell an edit from a no-op


class RecommendationsPanel(QWidget):
    def __init__(
        self, controller: WorkshopController, data: BoardData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.data = data
        self.area_id: str | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Aanbevelingen van dit domein"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.itemChanged.connect(self._edited)
        delete = QAction(self.tr("Aanbeveling verwijderen"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Nieuwe aanbeveling (Enter)"))
        self.entry.setAccessibleName(self.tr("Nieuwe aanbeveling voor dit domein"))
        self.entry.returnPressed.connect(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.entry)
        self.setTabOrder(self.list, self.entry)
        self._reload_pending = False
        controller.changed.connect(self._on_changed)
        self.reload()

    def show_area(self, area_id: str | None) -> None:
        if area_id != self.area_id:
            self.area_id = area_id
            self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("recommendation", "area", "cluster") and not self._reload_pending:
            # Later, not now: the change may come from editing an item of this very list.
            self._reload_pending = True
            QTimer.singleShot(0, self.reload)

    def reload(self) -> None:
        self._reload_pending = False
        area = self.data.areas.get(self.area_id or "")
        self.entry.setEnabled(area is not None)
        self.list.blockSignals(True)
        current = self.list.currentItem().data(_ID) if self.list.currentItem() else None
        self.list.clear()
        if area is None:
            self.title.setText(self.tr("Aanbevelingen: kies een domein"))
            self.list.blockSignals(False)
            return
        self.title.setText(self.tr("Aanbevelingen – {0}").format(area.name))
        store, ws = self.controller.store, self.controller.workshop.id
        for rec in swot.recommendations.list(store, ws, area_id=area.id):
            item = QListWidgetItem(rec.text)
            item.setData(_ID, rec.id)
            item.setData(_STORED, rec.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            cluster = self.data.clusters.get(rec.cluster_id or "")
            # Every row gets a mark (blank without cluster), so the texts line up.
            item.setIcon(flat_swatch(cluster.color if cluster else "transparent"))
            item.setToolTip(
                self.tr("Cluster: {0}").format(cluster.name)
                if cluster
                else self.tr("Voor alle clusters")
            )
            self.list.addItem(item)
            if rec.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def ids(self) -> list[str]:
        return [self.list.item(i).data(_ID) for i in range(self.list.count())]

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add(self) -> None:
        text = self.entry.text().strip()
        if not text or self.area_id is None:
            return
        created = self.controller.create(
            swot.recommendations,
            self.controller.workshop.id,
            self.tr("Aanbeveling toevoegen"),
            area_id=self.area_id,
            text=text,
            cluster_id=self.controller.current_cluster_id,
        )
        if created is not None:
            self.entry.clear()

    def _edited(self, item: QListWidgetItem) -> None:
        rec_id = item.data(_ID)
        text = item.text().strip()
        if text == item.data(_STORED):
            return
        if rec_id and text:
            self.controller.update(
                swot.recommendations, rec_id, self.tr("Aanbeveling bewerken"), text=text
            )
        else:
            QTimer.singleShot(0, self.reload)  # an empty text is not stored: show the old one

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.controller.delete(
                swot.recommendations, item.data(_ID), self.tr("Aanbeveling verwijderen")
            )
