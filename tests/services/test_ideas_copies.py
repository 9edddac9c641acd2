"""Ideas in the store's copies: a backup made while an ideas round is open keeps every
idea but no key a phone could be found by, and ``merge`` brings ideas (and the phones
that sent them) from another laptop once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.services import ideas, rounds
from app.services.ballots import keyed_voter_key
from app.services.merge import merge_stores
from app.services.workshops import create_workshop
from app.storage import backup
from app.storage.store import create_store, open_store

PHONE = "telefoon-0123456789abcdef"


def _store_with_ideas(path: Path) -> tuple[str, str]:
    with create_store(path) as store:
        workshop = create_workshop(store, "Ideeën", organisation="Gemeente Test").value
        made = rounds.create_round(store, workshop.id, "Wat leeft er?", "ideas", []).value
        rounds.open_round(store, made.id)
        ideas.submit(store, made.id, PHONE, "Een eerste idee")
        ideas.submit(store, made.id, "telefoon-fedcba9876543210", "Een tweede idee")
        secret = rounds.rounds.get(store, made.id).token
    return made.id, secret


def _senders(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {k for (k,) in con.execute("SELECT voter_key FROM idea_sender")}
    finally:
        con.close()


def test_a_backup_keeps_the_ideas_and_forgets_the_phones(tmp_path: Path):
    path = tmp_path / "zaal.atelier"
    round_id, secret = _store_with_ideas(path)
    key = keyed_voter_key(secret, PHONE)
    assert key in _senders(path)  # the live store: the phone's keyed id, while open
    copy = tmp_path / "kopie.atelier"
    backup.copy_store(path, copy)
    kept = _senders(copy)
    assert len(kept) == 2 and key not in kept
    assert key.encode() not in copy.read_bytes() and secret.encode() not in copy.read_bytes()
    with open_store(copy, write=False) as store:
        assert sorted(i.text for i in ideas.list_ideas(store, round_id)) == [
            "Een eerste idee",
            "Een tweede idee",
        ]
        assert ideas.phones(store, round_id) == 2


def test_merge_brings_the_other_laptops_ideas_once(tmp_path: Path):
    target = tmp_path / "doel.atelier"
    round_id, _secret = _store_with_ideas(target)
    hall = tmp_path / "zaal.atelier"
    shutil.copy(target, hall)
    with open_store(hall, backup_on_open=False) as store:
        ideas.submit(store, round_id, "telefoon-nieuw-000000000001", "Idee uit de zaal")
    with open_store(target, backup_on_open=False) as store:
        report = merge_stores(store, [hall])
        assert report.created.get("ideas") == 1
        assert sorted(i.text for i in ideas.list_ideas(store, round_id)) == [
            "Een eerste idee",
            "Een tweede idee",
            "Idee uit de zaal",
        ]
        again = merge_stores(store, [hall])
        assert not again.created.get("ideas")
        assert len(ideas.list_ideas(store, round_id)) == 3
