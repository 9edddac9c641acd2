"""Revision 0004 (phone survey rounds): from the 0003 fixture the questionnaire answers
survive the rebuilt tables, survey rounds become possible, and the way back works too."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from app.domain import analysis as rose
from app.services import analysis, organisation, rounds, survey
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage import migrations
from app.storage.engine import make_engine
from app.storage.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stores" / "rev0003.atelier"
RESPONDENT_TABLES = ("participant", "statement_score", "area_rating")


def table_sql(path: Path, table: str) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def old(tmp_path: Path) -> Path:
    path = tmp_path / "old.atelier"
    shutil.copy(FIXTURE, path)
    for table in RESPONDENT_TABLES:
        assert "WITHOUT ROWID" not in table_sql(path, table)
    assert "'survey'" not in table_sql(path, "voting_round")
    return path


def test_answers_survive_and_surveys_become_possible(old: Path):
    with open_store(old) as store:
        assert migrations.current_revision(store.engine.connect()) == migrations.head_revision()
        assert check(store).sound, check(store).problems
        workshop = only_workshop(store)
        clusters = {c.name: c for c in organisation.clusters.list(store, workshop.id)}
        (an,) = organisation.participants.list(store, workshop.id)
        assert (an.name, an.cluster_id) == ("An", clusters["Ruimte"].id)
        scores = analysis.scores(store, workshop.id)
        ratings = analysis.ratings(store, workshop.id)
        assert {(s.participant_id, s.score) for s in scores} == {(None, 4), (an.id, 2)}
        assert {(r.participant_id, r.importance) for r in ratings} == {(None, 5), (an.id, 3)}
        # The participant's answer still wins over the cluster's own (the averaging rule).
        statement_id = scores[0].statement_id
        ruimte = clusters["Ruimte"].id
        assert rose.statement_scores(scores, ruimte) == {statement_id: 2.0}
        made = survey.create_survey_round(store, workshop.id, "Bevraging").value
        assert rounds.open_round(store, made.id).value.status.value == "open"
    for table in RESPONDENT_TABLES:
        assert "WITHOUT ROWID" in table_sql(old, table)
    con = sqlite3.connect(old)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="ck_voting_round_method"):
            con.execute("UPDATE voting_round SET method = 'enquete'")
    finally:
        con.close()


def test_downgrade_removes_survey_rounds_and_restores_the_tables(old: Path):
    with open_store(old) as store:
        workshop = only_workshop(store)
        made = survey.create_survey_round(store, workshop.id, "Bevraging").value
        rounds.open_round(store, made.id)
    engine = make_engine(f"sqlite:///{old}", foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(migrations._config(connection), "0003")
            assert migrations.current_revision(connection) == "0003"
            methods = connection.exec_driver_sql("SELECT method FROM voting_round").all()
            assert methods == [("dots",)]
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert connection.exec_driver_sql("SELECT count(*) FROM statement_score").scalar() == 2
    finally:
        engine.dispose()
    for table in RESPONDENT_TABLES:
        assert "WITHOUT ROWID" not in table_sql(old, table)
    assert "'survey'" not in table_sql(old, "voting_round")
