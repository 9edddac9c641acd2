"""Charts for print (ReportLab graphics): the positioning rose and the ranking bars."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.reports import fonts
from app.reports.letters import printable
from app.reports.styles import INK, MUTED, RULE, accent, number

SCALE_MAX = 5  # scores and ratings run from 1 to 5


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    colour: colors.Color
    dashed: bool = False
    filled: bool = False


IMPORTANCE_COLOUR = colors.HexColor("#C62828")  # seed 003: importance in red
SCORE_COLOUR = colors.HexColor("#1D5C8C")
REFERENCE_COLOUR = colors.HexColor("#6D7B8A")
READINESS_COLOUR = colors.HexColor("#2E7D32")


def _label(name: str) -> str:
    """Area names around the rose: at most two short lines."""
    lines = textwrap.wrap(printable(name), 17, break_long_words=False)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), 17, placeholder="…")]
    return "\n".join(lines)


def rose(labels: Sequence[str], series: Sequence[Series], width: float, height: float) -> Drawing:
    """A SpiderChart on a fixed 0–5 scale with rings at 1..5 and a legend below.

    A missing value (no answers) is drawn at the centre; the table beside the
    chart says "–" for it."""
    legend_h = 5 * mm * ((len(series) + 1) // 2) + 6 * mm  # room below it too
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    chart = SpiderChart()
    size = min(width - 40 * mm, height - legend_h - 16 * mm)
    chart.width = chart.height = size
    chart.x = (width - size) / 2
    chart.y = legend_h + (height - legend_h - size) / 2
    n = len(labels)
    rings = [[float(level)] * n for level in range(1, SCALE_MAX + 1)]
    chart.data = [*rings, *[[v or 0.0 for v in s.values] for s in series]]
    chart.labels = [_label(name) for name in labels]
    for i in range(len(rings)):
        chart.strands[i].strokeColor = RULE
        chart.strands[i].strokeWidth = 0.5
        chart.strands[i].fillColor = None
    for offset, s in enumerate(series):
        strand = chart.strands[len(rings) + offset]
        strand.strokeColor = s.colour
        strand.strokeWidth = 1.6
        strand.strokeDashArray = (3, 2) if s.dashed else None
        strand.fillColor = (
            colors.Color(s.colour.red, s.colour.green, s.colour.blue, 0.12) if (s.filled) else None
        )
        strand.symbol = "FilledTriangle" if s.colour is IMPORTANCE_COLOUR else "FilledCircle"
        strand.symbolSize = 4
    chart.spokes.strokeColor = RULE
    chart.spokes.strokeWidth = 0.5
    chart.spokes.labelRadius = 1.06
    chart.spokeLabels.fontName = fonts.REGULAR
    chart.spokeLabels.fontSize = 6.5
    chart.spokeLabels.fillColor = INK
    chart.spokeLabels.boxAnchor = "autox"  # anchored away from the centre: no overlap
    chart.strandLabels.format = None
    drawing.add(chart)
    for level in range(1, SCALE_MAX + 1):  # the scale along the first spoke
        y = chart.y + size / 2 + level * size / 2 / SCALE_MAX
        drawing.add(
            String(
                chart.x + size / 2 + 1.5,
                y - 2.2,
                str(level),
                fontName=fonts.REGULAR,
                fontSize=5.5,
                fillColor=MUTED,
            )
        )
    legend = Legend()
    legend.fontName = fonts.REGULAR
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.colorNamePairs = [(s.colour, s.name) for s in series]
    legend.dx = legend.dy = 6
    legend.deltay = 11
    legend.x = 6 * mm
    legend.y = legend_h - 2 * mm
    legend.boxAnchor = "nw"
    drawing.add(legend)
    return drawing


def ranking_bars(
    labels: Sequence[str], values: Sequence[float], width: float, highlight: int = 0
) -> Drawing:
    """Horizontal bars, best on top; the first ``highlight`` bars in the accent colour."""
    row = 13
    height = row * len(labels) + 24
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    chart = HorizontalBarChart()
    chart.x = 62 * mm
    chart.y = 16
    chart.width = width - chart.x - 12 * mm
    chart.height = row * len(labels)
    # The category axis runs bottom-up: reverse so the winner is on top.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_bar_label(t) for t in reversed(labels)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E6EAEE")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor("#9DB7CF")
    n = len(values)
    for i in range(n):
        if n - 1 - i < highlight:
            chart.bars[(0, i)].fillColor = accent()
    chart.barLabelFormat = _bar_value
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.barWidth = row * 0.6
    chart.groupSpacing = row * 0.4
    drawing.add(chart)
    return drawing


def _bar_label(title: str) -> str:
    return textwrap.shorten(printable(" ".join(title.split())), 48, placeholder="…")


def _bar_value(value: float) -> str:
    text = number(value, 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


MATRIX_BUBBLE = colors.HexColor("#0B5394")


def matrix(
    bubbles: Sequence[tuple[str, float, float, float]],
    low: float,
    high: float,
    x_title: str,
    y_title: str,
    labels: Sequence[str],
    width: float,
    height: float,
) -> Drawing:
    """The impact/effort matrix: bubbles (label, x, y, weight 0..1: area ~ cost) on the
    score scale, the middle splitting it into four quadrants with their labels (top
    left, top right, bottom left, bottom right), the criteria on the axes."""
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    left, bottom = 16 * mm, 12 * mm
    plot_w, plot_h = width - left - 4 * mm, height - bottom - 4 * mm
    span = (high - low) + 0.6

    def px(value: float) -> float:
        return left + (value - low + 0.3) / span * plot_w

    def py(value: float) -> float:
        return bottom + (value - low + 0.3) / span * plot_h

    frame = Rect(left, bottom, plot_w, plot_h)
    frame.strokeColor, frame.fillColor = RULE, None
    drawing.add(frame)
    middle = (low + high) / 2
    drawing.add(Line(px(middle), bottom, px(middle), bottom + plot_h, strokeColor=MUTED))
    drawing.add(Line(left, py(middle), left + plot_w, py(middle), strokeColor=MUTED))
    step = 1.0 if high - low >= 3 else 0.5
    tick = low
    while tick <= high + 1e-9:
        text = f"{tick:g}".replace(".", ",")
        drawing.add(
            String(px(tick), bottom - 9, text, fontSize=7, fillColor=MUTED, textAnchor="middle")
        )
        drawing.add(
            String(left - 3, py(tick) - 2.5, text, fontSize=7, fillColor=MUTED, textAnchor="end")
        )
        tick += step
    drawing.add(
        String(
            left + plot_w / 2,
            2,
            printable(x_title),
            fontName=fonts.BOLD,
            fontSize=8,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    y_label = String(0, 0, printable(y_title), fontName=fonts.BOLD, fontSize=8, fillColor=INK)
    y_label.textAnchor = "middle"
    turned = Group(y_label)
    turned.transform = (0, 1, -1, 0, 7, bottom + plot_h / 2)
    drawing.add(turned)
    pad = 3
    corners: tuple[tuple[float, float, Literal["start", "end"]], ...] = (
        (left + pad, bottom + plot_h - pad - 9, "start"),
        (left + plot_w - pad, bottom + plot_h - pad - 9, "end"),
        (left + pad, bottom + pad, "start"),
        (left + plot_w - pad, bottom + pad, "end"),
    )
    for text, (x, y, anchor) in zip(labels, corners, strict=True):
        drawing.add(
            String(
                x,
                y,
                printable(text),
                fontName=fonts.BOLD,
                fontSize=9,
                fillColor=MUTED,
                textAnchor=anchor,
            )
        )
    fill = colors.Color(MATRIX_BUBBLE.red, MATRIX_BUBBLE.green, MATRIX_BUBBLE.blue, 0.35)
    for _label, x, y, weight in sorted(bubbles, key=lambda b: -b[3]):  # small ones on top
        radius = 2 * mm + 7 * mm * weight
        drawing.add(
            Circle(px(x), py(y), radius, fillColor=fill, strokeColor=MATRIX_BUBBLE, strokeWidth=0.6)
        )
    for label, x, y, _weight in bubbles:
        drawing.add(
            String(
                px(x),
                py(y) - 2.5,
                printable(label),
                fontSize=6.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing
