"""The board's filter bar: cluster, area, session and free text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.enums import AreaKind
from app.ui.base.controller import WorkshopController
from app.ui.swot.data import BoardData
from app.ui.swot.model import NO_CLUSTER, PointFilter
from app.ui.widgets.swatches import flat_swatch

ALL = "__all__"
CURRENT = "__current__"


def cluster_scope(choice: str | None, controller: WorkshopController) -> frozenset[str] | None:
    """The cluster ids a filter choice stands for; None means every cluster."""
    if choice in (None, ALL):
        return None
    if choice == CURRENT:
        return frozenset([controller.current_cluster_id or NO_CLUSTER])
    return frozenset([choice])


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self, data: BoardData, controller: WorkshopController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.controller = controller
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoeken in de punten…"))
        self.search.setAccessibleName(self.tr("Zoeken in de SWOT-punten"))
        self.search.setClearButtonEnabled(True)
        self.cluster_box = QComboBox(self)
        self.cluster_box.setAccessibleName(self.tr("Filter op cluster"))
        self.area_box = QComboBox(self)
        self.area_box.setAccessibleName(self.tr("Filter op domein"))
        self.session_box = QComboBox(self)
        self.session_box.setAccessibleName(self.tr("Filter op sessie"))
        for box in (self.cluster_box, self.area_box, self.session_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
            box.currentIndexChanged.connect(self._emit)
        self.clear_button = QPushButton(self.tr("Filter wissen"), self)
        self.clear_button.setAccessibleName(self.tr("Alle filters wissen"))
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Aantal getoonde punten"))
        self.search.textChanged.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.cluster_box, 2)
        layout.addWidget(self.area_box, 2)
        layout.addWidget(self.session_box, 2)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.cluster_box)
        self.setTabOrder(self.cluster_box, self.area_box)
        self.setTabOrder(self.area_box, self.session_box)
        self.setTabOrder(self.session_box, self.clear_button)
        self._quiet = False
        self.reload()
        data.lookupsChanged.connect(self.reload)

    def reload(self) -> None:
        """Fill the combos again (clusters, areas or sessions changed), keeping choices."""
        self._quiet = True
        keep = (
            self.cluster_box.currentData(),
            self.area_box.currentData(),
            self.session_box.currentData(),
        )
        self.cluster_box.clear()
        self.cluster_box.addItem(self.tr("Alle clusters"), ALL)
        self.cluster_box.addItem(self.tr("Huidige cluster"), CURRENT)
        for cluster in sorted(self.data.clusters.values(), key=lambda c: c.position):
            self.cluster_box.addItem(flat_swatch(cluster.color), cluster.name, cluster.id)
        self.cluster_box.addItem(self.tr("(geen cluster)"), NO_CLUSTER)
        self.area_box.clear()
        self.area_box.addItem(self.tr("Alle domeinen"), ALL)
        for kind in (AreaKind.INTERNAL, AreaKind.EXTERNAL):
            self.area_box.insertSeparator(self.area_box.count())
            for area in self.data.areas_of(kind):
                prefix = self.tr("intern") if kind is AreaKind.INTERNAL else self.tr("extern")
                self.area_box.addItem(f"{area.name} ({prefix})", area.id)
        self.session_box.clear()
        self.session_box.addItem(self.tr("Alle sessies"), ALL)
        for session in sorted(self.data.sessions.values(), key=lambda s: s.position):
            self.session_box.addItem(session.title, session.id)
        for box, value in zip(
            (self.cluster_box, self.area_box, self.session_box), keep, strict=True
        ):
            # findData(None) would match a separator: no earlier choice means the first entry.
            box.setCurrentIndex(max(box.findData(value), 0) if value is not None else 0)
        self._quiet = False
        self._emit()

    def point_filter(self) -> PointFilter:
        area = self.area_box.currentData()
        session = self.session_box.currentData()
        return PointFilter(
            cluster_ids=cluster_scope(self.cluster_box.currentData(), self.controller),
            area_id=None if area in (None, ALL) else area,
            session_id=None if session in (None, ALL) else session,
            text=self.search.text(),
        )

    def follows_current_cluster(self) -> bool:
        return self.cluster_box.currentData() == CURRENT

    def clear(self) -> None:
        self._quiet = True
        self.search.clear()
        for box in (self.cluster_box, self.area_box, self.session_box):
            box.setCurrentIndex(0)
        self._quiet = False
        self._emit()

    def show_count(self, shown: int) -> None:
        self.count_label.setText(self.tr("{0} punten").format(shown))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()
