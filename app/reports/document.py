"""The report's page machinery: A4 templates with running header and footer,
headings that become bookmarks and contents entries, and numbers that are only
known at the end ("p. X van Y", the contents' page numbers).

Those late numbers are PDF form XObjects: a page draws a reference to a form
that is defined when the canvas is saved. So the whole report is laid out in
one pass, however long it is (multiBuild would lay it out two or three times).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from app.domain.errors import AtelierError
from app.domain.messages import msg
from app.reports import fonts
from app.reports.letters import line, printable
from app.reports.styles import (
    BOTTOM_MARGIN,
    FRAME_WIDTH,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TOP_MARGIN,
    accent,
    esc,
    shaped,
    styles,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ReportCancelled(AtelierError):
    """The user cancelled the report; nothing was written."""

    def __init__(self) -> None:
        super().__init__(msg("Rapport geannuleerd; er werd geen bestand geschreven."))


@dataclass(frozen=True)
class TocEntry:
    level: int
    title: str
    key: str


@dataclass
class Outline:
    """Headings in story order, so that the contents can be set before the body."""

    entries: list[TocEntry] = field(default_factory=list)
    _keys: itertools.count = field(default_factory=itertools.count)

    def heading(
        self, title: str, level: int, style: str, *, toc: bool = True, remark: str = ""
    ) -> Heading:
        """A heading paragraph that bookmarks itself. ``level`` is its depth in the
        PDF outline; ``toc`` lists it in the contents (levels 0 and 1 only, to keep
        the contents short). ``remark`` is our own markup after the title (not in
        the bookmark)."""
        key = f"h{next(self._keys)}"
        if toc and level <= 1:
            self.entries.append(TocEntry(level, title, key))
        text = esc(title) + remark
        heading = Heading(text, shaped(styles()[style], text))
        heading.key, heading.title, heading.level = key, title, level
        return heading


class Heading(Paragraph):
    """A paragraph that, where it is drawn, becomes a bookmark and an outline entry.

    Paragraph.split makes new instances with Paragraph's own arguments, so the
    bookmark fields are attributes: the first part of a split keeps them, the
    rest has none."""

    key: str | None = None
    title = ""
    level = 0

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        if parts and isinstance(parts[0], Heading):
            parts[0].key, parts[0].title, parts[0].level = self.key, self.title, self.level
        return parts

    def draw(self) -> None:
        super().draw()
        if self.key is None:
            return
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, self.height + 4)
        canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level >= 1)
        canv.heading_pages.setdefault(self.key, canv.getPageNumber())


class TocLine(Flowable):
    """One line of the contents: title, dot leader, page number (a late form), link."""

    def __init__(self, entry: TocEntry) -> None:
        super().__init__()
        self.entry = entry
        self.font = fonts.BOLD if entry.level == 0 else fonts.REGULAR
        self.size = 10.5 if entry.level == 0 else 9.5
        self.indent = 0 if entry.level == 0 else 12
        self.space = 6 if entry.level == 0 else 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.45 + self.space

    def draw(self) -> None:
        canv, e = self.canv, self.entry
        room = self.width - self.indent - 12 * mm
        title = _fit(e.title, self.font, self.size, room)
        canv.setFont(self.font, self.size)
        canv.setFillColor(INK)
        canv.drawString(self.indent, 3, line(title, self.font, self.size))
        end = self.indent + stringWidth(title, self.font, self.size) + 4
        canv.setFillColor(RULE)
        canv.setFont(fonts.REGULAR, self.size)
        room = self.width - 9 * mm - end  # the page number takes the last 9 mm
        dots = int(max(0.0, room) / stringWidth(".", fonts.REGULAR, self.size))
        canv.drawString(end, 3, "." * dots)
        canv.saveState()
        canv.translate(self.width, 3)
        canv.doForm(_toc_form(e.key))
        canv.restoreState()
        canv.linkRect("", e.key, (0, 0, self.width, self.size * 1.3), relative=1, thickness=0)
        canv.toc_keys.append(e.key)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """One line: cut with an ellipsis when the title is wider than ``width``; a letter
    the font lacks as its name (letters.py)."""
    text = printable(" ".join(text.split()))
    full = stringWidth(text, font, size)
    if full <= width:
        return text
    text = text[: int(len(text) * width / full) + 1]  # about right; then trim to fit
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _toc_form(key: str) -> str:
    return f"toc_{key}"


def _page_form(page: int) -> str:
    return f"pg_{page}"


class ReportCanvas(Canvas):
    """Defines the late forms (page totals, contents numbers) when it is saved."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # ReportLab starts every page in Helvetica, a font it never embeds: start in
        # the report's own font, so that every font in the file is embedded.
        # (BaseDocTemplate passes initialFontName=None.)
        fonts.register()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR
        super().__init__(*args, **kwargs)
        self.heading_pages: dict[str, int] = {}
        self.toc_keys: list[str] = []
        self.footer_pages: list[int] = []

    def save(self) -> None:
        total = self.getPageNumber() - (0 if self._code else 1)
        for page in self.footer_pages:
            self._right_aligned_form(_page_form(page), f"p. {page} van {total}", 7.5, MUTED)
        for key in dict.fromkeys(self.toc_keys):
            page = self.heading_pages.get(key)
            self._right_aligned_form(_toc_form(key), str(page) if page else "–", 9.5, INK)
        super().save()

    def _right_aligned_form(self, name: str, text: str, size: float, colour: Any) -> None:
        self.beginForm(name, lowerx=-80 * mm, lowery=-3 * mm, upperx=1 * mm, uppery=6 * mm)
        self.setFont(fonts.REGULAR, size)
        self.setFillColor(colour)
        self.drawRightString(0, 0, text)
        self.endForm()


