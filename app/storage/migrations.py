"""Runs the Alembic scripts in db/ on a store's connection."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

DB_DIR = Path(__file__).resolve().parents[2] / "db"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(DB_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"db/versions must have one head, has {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    command.upgrade(_config(connection), target)


def _new_revision(message: str) -> None:  # pragma: no cover - a developer tool
    """Autogenerate a revision by diffing the models against an up-to-date scratch store."""
    from app.storage.engine import make_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/scratch.atelier")
        with engine.begin() as connection:
            upgrade(connection)
            config = _config(connection)
            rev_id = f"{len(known_revisions()) + 1:04d}"
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit("usage: python -m app.storage.migrations revision MESSAGE")
    _new_revision(sys.argv[2])
