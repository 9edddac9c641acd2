"""The phone survey (VOTING-API.md's ``survey`` method): the internal questionnaire
of seed 003 answered per participant, and the rules its answers must keep.

A survey round asks every statement of the workshop's internal areas on the
agreement scale 1–5 (or "weet niet", stored as None) and the importance 1–5 of
every internal area. The answers become participant-level statement scores and
area ratings, so the rose's averaging rule (app.domain.analysis) takes them in.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.errors import ValidationError
from app.domain.messages import msg

SCALE_MIN = 1
SCALE_MAX = 5
AGREEMENT = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")
IMPORTANCE = (
    "niet belangrijk",
    "weinig belangrijk",
    "matig belangrijk",
    "belangrijk",
    "heel belangrijk",
)
DONT_KNOW = "weet niet"
RESPONDENT_ROLE = "respondent (telefoon)"

ENTRY_KEYS = ("scores", "importance")


def rules() -> dict[str, Any]:
    """A survey round's rules as GET /round gives them (the scale is fixed)."""
    return {
        "scale": {"min": SCALE_MIN, "max": SCALE_MAX, "labels": list(AGREEMENT)},
        "dont_know": DONT_KNOW,
        "importance": {"min": SCALE_MIN, "max": SCALE_MAX, "labels": list(IMPORTANCE)},
    }


def validate_rules(given: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical rules; a different scale is refused (answers are stored as 1–5)."""
    for key in ("scale", "importance"):
        scale = given.get(key)
        if scale is None:
            continue
        if (
            not isinstance(scale, Mapping)
            or scale.get("min", SCALE_MIN) != SCALE_MIN
            or scale.get("max", SCALE_MAX) != SCALE_MAX
        ):
            raise ValidationError(
                msg(
                    "Een bevraging gebruikt altijd de schaal {low} tot {high}.",
                    low=SCALE_MIN,
                    high=SCALE_MAX,
                ),
                key,
            )
    return rules()


@dataclass(frozen=True)
class Answers:
    """One respondent's answers: statement id -> 1–5 or None ("weet niet"), and
    internal area id -> importance 1–5. What is left out was not answered."""

    scores: dict[str, int | None]
    importance: dict[str, int]

    @property
    def count(self) -> int:
        return len(self.scores) + len(self.importance)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_answers(
    entries: Any, statement_ids: Collection[str], area_ids: Collection[str]
) -> Answers:
    """Check a survey ballot's ``entries`` against the questionnaire.

    ``{"scores": {STATEMENT_ID: 1..5 or null}, "importance": {AREA_ID: 1..5}}``;
    either part may be left out, but not both. Raises ValidationError in Dutch.
    """
    if not isinstance(entries, dict):
        raise ValidationError(
            msg("Verwacht de antwoorden als een object met 'scores' en 'importance'."), "entries"
        )
    unknown = [key for key in entries if key not in ENTRY_KEYS]
    if unknown:
        raise ValidationError(
            msg("Onbekend onderdeel in de antwoorden: {key}.", key=repr(unknown[0])), "entries"
        )
    given_scores = entries.get("scores", {})
    given_importance = entries.get("importance", {})
    if not isinstance(given_scores, dict):
        raise ValidationError(msg("Verwacht bij 'scores' een antwoord per stelling."), "entries")
    if not isinstance(given_importance, dict):
        raise ValidationError(msg("Verwacht bij 'importance' het belang per domein."), "entries")
    statements, areas = set(statement_ids), set(area_ids)
    scores: dict[str, int | None] = {}
    for statement_id, value in given_scores.items():
        if statement_id not in statements:
            raise ValidationError(
                msg("Onbekende stelling: {id}.", id=repr(statement_id)), "entries"
            )
        if value is not None and (not _is_int(value) or not SCALE_MIN <= value <= SCALE_MAX):
            raise ValidationError(
                msg(
                    "Een antwoord op een stelling ligt tussen {low} en {high}, "
                    "of is null voor 'weet niet'.",
                    low=SCALE_MIN,
                    high=SCALE_MAX,
                ),
                "entries",
            )
        scores[statement_id] = value
    importance: dict[str, int] = {}
    for area_id, value in given_importance.items():
        if area_id not in areas:
            raise ValidationError(msg("Onbekend domein: {id}.", id=repr(area_id)), "entries")
        if not _is_int(value) or not SCALE_MIN <= value <= SCALE_MAX:
            raise ValidationError(
                msg(
                    "Het belang van een domein ligt tussen {low} en {high}.",
                    low=SCALE_MIN,
                    high=SCALE_MAX,
                ),
                "entries",
            )
        importance[area_id] = value
    answers = Answers(scores, importance)
    if not answers.count:
        raise ValidationError(msg("Er is nog niets beantwoord."), "entries")
    return answers
