"""ideas rounds: phones send texts the facilitator moderates

Revision ID: 0014
Revises: 0008
Create Date: 2026-12-07 07:00:00

A voting round may now be an ideas round (method 'ideas', no options): phones
send short texts, kept in ``idea`` until the facilitator accepts, merges or
rejects them. ``idea_sender`` counts the phones that sent something, under a
keyed hash of their voter id, apart from the ideas. Both tables are WITHOUT
ROWID on SQLite, as the ballot tables: their rows keep no arrival order.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0008"
branch_labels = None
depends_on = None

# Written out, not imported: a migration must not change when the models do.
METHODS_BEFORE = "method IN ('dots', 'score', 'rank', 'budget', 'survey')"
METHODS_AFTER = "method IN ('dots', 'score', 'rank', 'budget', 'survey', 'ideas')"


def _method_check(condition: str) -> None:
    with op.batch_alter_table("voting_round", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_voting_round_method"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_voting_round_method"), condition)


def _times() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    _method_check(METHODS_AFTER)
    op.create_table(
        "idea",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("quadrant", sa.String(length=1), nullable=True),
        sa.Column("cluster_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("swot_item_id", sa.String(length=36), nullable=True),
        sa.Column("recommendation_id", sa.String(length=36), nullable=True),
        *_times(),
        sa.CheckConstraint(
            "quadrant IS NULL OR quadrant IN ('S', 'W', 'O', 'T')", name=op.f("ck_idea_quadrant")
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'accepted', 'rejected', 'merged')", name=op.f("ck_idea_status")
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["cluster.id"],
            name=op.f("fk_idea_cluster_id_cluster"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_idea_recommendation_id_recommendation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["voting_round.id"],
            name=op.f("fk_idea_round_id_voting_round"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["swot_item_id"],
            ["swot_item.id"],
            name=op.f("fk_idea_swot_item_id_swot_item"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idea")),
        sqlite_with_rowid=False,
    )
    for column in ("round_id", "cluster_id", "swot_item_id", "recommendation_id"):
        op.create_index(op.f(f"ix_idea_{column}"), "idea", [column], unique=False)
    op.create_table(
        "idea_sender",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("voter_key", sa.String(length=64), nullable=False),
        *_times(),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["voting_round.id"],
            name=op.f("fk_idea_sender_round_id_voting_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idea_sender")),
        sa.UniqueConstraint("round_id", "voter_key", name=op.f("uq_idea_sender_round_id")),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f("ix_idea_sender_round_id"), "idea_sender", ["round_id"], unique=False)


def downgrade() -> None:
    # Ideas rounds cannot exist before 0014: they go, with their ideas and senders.
    op.drop_index(op.f("ix_idea_sender_round_id"), table_name="idea_sender")
    op.drop_table("idea_sender")
    for column in ("round_id", "cluster_id", "swot_item_id", "recommendation_id"):
        op.drop_index(op.f(f"ix_idea_{column}"), table_name="idea")
    op.drop_table("idea")
    op.execute("DELETE FROM voting_round WHERE method = 'ideas'")
    _method_check(METHODS_BEFORE)
