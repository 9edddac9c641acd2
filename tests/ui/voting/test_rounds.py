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
from app.ui.voting.round_dialogs import NewRoundDialog, PaperBallotDialog


@pytest.fixture
def view(window):
    return window.show_view("round")


def _new_round_from_filtered(view, qtbot):
    store, ws = view.controller.store, view.controller.workshop.id
    proposals = proposal_index.summaries(store, ws)
    clusters = organisation.clusters.list(store, ws)
    cluster = next(c for c in clusters if any(f.cluster_id == c.id for f in proposals))
    dialog = NewRoundDialog(proposals, {c.id: c.name for c in clusters}, view)
    qtbot.addWidget(dialog)
    dialog.proposal_cluster.setCurrentIndex(dialog.proposal_cluster.findData(cluster.id))
    dialog.kind.setCurrentIndex(dialog.kind.findData(False))  # choice only
    dialog.check_visible()
    dialog.title_edit.setText("Keuzevoorstellen")
    expected = [f.id for f in proposals if f.cluster_id == cluster.id and not f.mandatory]
    return dialog, expected


def test_a_round_from_filtered_proposals_suggests_the_dots(view, qtbot):
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
        qtbot.waitUntil(lambda: view.count_label.text().startswith("1 stemmen, van 1 toestel"))
    finally:
        view.bridge.stop()
    assert not view.bridge.running
    assert view.count_label.text() == "1 stemmen"  # the server's count is gone with it


def test_the_facilitator_sees_devices_beside_ballots_and_can_allow_more(view, qtbot):
    import httpx

    r = _draft(view)
    view.open_selected()
    assert view.devices.isEnabled() and view.devices.value() == 1
    assert view.start_server("127.0.0.1", 0)
    try:
        api = view.join_url().replace("/v/", "/api/v/") + "/ballot"
        tablet = httpx.Client(timeout=10, transport=httpx.HTTPTransport(local_address="127.0.3.9"))

        def vote(n: int) -> int:
            body = {"voter": f"tablet-stem-{n:08d}", "round_id": r.id, "entries": {}}
            return tablet.post(api, json=body).status_code

        with tablet:
            assert [vote(1), vote(2)] == [200, 403]  # one device, one voice
            view.devices.setValue(3)
            view.devices.editingFinished.emit()
            assert rounds.rounds.get(view.controller.store, r.id).devices_per_address == 3
            qtbot.wait(1100)  # the server's view of the round is at most a second old
            assert [vote(2), vote(3)] == [200, 200]
        qtbot.waitUntil(lambda: view.count_label.text().startswith("3 stemmen, van 1 toestel"))
        view.controller.undo_stack.undo()
        assert rounds.rounds.get(view.controller.store, r.id).devices_per_address == 1
    finally:
        view.bridge.stop()


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
    from app.ui.voting.projector_page import rank_colours, rank_labels

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


# --- the server stops with the round and with the window


