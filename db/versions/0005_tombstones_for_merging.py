"""tombstones of deleted rows, for merging stores

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 19:01:30.130888

``merge`` must tell a row deleted in one store from a row the other store never
had. From this revision on, every deletion leaves a tombstone (the row's id, its
table, when). Deletions made before it left none: merging an older copy may bring
such rows back, as before.

It also forgets which phone cast which ballot of every closed round: older
Atelier stored an unkeyed hash of the phone's id, which anyone holding the
phone's id could recompute. Closed rounds are never voted in again, so their
ballots get random keys, as rounds closed from now on do.
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tombstone",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstone")),
    )
    bind = op.get_bind()
    closed = bind.execute(
        sa.text(
            "SELECT b.id FROM ballot b JOIN voting_round r ON r.id = b.round_id "
            "WHERE r.status = 'closed'"
        )
    ).scalars()
    fresh = [{"id": ballot_id, "key": secrets.token_hex(32)} for ballot_id in closed]
    if fresh:
        bind.execute(sa.text("UPDATE ballot SET voter_key = :key WHERE id = :id"), fresh)


def downgrade() -> None:
    op.drop_table("tombstone")
