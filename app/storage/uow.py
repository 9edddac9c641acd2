"""The unit of work: one SQLAlchemy session, and the change set it produced."""

from __future__ import annotations

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from app.domain.changes import ChangeSet
from app.storage.models import new_id


class UnitOfWork:
    def __init__(self, engine: Engine) -> None:
        # expire_on_commit=False: services turn rows into records after the commit.
        self.session = Session(engine, expire_on_commit=False, autoflush=True)
        self.changes = ChangeSet()
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
