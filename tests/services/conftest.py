"""The services' tests run against both stores: a SQLite file and a real PostgreSQL
server (tests/postgres.py). A test that is about the file itself asks for
``store_path`` or marks itself ``sqlite_only``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, store_path: Path) -> Iterator[object]:
    """An empty store with one workshop (default areas and questionnaire)."""
    from app.services.workshops import create_workshop
    from app.storage.store import create_store

    if request.param == "postgresql":
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip("about the SQLite file itself")
        target: object = request.getfixturevalue("pg_url")
    else:
        target = store_path
    with create_store(target) as s:  # type: ignore[arg-type]
        create_workshop(s, "Testworkshop", organisation="Gemeente Test")
        yield s
