"""Helpers the use cases share: lookups, positions, moving and deleting rows."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select

from app.domain.entities import Entity
from app.domain.errors import NotFound, ValidationError
from app.domain.messages import msg
from app.storage import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# A string: the window declares the models after its first paint (app.storage.deferred),
# so nothing here may use them when the module is imported.
R = TypeVar("R", bound="m.Base")


@cache
def order_scope() -> dict[type[m.Base], tuple[str, ...]]:
    """Each orderable entity and the columns that make up its list (its siblings)."""
    return {
        m.LocationRow: ("workshop_id",),
        m.SessionRow: ("workshop_id",),
        m.ClusterRow: ("workshop_id",),
        m.ParticipantRow: ("workshop_id",),
        m.AreaRow: ("workshop_id", "kind"),
        m.SwotItemRow: ("workshop_id", "quadrant"),
        m.RecommendationRow: ("area_id",),
        m.StatementRow: ("area_id",),
        m.PathRow: ("workshop_id",),
        m.PathActionRow: ("path_id",),
        m.PathImpactRow: ("path_id",),
        m.TargetGroupRow: ("workshop_id",),
        m.SynthesisItemRow: ("workshop_id",),
        m.PrincipleRow: ("workshop_id",),
        m.ProposalRow: ("workshop_id",),
        m.GoalRow: ("workshop_id", "parent_id"),
        m.GoalIndicatorRow: ("goal_id",),
        m.ProposalActionRow: ("proposal_id",),
        m.StrategyRow: ("workshop_id", "field"),  # each field of the matrix is a list
        m.RoundRow: ("workshop_id",),
        m.OptionRow: ("round_id",),
    }


@cache
def labels() -> dict[type[m.Base], str]:
    """The Dutch name of each table's row, from the one vocabulary (app.domain.entities)."""
    return {
        mapper.class_: Entity(mapper.class_.__tablename__).label
        for mapper in m.Base.registry.mappers
        if mapper.class_.__tablename__ in {e.value for e in Entity}
    }


@cache
def _models() -> dict[str, type[m.Base]]:
    return {mapper.class_.__tablename__: mapper.class_ for mapper in m.Base.registry.mappers}


def model(entity: Entity) -> type[m.Base]:
    """The storage row type of an entity."""
    return _models()[entity.value]


def get(
    session: Session, row_type: type[R], row_id: str | None, workshop_id: str | None = None
) -> R:
    """The row with this id, or NotFound (also when it belongs to another workshop)."""
    row = session.get(row_type, row_id) if row_id else None
    if row is None or (workshop_id and getattr(row, "workshop_id", workshop_id) != workshop_id):
        label = labels().get(row_type, row_type.__tablename__)
        raise NotFound(msg("Geen {label} met id {id}.", label=label, id=repr(row_id)))
    return row


def optional(session: Session, row_type: type[R], row_id: str | None, workshop_id: str) -> R | None:
    return None if row_id is None else get(session, row_type, row_id, workshop_id)


def scope_of(row: m.Base) -> dict[str, Any]:
    return {col: getattr(row, col) for col in order_scope()[type(row)]}


def siblings(session: Session, row_type: type[R], scope: dict[str, Any]) -> list[R]:
    ordered: Any = row_type  # an orderable table: it has a position (order_scope)
    query = select(row_type).filter_by(**scope).order_by(ordered.position, ordered.created_at)
    return list(session.scalars(query))


def next_position(session: Session, row_type: type[m.Base], **scope: Any) -> int:
    ordered: Any = row_type
    current = session.scalar(select(func.max(ordered.position)).filter_by(**scope))
    return 0 if current is None else current + 1


def add(session: Session, row: R, row_id: str | None = None) -> R:
    """Add a new row at the end of its list; ``row_id`` restores a deleted row (undo)."""
    if row_id:
        if session.get(type(row), row_id) is not None:
            raise ValidationError(
                msg("Er bestaat al een {label} met id {id}.", label=labels()[type(row)], id=row_id)
            )
        row.id = row_id
    ordered: Any = row
    if type(row) in order_scope() and ordered.position is None:
        ordered.position = next_position(session, type(row), **scope_of(row))
    session.add(row)
    session.flush()
    return row


def move(session: Session, row: m.Base, index: int) -> None:
    """Move ``row`` to ``index`` among its siblings; the others keep their order."""
    rows = [r for r in siblings(session, type(row), scope_of(row)) if r.id != row.id]
    index = max(0, min(index, len(rows)))
    rows.insert(index, row)
    renumber(rows)


def renumber(rows: Sequence[Any]) -> None:
    for position, r in enumerate(rows):
        if r.position != position:
            r.position = position


def reorder(session: Session, row_type: type[m.Base], ordered_ids: Sequence[str]) -> None:
    """Put a whole list in the given order. The ids must be exactly the list's members."""
    if not ordered_ids:
        return
    first = get(session, row_type, ordered_ids[0])
    rows = siblings(session, row_type, scope_of(first))
    by_id = {r.id: r for r in rows}
    if len(set(ordered_ids)) != len(ordered_ids) or set(ordered_ids) != set(by_id):
        label = labels()[row_type]
        raise ValidationError(
            msg("De nieuwe volgorde moet elke {label} precies één keer bevatten.", label=label)
        )
    renumber([by_id[i] for i in ordered_ids])


def apply(row: m.Base, values: dict[str, Any]) -> None:
    """Set attributes, leaving untouched ones as they are."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
