"""phone survey rounds and anonymous respondents

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 17:43:02.722869

A voting round may now be a phone survey (method 'survey': the internal
questionnaire, no options). Its respondents are anonymous participants whose
answers are participant-level statement scores and area ratings; those three
tables are rebuilt WITHOUT ROWID on SQLite, as the ballot tables were in 0003,
so that their rows do not keep the order respondents came in.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Written out, not imported: a migration must not change when the models do.
METHODS_BEFORE = "method IN ('dots', 'score', 'rank', 'budget')"
METHODS_AFTER = "method IN ('dots', 'score', 'rank', 'budget', 'survey')"
RESPONDENT_TABLES = ("participant", "statement_score", "area_rating")


def _method_check(condition: str) -> None:
    with op.batch_alter_table("voting_round", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_voting_round_method"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_voting_round_method"), condition)


def upgrade() -> None:
    _method_check(METHODS_AFTER)
    if op.get_bind().dialect.name == "sqlite":
        for table in RESPONDENT_TABLES:
            with op.batch_alter_table(
                table, recreate="always", table_kwargs={"sqlite_with_rowid": False}
            ):
                pass


def downgrade() -> None:
    # Survey rounds cannot exist before 0004: they go, with their ballots (which only
    # tie respondents to the round). The respondents and their answers stay.
    op.execute(
        "DELETE FROM ballot WHERE round_id IN (SELECT id FROM voting_round WHERE method = 'survey')"
    )
    op.execute("DELETE FROM voting_round WHERE method = 'survey'")
    _method_check(METHODS_BEFORE)
    if op.get_bind().dialect.name == "sqlite":
        for table in RESPONDENT_TABLES:
            # Said outright: a rebuilt table would otherwise copy the reflected WITHOUT ROWID.
            with op.batch_alter_table(
                table, recreate="always", table_kwargs={"sqlite_with_rowid": True}
            ):
                pass
