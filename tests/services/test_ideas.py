"""Ideas rounds as use cases: phones' ideas in, the facilitator's moderation and its undo
(SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from app.domain.entities import Entity
from app.domain.errors import NotFound, ValidationError
from app.domain.ideas import IdeaStatus
from app.services import analysis, ideas, organisation, rounds, swot

PHONE_A = "phone-aaaaaaaaaaaaaaaa"
PHONE_B = "phone-bbbbbbbbbbbbbbbb"


@pytest.fixture
def clusters(store, workshop):
    return [
        organisation.clusters.create(store, workshop.id, name=name).value
        for name in ("Ruimte", "Welzijn")
    ]


def _round(store, workshop, quadrants=("S", "W", "O", "T"), **extra):
    made = rounds.create_round(
        store,
        workshop.id,
        "Wat leeft er?",
        "ideas",
        [],
        {"max_length": 120, "quadrants": list(quadrants), **extra},
        question="Wat zijn onze sterktes en zwaktes?",
    ).value
    return rounds.open_round(store, made.id).value


def _by_text(store, round_id):
    return {i.text: i for i in ideas.list_ideas(store, round_id)}


def test_an_ideas_round_has_rules_no_options_and_opens_without_them(store, workshop):
    made = rounds.create_round(store, workshop.id, "Ideeën", "ideas", []).value
    assert made.method.value == "ideas" and made.options == () and made.anonymous
    assert made.rules == {"max_length": 280, "quadrants": [], "per_cluster": False}
    with pytest.raises(ValidationError, match="kwadranten"):
        rounds.update_round(store, made.id, rules={"quadrants": ["X"]})
    with pytest.raises(ValidationError, match="langste tekst"):
        rounds.update_round(store, made.id, rules={"max_length": 0})
    changed = rounds.update_round(store, made.id, rules={"quadrants": ["t", "S"]}).value
    assert changed.rules["quadrants"] == ["S", "T"]  # the board's order
    assert rounds.open_round(store, made.id).value.status.value == "open"


def test_phones_ideas_are_checked_and_kept_each(store, workshop, clusters):
    r = _round(store, workshop)
    ideas.submit(store, r.id, PHONE_A, "  Sterke   vrijwilligers  ", "S", "Ruimte")
    ideas.submit(store, r.id, PHONE_A, "Sterke   vrijwilligers", "S", "Ruimte")  # again: kept
    ideas.submit(store, r.id, PHONE_B, "Weinig budget", "w")
    for text, quadrant, cluster, message in [
        ("", "S", None, "leeg"),
        ("   \n ", "S", None, "leeg"),
        ("x" * 121, "S", None, "te lang: 121 tekens, hoogstens 120"),
        ("Goed", "X", None, "Onbekend kwadrant"),
        ("Goed", None, None, "Kies bij je idee"),
        ("Goed", "S", "Onbestaand", "Onbekende cluster"),
        ("Nul\x00teken", "S", None, "geen tekst"),
    ]:
        with pytest.raises(ValidationError, match=message):
            ideas.submit(store, r.id, PHONE_A, text, quadrant, cluster)
    listed = ideas.list_ideas(store, r.id)
    assert [(i.text, i.quadrant.value, i.cluster) for i in listed] == [
        ("Sterke   vrijwilligers", "S", "Ruimte"),
        ("Sterke   vrijwilligers", "S", "Ruimte"),
        ("Weinig budget", "W", None),
    ]
    assert {i.status for i in listed} == {IdeaStatus.PENDING}
    assert ideas.phones(store, r.id) == 2
    assert rounds.rounds.get(store, r.id).ballot_count == 2
    assert ideas.list_ideas(store, r.id, IdeaStatus.ACCEPTED) == []


def test_ideas_carry_the_rounds_time_and_are_listed_by_text_not_arrival(store, workshop):
    r = _round(store, workshop, quadrants=())
    texts = ["zeta", "Alfa", "middel", "beta"]
    for n, text in enumerate(texts):
        ideas.submit(store, r.id, f"phone-{n:016d}", text)
    assert [i.text for i in ideas.list_ideas(store, r.id)] == ["Alfa", "beta", "middel", "zeta"]
    from sqlalchemy import select

    from app.storage import models as m

    with store.reading() as uow:
        round_time = uow.session.get(m.RoundRow, r.id).created_at
        times = set(uow.session.execute(select(m.IdeaRow.created_at, m.IdeaRow.updated_at)))
        sender_times = set(uow.session.execute(select(m.IdeaSenderRow.created_at)))
    assert times == {(round_time, round_time)} and sender_times == {(round_time,)}
    ideas.accept_all(store, r.id)
    with store.reading() as uow:
        times = set(uow.session.execute(select(m.IdeaRow.created_at, m.IdeaRow.updated_at)))
    assert times == {(round_time, round_time)}  # moderation does not date an idea either


def test_accept_makes_points_in_quadrant_and_cluster_and_accept_all_twice_adds_once(
    store, workshop, clusters
):
    r = _round(store, workshop)
    ideas.submit(store, r.id, PHONE_A, "Sterk netwerk", "S", "Ruimte")
    ideas.submit(store, r.id, PHONE_A, "Vergrijzing", "T", "Welzijn")
    ideas.submit(store, r.id, PHONE_B, "Oud gebouw", "W")
    first = ideas.accept_all(store, r.id)
    assert first.value.count(ideas.Action.ACCEPT) == 3 and len(first.value.points) == 3
    assert first.changes.touches(Entity.SWOT_ITEM, Entity.IDEA)
    points = {p.text: p for p in swot.list_items(store, workshop.id)}
    assert (points["Sterk netwerk"].quadrant.value, points["Sterk netwerk"].cluster_id) == (
        "S",
        clusters[0].id,
    )
    assert points["Vergrijzing"].quadrant.value == "T"
    assert points["Vergrijzing"].cluster_id == clusters[1].id
    assert points["Oud gebouw"].cluster_id is None
    again = ideas.accept_all(store, r.id)
    assert again.value.empty and again.changes.empty
    assert len(swot.list_items(store, workshop.id)) == 3
    # Naming accepted ideas again skips them too.
    repeat = ideas.accept(store, [i.id for i in ideas.list_ideas(store, r.id)]).value
    assert repeat.empty and len(repeat.skipped) == 3
    assert len(swot.list_items(store, workshop.id)) == 3
    by_text = _by_text(store, r.id)
    assert by_text["Sterk netwerk"].status is IdeaStatus.ACCEPTED
    assert by_text["Sterk netwerk"].swot_item_id == points["Sterk netwerk"].id


def test_an_idea_without_quadrant_becomes_a_recommendation(store, workshop, clusters):
    r = _round(store, workshop, quadrants=())
    ideas.submit(store, r.id, PHONE_A, "Meer overleg met de scholen", cluster="Welzijn")
    area = analysis.areas.list(store, workshop.id)[-1]
    done = ideas.accept(store, [ideas.list_ideas(store, r.id)[0].id], area_id=area.id).value
    (made,) = done.recommendations
    recommendation = swot.recommendations.get(store, made)
    assert (recommendation.text, recommendation.area_id, recommendation.cluster_id) == (
        "Meer overleg met de scholen",
        area.id,
        clusters[1].id,
    )
    ideas.undo(store, done)
    with pytest.raises(NotFound):
        swot.recommendations.get(store, made)
    assert ideas.list_ideas(store, r.id)[0].status is IdeaStatus.PENDING


def test_edit_then_accept_keeps_what_was_sent(store, workshop, clusters):
    r = _round(store, workshop)
    ideas.submit(store, r.id, PHONE_A, "parking te klein!!", "W", "Ruimte")
    (idea,) = ideas.list_ideas(store, r.id)
    done = ideas.accept_edited(
        store, idea.id, "Te weinig parkeerplaatsen", quadrant="T", cluster_id=None, set_cluster=True
    ).value
    point = swot.items.get(store, done.points[0])
    assert (point.text, point.quadrant.value, point.cluster_id) == (
        "Te weinig parkeerplaatsen",
        "T",
        None,
    )
    after = ideas.get_ideas(store, [idea.id])[0]
    assert after.text == "parking te klein!!" and after.status is IdeaStatus.ACCEPTED
    assert ideas.accept_edited(store, idea.id, "Anders").value.skipped == (idea.id,)
    ideas.submit(store, r.id, PHONE_B, "tweede", "S")
    second = ideas.list_ideas(store, r.id, IdeaStatus.PENDING)[0]
    with pytest.raises(ValidationError, match="tekst van het punt"):
        ideas.accept_edited(store, second.id, "   ")
    assert ideas.get_ideas(store, [second.id])[0].status is IdeaStatus.PENDING


def test_merge_joins_an_existing_point_as_consolidation_does(store, workshop, clusters):
    existing = swot.items.create(
        store, workshop.id, quadrant="W", text="Verouderde gebouwen", cluster_id=clusters[0].id
    ).value
    r = _round(store, workshop)
    ideas.submit(store, r.id, PHONE_A, "Gebouwen zijn oud", "W", "Welzijn")
    (idea,) = ideas.list_ideas(store, r.id)
    done = ideas.merge_into(store, [idea.id], existing.id).value
    merged = swot.items.get(store, existing.id)
    assert merged.source_ids == done.points and merged.cluster_count == 2
    assert [p.id for p in swot.list_items(store, workshop.id)] == [existing.id]  # absorbed
    after = ideas.get_ideas(store, [idea.id])[0]
    assert after.status is IdeaStatus.MERGED and after.merged_into_id == existing.id
    ideas.undo(store, done)
    assert swot.items.get(store, existing.id).source_ids == ()
    assert ideas.get_ideas(store, [idea.id])[0].status is IdeaStatus.PENDING
    redone = ideas.redo(store, done).value
    assert redone.points == done.points
    assert swot.items.get(store, existing.id).source_ids == done.points


def test_reject_bulk_and_undo_redo(store, workshop, clusters):
    r = _round(store, workshop)
    for n, text in enumerate(["een", "twee", "drie", "vier"]):
        ideas.submit(store, r.id, f"phone-{n:016d}", text, "O")
    ids = {i.text: i.id for i in ideas.list_ideas(store, r.id)}
    rejected = ideas.reject(store, [ids["een"], ids["twee"]]).value
    accepted = ideas.accept(store, [ids["drie"], ids["een"]]).value  # "een": skipped
    assert accepted.skipped == (ids["een"],) and len(accepted.points) == 1
    statuses = {i.text: i.status for i in ideas.list_ideas(store, r.id)}
    assert statuses == {
        "een": IdeaStatus.REJECTED,
        "twee": IdeaStatus.REJECTED,
        "drie": IdeaStatus.ACCEPTED,
        "vier": IdeaStatus.PENDING,
    }
    ideas.undo(store, accepted)
    assert swot.list_items(store, workshop.id) == []
    ideas.undo(store, rejected)
    assert {i.status for i in ideas.list_ideas(store, r.id)} == {IdeaStatus.PENDING}
    ideas.redo(store, rejected)
    ideas.redo(store, accepted)
    assert [p.text for p in swot.list_items(store, workshop.id)] == ["drie"]
    assert swot.list_items(store, workshop.id)[0].id == accepted.points[0]
    with pytest.raises(ValidationError, match="al beslist"):
        ideas.redo(store, accepted)
    rest = ideas.reject_all(store, r.id).value
    assert rest.count(ideas.Action.REJECT) == 1


def test_a_failing_decision_changes_nothing(store, workshop):
    r = _round(store, workshop, quadrants=())
    ideas.submit(store, r.id, PHONE_A, "vrij idee")
    ideas.submit(store, r.id, PHONE_B, "ander idee")
    for area in analysis.areas.list(store, workshop.id):
        for st in analysis.statements.list(store, workshop.id):
            if st.area_id == area.id:
                analysis.delete_statement(store, st.id)
        analysis.areas.delete(store, area.id)
    with pytest.raises(ValidationError, match="maak eerst een domein"):
        ideas.accept_all(store, r.id)
    assert {i.status for i in ideas.list_ideas(store, r.id)} == {IdeaStatus.PENDING}
    with pytest.raises(NotFound):
        ideas.reject(store, ["geen-idee"])


def test_closing_the_round_forgets_the_phones_but_keeps_the_count(store, workshop):
    r = _round(store, workshop, quadrants=())
    ideas.submit(store, r.id, PHONE_A, "een")
    ideas.submit(store, r.id, PHONE_B, "twee")
    from sqlalchemy import select

    from app.services.ballots import keyed_voter_key
    from app.storage import models as m

    with store.reading() as uow:
        secret = uow.session.get(m.RoundRow, r.id).token
        keys = set(uow.session.scalars(select(m.IdeaSenderRow.voter_key)))
    assert keyed_voter_key(secret, PHONE_A) in keys
    rounds.close_round(store, r.id)
    with store.reading() as uow:
        after = set(uow.session.scalars(select(m.IdeaSenderRow.voter_key)))
    assert len(after) == 2 and not after & keys
    assert ideas.phones(store, r.id) == 2
    with pytest.raises(ValidationError, match="niet open"):
        ideas.submit(store, r.id, PHONE_A, "te laat")


def test_the_servers_warm_up_stores_no_idea(store, workshop):
    from app.services import voting

    r = _round(store, workshop, quadrants=())
    ideas.submit(store, r.id, PHONE_A, "echt idee")
    voting.warm_up(store)
    assert [i.text for i in ideas.list_ideas(store, r.id)] == ["echt idee"]
    assert ideas.phones(store, r.id) == 1


def test_deleting_a_point_or_the_round_and_undo_keep_the_ideas_links(store, workshop):
    r = _round(store, workshop)
    ideas.submit(store, r.id, PHONE_A, "Goede sfeer", "S")
    ideas.submit(store, r.id, PHONE_B, "Oud gebouw", "W")
    done = ideas.accept_all(store, r.id).value
    by_text = _by_text(store, r.id)
    point = by_text["Goede sfeer"].swot_item_id
    deleted = swot.delete_item(store, point).value
    assert deleted.idea_ids == (by_text["Goede sfeer"].id,)
    assert _by_text(store, r.id)["Goede sfeer"].swot_item_id is None
    swot.restore_item(store, deleted)
    assert _by_text(store, r.id)["Goede sfeer"].swot_item_id == point
    # The whole round, ideas and phones with it, and back.
    gone = rounds.rounds.delete(store, r.id).value
    with pytest.raises(NotFound):
        ideas.list_ideas(store, r.id)
    rounds.rounds.restore(store, gone)
    assert sorted(_by_text(store, r.id)) == ["Goede sfeer", "Oud gebouw"]
    assert ideas.phones(store, r.id) == 2
    ideas.undo(store, done)
    assert {i.status for i in ideas.list_ideas(store, r.id)} == {IdeaStatus.PENDING}
    assert swot.list_items(store, workshop.id) == []
