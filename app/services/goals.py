"""The goal tree (beleidsdoelstelling → actieplan → actie) with owners and indicators:
add, change, move within and between parents, delete (the memento holds the branch,
its indicators and links, and the fiches' references) and restore, each in one
transaction; and the money of the fiches under each goal per year."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.domain import goals as g
from app.domain import records, rules
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, convert, deletion
from app.services.deletion import Deleted
from app.services.entities import only
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    baseline: str = ""
    target: str = ""
    target_year: int | None = None


def indicator_spec(i: records.GoalIndicator) -> IndicatorSpec:
    return IndicatorSpec(i.name, i.baseline, i.target, i.target_year)


@dataclass(frozen=True)
class Place:
    """Where a goal stands: its parent (None at the top) and its index among siblings."""

    parent_id: str | None
    index: int


FIELDS = {"code", "title", "owner_participant_id", "owner_text", "description"}


def tree(store: Store, workshop_id: str) -> list[records.Goal]:
    """Every goal of the workshop, depth first: each goal followed by its branch."""
    with store.reading() as uow:
        return _tree(uow.session, workshop_id)


def _tree(session: Session, workshop_id: str) -> list[records.Goal]:
    rows = session.scalars(
        select(m.GoalRow)
        .where(m.GoalRow.workshop_id == workshop_id)
        .order_by(m.GoalRow.position, m.GoalRow.created_at)
    ).all()
    children: dict[str | None, list[m.GoalRow]] = defaultdict(list)
    for row in rows:
        children[row.parent_id].append(row)
    ordered: list[records.Goal] = []

    def walk(parent: str | None) -> None:
        for row in children.get(parent, ()):
            ordered.append(convert.goal(row))
            walk(row.id)

    walk(None)
    return ordered


def get(store: Store, goal_id: str) -> records.Goal:
    with store.reading() as uow:
        return convert.goal(common.get(uow.session, m.GoalRow, goal_id))


def _clean(session: Session, workshop_id: str, values: dict[str, Any], row: Any) -> dict[str, Any]:
    only(values, FIELDS)
    clean: dict[str, Any] = {}
    if "title" in values or row is None:
        clean["title"] = rules.required_text(
            values.get("title"), msg("De titel van het doel"), "title"
        )
    for key, label in (
        ("code", msg("De code")),
        ("owner_text", msg("De trekker")),
        ("description", msg("De omschrijving")),
    ):
        if key in values or row is None:
            clean[key] = rules.optional_text(values.get(key, ""), label, key)
    if "owner_participant_id" in values:
        owner = values["owner_participant_id"]
        common.optional(session, m.ParticipantRow, owner, workshop_id)
        clean["owner_participant_id"] = owner
    return clean


def _indicators(specs: Sequence[IndicatorSpec]) -> list[m.GoalIndicatorRow]:
    rows = []
    for position, spec in enumerate(specs):
        label = msg("Indicator {number}", number=position + 1)
        name = rules.required_text(spec.name, label, "indicators")
        year = spec.target_year
        if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2200):
            raise ValidationError(
                msg("{label}: het doeljaar {year} is geen jaartal.", label=label, year=year),
                "indicators",
            )
        rows.append(
            m.GoalIndicatorRow(
                name=name,
                baseline=rules.optional_text(spec.baseline, label, "indicators"),
                target=rules.optional_text(spec.target, label, "indicators"),
                target_year=year,
                position=position,
            )
        )
    return rows


def _set_indicators(session: Session, row: m.GoalRow, specs: Sequence[IndicatorSpec]) -> None:
    new = _indicators(specs)
    row.indicators[:] = []
    session.flush()
    row.indicators[:] = new


def create_goal(
    store: Store,
    workshop_id: str,
    *,
    parent_id: str | None = None,
    id: str | None = None,
    indicators: Sequence[IndicatorSpec] = (),
    index: int | None = None,
    **values: Any,
) -> Outcome[records.Goal]:
    """A goal under ``parent_id`` (None: a beleidsdoelstelling), at the end of its
    siblings or at ``index``. Its level follows from the parent. Without a code it gets
    the next free one in the parent's style (BD02, AP01.03, 1.3)."""
    with store.transaction() as uow:
        s = uow.session
        common.get(s, m.WorkshopRow, workshop_id)
        parent = common.optional(s, m.GoalRow, parent_id, workshop_id)
        level = g.GoalLevel.OBJECTIVE if parent is None else parent.level + 1
        if level > g.GoalLevel.ACTION:
            raise ValidationError(msg("Onder een actie komt geen ander doel."), "parent_id")
        clean = _clean(s, workshop_id, values, None)
        if "code" not in values:
            siblings = common.siblings(
                s, m.GoalRow, {"workshop_id": workshop_id, "parent_id": parent_id}
            )
            clean["code"] = g.next_code(
                level, parent.code if parent else "", [r.code for r in siblings]
            )
        row = m.GoalRow(workshop_id=workshop_id, parent_id=parent_id, level=level, **clean)
        common.add(s, row, id)
        _set_indicators(s, row, indicators)
        if index is not None:
            common.move(s, row, index)
        s.flush()
        record = convert.goal(row)
    return Outcome(record, uow.changes)


def update_goal(
    store: Store,
    goal_id: str,
    *,
    indicators: Sequence[IndicatorSpec] | None = None,
    **values: Any,
) -> Outcome[records.Goal]:
    """Change fields (title, code, owner, description); ``indicators`` replaces the list."""
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.GoalRow, goal_id)
        common.apply(row, _clean(s, row.workshop_id, values, row))
        if indicators is not None:
            _set_indicators(s, row, indicators)
        s.flush()
        record = convert.goal(row)
    return Outcome(record, uow.changes)


