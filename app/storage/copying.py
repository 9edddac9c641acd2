"""A whole store copied between a file and a server, either way (CLI.md: ``copy``;
the command's entry point is app/storage/store_copy.py).

A municipality keeps a workshop on its PostgreSQL server; a facilitator takes it
into a file for a day at a village hall without network, and ``merge`` brings the
day back. The same copy is the backup of a server store before a migration: no
``pg_dump`` needed, and the result is an ordinary ``.atelier`` file.

The destination gets the source's schema revision through the migrations, then
every row, table by table in dependency order, in one transaction: a copy that
fails leaves no half-filled store (a file is built beside its name and moved into
place; a server database is rolled back to empty).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, Table, func, inspect, select

from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.storage import backup, migrations
from app.storage import models as m
from app.storage.engine import make_engine, url_for

BATCH = 1000


@dataclass
class CopyReport:
    source: str
    dest: str
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_engine(
    source: Engine,
    dest: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Copy every table of ``source`` into the empty database behind ``dest``: the
    schema at the source's revision first, then the rows. Returns rows per table."""
    with source.connect() as src:
        revision = migrations.current_revision(src)
        if revision is None:
            raise ValidationError(msg("De bron is geen Atelier-werkbestand."))
        tables = _tables(src, revision)
        with dest.begin() as dst:
            migrations.upgrade(dst, revision)
            counts: dict[str, int] = {}
            for step, table in enumerate(tables, start=1):
                counts[table.name] = _copy_table(src, dst, table)
                if progress is not None:
                    progress(step, len(tables))
    return counts


def _tables(src: Connection, revision: str) -> list[Table]:
    """The tables to copy, parents before children: the models' own at the newest
    schema (their types convert between the databases), else as the source has them."""
    if revision == migrations.head_revision():
        metadata = m.Base.metadata
    else:
        metadata = MetaData()
        metadata.reflect(src)
    return [t for t in metadata.sorted_tables if t.name != "alembic_version"]


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    count = 0
    query = select(table)
    if table.name == "goal":  # a tree: parents before their children
        query = query.order_by(table.c.level)
    result = src.execution_options(stream_results=True).execute(query)
    for chunk in result.mappings().partitions(BATCH):
        dst.execute(table.insert(), [dict(row) for row in chunk])
        count += len(chunk)
    return count


def workshop_count(engine: Engine) -> int | None:
    """How many workshops the database holds; None when it holds no Atelier store."""
    with engine.connect() as connection:
        names = set(inspect(connection).get_table_names())
        if "workshop" not in names:
            return None if not names else 0
        count = connection.execute(select(func.count()).select_from(m.WorkshopRow)).scalar()
        return int(count or 0)


def _copy_to_file(
    source: Engine, dest: Path, progress: Callable[[int, int], None] | None
) -> dict[str, int]:
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    engine = make_engine(url_for(partial))
    try:
        counts = copy_engine(source, engine, progress=progress)
    except BaseException:
        engine.dispose()
        partial.unlink(missing_ok=True)
        raise
    engine.dispose()
    # A single synced file again (WAL folded in), then moved into place in one step.
    backup.fold_wal(partial, single_file=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    os.replace(partial, dest)
    backup.sync_folder(dest.parent)
    return counts


def _check_empty_server(engine: Engine, name: str) -> None:
    count = workshop_count(engine)
    if count:
        raise ValidationError(
            msg(
                "{store} bevat al een workshop; kopieer naar een lege databank "
                "(of voeg samen met 'merge').",
                store=engine.url.render_as_string(hide_password=True),
            )
        )
    if count is None:
        with engine.connect() as connection:
            if inspect(connection).get_table_names():
                raise ValidationError(
                    msg(
                        "{store} bevat al andere tabellen en is geen Atelier-werkbestand; "
                        "kies een lege databank.",
                        store=engine.url.render_as_string(hide_password=True),
                    )
                )


def drop_tables(engine: Engine) -> None:
    """Every table of the database behind ``engine``, gone in one transaction: a store
    made by ``new`` but never given a workshop (the copy brings the source's schema
    and rows), or one ``demo --force`` replaces after its backup."""
    with engine.begin() as connection:
        names = inspect(connection).get_table_names()
        if names:
            metadata = MetaData()
            metadata.reflect(connection)
            metadata.drop_all(connection)


def server_backup_folder() -> Path:
    """Where backups of server stores go on this computer: the user's data folder
    (the same place as the window's default store), under ``server-backups``."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Atelier" / "server-backups"


def backup_server(engine: Engine, reason: str) -> Path:
    """A copy of a server store into an ``.atelier`` file, e.g. before a migration."""
    folder = server_backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    database = engine.url.database or "server"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database}-{stamp}-{reason}.atelier"
    # Rows first into a scratch file, then through memory into the backup, as every
    # backup of a file store: no backup holds what links a ballot to a phone
    # (app.storage.backup). The scratch file goes at once.
    scratch = target.with_name(target.name + ".scratch")
    try:
        _copy_to_file(engine, scratch, None)
        backup.copy_store(scratch, target)
    finally:
        scratch.unlink(missing_ok=True)
    return target


__all__ = ["CopyReport", "backup_server", "copy_engine", "drop_tables", "workshop_count"]
