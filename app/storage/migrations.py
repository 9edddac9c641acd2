"""Runs the Alembic scripts in db/ on a store's connection."""

from __future__ import annotations

import ast
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config

DB_DIR = Path(__file__).resolve().parents[2] / "db"


def _config(connection: Connection | None = None) -> Config:
    # Alembic is imported only when a migration runs: reading a store stays quick.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(DB_DIR))
    config.attributes["connection"] = connection
    return config


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the scripts' own assignments."""
    graph: dict[str, str | None] = {}
    for script in sorted((DB_DIR / "versions").glob("*.py")):
        values = {}
        # Only the two assignments are parsed, not the whole script: opening a store
        # asks for the head revision, and the window opens at once.
        for line in script.read_text(encoding="utf-8").splitlines():
            if not line.startswith(("revision", "down_revision")):
                continue
            try:
                node = ast.parse(line).body[0]
            except (SyntaxError, IndexError):  # a docstring's line that starts so
                continue
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                target, value = node.target, node.value
            else:
                continue
            if target.id in ("revision", "down_revision") and value is not None:
                values[target.id] = ast.literal_eval(value)
        graph[values["revision"]] = values.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - set(graph.values())
    if len(heads) != 1:
        raise RuntimeError(f"db/versions must have one head, has {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(connection: Connection) -> str | None:
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(_config(connection), target)


def _new_revision(message: str) -> None:  # pragma: no cover - a developer tool
    """Autogenerate a revision by diffing the models against an up-to-date scratch store."""
    from app.storage.engine import make_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/scratch.atelier")
        with engine.begin() as connection:
            upgrade(connection)
            from alembic import command

            config = _config(connection)
            rev_id = f"{len(known_revisions()) + 1:04d}"
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit("usage: python -m app.storage.migrations revision MESSAGE")
    _new_revision(sys.argv[2])
