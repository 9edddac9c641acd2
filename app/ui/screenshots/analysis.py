"""Screenshots of the self-evaluation's other tabs (``main.py screenshot --view
analysis-questionnaire``...); ``--view analysis`` shows the roses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.screenshots.render import shot

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def _tab(window: MainWindow, name: str) -> QWidget:
    window.show()
    view = window.show_view("analysis")
    view.tabs.setCurrentWidget(getattr(view, name))
    view.activate()
    return window


@shot("analysis-questionnaire")
def questionnaire(window: MainWindow, size: tuple[int, int]) -> QWidget:
    return _tab(window, "questionnaire")


@shot("analysis-external")
def external(window: MainWindow, size: tuple[int, int]) -> QWidget:
    return _tab(window, "external")


@shot("analysis-statements")
def statements(window: MainWindow, size: tuple[int, int]) -> QWidget:
    return _tab(window, "bank")


@shot("projector-roses")
def projector_roses(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The internal rose of the first cluster (with the reference's score), as the room
    reads it on a 1024×768 projector."""
    from app.services import organisation
    from app.ui.analysis.projector import RosesPage
    from app.ui.analysis.roses import INTERNAL

    controller = window.controller
    clusters = organisation.clusters.list(controller.store, controller.workshop.id)
    ordinary = [c for c in clusters if not c.is_reference]
    shown = [c.id for c in ordinary[:1]]
    projector = window.projector.ensure_window()
    page = RosesPage(controller, INTERNAL, shown, projector.stack)
    projector.show_page(page)
    projector.resize(*size)
    projector.show()
    return projector
