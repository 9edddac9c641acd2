"""What every view of the main window shares."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.changes import ChangeSet
from app.ui.base.controller import WorkshopController
from app.ui.base.pages import page


class View(QWidget):
    """A page of the main window. Subclasses set ``key`` (also the name that
    ``main.py screenshot --view`` uses) and refresh from change sets."""

    key: str = ""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.changed.connect(self.on_changed)
        controller.contextChanged.connect(self.on_context_changed)

    def title(self) -> str:
        return page(self.key).translated_title()

    def on_changed(self, changes: ChangeSet) -> None:
        """Refresh what ``changes`` touched. Called for every committed edit."""

    def on_context_changed(self) -> None:
        """The current session or cluster changed."""

    def activate(self) -> None:
        """The view became visible: put the keyboard focus where work starts."""

    def shutdown(self) -> None:
        """The window closes: stop what the view runs (a server, timers)."""
