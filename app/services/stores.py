"""Opening and creating workshop stores: the door the GUI and the CLI use, so that
neither needs the storage layer itself."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import StoreReadOnly
from app.storage.store import Store, building_store, create_store, open_store


def open_for_window(target: str | Path) -> Store:
    """A store for the window: for writing, or, on a medium that cannot be written (a
    USB stick with its lock switch, a read-only share), for reading only
    (``store.read_only``), which the window says."""
    try:
        return open_store(target)
    except StoreReadOnly:
        return open_store(target, write=False)


__all__ = ["Store", "building_store", "create_store", "open_for_window", "open_store"]
