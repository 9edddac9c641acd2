"""Answers of clusters and participants, their undo helpers, and the rose they feed."""

import pytest

from app.domain.analysis import area_scores, internal_rose
from app.domain.errors import ValidationError
from app.services import analysis, organisation


@pytest.fixture
def cluster(store, workshop):  # type: ignore[no-untyped-def]
    return organisation.clusters.create(store, workshop.id, name="Ruimte").value


def test_clear_score_removes_the_answer_and_returns_it(store, workshop, cluster):
    statement = analysis.statements.list(store, workshop.id)[0]
    analysis.set_score(store, cluster.id, statement.id, None)  # "weet niet" is an answer
    assert analysis.score_of(store, cluster.id, statement.id).score is None
    removed = analysis.clear_score(store, cluster.id, statement.id)
    assert removed.value.statement_id == statement.id
    assert removed.changes.ids("statement_score") == {removed.value.id}
    assert analysis.score_of(store, cluster.id, statement.id) is None
    again = analysis.clear_score(store, cluster.id, statement.id)
    assert again.value is None and again.changes.empty


def test_cluster_and_participant_answers_are_separate(store, workshop, cluster):
    person = organisation.participants.create(store, workshop.id, cluster_id=cluster.id).value
    statement = analysis.statements.list(store, workshop.id)[0]
    analysis.set_score(store, cluster.id, statement.id, 2)
    analysis.set_score(store, cluster.id, statement.id, 5, participant_id=person.id)
    analysis.clear_score(store, cluster.id, statement.id, participant_id=person.id)
    assert analysis.score_of(store, cluster.id, statement.id).score == 2
    assert analysis.score_of(store, cluster.id, statement.id, person.id) is None


def test_clear_area_rating(store, workshop, cluster):
    area = analysis.areas.list(store, workshop.id)[0]
    analysis.set_area_rating(store, cluster.id, area.id, importance=4)
    assert analysis.rating_of(store, cluster.id, area.id).importance == 4
    removed = analysis.clear_area_rating(store, cluster.id, area.id).value
    assert removed.importance == 4
    assert analysis.rating_of(store, cluster.id, area.id) is None
    assert analysis.ratings(store, workshop.id) == []


def test_per_participant_answers_are_averaged_per_cluster(store, workshop, cluster):
    people = [
        organisation.participants.create(store, workshop.id, cluster_id=cluster.id).value
        for _ in range(3)
    ]
    area = analysis.areas.list(store, workshop.id)[0]
    first, second = analysis.statements.list(store, workshop.id, area_id=area.id)[:2]
    analysis.set_score(store, cluster.id, first.id, 1)  # given way to the participants
    for person, value in zip(people, (3, 4, None), strict=True):
        analysis.set_score(store, cluster.id, first.id, value, participant_id=person.id)
    analysis.set_score(store, cluster.id, second.id, 5)  # cluster answer only
    analysis.set_area_rating(store, cluster.id, area.id, people[0].id, importance=5)
    analysis.set_area_rating(store, cluster.id, area.id, people[1].id, importance=4)
    statements = analysis.statements.list(store, workshop.id)
    scores = analysis.scores(store, workshop.id)
    assert area_scores(statements, scores, cluster.id) == {area.id: pytest.approx(4.25)}
    rose = internal_rose(
        analysis.areas.list(store, workshop.id),
        statements,
        scores,
        analysis.ratings(store, workshop.id),
        cluster.id,
        None,
    )
    assert (rose[0].importance, rose[0].score) == (4.5, pytest.approx(4.25))


def test_bank_edits_keep_answers_to_remaining_statements(store, workshop, cluster):
    person = organisation.participants.create(store, workshop.id, cluster_id=cluster.id).value
    area = analysis.areas.list(store, workshop.id)[0]
    bank = analysis.statements.list(store, workshop.id, area_id=area.id)
    analysis.set_score(store, cluster.id, bank[0].id, 1)
    analysis.set_score(store, cluster.id, bank[1].id, 4)
    analysis.set_score(store, cluster.id, bank[1].id, 2, participant_id=person.id)
    analysis.set_score(store, cluster.id, bank[2].id, None)
    analysis.statements.update(store, bank[1].id, text="Herschreven")
    analysis.statements.move(store, bank[2].id, 0)
    added = analysis.statements.create(store, workshop.id, area_id=area.id, text="Nieuw").value
    removed = analysis.delete_statement(store, bank[0].id).value
    assert [a.score for a in removed.answers] == [1]
    kept = {
        (s.statement_id, s.participant_id, s.score) for s in analysis.scores(store, workshop.id)
    }
    assert kept == {(bank[1].id, None, 4), (bank[1].id, person.id, 2), (bank[2].id, None, None)}
    order = [s.id for s in analysis.statements.list(store, workshop.id, area_id=area.id)]
    assert order[:2] == [bank[2].id, bank[1].id] and order[-1] == added.id
    assert len(order) == 10


def test_restore_statement_brings_back_place_and_answers(store, workshop, cluster):
    area = analysis.areas.list(store, workshop.id)[0]
    bank = analysis.statements.list(store, workshop.id, area_id=area.id)
    analysis.set_score(store, cluster.id, bank[3].id, 5)
    before = analysis.scores(store, workshop.id)
    removed = analysis.delete_statement(store, bank[3].id)
    assert removed.changes.deleted["statement"] == {bank[3].id}
    assert removed.changes.deleted["statement_score"] == {before[0].id}
    assert analysis.scores(store, workshop.id) == []
    restored = analysis.restore_statement(store, removed.value).value
    assert restored == bank[3]
    after = analysis.statements.list(store, workshop.id, area_id=area.id)
    assert [(s.id, s.text, s.position) for s in after] == [(s.id, s.text, s.position) for s in bank]
    assert analysis.scores(store, workshop.id) == before
    with pytest.raises(ValidationError, match="bestaat al"):
        analysis.restore_statement(store, removed.value)


def test_restore_statement_skips_answers_of_deleted_clusters(store, workshop, cluster):
    other = organisation.clusters.create(store, workshop.id, name="Zorg").value
    statement = analysis.statements.list(store, workshop.id)[0]
    analysis.set_score(store, cluster.id, statement.id, 3)
    analysis.set_score(store, other.id, statement.id, 4)
    removed = analysis.delete_statement(store, statement.id).value
    organisation.delete_cluster(store, other.id, None)
    analysis.restore_statement(store, removed)
    assert [(s.cluster_id, s.score) for s in analysis.scores(store, workshop.id)] == [
        (cluster.id, 3)
    ]


def test_get_scores_and_ratings_by_id_skip_removed_ones(store, workshop, cluster):
    first, second = analysis.statements.list(store, workshop.id)[:2]
    kept = analysis.set_score(store, cluster.id, first.id, 4).value
    gone = analysis.set_score(store, cluster.id, second.id, 2).value
    analysis.clear_score(store, cluster.id, second.id)
    assert analysis.get_scores(store, [kept.id, gone.id, kept.id]) == [kept]
    area = analysis.areas.list(store, workshop.id)[0]
    rating = analysis.set_area_rating(store, cluster.id, area.id, importance=3).value
    assert analysis.get_ratings(store, [rating.id, "nope"]) == [rating]
    assert analysis.get_scores(store, []) == []
