"""Merging goal trees captured on two laptops: the same goal made apart meets by its
level and code (or by parent and title without one), a tree arrives parents first,
indicators travel with their goal, and a deleted branch stays deleted."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.services import goals, paths, proposals
from app.services.goals import IndicatorSpec
from app.services.inventory import check
from app.services.merge import merge_stores
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store


def _shape(store) -> list[tuple[int, str, str, str | None, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    tree = goals.tree(store, only_workshop(store).id)
    code = {g.id: g.code or g.title for g in tree}
    return [
        (g.level, g.code, g.title, code.get(g.parent_id or ""), tuple(i.name for i in g.indicators))
        for g in tree
    ]


def test_trees_made_apart_merge_into_one(tmp_path: Path):
    target = tmp_path / "doel.atelier"
    with create_store(target) as s:
        ws = create_workshop(s, "Toekomst").value
        bd = goals.create_goal(s, ws.id, title="Een veilige gemeente").value
        goals.create_goal(s, ws.id, parent_id=bd.id, title="Verkeer")
    source = tmp_path / "dag2.atelier"
    shutil.copy(target, source)
    with open_store(source, backup_on_open=False) as s:
        ws = only_workshop(s)
        bd = goals.tree(s, ws.id)[0]
        ap2 = goals.create_goal(s, ws.id, parent_id=bd.id, title="Brand").value
        ac = goals.create_goal(
            s, ws.id, parent_id=ap2.id, title="Rookmelders", indicators=[IndicatorSpec("Aantal")]
        ).value
        bd2 = goals.create_goal(s, ws.id, title="Een groene gemeente").value
        goals.create_goal(s, ws.id, parent_id=bd2.id, code="", title="Zonder code")
        paths.create_path(s, ws.id, title="Pad", goal_ids=[ac.id])
        proposals.create_proposal(s, ws.id, title="Fiche", goal_id=ac.id)
    with open_store(target, backup_on_open=False) as s:
        ws = only_workshop(s)
        # Made here too, apart: the same level and code, the same goal.
        goals.create_goal(s, ws.id, title="Een groene gemeente")
        report = merge_stores(s, [source])
        assert report.created["goals"] == 3  # the groene gemeente met its twin
        assert _shape(s) == [
            (1, "BD01", "Een veilige gemeente", None, ()),
            (2, "AP01.01", "Verkeer", "BD01", ()),
            (2, "AP01.02", "Brand", "BD01", ()),
            (3, "AC01.02.01", "Rookmelders", "AP01.02", ("Aantal",)),
            (1, "BD02", "Een groene gemeente", None, ()),
            (2, "", "Zonder code", "BD02", ()),
        ]
        proposal = proposals.proposals.list(s, ws.id)[0]
        assert proposal.goal_id == ac.id
        assert paths.paths.list(s, ws.id)[0].goal_ids == (ac.id,)
        assert check(s).sound
        # Merging the same source again changes nothing.
        again = merge_stores(s, [source])
        assert sum(again.created.values()) == 0


def test_a_branch_deleted_here_stays_deleted(tmp_path: Path):
    target = tmp_path / "doel.atelier"
    with create_store(target) as s:
        ws = create_workshop(s, "Toekomst").value
        bd = goals.create_goal(s, ws.id, title="Weg").value
        goals.create_goal(s, ws.id, parent_id=bd.id, title="Ook weg")
    source = tmp_path / "dag2.atelier"
    shutil.copy(target, source)
    with open_store(target, backup_on_open=False) as s:
        goals.delete_goal(s, bd.id)
        merge_stores(s, [source])
        assert goals.tree(s, only_workshop(s).id) == []
        assert check(s).sound
