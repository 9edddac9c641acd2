"""Engines with the pragmas data safety depends on, for SQLite files and server URLs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    # FULL: a commit that returned survives a power cut, not only a crash.
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    # A reader (the CLI's info) and the writer may meet; wait instead of failing.
    "PRAGMA busy_timeout=10000",
    # Freed pages and deleted cells are overwritten with zeros: a phone's voter key
    # replaced at a round's close (or a re-vote's earlier ballot) must not linger in
    # the file's free space (issue 15).
    "PRAGMA secure_delete=ON",
)


def is_url(target: str) -> bool:
    return "://" in target


def url_for(target: str | Path) -> str:
    """A SQLAlchemy URL for a store path or URL."""
    text = str(target)
    return text if is_url(text) else f"sqlite:///{Path(text).resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, None for other databases or in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """``foreign_keys=False`` is for migrations only: SQLite rebuilds a table by
    dropping it, and with foreign keys on that would cascade into its children."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        pragmas = (
            SQLITE_PRAGMAS
            if foreign_keys
            else tuple(p for p in SQLITE_PRAGMAS if "foreign_keys" not in p)
            + ("PRAGMA foreign_keys=OFF",)
        )

        def on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            # Pragmas such as journal_mode cannot run inside a transaction.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            for pragma in pragmas:
                cursor.execute(pragma)
            cursor.close()

        event.listen(engine, "connect", on_connect)
        # pysqlite's own autocommit is switched off below; SQLAlchemy begins instead,
        # so that reads inside a unit of work see one snapshot.
        event.listen(engine, "begin", _begin)
    return engine


WRITE = "atelier_write"


def _begin(conn) -> None:  # type: ignore[no-untyped-def]
    # A writing unit of work takes the write lock up front (IMMEDIATE): a deferred
    # transaction that reads first and then writes can be refused outright when
    # another thread (the voting server) writes meanwhile; busy_timeout only helps
    # a transaction that has not read yet.
    write = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def for_writing(engine: Engine) -> Engine:
    """The engine's connections, marked so that their transactions begin IMMEDIATE."""
    return engine.execution_options(**{WRITE: True})
