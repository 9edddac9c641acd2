"""the workshop's own synonyms for finding likely duplicates

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-07 04:00:00.000000

Each workshop keeps the synonym groups its duplicate search uses (one group a
line, comma-separated). NULL means Atelier's default list, so existing stores
keep working unchanged and get the default.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("synonyms", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_column("synonyms")
