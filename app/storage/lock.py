"""A lock file beside the store so that two processes never write one store.

The operating system releases the lock when the process dies, even by
SIGKILL, so a crash never leaves a store that cannot be opened.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from app.domain.errors import StoreLocked, StoreReadOnly
from app.domain.messages import msg

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# What opening the lock file says on a read-only medium, folder or file.
READ_ONLY_ERRORS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def read_only_message(store: str) -> str:
    return msg(
        "{file} kan niet beschreven worden: het staat op een medium of in een map die "
        "alleen lezen toelaat (een USB-stick met schrijfbeveiliging, een netwerkmap), of "
        "het bestand is alleen-lezen. Kopieer het naar een map waarin je kunt schrijven. "
        "Lezen kan wel (info, check, export, report, results en het venster).",
        file=store,
    )


def lock_path_for(store: Path) -> Path:
    return store.with_name(store.name + ".lock")


class StoreLock:
    def __init__(self, store: Path) -> None:
        self.path = lock_path_for(store)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while locked
        except OSError as exc:
            if exc.errno in READ_ONLY_ERRORS:
                raise StoreReadOnly(read_only_message(str(self.path.with_suffix("")))) from exc
            raise
        if not _try_lock(handle):
            handle.seek(0)
            holder = _holder(handle.read())
            handle.close()
            name = self.path.with_suffix("").name
            if holder is None:
                raise StoreLocked(
                    msg(
                        "{file} is al geopend door een ander programma. Sluit het daar eerst.",
                        file=name,
                    )
                )
            raise StoreLocked(
                msg(
                    "{file} is al geopend door een ander programma (proces {pid} op {host}, "
                    "sinds {since}). Sluit het daar eerst.",
                    file=name,
                    **holder,
                )
            )
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "since": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        )
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


def _holder(content: str) -> dict[str, str] | None:
    """Who holds the lock (pid, host, since), as the lock file says; None if it does not."""
    try:
        info = json.loads(content)
        return {key: str(info[key]) for key in ("pid", "host", "since")}
    except (ValueError, KeyError, TypeError):
        return None
