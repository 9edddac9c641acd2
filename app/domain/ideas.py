"""Ideas rounds (docs/voting-api.md, additions): phones send short texts, the
facilitator decides what reaches the board.

The rules of a round, checking one idea against them, and the statuses an idea
goes through. Standard library only: the services and the web server share it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from app.domain.enums import Quadrant
from app.domain.errors import ValidationError
from app.domain.messages import msg

DEFAULT_MAX_LENGTH = 280
MAX_MAX_LENGTH = 2000  # a body of 16 KiB holds it, even in four-byte letters
QUADRANT_CODES = tuple(q.value for q in Quadrant)  # S, W, O, T: the board's order
# Letters a phone cannot mean to send: C0 controls but tab and newline, DEL, and
# the C1 controls (PostgreSQL refuses NUL outright; the rest would print as boxes).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class IdeaStatus(StrEnum):
    """What the facilitator decided about an idea."""

    PENDING = "pending"  # waiting in the queue
    ACCEPTED = "accepted"  # a SWOT point of its own (or a recommendation)
    REJECTED = "rejected"  # not on the board; kept, so that undo and the count hold
    MERGED = "merged"  # joined an existing point, as consolidation absorbs a duplicate

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    IdeaStatus.PENDING: msg("Nieuw"),
    IdeaStatus.ACCEPTED: msg("Aanvaard"),
    IdeaStatus.REJECTED: msg("Afgewezen"),
    IdeaStatus.MERGED: msg("Samengevoegd"),
}


def rules(
    max_length: int = DEFAULT_MAX_LENGTH,
    quadrants: tuple[str, ...] | list[str] = (),
    per_cluster: bool = False,
) -> dict[str, Any]:
    """An ideas round's rules in their JSON shape (voting-api.md): the longest text, the
    quadrants asked for (empty: free ideas) and whether a phone names its cluster."""
    return validate_rules(
        {"max_length": max_length, "quadrants": list(quadrants), "per_cluster": per_cluster}
    )


def validate_rules(given: Mapping[str, Any]) -> dict[str, Any]:
    """The rules in canonical form, or ValidationError (Dutch)."""
    length = given.get("max_length", DEFAULT_MAX_LENGTH)
    if not isinstance(length, int) or isinstance(length, bool) or not 1 <= length <= MAX_MAX_LENGTH:
        raise ValidationError(
            msg(
                "De langste tekst van een idee is een geheel getal van 1 tot {most} tekens.",
                most=MAX_MAX_LENGTH,
            ),
            "max_length",
        )
    asked = given.get("quadrants", [])
    if isinstance(asked, str):
        asked = list(asked.replace(",", "").replace(" ", ""))
    if not isinstance(asked, list | tuple) or any(
        not isinstance(q, str) or q.upper() not in QUADRANT_CODES for q in asked
    ):
        raise ValidationError(
            msg("Kies de kwadranten uit S, W, O en T (sterkte, zwakte, kans, bedreiging)."),
            "quadrants",
        )
    wanted = {q.upper() for q in asked}
    per_cluster = given.get("per_cluster", False)
    if not isinstance(per_cluster, bool):
        raise ValidationError(msg("'per_cluster' is waar of onwaar."), "per_cluster")
    return {
        "max_length": length,
        "quadrants": [q for q in QUADRANT_CODES if q in wanted],
        "per_cluster": per_cluster,
    }


def clean_text(text: Any, max_length: int) -> str:
    """An idea's text as it is kept: surrounding spaces off, line ends as ``\\n``;
    ValidationError (Dutch) when it is empty, too long or holds control characters.
    Length counts letters (code points), as the phone's counter does."""
    if not isinstance(text, str):
        raise ValidationError(msg("Het idee ('text') moet tekst zijn."), "text")
    clean = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not clean:
        raise ValidationError(msg("Het idee is leeg: schrijf eerst iets."), "text")
    if len(clean) > max_length:
        raise ValidationError(
            msg(
                "Het idee is te lang: {length} tekens, hoogstens {most}.",
                length=len(clean),
                most=max_length,
            ),
            "text",
        )
    if _CONTROL.search(clean):
        raise ValidationError(msg("Het idee bevat tekens die geen tekst zijn."), "text")
    return clean


def check_quadrant(value: Any, asked: list[str] | tuple[str, ...]) -> str | None:
    """The quadrant an idea is for: one of ``asked`` (required when the round asks for
    quadrants), or None for a round of free ideas (a quadrant sent then is refused,
    not dropped)."""
    if value is None or value == "":
        if asked:
            raise ValidationError(
                msg("Kies bij je idee: sterkte, zwakte, kans of bedreiging."), "quadrant"
            )
        return None
    if not isinstance(value, str) or value.upper() not in (asked or ()):
        if not asked:
            raise ValidationError(
                msg("Deze ronde vraagt geen kwadrant: stuur het idee zonder 'quadrant'."),
                "quadrant",
            )
        raise ValidationError(
            msg(
                "Onbekend kwadrant {value}: kies uit {asked}.",
                value=repr(value)[:40],
                asked=", ".join(asked),
            ),
            "quadrant",
        )
    return value.upper()
