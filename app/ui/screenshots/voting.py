"""Screenshots of a voting round on the projected screen (``main.py screenshot --view
projector-results|projector-round-qr|projector-timer``), and of a budget round with
whole fiches in the window and on the projector (``round-budget|projector-budget``).
The address, the Wi-Fi password and the ballot count are made up for the docs: the
shots change nothing."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain import ranking
from app.domain.enums import RoundStatus, VotingMethod
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


def _made_up_ideas(window: MainWindow, status: str) -> list:
    """Ideas as phones send them, made up for the docs (the shot stores nothing); one
    carries markup, shown as typed."""
    from app.domain.enums import Quadrant
    from app.domain.ideas import IdeaStatus
    from app.services import organisation
    from app.services.ideas import Idea

    controller = window.controller
    names = [c.name for c in organisation.clusters.list(controller.store, controller.workshop.id)]
    names = names or ["—"]
    texts = [
        ("Sterke vrijwilligerswerking in de deelgemeenten", Quadrant.STRENGTH),
        ("Medewerkers kennen de burgers bij naam", Quadrant.STRENGTH),
        ("Te weinig parkeerplaatsen aan het gemeentehuis", Quadrant.WEAKNESS),
        ("Digitale loketten zijn moeilijk voor ouderen", Quadrant.WEAKNESS),
        ("Vlaamse subsidies voor <b>klimaatprojecten</b>", Quadrant.OPPORTUNITY),
        ("Samenwerken met de buurgemeenten rond jeugd", Quadrant.OPPORTUNITY),
        ("Vergrijzing: meer vraag naar thuiszorg", Quadrant.THREAT),
        ("Een bib-punt in elke deelgemeente", None),
    ]
    return [
        Idea(
            f"idee-{n}",
            "ronde",
            text,
            quadrant,
            None,
            names[n % len(names)],
            IdeaStatus(status),
        )
        for n, (text, quadrant) in enumerate(texts)
    ]


@shot("ideas")
def ideas_queue(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The queue beside the SWOT board, with made-up incoming ideas."""
    window.show()
    window.show_view("swot")
    dock = window.show_ideas_queue()
    assert dock is not None
    queue = dock.widget()
    queue.show_ideas(_made_up_ideas(window, "pending"))
    queue.select_texts(["Te weinig parkeerplaatsen aan het gemeentehuis"])
    window.resizeDocks([dock], [round(size[0] * 0.3)], Qt.Orientation.Horizontal)
    return window


@shot("projector-ideas")
def projector_ideas(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """Accepted ideas as the room reads them (made up for the docs)."""
    from app.ui.voting.ideas_projector import IdeasPage

    projector = window.projector.ensure_window()
    page = IdeasPage(window.controller, "", False, projector.stack)
    projector.show_page(page)
    projector.resize(*size)
    page.refresh(_made_up_ideas(window, "accepted"))
    page.title.setText("Wat leeft er in onze gemeente?")
    projector.show()
    return projector

def _whole_round(window: MainWindow) -> RoundsView:
    """The rounds view on the last budget round with whole fiches (a closed one first).
    Without one, ValueError (Dutch): the demo has none; make one with ``round --whole``."""
    view = window.views["round"]
    window.show_view("round")
    whole = [
        r for r in view._rounds if r.method is VotingMethod.BUDGET and ranking.is_whole(r.rules)
    ]
    if not whole:
        raise ValueError(
            "Geen budgetronde met hele fiches in dit werkbestand: maak er een met "
            "'round STORE --whole'."
        )
    closed = [r for r in whole if r.status is RoundStatus.CLOSED]
    view.select((closed or whole)[-1].id)
    return view


@shot("round-budget")
def round_budget(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The rounds view with the result of a budget round with whole fiches."""
    _whole_round(window)
    window.show()
    return window


@shot("projector-budget")
def projector_budget(window: MainWindow, size: tuple[int, int]) -> QWidget:
    """The same result as the room sees it (revealed for the shot; nothing is stored)."""
    view = _whole_round(window)
    shown = _projected(window, view, size)
    r = view.current()
    if r is not None:
        from app.services import rounds

        page = view.voting_page()
        page.show_round(
            dataclasses.replace(r, revealed=True), rounds.results(view.controller.store, r.id)
        )
    return shown
