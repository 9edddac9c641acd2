"""participants' e-mail addresses

Revision ID: 0006
Revises: 0007
Create Date: 2026-12-07 04:05:00

A participants list kept in Excel often has an e-mail column; an import dropped
it. Participants now keep an e-mail address (empty for everyone already stored).

On branch i15data this follows 0007 (cherry-picked from i10keuzenota, which
revises 0005), so that the chain has one head; the integrator relinks the chain.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("email", sa.String(length=320), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("email")
