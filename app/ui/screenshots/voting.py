"""Screenshots of a voting round on the projected screen (``main.py screenshot --view
projector-results|projector-round-qr|projector-timer``). The address, the Wi-Fi
password and the ballot count are made up for the docs: the shots change nothing."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.domain.enums import RoundStatus
from app.services import voting
from app.ui.screenshots.render import shot
from app.ui.voting.rounds import RoundsView
from app.voting.server import DEFAULT_PORT

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def _voting_shot(window: MainWindow, size: tuple[int, int], status: RoundStatus) -> RoundsView:
    view = window.views["round"]
    window.show_view("round")
    chosen = next((r for r in view._rounds if r.status is status), None)
    if chosen is not None:
        view.select(chosen.id)
    return view


def _projected(window: MainWindow, view: RoundsView, size: tuple[int, int]) -> QWidget:
    view.project()
    projector = window.projector.ensure_window()
    projector.resize(*size)
    projector.show()
    return projector


@shot("projector-results")
def projector_results(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The demo's closed round, revealed."""
    view = _voting_shot(window, size, RoundStatus.CLOSED)
    return _projected(window, view, size)


def _as_open(window: MainWindow, size: tuple[int, int]) -> tuple[RoundsView, QWidget]:
    """A draft of the demo as the room sees it once opened (the shot changes nothing)."""
    view = _voting_shot(window, size, RoundStatus.DRAFT)
    shown = _projected(window, view, size)
    r = view.current()
    page = view.voting_page()
    if r is not None:
        page.show_round(dataclasses.replace(r, status=RoundStatus.OPEN), None)
        token = voting.join_token(view.controller.store, r.workshop_id)
        page.set_join_url(f"http://192.168.137.1:{DEFAULT_PORT}/v/{token}")
    page.set_count(37)
    return view, shown


@shot("projector-round-qr")
def projector_round_qr(window: MainWindow, size: tuple[int, int]) -> QWidget:
    view, shown = _as_open(window, size)
    view.voting_page().set_wifi("Atelier-zaal", "stem2024")
    return shown


@shot("projector-timer")
def projector_timer(window: MainWindow, size: tuple[int, int]) -> QWidget:
    view, shown = _as_open(window, size)
    view.voting_page().set_timer(4 * 60 + 32)
    return shown
