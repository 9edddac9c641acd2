import pytest

from app.domain.errors import NotFound, ValidationError
from app.services import analysis, organisation, swot
from app.services.inventory import check


def test_cluster_crud_and_change_sets(store, workshop):
    made = organisation.clusters.create(store, workshop.id, name="Ruimte")
    assert made.changes.created["cluster"] == {made.value.id}
    assert made.value.color.startswith("#")
    changed = organisation.clusters.update(store, made.value.id, name="Ruimte en wonen")
    assert changed.value.name == "Ruimte en wonen"
    assert changed.changes.updated["cluster"] == {made.value.id}
    assert changed.value.updated_at >= made.value.updated_at


def test_cluster_names_are_unique_case_insensitively(store, workshop):
    organisation.clusters.create(store, workshop.id, name="Ruimte")
    with pytest.raises(ValidationError, match="al een cluster"):
        organisation.clusters.create(store, workshop.id, name="ruimte")
    assert len(organisation.clusters.list(store, workshop.id)) == 1


def test_one_reference_cluster(store, workshop):
    mt = organisation.clusters.create(store, workshop.id, name="MT", is_reference=True).value
    other = organisation.clusters.create(store, workshop.id, name="Nieuw MT", is_reference=True)
    assert other.changes.updated["cluster"] == {mt.id}
    refs = [c for c in organisation.clusters.list(store, workshop.id) if c.is_reference]
    assert [c.name for c in refs] == ["Nieuw MT"]


def test_deleting_a_cluster_with_points_needs_a_target(store, workshop):
    ruimte = organisation.clusters.create(store, workshop.id, name="Ruimte").value
    mt = organisation.clusters.create(store, workshop.id, name="MT").value
    point = swot.items.create(store, workshop.id, quadrant="S", text="Punt", cluster_id=ruimte.id)
    with pytest.raises(ValidationError, match="kies een cluster"):
        organisation.delete_cluster(store, ruimte.id)
    assert swot.items.get(store, point.value.id).cluster_id == ruimte.id
    outcome = organisation.delete_cluster(store, ruimte.id, move_to=mt.id)
    assert outcome.changes.deleted["cluster"] == {ruimte.id}
    assert outcome.changes.updated["swot_item"] == {point.value.id}
    assert swot.items.get(store, point.value.id).cluster_id == mt.id


def test_a_cluster_with_answers_is_not_deleted(store, workshop):
    ruimte = organisation.clusters.create(store, workshop.id, name="Ruimte").value
    statement = analysis.statements.list(store, workshop.id)[0]
    analysis.set_score(store, ruimte.id, statement.id, 4)
    with pytest.raises(ValidationError, match="antwoorden"):
        organisation.delete_cluster(store, ruimte.id)
    assert organisation.clusters.get(store, ruimte.id).name == "Ruimte"


def test_empty_cluster_deletes_and_others_renumber(store, workshop):
    ids = [organisation.clusters.create(store, workshop.id, name=n).value.id for n in "ABC"]
    organisation.delete_cluster(store, ids[0])
    left = organisation.clusters.list(store, workshop.id)
    assert [(c.name, c.position) for c in left] == [("B", 0), ("C", 1)]


def test_reorder_is_stable(store, workshop):
    ids = [organisation.locations.create(store, workshop.id, name=n).value.id for n in "ABCDE"]
    organisation.locations.move(store, ids[3], 1)  # D to second place
    names = [x.name for x in organisation.locations.list(store, workshop.id)]
    assert names == ["A", "D", "B", "C", "E"]
    organisation.locations.move(store, ids[0], 99)  # past the end: last
    assert [x.name for x in organisation.locations.list(store, workshop.id)] == list("DBCEA")
    organisation.locations.reorder(store, list(reversed(ids)))
    assert [x.name for x in organisation.locations.list(store, workshop.id)] == list("EDCBA")
    with pytest.raises(ValidationError, match="precies één keer"):
        organisation.locations.reorder(store, ids[:2])
    assert [x.name for x in organisation.locations.list(store, workshop.id)] == list("EDCBA")


def test_session_date_and_location(store, workshop):
    loc = organisation.locations.create(
        store,
        workshop.id,
        name="Bibliotheek Minderhout",
        postcode="2322",
        deelgemeente="Minderhout",
    ).value
    assert loc.in_deelgemeente
    day = organisation.sessions.create(
        store, workshop.id, title="Dag 1", date="2026-01-15", location_id=loc.id
    ).value
    assert day.date.isoformat() == "2026-01-15"
    with pytest.raises(ValidationError, match="geen datum"):
        organisation.sessions.update(store, day.id, date="15/01")
    with pytest.raises(NotFound):
        organisation.sessions.update(store, day.id, location_id="nope")
    assert organisation.sessions.get(store, day.id).date.isoformat() == "2026-01-15"


def test_participants_are_anonymous_unless_named(store, workshop):
    cluster = organisation.clusters.create(store, workshop.id, name="Zorg").value
    p = organisation.participants.create(store, workshop.id, name="  ", cluster_id=cluster.id)
    assert p.value.name is None
    named = organisation.participants.update(store, p.value.id, name="Şeyma Yılmaz")
    assert named.value.name == "Şeyma Yılmaz"


def test_delete_returns_the_record_and_restore_by_id(store, workshop):
    loc = organisation.locations.create(store, workshop.id, name="Stadhuis", address="Vrijheid 149")
    gone = organisation.locations.delete(store, loc.value.id)
    assert gone.value.record == loc.value
    assert organisation.locations.list(store, workshop.id) == []
    record = gone.value.record
    back = organisation.locations.create(
        store, workshop.id, id=record.id, name=record.name, address=record.address
    )
    assert back.value.id == loc.value.id
    assert check(store).sound


def test_unknown_fields_are_refused(store, workshop):
    with pytest.raises(ValidationError, match="Onbekend veld"):
        organisation.clusters.create(store, workshop.id, name="X", colour="red")
