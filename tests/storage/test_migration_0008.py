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


def test_the_backup_before_a_migration_holds_no_phones_key(tmp_path: Path):
    """An older store with a round still open: its ballot's key is the old unkeyed hash
    of the phone's id. The live store keeps it (the phone may vote again), the
    pre-migration backup does not."""
    import hashlib

    from app.storage import backup

    path = tmp_path / "oud.atelier"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "stores" / "rev0004.atelier", path)
    con = sqlite3.connect(path)
    try:
        ((round_id, secret),) = con.execute(
            "SELECT r.id, r.token FROM voting_round r JOIN ballot b ON b.round_id = r.id"
        ).fetchall()
        con.execute("UPDATE voting_round SET status = 'open' WHERE id = ?", (round_id,))
        con.commit()
    finally:
        con.close()
    legacy = hashlib.sha256(f"{round_id}:fixture-voter-0001".encode()).hexdigest().encode()
    assert legacy in path.read_bytes()
    with open_store(path):
        pass
    (copy,) = [c for c in backup.backups_of(path) if "voor-migratie" in c.name]
    raw = copy.read_bytes()
    assert legacy not in raw and secret.encode() not in raw
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT count(*) FROM ballot").fetchone() == (1,)
    finally:
        con.close()
