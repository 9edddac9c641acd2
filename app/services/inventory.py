"""What a store holds (``info``) and whether it is sound (``check``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.entities import INFO_COUNTS, Entity, counted_as
from app.domain.enums import AreaKind, Quadrant
from app.services.common import model
from app.storage import migrations
from app.storage import models as m
from app.storage.store import Store, integrity_problems

# Rows that hold no workshop_id reach their workshop through another row.
_THROUGH: dict[Entity, tuple[Any, str]] = {
    Entity.STATEMENT_SCORE: (m.ClusterRow, "cluster_id"),
    Entity.AREA_RATING: (m.ClusterRow, "cluster_id"),
    Entity.BALLOT: (m.RoundRow, "round_id"),
    Entity.GOAL_INDICATOR: (m.GoalRow, "goal_id"),
    Entity.IDEA: (m.RoundRow, "round_id"),
}


def _count_where(session: Session, row_type: type[m.Base], *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(row_type).where(*where)) or 0


def _count(session: Session, entity: Entity, workshop_id: str) -> int:
    row_type: Any = model(entity)  # a counted table: it has a workshop_id, or a _THROUGH
    if entity in _THROUGH:
        owner, column = _THROUGH[entity]
        owned = select(owner.id).where(owner.workshop_id == workshop_id)
        return _count_where(session, row_type, getattr(row_type, column).in_(owned))
    return _count_where(session, row_type, row_type.workshop_id == workshop_id)


def counts(session: Session, workshop_id: str) -> dict[str, int]:
    """docs/cli.md's ``info`` counts of one workshop, in the contract's order."""
    return {
        key: sum(_count(session, entity, workshop_id) for entity in counted_as(key))
        for key in INFO_COUNTS
    }


def info(store: Store) -> dict[str, Any]:
    """The JSON of CLI.md's ``info --json``."""
    with store.reading() as uow:
        s = uow.session
        schema = migrations.current_revision(s.connection())
        workshops = list(s.scalars(select(m.WorkshopRow).order_by(m.WorkshopRow.created_at)))
        return {
            "schema_version": schema,
            "workshops": [
                {
                    "id": w.id,
                    "title": w.title,
                    "organisation": w.organisation,
                    "counts": counts(s, w.id),
                }
                for w in workshops
            ],
        }


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check(store: Store) -> CheckReport:
    """SQLite's quick_check and foreign keys, then the model's own rules."""
    report = CheckReport(integrity_problems(store))
    with store.reading() as uow:
        s = uow.session
        if migrations.current_revision(s.connection()) != migrations.head_revision():
            report.problems.append("het schema is niet bijgewerkt tot de nieuwste versie")
        for workshop in s.scalars(select(m.WorkshopRow)):
            report.problems.extend(_workshop_problems(s, workshop))
    return report


def _goal_problems(s: Session, workshop_id: str, prefix: str) -> list[str]:
    """The goal tree: each level under the one above it, fiches under plans or actions."""
    problems = []
    goals = {
        g.id: g for g in s.scalars(select(m.GoalRow).where(m.GoalRow.workshop_id == workshop_id))
    }
    for g in goals.values():
        parent = goals.get(g.parent_id) if g.parent_id else None
        if g.parent_id and parent is None:
            problems.append(f"{prefix}doel {g.id} hoort onder een doel van een andere workshop")
        elif (parent.level if parent else 0) != g.level - 1:
            problems.append(f"{prefix}doel {g.id} (niveau {g.level}) staat op de verkeerde plaats")
    placed = select(m.ProposalRow.id, m.ProposalRow.goal_id).where(
        m.ProposalRow.workshop_id == workshop_id, m.ProposalRow.goal_id.is_not(None)
    )
    for proposal_id, goal_id in s.execute(placed):
        goal = goals.get(goal_id or "")
        if goal is None or goal.level not in (2, 3):
            problems.append(
                f"{prefix}voorstel {proposal_id} hoort niet onder een actieplan of actie"
            )
    return problems


