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
from app.domain.errors import AtelierError, StorageError
from app.services import organisation, proposals, swot
from app.services.entities import Entity
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
        if changes.touches("workshop"):
            self.workshop = only_workshop(self.store)
        if not changes.empty:
            self.changed.emit(changes)

    # -- generic edits on any entity -----------------------------------------------------

    def create(self, entity: Entity, parent_id: str, label: str, **values: Any) -> Any:
        return self.perform(
            label,
            lambda: entity.create(self.store, parent_id, **values),
            undo=lambda rec: lambda: entity.delete(self.store, rec.id),
            redo=lambda rec: lambda: entity.restore(self.store, rec),
        )

    def update(self, entity: Entity, row_id: str, label: str, **values: Any) -> Any:
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

    def delete(self, entity: Entity, row_id: str, label: str) -> Any:
        return self.perform(
            label,
            lambda: entity.delete(self.store, row_id),
            undo=lambda rec: lambda: entity.restore(self.store, rec),
            redo=lambda rec: lambda: entity.delete(self.store, rec.id),
        )

    def move(
        self, entity: Entity, row_id: str, index: int, siblings: Sequence[str], label: str
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
        moved: dict[str, str] = {}
        # The database clears these references itself (SET NULL); undo puts them back.
        members: list[str] = []
        sector: list[str] = []

        def do() -> Outcome[records.Cluster]:
            ws, store = self.workshop.id, self.store
            members[:] = [
                p.id for p in organisation.participants.list(store, ws, cluster_id=cluster_id)
            ]
            sector[:] = [p.id for p in proposals.proposals.list(store, ws, cluster_id=cluster_id)]
            outcome = organisation.delete_cluster(self.store, cluster_id, move_to)
            for entity, ids in (("participant", members), ("proposal", sector)):
                for row_id in ids:  # changed by the database, so tell the views
                    outcome.changes.add("updated", entity, row_id)
            moved.clear()
            moved.update({i: "swot_item" for i in outcome.changes.updated.get("swot_item", ())})
            moved.update(
                {i: "recommendation" for i in outcome.changes.updated.get("recommendation", ())}
            )
            return outcome

        def undo(rec: records.Cluster) -> Action:
            def run() -> Outcome[None]:
                changes = organisation.clusters.restore(self.store, rec).changes
                for item_id, kind in moved.items():
                    entity = swot.items if kind == "swot_item" else swot.recommendations
                    changes.merge(entity.update(self.store, item_id, cluster_id=rec.id).changes)
                for people_id in members:
                    changes.merge(
                        organisation.participants.update(
                            self.store, people_id, cluster_id=rec.id
                        ).changes
                    )
                for proposal_id in sector:
                    changes.merge(
                        proposals.proposals.update(
                            self.store, proposal_id, cluster_id=rec.id
                        ).changes
                    )
                return Outcome(None, changes)

            return run

        return self.perform(self.tr("Cluster verwijderen"), do, undo=undo, redo=lambda _rec: do)
