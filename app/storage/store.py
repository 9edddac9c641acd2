"""Opening a workshop store: recognise it, lock it, back it up, migrate it.

A store is a SQLite file (``.atelier``) or a SQLAlchemy URL for a server
database. Everything a user does is committed when it is done; there is no
Save, so the file on disk is always the truth.
"""

from __future__ import annotations

import errno
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Literal, TypeVar

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from app import __version__
from app.domain.changes import ChangeSet
from app.domain.errors import (
    AtelierError,
    NotAStore,
    ServerLoginRefused,
    StorageError,
    StoreReadOnly,
    StoreTooNew,
    ValidationError,
)
from app.domain.messages import msg
from app.storage import backup, migrations
from app.storage.engine import for_writing, is_server, make_engine, sqlite_path, url_for
from app.storage.lock import StoreLock, read_only_message
from app.storage.models import StoreMeta
from app.storage.notify import ChangeListener
from app.storage.uow import UnitOfWork

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION = "atelier"
BACKUP_INTERVAL_S = 15 * 60
SERVER_BACKUP_REASONS = frozenset({"voor-migratie", "voor-samenvoegen"})
RETRIES = 5
# SQLSTATEs after which the same transaction, run again, may well succeed.
RETRYABLE = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
T = TypeVar("T")


