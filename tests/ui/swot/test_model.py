"""The quadrant models without widgets: rows, filters, and incremental refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.domain.enums import AreaKind, Quadrant
from app.services import analysis, organisation, swot
from app.ui.swot.data import board_data, fold
from app.ui.swot.model import (
    HEADING,
    MIME_TYPE,
    NO_CLUSTER,
    POINT,
    ClusterCountRole,
    CountRole,
    PointFilter,
    QuadrantModel,
)


@pytest.fixture
def data(controller):
    return board_data(controller)


def _areas(controller, kind: AreaKind):
    areas = analysis.areas.list(controller.store, controller.workshop.id)
    return sorted((a for a in areas if a.kind == kind), key=lambda a: a.position)


def _visible(controller, quadrant: Quadrant):
    return [
        i
        for i in swot.list_items(controller.store, controller.workshop.id)
        if i.quadrant is quadrant
    ]


def test_rows_group_points_under_every_area_of_the_quadrants_kind(controller, data):
    model = QuadrantModel(data, Quadrant.OPPORTUNITY)
    external = _areas(controller, AreaKind.EXTERNAL)
    headings = [key for kind, key in model.rows if kind == HEADING]
    assert headings[: len(external)] == [a.id for a in external]
    stored = _visible(controller, Quadrant.OPPORTUNITY)
    assert sorted(model.point_ids()) == sorted(i.id for i in stored)
    # Each point sits under its own area's heading, counted there.
    current = None
    for row in range(model.rowCount()):
        kind, key = model.rows[row]
        if kind == HEADING:
            current = key
            count = model.index(row).data(CountRole)
            assert count == sum(1 for i in stored if i.area_id == key)
        else:
            assert data.items[key].area_id == current
    assert model.point_count() == len(stored)


def test_heading_and_point_data(controller, data):
    model = QuadrantModel(data, Quadrant.STRENGTH)
    first_heading = model.index(0)
    assert (
        first_heading.data(Qt.ItemDataRole.DisplayRole)
        == _areas(controller, AreaKind.INTERNAL)[0].name
    )
    merged = next(i for i in _visible(controller, Quadrant.STRENGTH) if i.cluster_count > 1)
    index = model.index_of(merged.id)
    assert index.data(ClusterCountRole) == merged.cluster_count
    assert f"{merged.cluster_count} clusters" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    # The tooltip names the sources' own words.
    source = data.items[merged.source_ids[0]]
    assert source.text in index.data(Qt.ItemDataRole.ToolTipRole)


def test_text_filter_ignores_case_and_accents(controller, data):
    model = QuadrantModel(data, Quadrant.STRENGTH)
    target = next(
        i for i in _visible(controller, Quadrant.STRENGTH) if "ë" in i.text or "é" in i.text
    )
    word = next(w for w in target.text.split() if any(c in w for c in "ëé"))
    plain = fold(word).upper()
    model.set_filter(PointFilter(text=plain))
    assert target.id in model.point_ids()
    assert all(fold(word) in data.search_text[i] for i in model.point_ids())
    # With a filter, empty areas lose their heading.
    headings = [key for kind, key in model.rows if kind == HEADING]
    assert len(headings) == len({data.groups[i] for i in model.point_ids()})
    model.set_filter(PointFilter(text="zzzz-niets"))
    assert model.rowCount() == 0


def test_cluster_filter_includes_points_a_cluster_mentioned_through_a_consolidation(
    controller, data
):
    model = QuadrantModel(data, Quadrant.STRENGTH)
    merged = next(i for i in _visible(controller, Quadrant.STRENGTH) if i.cluster_count > 1)
    source_cluster = data.items[merged.source_ids[0]].cluster_id
    assert source_cluster != merged.cluster_id
    model.set_filter(PointFilter(cluster_ids=frozenset([source_cluster])))
    assert merged.id in model.point_ids()
    expected = {
        i.id
        for i in _visible(controller, Quadrant.STRENGTH)
        if source_cluster in data.cluster_ids[i.id]
    }
    assert set(model.point_ids()) == expected
    model.set_filter(PointFilter(cluster_ids=frozenset([NO_CLUSTER])))
    assert model.point_ids() == []


def test_area_and_session_filters(controller, data):
    model = QuadrantModel(data, Quadrant.THREAT)
    points = _visible(controller, Quadrant.THREAT)
    area = points[0].area_id
    model.set_filter(PointFilter(area_id=area))
    assert set(model.point_ids()) == {i.id for i in points if i.area_id == area}
    session = points[0].session_id
    model.set_filter(PointFilter(session_id=session))
    assert points[0].id in model.point_ids()
    other = next(
        s.id
        for s in organisation.sessions.list(controller.store, controller.workshop.id)
        if s.id != session
    )
    model.set_filter(PointFilter(session_id=other))
    assert points[0].id not in model.point_ids()


def test_a_capture_inserts_one_row_and_fetches_just_that_point(controller, data, monkeypatch):
    models = {q: QuadrantModel(data, q) for q in Quadrant}
    fetched: list[list[str]] = []
    real_get = swot.get_items
    monkeypatch.setattr(
        swot, "get_items", lambda store, ids: fetched.append(list(ids)) or real_get(store, ids)
    )
    monkeypatch.setattr(swot, "list_items", lambda *a, **k: pytest.fail("reloaded every point"))
    events: list[str] = []
    model = models[Quadrant.WEAKNESS]
    model.rowsInserted.connect(lambda *_a: events.append("inserted"))
    model.modelReset.connect(lambda: events.append("reset"))
    model.layoutChanged.connect(lambda *_a: events.append("layout"))
    for other in (Quadrant.STRENGTH, Quadrant.OPPORTUNITY, Quadrant.THREAT):
        models[other].modelReset.connect(lambda: events.append("other reset"))
        models[other].rowsInserted.connect(lambda *_a: events.append("other inserted"))
    area = _areas(controller, AreaKind.INTERNAL)[2]
    point = controller.capture("W", "Te weinig tijd voor opleiding", area.id)
    assert events == ["inserted"]
    assert fetched == [[point.id]]
    row = model.row_of(point.id)
    # Last of its area: the next row is another area's heading (or the end).
    assert model.area_at(row) == area.id
    assert row + 1 == model.rowCount() or model.rows[row + 1][0] == HEADING
    assert model.latest_id == point.id


def test_consolidation_release_and_delete_refresh_the_rows(controller, data):
    model = QuadrantModel(data, Quadrant.WEAKNESS)
    clusters = [c for c in organisation.clusters.list(controller.store, controller.workshop.id)][:3]
    area = _areas(controller, AreaKind.INTERNAL)[0].id
    ids = []
    for cluster in clusters:
        controller.set_cluster(cluster.id)
        ids.append(controller.capture("W", f"Dubbel punt van {cluster.name}", area).id)
    before = model.point_count()
    controller.consolidate(ids[0], ids[1:])
    assert model.point_count() == before - 2
    assert model.row_of(ids[1]) == -1 and model.row_of(ids[2]) == -1
    assert model.index_of(ids[0]).data(ClusterCountRole) == 3
    controller.release(ids[0])
    assert model.point_count() == before
    assert model.index_of(ids[0]).data(ClusterCountRole) == 1
    controller.consolidate(ids[0], ids[1:])
    # Deleting the consolidated point frees its sources (the database clears the link).
    controller.delete(swot.items, ids[0], "verwijderen")
    assert model.row_of(ids[0]) == -1
    assert model.row_of(ids[1]) >= 0 and model.row_of(ids[2]) >= 0
    controller.undo_stack.undo()
    assert model.index_of(ids[0]).data(ClusterCountRole) == 3
    assert model.row_of(ids[1]) == -1


def test_a_capture_hidden_by_the_board_filter_stays_visible_until_the_filter_changes(
    controller, data
):
    board = QuadrantModel(data, Quadrant.STRENGTH)
    projector = QuadrantModel(data, Quadrant.STRENGTH, editable=False)
    hiding = PointFilter(text="geen-enkel-punt-heeft-dit")
    board.set_filter(hiding)
    projector.set_filter(hiding)
    point = controller.capture("S", "Een nieuw sterk punt", None)
    assert board.point_ids() == [point.id]
    assert projector.point_ids() == []
    board.set_filter(PointFilter(text="nog-iets-anders"))
    assert board.point_ids() == []


def test_a_drop_reports_the_area_it_landed_on(controller, data):
    model = QuadrantModel(data, Quadrant.OPPORTUNITY)
    source = QuadrantModel(data, Quadrant.STRENGTH)
    dropped: list[tuple] = []
    model.drop = lambda ids, quadrant, area, given: dropped.append((ids, quadrant, area, given))
    point_row = next(r for r in range(source.rowCount()) if source.rows[r][0] == POINT)
    mime = source.mimeData([source.index(point_row)])
    assert mime.hasFormat(MIME_TYPE)
    moved = source.rows[point_row][1]
    heading_row = next(r for r in range(model.rowCount()) if model.rows[r][0] == HEADING)
    heading_area = model.rows[heading_row][1]
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    # On a heading: that area.
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index(heading_row))
    # Between rows: the group above.
    model.dropMimeData(mime, Qt.DropAction.MoveAction, heading_row + 1, 0, QModelIndex())
    # On empty space: no area given, the board picks one.
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert dropped == [
        ([moved], Quadrant.OPPORTUNITY, heading_area, True),
        ([moved], Quadrant.OPPORTUNITY, heading_area, True),
        ([moved], Quadrant.OPPORTUNITY, None, False),
    ]
    # A heading alone is not something to drag.
    assert source.mimeData([source.index(0)]) is None
    read_only = QuadrantModel(data, Quadrant.OPPORTUNITY, editable=False)
    assert not read_only.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_a_new_area_gets_its_heading(controller, data):
    model = QuadrantModel(data, Quadrant.THREAT)
    created = controller.create(
        analysis.areas, controller.workshop.id, "domein", kind="external", name="Mobiliteit"
    )
    assert (HEADING, created.id) in model.rows
    point = controller.capture("T", "Verkeersdrukte op de ring", created.id)
    row = model.row_of(point.id)
    assert model.area_at(row) == created.id


def test_typing_on_narrows_and_a_new_point_is_not_missed(controller, data):
    model = QuadrantModel(data, Quadrant.WEAKNESS)
    model.set_filter(PointFilter(text="tijd"))
    before = set(model.point_ids())
    assert before
    point = controller.capture("W", "Geen tijdsregistratie", None)
    assert point.id in model.point_ids()  # pinned: just captured
    model.set_filter(PointFilter(text="tijds"))
    assert PointFilter(text="tijds").narrows(PointFilter(text="tijd"))
    assert not PointFilter(text="tij").narrows(PointFilter(text="tijd"))
    expected = {i for i in data.ordered(Quadrant.WEAKNESS) if "tijds" in data.search_text[i]}
    assert set(model.point_ids()) == expected
    assert point.id in expected


def test_undoing_a_consolidation_gives_the_matrix_its_marks_back(controller):
    """Consolidating hands a point's marks and strategy links to the point that absorbs
    it; the window's undo puts them back, redo moves them again."""
    from app.services import strategies

    ws = controller.workshop.id
    area = _areas(controller, AreaKind.INTERNAL)[0].id
    a = controller.capture("S", "Eén loket voor verenigingen", area).id
    b = controller.capture("S", "Een aanspreekpunt voor clubs", area).id
    chance = next(i for i in _visible(controller, Quadrant.OPPORTUNITY))
    strategies.set_mark(controller.store, ws, b, chance.id, 3)
    made = strategies.create_strategy(
        controller.store, ws, field="SO", title="Loket", swot_item_ids=[b]
    ).value
    before = strategies.marks_of(controller.store, ws)
    controller.consolidate(a, [b])
    after = strategies.marks_of(controller.store, ws)
    assert after[(a, chance.id)] == 3 and (b, chance.id) not in after
    assert strategies.strategies.get(controller.store, made.id).swot_item_ids == (a,)
    controller.undo_stack.undo()
    assert strategies.marks_of(controller.store, ws) == before
    assert strategies.strategies.get(controller.store, made.id).swot_item_ids == (b,)
    controller.undo_stack.redo()
    assert strategies.marks_of(controller.store, ws) == after
