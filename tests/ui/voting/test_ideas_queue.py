"""The facilitator's queue of an ideas round beside the board: accept, edit then accept,
merge into an existing point, reject, by keyboard and in bulk, each one undo step;
texts shown literally; new ideas arriving through the rounds view; the projector shows
accepted points unless the facilitator chooses the incoming texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Quadrant
from app.domain.ideas import IdeaStatus
from app.services import ideas, organisation, rounds, swot
from app.ui.voting.ideas_projector import IdeasPage
from tests.ui.keys import press

MARKUP = "<b>vet</b> & =SOM(A1)"


@pytest.fixture
def ideas_round(controller):
    store, ws = controller.store, controller.workshop.id
    made = rounds.create_round(
        store, ws, "Wat leeft er?", "ideas", [], {"quadrants": ["S", "W", "O", "T"]}
    ).value
    rounds.open_round(store, made.id)
    cluster = organisation.clusters.list(store, ws)[0]
    for n, (text, quadrant) in enumerate(
        [
            ("Sterke vrijwilligerswerking in de deelgemeenten", "S"),
            ("Te weinig parkeerplaatsen aan het gemeentehuis", "W"),
            (MARKUP, "O"),
            ("Subsidies voor klimaatprojecten", "O"),
        ]
    ):
        ideas.submit(store, made.id, f"phone-{n:016d}", text, quadrant, cluster.name)
    return made


@pytest.fixture
def queue(window, ideas_round, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dock = window.show_ideas_queue()
    shown = dock.widget()
    shown.set_round(ideas_round.id)
    shown.view.setFocus()
    qtbot.waitUntil(shown.view.hasFocus)
    return shown


def _status(controller, round_id):
    return {i.text: i.status for i in ideas.list_ideas(controller.store, round_id)}


def _points(controller):
    return {p.text: p for p in swot.list_items(controller.store, controller.workshop.id, True)}


def test_the_queue_shows_pending_ideas_literally(queue):
    assert MARKUP in queue.texts()
    row = queue.texts().index(MARKUP)
    item = queue.model.item(row, 0)
    # A plain item (no rich-text delegate): the text is painted as typed.
    assert item.data(Qt.ItemDataRole.DisplayRole).split("\n")[0] == MARKUP
    assert item.data(Qt.ItemDataRole.DisplayRole).split("\n")[1].startswith("Opportuniteiten")
    assert "4 nieuw" in queue.counts.text()


def test_enter_accepts_into_its_quadrant_and_cluster_and_undo_takes_it_back(
    controller, ideas_round, queue
):
    text = "Sterke vrijwilligerswerking in de deelgemeenten"
    queue.select_texts([text])
    press(queue.view, Qt.Key.Key_Return)
    point = _points(controller)[text]
    assert point.quadrant is Quadrant.STRENGTH
    assert (
        point.cluster_id
        == organisation.clusters.list(controller.store, controller.workshop.id)[0].id
    )
    assert _status(controller, ideas_round.id)[text] is IdeaStatus.ACCEPTED
    assert text not in queue.texts()
    from app.ui.swot.data import board_data

    assert board_data(controller).items[point.id].text == text  # on the board at once
    controller.undo_stack.undo()
    assert text not in _points(controller)
    assert text in queue.texts()
    controller.undo_stack.redo()
    assert _points(controller)[text].id == point.id  # the very same point again


def test_e_edits_then_accepts(controller, ideas_round, queue, monkeypatch):
    monkeypatch.setattr(queue, "ask_edit", lambda idea: ("Meer <i>parkeerplaatsen</i>", "T"))
    queue.select_texts(["Te weinig parkeerplaatsen aan het gemeentehuis"])
    press(queue.view, Qt.Key.Key_E)
    point = _points(controller)["Meer <i>parkeerplaatsen</i>"]
    assert point.quadrant is Quadrant.THREAT
    sent = ideas.list_ideas(controller.store, ideas_round.id)
    assert "Te weinig parkeerplaatsen aan het gemeentehuis" in [i.text for i in sent]
    controller.undo_stack.undo()
    assert "Meer <i>parkeerplaatsen</i>" not in _points(controller)


def test_m_merges_into_a_suggested_point(controller, ideas_round, queue, monkeypatch):
    existing = swot.items.create(
        controller.store,
        controller.workshop.id,
        quadrant="O",
        text="Subsidies voor klimaatprojecten van Vlaanderen",
    ).value
    offered: list[list[str]] = []

    def choose(idea, candidates):
        offered.append([c.id for c in candidates])
        return existing.id

    monkeypatch.setattr(queue, "ask_merge", choose)
    queue.select_texts(["Subsidies voor klimaatprojecten"])
    press(queue.view, Qt.Key.Key_M)
    assert offered and existing.id in offered[0]  # the duplicate suggestions
    assert (
        _status(controller, ideas_round.id)["Subsidies voor klimaatprojecten"] is IdeaStatus.MERGED
    )
    merged = _points(controller)["Subsidies voor klimaatprojecten"]
    assert merged.absorbed_into_id == existing.id
    controller.undo_stack.undo()
    assert (
        _status(controller, ideas_round.id)["Subsidies voor klimaatprojecten"] is IdeaStatus.PENDING
    )


def test_delete_rejects_in_bulk_and_one_undo_brings_all_back(controller, ideas_round, queue):
    chosen = [MARKUP, "Te weinig parkeerplaatsen aan het gemeentehuis"]
    queue.select_texts(chosen)
    assert len(queue.selected_ids()) == 2
    before = len(_points(controller))
    press(queue.view, Qt.Key.Key_Delete)
    status = _status(controller, ideas_round.id)
    assert [status[t] for t in chosen] == [IdeaStatus.REJECTED] * 2
    assert len(_points(controller)) == before  # nothing reached the board
    assert queue.texts() == [t for t in queue.texts() if t not in chosen]
    assert len(queue.texts()) == 2
    controller.undo_stack.undo()
    assert sorted(t for t in queue.texts() if t in chosen) == sorted(chosen)


def test_accept_all_in_one_step(controller, ideas_round, queue):
    queue.accept_all_button.click()
    assert queue.texts() == []
    assert MARKUP in _points(controller)  # literal on the board too
    controller.undo_stack.undo()
    assert len(queue.texts()) == 4


def test_the_queue_hears_ideas_as_phones_send_them(window, controller, ideas_round, queue, qtbot):
    view = window.show_view("round")
    ideas.submit(controller.store, ideas_round.id, "phone-late0000000000", "Een laat idee", "T")
    assert "Een laat idee" not in queue.texts()  # no polling
    view.bridge.ballotCounted.emit(ideas_round.id, 5)  # as the writer thread does
    qtbot.waitUntil(lambda: "Een laat idee" in queue.texts())


def test_the_projector_shows_accepted_points_unless_the_facilitator_chooses(
    window, controller, ideas_round, queue
):
    assert not queue.show_incoming.isChecked()  # the default: accepted only
    queue.project_button.click()
    page = window.projector.window.stack.currentWidget()
    assert isinstance(page, IdeasPage) and not page.incoming
    assert page.texts() == []  # nothing accepted yet: no phone's text reaches the room
    queue.select_texts(["Sterke vrijwilligerswerking in de deelgemeenten"])
    press(queue.view, Qt.Key.Key_Return)
    assert any("Sterke vrijwilligerswerking" in t for t in page.texts())  # live
    assert page.latest is not None and "Sterke vrijwilligerswerking" in page.latest
    assert not any(MARKUP in t for t in page.texts())
    # An idea edited before it is accepted: the room sees the point as on the board.
    queue.ask_edit = lambda idea: ("Meer parkeerplaatsen bij de <b>bib</b>", "W")
    queue.select_texts(["Te weinig parkeerplaatsen aan het gemeentehuis"])
    press(queue.view, Qt.Key.Key_E)
    assert "• Meer parkeerplaatsen bij de <b>bib</b>" in [t.split("  (")[0] for t in page.texts()]
    queue.show_incoming.setChecked(True)  # the facilitator chooses
    assert page.incoming
    assert any(MARKUP in t for t in page.texts())  # literal, markup and all
    queue.show_incoming.setChecked(False)
    assert not any(MARKUP in t for t in page.texts())


def test_an_idea_sent_over_http_reaches_the_queue_and_arrives_literally(
    window, controller, ideas_round, queue, qtbot
):
    import httpx

    view = window.show_view("round")
    view.reload()
    assert view.start_server("127.0.0.1", 0)
    try:
        api = view.join_url().replace("/v/", "/api/v/") + "/idea"
        body = {
            "voter": "telefoon-idee-000001",
            "round_id": ideas_round.id,
            "text": '=HYPERLINK("x") <script>alert(1)</script>',
            "quadrant": "T",
        }
        answer = httpx.post(api, json=body, timeout=10)
        assert answer.status_code == 200, answer.text
        qtbot.waitUntil(lambda: body["text"] in queue.texts(), timeout=10_000)
    finally:
        view.bridge.stop()


def test_the_rounds_view_makes_an_ideas_round_and_opening_it_opens_the_queue(
    window, controller, qtbot
):
    from app.domain.enums import VotingMethod
    from app.ui.voting.round_dialogs import NewRound

    view = window.show_view("round")
    made = view.create_round(
        NewRound(
            "Vrije ideeën",
            "Wat mist er?",
            VotingMethod.IDEAS,
            [],
            {"quadrants": [], "per_cluster": False, "max_length": 200},
            True,
        )
    )
    assert made is not None and made.method is VotingMethod.IDEAS
    assert made.rules["quadrants"] == [] and made.question == "Wat mist er?"
    view.select(made.id)
    view.open_selected()
    dock = window.ideas_dock
    assert dock is not None and dock.isVisible()
    queue = dock.widget()
    assert queue.round_id() == made.id
    ideas.submit(controller.store, made.id, "phone-free0000000001", "Een bib-punt <i>overal</i>")
    queue.reload()
    queue.select_texts(["Een bib-punt <i>overal</i>"])
    queue.accept_selected()
    # No quadrant: a recommendation, text as typed.
    from app.services import swot as swot_service

    recommendations = swot_service.recommendations.list(controller.store, controller.workshop.id)
    assert "Een bib-punt <i>overal</i>" in [r.text for r in recommendations]
    controller.undo_stack.undo()
    recommendations = swot_service.recommendations.list(controller.store, controller.workshop.id)
    assert "Een bib-punt <i>overal</i>" not in [r.text for r in recommendations]


def test_the_edit_dialog_keeps_text_plain_and_offers_no_quadrant(ideas_round, queue, qtbot):
    from app.ui.voting.ideas_queue import EditIdeaDialog

    idea = next(i for i in queue.ideas if i.text == MARKUP)
    dialog = EditIdeaDialog(idea, quadrants=True, parent=queue)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == MARKUP
    assert dialog.result_values() == (MARKUP, "O")
    dialog.quadrant.setCurrentIndex(dialog.quadrant.findData(""))
    dialog.text.setPlainText("<u>anders</u>")
    assert dialog.result_values() == ("<u>anders</u>", None)


def test_the_queue_beside_the_board_fits_a_laptop_screen(window, controller, qtbot):
    # A round with a long title: the dock must not push the window past 1366 pixels.
    made = rounds.create_round(
        controller.store,
        controller.workshop.id,
        "Ideeën uit de zaal: sterktes, zwaktes, kansen en bedreigingen voor de hele gemeente",
        "ideas",
        [],
        {"quadrants": ["S", "W", "O", "T"]},
    ).value
    window.show_view("swot")
    dock = window.show_ideas_queue()
    dock.widget().set_round(made.id)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() > 0)
    assert window.minimumSizeHint().width() <= 1366
    assert window.width() <= 1366
