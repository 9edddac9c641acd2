"""Paragraph styles, colours and text helpers shared by the report's sections."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.domain.enums import Quadrant
from app.reports import fonts
from app.reports.letters import needs_shaping, printable

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP_MARGIN = 24 * mm  # room for the running header
BOTTOM_MARGIN = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1F2933")
MUTED_HEX = "#5F6B7A"
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#C9D1DA")
ACCENT_HEX = "#1D5C8C"
ACCENT = colors.HexColor(ACCENT_HEX)  # headings, cover band: Atelier's own accent
# The accent of the report being built: the workshop's house style may set its own.
_accent: ContextVar[str] = ContextVar("report_accent", default=ACCENT_HEX)
SHADE = colors.HexColor("#EEF2F6")  # table headers
HIGHLIGHT = colors.HexColor("#FFF4D6")  # top-N rows, werkpunten
QUADRANT_COLOURS = {
    Quadrant.STRENGTH: colors.HexColor("#2E7D32"),
    Quadrant.WEAKNESS: colors.HexColor("#C62828"),
    Quadrant.OPPORTUNITY: colors.HexColor("#1565C0"),
    Quadrant.THREAT: colors.HexColor("#EF6C00"),
}

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def esc(text: str | None) -> str:
    """User text as ReportLab paragraph markup: printed exactly as typed.

    NFC first, because the font has precomposed letters (ễ) but ReportLab does not
    position combining marks; a letter the font lacks as its name (letters.py, never
    an empty box); then &, < and > escaped; line breaks kept."""
    clean = printable(unicodedata.normalize("NFC", text or ""))
    return escape(clean).replace("\r\n", "\n").replace("\n", "<br/>")


def shaped(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """``style``, shaped by HarfBuzz when ``text`` has Arabic or Hebrew (letters.py);
    other text keeps ReportLab's plain layout (faster, and as it always was)."""
    if not needs_shaping(text):
        return style
    return _shaped_clone(style)


@cache
def _shaped_clone(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def long_date(day: dt.date | None) -> str:
    if day is None:
        return "–"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def number(value: float, decimals: int = 0) -> str:
    """Flemish notation: 1.234.567 and 2,5."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def score(value: float | None) -> str:
    return "–" if value is None else number(value, 1)


def clusters_label(n: int) -> str:
    return f"{n} cluster" if n == 1 else f"{n} clusters"


def accent() -> colors.Color:
    """The accent colour of the report being built."""
    return colors.HexColor(_accent.get())


@contextmanager
def accent_colour(hex_colour: str | None) -> Iterator[None]:
    """Build a report in the workshop's accent colour ("" or None: Atelier's own)."""
    token = _accent.set(hex_colour or ACCENT_HEX)
    try:
        yield
    finally:
        _accent.reset(token)


def styles() -> dict[str, ParagraphStyle]:
    return _styles(_accent.get())


@cache
def _styles(accent_hex: str) -> dict[str, ParagraphStyle]:
    fonts.register()
    ACCENT = colors.HexColor(accent_hex)  # noqa: N806 - the module's name, this report's value
    body = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        spaceAfter=4,
        bulletFontName=fonts.REGULAR,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kw)

    return {
        "body": body,
        "h1": derive(
            "h1",
            fontName=fonts.BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=10,
        ),
        # Subheadings stay with what follows them: never alone at the foot of a page.
        "h2": derive(
            "h2",
            fontName=fonts.BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=8,
            keepWithNext=1,
        ),
        "h3": derive(
            "h3", fontName=fonts.BOLD, fontSize=10.5, leading=13.5, spaceBefore=6, keepWithNext=1
        ),
        "h4": derive(
            "h4", fontName=fonts.BOLD, fontSize=9.5, leading=12, spaceBefore=3, keepWithNext=1
        ),
        # The workshop's own introduction and conclusion.
        "own": derive("own", fontSize=10, leading=14, spaceAfter=6),
        "bullet": derive("bullet", leftIndent=10, bulletIndent=1, spaceAfter=1.5),
        "point": derive(
            "point",
            leftIndent=50,
            bulletIndent=0,
            spaceAfter=1,
            spaceBefore=3,
            bulletFontName=fonts.BOLD,
            bulletFontSize=7.5,
        ),
        "source": derive(
            "source", fontSize=7.5, leading=9.5, textColor=MUTED, leftIndent=58, spaceAfter=2
        ),
        # A fiche starts on a fresh page and fits it: its headings need no keeping
        # together, which would cost four KeepTogethers per fiche.
        "fiche_title": derive(
            "fiche_title",
            fontName=fonts.BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=7,
        ),
        "fiche_label": derive(
            "fiche_label", fontName=fonts.BOLD, fontSize=9.5, leading=12, spaceBefore=3
        ),
        "werkpunten": derive("werkpunten", spaceBefore=6, spaceAfter=6),
        "small": derive("small", fontSize=8, leading=10, textColor=MUTED),
        "cell": derive("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_bold": derive("cell_bold", fontName=fonts.BOLD, fontSize=8.5, leading=10.5),
        "cell_bullet": derive(
            "cell_bullet", fontSize=8.5, leading=10.5, leftIndent=8, bulletIndent=0, spaceAfter=1
        ),
        "badge": derive(
            "badge",
            fontName=fonts.BOLD,
            fontSize=9,
            leading=11,
            alignment=TA_CENTER,
            textColor=colors.white,
        ),
        "cell_right": derive("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "label": derive(
            "label", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=MUTED, spaceAfter=1
        ),
        "label_right": derive(
            "label_right",
            fontName=fonts.BOLD,
            fontSize=8,
            leading=10,
            textColor=MUTED,
            alignment=TA_RIGHT,
        ),
        "cover_org": derive(
            "cover_org", fontName=fonts.BOLD, fontSize=15, leading=19, textColor=colors.white
        ),
        "cover_title": derive(
            "cover_title", fontName=fonts.BOLD, fontSize=26, leading=31, textColor=INK
        ),
        "cover_line": derive("cover_line", fontSize=12, leading=16, textColor=MUTED),
        "centre": derive("centre", alignment=TA_CENTER),
    }
