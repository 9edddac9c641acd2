"""Screenshots of the scenario on the projected screen (``--view projector-scenario``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.scenario.projector import ScenarioPage
from app.ui.scenario.state import ScenarioState
from app.ui.screenshots.render import shot


@shot("projector-scenario")
def projector_scenario(window, size: tuple[int, int]) -> QWidget:
    """The demo's scenario as the room reads it, ordered by the last closed round."""
    from app.domain.enums import OptionKind, RoundStatus
    from app.services import rounds

    controller = window.controller
    projector = window.projector.ensure_window()
    state = ScenarioState(controller.store, controller.workshop.id, projector)
    closed = [
        r
        for r in rounds.rounds.list(controller.store, controller.workshop.id)
        if r.status is RoundStatus.CLOSED and any(o.kind is OptionKind.PROPOSAL for o in r.options)
    ]
    if closed:
        state.set_round(closed[-1].id)
    page = ScenarioPage(state, projector.stack)
    projector.show_page(page)
    projector.resize(*size)
    projector.show()
    return projector


@shot("projector-matrix")
def projector_matrix(window, size: tuple[int, int]) -> QWidget:
    """The impact/effort matrix as the workshop set it, as the room reads it."""
    from app.ui.scenario.matrix_projector import MatrixPage

    projector = window.projector.ensure_window()
    page = MatrixPage(window.controller, projector.stack)
    projector.show_page(page)
    projector.resize(*size)
    projector.show()
    return projector
