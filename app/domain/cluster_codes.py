"""Short codes for clusters ("BS" for Burger en samenleving): on the projector a
code stands beside each point's colour mark, so that colour is never the only cue
to whose point it is, and the legend pairs each code with the full name."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that do not carry a cluster's name (Dutch articles, conjunctions, prepositions).
SMALL_WORDS = frozenset(
    {"de", "het", "een", "en", "van", "voor", "in", "op", "met", "aan", "te", "der", "&"}
)


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in SMALL_WORDS]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return "".join(w[0] for w in words[:3]).upper()


def short_codes(names: Iterable[str]) -> list[str]:
    """A code per name, in order, unique among them (a digit added where two clash)."""
    codes: list[str] = []
    for name in names:
        code = _initials(name)
        if code in codes:
            n = 2
            while f"{code}{n}" in codes:
                n += 1
            code = f"{code}{n}"
        codes.append(code)
    return codes
