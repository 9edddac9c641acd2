"""Revision 0012: the goal tree. Each distinct free-text policy objective of an older
store's fiches becomes a beleidsdoelstelling with one actieplan, and its fiches go
under that actieplan; the free text stays on the fiche (nothing lost)."""

import shutil
import sqlite3
import uuid
from pathlib import Path

from app.services import goals, proposals
from app.services.inventory import check, info
from app.services.workshops import only_workshop
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0008.atelier"


def test_free_text_objectives_become_goals_and_proposals_hang_under_them(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    try:
        workshop_id, created = con.execute(
            "SELECT workshop_id, created_at FROM proposal"
        ).fetchone()
        con.execute("UPDATE proposal SET policy_objective = 'Een veilige gemeente', position = 0")
        objectives = [
            "Een groene gemeente",
            "  een VEILIGE   gemeente ",  # the same objective, written otherwise
            "",
            "Een groene gemeente",
        ]
        for position, text in enumerate(objectives, start=1):
            con.execute(
                "INSERT INTO proposal (id, workshop_id, code, title, policy_objective, why, what,"
                " win, location_text, status_end_of_term, dependencies, risks, mandatory,"
                " position, decision, decision_motivation, created_at, updated_at)"
                " VALUES (?, ?, '', ?, ?, '', '', '', '', '', '', '', 0, ?, 'open', '', ?, ?)",
                (
                    str(uuid.uuid4()),
                    workshop_id,
                    f"Fiche {position}",
                    text,
                    position,
                    created,
                    created,
                ),
            )
        con.commit()
        before = con.execute("SELECT id, title, policy_objective FROM proposal").fetchall()
    finally:
        con.close()
    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        workshop = only_workshop(store)
        tree = goals.tree(store, workshop.id)
        assert [(g.level, g.code, g.title) for g in tree] == [
            (1, "BD01", "Een veilige gemeente"),
            (2, "AP01.01", "Een veilige gemeente"),
            (1, "BD02", "Een groene gemeente"),
            (2, "AP02.01", "Een groene gemeente"),
        ]
        plan_of = {g.title: g.id for g in tree if g.level == 2}
        proposal_list = proposals.proposals.list(store, workshop.id)
        # Nothing lost: every fiche keeps its own words.
        assert sorted((f.id, f.title, f.policy_objective) for f in proposal_list) == sorted(before)
        for f in proposal_list:
            text = " ".join(f.policy_objective.split()).casefold()
            expected = next((i for t, i in plan_of.items() if t.casefold() == text), None)
            assert f.goal_id == expected, f.title
        assert info(store)["workshops"][0]["counts"]["goals"] == 4
