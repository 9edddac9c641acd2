"""Letters in the report: never an empty box.

The report's font (DejaVu Sans Condensed, resources/fonts) has Latin, Greek,
Cyrillic, Arabic, Hebrew, many symbols and the common smileys. A letter it lacks
(most emoji, Chinese) would print as an empty box: it is printed as its Unicode
name in brackets instead ("[party popper]"), and every such replacement is listed
in the report's log (build_report's ``notes``; the CLI prints them). Invisible
format characters without a glyph (variation selectors, joiners, skin-tone
modifiers) are left out: they change how an emoji looks, not what it says.

Arabic and Hebrew are shaped with HarfBuzz (the uharfbuzz package; ReportLab's
optional shaping): letters join, and each word runs right to left. ReportLab cannot
reorder words across a line break without its own bidi package (rlbidi, not on
PyPI), so a right-to-left sentence that wraps keeps its lines in typing order
(docs/report.md).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from reportlab.pdfbase import pdfmetrics

from app.reports import fonts

# Letters that join or run right to left: Hebrew, Arabic (and its supplements and
# presentation forms), Syriac, Thaana, N'Ko.
_SHAPED_RANGES = (
    (0x0590, 0x08FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
)
# Format characters that only adjust a neighbour: dropped when the font lacks them.
_ADJUSTERS = (
    (0x200B, 0x200F),  # zero-width space, (non-)joiners, direction marks
    (0x2060, 0x2064),
    (0xFE00, 0xFE0F),  # variation selectors (text or emoji presentation)
    (0x1F3FB, 0x1F3FF),  # skin-tone modifiers
    (0xE0000, 0xE007F),  # tags (flags of regions)
    (0xE0100, 0xE01EF),
)

_replaced: ContextVar[Counter[str] | None] = ContextVar("replaced", default=None)


def _within(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


@cache
def _covered() -> frozenset[int]:
    """The code points both report faces (regular and bold) have a glyph for."""
    fonts.register()
    faces = [pdfmetrics.getFont(name).face for name in (fonts.REGULAR, fonts.BOLD)]
    sets = [{c for c, glyph in face.charToGlyph.items() if glyph} for face in faces]
    return frozenset(set.intersection(*sets))


def replacement(char: str) -> str:
    """What prints instead of a letter the font lacks: its name, in brackets."""
    name = unicodedata.name(char, f"U+{ord(char):04X}")
    return f"[{name.lower()}]"


def printable(text: str) -> str:
    """``text`` with every letter the font lacks replaced (and counted when a report
    is being built, see collecting)."""
    covered = _covered()
    if all(ord(c) in covered or c in "\n\r\t" for c in text):
        return text
    out = []
    counted = _replaced.get()
    for char in text:
        code = ord(char)
        if code in covered or char in "\n\r\t":
            out.append(char)
        elif _within(code, _ADJUSTERS):
            continue  # a modifier: the letter it modifies is printed (or replaced)
        else:
            out.append(replacement(char))
            if counted is not None:
                counted[char] += 1
    return "".join(out)


def line(text: str, font_name: str, font_size: float) -> str:
    """One line of text to draw on the canvas (contents, running header), its Arabic
    and Hebrew runs shaped and right to left. A paragraph does this itself (a shaped
    style, styles.shaped); a canvas string shapes as one run in one direction, so a
    Dutch title with a Hebrew name would come out with the name reversed."""
    if not needs_shaping(text):
        return text
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.ttfonts import shapeFragWord

    out = None
    for right_to_left, run in _runs(text):
        # HarfBuzz takes each run's direction from its letters; the rest is set as it
        # is (no discretionary ligatures such as the "st" one).
        features = _JOINED if right_to_left else _AS_TYPED
        word = [pdfmetrics.stringWidth(run, font_name, font_size)]
        word.append((ABag(fontName=font_name, fontSize=font_size), run))
        piece = shapeFragWord(word, features=features, force=True)[1][1]
        out = piece if out is None else out + piece
    return out if out is not None else text


_JOINED = {"kern": True, "liga": True}
_AS_TYPED = {"kern": False, "liga": False, "dlig": False, "clig": False}


def _runs(text: str) -> list[tuple[bool, str]]:
    """``text`` cut where the writing direction changes: runs of right-to-left letters
    (with the spaces and punctuation between them) and the rest, in typing order,
    each with whether it runs right to left. The line's own direction is left to
    right (the report is Dutch); digits stay left to right."""
    kinds = [_direction(c) for c in text]
    for i, kind in enumerate(kinds):  # a neutral between two right-to-left letters joins them
        if kind is None:
            before = next((k for k in reversed(kinds[:i]) if k is not None), False)
            after = next((k for k in kinds[i + 1 :] if k is not None), False)
            kinds[i] = before and after
    runs: list[tuple[bool, str]] = []
    for char, kind in zip(text, kinds, strict=True):
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + char)
        else:
            runs.append((bool(kind), char))
    return runs


def _direction(char: str) -> bool | None:
    """True for a right-to-left letter, False for one written left to right (and digits),
    None for a space or punctuation, which takes its neighbours' direction."""
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return True
    if kind in ("L", "EN", "AN"):
        return False
    return None


def needs_shaping(text: str) -> bool:
    """Whether ``text`` has letters that join or run right to left."""
    return any(_within(ord(c), _SHAPED_RANGES) for c in text)


@contextmanager
def collecting() -> Iterator[Counter[str]]:
    """Count the letters replaced while the block runs (one report build)."""
    counter: Counter[str] = Counter()
    token = _replaced.set(counter)
    try:
        yield counter
    finally:
        _replaced.reset(token)
