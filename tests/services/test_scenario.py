"""The budget scenario: sums per year checked against sums computed here from the
stored rows; the room per year; fill by ranking."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import text

from app.domain.enums import Decision
from app.domain.errors import ValidationError
from app.services import budget, decisions, proposals, rounds, scenario
from app.services.proposals import ResourceSpec
from app.services.rounds import BallotInput


def _proposal(store, workshop, code, mandatory=False, decision="open", **money):  # type: ignore[no-untyped-def]
    made = proposals.create_proposal(
        store,
        workshop.id,
        code=code,
        title=f"Fiche {code}",
        mandatory=mandatory,
        resources={year: ResourceSpec(*values) for year, values in money["years"].items()},
    ).value
    if decision != "open":
        decisions.decide(store, [made.id], decision)
    return made.id


@pytest.fixture
def mix(store, workshop):  # type: ignore[no-untyped-def]
    """(investment, operating, fte, investment income, operating income) per year."""
    y0 = workshop.period_start
    _proposal(store, workshop, "V1", True, years={y0: (100_000, 5_000, 1, 30_000, 1_000)})
    # Mandatory and decided nee: in the plan all the same.
    _proposal(store, workshop, "V2", True, "nee", years={y0 + 1: (50_000.5, 2_000, 0, 0, 500)})
    _proposal(store, workshop, "J1", False, "ja", years={
        y0: (20_000, 1_000, 0, 5_000, 250.25), y0 + 2: (70_000, 0, 0, 70_000, 0)})  # fmt: skip
    _proposal(store, workshop, "N1", False, "nee", years={y0: (999_999, 9, 0, 0, 0)})
    _proposal(store, workshop, "L1", False, "later", years={y0 + 1: (888_888, 8, 0, 0, 0)})
    _proposal(store, workshop, "O1", False, "open", years={y0 + 2: (777_777, 7, 0, 0, 0)})
    budget.set_room(store, workshop.id, y0, investment=90_000, operating=5_000)
    budget.set_room(store, workshop.id, y0 + 1, investment=40_000)
    return workshop


def _independent(store) -> dict[int, dict[str, float]]:  # type: ignore[no-untyped-def]
    """The sums straight from the tables in plain SQL: mandatory or decided ja."""
    with store.engine.connect() as con:
        rows = con.execute(
            text(
                "SELECT r.year, r.investment, r.investment_income, r.operating, "
                "r.operating_income FROM proposal_resource r "
                "JOIN proposal p ON p.id = r.proposal_id WHERE p.mandatory OR p.decision = 'ja'"
            )
        ).all()
        rooms = {
            y: (i, o)
            for y, i, o in con.execute(
                text("SELECT year, investment_room, operating_room FROM budget_room")
            )
        }
    sums: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for year, inv, inv_in, op, op_in in rows:
        for key, value in (("investment", inv), ("investment_income", inv_in),
                           ("operating", op), ("operating_income", op_in)):  # fmt: skip
            sums[year][key] += value
    for year, (room_inv, room_op) in rooms.items():
        sums[year]["room_investment"] = room_inv
        sums[year]["room_operating"] = room_op
    return sums


def test_sums_per_year_match_the_stored_rows(store, mix):
    data = scenario.as_json(scenario.load(store, mix.id))
    expected = _independent(store)

    assert [y["year"] for y in data["years"]] == list(mix.years)
    for y in data["years"]:
        want = expected.get(y["year"], {})
        for key in ("investment", "investment_income", "operating", "operating_income",
                    "room_investment", "room_operating"):  # fmt: skip
            assert y[key] == pytest.approx(want.get(key, 0.0)), (y["year"], key)
        net_inv = want.get("investment", 0.0) - want.get("investment_income", 0.0)
        net_op = want.get("operating", 0.0) - want.get("operating_income", 0.0)
        assert y["balance_investment"] == pytest.approx(want.get("room_investment", 0) - net_inv)
        assert y["balance_operating"] == pytest.approx(want.get("room_operating", 0) - net_op)
    # Some year has figures of every kind, so the comparison above compared something.
    first = data["years"][0]
    assert first["investment"] == 120_000 and first["operating_income"] == 1_250.25
    assert data["proposals"] == {"mandatory": 2, "ja": 1, "nee": 1, "later": 1, "open": 1}
    # y0: room 90.000 − (120.000 − 35.000) = 5.000; operating 5.000 − (6.000 − 1.250,25) ≥ 0;
    # y0+1: 40.000 − 50.000,5 < 0.
    assert data["fits"] is False
    assert [y["balance_investment"] for y in data["years"][:2]] == [5_000, -10_000.5]


def test_the_room_is_kept_per_year_and_only_in_the_planning_period(store, workshop):
    y0 = workshop.period_start
    after, before = budget.set_room(store, workshop.id, y0 + 1, investment=1_000_000).value
    assert (before.investment, after.investment, after.operating) == (0, 1_000_000, 0)
    budget.set_room(store, workshop.id, y0 + 1, operating=-25_000.456)
    rooms = budget.rooms(store, workshop.id)
    assert [r.year for r in rooms] == list(workshop.years)
    assert (rooms[1].investment, rooms[1].operating) == (1_000_000, -25_000.46)
    with pytest.raises(ValidationError, match="buiten de planningsperiode"):
        budget.set_room(store, workshop.id, workshop.period_end + 1, investment=5)
    with pytest.raises(ValidationError, match="geen bedrag"):
        budget.set_room(store, workshop.id, y0, investment=float("nan"))


def test_fill_by_ranking_skips_what_breaks_a_year_and_takes_a_later_cheaper_one(store, workshop):
    y0 = workshop.period_start
    base = _proposal(store, workshop, "V1", True, years={y0: (60_000, 0, 0, 0, 0)})
    big = _proposal(store, workshop, "K1", years={y0 + 1: (80_000, 0, 0, 0, 0)})
    refused = _proposal(store, workshop, "K2", decision="nee", years={y0: (1, 0, 0, 0, 0)})
    cheap = _proposal(store, workshop, "K3", years={y0: (30_000, 0, 0, 0, 0)})
    funded = _proposal(store, workshop, "K4", years={y0 + 1: (90_000, 0, 0, 60_000, 0)})
    too_much = _proposal(store, workshop, "K5", years={y0: (20_000, 1_000, 0, 0, 0)})
    budget.set_room(store, workshop.id, y0, investment=100_000, operating=5_000)
    budget.set_room(store, workshop.id, y0 + 1, investment=50_000)
    order = [big, refused, cheap, funded, too_much]  # the ranking: best first
    made = rounds.create_round(
        store, workshop.id, "Ronde", "rank", [("proposal", i) for i in order],
        rules_={"max_ranked": 5},
    ).value  # fmt: skip
    rounds.open_round(store, made.id)
    rounds.cast_ballot(store, made.id, BallotInput([o.id for o in made.options]))
    rounds.close_round(store, made.id)
    assert scenario.ranking_order(store, made.id) == order

    filled = scenario.fill_by_ranking(store, workshop.id, made.id).value

    assert filled.fill.taken == [cheap, funded]
    reasons = {s.proposal_id: str(s.reason) for s in filled.fill.skipped}
    assert set(reasons) == {big, refused, too_much}
    assert reasons[big] == f"past niet: {y0 + 1} investering € 30.000 tekort"
    assert reasons[refused] == "besloten: Nee"
    assert reasons[too_much] == f"past niet: {y0} investering € 10.000 tekort"
    after = {p.id: p.decision for p in proposals.proposals.list(store, workshop.id)}
    assert after == {
        base: Decision.OPEN, big: Decision.OPEN, refused: Decision.NO,
        cheap: Decision.YES, funded: Decision.YES, too_much: Decision.OPEN,
    }  # fmt: skip
    assert scenario.as_json(scenario.load(store, workshop.id))["fits"] is True
    # One undo step puts every decision back.
    decisions.restore_decisions(store, filled.decided.before)
    assert proposals.proposals.get(store, cheap).decision is Decision.OPEN
