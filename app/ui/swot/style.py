"""Colours of the four quadrants, for the board and the projected screen.

Each quadrant has a tint (its header and area headings) and an ink for text
on that tint. Both themes keep text contrast above 7:1 (WCAG AAA), so the tints
stay readable from the back of a room on a washed-out projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import Quadrant


@dataclass(frozen=True)
class Tint:
    header: str  # background of the quadrant's title
    heading: str  # background of its area headings
    ink: str  # text on both


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str
    rule: str  # the line between points
    latest: str  # background of the point captured last
    latest_text: str
    tints: dict[Quadrant, Tint]


LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    text="#111111",
    muted="#4A4A4A",
    rule="#D9D9D9",
    latest="#FFF1B8",
    latest_text="#111111",
    tints={
        Quadrant.STRENGTH: Tint("#CDE8CF", "#E8F4E9", "#0B3D12"),
        Quadrant.WEAKNESS: Tint("#F8D9C4", "#FCEDE3", "#4A1D00"),
        Quadrant.OPPORTUNITY: Tint("#CFE2F5", "#E7F0FA", "#0A2E52"),
        Quadrant.THREAT: Tint("#F3CFD6", "#F9E7EA", "#4D0A17"),
    },
)

DARK = Theme(
    name="dark",
    background="#101010",
    text="#FFFFFF",
    muted="#D0D0D0",
    rule="#3A3A3A",
    latest="#5C4A00",
    latest_text="#FFFFFF",
    tints={
        Quadrant.STRENGTH: Tint("#1E5A27", "#173F1C", "#FFFFFF"),
        Quadrant.WEAKNESS: Tint("#7A3A10", "#55290C", "#FFFFFF"),
        Quadrant.OPPORTUNITY: Tint("#1D4E80", "#163A5E", "#FFFFFF"),
        Quadrant.THREAT: Tint("#7D1E33", "#561626", "#FFFFFF"),
    },
)


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2) of "#RRGGBB"."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
