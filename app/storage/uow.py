"""The unit of work: one SQLAlchemy session, and the change set it produced."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import Engine, delete, event, insert, text
from sqlalchemy.orm import Session

from app.domain.changes import ChangeSet
from app.storage import notify
from app.storage.models import TombstoneRow, new_id, utcnow

# Deletions that leave no tombstone: the tombstones themselves, the store's own
# marker, and anonymous answers (a deletion time must not date a vote; merging
# matches those by voter and cluster instead).
UNTRACKED = frozenset(
    {
        "tombstone",
        "store_meta",
        "ballot",
        "ballot_entry",
        "statement_score",
        "area_rating",
        "idea",
        "idea_sender",
    }
)


class UnitOfWork:
    def __init__(self, engine: Engine, notify_as: str | None = None) -> None:
        # On a server store: the writer id sent with the change notice (storage/notify.py).
        self._notify_as = notify_as
        # expire_on_commit=False: services turn rows into records after the commit.
        self.session = Session(engine, expire_on_commit=False, autoflush=True)
        self.changes = ChangeSet()
        self.session.info["unit_of_work"] = self
        event.listen(self.session, "before_flush", self._record)
        # Rows removed from a collection (delete-orphan) are deleted during the flush,
        # after before_flush has looked: catch every deletion as it happens.
        event.listen(self.session, "persistent_to_deleted", self._deleted)

    def _record(self, session: Session, _context: object, _instances: object) -> None:
        # Derived from the session itself, so a service cannot forget to report a change.
        for obj in session.new:
            if obj.id is None:  # column defaults apply only at flush; the change set needs it now
                obj.id = new_id()
            self.changes.add("created", obj.__tablename__, obj.id)
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self.changes.add("updated", obj.__tablename__, obj.id)
        for obj in session.deleted:
            self.changes.add("deleted", obj.__tablename__, obj.id)

    def _deleted(self, _session: Session, obj: object) -> None:
        self.changes.add("deleted", obj.__tablename__, obj.id)  # type: ignore[attr-defined]

    def commit(self) -> None:
        self.session.flush()
        self._write_tombstones()
        if self._notify_as is not None and not self.changes.empty:
            # Delivered by the server at commit, and only if the commit succeeds.
            for payload in notify.encode(self.changes, self._notify_as):
                self.session.execute(
                    text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": notify.CHANNEL, "payload": payload},
                )
        self.session.commit()
        # An object created and later deleted in one unit of work never existed.
        for entity, ids in list(self.changes.created.items()):
            gone = ids & self.changes.deleted.get(entity, set())
            if gone:
                ids -= gone
                self.changes.deleted[entity] -= gone
                self.changes.updated.get(entity, set()).difference_update(gone)

    def rollback(self) -> None:
        self.session.rollback()
        self.changes = ChangeSet()

    def close(self) -> None:
        self.session.close()

    def _write_tombstones(self) -> None:
        """Record what this unit of work deleted; forget tombstones of rows restored
        under their old id (undo). Core statements: they are bookkeeping, not changes
        a view should hear about."""
        created = {i for t, ids in self.changes.created.items() if t not in UNTRACKED for i in ids}
        deleted = {
            (table, i)
            for table, ids in self.changes.deleted.items()
            if table not in UNTRACKED
            for i in ids
            if i not in self.changes.created.get(table, ())
        }
        table = TombstoneRow.__table__
        for chunk in _chunks(sorted(created | {i for _, i in deleted})):
            self.session.execute(delete(table).where(table.c.id.in_(chunk)))
        if deleted:
            now = utcnow()
            self.session.execute(
                insert(table),
                [
                    {"id": i, "table_name": t, "created_at": now, "updated_at": now}
                    for t, i in sorted(deleted)
                ],
            )


def record_changes(session: Session, kind: str, table: str, ids: Iterator[str] | list[str]) -> None:
    """Report rows a service changed with Core statements (bulk inserts and deletes
    the session does not see) in the change set of the session's unit of work."""
    uow = session.info.get("unit_of_work")
    if isinstance(uow, UnitOfWork):
        for i in ids:
            uow.changes.add(kind, table, i)


def _chunks(ids: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
