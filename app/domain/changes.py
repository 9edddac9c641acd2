"""What a use case changed, so that views refresh what they show (Anki's OpChanges)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from app.domain.entities import Entity


@dataclass
class ChangeSet:
    """Ids per entity (its storage table's name) that were created, updated or deleted."""

    created: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    updated: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    deleted: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, kind: str, entity: str, entity_id: str) -> None:
        getattr(self, kind)[entity].add(entity_id)

    def touches(self, *entities: Entity) -> bool:
        """True when anything of these entities changed. A name that is no
        :class:`Entity` raises ValueError: a typo must not silently never match."""
        names = [Entity(e) for e in entities]
        return any(
            bucket.get(name)
            for bucket in (self.created, self.updated, self.deleted)
            for name in names
        )

    def ids(self, entity: Entity) -> set[str]:
        entity = Entity(entity)
        return (
            set(self.created.get(entity, ()))
            | set(self.updated.get(entity, ()))
            | set(self.deleted.get(entity, ()))
        )

    @property
    def empty(self) -> bool:
        return not any(
            ids for bucket in (self.created, self.updated, self.deleted) for ids in bucket.values()
        )

    def merge(self, other: ChangeSet) -> None:
        for kind in ("created", "updated", "deleted"):
            mine = getattr(self, kind)
            for entity, ids in getattr(other, kind).items():
                mine[entity] |= ids

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts per entity, for the CLI and logs."""
        return {
            kind: {entity: len(ids) for entity, ids in sorted(getattr(self, kind).items()) if ids}
            for kind in ("created", "updated", "deleted")
        }
