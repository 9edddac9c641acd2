"""Deleting a row with everything that hangs on it, and bringing it back (undo).

Left to the database, a deletion clears references (ON DELETE SET NULL) and
deletes dependent rows (CASCADE) behind the session's back: the change set would
not name them and undo could not put them back. Here the services do both
themselves, read from the schema's foreign keys, so that a memento holds every
row and reference the deletion took along and :func:`put_back` restores them,
in one transaction, exactly as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from app.domain.entities import Entity
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common
from app.storage import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass(frozen=True)
class RowImage:
    """One deleted row: its table and every column's value (times included)."""

    table: Entity
    values: tuple[tuple[str, Any], ...]

    @property
    def id(self) -> str:
        return str(dict(self.values)["id"])


@dataclass(frozen=True)
class Reassigned:
    """A column of a row that stays, changed by a deletion: a reference to the deleted
    row cleared (SET NULL) or moved elsewhere (a cluster's points), or the position
    of a neighbour that closed the gap. ``before``/``after``: the row's
    ``updated_at`` before and right after the deletion."""

    table: Entity
    id: str
    column: str
    old: Any
    new: Any
    before: datetime
    after: datetime


@dataclass(frozen=True)
class Deleted(Generic[T]):
    """A memento: the deleted record as the views knew it, the rows the deletion
    removed (the row itself first, then what it took along, parents before
    children) and the references it cleared or moved."""

    record: T
    rows: tuple[RowImage, ...]
    reassigned: tuple[Reassigned, ...] = ()

    @property
    def id(self) -> str:
        return self.rows[0].id

    @property
    def entity(self) -> Entity:
        return self.rows[0].table


@cache
def _table_order() -> dict[str, int]:
    """Each table's place in foreign-key order (a table after those it refers to)."""
    return {t.name: n for n, t in enumerate(m.Base.metadata.sorted_tables)}


@cache
def _referrers(table: str) -> tuple[tuple[Entity, str, str], ...]:
    """(table, column, ondelete) of every foreign key that points at ``table``."""
    found = []
    for other in m.Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name == table:
                found.append((Entity(other.name), fk.parent.name, (fk.ondelete or "").upper()))
    return tuple(sorted(found))


def image(row: m.Base) -> RowImage:
    columns = inspect(type(row)).column_attrs
    return RowImage(Entity(row.__tablename__), tuple((c.key, getattr(row, c.key)) for c in columns))


def reassign(
    session: Session, rows: Iterable[m.Base], column: str, new: str | None
) -> list[Reassigned]:
    """Point ``column`` of ``rows`` at ``new``, remembering what it was. A reference
    cleared because its target goes (SET NULL) keeps the row's time, as the
    database's own SET NULL would: it is no edit of that row."""
    from sqlalchemy.orm import attributes  # here: see app.storage.deferred

    now = m.utcnow()
    done = []
    for row in rows:
        before = row.updated_at
        old = getattr(row, column)
        setattr(row, column, new)
        if new is None:
            attributes.flag_modified(row, "updated_at")  # keeps the time (no onupdate)
        else:
            row.updated_at = now  # a move is an edit; its time is known to undo
        done.append((row, old, before))
    session.flush()
    return [
        Reassigned(
            Entity(row.__tablename__),
            row.id,
            column,
            old,
            new,
            before,
            before if new is None else now,
        )
        for row, old, before in done
    ]


def _close_gap(session: Session, rows: Iterable[Any]) -> list[Reassigned]:
    """Renumber a list a row left; each neighbour that moves up is remembered (its
    time changes, as with every reordering: merging takes the newer order)."""
    now = m.utcnow()
    moved = []
    for position, r in enumerate(rows):
        if r.position != position:
            moved.append((r, r.position, position, r.updated_at))
            r.position = position
            r.updated_at = now
    session.flush()
    return [
        Reassigned(Entity(r.__tablename__), r.id, "position", old, new, before, now)
        for r, old, new, before in moved
    ]


