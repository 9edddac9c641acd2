"""Opening and creating workshop stores: the door the GUI and the CLI use, so that
neither needs the storage layer itself."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import StoreReadOnly
from app.storage.store import Store, building_store, create_store, open_store


def open_for_window(target: str | Path, *, backup_later: bool = False) -> Store:
    """A store for the window: for writing, or, on a medium that cannot be written (a
    USB stick with its lock switch, a read-only share), for reading only
    (``store.read_only``), which the window says. ``backup_later``: the window makes
    the backup on open itself once it shows (``Store.backup_on_open``; writes wait)."""
    try:
        return open_store(target, backup_on_open="later" if backup_later else True)
    except StoreReadOnly:
        return open_store(target, write=False)


def prepare() -> None:
    """What the services' first write or ORM read would set up (the ORM's mappers),
    done ahead: the window calls it off the GUI thread once it shows."""
    from app.storage.models import configure

    configure()


__all__ = ["Store", "building_store", "create_store", "open_for_window", "open_store", "prepare"]
