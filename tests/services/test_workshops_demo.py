import pytest

from app.domain.errors import ValidationError
from app.services import swot, workshops
from app.services.inventory import check, info


def test_update_workshop_validates(store, workshop):
    changed = workshops.update_workshop(
        store, workshop.id, period_start=2025, show_names=True
    ).value
    assert changed.period_label == "2025–2031" and changed.show_names
    with pytest.raises(ValidationError, match="eindigt vóór"):
        workshops.update_workshop(store, workshop.id, period_end=2020)
    with pytest.raises(ValidationError, match="Onbekend veld"):
        workshops.update_workshop(store, workshop.id, colour="x")
    assert workshops.get_workshop(store, workshop.id).period_end == 2031


def test_demo_is_coherent(demo_store):
    assert check(demo_store).sound, check(demo_store).problems
    data = info(demo_store)["workshops"][0]
    counts = data["counts"]
    assert counts["clusters"] == 6
    assert counts["participants"] >= 55
    assert counts["sessions"] == 4
    assert counts["paths"] == 7 and counts["principles"] == 8
    assert counts["proposals"] >= 100
    workshop = workshops.only_workshop(demo_store)
    items = swot.list_items(demo_store, workshop.id)
    # Seed 003 repeats points across clusters: the demo shows them consolidated.
    assert max(i.cluster_count for i in items) >= 3
    assert {i.quadrant.value for i in items} == {"S", "W", "O", "T"}


def test_demo_clusters_have_distinct_colours(demo_store):
    from app.services import organisation

    workshop = workshops.only_workshop(demo_store)
    colours = [c.color for c in organisation.clusters.list(demo_store, workshop.id)]
    assert len(set(colours)) == len(colours)
