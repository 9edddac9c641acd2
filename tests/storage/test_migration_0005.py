"""Revision 0005: tombstones for merging, and closed rounds' ballots unlinked from
the phones that cast them (older stores kept a hash anyone could recompute)."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

from app.services import swot
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0004.atelier"
VOTER = "fixture-voter-0001"  # the phone of the fixture's one ballot (make_fixture_store.py)


def _ballot_keys(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT b.round_id, b.voter_key FROM ballot b JOIN voting_round r "
            "ON r.id = b.round_id WHERE r.status = 'closed'"
        ).fetchall()
    finally:
        con.close()


def test_closed_rounds_forget_the_phones_and_deletions_leave_tombstones(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    ((round_id, old_key),) = _ballot_keys(path)
    assert old_key == hashlib.sha256(f"{round_id}:{VOTER}".encode()).hexdigest()
    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        workshop = only_workshop(store)
        point = swot.list_items(store, workshop.id)[0]
        swot.items.delete(store, point.id)
    ((_, new_key),) = _ballot_keys(path)
    assert len(new_key) == 64 and new_key != old_key
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT table_name FROM tombstone WHERE id = ?", (point.id,)).fetchall()
    finally:
        con.close()
