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
