"""Field rules shared by the services, imports and the GUI's editors."""

from __future__ import annotations

import re

from app.domain.enums import Decision
from app.domain.errors import ValidationError
from app.domain.messages import msg

SDG_RANGE = range(1, 18)
# Tableau 10, ordered so that the first six (most workshops have fewer clusters) stay
# apart for the colour-vision deficiencies too (domain/colour_vision.py; the red of
# Tableau 10 looks like its green to deuteranopes, so it comes last). On the
# projector a cluster's short code stands beside its mark: colour is never the only
# cue. A new cluster takes the next colour.
CLUSTER_PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#9C755F",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#BAB0AC",
    "#E15759",
)
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
SCORE_RANGE = range(1, 6)
MAX_TEXT = 10_000


def required_text(value: str | None, label: str, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(msg("{label} mag niet leeg zijn.", label=label), field)
    return optional_text(text, label, field)


def optional_text(value: str | None, label: str, field: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(
            msg("{label} is te lang (hoogstens {max} tekens).", label=label, max=MAX_TEXT), field
        )
    return text


def planning_period(start: int, end: int) -> tuple[int, int]:
    if not (1900 < start < 2200 and 1900 < end < 2200):
        raise ValidationError(
            msg("De planningsperiode moet uit twee jaartallen bestaan."), "period"
        )
    if end < start:
        raise ValidationError(msg("De planningsperiode eindigt vóór ze begint."), "period")
    return start, end


def sdgs(values: object) -> tuple[int, ...]:
    out = set()
    for v in values or ():  # type: ignore[attr-defined]
        if not isinstance(v, int) or isinstance(v, bool) or v not in SDG_RANGE:
            raise ValidationError(
                msg("SDG {value} bestaat niet: kies uit 1 tot 17.", value=repr(v)), "sdgs"
            )
        out.add(v)
    return tuple(sorted(out))


def score(value: int | None, label: str | None = None) -> int | None:
    """1–5, or None for "weet niet"."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value not in SCORE_RANGE:
        raise ValidationError(
            msg("{label} moet tussen 1 en 5 liggen (of 'weet niet').", label=label or msg("Score")),
            "score",
        )
    return value


def year_in_period(year: int, start: int, end: int, label: str) -> int:
    if not isinstance(year, int) or not start <= year <= end:
        raise ValidationError(
            msg(
                "{label}: {year} valt buiten de planningsperiode {start}–{end}.",
                label=label,
                year=year,
                start=start,
                end=end,
            ),
            "year",
        )
    return year


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_EMAIL = 320


def email(value: str) -> str:
    """An e-mail address as typed (trimmed), or empty; something else is refused."""
    text = (value or "").strip()
    if text and (len(text) > MAX_EMAIL or not _EMAIL.fullmatch(text)):
        raise ValidationError(
            msg(
                "'{value}' is geen e-mailadres; verwacht iets als naam@gemeente.be.",
                value=text[:60],
            ),
            "email",
        )
    return text


def non_negative(value: float, label: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            msg("{label} moet een getal zijn.", label=label), "resources"
        ) from None
    if number != number or number < 0 or number in (float("inf"),):
        raise ValidationError(msg("{label} mag niet negatief zijn.", label=label), "resources")
    return number


def color(value: str) -> str:
    if not isinstance(value, str) or not _HEX.match(value):
        raise ValidationError(
            msg("Kleur {value} is geen kleurcode zoals #4E79A7.", value=repr(value)), "color"
        )
    return value.upper()


def parse_decision(value: object, where: str = "decision") -> Decision:
    """``ja``, ``nee``, ``later`` or ``open`` (any case); anything else is refused by name."""
    text = str(value or "").strip().lower()
    try:
        return Decision(text)
    except ValueError:
        raise ValidationError(
            msg(
                "Onbekend besluit {value}: kies ja, nee, later of open.",
                value=repr(str(value or "")),
            ),
            where,
        ) from None
