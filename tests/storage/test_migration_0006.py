"""Revision 0006: participants get an e-mail address (empty for those already stored)."""

import shutil
import sqlite3
from pathlib import Path

from app.services import organisation
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0005.atelier"


def test_participants_keep_their_data_and_get_an_empty_address(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    before = con.execute(
        "SELECT id, name, role, cluster_id FROM participant ORDER BY id"
    ).fetchall()
    con.close()
    assert before  # the fixture has participants

    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        workshop = only_workshop(store)
        people = organisation.participants.list(store, workshop.id)
        assert sorted((p.id, p.name, p.role, p.cluster_id) for p in people) == before
        assert {p.email for p in people} == {""}
        organisation.participants.update(store, people[0].id, email="a@b.be")
        assert organisation.participants.get(store, people[0].id).email == "a@b.be"
