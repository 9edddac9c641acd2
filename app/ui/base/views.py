"""The main window's views. Each module registers its view class in VIEWS (order =
navigator order); ``main.py screenshot --view KEY`` finds them here too."""

from __future__ import annotations

from app.ui.base.view import View

VIEWS: list[type[View]] = []


def register(view: type[View]) -> type[View]:
    VIEWS.append(view)
    return view


def load_views() -> list[type[View]]:
    """Import the view modules (they register themselves) in navigator order."""
    import importlib

    for module in VIEW_MODULES:
        importlib.import_module(module)
    return sorted(VIEWS, key=lambda v: VIEW_MODULES.index(v.__module__))


# Navigator order. A module is listed here once its view exists.
VIEW_MODULES: list[str] = [
    "app.ui.swot.board",
    "app.ui.paths.view",
    "app.ui.paths.principles",
    "app.ui.proposals.view",
    "app.ui.voting.rounds",
    "app.ui.scenario.view",
    "app.ui.scenario.matrix",
    "app.ui.analysis.view",
    "app.ui.reports.view",
    "app.ui.organisation.people",
    "app.ui.organisation.places",
]
