"""Screenshots of the projected screen (``main.py screenshot --view projector-…``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.domain.enums import Quadrant
from app.services import paths, proposals
from app.ui.projector.window import ProjectorWindow
from app.ui.screenshots.render import shot
from app.ui.swot.filter_bar import ALL

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def _projector(window: MainWindow, size: tuple[int, int]) -> ProjectorWindow:
    # The whole workshop's points: a shot documents the board, not one cluster's turn.
    projector = window.projector.ensure_window()
    projector.set_scope(ALL)
    projector.resize(*size)
    projector.show()
    return projector


@shot("projector-swot")
def projector_swot(window: MainWindow, size: tuple[int, int]) -> QWidget:
    projector = _projector(window, size)
    projector.show_board()
    return projector


@shot("projector-quadrant")
def projector_quadrant(window: MainWindow, size: tuple[int, int]) -> QWidget:
    projector = _projector(window, size)
    projector.show_quadrant(Quadrant.STRENGTH)
    return projector


@shot("projector-path")
def projector_path(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The demo's first development path, as the room reads it."""
    projector = _projector(window, size)
    store, workshop_id = window.controller.store, window.controller.workshop.id
    projector.show_path(paths.paths.list(store, workshop_id)[0].id)
    return projector


@shot("projector-fiche")
def projector_proposal(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The demo's first fiche, as the room reads it."""
    projector = _projector(window, size)
    store, workshop_id = window.controller.store, window.controller.workshop.id
    projector.show_proposal(proposals.proposals.list(store, workshop_id)[0].id)
    return projector
