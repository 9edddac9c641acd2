"""The window's first screen reads Core tables of its own (app.storage.first_screen),
made before the models are declared (issue 16): each must have the model's columns,
in the model's order and with the model's types, or its rows would not be the rows
the ORM reads (a column added to a model and not there fails here)."""

from __future__ import annotations

from app.storage import first_screen
from app.storage import models as m


def test_each_first_screen_table_has_its_models_columns_in_order_and_type():
    assert first_screen.TABLES  # workshop, points, clusters, sessions, areas, ...
    for name, clause in first_screen.TABLES.items():
        model = m.Base.metadata.tables[name]
        ours = [(c.name, type(c.type)) for c in clause.columns]
        theirs = [(c.name, type(c.type)) for c in model.columns]
        assert ours == theirs, name


def test_the_point_records_columns_follow_the_table():
    from app.services import convert

    names = convert.swot_item_columns()
    assert names == tuple(c.name for c in m.SwotItemRow.__table__.columns if c.name in set(names))
    assert "quadrant" in names and "absorbed_into_id" in names
