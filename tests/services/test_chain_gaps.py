"""Issue 11's smaller gaps: the workshop's own target groups, owners (trekkers), a
fiche in several clusters, a path's action as a fiche, and the curated synthesis."""

from __future__ import annotations

import pytest

from app.domain.errors import NotFound, ValidationError
from app.services import (
    merge,
    organisation,
    paths,
    proposals,
    rounds,
    swot,
    synthesis,
    target_groups,
)
from app.services.inventory import check
from app.services.rounds import BallotInput
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store

# -- target groups ------------------------------------------------------------------------


def test_a_new_workshop_has_the_four_groups_of_seed_000(store, workshop):
    names = [g.name for g in target_groups.list_groups(store, workshop.id)]
    assert names == ["Medewerkers", "Klanten", "Mandatarissen", "Burgers"]


def test_groups_are_added_renamed_ordered_and_named_on_paths(store, workshop):
    partners = target_groups.create_group(store, workshop.id, "partners en stakeholders").value
    organisatie = target_groups.create_group(store, workshop.id, "De organisatie").value
    with pytest.raises(ValidationError, match="al een doelgroep"):
        target_groups.create_group(store, workshop.id, "PARTNERS EN STAKEHOLDERS")
    target_groups.rename_group(store, partners.id, "Partners en stakeholders")
    target_groups.groups.move(store, organisatie.id, 0)
    names = [g.name for g in target_groups.list_groups(store, workshop.id)]
    assert names == [
        "De organisatie",
        "Medewerkers",
        "Klanten",
        "Mandatarissen",
        "Burgers",
        "Partners en stakeholders",
    ]
    path = paths.create_path(
        store, workshop.id, title="Stakeholders", impacts=[(partners.id, "Kennen onze visie")]
    ).value
    assert path.impacts[0].target_group == "Partners en stakeholders"
    target_groups.rename_group(store, partners.id, "Partners")
    assert paths.paths.get(store, path.id).impacts[0].target_group == "Partners"


def test_removing_a_group_in_use_names_the_paths_or_moves_their_impact(store, workshop):
    groups = {g.name: g for g in target_groups.list_groups(store, workshop.id)}
    klanten, burgers = groups["Klanten"], groups["Burgers"]
    path = paths.create_path(
        store,
        workshop.id,
        title="Dienstverlening 2.0",
        impacts=[("klanten", "Weten wat ze mogen verwachten"), ("medewerkers", "Digitaal vaardig")],
    ).value
    with pytest.raises(ValidationError, match="Dienstverlening 2.0"):
        target_groups.delete_group(store, klanten.id)
    assert len(target_groups.list_groups(store, workshop.id)) == 4
    assert paths.paths.get(store, path.id).impacts[0].target_group == "Klanten"

    gone = target_groups.delete_group(store, klanten.id, move_to=burgers.id).value
    moved = paths.paths.get(store, path.id)
    assert [(i.target_group, i.text) for i in moved.impacts] == [
        ("Burgers", "Weten wat ze mogen verwachten"),
        ("Medewerkers", "Digitaal vaardig"),
    ]
    assert "Klanten" not in [g.name for g in target_groups.list_groups(store, workshop.id)]

    target_groups.restore_group(store, gone)
    names = [g.name for g in target_groups.list_groups(store, workshop.id)]
    assert names == ["Medewerkers", "Klanten", "Mandatarissen", "Burgers"]
    assert paths.paths.get(store, path.id).impacts[0].target_group == "Klanten"
    assert check(store).sound


def test_an_unused_group_goes_and_comes_back(store, workshop):
    extra = target_groups.create_group(store, workshop.id, "De organisatie").value
    gone = target_groups.delete_group(store, extra.id).value
    assert len(target_groups.list_groups(store, workshop.id)) == 4
    target_groups.restore_group(store, gone)
    assert target_groups.list_groups(store, workshop.id)[-1].id == extra.id


# -- owners ---------------------------------------------------------------------------------


def test_an_owner_is_a_participant_or_free_text(store, workshop):
    an = organisation.participants.create(store, workshop.id, name="An Peeters").value
    path = paths.create_path(store, workshop.id, title="HR", owner_participant_id=an.id).value
    assert (path.owner, path.owner_participant_id) == ("An Peeters", an.id)
    proposal = proposals.create_proposal(store, workshop.id, title="Loonhuis", owner="an peeters")
    assert proposal.value.owner_participant_id == an.id  # a typed participant's name links
    free = proposals.update_proposal(store, proposal.value.id, owner="Dienst HR").value
    assert (free.owner, free.owner_participant_id) == ("Dienst HR", None)
    # Deleting the participant leaves the owner's name standing; undo links it again.
    gone = organisation.participants.delete(store, an.id).value
    kept = paths.paths.get(store, path.id)
    assert (kept.owner, kept.owner_participant_id) == ("An Peeters", None)
    organisation.participants.restore(store, gone)
    assert paths.paths.get(store, path.id).owner_participant_id == an.id


