"""The SWOT board as the facilitator uses it: keyboard first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain.enums import AreaKind, Quadrant
from app.services import organisation, paths, proposals, rounds, swot
from app.ui.swot.board import SwotBoardView
from app.ui.swot.delegate import badge_text
from app.ui.swot.filter_bar import ALL
from app.ui.swot.model import HEADING, ClusterCountRole, QuadrantModel
from app.ui.widgets.quadrants import QUADRANTS
from tests.ui.keys import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
NUMBER_KEYS = {
    Quadrant.STRENGTH: Qt.Key.Key_1,
    Quadrant.WEAKNESS: Qt.Key.Key_2,
    Quadrant.OPPORTUNITY: Qt.Key.Key_3,
    Quadrant.THREAT: Qt.Key.Key_4,
}


@pytest.fixture
def board(controller, qtbot) -> SwotBoardView:
    view = SwotBoardView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _items(controller, include_absorbed: bool = False):
    return swot.list_items(controller.store, controller.workshop.id, include_absorbed)


def _by_text(controller, text: str):
    return next(i for i in _items(controller, True) if i.text == text)


def _focused() -> object:
    return QApplication.focusWidget()


def _commit(editor: QLineEdit) -> None:
    """Enter in an item editor: the delegate commits on the next turn of the event loop."""
    press(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _click(view, item_id: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    index = view.quadrant_model.index_of(item_id)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifiers, view.visualRect(index).center()
    )


def _consistent(board: SwotBoardView) -> None:
    """Incremental refresh ends where a full rebuild starts."""
    for quadrant, panel in board.panels.items():
        fresh = QuadrantModel(board.data, quadrant)
        fresh.set_filter(panel.model.filter)
        fresh.pinned = set(panel.model.pinned)
        fresh.rebuild()
        assert panel.model.rows == fresh.rows, quadrant


# -- capture with the keyboard alone -----------------------------------------------------


def test_twenty_points_typed_with_the_keyboard_alone(window, controller, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # F5 shows the projected screen; the room sees every cluster for this test.
    press(window, Qt.Key.Key_F5)
    projector = window.projector.window
    assert projector is not None and projector.isVisible()
    window.projector.scope_actions[ALL].trigger()
    board = window.show_view("swot")
    store, ws = controller.store, controller.workshop.id
    clusters = organisation.clusters.list(store, ws)  # the context bar's order
    cluster_index = clusters.index(
        next(c for c in clusters if c.id == controller.current_cluster_id)
    )
    areas = {
        kind: [a.id for a in board.data.areas_of(kind)]
        for kind in (AreaKind.INTERNAL, AreaKind.EXTERNAL)
    }
    area_index = dict.fromkeys(QUADRANTS, 0)
    session = controller.current_session_id
    expected = []
    for n in range(20):
        quadrant = QUADRANTS[n % 4]
        press(_focused(), NUMBER_KEYS[quadrant], CTRL)
        panel = board.panels[quadrant]
        assert _focused() is panel.capture
        if n % 3 == 1:  # Alt+Down in the capture line: the next area
            press(panel.capture, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
            area_index[quadrant] += 1
        if n % 7 == 3:  # or Tab to the area list, Down, and back
            press(panel.capture, Qt.Key.Key_Tab)
            assert _focused() is panel.area_box
            press(panel.area_box, Qt.Key.Key_Down)
            press(panel.area_box, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            assert _focused() is panel.capture
            area_index[quadrant] += 1
        if n == 18:  # Alt+Up goes back
            press(panel.capture, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
            area_index[quadrant] -= 1
        text = f"Punt {n + 1}: één café voor {quadrant.label.lower()}"
        type_text(panel.capture, text)
        press(panel.capture, Qt.Key.Key_Return)
        assert panel.capture.text() == ""
        area = areas[quadrant.area_kind][area_index[quadrant]]
        expected.append((text, quadrant, area, clusters[cluster_index].id))
        if n % 5 == 4:
            press(_focused(), Qt.Key.Key_BracketRight, CTRL)  # the next cluster
            cluster_index += 1
            assert controller.current_cluster_id == clusters[cluster_index].id

    stored = {i.text: i for i in _items(controller)}
    for text, quadrant, area, cluster in expected:
        item = stored[text]
        assert (item.quadrant, item.area_id, item.cluster_id, item.session_id) == (
            quadrant,
            area,
            cluster,
            session,
        ), text
    assert len({e[3] for e in expected}) == 4
    assert len({(e[1], e[2]) for e in expected}) >= 8
    # The projected screen shows every point, the last of each quadrant on screen.
    for quadrant in QUADRANTS:
        shown = projector.visible_texts(quadrant)
        mine = [e[0] for e in expected if e[1] is quadrant]
        assert set(mine) <= set(shown)
        view = projector.board_page.quadrants[quadrant].list
        last = view.quadrant_model.index_of(stored[mine[-1]].id)
        assert view.viewport().rect().intersects(view.visualRect(last))
    _consistent(board)


# -- edits on the board ------------------------------------------------------------------


def test_edit_in_place_with_f2(board, controller, qtbot):
    panel = board.panels[Quadrant.WEAKNESS]
    point = controller.capture("W", "Oude tekst", panel.current_area())
    _click(panel.list, point.id)
    press(panel.list, Qt.Key.Key_F2)
    editor = _focused()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Nieuwe tekst met ë")
    _commit(editor)
    assert _by_text(controller, "Nieuwe tekst met ë").id == point.id
    assert panel.model.index_of(point.id).data() == "Nieuwe tekst met ë"
    controller.undo_stack.undo()
    assert panel.model.index_of(point.id).data() == "Oude tekst"


def test_delete_key_deletes_the_selected_points(board, controller, qtbot):
    panel = board.panels[Quadrant.THREAT]
    first = controller.capture("T", "Eerste weg", panel.current_area())
    second = controller.capture("T", "Tweede weg", panel.current_area())
    _click(panel.list, first.id)
    _click(panel.list, second.id, CTRL)
    press(panel.list, Qt.Key.Key_Delete)
    ids = {i.id for i in _items(controller)}
    assert first.id not in ids and second.id not in ids
    assert panel.model.row_of(first.id) == -1
    controller.undo_stack.undo()  # one step for both
    ids = {i.id for i in _items(controller)}
    assert first.id in ids and second.id in ids
    _consistent(board)


def test_undoing_a_delete_brings_back_the_points_links(board, controller, qtbot):
    store, ws = controller.store, controller.workshop.id
    panel = board.panels[Quadrant.THREAT]
    point = controller.capture("T", "Vergrijzing in de deelgemeenten", panel.current_area())
    other = next(i for i in panel.model.point_ids() if i != point.id)
    path = paths.paths.list(store, ws)[0]
    proposal = proposals.proposals.list(store, ws)[0]
    rec = swot.recommendations.list(store, ws)[0]
    paths.update_path(store, path.id, swot_item_ids=[*path.swot_item_ids, point.id])
    proposals.update_proposal(store, proposal.id, swot_item_ids=[*proposal.swot_item_ids, point.id])
    swot.link_recommendation(store, rec.id, [*rec.swot_item_ids, point.id])
    voting = rounds.create_round(
        store,
        ws,
        "Welke bedreiging eerst?",
        "dots",
        [("swot_item", point.id), ("swot_item", other)],
    ).value
    before = _snapshot(controller)

    _click(panel.list, point.id)
    press(panel.list, Qt.Key.Key_Delete)
    assert panel.model.row_of(point.id) == -1
    assert point.id not in paths.paths.get(store, path.id).swot_item_ids
    assert point.id not in proposals.proposals.get(store, proposal.id).swot_item_ids
    assert point.id not in swot.recommendations.get(store, rec.id).swot_item_ids
    targets = [o.target_id for o in rounds.rounds.get(store, voting.id).options]
    assert targets == [None, other]  # the option keeps its title, not the point
    after = _snapshot(controller)

    controller.undo_stack.undo()
    assert point.id in paths.paths.get(store, path.id).swot_item_ids
    assert point.id in proposals.proposals.get(store, proposal.id).swot_item_ids
    assert point.id in swot.recommendations.get(store, rec.id).swot_item_ids
    assert [o.target_id for o in rounds.rounds.get(store, voting.id).options] == [point.id, other]
    assert _snapshot(controller) == before
    assert panel.model.row_of(point.id) >= 0
    controller.undo_stack.redo()
    assert _snapshot(controller) == after
    controller.undo_stack.undo()
    assert _snapshot(controller) == before
    _consistent(board)


def test_delete_in_the_capture_line_edits_text_only(board, controller, qtbot):
    panel = board.panels[Quadrant.STRENGTH]
    point = controller.capture("S", "Blijft staan", panel.current_area())
    _click(panel.list, point.id)
    board.focus_quadrant(Quadrant.STRENGTH)
    type_text(panel.capture, "abc")
    press(panel.capture, Qt.Key.Key_Home)
    press(panel.capture, Qt.Key.Key_Delete)
    assert panel.capture.text() == "bc"
    assert point.id in {i.id for i in _items(controller)}


def test_drop_moves_to_the_heading_or_to_the_quadrants_current_area(board, controller, qtbot):
    strengths, opportunities = board.panels[Quadrant.STRENGTH], board.panels[Quadrant.OPPORTUNITY]
    point = controller.capture("S", "Wordt een kans", strengths.current_area())
    mime = strengths.model.mimeData([strengths.model.index_of(point.id)])
    # On an area heading of the opportunities: that external area.
    row = [r for r, (kind, _key) in enumerate(opportunities.model.rows) if kind == HEADING][2]
    heading_area = opportunities.model.rows[row][1]
    opportunities.model.dropMimeData(
        mime, Qt.DropAction.MoveAction, -1, 0, opportunities.model.index(row)
    )
    moved = _by_text(controller, "Wordt een kans")
    assert (moved.quadrant, moved.area_id) == (Quadrant.OPPORTUNITY, heading_area)
    assert opportunities.model.area_at(opportunities.model.row_of(point.id)) == heading_area
    assert strengths.model.row_of(point.id) == -1
    controller.undo_stack.undo()
    # On empty space, from an internal to an external quadrant: the current area there.
    opportunities.set_area(board.data.areas_of(AreaKind.EXTERNAL)[4].id)
    threats = board.panels[Quadrant.THREAT]
    threats.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, threats.model.index(-1))
    moved = _by_text(controller, "Wordt een kans")
    assert (moved.quadrant, moved.area_id) == (Quadrant.THREAT, threats.current_area())
    # Between internal quadrants a point keeps its area.
    controller.undo_stack.undo()
    weaknesses = board.panels[Quadrant.WEAKNESS]
    weaknesses.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, weaknesses.model.index(-1))
    moved = _by_text(controller, "Wordt een kans")
    assert (moved.quadrant, moved.area_id) == (Quadrant.WEAKNESS, point.area_id)
    _consistent(board)


def test_move_through_the_context_menu(board, controller, qtbot):
    panel = board.panels[Quadrant.WEAKNESS]
    point = controller.capture("W", "Verhuist", panel.current_area())
    _click(panel.list, point.id)
    menu = board.context_menu(Quadrant.WEAKNESS)
    move = next(a for a in menu.actions() if a.text() == "Verplaatsen naar").menu()
    target = next(a for a in move.actions() if a.text() == Quadrant.THREAT.label).menu()
    external = board.data.areas_of(AreaKind.EXTERNAL)[1]
    next(a for a in target.actions() if a.text() == external.name).trigger()
    moved = _by_text(controller, "Verhuist")
    assert (moved.quadrant, moved.area_id) == (Quadrant.THREAT, external.id)


def test_three_duplicates_from_three_clusters_become_one_point(board, controller, qtbot):
    panel = board.panels[Quadrant.WEAKNESS]
    clusters = [
        c
        for c in organisation.clusters.list(controller.store, controller.workshop.id)
        if not c.is_reference
    ][:3]
    ids = []
    for n, cluster in enumerate(clusters):
        controller.set_cluster(cluster.id)
        ids.append(controller.capture("W", f"Te weinig overleg ({n})", panel.current_area()).id)
    everything_before = {i.id: i for i in _items(controller, True)}
    board.focus_quadrant(Quadrant.WEAKNESS)
    _click(panel.list, ids[1])  # the first one picked becomes the primary
    _click(panel.list, ids[0], CTRL)
    _click(panel.list, ids[2], CTRL)
    assert panel.list.selected_ids() == [ids[1], ids[0], ids[2]]
    press(panel.list, Qt.Key.Key_M, CTRL)
    assert [panel.model.row_of(i) >= 0 for i in ids] == [False, True, False]
    index = panel.model.index_of(ids[1])
    assert index.data(ClusterCountRole) == 3
    assert badge_text(index.data(ClusterCountRole)) == "3 clusters"
    assert "3 clusters" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    stored = {i.id: i for i in _items(controller, True)}
    assert stored[ids[1]].source_ids == (ids[0], ids[2])
    assert [stored[i].absorbed_into_id for i in (ids[0], ids[2])] == [ids[1], ids[1]]
    assert [stored[i].text for i in ids] == [everything_before[i].text for i in ids]
    # The context menu offers to undo the merge for good; Ctrl+Z undoes the step.
    menu = board.context_menu(Quadrant.WEAKNESS)
    assert "Samenvoeging opheffen" in [a.text() for a in menu.actions()]
    controller.undo_stack.undo()
    assert all(panel.model.row_of(i) >= 0 for i in ids)
    assert all(panel.model.index_of(i).data(ClusterCountRole) == 1 for i in ids)
    _consistent(board)


def test_consolidate_needs_two_points(board, controller, qtbot):
    messages: list[str] = []
    controller.failed.connect(messages.append)
    panel = board.panels[Quadrant.STRENGTH]
    point = controller.capture("S", "Alleen", panel.current_area())
    _click(panel.list, point.id)
    press(panel.list, Qt.Key.Key_M, CTRL)
    assert messages and "twee punten" in messages[0]


def test_release_from_the_context_menu(board, controller, qtbot):
    panel = board.panels[Quadrant.STRENGTH]
    merged = next(i for i in _items(controller) if i.quadrant is Quadrant.STRENGTH and i.source_ids)
    _click(panel.list, merged.id)
    menu = board.context_menu(Quadrant.STRENGTH)
    next(a for a in menu.actions() if a.text() == "Samenvoeging opheffen").trigger()
    assert all(panel.model.row_of(s) >= 0 for s in merged.source_ids)
    assert panel.model.index_of(merged.id).data(ClusterCountRole) == 1


def test_ctrl_number_jumps_between_quadrants(board, qtbot):
    for quadrant in reversed(QUADRANTS):
        press(_focused() or board, NUMBER_KEYS[quadrant], CTRL)
        assert _focused() is board.panels[quadrant].capture


# -- filters ------------------------------------------------------------------------------


def test_filter_bar_filters_every_quadrant_and_counts(board, controller, qtbot):
    bar = board.filter_bar
    total = len(_items(controller))
    assert bar.count_label.text() == f"{total} punten"
    board.filter_bar.focus_search()
    type_text(bar.search, "cliënt")
    shown = sum(p.model.point_count() for p in board.panels.values())
    assert 0 < shown < total
    assert bar.count_label.text() == f"{shown} punten"
    for panel in board.panels.values():
        for item_id in panel.model.point_ids():
            assert "client" in board.data.search_text[item_id]
    bar.clear()
    cluster = organisation.clusters.list(controller.store, controller.workshop.id)[1]
    bar.cluster_box.setCurrentIndex(bar.cluster_box.findData(cluster.id))
    for panel in board.panels.values():
        assert all(cluster.id in board.data.cluster_ids[i] for i in panel.model.point_ids())
    # "Huidige cluster" follows the context bar's choice.
    bar.cluster_box.setCurrentIndex(1)
    controller.set_cluster(cluster.id)
    assert board.panels[Quadrant.STRENGTH].model.filter.cluster_ids == frozenset([cluster.id])


# -- beside the board ----------------------------------------------------------------------


def test_recommendations_of_the_selected_points_area(board, controller, qtbot):
    panel = board.panels[Quadrant.STRENGTH]
    recs = swot.recommendations.list(controller.store, controller.workshop.id)
    area_id = recs[0].area_id
    point = next(
        i for i in _items(controller) if i.quadrant is Quadrant.STRENGTH and i.area_id == area_id
    )
    _click(panel.list, point.id)
    side = board.recommendations
    area = board.data.areas[area_id]
    assert area.name in side.title.text()
    assert side.ids() == [r.id for r in recs if r.area_id == area_id]
    # Add
    side.entry.setFocus()
    type_text(side.entry, "Meer overleg tussen de diensten")
    press(side.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Meer overleg tussen de diensten" in side.texts())
    added = next(
        r
        for r in swot.recommendations.list(controller.store, controller.workshop.id)
        if r.text == "Meer overleg tussen de diensten"
    )
    assert (added.area_id, added.cluster_id) == (area_id, controller.current_cluster_id)
    # Edit with F2
    side.list.setFocus()
    side.list.setCurrentRow(side.ids().index(added.id))
    press(side.list, Qt.Key.Key_F2)
    editor = _focused()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Meer overleg, ook met het bestuur")
    _commit(editor)
    qtbot.waitUntil(lambda: "Meer overleg, ook met het bestuur" in side.texts())
    assert swot.recommendations.get(controller.store, added.id).text.endswith("bestuur")
    # Delete
    side.list.setFocus()
    side.list.setCurrentRow(side.ids().index(added.id))
    press(side.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: added.id not in side.ids())
    # The capture line's area when no point is selected.
    board.focus_quadrant(Quadrant.OPPORTUNITY)
    assert board.panels[Quadrant.OPPORTUNITY].area_box.currentText() in side.title.text()


def _group_with(panel, *ids: str) -> tuple[str, ...]:
    return next(g for g in panel.groups() if set(ids) <= set(g))


def test_duplicates_panel_merges_a_group_with_enter(board, controller, qtbot):
    store, ws = controller.store, controller.workshop.id
    area = board.panels[Quadrant.THREAT].current_area()
    first = controller.capture("T", "Parkeerdruk rond het station van de deelgemeenten", area)
    second = controller.capture("T", "Parkeerdruk rond de stations in deelgemeenten", area)
    panel = board.duplicates
    board.side.setCurrentWidget(panel)
    QTest.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.task is None, timeout=30_000)
    group = _group_with(panel, first.id, second.id)
    panel.list.setFocus()
    panel.list.setCurrentRow(panel.groups().index(group))
    press(panel.list, Qt.Key.Key_Return)
    merged = swot.get_items(store, [group[0]])[0]
    assert set(merged.source_ids) == set(group[1:])
    assert group not in panel.groups()
    # One click on the button merges the group that is chosen; undo brings it back.
    third = controller.capture("T", "Digitale kloof bij oudere inwoners van de deelgemeenten", area)
    fourth = controller.capture(
        "T", "Digitale kloof bij de oudere inwoners van deelgemeenten", area
    )
    QTest.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.task is None, timeout=30_000)
    group = _group_with(panel, third.id, fourth.id)
    panel.list.setCurrentRow(panel.groups().index(group))
    QTest.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert set(swot.get_items(store, [group[0]])[0].source_ids) == set(group[1:])
    assert set(group) <= {i.id for i in swot.list_items(store, ws, include_absorbed=True)}
    controller.undo_stack.undo()
    assert set(group) <= {i.id for i in swot.list_items(store, ws)}


def test_duplicates_are_suggested_across_clusters(board, controller, qtbot):
    """The same point raised by two clusters (seed 003) is suggested, also while the
    board shows one cluster only; merging it says "2 clusters"."""
    store = controller.store
    clusters = [
        c for c in organisation.clusters.list(store, controller.workshop.id) if not c.is_reference
    ][:2]
    panel = board.panels[Quadrant.WEAKNESS]
    area = panel.current_area()
    controller.set_cluster(clusters[0].id)
    first = controller.capture(
        "W", "Onvoldoende doorstroming van informatie naar de loketten", area
    )
    controller.set_cluster(clusters[1].id)
    second = controller.capture(
        "W", "Onvoldoende doorstroming van de informatie naar loketten", area
    )
    # The board follows the current cluster: the first cluster's point is not on it.
    bar = board.filter_bar
    bar.cluster_box.setCurrentIndex(1)  # "Huidige cluster"
    assert bar.follows_current_cluster()
    assert panel.model.row_of(first.id) == -1 and panel.model.row_of(second.id) >= 0
    duplicates = board.duplicates
    board.side.setCurrentWidget(duplicates)
    QTest.mouseClick(duplicates.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: duplicates.task is None, timeout=30_000)
    group = _group_with(duplicates, first.id, second.id)
    assert len(group) == 2
    row = duplicates.groups().index(group)
    text = duplicates.list.item(row).text()
    assert clusters[0].name in text and clusters[1].name in text and "2 clusters" in text
    duplicates.list.setFocus()
    duplicates.list.setCurrentRow(row)
    press(duplicates.list, Qt.Key.Key_Return)
    merged = swot.get_items(store, [group[0]])[0]
    assert merged.source_ids == (group[1],)
    assert merged.cluster_count == 2
    bar.cluster_box.setCurrentIndex(bar.cluster_box.findData(ALL))
    assert badge_text(panel.model.index_of(group[0]).data(ClusterCountRole)) == "2 clusters"
    _consistent(board)


# -- undo and redo of every kind of edit ---------------------------------------------------


def _snapshot(controller):
    store, ws = controller.store, controller.workshop.id
    items = {
        i.id: (
            i.quadrant,
            i.text,
            i.cluster_id,
            i.area_id,
            i.session_id,
            i.position,
            i.absorbed_into_id,
            i.source_ids,
            i.cluster_count,
        )
        for i in swot.list_items(store, ws, include_absorbed=True)
    }
    recs = {
        r.id: (r.area_id, r.cluster_id, r.text, r.position, r.swot_item_ids)
        for r in swot.recommendations.list(store, ws)
    }
    # What was built on the points: a delete and its undo must leave these as they were.
    links = {
        "paths": {p.id: p.swot_item_ids for p in paths.paths.list(store, ws)},
        "fiches": {f.id: f.swot_item_ids for f in proposals.proposals.list(store, ws)},
        "options": {
            o.id: (o.kind, o.target_id, o.title)
            for r in rounds.rounds.list(store, ws)
            for o in r.options
        },
    }
    return items, recs, links


def _capture(board, controller, qtbot):
    board.focus_quadrant(Quadrant.OPPORTUNITY)
    type_text(board.panels[Quadrant.OPPORTUNITY].capture, "Nieuwe kans")
    press(board.panels[Quadrant.OPPORTUNITY].capture, Qt.Key.Key_Return)


def _edit(board, controller, qtbot):
    panel = board.panels[Quadrant.STRENGTH]
    _click(panel.list, panel.model.point_ids()[3])
    press(panel.list, Qt.Key.Key_F2)
    editor = _focused()
    editor.selectAll()
    type_text(editor, "Herschreven")
    _commit(editor)


def _move(board, controller, qtbot):
    source, target = board.panels[Quadrant.WEAKNESS], board.panels[Quadrant.THREAT]
    mime = source.model.mimeData([source.model.index_of(source.model.point_ids()[2])])
    heading = [r for r, (kind, _key) in enumerate(target.model.rows) if kind == HEADING][1]
    target.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target.model.index(heading))


def _move_area(board, controller, qtbot):
    panel = board.panels[Quadrant.STRENGTH]
    mime = panel.model.mimeData([panel.model.index_of(panel.model.point_ids()[0])])
    heading = [r for r, (kind, _key) in enumerate(panel.model.rows) if kind == HEADING][4]
    panel.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, panel.model.index(heading))


def _delete(board, controller, qtbot):
    panel = board.panels[Quadrant.THREAT]
    ids = panel.model.point_ids()
    _click(panel.list, ids[1])
    _click(panel.list, ids[5], CTRL)
    press(panel.list, Qt.Key.Key_Delete)


def _consolidate(board, controller, qtbot):
    panel = board.panels[Quadrant.OPPORTUNITY]
    ids = panel.model.point_ids()
    board.focus_quadrant(Quadrant.OPPORTUNITY)
    _click(panel.list, ids[4])
    _click(panel.list, ids[0], CTRL)
    press(panel.list, Qt.Key.Key_M, CTRL)


def _release(board, controller, qtbot):
    panel = board.panels[Quadrant.STRENGTH]
    merged = next(i for i in panel.model.point_ids() if board.data.items[i].source_ids)
    _click(panel.list, merged)
    menu = board.context_menu(Quadrant.STRENGTH)
    next(a for a in menu.actions() if a.text() == "Samenvoeging opheffen").trigger()


def _recommendation_add(board, controller, qtbot):
    board.focus_quadrant(Quadrant.WEAKNESS)
    type_text(board.recommendations.entry, "Nieuwe aanbeveling")
    press(board.recommendations.entry, Qt.Key.Key_Return)


def _recommendation_edit(board, controller, qtbot):
    side = board.recommendations
    side.list.setFocus()
    side.list.setCurrentRow(0)
    press(side.list, Qt.Key.Key_F2)
    editor = _focused()
    editor.selectAll()
    type_text(editor, "Andere aanbeveling")
    _commit(editor)


def _recommendation_delete(board, controller, qtbot):
    side = board.recommendations
    side.list.setFocus()
    side.list.setCurrentRow(1)
    press(side.list, Qt.Key.Key_Delete)


@pytest.mark.parametrize(
    "edit",
    [
        _capture,
        _edit,
        _move,
        _move_area,
        _delete,
        _consolidate,
        _release,
        _recommendation_add,
        _recommendation_edit,
        _recommendation_delete,
    ],
    ids=lambda f: f.__name__.strip("_"),
)
def test_undo_and_redo_round_trip_every_edit(board, controller, qtbot, edit):
    board.focus_quadrant(Quadrant.STRENGTH)  # recommendations of an area with some
    before = _snapshot(controller)
    steps = controller.undo_stack.count()
    edit(board, controller, qtbot)
    after = _snapshot(controller)
    assert after != before
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    assert _snapshot(controller) == before
    _consistent(board)
    controller.undo_stack.redo()
    assert _snapshot(controller) == after
    _consistent(board)
    controller.undo_stack.undo()
    assert _snapshot(controller) == before