def _workshop_problems(s: Session, w: m.WorkshopRow) -> list[str]:
    problems = []
    prefix = f"workshop '{w.title}': "
    if w.period_end < w.period_start:
        problems.append(prefix + "de planningsperiode eindigt vóór ze begint")
    references = _count_where(
        s, m.ClusterRow, m.ClusterRow.workshop_id == w.id, m.ClusterRow.is_reference
    )
    if references > 1:
        problems.append(prefix + f"{references} referentieclusters (hoogstens één)")

    areas = {a.id: a for a in s.scalars(select(m.AreaRow).where(m.AreaRow.workshop_id == w.id))}
    owned = {
        "cluster": set(s.scalars(select(m.ClusterRow.id).where(m.ClusterRow.workshop_id == w.id))),
        "session": set(s.scalars(select(m.SessionRow.id).where(m.SessionRow.workshop_id == w.id))),
    }
    items = list(s.scalars(select(m.SwotItemRow).where(m.SwotItemRow.workshop_id == w.id)))
    by_id = {i.id: i for i in items}
    for item in items:
        where = f"{prefix}SWOT-punt {item.id}: "
        area = areas.get(item.area_id) if item.area_id else None
        if item.area_id and area is None:
            problems.append(where + "domein van een andere workshop")
        elif area is not None and area.kind != Quadrant(item.quadrant).area_kind.value:
            problems.append(
                where + f"{Quadrant(item.quadrant).label} in het {area.kind} domein '{area.name}'"
            )
        if item.cluster_id and item.cluster_id not in owned["cluster"]:
            problems.append(where + "cluster van een andere workshop")
        if item.session_id and item.session_id not in owned["session"]:
            problems.append(where + "sessie van een andere workshop")
        if item.absorbed_into_id:
            primary = by_id.get(item.absorbed_into_id)
            if primary is None:
                problems.append(where + "opgenomen in een punt van een andere workshop")
            elif primary.absorbed_into_id:
                problems.append(where + "opgenomen in een punt dat zelf opgenomen is")
            elif primary.quadrant != item.quadrant:
                problems.append(where + "opgenomen in een punt van een ander kwadrant")
    problems.extend(_goal_problems(s, w.id, prefix))
    for statement in s.scalars(select(m.StatementRow).where(m.StatementRow.workshop_id == w.id)):
        area = areas.get(statement.area_id)
        if area is None or area.kind != AreaKind.INTERNAL.value:
            problems.append(f"{prefix}stelling {statement.id} hoort niet bij een intern domein")
    readiness_internal = (
        select(func.count())
        .select_from(m.AreaRatingRow)
        .join(m.AreaRow, m.AreaRow.id == m.AreaRatingRow.area_id)
        .where(
            m.AreaRow.workshop_id == w.id,
            m.AreaRow.kind == "internal",
            m.AreaRatingRow.readiness.is_not(None),
        )
    )
    if s.scalar(readiness_internal):
        problems.append(prefix + "paraatheid ingevuld voor een intern domein")
    actions = (
        select(m.ProposalActionRow, m.ProposalRow.title)
        .join(m.ProposalRow, m.ProposalRow.id == m.ProposalActionRow.proposal_id)
        .where(m.ProposalRow.workshop_id == w.id)
    )
    for action, title in s.execute(actions):
        if not (w.period_start <= action.start_year <= action.end_year <= w.period_end):
            problems.append(f"{prefix}voorstel '{title}': actie buiten de planningsperiode")
    open_rounds = _count_where(
        s, m.RoundRow, m.RoundRow.workshop_id == w.id, m.RoundRow.status == "open"
    )
    if open_rounds > 1:
        problems.append(prefix + f"{open_rounds} stemrondes staan tegelijk open")
    stray = (
        select(func.count())
        .select_from(m.BallotEntryRow)
        .join(m.BallotRow, m.BallotRow.id == m.BallotEntryRow.ballot_id)
        .join(m.OptionRow, m.OptionRow.id == m.BallotEntryRow.option_id)
        .join(m.RoundRow, m.RoundRow.id == m.BallotRow.round_id)
        .where(m.RoundRow.workshop_id == w.id, m.OptionRow.round_id != m.BallotRow.round_id)
    )
    if s.scalar(stray):
        problems.append(prefix + "stembrieven met opties uit een andere ronde")
    draft_ballots = (
        select(func.count())
        .select_from(m.BallotRow)
        .join(m.RoundRow, m.RoundRow.id == m.BallotRow.round_id)
        .where(m.RoundRow.workshop_id == w.id, m.RoundRow.status == "draft")
    )
    if s.scalar(draft_ballots):
        problems.append(prefix + "stembrieven in een ronde die nog niet geopend werd")
    return problems