def _port_is_free(port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _server_threads() -> set[str]:
    import threading

    return {t.name for t in threading.enumerate() if t.name.startswith("atelier-")}


def test_closing_the_open_round_stops_the_server_and_the_next_round_restarts_it(view, qtbot):
    r = _draft(view)
    view.open_selected()
    assert view.start_server("127.0.0.1", 0)
    url = view.join_url()
    port = view.bridge.server.port
    page = view.voting_page()
    assert page.url == url
    view.close_selected()
    assert view.current().status is RoundStatus.CLOSED
    assert not view.bridge.running
    assert _port_is_free(port)
    assert not _server_threads()
    assert page.url == "" and page.qr_url.isHidden()
    assert view.server_button.text() == "Stemserver &starten"
    assert "stopte met de ronde" in view.url_label.text()
    with pytest.raises(OSError):
        urllib.request.urlopen(url, timeout=2)
    # The next round brings it back at the same address, so the QR code stays right.
    nxt = next(x for x in view._rounds if x.status is RoundStatus.DRAFT and x.id != r.id)
    view.select(nxt.id)
    view.open_selected()
    try:
        assert view.bridge.running
        assert view.join_url() == url
        with urllib.request.urlopen(url, timeout=10) as answer:
            assert answer.status == 200
    finally:
        view.shutdown()
    assert not view.bridge.running


def test_a_round_that_fails_to_close_leaves_the_server_running(view, qtbot):
    r = _draft(view)  # a draft cannot be closed
    assert view.start_server("127.0.0.1", 0)
    try:
        with qtbot.waitSignal(view.controller.failed):
            view.close_selected()
        assert view.current().id == r.id
        assert view.bridge.running
    finally:
        view.shutdown()


def test_closing_the_window_stops_the_server(window, qtbot):
    view = window.show_view("round")
    _draft(view)
    view.open_selected()
    assert view.start_server("127.0.0.1", 0)
    port = view.bridge.server.port
    assert not _port_is_free(port)
    window.close()
    assert not view.bridge.running
    assert _port_is_free(port)
    assert not _server_threads()


# --- the projected screen: ties in the chart, QR codes


def test_the_chart_shows_ties_with_one_rank_label_and_one_colour(view):
    from app.services.rounds import RankedResult
    from app.ui.voting.projector_page import OUTSIDE_TOP, RANK_COLOURS

    page = view.voting_page()
    chart = page.chart
    ranked = [
        RankedResult(1, "a", "Alfa", 9.0),
        RankedResult(2, "b", "Bravo", 5.0),
        RankedResult(2, "c", "Charlie", 5.0),
        RankedResult(4, "d", "Delta", 4.0),
        RankedResult(5, "e", "Echo", 1.0),
    ]
    chart.set_ranking(ranked, top_n=3)
    shown = [name.toPlainText() for name in chart.names]
    assert [text.split()[0] for text in shown] == ["1.", "=2", "=2", "4.", "5."]
    assert [text.split(maxsplit=1)[1] for text in shown] == [
        "Alfa",
        "Bravo",
        "Charlie",
        "Delta",
        "Echo",
    ]
    brushes = [b.color().name().upper() for b in chart.bars.opts["brushes"]]
    assert brushes[1] == brushes[2]  # tied bars: one colour
    assert brushes[0] != brushes[1]
    assert brushes[0] == RANK_COLOURS[0] and brushes[1] == RANK_COLOURS[1]
    assert brushes[3:] == [OUTSIDE_TOP, OUTSIDE_TOP]  # below the top 3: grey
    assert list(chart.bars.opts["width"]) == [9.0, 5.0, 5.0, 4.0, 1.0]
    assert [v.toPlainText() for v in chart.values] == ["9", "5", "5", "4", "1"]
    # Without a top N nothing is grey, and the tie still shares its colour.
    chart.set_ranking(ranked, top_n=0)
    brushes = [b.color().name().upper() for b in chart.bars.opts["brushes"]]
    assert OUTSIDE_TOP not in brushes and brushes[1] == brushes[2]


def _modules_of(pixmap, count: int, border: int) -> list[list[int]]:
    """The QR modules an image shows: dark (1) or light (0) at each module's centre."""
    image = pixmap.toImage()
    assert image.width() == image.height()
    cells = count + 2 * border
    step = image.width() / cells
    out = []
    for row in range(count):
        y = int((border + row + 0.5) * step)
        line = []
        for column in range(count):
            x = int((border + column + 0.5) * step)
            line.append(1 if image.pixelColor(x, y).lightness() < 128 else 0)
        out.append(line)
    return out


def _segno_modules(text: str) -> list[list[int]]:
    import segno

    from app.voting import qr

    return [list(row) for row in segno.make(text, error=qr.ERROR, micro=False).matrix]


def test_the_projected_join_code_is_exactly_the_join_url(view, qtbot):
    _draft(view)
    view.open_selected()
    page = view.voting_page()
    page.resize(1280, 720)
    assert view.start_server("127.0.0.1", 0)
    try:
        url = view.join_url()
        assert not page.qr_url.isHidden() and page.url_text.text() == url
        expected = _segno_modules(url)
        shown = page.qr_url.pixmap()
        assert not shown.isNull()
        # What the projector shows (scaled) and what was rendered (border 2) both match.
        assert _modules_of(shown, len(expected), border=2) == expected
        assert _modules_of(page._qr_url, len(expected), border=2) == expected
        assert _modules_of(shown, len(expected), 2) != _segno_modules(url + "x")[: len(expected)]
    finally:
        view.shutdown()


def test_a_wifi_name_and_password_show_the_second_code(view, qtbot):
    from app.voting import qr

    _draft(view)  # a revealed result hides the codes: joining is over then
    page = view.voting_page()
    page.resize(1280, 720)
    assert page.qr_wifi.isHidden()
    view.ssid.setText("Atelier-zaal")
    view.password.setText("stem;2024")
    view.ssid.editingFinished.emit()
    assert not page.qr_wifi.isHidden() and not page.wifi_text.isHidden()
    assert page.wifi == ("Atelier-zaal", "stem;2024")
    assert "Atelier-zaal" in page.wifi_text.text() and "stem;2024" in page.wifi_text.text()
    expected = _segno_modules(qr.wifi_payload("Atelier-zaal", "stem;2024", "WPA"))
    assert _modules_of(page.qr_wifi.pixmap(), len(expected), border=2) == expected
    # An open network: a name only.
    view.password.setText("")
    view.password.editingFinished.emit()
    expected = _segno_modules(qr.wifi_payload("Atelier-zaal", "", "nopass"))
    assert _modules_of(page.qr_wifi.pixmap(), len(expected), border=2) == expected
    view.ssid.setText("  ")
    view.ssid.editingFinished.emit()
    assert page.qr_wifi.isHidden() and page.wifi_text.isHidden()


# --- the network the phones use


def _choose_interface(view, address: str) -> None:
    index = view.interface.findData(address)
    assert index >= 0, f"{address} is not offered"
    view.interface.setCurrentIndex(index)
    view.port.setValue(0)


def test_the_chosen_interface_is_where_the_server_listens_and_what_it_advertises(view):
    from urllib.parse import urlsplit

    from app.voting import network
    from app.voting.server import ALL_INTERFACES

    _choose_interface(view, "127.0.0.1")
    view.toggle_server()
    try:
        server = view.bridge.server
        assert server.host == "127.0.0.1"
        assert server._socket.getsockname()[0] == "127.0.0.1"
        assert urlsplit(view.join_url()).hostname == "127.0.0.1"
        assert urlsplit(view.url_label.text()).hostname == "127.0.0.1"
        with urllib.request.urlopen(view.join_url(), timeout=10) as answer:
            assert answer.status == 200
    finally:
        view.toggle_server()
    assert not view.bridge.running

    _choose_interface(view, ALL_INTERFACES)
    view.toggle_server()
    try:
        assert view.bridge.server._socket.getsockname()[0] == "0.0.0.0"
        assert urlsplit(view.join_url()).hostname == network.best_address()
    finally:
        view.toggle_server()

    others = [i for i in network.ipv4_interfaces() if not i.is_loopback]
    if others:  # a real adapter: listen there only, so loopback is refused
        _choose_interface(view, others[0].address)
        view.toggle_server()
        try:
            port = view.bridge.server.port
            assert urlsplit(view.join_url()).hostname == others[0].address
            assert view.bridge.server._socket.getsockname() == (others[0].address, port)
            with pytest.raises(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
        finally:
            view.toggle_server()


# --- named rounds, undo of a paper ballot


def _named_round(view):
    r = _draft(view)
    view.controller.apply(lambda: rounds.update_round(view.controller.store, r.id, anonymous=False))
    view.select(r.id)
    view.open_selected()
    return view.current()


def test_a_named_paper_ballot_picks_a_participant(view, qtbot):
    r = _named_round(view)
    assert not r.anonymous
    store, ws = view.controller.store, view.controller.workshop.id
    dialog = view.paper_ballot_dialog()
    qtbot.addWidget(dialog)
    people = [p for p in organisation.participants.list(store, ws) if p.name]
    assert dialog.participant.count() == len(people) + 1  # and "Zonder naam"
    person = next(p for p in people if p.cluster_id)
    dialog.participant.setCurrentIndex(dialog.participant.findData(person.id))
    assert dialog.cluster.currentData() == person.cluster_id  # follows the person
    dialog.set_value(r.options[0].id, 1)
    made = view.cast_paper(
        r.id, dialog.entries(), dialog.cluster.currentData(), dialog.participant_id()
    )
    assert made is not None and made.participant_id == person.id
    assert made.cluster_id == person.cluster_id
    assert rounds.results(store, r.id, cluster_id=person.cluster_id).ballots == 1


def test_an_anonymous_round_offers_no_participant(view, qtbot):
    r = _draft(view)
    view.open_selected()
    assert view.current().anonymous
    dialog = view.paper_ballot_dialog()
    qtbot.addWidget(dialog)
    assert dialog.participant.count() == 1
    dialog.participant.addItem("iemand", "some-id")  # even if forced, nothing is sent
    dialog.participant.setCurrentIndex(1)
    assert dialog.participant_id() is None
    assert r.id == dialog.round.id


def test_a_paper_ballot_is_undone_and_redone(view, qtbot):
    r = _draft(view)
    view.open_selected()
    first, second = r.options[0].id, r.options[1].id
    view.cast_paper(r.id, {first: 1})
    made = view.cast_paper(r.id, {second: 2})
    assert view.current().ballot_count == 2
    stack = view.controller.undo_stack
    assert stack.undoText() == "Papieren stembrief"
    stack.undo()  # the last one typed goes
    assert view.current().ballot_count == 1
    scores = {x.option_id: x.score for x in view.result().ranking}
    assert (scores[first], scores[second]) == (1.0, 0.0)
    stack.redo()  # and comes back under the same id
    assert view.current().ballot_count == 2
    assert {x.option_id: x.score for x in view.result().ranking}[second] == 2.0
    stack.undo()
    stack.undo()
    assert view.current().ballot_count == 0
    stack.redo()
    view.close_selected()
    # Once the round is closed the ballot box is sealed: undo says so and changes nothing.
    with qtbot.waitSignal(view.controller.failed) as failed:
        stack.undo()
    assert "niet meer open" in failed.args[0]
    assert view.current().ballot_count == 1
    assert made.id


# --- rounds over SWOT points and paths; the policy-objective filter


def test_a_round_over_swot_points_filtered_by_quadrant_and_cluster(view, qtbot):
    from app.domain.enums import OptionKind, Quadrant
    from app.services import swot

    store, ws = view.controller.store, view.controller.workshop.id
    dialog = view.new_round_dialog()
    qtbot.addWidget(dialog)
    dialog.set_source(OptionKind.SWOT_ITEM)
    assert dialog.quadrant.isVisibleTo(dialog) and not dialog.proposal_cluster.isVisibleTo(dialog)
    points = swot.list_items(store, ws)
    assert dialog.list.count() == len(points)
    cluster = next(p.cluster_id for p in points if p.cluster_id)
    dialog.quadrant.setCurrentIndex(dialog.quadrant.findData(Quadrant.WEAKNESS.value))
    dialog.swot_cluster.setCurrentIndex(dialog.swot_cluster.findData(cluster))
    dialog.check_visible()
    expected = [p.id for p in points if p.quadrant is Quadrant.WEAKNESS and p.cluster_id == cluster]
    assert expected and dialog.chosen() == expected
    assert dialog.count_label.text() == f"{len(expected)} SWOT-punten gekozen"
    dialog.title_edit.setText("Welke zwakte eerst?")
    made = view.create_round(dialog.value())
    assert made is not None
    assert [o.kind for o in made.options] == [OptionKind.SWOT_ITEM] * len(expected)
    assert [o.target_id for o in made.options] == expected
    by_id = {p.id: p for p in points}
    assert [o.title for o in made.options] == [by_id[i].text[:300] for i in expected]


def test_a_round_over_the_development_paths(view, qtbot):
    from app.domain.enums import OptionKind
    from app.services import paths

    store, ws = view.controller.store, view.controller.workshop.id
    dialog = view.new_round_dialog()
    qtbot.addWidget(dialog)
    dialog.set_source(OptionKind.PATH)
    assert not dialog.quadrant.isVisibleTo(dialog) and not dialog.proposal_cluster.isVisibleTo(
        dialog
    )
    dialog.check_visible()
    all_paths = paths.paths.list(store, ws)
    assert dialog.chosen() == [p.id for p in all_paths]
    assert dialog.dots.value() == ranking.suggested_dots(len(all_paths))
    dialog.title_edit.setText("Welk pad eerst?")
    made = view.create_round(dialog.value())
    assert [(o.kind, o.title) for o in made.options] == [
        (OptionKind.PATH, p.title) for p in all_paths
    ]
    # Switching the source back starts from an empty choice.
    dialog.set_source(OptionKind.PROPOSAL)
    assert dialog.chosen() == [] and dialog.list.count() > 0


def test_the_policy_objective_filter(view, qtbot):
    store, ws = view.controller.store, view.controller.workshop.id
    proposals = proposal_index.summaries(store, ws)
    dialog = view.new_round_dialog()
    qtbot.addWidget(dialog)
    objectives = sorted({f.policy_objective for f in proposals if f.policy_objective})
    assert dialog.objective.count() == len(objectives) + 1
    objective = objectives[1]
    dialog.objective.setCurrentIndex(dialog.objective.findData(objective))
    dialog.check_visible()
    expected = [f.id for f in proposals if f.policy_objective == objective]
    assert 0 < len(expected) < len(proposals)
    assert dialog.chosen() == expected


def test_a_round_without_options_does_not_open(view, qtbot):
    dialog = view.new_round_dialog()
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Leeg")
    made = view.create_round(dialog.value())  # nothing ticked
    assert made is not None and made.options == ()
    with qtbot.waitSignal(view.controller.failed) as failed:
        view.open_selected()
    assert "heeft geen opties om op te stemmen" in failed.args[0]
    assert view.current().status is RoundStatus.DRAFT


def test_a_named_round_with_ballots_stays_named_and_says_why(view, qtbot):
    store, ws = view.controller.store, view.controller.workshop.id
    r = _draft(view)
    view.anonymous.setChecked(False)  # a draft may become named
    assert not rounds.rounds.get(store, r.id).anonymous
    view.open_selected()
    person = next(p for p in organisation.participants.list(store, ws) if p.name)
    assert view.cast_paper(r.id, {}, participant_id=person.id) is not None
    with qtbot.waitSignal(view.controller.failed) as refused:
        view.anonymous.setChecked(True)
    assert "al stemmen op naam" in refused.args[0]
    assert not rounds.rounds.get(store, r.id).anonymous
    assert not view.anonymous.isChecked()


def test_a_new_ideas_round_asks_quadrants_cluster_and_length_and_no_options(view, qtbot):
    store, ws = view.controller.store, view.controller.workshop.id
    clusters = organisation.clusters.list(store, ws)
    dialog = NewRoundDialog(
        proposal_index.summaries(store, ws), {c.id: c.name for c in clusters}, view
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Wat leeft er?")
    dialog.question_edit.setText("Sterktes en zwaktes van onze dienst?")
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.IDEAS.value))
    assert dialog.list.isHidden() and dialog.source.isHidden()
    assert dialog.anonymous.isChecked() and not dialog.anonymous.isEnabled()
    for code in ("O", "T"):
        dialog.idea_quadrants[code].setChecked(False)
    dialog.idea_per_cluster.setChecked(True)
    dialog.idea_length.setValue(140)
    made = view.create_round(dialog.value())
    assert made is not None
    assert made.method is VotingMethod.IDEAS and made.options == () and made.anonymous
    assert made.rules == {"max_length": 140, "quadrants": ["S", "W"], "per_cluster": True}
    assert made.question == "Sterktes en zwaktes van onze dienst?"
    # Back to dots: the options come back into sight.
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.DOTS.value))
    assert not dialog.list.isHidden() and dialog.anonymous.isEnabled()
    view.select(made.id)
    view.open_selected()
    assert rounds.rounds.get(store, made.id).status.value == "open"
    assert not view.paper_button.isEnabled()  # an ideas round takes no paper ballots
