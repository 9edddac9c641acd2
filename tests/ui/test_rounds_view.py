"""Stemrondes: making, opening, closing and revealing rounds, paper and phone ballots,
the projected voting screen and re-votes on a tie."""

from __future__ import annotations

import json
import urllib.request

import pytest
from PySide6.QtCore import Qt

from app.domain import ranking
from app.domain.enums import RoundStatus, VotingMethod
from app.services import organisation, proposal_index, rounds, voting
from app.ui.views.round_dialogs import NewRoundDialog, PaperBallotDialog


@pytest.fixture
def view(window):
    return window.show_view("round")


def _new_round_from_filtered(view, qtbot):
    store, ws = view.controller.store, view.controller.workshop.id
    fiches = proposal_index.summaries(store, ws)
    clusters = organisation.clusters.list(store, ws)
    sector = next(c for c in clusters if any(f.cluster_id == c.id for f in fiches))
    dialog = NewRoundDialog(fiches, {c.id: c.name for c in clusters}, view)
    qtbot.addWidget(dialog)
    dialog.sector.setCurrentIndex(dialog.sector.findData(sector.id))
    dialog.kind.setCurrentIndex(dialog.kind.findData(False))  # choice only
    dialog.check_visible()
    dialog.title_edit.setText("Keuzevoorstellen")
    expected = [f.id for f in fiches if f.cluster_id == sector.id and not f.mandatory]
    return dialog, expected


def test_a_round_from_filtered_fiches_suggests_the_dots(view, qtbot):
    dialog, expected = _new_round_from_filtered(view, qtbot)
    assert expected and dialog.chosen() == expected
    assert dialog.dots.value() == ranking.suggested_dots(len(expected))
    made = view.create_round(dialog.value())
    assert made is not None
    assert made.method is VotingMethod.DOTS
    assert made.rules["dots"] == ranking.suggested_dots(len(expected))
    assert [o.target_id for o in made.options] == expected
    assert made.anonymous
    assert view.current().id == made.id
    # Undo removes the round again.
    view.controller.undo_stack.undo()
    assert made.id not in [r.id for r in view._rounds]


def test_edited_dots_stay_when_the_selection_changes(view, qtbot):
    dialog, _expected = _new_round_from_filtered(view, qtbot)
    dialog.dots.setValue(7)
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.dots.value() == 7


def _draft(view):
    r = next(r for r in view._rounds if r.status is RoundStatus.DRAFT)
    view.select(r.id)
    return r


def test_open_paper_ballot_close_and_reveal(view, qtbot):
    r = _draft(view)
    assert view.open_button.isEnabled()
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert view.current().status is RoundStatus.OPEN
    assert view.paper_button.isEnabled()
    # A paper dot ballot typed in: all dots on the last option.
    last = r.options[-1]
    clusters = organisation.clusters.list(view.controller.store, view.controller.workshop.id)
    dialog = PaperBallotDialog(view.current(), clusters, parent=view)
    qtbot.addWidget(dialog)
    dialog.set_value(last.id, r.rules["max_per_option"])
    view.cast_paper(r.id, dialog.entries(), clusters[0].id)
    assert view.current().ballot_count == 1
    top = view.result().ranking[0]
    assert (top.option_id, top.score) == (last.id, r.rules["max_per_option"])
    assert view.results.item(0, 1).text() == last.title
    # Per cluster: another cluster has no ballots.
    view.cluster.setCurrentIndex(view.cluster.findData(clusters[1].id))
    assert view.result().ballots == 0
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert view.current().status is RoundStatus.CLOSED
    assert not view.current().revealed
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    assert view.current().revealed


def test_a_score_paper_ballot_counts(view, qtbot):
    r = next(r for r in view._rounds if r.method is VotingMethod.SCORE)
    view.select(r.id)
    view.open_selected()
    dialog = PaperBallotDialog(view.current(), [], parent=view)
    qtbot.addWidget(dialog)
    first = r.options[0]
    for n in range(len(r.rules["criteria"])):
        dialog.set_value(first.id, 5, n)
    view.cast_paper(r.id, dialog.entries())
    assert view.result().ranking[0].option_id == first.id
    assert view.result().ranking[0].score == 5


def test_a_phone_ballot_updates_the_live_count(view, qtbot):
    r = _draft(view)
    view.open_selected()
    assert view.start_server("127.0.0.1", 0)
    try:
        page = view.voting_page()
        url = view.join_url()
        assert url.startswith("http://127.0.0.1:")
        assert view.url_label.text() == url
        assert page.url == url
        token = url.rsplit("/", 1)[1]
        body = json.dumps(
            {
                "voter": "telefoon-van-test-0001",
                "round_id": r.id,
                "entries": {r.options[0].id: 1},
            }
        ).encode()
        api = url.replace(f"/v/{token}", f"/api/v/{token}/ballot")
        request = urllib.request.Request(
            api, data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert json.loads(answer.read()) == {"ok": True}
        qtbot.waitUntil(lambda: view.table.item(view.table.currentRow(), 3).text() == "1")
        qtbot.waitUntil(lambda: page.count.text() == "1 stem")
        assert view.count_label.text() == "1 stemmen"
    finally:
        view.bridge.stop()
    assert not view.bridge.running


def test_results_stay_hidden_on_the_projector_until_revealed(window, view, qtbot):
    closed = next(r for r in view._rounds if r.status is RoundStatus.CLOSED)
    view.select(closed.id)
    if view.current().revealed:
        view.toggle_reveal()
    view.project()
    page = view.voting_page()
    assert window.projector.window.stack.currentWidget() is page
    assert not page.results_visible()
    assert not page.chart.labels
    view.toggle_reveal()
    assert page.results_visible()
    res = rounds.results(view.controller.store, closed.id)
    assert len(page.chart.labels) == min(len(res.ranking), 15)
    assert res.ranking[0].title[:20] in page.chart.labels[0]


def test_ties_share_a_rank_label_and_colour(view):
    from app.services.rounds import RankedResult
    from app.ui.projector_voting import rank_colours, rank_labels

    ranked = [
        RankedResult(1, "a", "A", 9),
        RankedResult(2, "b", "B", 5),
        RankedResult(2, "c", "C", 5),
        RankedResult(4, "d", "D", 1),
    ]
    assert rank_labels(ranked) == ["1.", "=2", "=2", "4."]
    colours = rank_colours(ranked, 0)
    assert colours[1] == colours[2] != colours[0]


def test_a_tie_offers_a_re_vote_with_only_the_tied_options(view, qtbot):
    r = _draft(view)
    a, b, c = r.options[0], r.options[1], r.options[2]
    view._update_round(r, "top", top_n=2)
    view.open_selected()
    store = view.controller.store
    # a first, b and c tied for second place.
    for entries in ({a.id: 2, b.id: 1}, {a.id: 2, c.id: 1}):
        view.cast_paper(r.id, entries)
    view.close_selected()
    assert set(view.tied()) == {b.id, c.id}
    assert view.revote_button.isEnabled()
    assert view.tie_label.text()
    again = view.revote()
    assert again is not None
    assert sorted(o.target_id for o in again.options) == sorted([b.target_id, c.target_id])
    assert again.top_n == 1
    assert again.status is RoundStatus.DRAFT
    assert voting.join_token(store, r.workshop_id)


def test_the_timer_counts_down_on_the_page(view, qtbot):
    page = view.voting_page()
    view.start_timer(2)
    assert page.timer.text() == "0:02"
    qtbot.waitUntil(lambda: page.timer.text() == "0:00", timeout=4000)
    assert not view.clock.isActive()
    view.stop_timer()
    assert page.timer.isHidden()