class ReportDocument(BaseDocTemplate):
    """A4 with a cover template and a body template (header and footer)."""

    def __init__(
        self,
        filename: str,
        *,
        header_left: str,
        header_right: str,
        footer_left: str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        logo: bytes | None = None,
        **info: Any,
    ) -> None:
        super().__init__(
            filename,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            creator="Atelier",
            **info,
        )
        self.header_left, self.header_right, self.footer_left = (
            header_left,
            header_right,
            footer_left,
        )
        body = Frame(
            MARGIN,
            BOTTOM_MARGIN,
            FRAME_WIDTH,
            PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = Frame(
            MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, PAGE_HEIGHT - 2 * BOTTOM_MARGIN, id="cover"
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._cover_page),
                PageTemplate("body", [body], onPage=self._body_page),
            ]
        )
        self._logo = ImageReader(io.BytesIO(logo)) if logo else None
        self._progress, self._cancelled = progress, cancelled
        self._total = 0
        self._reported = -1
        self.setProgressCallBack(self._on_progress)

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._total = value
        elif kind == "PROGRESS":
            if self._cancelled is not None and self._cancelled():
                raise ReportCancelled
            # A flowable split over pages goes back on the list: never report less.
            done = max(self._reported, min(value, self._total))
            if self._progress is not None and done * 100 // max(1, self._total) != (
                self._reported * 100 // max(1, self._total)
            ):
                self._progress(done, self._total)
            self._reported = done

    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(accent())
        canv.rect(0, PAGE_HEIGHT - 62 * mm, PAGE_WIDTH, 62 * mm, stroke=0, fill=1)
        if self._logo is not None:
            # The municipality's logo on a white card at the band's right end.
            width, height = self._logo.getSize()
            box_w, box_h = 50 * mm, 26 * mm
            scale = min(box_w / width, box_h / height)
            w, h = width * scale, height * scale
            pad = 4 * mm
            x = PAGE_WIDTH - MARGIN - w
            y = PAGE_HEIGHT - 14 * mm - h
            canv.setFillColorRGB(1, 1, 1)
            canv.roundRect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, 2 * mm, stroke=0, fill=1)
            canv.drawImage(self._logo, x, y, w, h, mask="auto")
        canv.restoreState()

    def _body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        top = PAGE_HEIGHT - 13 * mm
        canv.setFont(fonts.REGULAR, 7.5)
        canv.setFillColor(MUTED)
        left = _fit(self.header_left, fonts.REGULAR, 7.5, FRAME_WIDTH / 2)
        canv.drawString(MARGIN, top, line(left, fonts.REGULAR, 7.5))
        right = _fit(self.header_right, fonts.REGULAR, 7.5, FRAME_WIDTH / 2 - 6 * mm)
        canv.drawRightString(PAGE_WIDTH - MARGIN, top, line(right, fonts.REGULAR, 7.5))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        canv.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
        canv.drawString(MARGIN, 10 * mm, self.footer_left)
        page = canv.getPageNumber()
        canv.translate(PAGE_WIDTH - MARGIN, 10 * mm)
        canv.doForm(_page_form(page))
        canv.footer_pages.append(page)
        canv.restoreState()
