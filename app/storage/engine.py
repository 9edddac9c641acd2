"""Engines with the pragmas data safety depends on, for SQLite files and server URLs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url

from app.domain.errors import StoreDamaged
from app.storage import backup

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


# Every writing transaction on a server store takes this transaction-level advisory
# lock first: writers take turns, as on a SQLite file (BEGIN IMMEDIATE). With READ
# COMMITTED that means a use case reads what the writer before it committed, so two
# facilitators never overwrite each other's read-modify-write (positions, totals),
# and no deadlock or serialization failure arises between Atelier's own writers.
# Writes are milliseconds long; 100 phones voting stay within their p99 (docs/perf.md).
WRITER_LOCK_KEY = 0x41544C52  # "ATLR"


def is_server(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def read_only_url(path: Path) -> tuple[str, bool]:
    """The SQLite URI to read a store that cannot be written (a read-only medium), and
    whether it is opened immutable. SQLite reads a WAL-mode file read-only only when its
    -wal and -shm files exist or can be made, or when told the file cannot change;
    a file with a -wal left beside it (a stick pulled out) is read with that WAL."""
    wal = Path(f"{path}-wal")
    shm = Path(f"{path}-shm")
    if wal.exists() and wal.stat().st_size and shm.exists():
        return f"file:{path}?mode=ro", False
    return f"file:{path}?mode=ro&immutable=1", True


def make_engine(
    url: str,
    *,
    foreign_keys: bool = True,
    read_only: bool = False,
    password: str | None = None,
) -> Engine:
    """``foreign_keys=False`` is for migrations only: SQLite rebuilds a table by
    dropping it, and with foreign keys on that would cascade into its children.
    ``read_only`` opens a store file that cannot be written (read_only_url).
    ``password`` is for a server the window asked a password for: it goes to the
    driver only, never into the URL (which is shown, logged and remembered)."""
    if make_url(url).get_backend_name() == "postgresql":
        connect_args: dict[str, object] = {"application_name": "Atelier", "connect_timeout": 10}
        if password is not None:
            connect_args["password"] = password
        # pool_pre_ping: a laptop that slept, or a server restarted, gives a dead
        # connection; pinging first replaces it instead of failing the user's edit.
        server = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
        event.listen(server, "begin", _begin_server)
        return server
    path = sqlite_path(url)
    if read_only and path is not None:
        uri, _ = read_only_url(path)
        engine = create_engine(
            url,
            future=True,
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
    else:
        engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        pragmas = (
            SQLITE_PRAGMAS
            if foreign_keys
            else tuple(p for p in SQLITE_PRAGMAS if "foreign_keys" not in p)
            + ("PRAGMA foreign_keys=OFF",)
        )
        if read_only:  # the journal mode is the file's; setting it would write
            pragmas = tuple(p for p in pragmas if "journal_mode" not in p)

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
        if path is not None:
            event.listen(engine, "handle_error", _damaged(path))
    return engine


def _damaged(path: Path):  # type: ignore[no-untyped-def]
    """A SQLite error that says the file has damaged pages becomes StoreDamaged, whose
    message says which backup to restore (whatever statement met the damage)."""

    def handle_error(context: ExceptionContext) -> None:
        error = context.original_exception
        if backup.is_damage(error):
            raise StoreDamaged(backup.damaged_message(path, str(error)))

    return handle_error


WRITE = "atelier_write"


def _begin(conn) -> None:  # type: ignore[no-untyped-def]
    # A writing unit of work takes the write lock up front (IMMEDIATE): a deferred
    # transaction that reads first and then writes can be refused outright when
    # another thread (the voting server) writes meanwhile; busy_timeout only helps
    # a transaction that has not read yet.
    write = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _begin_server(conn) -> None:  # type: ignore[no-untyped-def]
    if conn.get_execution_options().get(WRITE, False):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def for_writing(engine: Engine) -> Engine:
    """The engine's connections, marked so that their transactions begin IMMEDIATE."""
    return engine.execution_options(**{WRITE: True})
