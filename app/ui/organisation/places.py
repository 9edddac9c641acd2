"""Locaties en sessies: where the workshops take place, and the workshop days."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.base.controller import WorkshopController
from app.ui.base.view import View
from app.ui.organisation.locations import LocationsEditor
from app.ui.organisation.sessions import SessionsEditor
from app.ui.widgets.tables.editor import RecordTableEditor


class PlacesView(View):
    key = "places"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.locations = LocationsEditor(controller, self)
        self.sessions = SessionsEditor(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.title())
        # Locations first, as with clusters before participants: sessions pick from them.
        self.tabs.addTab(self.locations, self.tr("Locaties"))
        self.tabs.addTab(self.sessions, self.tr("Sessies"))
        self.tabs.currentChanged.connect(lambda _i: self.activate())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def activate(self) -> None:
        editor = self.tabs.currentWidget()
        if isinstance(editor, RecordTableEditor):
            editor.table.setFocus(Qt.FocusReason.OtherFocusReason)