def test_an_anonymous_respondent_is_no_owner(store, workshop):
    nobody = organisation.participants.create(store, workshop.id, name=None).value
    with pytest.raises(ValidationError, match="anonieme"):
        paths.create_path(store, workshop.id, title="X", owner_participant_id=nobody.id)


# -- a fiche in several clusters -----------------------------------------------------------


def test_a_proposal_is_found_under_every_cluster_it_belongs_to(store, workshop):
    c = {
        n: organisation.clusters.create(store, workshop.id, name=n).value.id
        for n in ("Welzijn", "Ruimte", "Vrije tijd")
    }
    over = proposals.create_proposal(
        store,
        workshop.id,
        title="Speelweefsel",
        cluster_id=c["Ruimte"],
        extra_cluster_ids=[c["Welzijn"], c["Ruimte"], c["Vrije tijd"]],
    ).value
    proposals.create_proposal(store, workshop.id, title="Ruimtelijk plan", cluster_id=c["Ruimte"])
    assert over.cluster_ids == (c["Ruimte"], c["Welzijn"], c["Vrije tijd"])  # main first, once
    listed = proposals.proposals.list(store, workshop.id)
    assert [p.title for p in listed if p.in_cluster(c["Welzijn"])] == ["Speelweefsel"]
    assert [p.title for p in listed if p.in_cluster(c["Ruimte"])] == [
        "Speelweefsel",
        "Ruimtelijk plan",
    ]
    # Making an extra cluster the main one leaves it once.
    moved = proposals.update_proposal(store, over.id, cluster_id=c["Welzijn"]).value
    assert moved.cluster_ids == (c["Welzijn"], c["Vrije tijd"])
    # Deleting a cluster takes the link along; undo brings it back.
    gone = organisation.delete_cluster(store, c["Vrije tijd"]).value
    assert proposals.proposals.get(store, over.id).extra_cluster_ids == ()
    organisation.clusters.restore(store, gone)
    assert proposals.proposals.get(store, over.id).extra_cluster_ids == (c["Vrije tijd"],)
    assert check(store).sound


# -- a path's action becomes a fiche -----------------------------------------------------------


def test_an_action_becomes_a_proposal_in_one_step_and_undo_removes_it(store, workshop):
    cluster = organisation.clusters.create(store, workshop.id, name="Personeel").value
    points = [
        swot.items.create(store, workshop.id, quadrant="W", text=t, cluster_id=cluster.id).value
        for t in ("Verloop", "Weinig vorming")
    ]
    path = paths.create_path(
        store,
        workshop.id,
        title="Mensgericht HR-beleid",
        owner="Team HR",
        actions=["Toekomstgericht vormingsbeleid", "Loonhuis"],
        swot_item_ids=[p.id for p in points],
    ).value
    made = proposals.proposal_from_path_action(store, path.actions[0].id)
    proposal = made.value
    assert proposal.title == "Toekomstgericht vormingsbeleid"
    assert proposal.path_ids == (path.id,)
    assert proposal.cluster_id == cluster.id  # the cluster the path's points share
    assert proposal.owner == "Team HR"
    assert made.changes.ids(proposals.proposals.row.__tablename__)  # type: ignore[arg-type]
    proposals.proposals.delete(store, proposal.id)
    assert proposals.proposals.list(store, workshop.id) == []
    assert len(paths.paths.get(store, path.id).actions) == 2  # the path keeps its action


def test_an_action_of_a_path_over_several_clusters_gets_no_cluster(store, workshop):
    a = organisation.clusters.create(store, workshop.id, name="A").value
    b = organisation.clusters.create(store, workshop.id, name="B").value
    points = [
        swot.items.create(store, workshop.id, quadrant="S", text="x", cluster_id=a.id).value,
        swot.items.create(store, workshop.id, quadrant="S", text="y", cluster_id=b.id).value,
    ]
    path = paths.create_path(
        store, workshop.id, title="P", actions=["Actie"], swot_item_ids=[p.id for p in points]
    ).value
    proposal = proposals.proposal_from_path_action(store, path.actions[0].id).value
    assert proposal.cluster_id is None and proposal.path_ids == (path.id,)


# -- the curated synthesis -------------------------------------------------------------------


def _points(store, workshop, quadrant: str, count: int) -> list[str]:
    return [
        swot.items.create(store, workshop.id, quadrant=quadrant, text=f"{quadrant}{n}").value.id
        for n in range(count)
    ]


def test_the_default_is_balanced_even_in_a_store_full_of_strengths(store, workshop):
    _points(store, workshop, "S", 30)
    _points(store, workshop, "W", 2)
    _points(store, workshop, "O", 1)
    _points(store, workshop, "T", 3)
    shown = synthesis.synthesis(store, workshop.id)
    assert not shown.curated
    quadrants = "".join(i.quadrant.value for i in shown.items)
    assert len(quadrants) == 20
    # In turn while every quadrant has points; then the others fill up.
    assert quadrants[:8] == "SWOTSWTS" and quadrants.count("S") == 14
    assert quadrants.count("W") == 2 and quadrants.count("T") == 3


