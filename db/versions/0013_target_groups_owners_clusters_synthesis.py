"""target groups as the workshop's own list, owners, further clusters, the synthesis

Revision ID: 0013
Revises: 0015
Create Date: 2026-12-07 07:00:00

Issue 11, "smaller gaps":
- ``target_group``: each workshop's own list of target groups (doelgroepen). Every
  workshop gets the four of seed 000 (Medewerkers, Klanten, Mandatarissen,
  Burgers); a value a path impact holds that is none of those becomes a group of
  its own, so nothing is lost. ``path_impact.target_group`` (the fixed word)
  becomes ``target_group_id``.
- ``owner`` and ``owner_participant_id`` on paths and fiches (the trekker).
- ``proposal_cluster``: the further clusters of a fiche.
- ``synthesis_item``: the curated synthesis ("top 20"); empty: the default.
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0015"  # chained after the merges: 0008 → 0014 → 0011 → 0015 → 0013
branch_labels = None
depends_on = None

# The enum values of schema 0001-0012 and the names their groups get.
DEFAULTS = (
    ("medewerkers", "Medewerkers"),
    ("klanten", "Klanten"),
    ("mandatarissen", "Mandatarissen"),
    ("burgers", "Burgers"),
)


def _bookkeeping() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _owner(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("owner", sa.String(length=300), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("owner_participant_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f(f"ix_{table}_owner_participant_id"), ["owner_participant_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f(f"fk_{table}_owner_participant_id_participant"),
            "participant",
            ["owner_participant_id"],
            ["id"],
            ondelete="SET NULL",
        )


def _target_groups() -> None:
    op.create_table(
        "target_group",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_target_group_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_group")),
        sa.UniqueConstraint("workshop_id", "name", name=op.f("uq_target_group_workshop_id")),
    )
    op.create_index(
        op.f("ix_target_group_workshop_id"), "target_group", ["workshop_id"], unique=False
    )
    with op.batch_alter_table("path_impact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("target_group_id", sa.String(length=36), nullable=True))

    # Every workshop's list: the four defaults, then any other word its impacts hold.
    con = op.get_bind()
    now = datetime.now(UTC)
    groups = sa.table(
        "target_group",
        sa.column("id"),
        sa.column("workshop_id"),
        sa.column("name"),
        sa.column("position"),
        sa.column("created_at"),
        sa.column("updated_at"),
    )
    workshops = [r[0] for r in con.execute(sa.text("SELECT id FROM workshop"))]
    used = con.execute(
        sa.text(
            "SELECT DISTINCT p.workshop_id, i.target_group FROM path_impact i "
            "JOIN path p ON p.id = i.path_id"
        )
    ).all()
    for workshop_id in workshops:
        names = {word: name for word, name in DEFAULTS}
        for owner, word in used:
            if owner == workshop_id and word not in names:
                names[word] = word
        for position, (word, name) in enumerate(names.items()):
            group_id = str(uuid.uuid4())
            con.execute(
                groups.insert().values(
                    id=group_id,
                    workshop_id=workshop_id,
                    name=name,
                    position=position,
                    created_at=now,
                    updated_at=now,
                )
            )
            con.execute(
                sa.text(
                    "UPDATE path_impact SET target_group_id = :group WHERE target_group = :word "
                    "AND path_id IN (SELECT id FROM path WHERE workshop_id = :workshop)"
                ),
                {"group": group_id, "word": word, "workshop": workshop_id},
            )

    with op.batch_alter_table("path_impact", schema=None) as batch_op:
        batch_op.alter_column("target_group_id", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_index(
            batch_op.f("ix_path_impact_target_group_id"), ["target_group_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_path_impact_target_group_id_target_group"),
            "target_group",
            ["target_group_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.drop_column("target_group")


def upgrade() -> None:
    _target_groups()
    _owner("path")
    _owner("proposal")
    op.create_table(
        "proposal_cluster",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("cluster_id", sa.String(length=36), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["cluster.id"],
            name=op.f("fk_proposal_cluster_cluster_id_cluster"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            name=op.f("fk_proposal_cluster_proposal_id_proposal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_cluster")),
        sa.UniqueConstraint(
            "proposal_id", "cluster_id", name=op.f("uq_proposal_cluster_proposal_id")
        ),
    )
    op.create_index(
        op.f("ix_proposal_cluster_cluster_id"), "proposal_cluster", ["cluster_id"], unique=False
    )
    op.create_index(
        op.f("ix_proposal_cluster_proposal_id"), "proposal_cluster", ["proposal_id"], unique=False
    )
    op.create_table(
        "synthesis_item",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("swot_item_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["swot_item_id"],
            ["swot_item.id"],
            name=op.f("fk_synthesis_item_swot_item_id_swot_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_synthesis_item_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_synthesis_item")),
        sa.UniqueConstraint(
            "workshop_id", "swot_item_id", name=op.f("uq_synthesis_item_workshop_id")
        ),
    )
    op.create_index(
        op.f("ix_synthesis_item_swot_item_id"), "synthesis_item", ["swot_item_id"], unique=False
    )
    op.create_index(
        op.f("ix_synthesis_item_workshop_id"), "synthesis_item", ["workshop_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("synthesis_item")
    op.drop_table("proposal_cluster")
    for table in ("proposal", "path"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_owner_participant_id_participant"), type_="foreignkey"
            )
            batch_op.drop_index(batch_op.f(f"ix_{table}_owner_participant_id"))
            batch_op.drop_column("owner_participant_id")
            batch_op.drop_column("owner")
    with op.batch_alter_table("path_impact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("target_group", sa.String(length=20), nullable=True))
    op.execute(
        "UPDATE path_impact SET target_group = (SELECT lower(name) FROM target_group "
        "WHERE target_group.id = path_impact.target_group_id)"
    )
    with op.batch_alter_table("path_impact", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_path_impact_target_group_id_target_group"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_path_impact_target_group_id"))
        batch_op.drop_column("target_group_id")
    op.drop_table("target_group")
