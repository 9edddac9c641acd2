"""The averaging rule of app.domain.analysis: cluster-level and per-participant answers."""

from datetime import UTC, datetime

import pytest

from app.domain.analysis import (
    area_ratings,
    area_scores,
    cluster_value,
    external_rose,
    internal_rose,
    statement_scores,
    werkpunten,
)
from app.domain.enums import AreaKind
from app.domain.records import Area, AreaRating, Statement, StatementScore

NOW = datetime(2026, 3, 2, tzinfo=UTC)
_ids = iter(range(1_000_000))


def _base() -> dict:
    return {"id": f"r{next(_ids)}", "created_at": NOW, "updated_at": NOW}


def area(name: str, kind: AreaKind = AreaKind.INTERNAL, position: int = 0) -> Area:
    return Area(**_base(), workshop_id="w", kind=kind, name=name, description="", position=position)


def statement(a: Area) -> Statement:
    return Statement(**_base(), workshop_id="w", area_id=a.id, text="Stelling", position=0)


def answer(
    cluster: str, st: Statement, value: int | None, person: str | None = None
) -> StatementScore:
    return StatementScore(
        **_base(), cluster_id=cluster, statement_id=st.id, participant_id=person, score=value
    )


def rating(
    cluster: str,
    a: Area,
    importance: int | None,
    readiness: int | None = None,
    person: str | None = None,
) -> AreaRating:
    return AreaRating(
        **_base(),
        cluster_id=cluster,
        area_id=a.id,
        participant_id=person,
        importance=importance,
        readiness=readiness,
    )


@pytest.mark.parametrize(
    ("own", "people", "expected"),
    [
        ([4], [], 4.0),  # only the cluster answered
        ([], [2, 3, None], 2.5),  # participants only; "weet niet" does not count
        ([5], [1, 2], 1.5),  # both: the participants win
        ([5], [None, None], 5.0),  # participants only said "weet niet": cluster counts
        ([None], [None], None),
        ([], [], None),
    ],
)
def test_cluster_value_prefers_participants_and_skips_weet_niet(own, people, expected):
    assert cluster_value(own, people) == expected


def test_statement_value_is_the_mean_of_the_participants_answers():
    a = area("Strategie")
    s1, s2 = statement(a), statement(a)
    scores = [
        answer("c", s1, 4, "p1"),
        answer("c", s1, 5, "p2"),
        answer("c", s1, None, "p3"),
        answer("c", s1, 1),  # the cluster-level answer gives way to the participants'
        answer("c", s2, 2),  # nobody answered s2 personally: the cluster's own answer
        answer("other", s2, 5, "p9"),
    ]
    assert statement_scores(scores, "c") == {s1.id: 4.5, s2.id: 2.0}


def test_area_score_weighs_every_statement_the_same():
    a = area("Personeel")
    s1, s2 = statement(a), statement(a)
    # Three participants on s1, one on s2: pooling would give (1+1+1+5)/4 = 2.
    scores = [
        answer("c", s1, 1, "p1"),
        answer("c", s1, 1, "p2"),
        answer("c", s1, 1, "p3"),
        answer("c", s2, 5, "p1"),
    ]
    assert area_scores([s1, s2], scores, "c") == {a.id: pytest.approx(3.0)}


def test_area_score_ignores_statements_no_longer_in_the_bank():
    a = area("Financieel")
    kept, dropped = statement(a), statement(a)
    scores = [answer("c", kept, 4), answer("c", dropped, 1)]
    assert area_scores([kept], scores, "c") == {a.id: 4.0}


def test_importance_and_readiness_follow_the_same_rule_per_field():
    inner, outer = area("Kwaliteit"), area("Economisch", AreaKind.EXTERNAL)
    ratings = [
        rating("c", inner, 2),  # overruled by the participants below
        rating("c", inner, 5, person="p1"),
        rating("c", inner, 4, person="p2"),
        rating("c", outer, 3, 4),
        # The participant rated the importance only: readiness stays the cluster's.
        rating("c", outer, 5, None, person="p1"),
    ]
    importance, readiness = area_ratings(ratings, "c")
    assert importance == {inner.id: 4.5, outer.id: 5.0}
    assert readiness == {inner.id: None, outer.id: 4.0}


def test_rose_with_participants_and_reference_marks_werkpunten():
    strategie, personeel = area("Strategie", position=0), area("Personeel", position=1)
    s1, s2 = statement(strategie), statement(personeel)
    scores = [
        answer("c", s1, 2, "p1"),
        answer("c", s1, 3, "p2"),  # 2.5: weak
        answer("c", s2, 4, "p1"),
        answer("mt", s1, 4),
        answer("mt", s2, None),  # the MT does not know: no reference value
    ]
    ratings = [
        rating("c", strategie, 4, person="p1"),
        rating("c", strategie, 5, person="p2"),
        rating("c", personeel, 5),
    ]
    rose = internal_rose([strategie, personeel], [s1, s2], scores, ratings, "c", "mt")
    assert [(p.importance, p.score, p.reference) for p in rose] == [
        (4.5, 2.5, 4.0),
        (5.0, 4.0, None),
    ]
    assert [p.name for p in werkpunten(rose)] == ["Strategie"]


def test_external_point_uses_the_werkpunt_rule_with_readiness():
    a, b = area("Technologisch", AreaKind.EXTERNAL, 0), area("Ecologisch", AreaKind.EXTERNAL, 1)
    rose = external_rose([a, b], [rating("c", a, 5, 2), rating("c", b, 5, 3)], "c")
    assert [p.werkpunt for p in rose] == [True, False]
