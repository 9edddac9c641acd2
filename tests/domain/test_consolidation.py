import pytest

from app.domain.consolidation import (
    check_consolidation,
    cluster_count,
    normalise,
    similarity,
    suggest_duplicates,
)
from app.domain.errors import ValidationError


def test_cluster_count_counts_distinct_clusters():
    assert cluster_count(["a", "b", "a"]) == 2
    assert cluster_count([None]) == 1
    assert cluster_count(["a", None]) == 1


def test_check_consolidation_rules():
    with pytest.raises(ValidationError):
        check_consolidation("p", [], {})
    with pytest.raises(ValidationError):
        check_consolidation("p", ["p"], {"p": None})
    with pytest.raises(ValidationError):
        check_consolidation("p", ["s"], {"p": "x", "s": None})
    with pytest.raises(ValidationError):
        check_consolidation("p", ["s"], {"p": None, "s": "x"})
    check_consolidation("p", ["s"], {"p": None, "s": None})


def test_normalise_ignores_case_accents_and_stopwords():
    assert normalise("De Communicatie is TE ééntonig!") == normalise("communicatie eentonig")


def test_similarity_finds_rewordings():
    assert similarity("Te weinig tijd voor reflectie", "Er is te weinig tijd voor reflectie.") > 0.8
    assert similarity("Sterk financieel beleid", "Vergrijzing van de bevolking") < 0.5


def test_suggest_duplicates_within_a_quadrant_only():
    items = [
        ("1", "W", "Te weinig tijd voor reflectie"),
        ("2", "W", "Er is te weinig tijd voor reflectie"),
        ("3", "S", "Er is te weinig tijd voor reflectie"),
        ("4", "W", "Goede samenwerking met partners"),
    ]
    pairs = {(s.first_id, s.second_id) for s in suggest_duplicates(items)}
    assert pairs == {("1", "2")}


def test_suggest_duplicates_can_be_cancelled():
    from app.domain.consolidation import Cancelled

    items = [(str(n), "W", f"Te weinig tijd voor reflectie {n}") for n in range(40)]
    with pytest.raises(Cancelled):
        suggest_duplicates(items, cancelled=lambda: True)
