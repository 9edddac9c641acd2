"""The phone survey's rule book: answers 1–5 or "weet niet", importance 1–5, fixed scale."""

import pytest

from app.domain import ranking, survey
from app.domain.enums import VotingMethod
from app.domain.errors import ValidationError

STATEMENTS = ("s1", "s2", "s3")
AREAS = ("a1", "a2")


def test_answers_keep_weet_niet_apart_from_leaving_a_statement_out():
    answers = survey.parse_answers(
        {"scores": {"s1": 5, "s2": None}, "importance": {"a2": 1}}, STATEMENTS, AREAS
    )
    assert answers.scores == {"s1": 5, "s2": None}  # s3 unanswered: not in the dict
    assert answers.importance == {"a2": 1}
    assert answers.count == 3
    only_importance = survey.parse_answers({"importance": {"a1": 3}}, STATEMENTS, AREAS)
    assert only_importance.scores == {} and only_importance.importance == {"a1": 3}


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([], "object met 'scores' en 'importance'"),
        ({"scores": {"s1": 3}, "extra": {}}, "Onbekend onderdeel in de antwoorden: 'extra'"),
        ({"scores": [3]}, "antwoord per stelling"),
        ({"importance": 4}, "belang per domein"),
        ({"scores": {"s9": 3}}, "Onbekende stelling: 's9'"),
        ({"scores": {"a1": 3}}, "Onbekende stelling: 'a1'"),  # an area is not a statement
        ({"scores": {"s1": 0}}, "tussen 1 en 5"),
        ({"scores": {"s1": 6}}, "tussen 1 en 5"),
        ({"scores": {"s1": 2.5}}, "tussen 1 en 5"),
        ({"scores": {"s1": True}}, "tussen 1 en 5"),
        ({"scores": {"s1": "4"}}, "tussen 1 en 5"),
        ({"importance": {"s1": 3}}, "Onbekend domein: 's1'"),
        ({"importance": {"a1": None}}, "belang van een domein ligt tussen 1 en 5"),
        ({"importance": {"a1": 9}}, "belang van een domein ligt tussen 1 en 5"),
        ({}, "nog niets beantwoord"),
        ({"scores": {}, "importance": {}}, "nog niets beantwoord"),
    ],
)
def test_answers_against_the_rules_are_refused_in_dutch(entries, message):
    with pytest.raises(ValidationError, match=message):
        survey.parse_answers(entries, STATEMENTS, AREAS)


def test_the_scale_is_fixed_and_labelled():
    rules = survey.rules()
    assert rules["scale"] == {
        "min": 1,
        "max": 5,
        "labels": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"],
    }
    assert rules["dont_know"] == "weet niet"
    assert len(rules["importance"]["labels"]) == 5
    assert ranking.default_rules(VotingMethod.SURVEY) == rules
    assert ranking.validate_rules(VotingMethod.SURVEY, {}) == rules
    assert ranking.validate_rules(VotingMethod.SURVEY, rules) == rules
    with pytest.raises(ValidationError, match="schaal 1 tot 5"):
        ranking.validate_rules(VotingMethod.SURVEY, {"scale": {"min": 0, "max": 10}})


def test_a_survey_has_no_options_to_vote_on():
    with pytest.raises(ValidationError, match="geen opties"):
        ranking.parse_entries(VotingMethod.SURVEY, survey.rules(), [], {"scores": {}})
    assert ranking.tally(VotingMethod.SURVEY, survey.rules(), [], [[]]) == []
    assert VotingMethod.SURVEY.label == "Bevraging (interne analyse)"
