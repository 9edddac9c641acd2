"""Revision 0014: ideas rounds. An older store keeps its rounds and ballots, may make an
ideas round at once, and its ideas tables keep no rowid (no arrival order)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.errors import ValidationError
from app.services import ideas, rounds
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0008.atelier"


def _rows(path: Path, query: str) -> list[tuple]:  # type: ignore[type-arg]
    con = sqlite3.connect(path)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_an_older_store_keeps_its_rounds_and_takes_ideas(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    before = _rows(path, "SELECT id, title, method FROM voting_round ORDER BY id")
    ballots = _rows(path, "SELECT id, voter_key FROM ballot ORDER BY id")
    assert before
    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        workshop = only_workshop(store)
        listed = rounds.rounds.list(store, workshop.id)
        assert sorted((r.id, r.title, r.method.value) for r in listed) == before
        made = rounds.create_round(store, workshop.id, "Ideeën", "ideas", []).value
        assert made.method.value == "ideas" and made.options == ()
        with pytest.raises(ValidationError):
            rounds.create_round(store, workshop.id, "Fout", "ideeën", [])
    assert _rows(path, "SELECT id, voter_key FROM ballot ORDER BY id") == ballots
    assert ("ideas",) in _rows(path, "SELECT method FROM voting_round")
    for table in ("idea", "idea_sender"):
        (sql,) = _rows(path, f"SELECT sql FROM sqlite_master WHERE name = '{table}'")[0]
        assert "WITHOUT ROWID" in sql.upper(), table


def test_ideas_go_in_and_the_check_accepts_them(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    with open_store(path) as store:
        workshop = only_workshop(store)
        for r in rounds.rounds.list(store, workshop.id):
            if r.status.value == "open":
                rounds.close_round(store, r.id)
        made = rounds.create_round(store, workshop.id, "Ideeën", "ideas", []).value
        rounds.open_round(store, made.id)
        ideas.submit(store, made.id, "telefoon-0000000000000001", "Een idee")
        assert [i.text for i in ideas.list_ideas(store, made.id)] == ["Een idee"]
        assert check(store).sound
