"""Deelnemers en clusters: who takes part, in which cluster, and the reference cluster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.base.controller import WorkshopController
from app.ui.base.view import View
from app.ui.organisation.clusters import ClustersEditor
from app.ui.organisation.participants import ParticipantsEditor
from app.ui.widgets.tables.editor import RecordTableEditor


class PeopleView(View):
    key = "people"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.clusters = ClustersEditor(controller, self)
        self.participants = ParticipantsEditor(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.title())
        self.tabs.addTab(self.clusters, self.tr("Clusters"))
        self.tabs.addTab(self.participants, self.tr("Deelnemers"))
        self.tabs.currentChanged.connect(lambda _i: self.activate())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def activate(self) -> None:
        editor = self.tabs.currentWidget()
        if isinstance(editor, RecordTableEditor):
            editor.table.setFocus(Qt.FocusReason.OtherFocusReason)
