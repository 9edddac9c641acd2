"""the workshop's own report texts and its house style

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 04:00:00

An introduction and a conclusion per report part (``report_text``), and one row
per workshop with the logo, accent colour and Word template of the reports
(``report_style``). New tables only: existing data is untouched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _bookkeeping() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "report_text",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("part", sa.String(length=20), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_report_text_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_text")),
        sa.UniqueConstraint("workshop_id", "part", name=op.f("uq_report_text_workshop_id")),
    )
    op.create_index(
        op.f("ix_report_text_workshop_id"), "report_text", ["workshop_id"], unique=False
    )
    op.create_table(
        "report_style",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_name", sa.String(length=300), nullable=False),
        sa.Column("accent", sa.String(length=7), nullable=False),
        sa.Column("template", sa.LargeBinary(), nullable=True),
        sa.Column("template_name", sa.String(length=300), nullable=False),
        sa.Column("preset", sa.String(length=20), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_report_style_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_style")),
        sa.UniqueConstraint("workshop_id", name=op.f("uq_report_style_workshop_id")),
    )
    op.create_index(
        op.f("ix_report_style_workshop_id"), "report_style", ["workshop_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_report_style_workshop_id"), table_name="report_style")
    op.drop_table("report_style")
    op.drop_index(op.f("ix_report_text_workshop_id"), table_name="report_text")
    op.drop_table("report_text")
