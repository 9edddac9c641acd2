"""Revision 0013: the target groups of path impacts become the workshop's own list.
The words existing impacts hold become rows of the list (the four of seed 000, and
any other word as a group of its own): no impact loses its group or its text.
Paths and fiches get an empty owner; no fiche has further clusters; the synthesis
is the default."""

import shutil
import sqlite3
from pathlib import Path

from app.services import paths, proposals, synthesis, target_groups
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0008.atelier"


def test_impact_words_become_the_workshops_list_and_nothing_is_lost(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    try:
        (path_id,) = con.execute("SELECT id FROM path").fetchone()
        # An older store may hold a word no enum knew (written by hand or a script).
        con.execute(
            "INSERT INTO path_impact (id, path_id, target_group, text, position, created_at, "
            "updated_at) VALUES ('impact-partners', ?, 'partners', 'Partners kennen ons', 9, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            (path_id,),
        )
        con.commit()
        before = sorted(
            con.execute("SELECT id, path_id, target_group, text FROM path_impact").fetchall()
        )
    finally:
        con.close()
    assert ("burgers" in {row[2] for row in before}) and len(before) == 2

    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        ws = only_workshop(store).id
        names = [g.name for g in target_groups.list_groups(store, ws)]
        assert names == ["Medewerkers", "Klanten", "Mandatarissen", "Burgers", "partners"]
        after = sorted(
            (i.id, p.id, i.target_group, i.text)
            for p in paths.paths.list(store, ws)
            for i in p.impacts
        )
        words = {"Burgers": "burgers", "partners": "partners"}
        assert [(a, b, words[g], t) for a, b, g, t in after] == before
        for p in paths.paths.list(store, ws):
            assert (p.owner, p.owner_participant_id) == ("", None)
        proposal_list = proposals.proposals.list(store, ws)
        assert proposal_list and all(
            f.extra_cluster_ids == () and f.owner == "" for f in proposal_list
        )
        assert not synthesis.synthesis(store, ws).curated
        # The list is the workshop's own now: a group can be added and used.
        org = target_groups.create_group(store, ws, "De organisatie").value
        (first,) = paths.paths.list(store, ws)[:1]
        impacts = [(i.target_group_id, i.text) for i in first.impacts] + [(org.id, "Nieuw")]
        changed = paths.update_path(store, first.id, impacts=impacts).value
        assert changed.impacts[-1].target_group == "De organisatie"
