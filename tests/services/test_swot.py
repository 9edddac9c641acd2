import pytest

from app.domain.errors import ValidationError
from app.services import analysis, organisation, swot
from app.services.inventory import check


@pytest.fixture
def setting(store, workshop):
    clusters = [
        organisation.clusters.create(store, workshop.id, name=n).value for n in ("A", "B", "C")
    ]
    areas = analysis.areas.list(store, workshop.id)
    internal = next(a for a in areas if a.kind == "internal")
    external = next(a for a in areas if a.kind == "external")
    return clusters, internal, external


def test_a_point_needs_an_area_of_its_kind(store, workshop, setting):
    clusters, internal, external = setting
    ok = swot.items.create(store, workshop.id, quadrant="S", text="Sterk", area_id=internal.id)
    assert ok.value.quadrant.label == "Sterke punten"
    with pytest.raises(ValidationError, match="extern"):
        swot.items.create(store, workshop.id, quadrant="O", text="Kans", area_id=internal.id)
    with pytest.raises(ValidationError, match="Onbekend kwadrant"):
        swot.items.create(store, workshop.id, quadrant="X", text="?")
    with pytest.raises(ValidationError, match="leeg"):
        swot.items.create(store, workshop.id, quadrant="S", text="  ")
    assert len(swot.list_items(store, workshop.id)) == 1


def test_moving_to_another_quadrant_appends_there(store, workshop, setting):
    clusters, internal, external = setting
    for text in ("o1", "o2"):
        swot.items.create(store, workshop.id, quadrant="O", text=text, area_id=external.id)
    point = swot.items.create(
        store, workshop.id, quadrant="S", text="s1", area_id=internal.id
    ).value
    with pytest.raises(ValidationError):
        swot.items.update(store, point.id, quadrant="O")  # its area is internal
    moved = swot.items.update(store, point.id, quadrant="O", area_id=external.id).value
    assert (moved.quadrant.value, moved.position) == ("O", 2)


def test_consolidation_keeps_every_source_text_and_cluster(store, workshop, setting):
    clusters, internal, _ = setting
    texts = [
        "Te weinig tijd voor reflectie",
        "Geen tijd om na te denken",
        "Reflectie schiet erbij in",
    ]
    items = [
        swot.items.create(
            store, workshop.id, quadrant="W", text=t, cluster_id=c.id, area_id=internal.id
        ).value
        for t, c in zip(texts, clusters, strict=True)
    ]
    before = swot.absorption_of(store, [i.id for i in items])
    merged = swot.consolidate(store, items[0].id, [items[1].id, items[2].id])
    assert merged.value.cluster_count == 3
    assert merged.value.source_ids == (items[1].id, items[2].id)
    assert merged.changes.updated["swot_item"] == {items[1].id, items[2].id}
    visible = swot.list_items(store, workshop.id)
    assert [v.id for v in visible] == [items[0].id]
    everything = {i.id: i for i in swot.list_items(store, workshop.id, include_absorbed=True)}
    assert [everything[i.id].text for i in items] == texts
    assert [everything[i.id].cluster_id for i in items] == [c.id for c in clusters]
    # Undo: put the remembered absorption back.
    swot.set_absorption(store, before)
    assert len(swot.list_items(store, workshop.id)) == 3
    assert check(store).sound


def test_consolidating_a_consolidated_point_flattens(store, workshop, setting):
    clusters, internal, _ = setting
    a, b, c = (
        swot.items.create(store, workshop.id, quadrant="S", text=t, cluster_id=cl.id).value
        for t, cl in zip("abc", clusters, strict=True)
    )
    swot.consolidate(store, b.id, [c.id])
    merged = swot.consolidate(store, a.id, [b.id]).value
    assert set(merged.source_ids) == {b.id, c.id}
    assert merged.cluster_count == 3
    assert check(store).sound
    with pytest.raises(ValidationError):
        swot.consolidate(store, c.id, [a.id])  # c is absorbed itself


def test_consolidation_across_quadrants_is_refused(store, workshop, setting):
    s = swot.items.create(store, workshop.id, quadrant="S", text="x").value
    t = swot.items.create(store, workshop.id, quadrant="T", text="x").value
    with pytest.raises(ValidationError, match="kwadrant"):
        swot.consolidate(store, s.id, [t.id])
    assert swot.items.get(store, t.id).absorbed_into_id is None


def test_release_and_deleting_a_primary_frees_its_sources(store, workshop, setting):
    a, b, c = (swot.items.create(store, workshop.id, quadrant="S", text=t).value for t in "abc")
    swot.consolidate(store, a.id, [b.id, c.id])
    swot.release(store, a.id, [b.id])
    assert swot.items.get(store, a.id).source_ids == (c.id,)
    swot.items.delete(store, a.id)
    assert {i.id for i in swot.list_items(store, workshop.id)} == {b.id, c.id}


def test_duplicate_suggestions(store, workshop, setting):
    clusters, internal, _ = setting
    swot.items.create(
        store,
        workshop.id,
        quadrant="W",
        text="Te weinig tijd voor reflectie",
        cluster_id=clusters[0].id,
    )
    swot.items.create(
        store,
        workshop.id,
        quadrant="W",
        text="Er is te weinig tijd voor reflectie",
        cluster_id=clusters[1].id,
    )
    swot.items.create(
        store, workshop.id, quadrant="W", text="Verouderde ICT", cluster_id=clusters[2].id
    )
    suggestions = swot.suggest_duplicates(store, workshop.id)
    assert len(suggestions) == 1


