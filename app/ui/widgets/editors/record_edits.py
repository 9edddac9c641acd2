"""Undoable edits of development paths and fiches through the controller.

A path or fiche carries detail lists (actions, impacts, resources, links) that
the services replace as a whole. Undo re-applies the values the record had
before the edit, read fresh from the store, so it never depends on what a view
happened to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import records
from app.domain.errors import AtelierError
from app.services import paths, proposals
from app.services.proposals import ActionSpec, resource_spec
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown

# -- development paths -------------------------------------------------------------------


def path_values(path: records.DevelopmentPath, keys: Iterable[str]) -> dict[str, Any]:
    """The arguments of update_path that put these fields back as ``path`` has them."""
    out: dict[str, Any] = {}
    for key in keys:
        if key == "actions":
            out[key] = [a.text for a in path.actions]
        elif key == "impacts":
            out[key] = [(i.target_group_id, i.text) for i in path.impacts]
        elif key in ("swot_item_ids", "goal_ids"):
            out[key] = list(getattr(path, key))
        else:
            out[key] = getattr(path, key)
    return out


def edit_path(
    controller: WorkshopController, path_id: str, label: str, **values: Any
) -> records.DevelopmentPath | None:
    """Change fields or detail lists of a path; None when refused (the message went out)."""
    store = controller.store
    try:
        before = paths.paths.get(store, path_id)
    except AtelierError as exc:  # deleted meanwhile (an undo): say so, change nothing
        controller.failed.emit(shown(exc))
        return None
    old = path_values(before, values)
    if _unchanged(values, old):
        return before
    return controller.perform(
        label,
        lambda: paths.update_path(store, path_id, **values),
        undo=lambda _rec: lambda: paths.update_path(store, path_id, **old),
    )


def create_path(controller: WorkshopController, title: str) -> records.DevelopmentPath | None:
    store = controller.store
    return controller.create_with(
        QCoreApplication.translate("RecordEdits", "Ontwikkelpad toevoegen"),
        lambda: paths.create_path(store, controller.workshop.id, title=title),
        delete=lambda path_id: paths.paths.delete(store, path_id),
        restore=lambda gone: paths.paths.restore(store, gone),
    )


def delete_path(controller: WorkshopController, path_id: str) -> records.DevelopmentPath | None:
    """Delete a path; undo brings it back with its details and the fiches' links to it."""
    store = controller.store
    return controller.delete_with(
        QCoreApplication.translate("RecordEdits", "Ontwikkelpad verwijderen"),
        lambda: paths.paths.delete(store, path_id),
        restore=lambda gone: paths.paths.restore(store, gone),
    )


# -- fiches (proposals) ------------------------------------------------------------------


def proposal_values(p: records.Proposal, keys: Iterable[str]) -> dict[str, Any]:
    """The arguments of update_proposal that put these fields back as ``p`` has them."""
    out: dict[str, Any] = {}
    for key in keys:
        if key == "sdgs":
            out[key] = list(p.sdgs)
        elif key == "actions":
            out[key] = [ActionSpec(a.text, a.start_year, a.end_year) for a in p.actions]
        elif key == "resources":
            out[key] = {r.year: resource_spec(r) for r in p.resources}
        elif key in ("swot_item_ids", "path_ids", "extra_cluster_ids"):
            out[key] = list(getattr(p, key))
        else:
            out[key] = getattr(p, key)
    return out


def edit_proposal(
    controller: WorkshopController, proposal_id: str, label: str, **values: Any
) -> records.Proposal | None:
    """Change fields or detail lists of a fiche; None when refused (the message went out)."""
    store = controller.store
    try:
        before = proposals.proposals.get(store, proposal_id)
    except AtelierError as exc:  # deleted meanwhile (an undo): say so, change nothing
        controller.failed.emit(shown(exc))
        return None
    old = proposal_values(before, values)
    if _unchanged(values, old):
        return before
    return controller.perform(
        label,
        lambda: proposals.update_proposal(store, proposal_id, **values),
        undo=lambda _rec: lambda: proposals.update_proposal(store, proposal_id, **old),
    )


def create_proposal(
    controller: WorkshopController, title: str, **values: Any
) -> records.Proposal | None:
    store = controller.store
    return controller.create_with(
        QCoreApplication.translate("RecordEdits", "Voorstel toevoegen"),
        lambda: proposals.create_proposal(store, controller.workshop.id, title=title, **values),
        delete=lambda proposal_id: proposals.proposals.delete(store, proposal_id),
        restore=lambda gone: proposals.proposals.restore(store, gone),
    )


def delete_proposal(controller: WorkshopController, proposal_id: str) -> records.Proposal | None:
    """Delete a fiche; undo brings it back with its details, links and voting options."""
    store = controller.store
    return controller.delete_with(
        QCoreApplication.translate("RecordEdits", "Voorstel verwijderen"),
        lambda: proposals.proposals.delete(store, proposal_id),
        restore=lambda gone: proposals.proposals.restore(store, gone),
    )


def _unchanged(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """No undo step for an edit that changes nothing (leaving a field untouched)."""
    for key, value in new.items():
        before = old[key]
        if isinstance(value, str) and isinstance(before, str):
            if value.strip() != before.strip():
                return False
        elif key in ("sdgs", "swot_item_ids", "path_ids", "extra_cluster_ids"):
            if sorted(value) != sorted(before):
                return False
        elif key == "impacts":
            if [(str(g), t.strip()) for g, t in value] != [(g, t) for g, t in before]:
                return False
        elif key == "actions" and value and isinstance(value[0], str):
            if [t.strip() for t in value] != before:
                return False
        elif value != before:
            return False
    return True
