"""income per kind, decisions on fiches, the financial room per year

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-07 03:55:00

Resources per year keep investment and operating apart, each with its
expenditure and now also its income (subsidies, contributions): existing rows
keep their amounts and get income 0. Every fiche gets a decision (open by
default), its date and motivation. The financial room per year of the planning
period (investment and operating) gets its own table, empty for older stores.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("proposal_resource", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("investment_income", sa.Float(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("operating_income", sa.Float(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("decision", sa.String(length=10), server_default="open", nullable=False)
        )
        batch_op.add_column(sa.Column("decision_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("decision_motivation", sa.Text(), server_default="", nullable=False)
        )
    op.create_table(
        "budget_room",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("investment_room", sa.Float(), nullable=False),
        sa.Column("operating_room", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_budget_room_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_room")),
        sa.UniqueConstraint("workshop_id", "year", name=op.f("uq_budget_room_workshop_id")),
    )
    with op.batch_alter_table("budget_room", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_room_workshop_id"), ["workshop_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("budget_room")
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_column("decision_motivation")
        batch_op.drop_column("decision_date")
        batch_op.drop_column("decision")
    with op.batch_alter_table("proposal_resource", schema=None) as batch_op:
        batch_op.drop_column("operating_income")
        batch_op.drop_column("investment_income")
