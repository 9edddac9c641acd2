"""The self-evaluation's edits as undoable controller steps: answers, ratings, the bank.

Each function reads what is stored right before the edit, so that undo puts
back exactly that (an answer, "weet niet", or nothing at all), and returns
whether something changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.domain.records import Statement
from app.services import analysis
from app.services.analysis import RemovedStatement
from app.services.outcome import Outcome
from app.ui.base.controller import WorkshopController


class _Clear:
    """Removes an answer altogether, unlike None ("weet niet")."""


CLEAR = _Clear()
Value = int | None | _Clear


def answer(
    controller: WorkshopController,
    cluster_id: str,
    statement_id: str,
    participant_id: str | None,
    value: Value,
) -> bool:
    """Score 1–5, None for "weet niet", or CLEAR to remove the answer."""
    store = controller.store
    before = analysis.score_of(store, cluster_id, statement_id, participant_id)
    old: Value = CLEAR if before is None else before.score
    if old == value:
        return False  # nothing to change: no empty undo step

    def put(score: Value) -> Outcome[object]:
        if isinstance(score, _Clear):
            return analysis.clear_score(store, cluster_id, statement_id, participant_id)
        return analysis.set_score(store, cluster_id, statement_id, score, participant_id)

    label = (
        QCoreApplication.translate("AnalysisEdits", "Antwoord wissen")
        if value is CLEAR
        else QCoreApplication.translate("AnalysisEdits", "Score invullen")
    )
    done = controller.perform(label, lambda: put(value), undo=lambda _r: lambda: put(old))
    return done is not None


def rate(
    controller: WorkshopController,
    cluster_id: str,
    area_id: str,
    participant_id: str | None,
    what: str,
    value: Value,
) -> bool:
    """Set ``what`` ("importance" or "readiness") to 1–5; None or CLEAR empties it."""
    store = controller.store
    before = analysis.rating_of(store, cluster_id, area_id, participant_id)
    new = None if isinstance(value, _Clear) else value
    if (before is None and new is None) or (before is not None and getattr(before, what) == new):
        return False

    def undo() -> Outcome[object]:
        if before is None:
            return analysis.clear_area_rating(store, cluster_id, area_id, participant_id)
        return analysis.set_area_rating(
            store,
            cluster_id,
            area_id,
            participant_id,
            importance=before.importance,
            readiness=before.readiness,
        )

    label = (
        QCoreApplication.translate("AnalysisEdits", "Belang invullen")
        if what == "importance"
        else QCoreApplication.translate("AnalysisEdits", "Paraatheid invullen")
    )
    done = controller.perform(
        label,
        lambda: analysis.set_area_rating(store, cluster_id, area_id, participant_id, **{what: new}),
        undo=lambda _r: undo,
    )
    return done is not None


# -- the statement bank ----------------------------------------------------------------


def add_statement(controller: WorkshopController, area_id: str, text: str) -> Statement | None:
    return controller.create(
        analysis.statements,
        controller.workshop.id,
        QCoreApplication.translate("AnalysisEdits", "Stelling toevoegen"),
        area_id=area_id,
        text=text,
    )


def edit_statement(controller: WorkshopController, statement_id: str, text: str) -> bool:
    """A new wording keeps every answer: they belong to the statement, not to its text."""
    label = QCoreApplication.translate("AnalysisEdits", "Stelling wijzigen")
    return controller.update(analysis.statements, statement_id, label, text=text) is not None


def delete_statement(controller: WorkshopController, statement_id: str) -> RemovedStatement | None:
    """Delete with its answers; undo brings both back, redo removes them again."""
    store = controller.store
    latest: list[RemovedStatement] = []

    def do() -> Outcome[RemovedStatement]:
        outcome = analysis.delete_statement(store, statement_id)
        latest[:] = [outcome.value]  # redo's removal is the one the next undo restores
        return outcome

    return controller.perform(
        QCoreApplication.translate("AnalysisEdits", "Stelling verwijderen"),
        do,
        undo=lambda _r: lambda: analysis.restore_statement(store, latest[0]),
        redo=lambda _r: do,
    )


def move_statement(
    controller: WorkshopController, statement_id: str, index: int, siblings: Sequence[str]
) -> None:
    """Move within its area; ``siblings`` is the area's order before the move."""
    label = QCoreApplication.translate("AnalysisEdits", "Stelling verplaatsen")
    controller.move(analysis.statements, statement_id, index, siblings, label)
