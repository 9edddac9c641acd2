"""What a report holds: its parts, the documents a municipality hands over (presets),
and the parts that can carry the workshop's own introduction and conclusion."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import AreaKind
from app.domain.errors import ValidationError
from app.domain.messages import msg

# The report's parts in report order ("all" is every one of them).
PART_ORDER = ("method", "swot", "analysis", "strategy", "paths", "ranking", "fiches")
# "keuzenota" is asked for on its own (the note handed to the council), not in "all".
# "goals" too: the goal tree with its owners, indicators, fiches and money per year.
PARTS = (
    "all", "swot", "analysis", "strategy", "paths", "ranking", "fiches", "keuzenota", "goals",
)  # fmt: skip

# Parts that carry an introduction and a conclusion; "all" is the report as a whole.
TEXT_PARTS = ("all", *PART_ORDER)
TEXT_PART_LABELS = {
    "all": "Het rapport als geheel",
    "method": "Werkwijze",
    "swot": "SWOT-analyse",
    "analysis": "Positioneringsrozen",
    "strategy": "Confrontatiematrix en strategieën",
    "paths": "Ontwikkelpaden en leidende principes",
    "ranking": "Rangschikking van de stemrondes",
    "fiches": "Fiches",
}


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    parts: tuple[str, ...]
    # Only the areas (SWOT domains, roses) of this kind; None: every area.
    area_kind: AreaKind | None = None
    # The participants' annex (when names may be shown) closes the full report only.
    with_annex: bool = False


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("volledig", "Volledig rapport", PART_ORDER, None, with_annex=True),
        Preset("extern", "Externe analyse", ("swot", "analysis"), AreaKind.EXTERNAL),
        # The questionnaire's statements, then the roses and werkpunten.
        Preset("zelfevaluatie", "Zelfevaluatie", ("questionnaire", "analysis"), AreaKind.INTERNAL),
        Preset("intern", "Interne analyse", ("method", "swot", "analysis"), AreaKind.INTERNAL),
        # The keuzenota (app/reports/sections/keuzenota.py), then the fiches.
        Preset("keuzenota", "Keuzenota", ("keuzenota", "fiches")),
        # The goal tree with owners, indicators, fiches and money per year.
        Preset("doelen", "Doelen", ("goals",)),
    )
}
DEFAULT_PRESET = "volledig"


def preset(name: str) -> Preset:
    """The preset called ``name``, or a Dutch error listing the names there are."""
    found = PRESETS.get(name.strip().casefold())
    if found is None:
        raise ValidationError(
            msg(
                "Onbekend document '{name}': kies uit {names}.",
                name=name,
                names=", ".join(PRESETS),
            ),
            "preset",
        )
    return found


def plan(part: str, preset_name: str = DEFAULT_PRESET) -> tuple[str, ...]:
    """The parts a report shows: the preset's, narrowed to ``part`` unless it is "all"."""
    if part not in PARTS:
        raise ValidationError(
            msg("Onbekend deel '{part}': kies uit {parts}.", part=part, parts=", ".join(PARTS)),
            "part",
        )
    chosen = preset(preset_name).parts
    if part == "all":
        return chosen
    if part in ("keuzenota", "goals"):  # a document of its own, whatever the preset
        return (part,)
    if part not in chosen:
        raise ValidationError(
            msg(
                "Het document '{preset}' bevat het deel '{part}' niet: kies uit {parts}.",
                preset=preset_name,
                part=part,
                parts=", ".join(chosen),
            ),
            "part",
        )
    return (part,)


def paragraphs(text: str) -> list[str]:
    """A user's plain text as paragraphs: split at blank lines, lines within one joined."""
    out: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            out.append(" ".join(lines))
    return out
