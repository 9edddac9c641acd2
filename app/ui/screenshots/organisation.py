"""Screenshots of the second tabs and of the settings dialog
(``main.py screenshot STORE OUT.png --view participants|sessions|workshop-settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.screenshots.render import shot
from app.ui.shell.workshop_settings import WorkshopSettingsDialog

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def _tab(window: MainWindow, view: str, index: int) -> QWidget:
    window.show()
    tabs = window.show_view(view).findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(index)
    return window


@shot("participants")
def participants(window: MainWindow, size: tuple[int, int]) -> QWidget:
    return _tab(window, "people", 1)


@shot("sessions")
def sessions(window: MainWindow, size: tuple[int, int]) -> QWidget:
    return _tab(window, "places", 1)


@shot("workshop-settings")
def workshop_settings(window: MainWindow, size: tuple[int, int]) -> QWidget:
    window.show()
    dialog = WorkshopSettingsDialog(window.controller, window)
    dialog.show()
    return dialog
