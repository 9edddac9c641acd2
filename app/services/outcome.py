"""What every use case returns: its value and what it changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from app.domain.changes import ChangeSet

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: ChangeSet = field(default_factory=ChangeSet)
