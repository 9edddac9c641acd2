"""A workbook of a store with a phone survey imports again: the respondents and their
answers travel with the participants and assessments; the survey's ballots (which only
tie a phone to its respondent) stay behind."""

from pathlib import Path

from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import analysis, organisation, rounds, survey, voting
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store


def test_a_survey_round_and_its_answers_round_trip(store, workshop, tmp_path: Path):
    organisation.clusters.create(store, workshop.id, name="Ruimte")
    made = survey.create_survey_round(store, workshop.id, "Interne analyse").value
    rounds.open_round(store, made.id)
    token = voting.join_token(store, workshop.id)
    area = survey.questionnaire_of(store, workshop.id)[0]
    entries = {"scores": {area.statements[0].id: 4, area.statements[1].id: None}}
    entries["importance"] = {area.id: 5}
    phone = voting.PhoneBallot(token, made.id, "telefoon-excel-000001", entries, "Ruimte")
    assert voting.cast_phone_ballots(store, [phone])[0].verdict is voting.Verdict.ACCEPTED
    rounds.close_round(store, made.id)
    out = tmp_path / "werkmap.xlsx"
    export_workbook(store, out)

    with create_store(tmp_path / "leeg.atelier") as other:
        create_workshop(other, "Leeg", with_defaults=False)
        report = import_workbook(other, out)
        assert report.problems == []
        copy = only_workshop(other)
        (imported,) = rounds.rounds.list(other, copy.id)
        assert (imported.method.value, imported.status.value) == ("survey", "closed")
        assert imported.ballot_count == 0
        (person,) = organisation.participants.list(other, copy.id)
        assert (person.name, person.role) == (None, "respondent (telefoon)")
        answers = {(s.statement_id, s.score) for s in analysis.scores(other, copy.id)}
        assert answers == {(area.statements[0].id, 4), (area.statements[1].id, None)}
        assert [r.importance for r in analysis.ratings(other, copy.id)] == [5]
