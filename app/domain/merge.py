"""The rules for merging workshop stores captured on different laptops.

A policy advisor hands out copies of one prepared store (or people start from
``new`` on each laptop), the workshop days happen, and the copies come back to be
merged into one. The rules, in order:

1. The same row is the row with the same id (copies of one store), or, for rows
   made independently, the row with the same natural key: a cluster with the same
   name (any case), a point with the same text in the same quadrant and cluster,
   a proposal with the same code, a ballot of the same voter in the same round.
   Rows made apart that share a name or a code but differ (two fiches coded VT-18
   with other titles) are not the same: both are kept, the incoming one under a
   free code or a distinguishing name, and the report names both. They agree when
   no content column holds two different values (an empty one agrees with any).
2. When both sides changed the same row, the later change wins (each row as a
   whole; a path or a fiche with its actions, impacts, SDGs and resources as one).
   On a tie the target keeps what it has.
3. A deletion is a change too: a row deleted on one side after the other side's
   last change to it stays deleted; a row changed after its deletion comes back
   (nothing anyone typed after the deletion is lost).
4. Links (a point linked to a path, a fiche, a recommendation) are a set: the
   merge keeps the links of both sides, except those one side deleted.
5. What only one side has, the merged store gets; new rows go after the target's
   own in each list, in the order the source had them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.changes import ChangeSet


def source_wins(target_changed: datetime, source_changed: datetime) -> bool:
    """Rule 2: the later change wins; the target keeps what it has on a tie."""
    return source_changed > target_changed


def deletion_wins(deleted_at: datetime, changed_at: datetime) -> bool:
    """Rule 3: a deletion wins over every change made before it (or at the same time)."""
    return deleted_at >= changed_at


def natural_key(
    values: Mapping[str, Any],
    columns: Sequence[str],
    folded: frozenset[str] = frozenset(),
    required: frozenset[str] = frozenset(),
) -> tuple[Any, ...] | None:
    """The values that identify a row across stores, or None when a required part is
    missing (an anonymous participant has no name: it is only ever the same by id).
    Texts compare with their spacing normalised, the ``folded`` ones in any case."""
    key = []
    for column in columns:
        value = values.get(column)
        if value is None and column in required:
            return None
        if isinstance(value, str):
            value = " ".join(value.split())
            if column in folded:
                value = value.casefold()
        key.append(value)
    return tuple(key)


def _normal(value: Any, folded: bool) -> Any:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value.casefold() if folded else value
    return value


def agree(
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    columns: Sequence[str],
    folded: frozenset[str] = frozenset(),
) -> bool:
    """Whether two rows made apart can be one row: no column holds two different
    values. An empty value (None, "", False, 0) agrees with any: one laptop filled in
    what the other left open, which is an edit, not another row."""
    for column in columns:
        a = _normal(ours.get(column), column in folded)
        b = _normal(theirs.get(column), column in folded)
        if a and b and a != b:
            return False
    return True


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def free_code(wanted: str, taken: set[str]) -> str:
    """A code like ``wanted`` that none of ``taken`` has: VT-18 becomes the next number
    after the highest VT-code in use (VT-20 when VT-19 exists), digits padded alike;
    a code without a number gets -2, -3, ..."""
    numbered = _NUMBERED.match(wanted)
    if numbered is None:
        return free_name(wanted, taken, "{base}-{n}")
    prefix, digits = numbered.groups()
    used = [
        int(m.group(2))
        for code in taken
        if (m := _NUMBERED.match(code)) is not None and m.group(1) == prefix
    ]
    number = max([int(digits), *used]) + 1
    while f"{prefix}{number:0{len(digits)}d}" in taken:  # pragma: no cover - max() ensures
        number += 1
    return f"{prefix}{number:0{len(digits)}d}"


def free_name(wanted: str, taken: set[str], pattern: str = "{base} ({n})") -> str:
    """``wanted`` with the first number that makes it differ from every name in
    ``taken`` (compared in any case and spacing): 'Samenwerken (2)'."""
    seen = {_normal(t, True) for t in taken}
    n = 2
    while _normal(pattern.format(base=wanted, n=n), True) in seen:
        n += 1
    return pattern.format(base=wanted, n=n)


@dataclass
class MergeReport:
    """What a merge did, per table, and what a person should know about it."""

    sources: list[str] = field(default_factory=list)
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)  # same row, target's version newer
    notes: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)  # ids per table, for the views

    @property
    def changed(self) -> bool:
        return bool(+self.created or +self.updated or +self.deleted)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": True,
            "sources": list(self.sources),
            "created": dict(sorted((+self.created).items())),
            "updated": dict(sorted((+self.updated).items())),
            "deleted": dict(sorted((+self.deleted).items())),
            "notes": list(self.notes),
        }