def test_the_facilitator_picks_and_orders_it_and_undo_restores_it(store, workshop):
    s = _points(store, workshop, "S", 3)
    w = _points(store, workshop, "W", 2)
    first = synthesis.set_synthesis(store, workshop.id, [w[1], s[0]])
    assert not first.value.rows  # it was the default
    shown = synthesis.synthesis(store, workshop.id)
    assert shown.curated and [i.id for i in shown.items] == [w[1], s[0]]
    second = synthesis.set_synthesis(store, workshop.id, [s[0], s[2], w[1]])
    assert [i.id for i in synthesis.synthesis(store, workshop.id).items] == [s[0], s[2], w[1]]
    synthesis.restore_synthesis(store, second.value)
    assert synthesis.curated_ids(store, workshop.id) == [w[1], s[0]]
    synthesis.restore_synthesis(store, first.value)
    assert not synthesis.synthesis(store, workshop.id).curated
    with pytest.raises(NotFound, match="SWOT-punt"):
        synthesis.set_synthesis(store, workshop.id, ["not-a-point"])
    assert not synthesis.synthesis(store, workshop.id).curated  # nothing changed


def test_a_deleted_point_leaves_the_synthesis_and_comes_back_with_undo(store, workshop):
    s = _points(store, workshop, "S", 2)
    synthesis.set_synthesis(store, workshop.id, [s[1], s[0]])
    gone = swot.items.delete(store, s[1]).value
    assert synthesis.curated_ids(store, workshop.id) == [s[0]]
    swot.items.restore(store, gone)
    assert synthesis.curated_ids(store, workshop.id) == [s[1], s[0]]


def test_the_synthesis_comes_from_a_closed_round_over_swot_points(store, workshop):
    ids = _points(store, workshop, "O", 4)
    made = rounds.create_round(
        store,
        workshop.id,
        "Top",
        "dots",
        [("swot_item", i) for i in ids],
        rules_={"dots": 3, "max_per_option": 2},
    ).value
    with pytest.raises(ValidationError, match="niet gesloten"):
        synthesis.from_round(store, made.id, 2)
    rounds.open_round(store, made.id)
    options = [o.id for o in made.options]
    rounds.cast_ballot(store, made.id, BallotInput({options[2]: 2, options[0]: 1}))
    rounds.cast_ballot(store, made.id, BallotInput({options[2]: 1, options[3]: 2}))
    rounds.close_round(store, made.id)
    memento = synthesis.from_round(store, made.id, 2).value
    assert synthesis.curated_ids(store, workshop.id) == [ids[2], ids[3]]
    synthesis.restore_synthesis(store, memento)
    assert synthesis.curated_ids(store, workshop.id) == []


def test_a_merge_meets_groups_by_name_and_carries_the_rest(tmp_path):
    """Two laptops that never shared a file: the four default groups meet by name, a
    new group, owners, further clusters and the synthesis come across."""
    here, hall = tmp_path / "hier.atelier", tmp_path / "zaal.atelier"
    with create_store(here) as s:
        create_workshop(s, "Toekomst")
    with create_store(hall) as s:
        ws = create_workshop(s, "Toekomst").value.id
        a = organisation.clusters.create(s, ws, name="A").value.id
        b = organisation.clusters.create(s, ws, name="B").value.id
        partners = target_groups.create_group(s, ws, "Partners").value.id
        path = paths.create_path(
            s, ws, title="Samen", owner="Schepen", impacts=[("burgers", "x"), (partners, "y")]
        ).value
        proposals.create_proposal(
            s,
            ws,
            title="F",
            cluster_id=a,
            extra_cluster_ids=[b],
            owner="Dienst",
            path_ids=[path.id],
        )
        point = swot.items.create(s, ws, quadrant="T", text="Vergrijzing").value.id
        synthesis.set_synthesis(s, ws, [point])
    with open_store(here, backup_on_open=False) as s:
        merge.merge_stores(s, [hall])
        ws = only_workshop(s).id
        names = [g.name for g in target_groups.list_groups(s, ws)]
        assert names == ["Medewerkers", "Klanten", "Mandatarissen", "Burgers", "Partners"]
        (merged_path,) = paths.paths.list(s, ws)
        assert merged_path.owner == "Schepen"
        assert [i.target_group for i in merged_path.impacts] == ["Burgers", "Partners"]
        (proposal,) = proposals.proposals.list(s, ws)
        clusters = {c.id: c.name for c in organisation.clusters.list(s, ws)}
        assert [clusters[c] for c in proposal.cluster_ids] == [
            "A",
            "B",
        ] and proposal.owner == "Dienst"
        assert [i.text for i in synthesis.synthesis(s, ws).items] == ["Vergrijzing"]
        assert check(s).sound
