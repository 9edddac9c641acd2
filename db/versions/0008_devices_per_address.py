"""phones per network address in a voting round

Revision ID: 0008
Revises: 0009
Create Date: 2026-12-07 04:00:00

A phone that made up a new voter id for every ballot could vote as often as it
liked. The voting server now lets one network address vote with at most
``devices_per_address`` voter ids per round: 1 (one device, one voice) unless the
facilitator raises it for a tablet the room shares. Existing rounds get 1.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("voting_round", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("devices_per_address", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("voting_round", schema=None) as batch_op:
        batch_op.drop_column("devices_per_address")
