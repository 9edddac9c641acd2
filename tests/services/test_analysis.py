import pytest

from app.domain.errors import ValidationError
from app.services import analysis, organisation


def test_default_areas_and_questionnaire(store, workshop):
    areas = analysis.areas.list(store, workshop.id)
    assert [a.kind.value for a in areas].count("internal") == 7
    assert [a.kind.value for a in areas].count("external") == 6
    statements = analysis.statements.list(store, workshop.id)
    assert len(statements) == 70
    internal = [a for a in areas if a.kind == "internal"]
    for area in internal:
        assert len([s for s in statements if s.area_id == area.id]) == 10


def test_scores_upsert_and_weet_niet(store, workshop):
    cluster = organisation.clusters.create(store, workshop.id, name="Ruimte").value
    statement = analysis.statements.list(store, workshop.id)[0]
    first = analysis.set_score(store, cluster.id, statement.id, 4).value
    again = analysis.set_score(store, cluster.id, statement.id, None).value
    assert again.id == first.id and again.score is None
    with pytest.raises(ValidationError, match="tussen 1 en 5"):
        analysis.set_score(store, cluster.id, statement.id, 0)
    assert [s.score for s in analysis.scores(store, workshop.id)] == [None]


def test_per_participant_scores_need_their_cluster(store, workshop):
    a = organisation.clusters.create(store, workshop.id, name="A").value
    b = organisation.clusters.create(store, workshop.id, name="B").value
    person = organisation.participants.create(store, workshop.id, cluster_id=a.id).value
    statement = analysis.statements.list(store, workshop.id)[0]
    analysis.set_score(store, a.id, statement.id, 5, participant_id=person.id)
    with pytest.raises(ValidationError, match="hoort niet bij"):
        analysis.set_score(store, b.id, statement.id, 5, participant_id=person.id)
    assert len(analysis.scores(store, workshop.id)) == 1


def test_readiness_only_for_external_areas(store, workshop):
    cluster = organisation.clusters.create(store, workshop.id, name="Ruimte").value
    areas = analysis.areas.list(store, workshop.id)
    internal = next(a for a in areas if a.kind == "internal")
    external = next(a for a in areas if a.kind == "external")
    analysis.set_area_rating(store, cluster.id, internal.id, importance=5)
    with pytest.raises(ValidationError, match="externe"):
        analysis.set_area_rating(store, cluster.id, internal.id, readiness=3)
    rating = analysis.set_area_rating(
        store, cluster.id, external.id, importance=4, readiness=2
    ).value
    assert (rating.importance, rating.readiness) == (4, 2)


def test_editing_the_bank_keeps_answers_to_remaining_statements(store, workshop):
    cluster = organisation.clusters.create(store, workshop.id, name="Ruimte").value
    first, second = analysis.statements.list(store, workshop.id)[:2]
    analysis.set_score(store, cluster.id, first.id, 2)
    analysis.set_score(store, cluster.id, second.id, 5)
    analysis.statements.update(store, second.id, text="Herschreven stelling")
    analysis.statements.delete(store, first.id)
    left = analysis.scores(store, workshop.id)
    assert [(s.statement_id, s.score) for s in left] == [(second.id, 5)]


def test_statements_belong_to_internal_areas(store, workshop):
    external = next(a for a in analysis.areas.list(store, workshop.id) if a.kind == "external")
    with pytest.raises(ValidationError, match="intern"):
        analysis.statements.create(store, workshop.id, area_id=external.id, text="X")


def test_area_kind_cannot_flip_under_points(store, workshop):
    from app.services import swot

    internal = next(a for a in analysis.areas.list(store, workshop.id) if a.kind == "internal")
    swot.items.create(store, workshop.id, quadrant="S", text="x", area_id=internal.id)
    with pytest.raises(ValidationError, match="SWOT-punten"):
        analysis.areas.update(store, internal.id, kind="external")
