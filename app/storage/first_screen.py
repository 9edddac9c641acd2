"""The tables the window's first screen reads (the workshop, its clusters, sessions and
areas, the SWOT points and the recommendations with their points), as SQLAlchemy Core
table clauses with each column's type, so that those reads need neither the ORM nor
the models (issue 16: declaring them is a fifth of the start-up; the window declares
them once it has painted, app.storage.deferred). Their columns and types are the
models' own, in the same order: tests/storage/test_first_screen_tables.py compares
them, so a column added to a model and not here fails there."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, Text, column, table
from sqlalchemy.sql.expression import TableClause

from app.storage.types import UTCDateTime

# Every table ends with these (the models' Base declares them last).
_COMMON: tuple[tuple[str, Any], ...] = (
    ("id", String),
    ("created_at", UTCDateTime),
    ("updated_at", UTCDateTime),
)


def _table(name: str, *columns: tuple[str, Any]) -> TableClause:
    return table(name, *(column(n, t) for n, t in (*columns, *_COMMON)))


WORKSHOP = _table(
    "workshop",
    ("title", String),
    ("organisation", String),
    ("period_start", Integer),
    ("period_end", Integer),
    ("description", Text),
    ("show_names", Boolean),
    ("join_token", String),
    ("synonyms", Text),
)
SWOT_ITEM = _table(
    "swot_item",
    ("workshop_id", String),
    ("quadrant", String),
    ("text", Text),
    ("cluster_id", String),
    ("area_id", String),
    ("session_id", String),
    ("author", String),
    ("position", Integer),
    ("absorbed_into_id", String),
)
AREA = _table(
    "area",
    ("workshop_id", String),
    ("kind", String),
    ("name", String),
    ("description", Text),
    ("position", Integer),
)
SESSION = _table(
    "session",
    ("workshop_id", String),
    ("title", String),
    ("date", Date),
    ("location_id", String),
    ("position", Integer),
)
CLUSTER = _table(
    "cluster",
    ("workshop_id", String),
    ("name", String),
    ("is_reference", Boolean),
    ("position", Integer),
    ("color", String),
)
RECOMMENDATION = _table(
    "recommendation",
    ("workshop_id", String),
    ("area_id", String),
    ("cluster_id", String),
    ("text", Text),
    ("position", Integer),
)
RECOMMENDATION_SWOT = _table(
    "recommendation_swot",
    ("recommendation_id", String),
    ("swot_item_id", String),
)

TABLES: dict[str, TableClause] = {
    t.name: t
    for t in (WORKSHOP, SWOT_ITEM, AREA, SESSION, CLUSTER, RECOMMENDATION, RECOMMENDATION_SWOT)
}
