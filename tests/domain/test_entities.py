"""One vocabulary: every table is an Entity with its labels; change sets take only those."""

from __future__ import annotations

import pytest

from app.domain.changes import ChangeSet
from app.domain.entities import INFO_COUNTS, Entity, count_label, counted_as
from app.storage import models as m


def test_every_table_is_an_entity_and_every_entity_a_table():
    tables = {t.name for t in m.Base.metadata.sorted_tables}
    assert {e.value for e in Entity} == tables


def test_every_entity_has_dutch_labels():
    for entity in Entity:
        assert entity.label and entity.plural, entity
        assert entity.label.template  # a msg(): the window translates it


def test_every_info_count_names_entities():
    for key in INFO_COUNTS:
        assert counted_as(key), key
        assert getattr(count_label(key), "template", None), key  # Dutch, translatable
    assert count_label("questions") == "stellingen"
    assert count_label("assessments") == "beoordelingen"


def test_touches_takes_entities_and_a_typo_fails_at_once():
    changes = ChangeSet()
    changes.add("updated", Entity.SWOT_ITEM, "x")
    assert changes.touches(Entity.SWOT_ITEM)
    assert not changes.touches(Entity.CLUSTER)
    with pytest.raises(ValueError, match="swot_items"):
        changes.touches("swot_items")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="clusters"):
        changes.ids("clusters")  # type: ignore[arg-type]
