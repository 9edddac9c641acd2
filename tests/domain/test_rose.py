"""The positioning rose's numbers and the top-20 synthesis (app.domain.analysis)."""

from datetime import UTC, datetime

import pytest

from app.domain.analysis import (
    area_ratings,
    area_scores,
    external_rose,
    internal_rose,
    is_werkpunt,
    mean,
    top_points,
    werkpunten,
)
from app.domain.enums import AreaKind, Quadrant
from app.domain.records import Area, AreaRating, Statement, StatementScore, SwotItem

NOW = datetime(2026, 1, 15, tzinfo=UTC)
_ids = iter(range(1_000_000))


def _base() -> dict:
    return {"id": f"id{next(_ids)}", "created_at": NOW, "updated_at": NOW}


def area(name: str, kind: AreaKind, position: int) -> Area:
    return Area(**_base(), workshop_id="w", kind=kind, name=name, description="", position=position)


def statement(area_id: str) -> Statement:
    return Statement(**_base(), workshop_id="w", area_id=area_id, text="?", position=0)


def score(cluster: str, st: Statement, value: int | None) -> StatementScore:
    return StatementScore(
        **_base(), cluster_id=cluster, statement_id=st.id, participant_id=None, score=value
    )


def rating(cluster: str, a: Area, importance: int | None, readiness: int | None = None):
    return AreaRating(
        **_base(),
        cluster_id=cluster,
        area_id=a.id,
        participant_id=None,
        importance=importance,
        readiness=readiness,
    )


def item(quadrant: Quadrant, position: int, count: int, absorbed: str | None = None) -> SwotItem:
    return SwotItem(
        **_base(),
        workshop_id="w",
        quadrant=quadrant,
        text=f"{quadrant.value}{position}",
        cluster_id="c",
        area_id=None,
        session_id=None,
        author=None,
        position=position,
        absorbed_into_id=absorbed,
        cluster_count=count,
    )


def test_mean_ignores_none_and_is_none_without_values():
    assert mean([1, None, 4]) == pytest.approx(2.5)
    assert mean([None, None]) is None
    assert mean([]) is None


def test_area_score_is_the_mean_of_the_clusters_scores_without_weet_niet():
    a, b = area("A", AreaKind.INTERNAL, 0), area("B", AreaKind.INTERNAL, 1)
    s1, s2, s3 = statement(a.id), statement(a.id), statement(b.id)
    scores = [
        score("c1", s1, 5),
        score("c1", s2, 2),
        score("c1", s2, None),  # "weet niet": not a zero
        score("c1", s3, None),
        score("c2", s1, 1),  # another cluster's answer
    ]
    means = area_scores([s1, s2, s3], scores, "c1")
    assert means[a.id] == pytest.approx(3.5)
    assert means[b.id] is None
    assert area_scores([s1, s2, s3], scores, "c2") == {a.id: 1.0}


def test_area_ratings_average_participants_and_skip_other_clusters():
    a = area("A", AreaKind.EXTERNAL, 0)
    ratings = [rating("c1", a, 5, 2), rating("c1", a, 4, None), rating("c2", a, 1, 1)]
    importance, readiness = area_ratings(ratings, "c1")
    assert importance[a.id] == pytest.approx(4.5)
    assert readiness[a.id] == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("importance", "score_", "expected"),
    [(4, 2.9, True), (5, 1.0, True), (4, 3.0, False), (3.9, 1.0, False), (None, 1, False)],
)
def test_werkpunt_is_important_and_weak(importance, score_, expected):
    assert is_werkpunt(importance, score_) is expected


def test_internal_rose_has_importance_score_and_reference_per_internal_area():
    inner = [area("Strategie", AreaKind.INTERNAL, 1), area("Personeel", AreaKind.INTERNAL, 0)]
    outer = area("Economisch", AreaKind.EXTERNAL, 0)
    sts = [statement(inner[0].id), statement(inner[1].id)]
    scores = [
        score("c", sts[0], 2),
        score("c", sts[1], 4),
        score("mt", sts[0], 3),
        score("mt", sts[1], 5),
    ]
    ratings = [rating("c", inner[0], 5), rating("c", inner[1], 2), rating("c", outer, 5, 3)]
    rose = internal_rose([*inner, outer], sts, scores, ratings, "c", "mt")
    assert [p.name for p in rose] == ["Personeel", "Strategie"]  # by position, internal only
    personeel, strategie = rose
    assert (personeel.importance, personeel.score, personeel.reference) == (2, 4, 5)
    assert (strategie.importance, strategie.score, strategie.reference) == (5, 2, 3)
    assert werkpunten(rose) == [strategie]
    no_reference = internal_rose([*inner, outer], sts, scores, ratings, "c", None)
    assert all(p.reference is None for p in no_reference)


def test_external_rose_has_importance_and_readiness():
    outer = [area("Economisch", AreaKind.EXTERNAL, 0), area("Ecologisch", AreaKind.EXTERNAL, 1)]
    rose = external_rose(outer, [rating("c", outer[1], 4, 2)], "c")
    assert [(p.name, p.importance, p.readiness) for p in rose] == [
        ("Economisch", None, None),
        ("Ecologisch", 4, 2),
    ]


def test_top_points_by_cluster_count_then_quadrant_order_then_board_place():
    items = [
        item(Quadrant.THREAT, 0, 3),
        item(Quadrant.STRENGTH, 1, 2),
        item(Quadrant.WEAKNESS, 0, 3),
        item(Quadrant.STRENGTH, 0, 2),
        item(Quadrant.OPPORTUNITY, 0, 5, absorbed="x"),  # absorbed: counted in its primary
        item(Quadrant.OPPORTUNITY, 1, 1),
    ]
    top = top_points(items, n=4)
    assert [i.text for i in top] == ["W0", "T0", "S0", "S1"]
    assert len(top_points(items)) == 5
