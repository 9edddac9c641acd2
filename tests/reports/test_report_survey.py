"""A survey round has no ranking: the ranking part of the report leaves it out (its
answers are in the analysis part, the rose)."""

from app.reports.data import load
from app.services import organisation, rounds, survey


def test_the_ranking_report_leaves_a_closed_survey_out(store, workshop):
    made = survey.create_survey_round(store, workshop.id, "Interne analyse").value
    organisation.clusters.create(store, workshop.id, name="Ruimte")
    rounds.open_round(store, made.id)
    rounds.close_round(store, made.id)
    assert load(store, "ranking", None, lambda: None).rounds == []
