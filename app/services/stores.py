"""Opening and creating workshop stores: the door the GUI and the CLI use, so that
neither needs the storage layer itself."""

from __future__ import annotations

from app.storage.store import Store, create_store, open_store

__all__ = ["Store", "create_store", "open_store"]
