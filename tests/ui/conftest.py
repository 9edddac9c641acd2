"""GUI fixtures: a controller and main window over a copy of the demo store."""

from __future__ import annotations

import pytest


@pytest.fixture
def controller(demo_store, qapp):  # type: ignore[no-untyped-def]
    from app.ui.base.controller import WorkshopController

    return WorkshopController(demo_store)


@pytest.fixture
def window(controller, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.shell.main_window import MainWindow

    win = MainWindow(controller)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win
