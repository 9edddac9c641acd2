"""Screenshots of the self-evaluation's other tabs (``main.py screenshot --view
analysis-questionnaire``...); ``--view analysis`` shows the roses."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.screenshots.render import shot


def _tab(window, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    window.show()
    view = window.show_view("analysis")
    view.tabs.setCurrentWidget(getattr(view, name))
    view.activate()
    return window


@shot("analysis-questionnaire")
def questionnaire(window, size: tuple[int, int]) -> QWidget:  # type: ignore[no-untyped-def]
    return _tab(window, "questionnaire")


@shot("analysis-external")
def external(window, size: tuple[int, int]) -> QWidget:  # type: ignore[no-untyped-def]
    return _tab(window, "external")


@shot("analysis-statements")
def statements(window, size: tuple[int, int]) -> QWidget:  # type: ignore[no-untyped-def]
    return _tab(window, "bank")
