"""The goal tree: edit, move (valid and refused), delete and undo, fiches under goals,
and the sums per year with descendants (checked against sums made here by hand)."""

import pytest

from app.domain.errors import ValidationError
from app.services import goals, organisation, paths, proposals
from app.services.goals import IndicatorSpec
from app.services.inventory import check, info
from app.services.proposals import ResourceSpec


def _tree(store, workshop):
    bd1 = goals.create_goal(store, workshop.id, title="Een veilige gemeente").value
    bd2 = goals.create_goal(store, workshop.id, title="Een groene gemeente").value
    ap11 = goals.create_goal(store, workshop.id, parent_id=bd1.id, title="Verkeersveiligheid").value
    ap12 = goals.create_goal(store, workshop.id, parent_id=bd1.id, title="Brandveiligheid").value
    ap21 = goals.create_goal(store, workshop.id, parent_id=bd2.id, title="Meer bomen").value
    ac111 = goals.create_goal(store, workshop.id, parent_id=ap11.id, title="Schoolstraten").value
    return bd1, bd2, ap11, ap12, ap21, ac111


def _codes(store, workshop):
    return [(x.code, x.title) for x in goals.tree(store, workshop.id)]


def test_a_tree_gets_levels_codes_and_depth_first_order(store, workshop):
    bd1, bd2, ap11, ap12, ap21, ac111 = _tree(store, workshop)
    assert (bd1.level, ap11.level, ac111.level) == (1, 2, 3)
    assert _codes(store, workshop) == [
        ("BD01", "Een veilige gemeente"),
        ("AP01.01", "Verkeersveiligheid"),
        ("AC01.01.01", "Schoolstraten"),
        ("AP01.02", "Brandveiligheid"),
        ("BD02", "Een groene gemeente"),
        ("AP02.01", "Meer bomen"),
    ]
    with pytest.raises(ValidationError, match="Onder een actie"):
        goals.create_goal(store, workshop.id, parent_id=ac111.id, title="Te diep")
    counts = info(store)["workshops"][0]["counts"]
    assert counts["goals"] == 6 and counts["indicators"] == 0


def test_rename_owner_and_indicators(store, workshop):
    bd1, *_ = _tree(store, workshop)
    person = organisation.participants.create(store, workshop.id, name="An Peeters").value
    changed = goals.update_goal(
        store,
        bd1.id,
        title="Een veilige en warme gemeente",
        owner_participant_id=person.id,
        indicators=[IndicatorSpec("Verkeersslachtoffers", "42", "20", 2030)],
    ).value
    assert changed.title == "Een veilige en warme gemeente"
    assert changed.owner_participant_id == person.id
    assert [(i.name, i.baseline, i.target, i.target_year) for i in changed.indicators] == [
        ("Verkeersslachtoffers", "42", "20", 2030)
    ]
    with pytest.raises(ValidationError, match="Indicator 1"):
        goals.update_goal(store, bd1.id, indicators=[IndicatorSpec("", "1")])
    with pytest.raises(ValidationError, match="doeljaar"):
        goals.update_goal(store, bd1.id, indicators=[IndicatorSpec("X", target_year=12)])
    assert goals.get(store, bd1.id).indicators == changed.indicators  # nothing changed
    assert info(store)["workshops"][0]["counts"]["indicators"] == 1


def test_move_within_and_between_parents_and_back(store, workshop):
    bd1, bd2, ap11, ap12, ap21, ac111 = _tree(store, workshop)
    before = _codes(store, workshop)
    # Within: Brandveiligheid first.
    was = goals.move_goal(store, ap12.id, bd1.id, 0).value
    assert was == goals.Place(bd1.id, 1)
    assert [x.title for x in goals.tree(store, workshop.id)][:3] == [
        "Een veilige gemeente",
        "Brandveiligheid",
        "Verkeersveiligheid",
    ]
    goals.move_goal(store, ap12.id, was.parent_id, was.index)  # undo
    assert _codes(store, workshop) == before
    # Between: the actieplan with its actie under the other beleidsdoelstelling.
    was = goals.move_goal(store, ap11.id, bd2.id, 1).value
    titles = [x.title for x in goals.tree(store, workshop.id)]
    assert titles == [
        "Een veilige gemeente",
        "Brandveiligheid",
        "Een groene gemeente",
        "Meer bomen",
        "Verkeersveiligheid",
        "Schoolstraten",
    ]
    assert [g.position for g in goals.tree(store, workshop.id) if g.parent_id == bd1.id] == [0]
    goals.move_goal(store, ap11.id, was.parent_id, was.index)
    assert _codes(store, workshop) == before
    assert check(store).sound


@pytest.mark.parametrize(
    ("which", "where", "message"),
    [
        ("ac111", "bd1", "actie hoort onder een actieplan"),
        ("ap11", "ap12", "actieplan hoort onder een beleidsdoelstelling"),
        ("ap11", None, "actieplan hoort onder een beleidsdoelstelling"),
        ("bd1", "bd2", "beleidsdoelstelling staat bovenaan"),
    ],
)
def test_a_move_against_the_tree_is_refused(store, workshop, which, where, message):
    made = dict(
        zip(("bd1", "bd2", "ap11", "ap12", "ap21", "ac111"), _tree(store, workshop), strict=True)
    )
    before = _codes(store, workshop)
    parent = made[where].id if where else None
    with pytest.raises(ValidationError, match=message):
        goals.move_goal(store, made[which].id, parent, 0)
    assert _codes(store, workshop) == before