def test_recommendations_link_to_points(store, workshop, setting):
    clusters, internal, _ = setting
    point = swot.items.create(store, workshop.id, quadrant="W", text="Verouderde ICT").value
    rec = swot.recommendations.create(
        store, workshop.id, area_id=internal.id, text="Investeer in ICT"
    ).value
    swot.link_recommendation(store, rec.id, [point.id, point.id])
    assert swot.recommendations.get(store, rec.id).swot_item_ids == (point.id,)
    swot.link_recommendation(store, rec.id, [])
    assert swot.recommendations.get(store, rec.id).swot_item_ids == ()
    with pytest.raises(ValidationError, match="leeg"):
        swot.recommendations.update(store, rec.id, text="")


def test_restoring_a_deleted_consolidated_point_takes_its_sources_back(store, workshop, setting):
    clusters, internal, _ = setting
    a, b = (
        swot.items.create(
            store, workshop.id, quadrant="W", text=t, cluster_id=c.id, area_id=internal.id
        ).value
        for t, c in zip("ab", clusters, strict=False)
    )
    merged = swot.consolidate(store, a.id, [b.id]).value
    gone = swot.items.delete(store, a.id).value
    assert [i.id for i in swot.list_items(store, workshop.id)] == [b.id]
    back = swot.items.restore(store, gone).value
    assert back == merged
    assert [i.id for i in swot.list_items(store, workshop.id)] == [a.id]
    assert swot.get_items(store, [a.id])[0].cluster_count == 2


def test_restoring_a_recommendation_keeps_links_and_place(store, workshop, setting):
    clusters, internal, _ = setting
    point = swot.items.create(store, workshop.id, quadrant="W", text="ICT").value
    recs = [
        swot.recommendations.create(store, workshop.id, area_id=internal.id, text=t).value
        for t in "xyz"
    ]
    swot.link_recommendation(store, recs[1].id, [point.id])
    gone = swot.recommendations.delete(store, recs[1].id).value
    back = swot.recommendations.restore(store, gone).value
    assert back.swot_item_ids == (point.id,) and back.position == 1
    assert [r.text for r in swot.recommendations.list(store, workshop.id)] == list("xyz")


def test_deleting_a_point_and_restoring_it_keeps_what_was_built_on_it(store, workshop, setting):
    from sqlalchemy import select

    from app.services import paths, proposals, rounds
    from app.storage import models as m

    clusters, internal, _ = setting
    ws = workshop.id
    point, other = (
        swot.items.create(store, ws, quadrant="W", text=t, area_id=internal.id).value
        for t in ("Verouderde ICT", "Te weinig overleg")
    )
    path = paths.create_path(store, ws, title="Digitaal", swot_item_ids=[point.id]).value
    kept = paths.create_path(store, ws, title="Samen", swot_item_ids=[point.id, other.id]).value
    proposal = proposals.create_proposal(store, ws, title="Nieuwe pc's", swot_item_ids=[point.id])
    rec = swot.recommendations.create(store, ws, area_id=internal.id, text="Investeer").value
    swot.link_recommendation(store, rec.id, [point.id])
    voting = rounds.create_round(
        store, ws, "Wat eerst?", "dots", [("swot_item", point.id), ("swot_item", other.id)]
    ).value

    gone = swot.delete_item(store, point.id)
    assert {link.table for link in gone.value.links} == {
        "path_swot",
        "proposal_swot",
        "recommendation_swot",
    }
    assert len(gone.value.links) == 4
    assert gone.value.option_ids == (voting.options[0].id,)
    # The change set names what lost the point, so that those views refresh.
    assert gone.changes.deleted["swot_item"] == {point.id}
    assert gone.changes.deleted["path_swot"] and gone.changes.deleted["proposal_swot"]
    assert gone.changes.deleted["recommendation_swot"]
    assert gone.changes.updated["round_option"] == {voting.options[0].id}
    assert paths.paths.get(store, kept.id).swot_item_ids == (other.id,)
    assert rounds.rounds.get(store, voting.id).options[0].target_id is None

    # A path deleted meanwhile stays deleted; everything else comes back.
    paths.paths.delete(store, path.id)
    back = swot.restore_item(store, gone.value)
    assert back.value == point
    assert back.changes.created["swot_item"] == {point.id}
    assert paths.paths.get(store, kept.id).swot_item_ids == tuple(sorted([point.id, other.id]))
    assert proposals.proposals.get(store, proposal.value.id).swot_item_ids == (point.id,)
    assert swot.recommendations.get(store, rec.id).swot_item_ids == (point.id,)
    assert [o.target_id for o in rounds.rounds.get(store, voting.id).options] == [
        point.id,
        other.id,
    ]
    assert [i.id for i in swot.list_items(store, ws)] == [point.id, other.id]
    # The links came back under their own ids: no tombstone tells a merge they are gone.
    restored = {link.id for link in gone.value.links if link.owner_id != path.id}
    with store.reading() as uow:
        tombstones = set(uow.session.scalars(select(m.TombstoneRow.id)))
    assert not restored & tombstones
    assert check(store).sound
    with pytest.raises(ValidationError, match="bestaat al"):
        swot.restore_item(store, gone.value)


def test_deleting_a_consolidated_point_frees_its_sources_and_restoring_takes_them_back(
    store, workshop, setting
):
    clusters, internal, _ = setting
    a, b = (
        swot.items.create(store, workshop.id, quadrant="S", text=t, cluster_id=c.id).value
        for t, c in zip("ab", clusters, strict=False)
    )
    merged = swot.consolidate(store, a.id, [b.id]).value
    gone = swot.delete_item(store, a.id)
    assert gone.changes.updated["swot_item"] == {b.id}
    assert [i.id for i in swot.list_items(store, workshop.id)] == [b.id]
    assert swot.restore_item(store, gone.value).value == merged
    assert [i.id for i in swot.list_items(store, workshop.id)] == [a.id]
