"""The toolbar that always shows where a capture goes: the current session and cluster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from app.domain.changes import ChangeSet
from app.services import organisation
from app.ui.base.controller import WorkshopController
from app.ui.widgets.swatches import flat_swatch


class ContextBar(QToolBar):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextBar")
        self.setWindowTitle(self.tr("Sessie en cluster"))
        self.setMovable(False)
        self.controller = controller
        self.session_box = QComboBox(self)
        self.session_box.setMinimumContentsLength(28)
        self.session_box.setAccessibleName(self.tr("Huidige sessie"))
        self.cluster_box = QComboBox(self)
        self.cluster_box.setMinimumContentsLength(24)
        self.cluster_box.setAccessibleName(self.tr("Huidige cluster"))
        session_label = QLabel(self.tr("&Sessie:"), self)
        session_label.setBuddy(self.session_box)
        cluster_label = QLabel(self.tr("C&luster:"), self)
        cluster_label.setBuddy(self.cluster_box)
        for widget in (session_label, self.session_box, cluster_label, self.cluster_box):
            if widget is cluster_label:
                self.addSeparator()
            self.addWidget(widget)
        self.session_box.activated.connect(self._session_chosen)
        self.cluster_box.activated.connect(self._cluster_chosen)
        controller.changed.connect(self._on_changed)
        controller.contextChanged.connect(self._show_context)
        self.reload()

    def reload(self) -> None:
        workshop_id = self.controller.workshop.id
        self.session_box.clear()
        self.session_box.addItem(self.tr("(geen sessie)"), None)
        for s in organisation.sessions.list(self.controller.store, workshop_id):
            when = s.date.strftime("%d/%m/%Y") + " – " if s.date else ""
            self.session_box.addItem(when + s.title, s.id)
        self.cluster_box.clear()
        self.cluster_box.addItem(self.tr("(geen cluster)"), None)
        for c in organisation.clusters.list(self.controller.store, workshop_id):
            label = c.name + (self.tr(" (referentie)") if c.is_reference else "")
            self.cluster_box.addItem(flat_swatch(c.color), label, c.id)
        self._show_context()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("session", "cluster"):
            self.reload()

    def _show_context(self) -> None:
        for box, current in (
            (self.session_box, self.controller.current_session_id),
            (self.cluster_box, self.controller.current_cluster_id),
        ):
            index = box.findData(current)
            box.setCurrentIndex(max(index, 0))

    def _session_chosen(self, index: int) -> None:
        self.controller.set_session(self.session_box.itemData(index))

    def _cluster_chosen(self, index: int) -> None:
        self.controller.set_cluster(self.cluster_box.itemData(index))

    def pick_session(self) -> None:
        self.session_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.session_box.showPopup()

    def pick_cluster(self) -> None:
        self.cluster_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.cluster_box.showPopup()

    def step_cluster(self, step: int) -> None:
        """Ctrl+] / Ctrl+[: the next or previous cluster without leaving the keyboard."""
        count = self.cluster_box.count()
        index = (self.cluster_box.currentIndex() + step) % count
        self.cluster_box.setCurrentIndex(index)
        self.controller.set_cluster(self.cluster_box.itemData(index))
