"""Consolidating SWOT points carries their confrontation marks and strategy links to
the point that absorbs them; undo puts every row back exactly (services.swot)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.services import duplicates, ideas, organisation, rounds, strategies, swot
from app.services.workshops import only_workshop
from app.storage import models as m


@pytest.fixture
def room(store: Any) -> dict[str, Any]:
    ws = only_workshop(store).id
    a = organisation.clusters.create(store, ws, name="Welzijn").value
    b = organisation.clusters.create(store, ws, name="Ruimte").value
    p: dict[str, Any] = {"ws": ws}
    for key, quadrant, text, cluster in (
        ("a", "S", "Sterk verenigingsleven", a),
        ("b", "S", "Veel actieve verenigingen", b),
        ("c", "S", "Verenigingen zijn sterk", a),
        ("w", "W", "Verouderde sporthal", a),
        ("o1", "O", "Subsidies voor sport", a),
        ("o2", "O", "Digitalisering", b),
        ("o3", "O", "Nieuwe inwoners", b),
        ("t1", "T", "Vergrijzing", a),
    ):
        p[key] = swot.items.create(
            store, ws, quadrant=quadrant, text=text, cluster_id=cluster.id
        ).value.id
    return p


def _rows(store: Any, table: type[m.Base]) -> list[dict[str, Any]]:
    """Every row of a table, every column (ids and times too), in id order."""
    with store.reading() as uow:
        found = uow.session.execute(select(table.__table__).order_by(table.__table__.c.id))
        return [dict(r._mapping) for r in found]


def _tombstones(store: Any) -> set[str]:
    with store.reading() as uow:
        return set(uow.session.scalars(select(m.TombstoneRow.id)))


def _state(store: Any) -> tuple[Any, ...]:
    return (
        _rows(store, m.TowsMarkRow),
        _rows(store, m.StrategySwotRow),
        [(r["id"], r["absorbed_into_id"]) for r in _rows(store, m.SwotItemRow)],
    )


def test_marks_and_strategy_links_move_to_the_absorbing_point_and_undo_restores_them(store, room):
    ws, a, b = room["ws"], room["a"], room["b"]
    mark = strategies.set_mark
    mark(store, ws, a, room["o1"], 1)  # both have o1: the higher weight (b's 3) stays
    mark(store, ws, b, room["o1"], 3)
    mark(store, ws, a, room["o3"], 2)  # both have o3: a's 2 is higher than b's 1
    mark(store, ws, b, room["o3"], 1)
    mark(store, ws, b, room["o2"], 2)  # only b: moves to a
    mark(store, ws, b, room["t1"], 1)
    mark(store, ws, b, room["t1"], 0)  # a cleared mark: the row stays at 0 and moves too
    mark(store, ws, room["w"], room["o2"], 2)  # not about a or b: untouched
    create = strategies.create_strategy
    only_b = create(store, ws, field="SO", title="Sport", swot_item_ids=[b, room["o1"]]).value
    both = create(store, ws, field="SO", title="Samen", swot_item_ids=[a, b, room["o2"]]).value
    before_state = _state(store)
    before = swot.absorption_of(store, [a, b])

    done = swot.consolidate(store, a, [b])

    assert strategies.marks_of(store, ws) == {
        (a, room["o1"]): 3,
        (a, room["o3"]): 2,
        (a, room["o2"]): 2,
        (room["w"], room["o2"]): 2,
    }
    pairs = {(r["internal_id"], r["external_id"]): r["weight"] for r in _rows(store, m.TowsMarkRow)}
    assert pairs[(a, room["t1"])] == 0 and not any(b in pair for pair in pairs)
    assert strategies.strategies.get(store, only_b.id).swot_item_ids == tuple(
        sorted([a, room["o1"]])
    )
    # No second link to a: the strategy already came from it.
    assert strategies.strategies.get(store, both.id).swot_item_ids == tuple(sorted([a, room["o2"]]))
    assert "tows_mark" in done.changes.updated and "strategy_swot" in done.changes.deleted
    # The matrix shows the moved marks on the consolidated point.
    matrix = strategies.matrix(store, ws)
    assert matrix.weight(a, room["o2"]) == 2 and b not in {i.id for i in matrix.rows}
    assert strategies.default_points(store, ws, "SO", None)[:2] == [a, room["o1"]]

    swot.set_absorption(store, before)

    assert _state(store) == before_state  # every row, its id and its times
    assert not _tombstones(store) & {r["id"] for r in [*before_state[0], *before_state[1]]}


def test_a_point_that_had_absorbed_others_hands_their_rows_on_too(store, room):
    ws, a, b, c = room["ws"], room["a"], room["b"], room["c"]
    strategies.set_mark(store, ws, c, room["o1"], 2)
    strategies.set_mark(store, ws, b, room["o2"], 1)
    linked = strategies.create_strategy(
        store, ws, field="SO", title="Verenigingen", swot_item_ids=[c]
    ).value
    swot.consolidate(store, b, [c])
    assert strategies.marks_of(store, ws) == {(b, room["o1"]): 2, (b, room["o2"]): 1}
    assert strategies.strategies.get(store, linked.id).swot_item_ids == (b,)
    before_state = _state(store)
    before = swot.absorption_of(store, [a, b])
    swot.consolidate(store, a, [b])
    assert strategies.marks_of(store, ws) == {(a, room["o1"]): 2, (a, room["o2"]): 1}
    assert strategies.strategies.get(store, linked.id).swot_item_ids == (a,)
    swot.set_absorption(store, before)
    assert _state(store) == before_state


def test_the_external_side_moves_too_and_a_group_accepted_at_once_undoes(store, room):
    ws = room["ws"]
    o1, o2, o3 = room["o1"], room["o2"], room["o3"]
    strategies.set_mark(store, ws, room["a"], o2, 3)
    strategies.set_mark(store, ws, room["a"], o3, 1)
    strategies.set_mark(store, ws, room["w"], o3, 2)
    made = strategies.create_strategy(
        store, ws, field="WO", title="Digitaal", swot_item_ids=[room["w"], o3]
    ).value
    before_state = _state(store)
    accepted = duplicates.accept_group(store, [o1, o2, o3])
    assert strategies.marks_of(store, ws) == {(room["a"], o1): 3, (room["w"], o1): 2}
    assert strategies.strategies.get(store, made.id).swot_item_ids == tuple(sorted([room["w"], o1]))
    duplicates.undo_accept(store, accepted.value)
    assert _state(store) == before_state


def test_undo_leaves_out_a_mark_whose_partner_is_gone_meanwhile(store, room):
    ws, a, b = room["ws"], room["a"], room["b"]
    strategies.set_mark(store, ws, b, room["o2"], 2)
    strategies.set_mark(store, ws, b, room["t1"], 1)
    before = swot.absorption_of(store, [a, b])
    swot.consolidate(store, a, [b])
    swot.items.delete(store, room["t1"])
    swot.set_absorption(store, before)
    assert strategies.marks_of(store, ws) == {(b, room["o2"]): 2}


def test_merging_an_idea_into_a_point_leaves_its_marks_and_links_alone(store, room):
    """An idea merged into a point becomes a new point behind it: nothing to hand over."""
    ws, a = room["ws"], room["a"]
    strategies.set_mark(store, ws, a, room["o1"], 2)
    made = strategies.create_strategy(store, ws, field="SO", title="Sport", swot_item_ids=[a])
    made_round = rounds.create_round(
        store, ws, "Ideeën", "ideas", [], {"quadrants": ["S", "W", "O", "T"]}
    ).value
    the_round = rounds.open_round(store, made_round.id).value
    before_state = _state(store)
    ideas.submit(store, the_round.id, "phone-" + "1" * 16, "Veel clubs", "S")
    idea_id = ideas.list_ideas(store, the_round.id)[0].id
    done = ideas.merge_into(store, [idea_id], a).value
    assert strategies.marks_of(store, ws) == {(a, room["o1"]): 2}
    assert strategies.strategies.get(store, made.value.id).swot_item_ids == (a,)
    ideas.undo(store, done)
    assert _state(store)[:2] == before_state[:2]
