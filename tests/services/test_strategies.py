"""The confrontation (TOWS) matrix: marks, strategies, their links, and the thread
from a strategy to a path or fiche and back (services.strategies)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.enums import Quadrant
from app.domain.errors import ValidationError
from app.domain.tows import StrategyField
from app.services import organisation, paths, proposals, strategies, swot
from app.services.inventory import info
from app.services.merge import merge_stores
from app.services.workshops import create_workshop, only_workshop
from app.storage import models as m
from app.storage.store import create_store, open_store


@pytest.fixture
def room(store: Any) -> dict[str, Any]:
    """Two clusters; strengths, weaknesses, opportunities and threats in each."""
    ws = only_workshop(store).id
    a = organisation.clusters.create(store, ws, name="Welzijn").value
    b = organisation.clusters.create(store, ws, name="Ruimte").value
    p: dict[str, str] = {}
    for key, quadrant, text, cluster in (
        ("s1", "S", "Sterk verenigingsleven", a),
        ("s2", "S", "Betrokken medewerkers", b),
        ("w1", "W", "Verouderde sporthal", a),
        ("o1", "O", "Subsidies voor sportinfrastructuur", a),
        ("o2", "O", "Digitalisering van dienstverlening", b),
        ("t1", "T", "Vergrijzing", a),
    ):
        p[key] = swot.items.create(
            store, ws, quadrant=quadrant, text=text, cluster_id=cluster.id
        ).value.id
    return {"ws": ws, "a": a.id, "b": b.id, **p}


def test_a_mark_is_set_changed_and_cleared_and_undo_sets_it_back(store, room):
    ws = room["ws"]
    before = strategies.set_mark(store, ws, room["s1"], room["o1"], 3)
    assert before.value == 0
    assert strategies.marks_of(store, ws) == {(room["s1"], room["o1"]): 3}
    assert strategies.set_mark(store, ws, room["s1"], room["o1"], 1).value == 3
    # Undo of that change: the weight it had before.
    strategies.set_mark(store, ws, room["s1"], room["o1"], 3)
    assert strategies.marks_of(store, ws) == {(room["s1"], room["o1"]): 3}
    strategies.set_mark(store, ws, room["s1"], room["o1"], 0)
    assert strategies.marks_of(store, ws) == {}


@pytest.mark.parametrize("bad", [-1, 4, 2.5, "2", True, None])
def test_a_weight_outside_zero_to_three_is_refused_in_dutch_and_changes_nothing(store, room, bad):
    ws = room["ws"]
    strategies.set_mark(store, ws, room["s1"], room["o1"], 2)
    with pytest.raises(ValidationError, match="gewicht van een paar moet 0, 1, 2 of 3 zijn"):
        strategies.set_mark(store, ws, room["s1"], room["o1"], bad)
    assert strategies.marks_of(store, ws) == {(room["s1"], room["o1"]): 2}


def test_a_pair_is_a_strength_or_weakness_with_an_opportunity_or_threat(store, room):
    with pytest.raises(ValidationError, match="sterkte of zwakte met een kans"):
        strategies.set_mark(store, room["ws"], room["o1"], room["s1"], 2)
    with pytest.raises(ValidationError, match="niet Sterke punten met Zwakke punten"):
        strategies.set_mark(store, room["ws"], room["s1"], room["w1"], 2)
    assert strategies.marks_of(store, room["ws"]) == {}


def test_the_matrix_per_cluster_crosses_that_clusters_points(store, room):
    ws = room["ws"]
    strategies.set_mark(store, ws, room["s1"], room["o1"], 2)
    strategies.set_mark(store, ws, room["s2"], room["o2"], 1)  # the other cluster's
    mine = strategies.matrix(store, ws, cluster_id=room["a"])
    assert [i.id for i in mine.rows] == [room["s1"], room["w1"]]
    assert [i.id for i in mine.columns] == [room["o1"], room["t1"]]
    assert mine.marks == {(room["s1"], room["o1"]): 2}
    assert mine.weight(room["s1"], room["o1"]) == 2 and mine.weight(room["w1"], room["t1"]) == 0
    assert mine.codes[room["w1"]] == "W1" and mine.codes[room["t1"]] == "T1"
    every = strategies.matrix(store, ws)
    assert len(every.rows) == 3 and len(every.columns) == 3
    assert len(every.marks) == 2
    marked = strategies.matrix(store, ws, only_marked=True)
    assert {i.id for i in marked.rows} == {room["s1"], room["s2"]}
    assert not marked.capped


def test_a_large_selection_comes_in_pages_balanced_over_the_quadrants(store, room):
    ws = room["ws"]
    for n in range(30):
        swot.items.create(store, ws, quadrant="S", text=f"Sterkte {n}")
    first = strategies.matrix(store, ws, page_size=12)
    assert first.capped and first.row_page.count == 3
    # Every page keeps the weaknesses beside the strengths.
    assert [i.quadrant for i in first.rows].count(Quadrant.WEAKNESS) == 1
    last = strategies.matrix(store, ws, page_size=12, row_page=9)
    assert last.row_page.index == 2
    assert len([i for i in last.rows if i.quadrant is Quadrant.STRENGTH]) == 32 - 24
    assert first.totals[Quadrant.STRENGTH] == 32
    assert last.codes[last.rows[0].id] == "S25"


def test_a_strategy_takes_the_marked_pairs_of_its_field_by_default(store, room):
    ws = room["ws"]
    strategies.set_mark(store, ws, room["s1"], room["o1"], 1)
    strategies.set_mark(store, ws, room["s2"], room["o2"], 3)
    strategies.set_mark(store, ws, room["w1"], room["o1"], 3)  # a WO pair: not for SO
    so = strategies.create_strategy(
        store, ws, field="SO", title="Verenigingen mee in de nieuwe sporthal"
    ).value
    assert so.field is StrategyField.SO
    assert set(so.swot_item_ids) == {room["s1"], room["o1"], room["s2"], room["o2"]}
    # Per cluster: only that cluster's pairs.
    mine = strategies.create_strategy(
        store, ws, field="SO", title="Sportsubsidie aanvragen", cluster_id=room["a"]
    ).value
    assert set(mine.swot_item_ids) == {room["s1"], room["o1"]}
    chosen = strategies.create_strategy(
        store, ws, field="WO", title="Sporthal vernieuwen", swot_item_ids=[room["w1"]]
    ).value
    assert chosen.swot_item_ids == (room["w1"],)


def test_a_strategy_only_comes_from_points_of_its_fields_quadrants(store, room):
    with pytest.raises(ValidationError, match="WT-strategie komt voort uit"):
        strategies.create_strategy(
            store, room["ws"], field="WT", title="X", swot_item_ids=[room["s1"]]
        )
    with pytest.raises(ValidationError, match="Onbekend veld 'XY'"):
        strategies.create_strategy(store, room["ws"], field="XY", title="X")
    with pytest.raises(ValidationError, match="titel van de strategie mag niet leeg"):
        strategies.create_strategy(store, room["ws"], field="SO", title="  ")
    assert strategies.list_strategies(store, room["ws"]) == []


def test_edit_delete_and_undo_of_a_strategy(store, room):
    ws = room["ws"]
    made = strategies.create_strategy(
        store, ws, field="ST", title="Vrijwilligers ondersteunen", swot_item_ids=[room["s1"]]
    ).value
    second = strategies.create_strategy(store, ws, field="ST", title="Tweede", swot_item_ids=[])
    assert second.value.position == 1
    edited = strategies.update_strategy(
        store, made.id, text="Een loket", swot_item_ids=[room["s1"], room["t1"]]
    ).value
    assert edited.text == "Een loket" and set(edited.swot_item_ids) == {room["s1"], room["t1"]}
    # Undo of the edit: the values it had.
    back = strategies.update_strategy(store, made.id, **strategies.strategy_values(made)).value
    assert back.text == "" and back.swot_item_ids == (room["s1"],)
    gone = strategies.strategies.delete(store, made.id)
    assert strategies.list_strategies(store, ws)[0].title == "Tweede"
    assert strategies.list_strategies(store, ws)[0].position == 0
    strategies.strategies.restore(store, gone.value)
    listed = strategies.list_strategies(store, ws)
    assert [s.title for s in listed] == ["Vrijwilligers ondersteunen", "Tweede"]
    assert listed[0].swot_item_ids == (room["s1"],)


def test_moving_a_strategy_to_another_field_checks_its_points(store, room):
    made = strategies.create_strategy(
        store, room["ws"], field="SO", title="A", swot_item_ids=[room["s1"], room["o1"]]
    ).value
    with pytest.raises(ValidationError, match="ST-strategie"):
        strategies.update_strategy(store, made.id, field="ST")
    moved = strategies.update_strategy(
        store, made.id, field="ST", swot_item_ids=[room["s1"], room["t1"]]
    ).value
    assert moved.field is StrategyField.ST


def test_a_strategy_becomes_a_path_and_a_proposal_keeping_the_links(store, room):
    ws = room["ws"]
    made = strategies.create_strategy(
        store,
        ws,
        field="WO",
        title="Sporthal vernieuwen met subsidie",
        text="Vraag de subsidie aan voor de renovatie.",
        cluster_id=room["a"],
        swot_item_ids=[room["w1"], room["o1"]],
    ).value
    path = strategies.to_path(store, made.id).value
    assert path.title == made.title and path.description == made.text
    assert set(path.swot_item_ids) == {room["w1"], room["o1"]}
    proposal = strategies.to_proposal(store, made.id).value
    assert proposal.title == made.title and proposal.why == made.text
    assert proposal.cluster_id == room["a"]
    assert set(proposal.swot_item_ids) == {room["w1"], room["o1"]}
    again = strategies.strategies.get(store, made.id)
    assert again.path_ids == (path.id,) and again.proposal_ids == (proposal.id,)
    # A second path from the same strategy gets a title of its own.
    assert strategies.to_path(store, made.id).value.title == made.title + " (2)"
    # The lineage: from the fiche and from the path back to the strategy and its points.
    for lineage in (
        strategies.lineage_of_proposal(store, proposal.id),
        strategies.lineage_of_path(store, path.id),
    ):
        assert [s.id for s in lineage.strategies] == [made.id]
        assert [i.id for i in lineage.swot_items] == [room["w1"], room["o1"]]
        assert lineage.via[room["w1"]] == (made.title,)
    # Undo of "make a path": delete it; the strategy keeps no dangling link.
    paths.paths.delete(store, path.id)
    assert path.id not in strategies.strategies.get(store, made.id).path_ids


def test_a_proposal_descends_from_the_strategies_of_its_paths(store, room):
    ws = room["ws"]
    made = strategies.create_strategy(
        store, ws, field="SO", title="Samen sporten", swot_item_ids=[room["s1"]]
    ).value
    path = strategies.to_path(store, made.id).value
    proposal = proposals.create_proposal(
        store, ws, title="Sportdag", path_ids=[path.id], swot_item_ids=[room["o2"]]
    ).value
    lineage = strategies.lineage_of_proposal(store, proposal.id)
    assert [s.title for s in lineage.strategies] == ["Samen sporten"]
    assert [i.id for i in lineage.swot_items] == [room["s1"], room["o2"]]
    assert lineage.via[room["o2"]] == ()
    empty = proposals.create_proposal(store, ws, title="Los").value
    assert strategies.lineage_of_proposal(store, empty.id).strategies == ()


def test_deleting_a_point_takes_its_marks_and_links_and_undo_brings_them_back(store, room):
    ws = room["ws"]
    strategies.set_mark(store, ws, room["s1"], room["o1"], 2)
    made = strategies.create_strategy(
        store, ws, field="SO", title="A", swot_item_ids=[room["s1"], room["o1"]]
    ).value
    gone = swot.delete_item(store, room["o1"])
    assert strategies.marks_of(store, ws) == {}
    assert strategies.strategies.get(store, made.id).swot_item_ids == (room["s1"],)
    swot.restore_item(store, gone.value)
    assert strategies.marks_of(store, ws) == {(room["s1"], room["o1"]): 2}
    assert set(strategies.strategies.get(store, made.id).swot_item_ids) == {room["s1"], room["o1"]}


def test_info_counts_strategies(store, room):
    strategies.create_strategy(store, room["ws"], field="SO", title="A", swot_item_ids=[])
    strategies.create_strategy(store, room["ws"], field="WT", title="B", swot_item_ids=[])
    assert info(store)["workshops"][0]["counts"]["strategies"] == 2


def test_marks_and_strategies_merge_by_their_points_and_title(tmp_path: Path):
    import shutil

    path, laptop = tmp_path / "hier.atelier", tmp_path / "laptop.atelier"
    with create_store(path) as s:
        ws = create_workshop(s, "Toekomst").value.id
        strong = swot.items.create(s, ws, quadrant="S", text="Sterk verenigingsleven").value.id
        chance = swot.items.create(s, ws, quadrant="O", text="Subsidies").value.id
        strategies.set_mark(s, ws, strong, chance, 1)
        made = strategies.create_strategy(s, ws, field="SO", title="Samen sporten").value
    shutil.copy(path, laptop)
    with open_store(laptop) as other:
        strategies.set_mark(other, ws, strong, chance, 3)
        strategies.update_strategy(other, made.id, text="Op de laptop geschreven")
        strategies.create_strategy(other, ws, field="WT", title="Nieuw", swot_item_ids=[])
    with open_store(path) as target:
        merge_stores(target, [laptop])
        assert strategies.marks_of(target, ws) == {(strong, chance): 3}
        listed = strategies.list_strategies(target, ws)
        assert [(s.title, s.text) for s in listed] == [
            ("Samen sporten", "Op de laptop geschreven"),
            ("Nieuw", ""),
        ]
        assert listed[0].swot_item_ids == tuple(sorted((strong, chance)))
        assert info(target)["workshops"][0]["counts"]["strategies"] == 2
        with target.reading() as uow:
            assert uow.session.query(m.StrategySwotRow).count() == 2


def test_a_new_store_has_no_strategies(tmp_path: Path):
    with create_store(tmp_path / "x.atelier") as s:
        ws = create_workshop(s, "Leeg").value
        assert strategies.list_strategies(s, ws.id) == []
        assert strategies.matrix(s, ws.id).rows == ()


def test_deleting_a_strategy_keeps_its_path_and_undo_ties_them_again(store, room):
    made = strategies.create_strategy(
        store, room["ws"], field="SO", title="Samen sporten", swot_item_ids=[room["s1"]]
    ).value
    path = strategies.to_path(store, made.id).value
    gone = strategies.strategies.delete(store, made.id)
    assert paths.paths.get(store, path.id).swot_item_ids == (room["s1"],)
    assert strategies.lineage_of_path(store, path.id).strategies == ()
    strategies.strategies.restore(store, gone.value)
    assert [s.id for s in strategies.lineage_of_path(store, path.id).strategies] == [made.id]
    # Deleting the path takes only its link; undo brings the link back too.
    deleted = paths.paths.delete(store, path.id)
    assert strategies.strategies.get(store, made.id).path_ids == ()
    paths.paths.restore(store, deleted.value)
    assert strategies.strategies.get(store, made.id).path_ids == (path.id,)


def test_a_top_per_quadrant_keeps_the_points_most_clusters_name(store, room):
    ws = room["ws"]
    # A third cluster names the threat too: it is consolidated, mentioned by two.
    other = swot.items.create(store, ws, quadrant="T", text="Vergrijzing", cluster_id=room["b"])
    extra = swot.items.create(store, ws, quadrant="T", text="Minder vrijwilligers").value
    swot.consolidate(store, room["t1"], [other.value.id])
    top = strategies.matrix(store, ws, top=1)
    assert [i.id for i in top.columns if i.quadrant is Quadrant.THREAT] == [room["t1"]]
    assert top.totals[Quadrant.THREAT] == 1 and top.top == 1
    assert extra.id not in top.codes
    assert len(strategies.matrix(store, ws).columns) == 4


def test_the_matrix_can_show_only_the_synthesis_in_its_order(store, room):
    """The curated synthesis ("top 20") narrows the matrix; until it is chosen, its
    balanced default (every quadrant in turn) does."""
    from app.services import synthesis

    ws = room["ws"]
    default = strategies.matrix(store, ws, synthesis_only=True)
    assert default.synthesis_only and not default.curated
    assert len(default.rows) + len(default.columns) == 6  # a small room: every point
    synthesis.set_synthesis(store, ws, [room["o2"], room["s2"], room["t1"], room["o1"]])
    chosen = strategies.matrix(store, ws, synthesis_only=True)
    assert chosen.curated
    assert [i.id for i in chosen.rows] == [room["s2"]]
    assert [i.id for i in chosen.columns] == [room["o2"], room["o1"], room["t1"]]
    assert chosen.codes[room["o2"]] == "O1" and chosen.codes[room["o1"]] == "O2"
    assert chosen.totals[Quadrant.STRENGTH] == 1 and chosen.totals[Quadrant.WEAKNESS] == 0
    # With a cluster as well: the synthesis' points of that cluster.
    welzijn = strategies.matrix(store, ws, cluster_id=room["a"], synthesis_only=True)
    assert [i.id for i in welzijn.columns] == [room["o1"], room["t1"]]
    assert len(strategies.matrix(store, ws).rows) == 3  # without it: every point
