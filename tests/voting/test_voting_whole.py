"""Budget rounds with whole fiches at their real cost (voting-api.md additions:
``costs`` and ``whole``): GET /round, the one ballot rule over HTTP, paper ballots,
and the result (count per fiche and the set that fits), checked against a
computation made here from the ballots sent."""

from __future__ import annotations

import itertools
import random

import pytest

from app.domain import ranking
from app.domain.enums import VotingMethod
from app.domain.errors import ValidationError
from app.services import budget_round, rounds
from tests.voting.phone import WHOLE_BUDGET, WHOLE_COSTS, make_whole_round

SCHOOL = "Fietsveilige schoolroutes in alle deelgemeenten"
LOKET = "Eén digitaal loket voor alle aanvragen"
HUIS = "Ontmoetingshuis in Noorderwijk"
GROEN = "Vergroening van het marktplein"
OPVANG = "Kinderopvang dicht bij huis"


@pytest.fixture
def whole(store, workshop):  # type: ignore[no-untyped-def]
    made = make_whole_round(store, workshop.id)
    return rounds.open_round(store, made.id).value


def by_title(voting_round):  # type: ignore[no-untyped-def]
    return {o.title: o.id for o in voting_round.options}


def post(client, token, round_id, entries, voter="telefoon-0123456789abcdef"):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v/{token}/ballot", json={"voter": voter, "round_id": round_id, "entries": entries}
    )


def test_the_round_carries_each_proposal_cost_and_whole(client, token, whole):
    data = client.get(f"/api/v/{token}/round").json()
    assert data["method"] == "budget"
    rules = data["rules"]
    assert rules["whole"] is True
    assert rules["budget"] == WHOLE_BUDGET
    assert rules["cost_basis"] == "investment"
    titles = {o["id"]: o["title"] for o in data["options"]}
    # The net investment over the period (income subtracted), per option id.
    assert {titles[o]: cost for o, cost in rules["costs"].items()} == WHOLE_COSTS


def test_whole_picks_within_the_budget_are_counted(client, store, token, whole):
    o = by_title(whole)
    picks = {o[HUIS]: 850_000, o[LOKET]: 300_000.0, o[GROEN]: 0}
    answer = post(client, token, whole.id, picks)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"ok": True}
    result = rounds.results(store, whole.id)
    scores = {r.title: r.score for r in result.ranking}
    assert scores[HUIS] == scores[LOKET] == 1.0
    assert scores[GROEN] == scores[SCHOOL] == 0.0


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        # A part of a fiche: it is taken whole or not at all.
        (lambda o: {o[HUIS]: 400_000}, "helemaal of niet"),
        # The right fiches, the wrong amount for one of them (the cost of another).
        (lambda o: {o[HUIS]: 300_000, o[LOKET]: 850_000}, "kost € 850.000"),
        # Each at its cost, together over the budget.
        (lambda o: {o[SCHOOL]: 1_250_000, o[HUIS]: 850_000}, "meer dan het budget"),
        (lambda o: {o[SCHOOL]: 1_250_000 + 1}, "helemaal of niet"),
        (lambda o: {o[HUIS]: -850_000}, "vanaf 0"),
        (lambda o: {o[HUIS]: "850000"}, "vanaf 0"),
        (lambda o: {"onbekend": 100}, "Onbekende optie"),
    ],
)
def test_anything_but_whole_proposals_within_the_budget_is_400(
    client, store, token, whole, entries, words
):
    answer = post(client, token, whole.id, entries(by_title(whole)))
    assert answer.status_code == 400
    body = answer.json()
    assert body["ok"] is False
    assert words in body["error"]
    assert rounds.results(store, whole.id).ballots == 0  # nothing stored


def test_a_paper_ballot_keeps_the_same_rule(store, whole):
    o = by_title(whole)
    with pytest.raises(ValidationError, match="helemaal of niet"):
        rounds.cast_ballot(store, whole.id, rounds.BallotInput({o[OPVANG]: 250_000}))
    with pytest.raises(ValidationError, match="meer dan het budget"):
        rounds.cast_ballot(
            store, whole.id, rounds.BallotInput({o[SCHOOL]: 1_250_000, o[HUIS]: 850_000})
        )
    rounds.cast_ballot(store, whole.id, rounds.BallotInput({o[OPVANG]: 500_000}))
    assert rounds.results(store, whole.id).ballots == 1


def expected_fits(ballots: list[list[str]], costs: dict[str, float], order: list[str]):  # type: ignore[no-untyped-def]
    """The count per fiche, and the fitting set computed apart from app.domain: down
    the count (ties in the round's own order), take a chosen fiche while it fits."""
    counts = {o: sum(o in b for b in ballots) for o in order}
    ranked = sorted(order, key=lambda o: (-counts[o], order.index(o)))
    left, fits = WHOLE_BUDGET, []
    for o in ranked:
        if counts[o] and costs[o] <= left:
            fits.append(o)
            left -= costs[o]
    return counts, fits


def test_result_counts_phones_and_takes_what_fits(client, store, token, whole):
    o = by_title(whole)
    cost = {o[t]: c for t, c in WHOLE_COSTS.items()}
    order = [opt.id for opt in whole.options]
    # Every set of fiches a phone could choose within the budget, some several times.
    allowed = [
        list(combo)
        for n in range(1, 4)
        for combo in itertools.combinations(order, n)
        if sum(cost[x] for x in combo) <= WHOLE_BUDGET
    ]
    rng = random.Random(7)
    sent = [rng.choice(allowed) for _ in range(23)]
    for n, picks in enumerate(sent):
        voter = f"telefoon-{n:04d}-abcdefghijkl"
        answer = post(client, token, whole.id, {x: cost[x] for x in picks}, voter=voter)
        assert answer.status_code == 200, answer.text

    counts, fits = expected_fits(sent, cost, order)
    result = rounds.results(store, whole.id)
    assert result.ballots == len(sent)
    assert {r.option_id: r.score for r in result.ranking} == counts
    assert result.fits == fits
    data = result.as_json()
    assert data["fits"] == fits
    assert [r["option_id"] for r in data["ranking"]] == sorted(
        order, key=lambda x: (-counts[x], order.index(x))
    )
    assert sum(cost[x] for x in fits) <= WHOLE_BUDGET


