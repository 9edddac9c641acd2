"""Survey rounds as a use case: made, opened and closed like other rounds, with their own rules."""

import pytest

from app.domain.errors import ValidationError
from app.services import analysis, organisation, proposals, rounds, survey
from app.services.rounds import BallotInput


@pytest.fixture
def survey_round(store, workshop):
    return survey.create_survey_round(
        store, workshop.id, "Interne analyse", question="Hoe staan we?"
    )


def test_a_survey_round_has_no_options_fixed_rules_and_is_anonymous(store, workshop, survey_round):
    made = survey_round.value
    assert made.method.value == "survey"
    assert made.options == () and made.anonymous and made.status.value == "draft"
    assert made.rules["scale"]["labels"][0] == "helemaal oneens"
    proposal = proposals.create_proposal(store, workshop.id, title="Voorstel").value
    with pytest.raises(ValidationError, match="geen opties"):
        rounds.create_round(store, workshop.id, "Met opties", "survey", [("proposal", proposal.id)])
    with pytest.raises(ValidationError, match="altijd anoniem"):
        rounds.update_round(store, made.id, anonymous=False)
    with pytest.raises(ValidationError, match="schaal 1 tot 5"):
        rounds.update_round(store, made.id, rules={"scale": {"min": 1, "max": 10}})
    assert rounds.update_round(store, made.id, title="Bevraging dag 1").value.title == (
        "Bevraging dag 1"
    )
    with pytest.raises(ValidationError, match="survey"):
        rounds.create_round(store, workshop.id, "Fout", "enquete", [])


def test_a_survey_opens_only_with_clusters_and_internal_areas(store, workshop, survey_round):
    made = survey_round.value
    with pytest.raises(ValidationError, match="maak eerst de clusters"):
        rounds.open_round(store, made.id)
    organisation.clusters.create(store, workshop.id, name="Ruimte")
    for area in analysis.areas.list(store, workshop.id):
        if area.kind.value == "internal":
            for s in analysis.statements.list(store, workshop.id):
                if s.area_id == area.id:
                    analysis.delete_statement(store, s.id)
            analysis.areas.delete(store, area.id)
    with pytest.raises(ValidationError, match="geen interne domeinen"):
        rounds.open_round(store, made.id)
    analysis.areas.create(store, workshop.id, kind="internal", name="Personeel")
    assert rounds.open_round(store, made.id).value.status.value == "open"
    rounds.close_round(store, made.id)
    with pytest.raises(ValidationError, match="gesloten"):
        rounds.open_round(store, made.id)


def test_paper_ballots_and_rankings_are_not_for_a_survey(store, workshop, survey_round):
    made = survey_round.value
    organisation.clusters.create(store, workshop.id, name="Ruimte")
    rounds.open_round(store, made.id)
    with pytest.raises(ValidationError, match="op de telefoon"):
        rounds.cast_ballot(store, made.id, BallotInput({"scores": {}}))
    result = rounds.results(store, made.id)
    assert result.ballots == 0 and result.ranking == []
    dots = rounds.create_round(
        store,
        workshop.id,
        "Stippen",
        "dots",
        [("proposal", proposals.create_proposal(store, workshop.id, title="A").value.id)],
    ).value
    with pytest.raises(ValidationError, match="geen bevraging"):
        survey.results(store, dots.id)
    empty = survey.results(store, made.id).as_json()
    assert empty["ballots"] == 0
    assert [c["respondents"] for c in empty["clusters"]] == [0]
    assert len(empty["clusters"][0]["areas"]) == 7
