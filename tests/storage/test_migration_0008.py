"""Revision 0008: rounds say how many phones one network address may vote with."""

import shutil
import sqlite3
from pathlib import Path

from app.services import rounds
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0005.atelier"


def _rounds(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, title FROM voting_round ORDER BY id").fetchall()
    finally:
        con.close()


def test_existing_rounds_keep_their_data_and_get_one_phone_per_address(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    before = _rounds(path)
    assert before
    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        listed = rounds.rounds.list(store, only_workshop(store).id)
        assert sorted((r.id, r.title) for r in listed) == before
        assert {r.devices_per_address for r in listed} == {1}
        raised = rounds.update_round(store, listed[0].id, devices_per_address=4).value
        assert raised.devices_per_address == 4
