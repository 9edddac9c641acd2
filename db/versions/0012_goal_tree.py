"""the goal tree: beleidsdoelstellingen, actieplannen, acties with indicators

Revision ID: 0012
Revises: 0013
Create Date: 2026-12-07 07:00:00

The BBC 2020 goal tree gets its own tables: ``goal`` (level 1 beleidsdoelstelling,
2 actieplan, 3 actie; parent, code, title, owner), ``goal_indicator`` (name,
baseline, target value, target year) and ``path_goal`` (a path's goals). A fiche
belongs to an actieplan or actie through ``proposal.goal_id``.

Existing stores: every distinct free-text policy objective of a workshop's fiches
(trimmed, compared without case) becomes a beleidsdoelstelling with that text as
title and one actieplan of the same title under it (a fiche belongs to an actieplan
or actie, never to a beleidsdoelstelling), coded BD01 / AP01.01 and on in the order
the fiches list them; each fiche with that text goes under the actieplan. The free
text itself stays on the fiche, so nothing is lost.
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0013"  # chained after main's head when main was merged: 0008 → 0014 → 0011 → 0015 → 0013 → 0012
branch_labels = None
depends_on = None


def _times() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "goal",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("owner_participant_id", sa.String(length=36), nullable=True),
        sa.Column("owner_text", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_times(),
        sa.CheckConstraint("level >= 1 AND level <= 3", name=op.f("ck_goal_level")),
        sa.ForeignKeyConstraint(
            ["owner_participant_id"],
            ["participant.id"],
            name=op.f("fk_goal_owner_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["goal.id"], name=op.f("fk_goal_parent_id_goal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_goal_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_owner_participant_id"), ["owner_participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_goal_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_workshop_id"), ["workshop_id"], unique=False)
    op.create_table(
        "goal_indicator",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("baseline", sa.String(length=100), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.Column("target_year", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_times(),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_goal_indicator_goal_id_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_indicator")),
    )
    with op.batch_alter_table("goal_indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_indicator_goal_id"), ["goal_id"], unique=False)
    op.create_table(
        "path_goal",
        sa.Column("path_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        *_times(),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_path_goal_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["path_id"], ["path.id"], name=op.f("fk_path_goal_path_id_path"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_path_goal")),
        sa.UniqueConstraint("path_id", "goal_id", name=op.f("uq_path_goal_path_id")),
    )
    with op.batch_alter_table("path_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_path_goal_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_path_goal_path_id"), ["path_id"], unique=False)
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("goal_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_proposal_goal_id"), ["goal_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_proposal_goal_id_goal"), "goal", ["goal_id"], ["id"], ondelete="SET NULL"
        )
    _objectives_to_goals()


def _objectives_to_goals() -> None:
    """Each distinct free-text policy objective: a beleidsdoelstelling with one actieplan."""
    connection = op.get_bind()
    goal = sa.table(
        "goal",
        *(sa.column(c) for c in ("id", "workshop_id", "parent_id", "level", "code", "title")),
        *(sa.column(c) for c in ("owner_text", "description", "position")),
        *(sa.column(c, sa.DateTime(timezone=True)) for c in ("created_at", "updated_at")),
    )
    proposal = sa.table(
        "proposal",
        *(sa.column(c) for c in ("id", "workshop_id", "policy_objective", "position", "goal_id")),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    rows = connection.execute(
        sa.select(proposal.c.id, proposal.c.workshop_id, proposal.c.policy_objective).order_by(
            proposal.c.workshop_id, proposal.c.position, proposal.c.created_at, proposal.c.id
        )
    ).all()
    now = datetime.now(UTC)
    plans: dict[tuple[str, str], str] = {}
    numbers: dict[str, int] = {}
    for proposal_id, workshop_id, text in rows:
        title = " ".join((text or "").split())[:500]
        if not title:
            continue
        key = (workshop_id, title.casefold())
        if key not in plans:
            number = numbers[workshop_id] = numbers.get(workshop_id, 0) + 1
            objective_id, plan_id = str(uuid.uuid4()), str(uuid.uuid4())
            common = {"workshop_id": workshop_id, "title": title, "owner_text": ""}
            common |= {"description": "", "created_at": now, "updated_at": now}
            connection.execute(
                goal.insert().values(
                    id=objective_id,
                    parent_id=None,
                    level=1,
                    code=f"BD{number:02d}",
                    position=number - 1,
                    **common,
                )
            )
            connection.execute(
                goal.insert().values(
                    id=plan_id,
                    parent_id=objective_id,
                    level=2,
                    code=f"AP{number:02d}.01",
                    position=0,
                    **common,
                )
            )
            plans[key] = plan_id
        connection.execute(
            proposal.update().where(proposal.c.id == proposal_id).values(goal_id=plans[key])
        )


def downgrade() -> None:
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_proposal_goal_id_goal"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_proposal_goal_id"))
        batch_op.drop_column("goal_id")
    op.drop_table("path_goal")
    op.drop_table("goal_indicator")
    op.drop_table("goal")
