"""Revision 0015: the matrix settings per workshop. An older store gets the table empty
(the defaults show), keeps its rounds, and takes settings afterwards."""

import shutil
import sqlite3
from pathlib import Path

from app.services import matrix
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage import migrations
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0008.atelier"


def test_an_older_store_gets_empty_matrix_settings_and_keeps_its_rounds(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    con = sqlite3.connect(path)
    try:
        before = con.execute("SELECT id, title FROM voting_round ORDER BY id").fetchall()
    finally:
        con.close()
    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        ws = only_workshop(store)
        assert matrix.settings(store, ws.id).id == ""
        assert matrix.shown(store, ws.id).labels == matrix.DEFAULT_LABELS
        matrix.set_settings(store, ws.id, labels=("a", "b", "c", "d"))
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT id, title FROM voting_round ORDER BY id").fetchall() == before
        assert con.execute(
            "SELECT label_top_left, label_bottom_right FROM matrix_setting"
        ).fetchall() == [("a", "d")]
        head = migrations.head_revision()  # later revisions follow 0015
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
    finally:
        con.close()
