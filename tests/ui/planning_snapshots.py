"""Compare service records before and after an edit, its undo and its redo.

Detail rows (actions, impacts, resources) are replaced as a whole on every
edit, so they get new ids and times; what matters is their content."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from app.domain import records

_VOLATILE = {"created_at", "updated_at"}
_DETAILS = (
    records.PathAction,
    records.PathImpact,
    records.ProposalAction,
    records.ProposalResource,
)


def plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            if f.name in _VOLATILE or (f.name == "id" and isinstance(value, _DETAILS)):
                continue
            out[f.name] = plain(getattr(value, f.name))
        return out
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return value


def round_trip(controller: Any, read: Callable[[], Any], act: Callable[[], Any]) -> tuple:
    """Run ``act``; check that it changed ``read()``, that undo restores it exactly and
    that redo repeats it. Returns the plain records (before, after)."""
    before = plain(read())
    steps = controller.undo_stack.index()
    act()
    after = plain(read())
    assert after != before, "the edit changed nothing"
    assert controller.undo_stack.index() == steps + 1, "one edit, one undo step"
    controller.undo_stack.undo()
    assert plain(read()) == before
    controller.undo_stack.redo()
    assert plain(read()) == after
    return before, after
