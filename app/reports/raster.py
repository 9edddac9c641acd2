"""The report's charts as PNG images, for the Word document.

ReportLab 5 rasterises drawings only through pycairo (rlPyCairo), which has no
wheels for Linux and would be one more native library in the installer. The
charts are made of a few shapes (lines, polygons, rectangles, circles, strings),
so this small renderer draws a ReportLab Drawing with Pillow (a dependency of
ReportLab already): the same chart code serves the PDF and the Word document.
It draws at twice the size and scales down, which smooths the edges.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.renderbase import Renderer, getStateDelta
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app import resources
from app.reports import fonts

DPI = 150
_OVERSAMPLE = 2
_FONT_FILES = {fonts.REGULAR: "DejaVuSansCondensed.ttf", fonts.BOLD: "DejaVuSansCondensed-Bold.ttf"}

Point = tuple[float, float]
RGBA = tuple[int, int, int, int]


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    filename = _FONT_FILES.get(name, _FONT_FILES[fonts.BOLD if "Bold" in name else fonts.REGULAR])
    return ImageFont.truetype(str(resources.path("fonts", filename)), max(1, pixels))


def _rgba(colour: colors.Color | None, opacity: float | None = None) -> RGBA | None:
    if colour is None:
        return None
    c = colors.toColor(colour)
    alpha = getattr(c, "alpha", 1.0) if opacity is None else opacity
    return (round(c.red * 255), round(c.green * 255), round(c.blue * 255), round(alpha * 255))


class _Canvas:
    """What Renderer.draw expects of a canvas; the image is drawn by the renderer."""

    def saveState(self) -> None:  # noqa: N802
        pass

    def restoreState(self) -> None:  # noqa: N802
        pass


class _PillowRenderer(Renderer):
    def __init__(self, image: Image.Image, height: float, scale: float) -> None:
        self.image = image
        self.draw_ = ImageDraw.Draw(image, "RGBA")
        self.height = height
        self.scale = scale

    # -- state -------------------------------------------------------------------------

    def drawNode(self, node) -> None:  # noqa: N802 - ReportLab's renderer interface
        self._tracker.push(getStateDelta(node))
        self.drawNodeDispatcher(node)
        self._tracker.pop()

    def applyStateChanges(self, delta, newState) -> None:  # noqa: N802
        pass  # the state is read from the tracker where it is needed

    def _state(self, key: str, default=None):  # type: ignore[no-untyped-def]
        return self._tracker.getState().get(key, default)

    def _xy(self, x: float, y: float) -> Point:
        a, b, c, d, e, f = self._tracker.getCTM()
        px, py = a * x + c * y + e, b * x + d * y + f
        return px * self.scale, (self.height - py) * self.scale

    def _width(self) -> int:
        ctm = self._tracker.getCTM()
        factor = math.sqrt(abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])) or 1.0
        return max(1, round((self._state("strokeWidth") or 0) * factor * self.scale))

    def _stroke(self) -> RGBA | None:
        if not self._state("strokeWidth"):
            return None
        return _rgba(self._state("strokeColor"), self._state("strokeOpacity"))

    def _fill(self) -> RGBA | None:
        return _rgba(self._state("fillColor"), self._state("fillOpacity"))

    # -- shapes ------------------------------------------------------------------------

    def _lines(self, points: Sequence[Point], closed: bool = False) -> None:
        colour = self._stroke()
        if colour is None or len(points) < 2:
            return
        if closed:
            points = [*points, points[0]]
        dash = self._state("strokeDashArray")
        width = self._width()
        if not dash:
            self.draw_.line(points, fill=colour, width=width, joint="curve")
            return
        if isinstance(dash, list | tuple) and len(dash) == 2 and isinstance(dash[1], list | tuple):
            dash = dash[1]
        pattern = [max(0.5, float(v)) * self.scale for v in dash] or [3 * self.scale]
        for start, end in zip(points, points[1:], strict=False):
            self._dashed(start, end, pattern, colour, width)

    def _dashed(
        self, start: Point, end: Point, pattern: list[float], colour: RGBA, width: int
    ) -> None:
        length = math.dist(start, end)
        if not length:
            return
        dx, dy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
        pos, i = 0.0, 0
        while pos < length:
            run = min(pattern[i % len(pattern)], length - pos)
            if i % 2 == 0:
                a = (start[0] + dx * pos, start[1] + dy * pos)
                b = (start[0] + dx * (pos + run), start[1] + dy * (pos + run))
                self.draw_.line([a, b], fill=colour, width=width)
            pos += run
            i += 1

    def _polygon(self, points: Sequence[Point]) -> None:
        fill = self._fill()
        if fill is not None and len(points) >= 3:
            self.draw_.polygon(list(points), fill=fill)
        self._lines(points, closed=True)

    def drawLine(self, line) -> None:  # noqa: N802
        self._lines([self._xy(line.x1, line.y1), self._xy(line.x2, line.y2)])

    def drawRect(self, rect) -> None:  # noqa: N802
        x, y, w, h = rect.x, rect.y, rect.width, rect.height
        self._polygon(
            [self._xy(x, y), self._xy(x + w, y), self._xy(x + w, y + h), self._xy(x, y + h)]
        )

    def _ellipse(self, cx: float, cy: float, rx: float, ry: float) -> None:
        steps = 48
        points = [
            self._xy(
                cx + rx * math.cos(2 * math.pi * k / steps),
                cy + ry * math.sin(2 * math.pi * k / steps),
            )
            for k in range(steps)
        ]
        self._polygon(points)

    def drawCircle(self, circle) -> None:  # noqa: N802
        self._ellipse(circle.cx, circle.cy, circle.r, circle.r)

    def drawEllipse(self, ellipse) -> None:  # noqa: N802
        self._ellipse(ellipse.cx, ellipse.cy, ellipse.rx, ellipse.ry)

    def _pairs(self, flat: Sequence[float]) -> list[Point]:
        return [self._xy(flat[i], flat[i + 1]) for i in range(0, len(flat) - 1, 2)]

    def drawPolyLine(self, p) -> None:  # noqa: N802
        self._lines(self._pairs(p.points))

    def drawPolygon(self, p) -> None:  # noqa: N802
        self._polygon(self._pairs(p.points))

    def drawString(self, s) -> None:  # noqa: N802
        fill = self._fill()
        if fill is None or not s.text:
            return
        name, size = self._state("fontName") or fonts.REGULAR, self._state("fontSize") or 10
        anchor = self._state("textAnchor") or "start"
        x = s.x
        if anchor in ("end", "middle", "numeric"):
            width = stringWidth(s.text, name, size)
            x -= width if anchor != "middle" else width / 2
        ctm = self._tracker.getCTM()
        factor = math.sqrt(abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])) or 1.0
        px, py = self._xy(x, s.y)
        # "ls": the point is the left end of the baseline, as in ReportLab.
        self.draw_.text(
            (px, py),
            s.text,
            font=_font(name, round(size * factor * self.scale)),
            fill=fill,
            anchor="ls",
        )


def drawing_png(drawing: Drawing, dpi: int = DPI) -> bytes:
    """A ReportLab Drawing as PNG bytes (white background) at ``dpi``."""
    fonts.register()
    scale = dpi / 72 * _OVERSAMPLE
    size = (max(1, math.ceil(drawing.width * scale)), max(1, math.ceil(drawing.height * scale)))
    image = Image.new("RGB", size, "white")
    renderer = _PillowRenderer(image, drawing.height, scale)
    renderer.draw(drawing, _Canvas(), x=0, y=0, showBoundary=False)
    return _png(image)


@cache
def tiles_png(
    fills: tuple[tuple[str, str, str], ...], tile_pt: float, gap_pt: float, dpi: int = DPI
) -> bytes:
    """A row of square tiles, each (fill "#RRGGBB", text colour, label): the SDG row.
    Squares need no smoothing: drawn at the final size (and kept: fiches share them)."""
    scale = dpi / 72
    tile, gap = tile_pt * scale, gap_pt * scale
    width = math.ceil(len(fills) * tile + max(0, len(fills) - 1) * gap)
    image = Image.new("RGB", (max(1, width), max(1, math.ceil(tile))), "white")
    draw = ImageDraw.Draw(image)
    font = _font(fonts.BOLD, round(tile * 0.42))
    for n, (fill, ink, label) in enumerate(fills):
        x = n * (tile + gap)
        draw.rectangle([x, 0, x + tile, tile], fill=fill)
        draw.text((x + tile / 2, tile / 2), label, font=font, fill=ink, anchor="mm")
    return _save(image)


def _png(image: Image.Image) -> bytes:
    small = image.resize(
        (max(1, image.width // _OVERSAMPLE), max(1, image.height // _OVERSAMPLE)),
        Image.Resampling.LANCZOS,
    )
    return _save(small)


def _save(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3, dpi=(DPI, DPI))
    return buffer.getvalue()
