import pytest

from app.domain.errors import ValidationError
from app.services import organisation, paths, proposals, swot
from app.services.inventory import check
from app.services.proposals import ActionSpec, ResourceSpec


def test_path_with_actions_impacts_and_links_round_trips(store, workshop):
    point = swot.items.create(store, workshop.id, quadrant="W", text="Verloop").value
    made = paths.create_path(
        store,
        workshop.id,
        title="Mensgericht HR-beleid",
        actions=["Feedbackcyclus", "Vormingsbeleid"],
        impacts=[("medewerkers", "Heldere verwachtingen"), ("burgers", "Betere dienstverlening")],
        swot_item_ids=[point.id],
    ).value
    assert [a.text for a in made.actions] == ["Feedbackcyclus", "Vormingsbeleid"]
    assert made.impacts[1].target_group == "Burgers"
    updated = paths.update_path(store, made.id, actions=["Alleen dit"]).value
    assert [a.text for a in updated.actions] == ["Alleen dit"]
    assert len(updated.impacts) == 2  # not given: unchanged
    gone = paths.paths.delete(store, made.id).value
    restored = paths.paths.restore(store, gone).value
    assert restored.actions[0].text == "Alleen dit"
    assert restored.swot_item_ids == (point.id,)
    assert check(store).sound


def test_path_impact_needs_a_known_target_group(store, workshop):
    with pytest.raises(ValidationError, match="doelgroep"):
        paths.create_path(store, workshop.id, title="X", impacts=[("toeristen", "…")])
    assert paths.paths.list(store, workshop.id) == []


def test_principles_are_numbered_by_position(store, workshop):
    for title in ("Missie", "Samen", "Data"):
        paths.principles.create(store, workshop.id, title=title)
    listed = paths.principles.list(store, workshop.id)
    paths.principles.move(store, listed[2].id, 0)
    assert [(p.number, p.title) for p in paths.principles.list(store, workshop.id)] == [
        (1, "Data"),
        (2, "Missie"),
        (3, "Samen"),
    ]


def _proposal(store, workshop, **extra):
    cluster = organisation.clusters.create(store, workshop.id, name="Vrije tijd").value
    return proposals.create_proposal(
        store,
        workshop.id,
        code="VT-01",
        title="Nieuw zwembad",
        cluster_id=cluster.id,
        policy_objective="Sport voor iedereen",
        why="Het oude bad is versleten.",
        mandatory=False,
        sdgs=[3, 11],
        actions=[ActionSpec("Studie", 2026, 2027), ActionSpec("Bouw", 2028, 2030)],
        resources={2026: ResourceSpec(50_000, 0, 0.5), 2028: ResourceSpec(2_000_000, 10_000, 1)},
        **extra,
    )


def test_proposal_with_every_detail(store, workshop):
    proposal = _proposal(store, workshop).value
    assert proposal.sdgs == (3, 11)
    assert [a.text for a in proposal.actions] == ["Studie", "Bouw"]
    assert proposal.total_investment == 2_050_000
    assert proposal.estimated_cost == 2_060_000
    again = proposals.update_proposal(
        store, proposal.id, resources={2026: ResourceSpec(1, 2, 0)}, mandatory=True
    ).value
    assert [(r.year, r.investment) for r in again.resources] == [(2026, 1.0)]
    assert again.mandatory and again.sdgs == (3, 11)


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"sdgs": [18]}, "SDG"),
        ({"actions": [ActionSpec("Te laat", 2030, 2035)]}, "planningsperiode"),
        ({"actions": [ActionSpec("Omgekeerd", 2029, 2027)]}, "eindigt vóór"),
        ({"resources": {2040: ResourceSpec()}}, "planningsperiode"),
        ({"resources": {2027: ResourceSpec(-5)}}, "negatief"),
        ({"resources": {2027: ResourceSpec(5, investment_income=-1)}}, "Ontvangsten investering"),
        ({"resources": {2027: ResourceSpec(5, operating_income=-1)}}, "Ontvangsten werking"),
        ({"title": ""}, "leeg"),
    ],
)
def test_proposal_rules_change_nothing(store, workshop, bad, message):
    proposal = _proposal(store, workshop).value
    with pytest.raises(ValidationError, match=message):
        proposals.update_proposal(store, proposal.id, **bad)
    assert proposals.proposals.get(store, proposal.id) == proposal


def test_deleted_proposal_restores_exactly(store, workshop):
    path = paths.create_path(store, workshop.id, title="Pad").value
    proposal = _proposal(store, workshop, path_ids=[path.id]).value
    gone = proposals.proposals.delete(store, proposal.id).value
    back = proposals.proposals.restore(store, gone).value
    assert back == proposal  # times, details and links included


def test_income_of_both_kinds_is_kept_apart_and_restored(store, workshop):
    proposal = proposals.create_proposal(
        store,
        workshop.id,
        title="Zwembad",
        resources={2027: ResourceSpec(900_000, 20_000, 2, 300_000, 5_000)},
    ).value
    (year,) = proposal.resources
    assert (year.investment, year.investment_income, year.investment_net) == (
        900_000,
        300_000,
        600_000,
    )
    assert (year.operating, year.operating_income, year.operating_net) == (20_000, 5_000, 15_000)
    gone = proposals.proposals.delete(store, proposal.id).value
    back = proposals.proposals.restore(store, gone).value
    assert [(r.investment_income, r.operating_income) for r in back.resources] == [(300_000, 5_000)]
