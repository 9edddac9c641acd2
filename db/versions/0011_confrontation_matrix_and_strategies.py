"""the confrontation (TOWS) matrix: marks, strategies and their links

Revision ID: 0011
Revises: 0014
Create Date: 2026-12-07 07:00:00

The weight the room gives a pair of the matrix (``tows_mark``), the strategies of
its four fields (``strategy``) with the SWOT points they came from
(``strategy_swot``), and the paths and fiches made from them (``path_strategy``,
``proposal_strategy``). New tables only: existing data is untouched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0014"
branch_labels = None
depends_on = None


def _bookkeeping() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _fk(table: str, column: str, target: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def _link(table: str, owner: str, target: str) -> None:
    op.create_table(
        table,
        sa.Column(f"{owner}_id", sa.String(length=36), nullable=False),
        sa.Column(f"{target}_id", sa.String(length=36), nullable=False),
        *_bookkeeping(),
        _fk(table, f"{owner}_id", owner),
        _fk(table, f"{target}_id", target),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint(f"{owner}_id", f"{target}_id", name=op.f(f"uq_{table}_{owner}_id")),
    )
    _index(table, f"{owner}_id", f"{target}_id")


def upgrade() -> None:
    op.create_table(
        "tows_mark",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("internal_id", sa.String(length=36), nullable=False),
        sa.Column("external_id", sa.String(length=36), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        *_bookkeeping(),
        sa.CheckConstraint("weight >= 0 AND weight <= 3", name=op.f("ck_tows_mark_weight")),
        _fk("tows_mark", "workshop_id", "workshop"),
        _fk("tows_mark", "internal_id", "swot_item"),
        _fk("tows_mark", "external_id", "swot_item"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tows_mark")),
        sa.UniqueConstraint("internal_id", "external_id", name=op.f("uq_tows_mark_internal_id")),
    )
    _index("tows_mark", "workshop_id", "internal_id", "external_id")
    op.create_table(
        "strategy",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=2), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("cluster_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_bookkeeping(),
        sa.CheckConstraint("field IN ('SO', 'ST', 'WO', 'WT')", name=op.f("ck_strategy_field")),
        _fk("strategy", "workshop_id", "workshop"),
        _fk("strategy", "cluster_id", "cluster", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy")),
    )
    _index("strategy", "workshop_id", "cluster_id")
    _link("strategy_swot", "strategy", "swot_item")
    _link("path_strategy", "path", "strategy")
    _link("proposal_strategy", "proposal", "strategy")


def downgrade() -> None:
    for table in ("proposal_strategy", "path_strategy", "strategy_swot", "strategy", "tows_mark"):
        op.drop_table(table)
