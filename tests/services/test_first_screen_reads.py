"""The first screen's reads without the ORM (app.storage.first_screen, issue 16) give
the same records as the services' ORM reads of the same rows: types included (aware
datetimes, booleans, dates, enums)."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.enums import AreaKind
from app.services import analysis, organisation, swot, workshops


def test_the_plain_reads_give_the_orm_reads_records(demo_store):
    store = demo_store
    workshop = workshops.only_workshop(store)
    assert workshops.list_workshops(store) == [workshops.get_workshop(store, workshop.id)]
    assert isinstance(workshop.created_at, datetime) and workshop.created_at.tzinfo is not None

    for service in (organisation.clusters, organisation.sessions, analysis.areas):
        plain = service.list(store, workshop.id)
        assert plain, service.label
        assert plain == [service.get(store, r.id) for r in plain]
    clusters = organisation.clusters.list(store, workshop.id)
    assert all(isinstance(c.is_reference, bool) for c in clusters)
    assert any(c.is_reference for c in clusters)
    sessions = organisation.sessions.list(store, workshop.id)
    assert any(isinstance(s.date, date) for s in sessions)
    assert {a.kind for a in analysis.areas.list(store, workshop.id)} == set(AreaKind)
    assert analysis.areas.list(store, workshop.id, kind=AreaKind.INTERNAL.value) == [
        a for a in analysis.areas.list(store, workshop.id) if a.kind is AreaKind.INTERNAL
    ]

    recommendations = swot.recommendations.list(store, workshop.id)
    assert any(r.swot_item_ids for r in recommendations)
    assert recommendations == [swot.recommendations.get(store, r.id) for r in recommendations]


def test_the_board_s_points_read_plain_are_the_orm_s_with_their_sources(demo_store):
    store = demo_store
    workshop = workshops.only_workshop(store)
    items = swot.list_items(store, workshop.id)
    # An absorbed duplicate, so that the sources are compared too.
    outcome = swot.consolidate(store, items[1].id, [items[2].id])
    assert outcome is not None
    everything = swot.list_items(store, workshop.id, include_absorbed=True)
    assert everything == swot.get_items(store, [i.id for i in everything])
    shown = swot.list_items(store, workshop.id)
    assert shown == [i for i in everything if not i.absorbed_into_id]
    assert any(i.source_ids for i in shown)
