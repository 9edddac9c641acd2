"""Deleting and restoring (undo) lives in the services: a deletion takes along what
hangs on the row, and its memento gives back every row and link exactly, in one
transaction; a failure halfway changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.domain.entities import Entity
from app.domain.enums import OptionKind, VotingMethod
from app.domain.errors import ValidationError
from app.services import analysis, deletion, organisation, paths, proposals, rounds, swot
from app.services.rounds import BallotInput
from app.storage import models as m


def snapshot(store: Any) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of every table, tombstones included: what 'exactly' compares."""
    with store.reading() as uow:
        conn = uow.session.connection()
        return {
            table.name: {tuple(row) for row in conn.execute(select(table))}
            for table in m.Base.metadata.sorted_tables
        }


def ids_of(store: Any, table: type[m.Base], **where: Any) -> set[str]:
    with store.reading() as uow:
        return set(uow.session.scalars(select(table.id).filter_by(**where)))


@pytest.fixture
def linked(store, workshop):  # type: ignore[no-untyped-def]
    """Two clusters with points, a recommendation, a participant who voted in a
    named round, a location with a session and a fiche, a path linked to the fiche."""
    ws = workshop.id
    a = organisation.clusters.create(store, ws, name="Ruimte").value
    b = organisation.clusters.create(store, ws, name="Welzijn").value
    place = organisation.locations.create(store, ws, name="Zaal De Linde").value
    day = organisation.sessions.create(store, ws, title="Dag 1", location_id=place.id).value
    area = analysis.areas.list(store, ws)[0]
    points = [
        swot.items.create(
            store, ws, quadrant="S", text=f"Punt {n}", cluster_id=a.id, session_id=day.id
        ).value
        for n in range(3)
    ]
    rec = swot.recommendations.create(
        store, ws, area_id=area.id, text="Doen", cluster_id=a.id
    ).value
    swot.link_recommendation(store, rec.id, [points[0].id])
    person = organisation.participants.create(store, ws, name="An", cluster_id=a.id).value
    path = paths.create_path(
        store,
        ws,
        title="Pad",
        actions=["Actie"],
        impacts=[("burgers", "Beter")],
        swot_item_ids=[points[1].id],
    ).value
    proposal = proposals.create_proposal(
        store,
        ws,
        title="Fiche",
        cluster_id=a.id,
        location_id=place.id,
        sdgs=[3, 11],
        path_ids=[path.id],
        swot_item_ids=[points[2].id],
    ).value
    made = rounds.create_round(
        store,
        ws,
        "Ronde",
        VotingMethod.DOTS,
        [(OptionKind.PROPOSAL, proposal.id), (OptionKind.PATH, path.id)],
        {"dots": 3, "max_per_option": 3},
        anonymous=False,
    ).value
    rounds.open_round(store, made.id)
    rounds.cast_ballot(
        store,
        made.id,
        BallotInput(
            {made.options[0].id: 2, made.options[1].id: 1},
            "telefoon-1",
            cluster_id=a.id,
            participant_id=person.id,
        ),
    )
    return dict(
        a=a,
        b=b,
        place=place,
        day=day,
        points=points,
        rec=rec,
        person=person,
        path=path,
        fiche=proposal,
        round=made,
    )


def test_deleting_a_location_clears_its_sessions_and_proposals_and_restore_is_exact(store, linked):
    before = snapshot(store)
    gone = organisation.locations.delete(store, linked["place"].id)
    assert gone.changes.deleted[Entity.LOCATION] == {linked["place"].id}
    # The services cleared the references themselves, so the views hear of them.
    assert gone.changes.updated[Entity.SESSION] == {linked["day"].id}
    assert gone.changes.updated[Entity.PROPOSAL] == {linked["fiche"].id}
    assert organisation.sessions.get(store, linked["day"].id).location_id is None
    back = organisation.locations.restore(store, gone.value)
    assert back.value.id == linked["place"].id
    assert back.changes.updated[Entity.SESSION] == {linked["day"].id}
    assert snapshot(store) == before


def test_deleting_a_session_and_restoring_it(store, linked):
    before = snapshot(store)
    gone = organisation.sessions.delete(store, linked["day"].id)
    assert gone.changes.updated[Entity.SWOT_ITEM] == {p.id for p in linked["points"]}
    assert snapshot(store) != before
    organisation.sessions.restore(store, gone.value)
    assert snapshot(store) == before


def test_deleting_a_participant_and_restoring_it_gives_back_their_ballot(store, linked):
    before = snapshot(store)
    person = linked["person"]
    gone = organisation.participants.delete(store, person.id)
    assert ids_of(store, m.BallotRow, participant_id=person.id) == set()
    assert gone.changes.updated[Entity.BALLOT]
    organisation.participants.restore(store, gone.value)
    assert len(ids_of(store, m.BallotRow, participant_id=person.id)) == 1
    # Even the ballot's time is as it was: a deletion must not date a vote.
    assert snapshot(store) == before


def test_a_participant_s_own_answers_go_with_them_and_come_back(store, workshop, linked):
    person = linked["person"]
    statement = analysis.statements.list(store, workshop.id)[0]
    analysis.set_score(store, linked["a"].id, statement.id, 4, participant_id=person.id)
    before = snapshot(store)
    gone = organisation.participants.delete(store, person.id)
    assert gone.changes.deleted[Entity.STATEMENT_SCORE]
    assert analysis.scores(store, workshop.id) == []
    organisation.participants.restore(store, gone.value)
    assert snapshot(store) == before


