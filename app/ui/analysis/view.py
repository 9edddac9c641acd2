"""Zelfevaluatie (seed 003): the internal questionnaire per cluster, the external
analysis, the statement bank and the positioning roses.

The tabs share one snapshot of the answers (analysis_data). Only the visible
tab redraws after an edit; the others catch up when they are shown, so that
typing a column of answers stays quick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.ui.analysis.bank import BankTab
from app.ui.analysis.data import ENTITIES, AnalysisData
from app.ui.analysis.external import ExternalTab
from app.ui.analysis.grid import QuestionnaireTab
from app.ui.analysis.roses import RosesTab
from app.ui.base.controller import WorkshopController
from app.ui.base.view import View

Tab = RosesTab | QuestionnaireTab | BankTab | ExternalTab


class AnalysisView(View):
    key = "analysis"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.roses = RosesTab(self)
        self.roses.projectRequested.connect(self.show_roses_on_projector)
        self.questionnaire = QuestionnaireTab(controller, self)
        self.bank = BankTab(controller, self)
        self.external = ExternalTab(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Zelfevaluatie"))
        self.tabs.addTab(self.roses, self.tr("&Positioneringsrozen"))
        self.tabs.addTab(self.questionnaire, self.tr("&Vragenlijst invullen"))
        self.tabs.addTab(self.external, self.tr("E&xterne analyse"))
        self.tabs.addTab(self.bank, self.tr("Stellin&gen beheren"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        # Nothing is read until the view is first shown: opening a workshop stays quick.
        self.data: AnalysisData | None = None
        self._stale: set[Tab] = set(self._all())

    def show_roses_on_projector(self, kind: str, cluster_ids: list[str]) -> None:
        # Imported when asked: the projected page is not needed to open the view.
        from app.ui.analysis.projector import show_on_projector

        show_on_projector(self.window(), self.controller, kind, cluster_ids)

    def _all(self) -> tuple[Tab, ...]:
        return (self.roses, self.questionnaire, self.external, self.bank)

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*ENTITIES, Entity.WORKSHOP):
            # In sight, answers alone patch the snapshot; out of sight it is read when shown.
            if self.isVisible() and self.data is not None:
                self.data = self.data.patched(self.controller, changes)
            else:
                self.data = None
            self._stale = set(self._all())
            self._catch_up()
        elif changes.touches(Entity.SWOT_ITEM, Entity.RECOMMENDATION):
            self._stale.add(self.external)
            self._catch_up()

    def on_context_changed(self) -> None:
        self.external.follow_context()

    def _catch_up(self) -> None:
        """Redraw the tab in sight if it missed edits; the others wait their turn."""
        if not self.isVisible():
            return
        current = self.tabs.currentWidget()
        if current in self._stale:
            if self.data is None:
                self.data = AnalysisData.load(self.controller)
            self._stale.discard(current)
            current.refresh(self.data)

    def _tab_changed(self) -> None:
        self._catch_up()
        if self.isVisible():
            self.activate()  # Ctrl+Tab or Alt+letter: the keyboard lands where work starts

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    def activate(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.questionnaire:
            self.questionnaire.focus_grid()
        elif current is self.external:
            self.external.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif current is self.bank:
            self.bank.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.roses.kind.setFocus(Qt.FocusReason.OtherFocusReason)
