"""Search that forgives case and accents: 'creeren' finds 'creëren'."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches(query: str, *texts: str) -> bool:
    """Every word of ``query`` occurs in one of ``texts``."""
    haystack = " ".join(fold(t) for t in texts)
    return all(word in haystack for word in fold(query).split())


def natural_key(text: str) -> tuple[tuple[int, object], ...]:
    """Sort 'BS-2' before 'BS-10', and 'Éénloket' beside 'Eenloket'."""
    parts = re.split(r"(\d+)", fold(text))
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)