def test_deleting_a_path_takes_its_details_and_links_and_restore_is_exact(store, linked):
    before = snapshot(store)
    path, proposal = linked["path"], linked["fiche"]
    gone = paths.paths.delete(store, path.id)
    changes = gone.changes
    for entity in (Entity.PATH_ACTION, Entity.PATH_IMPACT, Entity.PATH_SWOT, Entity.PROPOSAL_PATH):
        assert changes.deleted[entity], entity
    assert changes.updated[Entity.OPTION] == {linked["round"].options[1].id}
    assert proposals.proposals.get(store, proposal.id).path_ids == ()
    back = paths.paths.restore(store, gone.value)
    assert back.value == path
    assert proposals.proposals.get(store, proposal.id).path_ids == (path.id,)
    assert snapshot(store) == before


def test_deleting_a_proposal_and_restoring_it(store, linked):
    before = snapshot(store)
    gone = proposals.proposals.delete(store, linked["fiche"].id)
    assert gone.changes.deleted[Entity.PROPOSAL_SDG]
    proposals.proposals.restore(store, gone.value)
    assert snapshot(store) == before


def test_deleting_a_cluster_moves_its_points_and_restore_moves_them_back(store, linked):
    a, b = linked["a"], linked["b"]
    before = snapshot(store)
    gone = organisation.delete_cluster(store, a.id, move_to=b.id)
    changes = gone.changes
    assert changes.updated[Entity.SWOT_ITEM] == {p.id for p in linked["points"]}
    assert changes.updated[Entity.RECOMMENDATION] == {linked["rec"].id}
    assert changes.updated[Entity.PARTICIPANT] == {linked["person"].id}
    assert changes.updated[Entity.PROPOSAL] == {linked["fiche"].id}
    assert {p.cluster_id for p in swot.list_items(store, a.workshop_id)} == {b.id}
    assert organisation.participants.get(store, linked["person"].id).cluster_id is None
    back = organisation.clusters.restore(store, gone.value)
    assert back.value == a
    assert snapshot(store) == before


def test_restore_leaves_a_reference_changed_since(store, workshop, linked):
    day = linked["day"]
    gone = organisation.locations.delete(store, linked["place"].id)
    other = organisation.locations.create(store, workshop.id, name="Elders").value
    organisation.sessions.update(store, day.id, location_id=other.id)
    organisation.locations.restore(store, gone.value)
    assert organisation.sessions.get(store, day.id).location_id == other.id
    assert proposals.proposals.get(store, linked["fiche"].id).location_id == linked["place"].id


def test_a_restore_that_cannot_complete_changes_nothing(store, workshop, linked):
    a, b = linked["a"], linked["b"]
    gone = organisation.delete_cluster(store, a.id, move_to=b.id)
    organisation.clusters.create(store, workshop.id, name="Ruimte")  # the name is taken again
    before = snapshot(store)
    with pytest.raises(ValidationError, match="Niet teruggezet"):
        organisation.clusters.restore(store, gone.value)
    assert snapshot(store) == before  # the points stay in Welzijn


def test_a_deletion_that_fails_halfway_changes_nothing(store, linked, monkeypatch):
    before = snapshot(store)

    def broken(session: Any, rows: Any) -> None:
        raise RuntimeError("the disk went away")

    # renumbering the list runs after every row and reference is gone: the last step.
    monkeypatch.setattr(deletion, "_close_gap", broken)
    with pytest.raises(RuntimeError):
        paths.paths.delete(store, linked["path"].id)
    with pytest.raises(RuntimeError):
        organisation.delete_cluster(store, linked["a"].id, move_to=linked["b"].id)
    assert snapshot(store) == before


def test_restored_rows_take_their_old_place(store, workshop):
    names = ["A", "B", "C", "D"]
    made = [organisation.locations.create(store, workshop.id, name=n).value for n in names]
    gone = organisation.locations.delete(store, made[1].id)
    assert [p.name for p in organisation.locations.list(store, workshop.id)] == ["A", "C", "D"]
    organisation.locations.restore(store, gone.value)
    listed = organisation.locations.list(store, workshop.id)
    assert [(p.name, p.position) for p in listed] == [(n, i) for i, n in enumerate(names)]


def test_a_reference_that_restricts_refuses_the_deletion(store, linked):
    before = snapshot(store)
    # The plain delete does not move a cluster's points (delete_cluster does).
    with pytest.raises(
        ValidationError, match=r"nog in gebruik door (aanbevelingen \(1\)|SWOT-punten \(3\))"
    ):
        organisation.clusters.delete(store, linked["a"].id)
    assert snapshot(store) == before


def test_deleting_a_round_takes_its_options_and_ballots_and_restore_is_exact(store, linked):
    before = snapshot(store)
    gone = rounds.rounds.delete(store, linked["round"].id)
    assert gone.changes.deleted[Entity.BALLOT] and gone.changes.deleted[Entity.BALLOT_ENTRY]
    assert ids_of(store, m.BallotRow) == set()
    rounds.rounds.restore(store, gone.value)
    assert snapshot(store) == before


def test_deleting_an_area_takes_its_statements_and_restore_is_exact(store, workshop, linked):
    area = analysis.areas.list(store, workshop.id)[0]  # the recommendation's area
    swot.items.update(store, linked["points"][0].id, area_id=area.id)
    before = snapshot(store)
    gone = analysis.areas.delete(store, area.id)
    assert gone.changes.deleted[Entity.STATEMENT]
    assert gone.changes.deleted[Entity.RECOMMENDATION] == {linked["rec"].id}
    assert gone.changes.deleted[Entity.RECOMMENDATION_SWOT]
    assert gone.changes.updated[Entity.SWOT_ITEM] == {linked["points"][0].id}
    analysis.areas.restore(store, gone.value)
    assert snapshot(store) == before
