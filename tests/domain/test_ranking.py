import pytest

from app.domain.enums import VotingMethod
from app.domain.errors import ValidationError
from app.domain.ranking import (
    Entry,
    competition_ranking,
    default_rules,
    parse_entries,
    suggested_dots,
    tally,
    tied_at_top,
    validate_rules,
)

OPTIONS = ["a", "b", "c", "d"]


def test_competition_ranking_shares_ranks_and_skips():
    ranked = competition_ranking([("a", 5), ("b", 7), ("c", 5), ("d", 1)])
    assert [(r.option_id, r.rank) for r in ranked] == [("b", 1), ("a", 2), ("c", 2), ("d", 4)]


def test_suggested_dots_is_about_a_third():
    assert suggested_dots(12) == 4
    assert suggested_dots(1) == 1
    assert suggested_dots(0) == 1


def test_dots_tally_totals():
    rules = {"dots": 3, "max_per_option": 2}
    ballots = [
        parse_entries(VotingMethod.DOTS, rules, OPTIONS, {"a": 2, "b": 1}),
        parse_entries(VotingMethod.DOTS, rules, OPTIONS, {"b": 2, "c": 0}),
    ]
    ranked = tally(VotingMethod.DOTS, rules, OPTIONS, ballots)
    assert [(r.option_id, r.score, r.rank) for r in ranked] == [
        ("b", 3.0, 1),
        ("a", 2.0, 2),
        ("c", 0.0, 3),
        ("d", 0.0, 3),
    ]


@pytest.mark.parametrize(
    "entries, message",
    [
        ({"a": 3}, "per optie"),
        ({"a": 2, "b": 2}, "in totaal"),
        ({"x": 1}, "Onbekende optie"),
        ({"a": -1}, "vanaf 0"),
        ({"a": 1.5}, "geheel getal"),
        ({"a": True}, "geheel getal"),
        (["a"], "Verwacht"),
    ],
)
def test_dots_rejects(entries, message):
    with pytest.raises(ValidationError, match=message):
        parse_entries(VotingMethod.DOTS, {"dots": 3, "max_per_option": 2}, OPTIONS, entries)


def test_score_is_weighted_mean():
    rules = validate_rules(VotingMethod.SCORE, default_rules(VotingMethod.SCORE))
    one = parse_entries(
        VotingMethod.SCORE, rules, OPTIONS, {"a": {"impact": 5, "haalbaarheid": 1, "urgentie": 3}}
    )
    two = parse_entries(VotingMethod.SCORE, rules, OPTIONS, {"a": {"impact": 3}})
    ranked = tally(VotingMethod.SCORE, rules, OPTIONS, [one, two])
    # weights impact 2, others 1: (2*5 + 1 + 3 + 2*3) / (2 + 1 + 1 + 2)
    assert ranked[0].option_id == "a"
    assert ranked[0].score == pytest.approx(20 / 6, abs=1e-4)
    assert all(r.score == 0 for r in ranked[1:])


def test_score_rejects_out_of_range_and_unknown_criterion():
    rules = validate_rules(VotingMethod.SCORE, default_rules(VotingMethod.SCORE))
    with pytest.raises(ValidationError, match="tussen 1 en 5"):
        parse_entries(VotingMethod.SCORE, rules, OPTIONS, {"a": {"impact": 6}})
    with pytest.raises(ValidationError, match="criterium"):
        parse_entries(VotingMethod.SCORE, rules, OPTIONS, {"a": {"prijs": 3}})


def test_rank_is_borda():
    rules = {"max_ranked": 3}
    ballots = [
        parse_entries(VotingMethod.RANK, rules, OPTIONS, ["a", "b", "c"]),
        parse_entries(VotingMethod.RANK, rules, OPTIONS, ["b", "a"]),
    ]
    ranked = {r.option_id: r.score for r in tally(VotingMethod.RANK, rules, OPTIONS, ballots)}
    assert ranked == {"a": 3 + 2, "b": 2 + 3, "c": 1, "d": 0}


def test_rank_rejects_repeats_and_too_many():
    with pytest.raises(ValidationError, match="één keer"):
        parse_entries(VotingMethod.RANK, {"max_ranked": 3}, OPTIONS, ["a", "a"])
    with pytest.raises(ValidationError, match="hoogstens 2"):
        parse_entries(VotingMethod.RANK, {"max_ranked": 2}, OPTIONS, ["a", "b", "c"])


def test_budget_totals_and_limit():
    rules = {"budget": 100}
    ballot = parse_entries(VotingMethod.BUDGET, rules, OPTIONS, {"a": 60, "b": 40.0})
    assert tally(VotingMethod.BUDGET, rules, OPTIONS, [ballot])[0].score == 60
    with pytest.raises(ValidationError, match="100"):
        parse_entries(VotingMethod.BUDGET, rules, OPTIONS, {"a": 60, "b": 41})
    with pytest.raises(ValidationError):
        parse_entries(VotingMethod.BUDGET, rules, OPTIONS, {"a": float("nan")})


def test_empty_round_ranks_everything_equal():
    ranked = tally(VotingMethod.DOTS, {"dots": 1, "max_per_option": 1}, OPTIONS, [])
    assert {r.rank for r in ranked} == {1}


def test_tied_at_top_finds_boundary_ties():
    ranked = competition_ranking([("a", 9), ("b", 5), ("c", 5), ("d", 1)])
    assert tied_at_top(ranked, 2) == ["b", "c"]
    assert tied_at_top(ranked, 1) == []
    assert tied_at_top(ranked, 3) == []


def test_validate_rules_rejects_nonsense():
    with pytest.raises(ValidationError):
        validate_rules(VotingMethod.DOTS, {"dots": 0, "max_per_option": 1})
    with pytest.raises(ValidationError):
        validate_rules(VotingMethod.SCORE, {"criteria": []})
    with pytest.raises(ValidationError):
        validate_rules(VotingMethod.BUDGET, {"budget": -5})
    assert validate_rules(VotingMethod.DOTS, {"dots": 2, "max_per_option": 5}) == {
        "dots": 2,
        "max_per_option": 2,
    }


def test_entry_is_value_object():
    assert Entry("a", 1.0) == Entry("a", 1.0)
