"""``main.py copy``: a store copied to a new file or an empty server database.

Apart from app/storage/copying.py because it opens the source as a store (migrating
it first), and the store itself uses copying.py for a server's backup: one direction
each, no import circle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.storage.copying import (
    CopyReport,
    _check_empty_server,
    _copy_to_file,
    copy_engine,
    drop_tables,
)
from app.storage.engine import make_engine, sqlite_path, url_for
from app.storage.store import open_store


def copy_store(
    source: str | Path,
    dest: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> CopyReport:
    """Copy the store at ``source`` (a file or a server URL) to ``dest``. ``dest`` is a
    file that does not exist yet, or a server database without a workshop (empty, or
    made by ``new`` on another day and never filled). Raises ValidationError when
    ``dest`` already holds a workshop or is the source itself; nothing changes then."""
    source_url, dest_url = url_for(source), url_for(dest)
    dest_path = sqlite_path(dest_url)
    if source_url == dest_url:
        raise ValidationError(msg("Bron en doel zijn hetzelfde werkbestand."))
    if dest_path is not None and dest_path.exists():
        raise ValidationError(
            msg("{file} bestaat al; kies een nieuwe bestandsnaam voor de kopie.", file=str(dest))
        )
    report = CopyReport(str(source), str(dest))
    # Opening migrates an older source first (after its own backup), so the copy is
    # always at the newest schema and opens anywhere without a migration.
    with open_store(source, write=False, backup_on_open=False) as store:
        if dest_path is None:
            engine = make_engine(dest_url)
            try:
                _check_empty_server(engine, str(dest))
                drop_tables(engine)
                report.rows = copy_engine(store.engine, engine, progress=progress)
            finally:
                engine.dispose()
        else:
            report.rows = _copy_to_file(store.engine, dest_path, progress)
    return report


__all__ = ["copy_store"]
