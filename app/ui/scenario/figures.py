"""How the scenario writes its money, for the window and the projected screen alike
(one module both import, so that neither imports the other)."""

from __future__ import annotations

import math

from app.ui.proposals.money import number

GOOD = "#1E6B34"  # green and red both readable on white (contrast above 4.5:1)
SHORT = "#B3261E"


def whole(value: float) -> int:
    """Rounded half away from zero (214,5 → 215), as people round money."""
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def balance_text(value: float, ok: str, short: str) -> str:
    """A balance with its sign and a word: never colour alone."""
    if value < -0.005:
        return f"− {number(whole(-value))} {short}"
    return f"+ {number(whole(value))} {ok}"


def is_short(value: float) -> bool:
    return value < -0.005
