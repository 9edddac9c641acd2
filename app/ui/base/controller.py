"""The GUI's single door to the services: runs use cases, keeps the undo stack,
and tells every view what changed (Qt signals carrying change sets).

Every edit goes through :meth:`WorkshopController.perform`, which runs the use
case at once (it is committed when it returns: there is no Save) and pushes an
undo step that knows how to reverse it. Views never poll; they listen to
``changed`` and refresh what the change set touches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain import records
from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.errors import AtelierError, StorageError
from app.services import organisation, swot
from app.services.deletion import Deleted
from app.services.entities import EntityService
from app.services.outcome import Outcome
from app.services.stores import Store
from app.services.workshops import only_workshop
from app.ui.base.messages import shown

log = logging.getLogger(__name__)

Action = Callable[[], Outcome[Any]]


class _Step(QUndoCommand):
    """One undoable edit: ``redo`` and ``undo`` are use cases that return outcomes."""

    def __init__(
        self, controller: WorkshopController, label: str, redo: Action, undo: Action
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._redo = redo
        self._undo = undo
        self._done_once = True  # perform() already ran it before pushing

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._controller._run_step(self._redo)

    def undo(self) -> None:
        self._controller._run_step(self._undo)


class WorkshopController(QObject):
    changed = Signal(object)  # ChangeSet
    failed = Signal(str)  # a message for the user, in the window's language
    contextChanged = Signal()  # current session or cluster
    # False after a write the store refused (disk full...), True again after the next
    # write that succeeds: the status bar must never say "saved" in between.
    savedChanged = Signal(bool)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop: records.Workshop = only_workshop(store)
        self.undo_stack = QUndoStack(self)
        self.current_session_id: str | None = None
        self.current_cluster_id: str | None = None
        self.saved = True
        self.save_problem = ""  # the message of the write that failed, while not saved
        self._pick_initial_context()

    # -- context: where a capture belongs --------------------------------------------

    def _pick_initial_context(self) -> None:
        sessions = organisation.sessions.list(self.store, self.workshop.id)
        clusters = [
            c
            for c in organisation.clusters.list(self.store, self.workshop.id)
            if not c.is_reference
        ]
        self.current_session_id = sessions[0].id if sessions else None
        self.current_cluster_id = clusters[0].id if clusters else None

    def set_session(self, session_id: str | None) -> None:
        if session_id != self.current_session_id:
            self.current_session_id = session_id
            self.contextChanged.emit()

    def set_cluster(self, cluster_id: str | None) -> None:
        if cluster_id != self.current_cluster_id:
            self.current_cluster_id = cluster_id
            self.contextChanged.emit()

    # -- running use cases ---------------------------------------------------------------

    def perform(
        self,
        label: str,
        do: Action,
        undo: Callable[[Any], Action],
        redo: Callable[[Any], Action] | None = None,
    ) -> Any:
        """Run ``do`` now; on success push an undo step and return the outcome's value.

        ``undo(value)`` and ``redo(value)`` build the reversing and repeating use
        cases from what ``do`` returned (for instance the id it created). On bad
        input nothing changed: ``failed`` carries the message and None returns.
        """
        try:
            outcome = do()
        except AtelierError as exc:
            self._refused(exc)
            return None
        value = outcome.value
        self.undo_stack.push(_Step(self, label, redo(value) if redo else do, undo(value)))
        self._emit(outcome.changes)
        return value

    def apply(self, do: Action) -> Any:
        """Run ``do`` now without an undo step (a ballot, opening or closing a round:
        the room has seen it). Returns the outcome's value, or None after ``failed``."""
        try:
            outcome = do()
        except AtelierError as exc:
            self._refused(exc)
            return None
        self._emit(outcome.changes)
        return outcome.value

    def _run_step(self, action: Action) -> None:
        try:
            outcome = action()
        except AtelierError as exc:
            # The store moved on in a way this step cannot reverse (or refused the
            # write); say so, keep going.
            log.warning("undo/redo failed: %s", exc)
            self._refused(exc)
            return
        self._emit(outcome.changes)

    def refresh(self, changes: ChangeSet) -> None:
        """Tell the views about changes made outside the undo stack (an Excel import,
        ballots arriving from phones)."""
        self._emit(changes)

    def _refused(self, exc: AtelierError) -> None:
        """Bad input changed nothing and leaves the saved state as it was; a write the
        store refused means that what the user just did is not stored."""
        message = shown(exc)  # in the window's language
        if isinstance(exc, StorageError):
            self.saved, self.save_problem = False, message
            self.savedChanged.emit(False)  # also when already unsaved: a newer message
        self.failed.emit(message)

    def _emit(self, changes: ChangeSet) -> None:
        if not self.saved:  # a write went through: the store is writable again
            self.saved = True
            self.save_problem = ""
            self.savedChanged.emit(True)
        if changes.touches(Entity.WORKSHOP):
            self.workshop = only_workshop(self.store)
        if not changes.empty:
            self.changed.emit(changes)

    # -- generic edits on any entity -----------------------------------------------------

    def create(self, entity: EntityService, parent_id: str, label: str, **values: Any) -> Any:
        return self.create_with(
            label,
            lambda: entity.create(self.store, parent_id, **values),
            delete=lambda row_id: entity.delete(self.store, row_id),
            restore=lambda gone: entity.restore(self.store, gone),
        )

    def create_with(
        self,
        label: str,
        do: Action,
        delete: Callable[[str], Outcome[Deleted[Any]]],
        restore: Callable[[Deleted[Any]], Outcome[Any]],
    ) -> Any:
        """Run a create use case as one undo step: undo deletes the new row through
        the services, redo restores it from their memento (the same row, exactly)."""
        gone: list[Deleted[Any]] = []

        def undo(record: Any) -> Action:
            def run() -> Outcome[Any]:
                outcome = delete(record.id)
                gone[:] = [outcome.value]
                return outcome

            return run

        return self.perform(label, do, undo=undo, redo=lambda _rec: lambda: restore(gone[0]))

    def update(self, entity: EntityService, row_id: str, label: str, **values: Any) -> Any:
        before = entity.get(self.store, row_id)
        old = {key: getattr(before, key) for key in values}

        def undo() -> Outcome[Any]:
            outcome = entity.update(self.store, row_id, **old)
            # A point moved to another quadrant comes back to its old place, too.
            if getattr(outcome.value, "position", None) != getattr(before, "position", None):
                outcome.changes.merge(entity.move(self.store, row_id, before.position).changes)
            return outcome

        return self.perform(
            label,
            lambda: entity.update(self.store, row_id, **values),
            undo=lambda _rec: undo,
        )

    def delete(self, entity: EntityService, row_id: str, label: str) -> Any:
        return self.delete_with(
            label,
            lambda: entity.delete(self.store, row_id),
            restore=lambda gone: entity.restore(self.store, gone),
        )

    def delete_with(
        self,
        label: str,
        delete: Callable[[], Outcome[Deleted[Any]]],
        restore: Callable[[Deleted[Any]], Outcome[Any]],
    ) -> Any:
        """Run a delete use case as one undo step. What the deletion takes along (links,
        references, moved points) is the service's business: undo hands its memento
        back to the service, redo deletes again. Returns the deleted record."""
        gone: list[Deleted[Any]] = []

        def do() -> Outcome[Deleted[Any]]:
            outcome = delete()
            gone[:] = [outcome.value]
            return outcome

        done = self.perform(label, do, undo=lambda _m: lambda: restore(gone[0]), redo=lambda _m: do)
        return None if done is None else done.record

    def move(
        self, entity: EntityService, row_id: str, index: int, siblings: Sequence[str], label: str
    ) -> Any:
        """Move a row to ``index``; ``siblings`` is the list's order before the move."""
        before = list(siblings)
        return self.perform(
            label,
            lambda: entity.move(self.store, row_id, index),
            undo=lambda _none: lambda: entity.reorder(self.store, before),
        )

    # -- SWOT-specific edits -------------------------------------------------------------

    def capture(self, quadrant: str, text: str, area_id: str | None) -> records.SwotItem | None:
        """A point typed on the board, with the current cluster and session."""
        return self.create(
            swot.items,
            self.workshop.id,
            self.tr("Punt toevoegen"),
            quadrant=quadrant,
            text=text,
            area_id=area_id,
            cluster_id=self.current_cluster_id,
            session_id=self.current_session_id,
        )

    def consolidate(self, primary_id: str, source_ids: Sequence[str]) -> records.SwotItem | None:
        before = swot.absorption_of(self.store, [primary_id, *source_ids])
        return self.perform(
            self.tr("Punten samenvoegen"),
            lambda: swot.consolidate(self.store, primary_id, list(source_ids)),
            undo=lambda _rec: lambda: swot.set_absorption(self.store, before),
        )

    def release(self, primary_id: str, source_ids: Sequence[str] | None = None) -> Any:
        before = swot.absorption_of(self.store, [primary_id])
        return self.perform(
            self.tr("Samenvoeging ongedaan maken"),
            lambda: swot.release(self.store, primary_id, source_ids),
            undo=lambda _none: lambda: swot.set_absorption(self.store, before),
        )

    def delete_cluster(self, cluster_id: str, move_to: str | None) -> Any:
        """Delete a cluster, moving its points and recommendations (undo moves them back)."""
        return self.delete_with(
            self.tr("Cluster verwijderen"),
            lambda: organisation.delete_cluster(self.store, cluster_id, move_to),
            restore=lambda gone: organisation.clusters.restore(self.store, gone),
        )