def test_fits_passes_over_a_proposal_too_dear_and_takes_a_cheaper_later_one():
    rules = {"budget": 1000.0, "costs": {"a": 600.0, "b": 700.0, "c": 300.0, "d": 50.0}}
    rules["whole"] = True
    ranked = ranking.competition_ranking([("a", 5), ("b", 4), ("c", 2), ("d", 0)])
    # a fits (400 left), b does not, c does (100 left); d was chosen by nobody.
    assert ranking.fitting(ranked, rules) == ["a", "c"]


def test_results_of_other_budget_rounds_have_no_fits(store, made):
    r = rounds.open_round(store, made["budget"].id).value
    assert rounds.results(store, r.id).fits is None
    assert "fits" not in rounds.results(store, r.id).as_json()


def test_a_proposal_without_cost_is_named_before_the_round_is_made(store, workshop):
    from app.services.proposals import create_proposal

    free = create_proposal(store, workshop.id, title="Zonder middelen", code="ZM-01").value
    made = make_whole_round(store, workshop.id)
    ids = [o.target_id for o in made.options] + [free.id]
    with pytest.raises(ValidationError, match="ZM-01"):
        budget_round.create_budget_round(store, workshop.id, "Met een gratis fiche", ids)
    pricing = budget_round.price(store, workshop.id, ids)
    assert [f.code for f in pricing.free] == ["ZM-01"]
    left_out = budget_round.create_budget_round(
        store, workshop.id, "Zonder de gratis fiche", ids, leave_out_free=True, budget_=1e6
    ).value
    assert free.id not in {o.target_id for o in left_out.options}
    assert len(left_out.options) == len(WHOLE_COSTS)


def test_total_basis_adds_net_operating_and_the_room_is_the_default(store, workshop):
    from app.services import budget

    made = make_whole_round(store, workshop.id)
    for year in (2026, 2027):
        budget.set_room(store, workshop.id, year, investment=1_000_000, operating=100_000)
    ids = [o.target_id for o in made.options]
    pricing = budget_round.price(store, workshop.id, ids, "total")
    costs = {f.title: f.cost for f in pricing.proposals}
    assert costs[OPVANG] == 500_000 + 200_000  # investment 600-100, operating 250-50
    assert costs[SCHOOL] == 1_250_000 + 20_000
    assert pricing.default_budget == 2_200_000
    assert budget_round.price(store, workshop.id, ids).default_budget == 2_000_000
    r = budget_round.create_budget_round(store, workshop.id, "Totaal", ids, basis="total").value
    assert r.rules["budget"] == 2_200_000
    assert r.rules["cost_basis"] == "total"


def test_rules_cannot_lose_a_proposal_cost(store, workshop):
    made = make_whole_round(store, workshop.id)
    rules = dict(made.rules)
    rules["costs"] = dict(list(made.rules["costs"].items())[1:])
    with pytest.raises(ValidationError, match="geen kost"):
        rounds.update_round(store, made.id, rules=rules)
    rules["costs"] = {k: 0 for k in made.rules["costs"]}
    with pytest.raises(ValidationError, match="groter dan 0"):
        rounds.update_round(store, made.id, rules=rules)


def test_a_re_vote_on_a_tie_keeps_each_proposal_cost(store, whole):
    o = by_title(whole)
    for n, picks in enumerate(({HUIS: 850_000}, {LOKET: 300_000}, {GROEN: 450_000})):
        rounds.cast_ballot(
            store,
            whole.id,
            rounds.BallotInput({o[t]: v for t, v in picks.items()}, voter=f"tel-{n}-abcdefghijklm"),
        )
    rounds.update_round(store, whole.id, top_n=1)
    rounds.close_round(store, whole.id)
    again = rounds.revote(store, whole.id).value
    assert again.rules["whole"] is True and again.rules["budget"] == WHOLE_BUDGET
    titles = {x.id: x.title for x in again.options}
    assert {titles[i]: c for i, c in again.rules["costs"].items()} == {
        t: WHOLE_COSTS[t] for t in (HUIS, LOKET, GROEN)
    }


def test_rules_with_costs_are_checked():
    with pytest.raises(ValidationError, match="whole"):
        ranking.validate_rules(VotingMethod.BUDGET, {"budget": 10, "costs": {"a": 5}})
    with pytest.raises(ValidationError, match="kostenbasis"):
        ranking.validate_rules(
            VotingMethod.BUDGET,
            {"budget": 10, "costs": {"a": 5}, "whole": True, "cost_basis": "alles"},
        )
    clean = ranking.validate_rules(
        VotingMethod.BUDGET, {"budget": 10, "costs": {"a": 5.004}, "whole": True}
    )
    assert clean == {"budget": 10, "costs": {"a": 5.0}, "whole": True}
    assert ranking.validate_rules(VotingMethod.BUDGET, {"budget": 10}) == {"budget": 10}
    assert ranking.euro(1_250_000) == "€ 1.250.000"
    assert ranking.euro(1234.5) == "€ 1.234,50"