def take_apart(session: Session, row: m.Base) -> tuple[list[RowImage], list[Reassigned]]:
    """Delete ``row`` and what depends on it: rows whose foreign key cascades are
    deleted (first their own dependants), references that are set null are
    cleared. A reference that restricts the deletion refuses it. Returns the
    deleted rows (``row`` first, parents before children) and the cleared references."""
    images: list[RowImage] = []
    cleared: list[Reassigned] = []
    order: list[Any] = []
    seen: set[tuple[str, str]] = set()

    def visit(r: m.Base) -> None:
        seen.add((r.__tablename__, r.id))
        images.append(image(r))
        order.append(r)
        for table, column, ondelete in _referrers(r.__tablename__):
            cls = common.model(table)
            found = [
                x
                for x in session.scalars(select(cls).where(getattr(cls, column) == r.id))
                if (x.__tablename__, x.id) not in seen
            ]
            if not found:
                continue
            if ondelete == "SET NULL":
                cleared.extend(reassign(session, found, column, None))
            elif ondelete == "CASCADE":
                for x in found:
                    visit(x)
            else:  # RESTRICT: the service must first move them (as delete_cluster does)
                raise ValidationError(
                    msg(
                        "Niet verwijderd: nog in gebruik door {what} ({count}).",
                        count=len(found),
                        what=table.plural,
                    )
                )

    visit(row)
    scope = common.scope_of(row) if type(row) in common.order_scope() else None
    # Parents first for undo (a row may hang on two of them: a vote on its ballot and
    # on its option), children first to delete, so the foreign keys hold after every
    # statement and the database's own cascade finds nothing left to do.
    rank = _table_order()
    images[1:] = sorted(images[1:], key=lambda img: rank[img.table.value])
    order[1:] = sorted(order[1:], key=lambda r: rank[r.__tablename__])
    # Collections loaded on the way are forgotten, or deleting the parent would
    # delete its children a second time.
    for r in reversed(order):
        relations = [rel.key for rel in inspect(type(r)).relationships]
        if relations:
            session.expire(r, relations)
        session.delete(r)
        session.flush()
    if scope is not None:
        cleared += _close_gap(session, common.siblings(session, type(row), scope))
    return images, cleared


def put_back(session: Session, rows: Iterable[RowImage], reassigned: Iterable[Reassigned]) -> None:
    """Undo :func:`take_apart` (and :func:`reassign`): the rows as they were, at their
    old places; references back where they pointed, unless they were changed since."""
    from sqlalchemy.orm import attributes  # here: see app.storage.deferred

    restored: list[Any] = []  # rows of any table; the orderable ones have a position
    ids = set()
    for img in rows:
        cls = common.model(img.table)
        if session.get(cls, img.id) is not None:
            raise ValidationError(
                msg("Er bestaat al een {label} met id {id}.", label=img.table.label, id=img.id)
            )
        row = cls(**dict(img.values))
        session.add(row)
        try:
            session.flush()
        except IntegrityError:
            raise ValidationError(
                msg(
                    "Niet teruggezet: er bestaat intussen een gelijke {label}.",
                    label=img.table.label,
                )
            ) from None
        restored.append(row)
        ids.add(img.id)
    for ref in reassigned:
        target = session.get(common.model(ref.table), ref.id)
        if target is None or getattr(target, ref.column) != ref.new:
            continue  # gone or changed since: that later edit stays
        unchanged = target.updated_at == ref.after
        setattr(target, ref.column, ref.old)
        if unchanged:
            target.updated_at = ref.before
            attributes.flag_modified(target, "updated_at")
    session.flush()
    # A restored row takes its old place in a list that stayed; when the list changed
    # meanwhile it goes to the same index among the others, which are renumbered.
    for row in restored:
        scope = common.order_scope().get(type(row))
        if not scope or any(getattr(row, column) in ids for column in scope):
            continue
        listed = common.siblings(session, type(row), common.scope_of(row))
        if [r.position for r in listed] != list(range(len(listed))):
            others = [r for r in listed if r is not row]
            others.insert(min(row.position, len(others)), row)
            common.renumber(others)
    session.flush()
