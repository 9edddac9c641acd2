import pytest

from app.domain import rules
from app.domain.errors import ValidationError


def test_required_text_trims_and_refuses_empty():
    assert rules.required_text("  Tekst ", "Titel", "title") == "Tekst"
    with pytest.raises(ValidationError) as info:
        rules.required_text("   ", "De titel", "title")
    assert info.value.field == "title"
    assert "De titel" in str(info.value)


def test_sdgs_sorted_unique_and_in_range():
    assert rules.sdgs([11, 3, 3]) == (3, 11)
    for bad in ([0], [18], ["3"], [True]):
        with pytest.raises(ValidationError):
            rules.sdgs(bad)


def test_score_allows_weet_niet():
    assert rules.score(None) is None
    assert rules.score(5) == 5
    with pytest.raises(ValidationError):
        rules.score(6)


def test_period_and_years():
    assert rules.planning_period(2026, 2031) == (2026, 2031)
    with pytest.raises(ValidationError):
        rules.planning_period(2031, 2026)
    with pytest.raises(ValidationError, match="planningsperiode"):
        rules.year_in_period(2035, 2026, 2031, "Actie 1")


def test_color():
    assert rules.color("#4e79a7") == "#4E79A7"
    with pytest.raises(ValidationError):
        rules.color("red")


def test_non_negative():
    assert rules.non_negative("12.5", "Bedrag") == 12.5
    for bad in (-1, "abc", float("nan"), float("inf")):
        with pytest.raises(ValidationError):
            rules.non_negative(bad, "Bedrag")
