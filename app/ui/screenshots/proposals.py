"""The fiche screenshot (``main.py screenshot --view fiche``): the proposals view with
the demo's first fiche open in its form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.screenshots.render import shot

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


@shot("fiche")
def proposal_shot(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The proposals view with the demo's first fiche open in its form."""
    window.show()
    view = window.show_view("proposals")
    view.open_proposal(view.model.proposal(0).id)
    return window
