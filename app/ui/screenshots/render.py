"""``main.py screenshot``: render one view offscreen to a PNG (README, docs, tests).

Views of the main window are found by their ``key``. Other shots (the projected
screen, a fiche opened in its form) register a function with :func:`shot`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

ShotFactory = Callable[["MainWindow", tuple[int, int]], QWidget]
SHOTS: dict[str, ShotFactory] = {}

# Modules that register shots of their own (imported before a shot is looked up).
SHOT_MODULES: list[str] = [
    "app.ui.screenshots.organisation",
    "app.ui.screenshots.proposals",
    "app.ui.screenshots.projector",
    "app.ui.screenshots.analysis",
    "app.ui.screenshots.voting",
    "app.ui.screenshots.swot",
    "app.ui.scenario.shots",
    "app.ui.screenshots.strategy",
]


def shot(name: str) -> Callable[[ShotFactory], ShotFactory]:
    def register(factory: ShotFactory) -> ShotFactory:
        SHOTS[name] = factory
        return factory

    return register


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise ValueError(
            f"--size '{text}': verwacht BREEDTExHOOGTE, bijvoorbeeld 1366x768"
        ) from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise ValueError(f"--size '{text}': kies tussen 200 en 8000 pixels")
    return width, height


def available(window: MainWindow) -> list[str]:
    return sorted(set(window.views) | set(SHOTS))


def render(store_target: str, out: Path, view: str, size: tuple[int, int]) -> None:
    """Raise ValueError (Dutch) for an unknown view."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import importlib

    from app.services.stores import open_store
    from app.ui.base.controller import WorkshopController
    from app.ui.shell.app import application
    from app.ui.shell.main_window import MainWindow

    app = application()
    _quiet_offscreen_notice()
    for module in SHOT_MODULES:
        importlib.import_module(module)
    with open_store(store_target, write=False) as store:
        controller = WorkshopController(store)
        window = MainWindow(controller)
        window.resize(*size)
        if view in SHOTS:
            widget = SHOTS[view](window, size)
        elif view in window.views:
            window.show()
            window.show_view(view)
            widget = window
        else:
            names = ", ".join(available(window))
            window.close()
            raise ValueError(f"Onbekend scherm '{view}'. Kies uit: {names}.")
        for _ in range(3):  # let layouts and deferred updates settle
            app.processEvents()
        if not widget.grab().save(str(out), "PNG"):
            raise ValueError(f"Kan {out} niet schrijven.")
        widget.close()
        window.close()
        app.processEvents()


def _quiet_offscreen_notice() -> None:
    """The offscreen platform says it cannot size windows to their hints; that is
    expected when rendering to a file and would only alarm someone reading stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message):  # type: ignore[no-untyped-def]
        if "does not support propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