class Store:
    """An open workshop store. Use :func:`open_store` or :func:`create_store`."""

    def __init__(
        self, url: str, engine: Engine, lock: StoreLock | None, password: str | None = None
    ) -> None:
        self.url = url
        self._password = password
        self.engine = engine
        self._lock = lock
        self.path = sqlite_path(url)
        self._writer = for_writing(engine)
        # Who this window is, in the change notices of a server store (storage/notify.py).
        self.writer_id = uuid.uuid4().hex
        self.last_backup: Path | None = None
        self._last_backup_time = time.monotonic()
        # Opened for reading from a medium, folder or file that cannot be written.
        self.read_only = False
        # The backup on open, when the window makes it after its first paint
        # (open_store(..., backup_on_open="later")): writes wait for it.
        self._opened_backup = threading.Event()
        self._opened_backup.set()
        self._opened_backup_error: BaseException | None = None

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.engine.url.render_as_string(hide_password=True)

    @property
    def writable(self) -> bool:
        return self.path is None or (self._lock is not None and self._lock.held)

    @contextmanager
    def transaction(self) -> Iterator[UnitOfWork]:
        """One use case, one transaction: committed when the block ends without error.

        A write the database or the disk refuses raises :class:`StorageError` (an
        AtelierError with a Dutch message), so that callers above the storage layer
        can say "not stored" without knowing SQLAlchemy."""
        self._wait_for_open_backup()
        uow = UnitOfWork(self._writer, self.writer_id if self.is_server else None)
        try:
            yield uow
            uow.commit()
        except (OperationalError, OSError) as exc:
            # After a disk or I/O error the rollback itself may fail; the error that
            # matters is the first one, and closing the session releases the connection.
            with suppress(OperationalError, OSError):
                uow.rollback()
            raise _write_failed(self.name, exc) from exc
        except BaseException:
            uow.rollback()
            raise
        finally:
            uow.close()

    def write(self, work: Callable[[UnitOfWork], T], attempts: int = RETRIES) -> T:
        """Run ``work`` in one transaction, and again from the start when a server
        store answers with a serialization failure or a deadlock. Atelier's own
        writers take turns (engine.WRITER_LOCK_KEY) and never cause one; other
        software on the same database (a report tool in REPEATABLE READ, a
        database administrator's script) can."""
        for attempt in range(1, attempts + 1):
            try:
                with self.transaction() as uow:
                    return work(uow)
            except StorageError as exc:
                if not (exc.retry and attempt < attempts):
                    raise
                time.sleep(0.05 * attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A read-only unit of work (rolled back at the end)."""
        uow = UnitOfWork(self.engine)
        try:
            yield uow
        finally:
            uow.rollback()
            uow.close()

    @property
    def open_backup_pending(self) -> bool:
        return not self._opened_backup.is_set()

    def backup_on_open(self) -> Path | None:
        """The backup on open that ``open_store(..., backup_on_open="later")`` left to
        its caller (the window: off the GUI thread, after its first paint). Until it
        has run every write waits, so the copy is the store as it was opened; when it
        finds the store damaged, it raises StoreDamaged and so does every write."""
        try:
            return self.backup("bij-openen")
        except BaseException as exc:
            self._opened_backup_error = exc
            raise
        finally:
            self._opened_backup.set()

    def _wait_for_open_backup(self) -> None:
        self._opened_backup.wait()
        if self._opened_backup_error is not None:
            error = self._opened_backup_error
            if isinstance(error, AtelierError):
                raise error
            raise StorageError(
                msg(
                    "Niet opgeslagen: de reservekopie bij het openen van {file} mislukte "
                    "({reason}).",
                    file=self.name,
                    reason=str(error),
                )
            )

    @property
    def is_server(self) -> bool:
        return self.path is None and self.engine.dialect.name == "postgresql"

    def backup(self, reason: str) -> Path | None:
        """A consistent copy beside the store; None for a store read from a medium that
        cannot be written. A server store is copied into an ``.atelier`` file only
        before a migration or a merge (the server keeps its own backups; a full copy
        every quarter of an hour would burden it)."""
        if self.is_server and reason in SERVER_BACKUP_REASONS:
            from app.storage.copying import backup_server

            self.last_backup = backup_server(self.engine, reason)
            return self.last_backup
        if self.path is None or self.read_only:
            return None
        self.last_backup = backup.make_backup(self.path, reason)
        self._last_backup_time = time.monotonic()
        return self.last_backup

    def listen(self, on_change: Callable[[ChangeSet | None], None]) -> ChangeListener | None:
        """Follow what other facilitators change in a server store (None for a file:
        only one process writes a file). ``on_change`` runs in a background thread."""
        if not self.is_server:
            return None
        import psycopg

        url = self.engine.url

        def connect() -> object:
            return psycopg.connect(
                host=url.host or "",
                port=url.port or 5432,
                dbname=url.database or "",
                user=url.username or "",
                # None: libpq takes PGPASSWORD or the pgpass file, as the engine does.
                password=self._password,
                autocommit=True,
                application_name="Atelier (wijzigingen)",
            )

        listener = ChangeListener(connect, self.writer_id, on_change)
        listener.start()
        return listener

    def backup_if_due(self, interval_s: float = BACKUP_INTERVAL_S) -> Path | None:
        """The periodic backup; the GUI calls this from a timer, off the GUI thread."""
        if time.monotonic() - self._last_backup_time < interval_s:
            return None
        return self.backup("periodiek")

    def truncate_wal(self, attempts: int = 5) -> bool:
        """Write the WAL back into the file and empty it (``wal_checkpoint(TRUNCATE)``).

        The WAL keeps every page written since the last checkpoint, in the order the
        writes came: after a round closes it would still hold the phones' voter keys,
        one frame per ballot, until the app exits. A reader in the middle of a read
        (the voting server) makes SQLite answer busy; the checkpoint is tried again a
        few times. True when the WAL is empty; False for server databases or when it
        stayed busy (the next checkpoint or the app's exit empties it then)."""
        if self.path is None or self.engine.dialect.name != "sqlite":
            return False
        for attempt in range(attempts):
            raw = self.engine.raw_connection()
            try:
                cursor = raw.cursor()
                busy, _frames, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                cursor.close()
            finally:
                raw.close()
            if not busy:
                return True
            time.sleep(0.02 * (attempt + 1))
        return False

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# What SQLite and the operating system say, in words a facilitator understands.
_REASONS = (
    ("disk is full", msg("de schijf is vol")),
    ("no space left", msg("de schijf is vol")),
    ("readonly", msg("het bestand is alleen-lezen geworden")),
    ("read-only", msg("het bestand is alleen-lezen geworden")),
    ("locked", msg("een ander programma houdt het bestand bezet")),
    ("i/o error", msg("de schijf of USB-stick reageert niet (invoer-/uitvoerfout)")),
)


def _reason(exc: BaseException) -> str:
    """Why a write failed, in a facilitator's words where we have them."""
    detail = str(exc.orig if isinstance(exc, OperationalError) else exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        detail = "no space left"
    return next((dutch for key, dutch in _REASONS if key in detail.lower()), detail)


def _write_failed(name: str, exc: OperationalError | OSError) -> StorageError:
    detail = str(exc.orig if isinstance(exc, OperationalError) else exc)
    state = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if state in RETRYABLE:
        error = StorageError(
            msg(
                "Niet opgeslagen: iemand anders wijzigde hetzelfde tegelijk op {file}. "
                "Probeer opnieuw.",
                file=name,
            ),
            busy=True,
        )
        error.retry = True
        return error
    reason = _reason(exc)
    message = msg(
        "Niet opgeslagen: er kon niet naar {file} geschreven worden ({reason}). "
        "De laatste wijziging is niet bewaard; alles daarvóór wel. "
        "Maak ruimte vrij of controleer de schijf en probeer opnieuw.",
        file=name,
        reason=reason,
    )
    return StorageError(message, busy="locked" in detail.lower())


def _describe_not_a_store(path: Path) -> str | None:
    """Why ``path`` is not a SQLite file, in words a user understands; None if it is one."""
    if not path.exists():
        return msg("{file} bestaat niet.", file=str(path))
    if path.is_dir():
        return msg("{file} is een map, geen Atelier-werkbestand.", file=str(path))
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if not head:
        return msg("{file} is een leeg bestand, geen Atelier-werkbestand.", file=str(path))
    if head.startswith(b"PK"):
        return msg(
            "{file} is een Excel-werkmap (of ander zip-bestand), geen Atelier-werkbestand. "
            "Gebruik 'import' om een werkmap in te lezen.",
            file=str(path),
        )
    if head != SQLITE_MAGIC:
        return msg(
            "{file} is geen Atelier-werkbestand (het bestand is geen SQLite-databank).",
            file=str(path),
        )
    return None


def _locate(target: str | Path) -> tuple[str, str, Path | None]:
    """The target as text, its URL and its file (None for a server database); a
    file that is not a SQLite database is refused before anything opens it."""
    text_target = str(target)
    url = url_for(text_target)
    _refuse_password_in_url(url)
    path = sqlite_path(url)
    if path is not None:
        problem = _describe_not_a_store(path)
        if problem:
            raise NotAStore(problem)
    else:
        text_target = shown_url(url)
    return text_target, url, path


def shown_url(url: str) -> str:
    """A store's URL as it may be shown, logged or remembered: never a password."""
    return make_url(url).render_as_string(hide_password=True)


def _refuse_password_in_url(url: str) -> None:
    # A URL is printed, logged and kept in the recent files; a password is not.
    if make_url(url).password is not None:
        raise ValidationError(
            msg(
                "Zet het wachtwoord niet in de URL van de server ({store}): gebruik de "
                "omgevingsvariabele PGPASSWORD of het pgpass-bestand.",
                store=shown_url(url),
            )
        )


def open_store(
    target: str | Path,
    *,
    write: bool = True,
    backup_on_open: bool | Literal["later"] = True,
    password: str | None = None,
) -> Store:
    """Open an existing store, migrating it (after a backup) when its schema is older.

    ``backup_on_open="later"``: the caller runs :meth:`Store.backup_on_open` itself
    (the window, once it has painted); writes wait for it.

    ``write`` takes the lock that keeps other processes out of a file; a reader skips
    it unless the store needs migrating. A server store has no lock: several
    facilitators work in it at once. ``password`` (a server the window asked one
    for) goes to the driver only. Raises NotAStore, StoreLocked, StoreTooNew.
    """
    text_target, url, path = _locate(target)
    read_only = path is not None and not can_write(path)
    if read_only and write:
        raise StoreReadOnly(read_only_message(text_target))
    lock = StoreLock(path) if path is not None and write else None
    if lock is not None:
        lock.acquire()
    engine = make_engine(url, read_only=read_only, password=password)
    try:
        current = _check_is_store(engine, text_target)
        head = migrations.head_revision()
        if current != head:
            if current not in migrations.known_revisions():
                raise StoreTooNew(_too_new(text_target, current))
            if read_only:  # upgrading writes; the medium does not allow it
                raise StoreReadOnly(read_only_message(text_target))
            if lock is None and path is not None:
                lock = StoreLock(path)
                lock.acquire()
            store = Store(url, engine, lock, password)
            store.backup("voor-migratie")
            _migrate(url, password=password)
            return store
        store = Store(url, engine, lock, password)
        store.read_only = read_only
        if write and backup_on_open == "later":
            store._opened_backup.clear()
        elif write and backup_on_open:
            store.backup("bij-openen")
        return store
    except BaseException:
        engine.dispose()
        if lock is not None:
            lock.release()
        raise


def can_write(path: Path) -> bool:
    """Whether a store file and its folder (where its -wal, lock file and backups go)
    can be written: not on a USB stick with its lock switch, a read-only network share,
    a read-only folder or file. A file that does not exist yet needs only the folder."""
    folder = os.access(path.parent, os.W_OK)
    return folder and (not path.exists() or os.access(path, os.W_OK))


def _refuse_read_only(path: Path, target: str) -> None:
    if not can_write(path):
        raise StoreReadOnly(read_only_message(target))


def store_revision(target: str | Path) -> str | None:
    """The schema revision of an existing store, read without locking, migrating or
    writing anything. Raises NotAStore or StoreTooNew as open_store does."""
    text_target, url, path = _locate(target)
    engine = make_engine(url, read_only=path is not None and not can_write(path))
    try:
        current = _check_is_store(engine, text_target)
    finally:
        engine.dispose()
    if current not in migrations.known_revisions():
        raise StoreTooNew(_too_new(text_target, current))
    return current


def _refuse_server_store_exists(engine: Engine, name: str, overwrite: bool) -> None:
    """A server database holds one store: refuse to make a second, or (``overwrite``,
    as ``demo --force``) drop the first after copying it into a backup file."""
    from app.storage.copying import backup_server, drop_tables

    with engine.connect() as connection:
        exists = "store_meta" in inspect(connection).get_table_names()
    if not exists:
        return
    if not overwrite:
        raise FileExistsError(msg("{file} bevat al een Atelier-werkbestand.", file=name))
    backup_server(engine, "voor-overschrijven")
    drop_tables(engine)


def _migrate(url: str, password: str | None = None) -> None:
    """Upgrade to the newest schema in one transaction, foreign keys checked after."""
    engine = make_engine(url, foreign_keys=False, password=password)
    try:
        with engine.begin() as connection:
            migrations.upgrade(connection)
            if engine.dialect.name == "sqlite":
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(
                        f"migratie laat verwijzingen achter die niet kloppen: {broken[:3]}"
                    )
    finally:
        engine.dispose()


def _check_is_store(engine: Engine, target: str) -> str | None:
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "store_meta" not in tables or "alembic_version" not in tables:
                raise NotAStore(_not_atelier(target))
            application = connection.execute(select(StoreMeta.__table__.c.application)).scalar()
            if application != APPLICATION:
                raise NotAStore(_not_atelier(target))
            return migrations.current_revision(connection)
    except (DatabaseError, OperationalError) as exc:
        if engine.dialect.name == "postgresql":
            refused = _login_refused(exc)
            raise (ServerLoginRefused if refused else NotAStore)(
                msg(
                    "Geen verbinding met de server {store}: {why}",
                    store=target,
                    why=_server_reason(exc),
                )
            ) from exc
        raise NotAStore(
            msg(
                "{file} is beschadigd of geen Atelier-werkbestand ({why}).",
                file=target,
                why=str(exc.orig),
            )
        ) from exc


def _login_refused(exc: DatabaseError | OperationalError) -> bool:
    detail = str(exc.orig).lower()
    return "password" in detail or "authentication" in detail


def _server_reason(exc: DatabaseError | OperationalError) -> str:
    """What the server said, in a facilitator's words where we know them."""
    detail = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ""
    lowered = detail.lower()
    if _login_refused(exc):
        return msg(
            "de server weigert de aanmelding (gebruiker of wachtwoord klopt niet; "
            "zet het wachtwoord in PGPASSWORD of het pgpass-bestand)."
        )
    if "does not exist" in lowered and "database" in lowered:
        return msg("die databank bestaat niet op de server.")
    if "connection refused" in lowered or "timeout" in lowered or "could not" in lowered:
        return msg("de server is niet bereikbaar (netwerk, adres of poort).")
    return detail


def _too_new(target: str, revision: str | None) -> str:
    return msg(
        "{file} is gemaakt met een nieuwere versie van Atelier (schema {revision}). "
        "Werk Atelier bij om het te openen.",
        file=target,
        revision=revision,
    )


def _not_atelier(target: str) -> str:
    return msg("{file} is een databank, maar geen Atelier-werkbestand.", file=target)


PART = ".part"  # a store being built, beside its final name


def part_path_for(path: Path) -> Path:
    return path.with_name(path.name + PART)


def _remove_files(path: Path) -> None:
    """A SQLite file and the journal files SQLite may keep beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def building_store(target: str | Path, *, overwrite: bool = False) -> Iterator[Store]:
    """A new store, built in a temporary file beside ``target`` and moved into place
    (os.replace) only when the block ends without error: a full disk, an error or a
    killed process never leaves a half-made store under the user's name (nor harms
    the store that ``overwrite`` replaces). A failed write raises StorageError after
    removing the temporary file. A server database is built in place."""
    text_target = str(target)
    path = sqlite_path(url_for(text_target))
    if path is None:
        with create_store(text_target, overwrite=overwrite) as store:
            yield store
        return
    if path.exists() and not overwrite:
        raise FileExistsError(msg("{file} bestaat al.", file=str(path)))
    path.parent.mkdir(parents=True, exist_ok=True)
    _refuse_read_only(path, text_target)
    lock = StoreLock(path)  # the final name's lock: one builder at a time
    lock.acquire()
    part = part_path_for(path)
    try:
        _remove_files(part)  # what a killed build left behind
        url = url_for(str(part))
        engine = make_engine(url)
        store = Store(url, engine, None)
        try:
            _initialise(url, engine)
            yield store
        finally:
            engine.dispose()  # the last connection checkpoints and removes the -wal
        backup.fold_wal(part)
        if overwrite:
            # A -wal of the replaced store must never be applied to the new file.
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(part, path)
        backup.sync_folder(path.parent)
    except (OperationalError, OSError, StorageError) as exc:
        _remove_files(part)
        raise _create_failed(text_target, exc) from exc
    except BaseException:
        _remove_files(part)
        raise
    finally:
        lock.release()


def _create_failed(target: str, exc: BaseException) -> StorageError:
    cause = exc.__cause__ if isinstance(exc, StorageError) and exc.__cause__ else exc
    return StorageError(
        msg(
            "{file} is niet gemaakt: er kon niet geschreven worden ({reason}). Er bleef "
            "niets half gemaakt achter. Maak ruimte vrij of kies een andere map en "
            "probeer opnieuw.",
            file=target,
            reason=_reason(cause),
        )
    )


def create_store(
    target: str | Path, *, overwrite: bool = False, password: str | None = None
) -> Store:
    """Create an empty store at the newest schema and open it for writing (the window's
    "new": see building_store for a store that is filled before anyone sees it). On a
    server the database must exist (an administrator makes it, docs/server.md) and hold
    no store, unless ``overwrite``."""
    text_target = str(target)
    url = url_for(text_target)
    _refuse_password_in_url(url)
    path = sqlite_path(url)
    lock = None
    if path is not None:
        if path.exists() and not overwrite:
            raise FileExistsError(msg("{file} bestaat al.", file=str(path)))
        path.parent.mkdir(parents=True, exist_ok=True)
        _refuse_read_only(path, text_target)
        lock = StoreLock(path)
        lock.acquire()
        if overwrite:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(url, password=password)
    try:
        if is_server(url):
            _refuse_server_store_exists(engine, shown_url(url), overwrite)
        _initialise(url, engine, password)
    except BaseException:
        engine.dispose()
        if lock is not None:
            lock.release()
        raise
    return Store(url, engine, lock, password)


def _initialise(url: str, engine: Engine, password: str | None = None) -> None:
    """The newest schema and the row that marks the database as an Atelier store."""
    _migrate(url, password=password)
    with engine.begin() as connection:
        connection.execute(
            StoreMeta.__table__.insert().values(
                id=_uuid(),
                application=APPLICATION,
                app_version=__version__,
                created_at=_now(),
                updated_at=_now(),
            )
        )


def integrity_problems(store: Store) -> list[str]:
    """SQLite's quick_check and foreign key check (the model's own checks are in services)."""
    problems: list[str] = []
    if store.engine.dialect.name != "sqlite":
        return problems
    with store.engine.connect() as connection:
        rows = [r[0] for r in connection.execute(text("PRAGMA quick_check"))]
        if rows != ["ok"]:
            problems.extend(f"quick_check: {r}" for r in rows)
            if store.path is not None:
                problems.append(backup.damaged_message(store.path))
        for table, rowid, parent, _ in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"{table} rij {rowid} verwijst naar een ontbrekende {parent}")
    return problems


def _uuid() -> str:
    from app.storage.models import new_id

    return new_id()


def _now() -> datetime:
    from app.storage.models import utcnow

    return utcnow()
