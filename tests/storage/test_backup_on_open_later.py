"""The window's backup on open, made after its first paint (issue 16): every write
waits for it, so the copy is the store as it was opened, and a store the backup
finds damaged refuses every write with the message that names the backup."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from app.domain.errors import StoreDamaged
from app.services.workshops import only_workshop, update_workshop
from app.storage import backup
from app.storage.store import open_store


@pytest.fixture
def opened_later(demo_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "werk.atelier"
    shutil.copy(demo_template, path)
    store = open_store(path, backup_on_open="later")
    yield path, store
    store.close()


def test_a_write_waits_for_the_backup_on_open(opened_later):
    path, store = opened_later
    assert store.open_backup_pending
    assert backup.backups_of(path) == []  # nothing copied before the window shows
    workshop = only_workshop(store)  # reading does not wait
    done: list[str] = []

    def edit() -> None:
        update_workshop(store, workshop.id, title="Na de reservekopie")
        done.append("written")

    writer = threading.Thread(target=edit)
    writer.start()
    time.sleep(0.3)
    assert writer.is_alive() and done == []  # waiting for the backup
    copy = store.backup_on_open()
    writer.join(10)
    assert done == ["written"] and not store.open_backup_pending
    assert copy is not None and "bij-openen" in copy.name
    assert backup.backups_of(path) == [copy]
    # The copy is the store as it was opened: without the edit that waited.
    with open_store(copy, write=False) as old:
        assert only_workshop(old).title == workshop.title
    assert only_workshop(store).title == "Na de reservekopie"


def test_without_later_the_backup_is_made_on_open(demo_template: Path, tmp_path: Path):
    path = tmp_path / "werk.atelier"
    shutil.copy(demo_template, path)
    with open_store(path) as store:
        assert not store.open_backup_pending
        assert len(backup.backups_of(path)) == 1


def test_a_store_the_backup_finds_damaged_refuses_every_write(demo_template: Path, tmp_path: Path):
    path = tmp_path / "werk.atelier"
    shutil.copy(demo_template, path)
    data = bytearray(path.read_bytes())
    page = len(data) // 4096 - 3  # a page of the data, not one that opening reads
    data[page * 4096 : page * 4096 + 300] = b"\x0d" + b"\xff" * 299
    path.write_bytes(bytes(data))
    store = open_store(path, backup_on_open="later")
    try:
        workshop = only_workshop(store)
        with pytest.raises(StoreDamaged, match="beschadigd"):
            store.backup_on_open()
        with pytest.raises(StoreDamaged, match="beschadigd"):
            update_workshop(store, workshop.id, title="Niet bewaard")
        assert backup.backups_of(path) == []  # no damaged copy kept
    finally:
        store.close()


def test_a_copy_of_a_store_older_than_the_ideas_rounds_unlinks_its_phones():
    """A store from before schema 0014 (no idea_sender table) with an open round: its
    backup before migrating must not fail (it did: the store could not be opened)."""
    import sqlite3

    con = sqlite3.connect(":memory:")
    con.executescript(
        "CREATE TABLE voting_round (id TEXT, status TEXT, token TEXT);"
        "CREATE TABLE ballot (id TEXT, round_id TEXT, voter_key TEXT);"
        "INSERT INTO voting_round VALUES ('r', 'open', 'secret');"
        "INSERT INTO ballot VALUES ('b', 'r', 'key');"
    )
    assert backup.unlink_phones(con) == 1
    assert con.execute("SELECT token FROM voting_round").fetchone()[0] != "secret"
    assert con.execute("SELECT voter_key FROM ballot").fetchone()[0] != "key"
