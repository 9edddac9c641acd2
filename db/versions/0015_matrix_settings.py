"""the impact/effort matrix's settings per workshop

Revision ID: 0015
Revises: 0011
Create Date: 2026-12-07 07:00:00

One row per workshop (``matrix_setting``): the score round the matrix shows, the
criterion on each axis and the four quadrant labels, so that the window, the
projector and the keuzenota agree. A new table only: existing data is untouched,
and a store without a row shows the defaults.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0011"  # chained after the merges: 0008 → 0014 → 0011 → 0015
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "matrix_setting",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("round_id", sa.String(length=36), nullable=True),
        sa.Column("x_criterion", sa.String(length=200), nullable=False),
        sa.Column("y_criterion", sa.String(length=200), nullable=False),
        sa.Column("label_top_left", sa.String(length=200), nullable=False),
        sa.Column("label_top_right", sa.String(length=200), nullable=False),
        sa.Column("label_bottom_left", sa.String(length=200), nullable=False),
        sa.Column("label_bottom_right", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["voting_round.id"],
            name=op.f("fk_matrix_setting_round_id_voting_round"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_matrix_setting_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matrix_setting")),
        sa.UniqueConstraint("workshop_id", name=op.f("uq_matrix_setting_workshop_id")),
    )
    op.create_index(
        op.f("ix_matrix_setting_round_id"), "matrix_setting", ["round_id"], unique=False
    )
    op.create_index(
        op.f("ix_matrix_setting_workshop_id"), "matrix_setting", ["workshop_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_matrix_setting_workshop_id"), table_name="matrix_setting")
    op.drop_index(op.f("ix_matrix_setting_round_id"), table_name="matrix_setting")
    op.drop_table("matrix_setting")
