"""Errors the core raises for bad input.

Their messages are Dutch and built with ``app.domain.messages.msg``: ``str(error)`` is
the Dutch text (the CLI prints it, the phones' API returns it), and the window shows
it in its own language (app/ui/base/messages.py)."""

from __future__ import annotations


class AtelierError(Exception):
    """Base class: an expected failure with a message a user can act on."""


class ValidationError(AtelierError):
    """Input breaks a rule of the model. ``field`` names the field at fault, when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(AtelierError):
    """An id that names nothing (or something of another workshop)."""


class NotAStore(AtelierError):
    """The file is not an Atelier workshop store."""


class ServerLoginRefused(NotAStore):
    """The server store refused the login: no password, or not the right one. The
    window asks for the password; the CLI says where it comes from (PGPASSWORD)."""


class StoreLocked(AtelierError):
    """Another process holds the store's lock."""


class StoreTooNew(AtelierError):
    """The store was written by a newer Atelier than this one."""


class StoreDamaged(AtelierError):
    """The store's file is damaged (SQLite finds malformed pages): the message says
    which backup to restore."""


class StoreReadOnly(AtelierError):
    """The store cannot be written: a read-only medium (a USB stick with its lock
    switch, a network share), folder or file. Reading it is possible."""


class StorageError(AtelierError):
    """The store refused a write (disk full, an I/O error, a file that became read-only
    or stays locked): the use case was rolled back, so nothing of it is stored.
    ``busy``: another connection held the database; trying again may succeed."""

    def __init__(self, message: str, *, busy: bool = False) -> None:
        super().__init__(message)
        self.busy = busy
        # A server store's serialization failure or deadlock: the same use case,
        # run again from the start, may succeed (Store.write does so).
        self.retry = False
