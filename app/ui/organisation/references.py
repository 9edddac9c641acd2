"""Deleting a row that others point at. The database clears those references
(ON DELETE SET NULL) without the services seeing it; undo must put them back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.domain.changes import ChangeSet
from app.services.entities import Entity
from app.services.outcome import Outcome
from app.ui.base.controller import WorkshopController


@dataclass(frozen=True)
class Reference:
    """Rows of ``entity`` whose ``field`` holds the deleted row's id."""

    entity: Entity
    field: str
    ids: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.entity.row.__tablename__  # the change-set name


def delete_with_references(
    controller: WorkshopController,
    entity: Entity,
    record_id: str,
    label: str,
    references: Callable[[], list[Reference]],
) -> Any:
    """Delete ``record_id`` as one undo step; undo restores it and the references
    that ``references()`` found just before the delete."""
    store = controller.store
    found: list[Reference] = []

    def do() -> Outcome[Any]:
        found[:] = references()
        outcome = entity.delete(store, record_id)
        for ref in found:
            for row_id in ref.ids:  # changed by the database: tell the views
                outcome.changes.add("updated", ref.name, row_id)
        return outcome

    def undo(record: Any) -> Callable[[], Outcome[Any]]:
        def run() -> Outcome[Any]:
            changes = ChangeSet()
            changes.merge(entity.restore(store, record).changes)
            for ref in found:
                for row_id in ref.ids:
                    changes.merge(
                        ref.entity.update(store, row_id, **{ref.field: record.id}).changes
                    )
            return Outcome(record, changes)

        return run

    return controller.perform(label, do, undo=undo, redo=lambda _record: do)
