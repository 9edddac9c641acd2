"""The main window's pages in navigator order: each view's key (also the name
``main.py screenshot --view`` uses), the module and class that hold it, and its title.

The navigator is filled from this table alone. A view's module is imported, and the
view built, the first time it is shown (app/ui/shell/view_stack.py): start-up does
not pay for the Excel, PDF, chart and web-server libraries of views nobody opened."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Page:
    key: str
    module: str
    class_name: str
    title: str  # Dutch source text, translated in the view class's context

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)


# QT_TRANSLATE_NOOP marks each title for pyside6-lupdate in its view's context, as
# the view's own self.tr() would.
PAGES: tuple[Page, ...] = (
    Page(
        "swot",
        "app.ui.swot.board",
        "SwotBoardView",
        QT_TRANSLATE_NOOP("SwotBoardView", "Omgevingsanalyse (SWOT)"),
    ),
    Page(
        "synthesis",
        "app.ui.swot.synthesis",
        "SynthesisView",
        QT_TRANSLATE_NOOP("SynthesisView", "Synthese (top 20)"),
    ),
    Page(
        "tows",
        "app.ui.strategy.view",
        "TowsView",
        QT_TRANSLATE_NOOP("TowsView", "Confrontatiematrix"),
    ),
    Page(
        "paths", "app.ui.paths.view", "PathsView", QT_TRANSLATE_NOOP("PathsView", "Ontwikkelpaden")
    ),
    Page(
        "principles",
        "app.ui.paths.principles",
        "PrinciplesView",
        QT_TRANSLATE_NOOP("PrinciplesView", "Leidende principes"),
    ),
    Page("goals", "app.ui.goals.view", "GoalsView", QT_TRANSLATE_NOOP("GoalsView", "Doelen")),
    Page(
        "proposals",
        "app.ui.proposals.view",
        "ProposalsView",
        QT_TRANSLATE_NOOP("ProposalsView", "Voorstellen"),
    ),
    Page(
        "round", "app.ui.voting.rounds", "RoundsView", QT_TRANSLATE_NOOP("RoundsView", "Stemrondes")
    ),
    Page(
        "scenario",
        "app.ui.scenario.view",
        "ScenarioView",
        QT_TRANSLATE_NOOP("ScenarioView", "Scenario"),
    ),
    Page(
        "matrix", "app.ui.scenario.matrix", "MatrixView", QT_TRANSLATE_NOOP("MatrixView", "Matrix")
    ),
    Page(
        "analysis",
        "app.ui.analysis.view",
        "AnalysisView",
        QT_TRANSLATE_NOOP("AnalysisView", "Zelfevaluatie"),
    ),
    Page(
        "reports",
        "app.ui.reports.view",
        "ReportsView",
        QT_TRANSLATE_NOOP("ReportsView", "Rapporten en Excel"),
    ),
    Page(
        "people",
        "app.ui.organisation.people",
        "PeopleView",
        QT_TRANSLATE_NOOP("PeopleView", "Deelnemers en clusters"),
    ),
    Page(
        "places",
        "app.ui.organisation.places",
        "PlacesView",
        QT_TRANSLATE_NOOP("PlacesView", "Locaties en sessies"),
    ),
)


def page(key: str) -> Page:
    """The page of ``key``; KeyError for an unknown key."""
    for candidate in PAGES:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