def test_delete_takes_the_branch_and_undo_brings_all_back(store, workshop):
    bd1, bd2, ap11, ap12, ap21, ac111 = _tree(store, workshop)
    goals.update_goal(store, ac111.id, indicators=[IndicatorSpec("Schoolstraten", "2", "8", 2031)])
    proposal = proposals.create_proposal(
        store, workshop.id, title="Fietspad", goal_id=ac111.id
    ).value
    path = paths.create_path(store, workshop.id, title="Pad", goal_ids=[ap11.id, bd2.id]).value
    assert set(path.goal_ids) == {ap11.id, bd2.id}
    before = goals.tree(store, workshop.id)
    gone = goals.delete_goal(store, bd1.id).value
    assert [x.title for x in goals.tree(store, workshop.id)] == [
        "Een groene gemeente",
        "Meer bomen",
    ]
    assert goals.tree(store, workshop.id)[0].position == 0  # the gap closed
    assert proposals.proposals.get(store, proposal.id).goal_id is None
    assert paths.paths.get(store, path.id).goal_ids == (bd2.id,)
    goals.restore_goal(store, gone)
    assert goals.tree(store, workshop.id) == before
    assert proposals.proposals.get(store, proposal.id).goal_id == ac111.id
    assert set(paths.paths.get(store, path.id).goal_ids) == {ap11.id, bd2.id}
    assert check(store).sound


def test_a_proposal_goes_under_an_actieplan_or_actie_only(store, workshop):
    bd1, bd2, ap11, ap12, ap21, ac111 = _tree(store, workshop)
    proposal = proposals.create_proposal(
        store, workshop.id, title="Camera's", goal_id=ap12.id
    ).value
    assert proposal.goal_id == ap12.id
    with pytest.raises(ValidationError, match="actieplan of een actie"):
        proposals.update_proposal(store, proposal.id, goal_id=bd1.id)
    with pytest.raises(ValidationError, match="actieplan of een actie"):
        goals.set_proposal_goal(store, proposal.id, bd2.id)
    old = goals.set_proposal_goal(store, proposal.id, ac111.id).value
    assert old == ap12.id
    assert proposals.proposals.get(store, proposal.id).goal_id == ac111.id
    goals.set_proposal_goal(store, proposal.id, old)  # undo
    assert proposals.proposals.get(store, proposal.id).goal_id == ap12.id


def test_sums_per_year_include_descendants(store, workshop):
    bd1, bd2, ap11, ap12, ap21, ac111 = _tree(store, workshop)
    year = workshop.period_start
    spec = {
        # fiche: (goal, {year offset: (investment, inv. income, operating, op. income)})
        "A": (ac111, {0: (1000.0, 200.0, 50.0, 0.0), 1: (500.0, 0.0, 60.0, 10.0)}),
        "B": (ap11, {0: (300.0, 0.0, 0.0, 0.0)}),
        "C": (ap12, {1: (0.0, 0.0, 70.0, 5.0)}),
        "D": (ap21, {2: (800.0, 100.0, 0.0, 0.0)}),
        "E": (None, {0: (99999.0, 0.0, 0.0, 0.0)}),  # under no goal: counted nowhere
    }
    for title, (goal, money) in spec.items():
        proposals.create_proposal(
            store,
            workshop.id,
            title=title,
            goal_id=goal.id if goal else None,
            resources={
                year + k: ResourceSpec(
                    investment=v[0], investment_income=v[1], operating=v[2], operating_income=v[3]
                )
                for k, v in money.items()
            },
        )
    view = goals.overview(store, workshop.id)
    descendants = {
        bd1.id: {bd1.id, ap11.id, ap12.id, ac111.id},
        bd2.id: {bd2.id, ap21.id},
        ap11.id: {ap11.id, ac111.id},
        ap12.id: {ap12.id},
        ap21.id: {ap21.id},
        ac111.id: {ac111.id},
    }
    for goal_id, branch in descendants.items():
        expected: dict[int, list[float]] = {}
        for goal, money in spec.values():
            if goal is not None and goal.id in branch:
                for k, v in money.items():
                    row = expected.setdefault(year + k, [0.0] * 4)
                    for i in range(4):
                        row[i] += v[i]
        got = {y: list(v) for y, v in view.money[goal_id].by_year.items()}
        assert got == expected, goal_id
    assert [f.title for f in view.proposals[ap11.id]] == ["B"]
    assert view.money[bd1.id].proposal_ids == ()
    assert view.money[bd1.id].total() == (1800.0, 200.0, 180.0, 15.0)


def test_check_finds_a_goal_out_of_place(store, workshop):
    from app.storage import models as m

    bd1, bd2, ap11, ap12, ap21, ac111 = _tree(store, workshop)
    assert check(store).sound
    with store.transaction() as uow:  # behind the services' back, as a broken file would
        uow.session.get(m.GoalRow, ac111.id).parent_id = bd1.id
    problems = check(store).problems
    assert any("verkeerde plaats" in p for p in problems), problems


@pytest.mark.sqlite_only
def test_a_copy_holds_a_tree_whose_parent_was_made_after_its_child(store, workshop, tmp_path):
    """Rows are copied table by table: a goal moved under a newer parent must still
    arrive after that parent (copying orders the tree by level)."""
    from app.storage.store import open_store
    from app.storage.store_copy import copy_store

    bd1 = goals.create_goal(store, workshop.id, title="Oud").value
    ap = goals.create_goal(store, workshop.id, parent_id=bd1.id, title="Verhuist").value
    bd2 = goals.create_goal(store, workshop.id, title="Nieuw").value
    goals.move_goal(store, ap.id, bd2.id, 0)
    target = tmp_path / "kopie.atelier"
    copy_store(store.path, target)
    with open_store(target, backup_on_open=False) as copy:
        assert [(g.title, g.parent_id) for g in goals.tree(copy, workshop.id)] == [
            ("Oud", None),
            ("Nieuw", None),
            ("Verhuist", bd2.id),
        ]
        assert check(copy).sound
