"""The confrontation (TOWS) matrix: strengths and weaknesses crossed with
opportunities and threats, the weight the room gives a pair, and the four fields
(SO, ST, WO, WT) the strategies are written in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from app.domain.enums import Quadrant
from app.domain.errors import ValidationError
from app.domain.messages import msg

MAX_WEIGHT = 3
WEIGHTS = range(0, MAX_WEIGHT + 1)
# How many points of one quadrant a page of the matrix holds: 12 strengths and 12
# weaknesses by 12 opportunities and 12 threats is a 24 × 24 grid, readable in the
# window; a cluster of the seeds has fewer, a large workshop gets pages.
PAGE_PER_QUADRANT = 12

T = TypeVar("T")


class StrategyField(StrEnum):
    """The four fields of the confrontation matrix."""

    SO = "SO"
    ST = "ST"
    WO = "WO"
    WT = "WT"

    @property
    def internal(self) -> Quadrant:
        return Quadrant(self.value[0])

    @property
    def external(self) -> Quadrant:
        return Quadrant(self.value[1])

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]

    @property
    def question(self) -> str:
        """The question the field asks the room (the usual TOWS wording)."""
        return _FIELD_QUESTIONS[self]


_FIELD_LABELS = {
    StrategyField.SO: msg("SO: offensief"),
    StrategyField.ST: msg("ST: defensief"),
    StrategyField.WO: msg("WO: verbeteren"),
    StrategyField.WT: msg("WT: overleven"),
}
_FIELD_QUESTIONS = {
    StrategyField.SO: msg("Hoe zetten we onze sterktes in om kansen te grijpen?"),
    StrategyField.ST: msg("Hoe zetten we onze sterktes in tegen de bedreigingen?"),
    StrategyField.WO: msg("Hoe werken we zwaktes weg door kansen te benutten?"),
    StrategyField.WT: msg("Hoe beperken we zwaktes en bedreigingen samen?"),
}


def field_of(internal: Quadrant, external: Quadrant) -> StrategyField:
    """The field where a row (S or W) and a column (O or T) meet."""
    if not internal.is_internal or external.is_internal:
        raise ValidationError(
            msg(
                "Een paar in de confrontatiematrix is een sterkte of zwakte met een kans "
                "of bedreiging, niet {a} met {b}.",
                a=internal.label,
                b=external.label,
            ),
            "pair",
        )
    return StrategyField(internal.value + external.value)


def parse_field(value: object) -> StrategyField:
    try:
        return StrategyField(str(value).strip().upper())
    except ValueError:
        raise ValidationError(
            msg(
                "Onbekend veld {value}: kies uit SO, ST, WO of WT.",
                value=repr(value),
            ),
            "field",
        ) from None


def weight(value: object) -> int:
    """A pair's weight: 0 (not marked) up to 3 (matters most)."""
    if not isinstance(value, int) or isinstance(value, bool) or value not in WEIGHTS:
        raise ValidationError(
            msg(
                "Het gewicht van een paar moet 0, 1, 2 of 3 zijn, niet {value}.",
                value=repr(value),
            ),
            "weight",
        )
    return value


@dataclass(frozen=True)
class Page:
    """Which page of a long list of points: index (0-based) of ``count`` pages."""

    index: int
    count: int


def page_of(first: Sequence[T], second: Sequence[T], index: int, size: int) -> tuple[list[T], Page]:
    """One page of two quadrants side by side: up to ``size`` of each, so that a
    page of a large workshop never shows only strengths (or only opportunities)."""
    count = max(1, -(-len(first) // size), -(-len(second) // size))
    index = max(0, min(index, count - 1))
    start = index * size
    return [*first[start : start + size], *second[start : start + size]], Page(index, count)
