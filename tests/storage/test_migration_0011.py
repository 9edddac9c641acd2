"""Revision 0011: the confrontation matrix (marks, strategies and their links). An
older store gets the empty tables, keeps every point, path and fiche, and can mark
pairs and make strategies, paths and fiches from them at once."""

import shutil
import sqlite3
from pathlib import Path

from app.domain.enums import Quadrant
from app.services import paths, proposals, strategies, swot
from app.services.inventory import check, info
from app.services.workshops import only_workshop
from app.storage import migrations
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0008.atelier"


def _rows(path: Path, table: str, columns: list[str] | None = None) -> list[tuple[str, ...]]:
    """The table's rows; with ``columns`` only those (a later revision may add columns)."""
    con = sqlite3.connect(path)
    try:
        names = ", ".join(columns) if columns else "*"
        return con.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()  # noqa: S608
    finally:
        con.close()


def _columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
    finally:
        con.close()


def test_an_older_store_gets_empty_strategy_tables_and_keeps_its_data(tmp_path: Path):
    path = tmp_path / "oud.atelier"
    shutil.copy(FIXTURE, path)
    tables = ("swot_item", "path", "proposal", "path_swot")
    columns = {t: _columns(path, t) for t in tables}
    before = {t: _rows(path, t) for t in tables}
    with open_store(path) as store:
        assert check(store).sound, check(store).problems
        ws = only_workshop(store).id
        assert info(store)["workshops"][0]["counts"]["strategies"] == 0
        assert strategies.list_strategies(store, ws) == []
        items = swot.list_items(store, ws)
        strong = next(i for i in items if i.quadrant is Quadrant.STRENGTH)
        chance = next(i for i in items if i.quadrant in (Quadrant.OPPORTUNITY, Quadrant.THREAT))
        strategies.set_mark(store, ws, strong.id, chance.id, 2)
        field = "SO" if chance.quadrant is Quadrant.OPPORTUNITY else "ST"
        made = strategies.create_strategy(store, ws, field=field, title="Na de migratie").value
        assert set(made.swot_item_ids) == {strong.id, chance.id}
        path_made = strategies.to_path(store, made.id).value
        proposal = strategies.to_proposal(store, made.id).value
        assert set(paths.paths.get(store, path_made.id).swot_item_ids) == {strong.id, chance.id}
        assert proposals.proposals.get(store, proposal.id).swot_item_ids == proposal.swot_item_ids
    after = {t: _rows(path, t, columns[t]) for t in before}
    for table, rows in before.items():
        assert set(rows) <= set(after[table]), table  # nothing of the old data changed
    assert len(_rows(path, "tows_mark")) == 1 and len(_rows(path, "strategy")) == 1
    con = sqlite3.connect(path)
    try:
        # Later revisions follow 0011 (0015, 0012 ...): the store is at the newest.
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrations.head_revision()
        )
    finally:
        con.close()
