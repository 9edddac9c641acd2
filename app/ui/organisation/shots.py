"""Screenshots of the second tabs (``main.py screenshot --view participants``...)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.screenshot import shot


def _tab(window, view: str, index: int) -> QWidget:  # type: ignore[no-untyped-def]
    window.show()
    page = window.show_view(view)
    tabs = page.findChild(QTabWidget)
    tabs.setCurrentIndex(index)
    return window


@shot("participants")
def participants(window, size: tuple[int, int]) -> QWidget:  # type: ignore[no-untyped-def]
    return _tab(window, "people", 1)


@shot("sessions")
def sessions(window, size: tuple[int, int]) -> QWidget:  # type: ignore[no-untyped-def]
    return _tab(window, "places", 1)


@shot("workshop-settings")
def workshop_settings(window, size: tuple[int, int]) -> QWidget:  # type: ignore[no-untyped-def]
    from app.ui.workshop_settings import WorkshopSettingsDialog

    window.show()
    dialog = WorkshopSettingsDialog(window.controller, window)
    dialog.show()
    return dialog
