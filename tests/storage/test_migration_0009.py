"""Revision 0009: the workshop's own synonyms for the duplicate search. An older store
gets the column empty (Atelier's default list) and keeps every point."""

import shutil
import sqlite3
from pathlib import Path

from app.services import duplicates, dutch_text, swot
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0005.atelier"


def test_an_older_store_gets_the_default_synonyms_and_keeps_its_points(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    try:
        before = con.execute("SELECT id, text FROM swot_item ORDER BY id").fetchall()
    finally:
        con.close()
    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        workshop = only_workshop(store)
        assert workshop.synonyms is None
        assert duplicates.synonyms_of(store, workshop.id) == dutch_text.DEFAULT_SYNONYMS
        items = swot.list_items(store, workshop.id, include_absorbed=True)
        assert sorted((i.id, i.text) for i in items) == before
        duplicates.set_synonyms(store, workshop.id, "fiets, rijwiel")
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT synonyms FROM workshop").fetchall() == [("fiets, rijwiel",)]
    finally:
        con.close()
