"""Small building blocks the sections share: paragraphs of user text, bullets, tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.domain.records import Location, SwotItem
from app.reports import fonts
from app.reports.data import ReportData
from app.reports.document import Outline
from app.reports.styles import FRAME_WIDTH, MUTED, MUTED_HEX, RULE, SHADE, esc, shaped, styles

Cell = str | Flowable | list[Flowable] | None
# A table sets its cells' font even when every cell is a paragraph; ReportLab's
# default is Helvetica, which it never embeds.
CELL_FONT = [("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]


@dataclass
class Context:
    """What every section builder gets: the data, the outline and today's date text."""

    data: ReportData
    outline: Outline
    today: str

    @cached_property
    def items_by_id(self) -> dict[str, SwotItem]:
        return {i.id: i for i in self.data.items}

    @cached_property
    def path_titles(self) -> dict[str, str]:
        return {p.id: p.title for p in self.data.paths}

    @cached_property
    def location_by_id(self) -> dict[str, Location]:
        return {loc.id: loc for loc in self.data.locations}


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of user text (escaped)."""
    return paragraph(esc(text), styles()[style])


def paragraph(text: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A paragraph of markup, shaped when it holds Arabic or Hebrew (styles.shaped)."""
    return Paragraph(text, shaped(style, text), **kwargs)


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup; user text inside must already be escaped."""
    return paragraph(text, styles()[style])


def bullet(text: str | None, style: str = "bullet") -> Paragraph:
    return paragraph(esc(text), styles()[style], bulletText="•")


def muted(text: str) -> str:
    """Markup for a small grey remark after user text (the text must be escaped)."""
    return f'<font size="7.5" color="{MUTED_HEX}">{text}</font>'


def table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    extra: Sequence[tuple] = (),
    total_row: bool = False,
) -> Table:
    """A ruled table. String cells are user text: escaped and wrapped; columns in
    ``right`` are right-aligned (numbers). ``widths`` are fractions of the frame."""
    s = styles()

    def cell(value: Cell, col: int, bold: bool = False) -> Flowable | list[Flowable] | str:
        if value is None:
            return ""
        if isinstance(value, Flowable | list):
            return value
        name = "cell_right" if col in right else ("cell_bold" if bold else "cell")
        return paragraph(esc(value), s[name])

    body = [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    if total_row and body:
        body[-1] = [cell(v, i, bold=True) for i, v in enumerate(rows[-1])]
    data = body
    if header is not None:
        head_style = s["label"]
        data = [
            [
                paragraph(esc(h), s["label_right"] if i in right else head_style)
                for i, h in enumerate(header)
            ],
            *body,
        ]
    commands: list[tuple] = [
        *CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED))
    commands.extend(extra)
    return Table(
        data,
        colWidths=[w * FRAME_WIDTH for w in widths],
        repeatRows=1 if header is not None else 0,
        splitInRow=1,  # a cell of long user text may be taller than a page
        style=TableStyle(commands),
        hAlign="LEFT",
    )


@dataclass
class Composed:
    """A report ready for either writer (PDF, Word): the cover, the contents, the body.
    Here rather than in build.py, which hands it to word.py: one direction."""

    ctx: Context
    cover: list[Flowable]
    contents: list[Flowable]
    body: list[Flowable]
    title: str
    subject: str

    @property
    def story(self) -> list[Flowable]:
        return [*self.cover, *self.contents, *self.body]