def place_of(store: Store, goal_id: str) -> Place:
    with store.reading() as uow:
        return _place(uow.session, common.get(uow.session, m.GoalRow, goal_id))


def _place(session: Session, row: m.GoalRow) -> Place:
    siblings = common.siblings(session, m.GoalRow, common.scope_of(row))
    return Place(row.parent_id, [r.id for r in siblings].index(row.id))


def move_goal(store: Store, goal_id: str, parent_id: str | None, index: int) -> Outcome[Place]:
    """Put a goal (with its branch) under ``parent_id`` at ``index``: an actie under an
    actieplan, an actieplan under a beleidsdoelstelling, a beleidsdoelstelling at the
    top. Returns where it stood, for undo."""
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.GoalRow, goal_id)
        before = _place(s, row)
        parent = common.optional(s, m.GoalRow, parent_id, row.workshop_id)
        g.check_parent(row.level, parent.level if parent else None)
        if parent_id != row.parent_id:
            old_siblings = [
                r for r in common.siblings(s, m.GoalRow, common.scope_of(row)) if r.id != row.id
            ]
            row.parent_id = parent_id
            row.position = 10**6  # at the end of its new list until placed
            s.flush()
            common.renumber(old_siblings)
        common.move(s, row, index)
        s.flush()
    return Outcome(before, uow.changes)


def delete_goal(store: Store, goal_id: str) -> Outcome[Deleted[records.Goal]]:
    """Delete a goal with its branch, indicators and path links; the fiches under it
    stay, without a goal. The memento restores it all."""
    with store.transaction() as uow:
        row = common.get(uow.session, m.GoalRow, goal_id)
        record = convert.goal(row)
        rows, cleared = deletion.take_apart(uow.session, row)
    return Outcome(Deleted(record, tuple(rows), tuple(cleared)), uow.changes)


def restore_goal(store: Store, deleted: Deleted[records.Goal]) -> Outcome[records.Goal]:
    with store.transaction() as uow:
        deletion.put_back(uow.session, deleted.rows, deleted.reassigned)
        record = convert.goal(common.get(uow.session, m.GoalRow, deleted.id))
    return Outcome(record, uow.changes)


def set_proposal_goal(store: Store, proposal_id: str, goal_id: str | None) -> Outcome[str | None]:
    """Put a fiche under an actieplan or actie (None: under no goal). Returns the old goal."""
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.ProposalRow, proposal_id)
        old = row.goal_id
        check_proposal_goal(s, row.workshop_id, goal_id)
        if old != goal_id:
            row.goal_id = goal_id
        s.flush()
    return Outcome(old, uow.changes)


def check_proposal_goal(session: Session, workshop_id: str, goal_id: str | None) -> None:
    goal = common.optional(session, m.GoalRow, goal_id, workshop_id)
    if goal is not None and not g.may_hold_proposals(goal.level):
        raise ValidationError(
            msg(
                "Een fiche hoort onder een actieplan of een actie, niet onder ‘{title}’.",
                title=goal.title,
            ),
            "goal_id",
        )


@dataclass(frozen=True)
class GoalProposal:
    id: str
    code: str
    title: str
    goal_id: str
    by_year: dict[int, g.Money]


@dataclass(frozen=True)
class GoalOverview:
    """The tree, the fiches under each goal with their money, and each goal's sums
    per year with its descendants (what the view, the report and the CLI show)."""

    years: list[int]
    goals: list[records.Goal]
    proposals: dict[str, list[GoalProposal]]  # goal id -> its own fiches, in the fiches' order
    money: dict[str, g.GoalMoney]
    owners: dict[str, str]  # participant id -> name


def overview(store: Store, workshop_id: str) -> GoalOverview:
    P, R = m.ProposalRow, m.ProposalResourceRow
    with store.reading() as uow:
        s = uow.session
        w = common.get(s, m.WorkshopRow, workshop_id)
        years = list(range(w.period_start, w.period_end + 1))
        goals = _tree(s, workshop_id)
        connection = s.connection()
        money: dict[str, dict[int, g.Money]] = defaultdict(dict)
        for pid, year, inv, inv_in, op, op_in in connection.execute(
            select(
                R.proposal_id, R.year, R.investment, R.investment_income, R.operating,
                R.operating_income,
            )
            .join(P, P.id == R.proposal_id)
            .where(P.workshop_id == workshop_id, P.goal_id.is_not(None))
        ):  # fmt: skip
            money[pid][year] = (inv or 0.0, inv_in or 0.0, op or 0.0, op_in or 0.0)
        proposals: dict[str, list[GoalProposal]] = defaultdict(list)
        for pid, code, title, goal_id in connection.execute(
            select(P.id, P.code, P.title, P.goal_id)
            .where(P.workshop_id == workshop_id, P.goal_id.is_not(None))
            .order_by(P.position, P.created_at)
        ):
            if goal_id is not None:
                proposals[goal_id].append(
                    GoalProposal(pid, code, title, goal_id, money.get(pid, {}))
                )
        owners = {
            pid: name or ""
            for pid, name in connection.execute(
                select(m.ParticipantRow.id, m.ParticipantRow.name).where(
                    m.ParticipantRow.workshop_id == workshop_id
                )
            )
        }
    sums = g.sums_per_goal(
        [(x.id, x.parent_id) for x in goals],
        ((f.id, f.goal_id, f.by_year) for fs in proposals.values() for f in fs),
    )
    return GoalOverview(years, goals, dict(proposals), sums, owners)


def owner_name(goal: records.Goal, owners: dict[str, str]) -> str:
    """The owner as shown: the participant's name, else the free text."""
    if goal.owner_participant_id and owners.get(goal.owner_participant_id):
        return owners[goal.owner_participant_id]
    return goal.owner_text
