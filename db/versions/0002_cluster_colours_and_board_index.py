"""cluster colours and board index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 16:31:25.492347
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Kept here, not imported: a migration must not change when the app's palette does.
PALETTE = ["#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
           "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"]


def upgrade() -> None:
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("color", sa.String(length=7), server_default="#4E79A7", nullable=False)
        )
    with op.batch_alter_table("swot_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_swot_item_board", ["workshop_id", "quadrant", "position"], unique=False
        )
    # Existing clusters get distinct colours in their own order.
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, workshop_id FROM cluster ORDER BY workshop_id, position, created_at")
    ).all()
    counters: dict[str, int] = {}
    for cluster_id, workshop_id in rows:
        n = counters.get(workshop_id, 0)
        counters[workshop_id] = n + 1
        connection.execute(
            sa.text("UPDATE cluster SET color = :color WHERE id = :id"),
            {"color": PALETTE[n % len(PALETTE)], "id": cluster_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("swot_item", schema=None) as batch_op:
        batch_op.drop_index("ix_swot_item_board")
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.drop_column("color")
