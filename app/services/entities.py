"""The use cases every entity shares: list, create, update, delete, move, reorder.

An :class:`EntityService` binds a table to its record type and to the rule that
cleans user input; modules such as ``organisation`` or ``swot`` declare one per
entity and add the use cases that are theirs alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, deletion
from app.services.deletion import Deleted
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

R = TypeVar("R", bound=m.Base)
T = TypeVar("T")

# clean(session, parent_id, values, existing_row_or_None) -> column values
Cleaner = Callable[[Session, str, dict[str, Any], Any], dict[str, Any]]


def plain_query(row: type[m.Base], parent: str, parent_id: str, filters: dict[str, Any]) -> Any:
    """A Core select of ``row``'s columns owned by ``parent_id`` (equal to ``filters``),
    in list order. Table columns only, so that no ORM mapper is configured."""
    table = row.__table__
    query = select(*table.columns).where(table.c[parent] == parent_id)
    for name, value in filters.items():
        query = query.where(table.c[name] == value)
    if "position" in table.c:
        query = query.order_by(table.c.position, table.c.created_at)
    return query


@dataclass(frozen=True)
class EntityService(Generic[R, T]):
    row: type[R]
    to_record: Callable[[R], T]
    clean: Cleaner
    # The column that ties a row to its owner: workshop_id, or area_id, path_id...
    parent: str = "workshop_id"
    # Refuses a deletion (raises ValidationError) that would take along what undo
    # must not bring back, such as a participant's own questionnaire answers.
    before_delete: Callable[[Session, R], None] | None = None
    # list() without the ORM, for the window's first screen: the ORM's mappers are
    # configured (a twentieth of a second) only when first needed, after it shows.
    # ``columns_only``: the record is made from the row's own columns; ``list_plain``:
    # a reader of its own (a record that carries related rows' ids).
    columns_only: bool = False
    list_plain: Callable[[Session, str, dict[str, Any]], list[T]] | None = None

    @property
    def label(self) -> str:
        return common.LABELS[self.row]

    def list(self, store: Store, parent_id: str, **filters: Any) -> list[T]:
        with store.reading() as uow:
            if self.list_plain is not None:
                return self.list_plain(uow.session, parent_id, filters)
            if self.columns_only:
                rows: Sequence[Any] = self.plain_rows(uow.session, parent_id, **filters)
            else:
                rows = self.rows(uow.session, parent_id, **filters)
            return [self.to_record(r) for r in rows]

    def plain_rows(self, session: Session, parent_id: str, **filters: Any) -> Sequence[Any]:
        """As :meth:`rows`, as plain rows of the table's columns (no ORM objects)."""
        return list(session.execute(plain_query(self.row, self.parent, parent_id, filters)))

    def rows(self, session: Session, parent_id: str, **filters: Any) -> Sequence[R]:
        query = select(self.row).where(getattr(self.row, self.parent) == parent_id)
        if filters:
            query = query.filter_by(**filters)
        ordered: Any = self.row
        if hasattr(ordered, "position"):
            query = query.order_by(ordered.position, ordered.created_at)
        return list(session.scalars(query))

    def get(self, store: Store, row_id: str) -> T:
        with store.reading() as uow:
            return self.to_record(common.get(uow.session, self.row, row_id))

    def create(
        self, store: Store, parent_id: str, *, id: str | None = None, **values: Any
    ) -> Outcome[T]:
        """Create a row at the end of its list. ``id`` re-creates a deleted row (undo)."""
        with store.transaction() as uow:
            clean = self.clean(uow.session, parent_id, values, None)
            row: Any = self.row(**{self.parent: parent_id}, **clean)
            if "position" in values and values["position"] is not None:
                row.position = values["position"]
            common.add(uow.session, row, id)
            record = self.to_record(row)
        return Outcome(record, uow.changes)

    def update(self, store: Store, row_id: str, **values: Any) -> Outcome[T]:
        with store.transaction() as uow:
            row = common.get(uow.session, self.row, row_id)
            clean = self.clean(uow.session, getattr(row, self.parent), values, row)
            common.apply(row, clean)
            uow.session.flush()
            record = self.to_record(row)
        return Outcome(record, uow.changes)

    def delete(self, store: Store, row_id: str) -> Outcome[Deleted[T]]:
        """Delete a row with everything that hangs on it (its details and links go,
        references to it are cleared); the memento restores it all (undo)."""
        with store.transaction() as uow:
            row = common.get(uow.session, self.row, row_id)
            record = self.to_record(row)
            if self.before_delete:
                self.before_delete(uow.session, row)
            rows, cleared = deletion.take_apart(uow.session, row)
        return Outcome(Deleted(record, tuple(rows), tuple(cleared)), uow.changes)

    def restore(self, store: Store, deleted: Deleted[T]) -> Outcome[T]:
        """Undo :meth:`delete` in one transaction: every row and reference as it was."""
        with store.transaction() as uow:
            deletion.put_back(uow.session, deleted.rows, deleted.reassigned)
            record = self.to_record(common.get(uow.session, self.row, deleted.id))
        return Outcome(record, uow.changes)

    def move(self, store: Store, row_id: str, index: int) -> Outcome[None]:
        with store.transaction() as uow:
            common.move(uow.session, common.get(uow.session, self.row, row_id), index)
        return Outcome(None, uow.changes)

    def reorder(self, store: Store, ordered_ids: Sequence[str]) -> Outcome[None]:
        with store.transaction() as uow:
            common.reorder(uow.session, self.row, ordered_ids)
        return Outcome(None, uow.changes)


def only(values: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(values) - allowed - {"position"}
    if unknown:
        raise ValidationError(msg("Onbekend veld: {fields}.", fields=", ".join(sorted(unknown))))


def pick(values: dict[str, Any], existing: Any, key: str, default: Any = None) -> Any:
    """The new value if given, else the row's current one (update), else ``default``."""
    if key in values:
        return values[key]
    return getattr(existing, key) if existing is not None else default
