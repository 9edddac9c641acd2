"""workshop join token and ballots without rowid

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 16:35:56.753259

One join token per workshop (app/voting: one QR code serves every round). The
ballot tables are rebuilt WITHOUT ROWID on SQLite so that rows are kept in the
order of their random ids, not in the order the ballots came in (anonymity).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BALLOT_TABLES = ("ballot", "ballot_entry")


def upgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("join_token", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_workshop_join_token"), ["join_token"])
    if op.get_bind().dialect.name == "sqlite":
        for table in BALLOT_TABLES:
            with op.batch_alter_table(
                table, recreate="always", table_kwargs={"sqlite_with_rowid": False}
            ):
                pass


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in BALLOT_TABLES:
            with op.batch_alter_table(table, recreate="always"):
                pass
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_workshop_join_token"), type_="unique")
        batch_op.drop_column("join_token")
