"""The positioning rose (seed 003) on screen: a radar chart drawn with pyqtgraph.

pyqtgraph has no polar chart, so the rings, spokes, labels and series polygons
are drawn here in a PlotWidget with hidden axes. The scale is fixed at 0–5
with rings at 1..5, like the printed rose (app/reports/charts.py); the colours
are the report's too, so the screen and the paper read the same. A missing
value (no answers) sits at the centre without a marker, as in print.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

SCALE_MAX = 5
# Same colours as the printed rose (app/reports/charts.py); importance is red in seed 003.
IMPORTANCE_COLOUR = "#C62828"
SCORE_COLOUR = "#1D5C8C"
REFERENCE_COLOUR = "#6D7B8A"
READINESS_COLOUR = "#2E7D32"
WERKPUNT_COLOUR = "#B71C1C"
WERKPUNT_FILL = "#FDE4E1"
_RULE = "#C9CED6"
_INK = "#1F2933"
_MUTED = "#7B8794"
_LABEL_GAP = 6  # pixels between the outer ring and a spoke label
_WRAP = 18  # characters per line of a spoke label


@dataclass(frozen=True)
class RoseSeries:
    name: str
    values: Sequence[float | None]
    colour: str
    filled: bool = False
    dashed: bool = False
    symbol: str = "o"


def spoke(index: int, count: int, radius: float) -> tuple[float, float]:
    """Where spoke ``index`` of ``count`` reaches ``radius``: the first points up,
    the others follow clockwise."""
    angle = 2 * math.pi * index / count
    return radius * math.sin(angle), radius * math.cos(angle)


def outer_radius(
    width: float, height: float, boxes: Sequence[tuple[float, float]], gap: float = _LABEL_GAP
) -> float:
    """The largest radius (pixels) at which every spoke label still fits in the widget.

    ``boxes`` are the labels' (width, height) in pixels, one per spoke. A label
    sits just outside the outer ring and grows away from the centre."""
    count = len(boxes)
    radius = min(width, height) / 2 - 2
    for i, (w, h) in enumerate(boxes):
        sx, cy = spoke(i, count, 1.0)
        # Horizontal: the label's far edge stays inside the half width.
        if abs(sx) > 1e-6:
            radius = min(radius, (width / 2 - w * (0.5 + 0.5 * abs(sx))) / abs(sx) - gap)
        if abs(cy) > 1e-6:
            radius = min(radius, (height / 2 - h * (0.5 + 0.5 * abs(cy))) / abs(cy) - gap)
    return max(radius, 10.0)


class RoseChart(pg.PlotWidget):
    """One rose. ``numbered`` spokes carry 1..n (a legend elsewhere names them) so
    that small roses side by side stay readable; otherwise the full area names.

    The graphics items are made once and updated in place: adding items to a
    pyqtgraph scene is what costs time, and a rose redraws after every answer."""

    def __init__(self, parent: QWidget | None = None, numbered: bool = False) -> None:
        super().__init__(parent, background="w")
        self.numbered = numbered
        # Pixel size of the spoke labels (the projector sets it from its height); None:
        # the window's point sizes.
        self.label_pixels: int | None = None
        self.setAntialiasing(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The viewport of a QGraphicsView takes StrongFocus of its own; a chart that
        # is only looked at must take no focus at all, by Tab or by a click.
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(160, 150)
        item = self.getPlotItem()
        for axis in ("left", "bottom"):
            item.hideAxis(axis)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.layout.setContentsMargins(0, 0, 0, 0)
        self.view = item.getViewBox()
        self.view.disableAutoRange()
        self.view.sigResized.connect(self._fit)
        self._grid = QGraphicsPathItem()
        self._grid.setPen(pg.mkPen(_RULE, width=0.8))
        self._grid.setZValue(0)
        self.addItem(self._grid)
        self._scale_labels: list[pg.TextItem] = []
        for level in range(1, SCALE_MAX + 1):
            label = pg.TextItem(str(level), color=_MUTED, anchor=(0, 0.5))
            label.setFont(_font(7))
            label.setPos(0.12, level)
            label.setZValue(1)
            self.addItem(label)
            self._scale_labels.append(label)
        self._shapes: list[tuple[QGraphicsPathItem, pg.ScatterPlotItem]] = []
        self._rings = pg.ScatterPlotItem(
            symbol="o", size=17, brush=pg.mkBrush(None), pen=pg.mkPen(WERKPUNT_COLOUR, width=2)
        )
        self._rings.setZValue(4)
        self.addItem(self._rings)
        self._labels: list[pg.TextItem] = []
        self.names: list[str] = []
        self.series: list[RoseSeries] = []
        self.highlighted: list[bool] = []
        self.set_data([], [])

    def set_data(
        self,
        names: Sequence[str],
        series: Sequence[RoseSeries],
        highlighted: Sequence[bool] = (),
    ) -> None:
        """One spoke per name; ``highlighted`` spokes (werkpunten) get a red label and
        a ring around the second series' value (the cluster's score)."""
        count = len(names) if len(names) >= 3 else 0  # fewer spokes make no rose
        if count != len(self._labels) or list(names) != self.names:
            self._make_labels(list(names)[:count] if count else [])
            self._draw_grid(count)
        self.names = list(names)
        self.series = list(series)
        self.highlighted = list(highlighted) or [False] * len(self.names)
        self._draw_series(count)
        self._draw_highlights(count)
        self._style_labels()
        self._fit()

    # -- drawing -----------------------------------------------------------------------

    def _draw_grid(self, count: int) -> None:
        path = QPainterPath()
        if count:
            for level in range(1, SCALE_MAX + 1):
                ring = [QPointF(*spoke(i, count, level)) for i in range(count + 1)]
                path.addPolygon(QPolygonF(ring))
            for i in range(count):
                path.moveTo(0, 0)
                path.lineTo(*spoke(i, count, SCALE_MAX))
        self._grid.setPath(path)
        for label in self._scale_labels:
            label.setVisible(bool(count))

    def _draw_series(self, count: int) -> None:
        while len(self._shapes) < len(self.series):
            shape, dots = QGraphicsPathItem(), pg.ScatterPlotItem(size=7)
            shape.setZValue(2)
            dots.setZValue(3)
            self.addItem(shape)
            self.addItem(dots)
            self._shapes.append((shape, dots))
        for n, (shape, dots) in enumerate(self._shapes):
            s = self.series[n] if n < len(self.series) and count else None
            shape.setVisible(s is not None)
            dots.setVisible(s is not None)
            if s is None:
                continue
            values = list(s.values)[:count]
            points = [QPointF(*spoke(i, count, v or 0.0)) for i, v in enumerate(values)]
            path = QPainterPath()
            path.addPolygon(QPolygonF([*points, points[0]]))
            shape.setPath(path)
            style = Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine
            # Thicker lines with larger type: the projector's rose is read from afar.
            width = 1.8 if self.label_pixels is None else max(1.8, self.label_pixels / 9)
            shape.setPen(pg.mkPen(s.colour, width=width * (1.2 if s.filled else 1.0), style=style))
            fill = QColor(s.colour)
            fill.setAlpha(40 if s.filled else 0)
            shape.setBrush(QBrush(fill))
            present = [p for p, v in zip(points, values, strict=True) if v is not None]
            dots.setData(
                size=7 if self.label_pixels is None else max(7, round(self.label_pixels * 0.5)),
                x=np.array([p.x() for p in present]),
                y=np.array([p.y() for p in present]),
                symbol=s.symbol,
                brush=pg.mkBrush(s.colour),
                pen=pg.mkPen("w", width=0.8),
            )

    def _draw_highlights(self, count: int) -> None:
        """A red ring around the weak score of each werkpunt (the second series)."""
        scores = list(self.series[1].values) if len(self.series) > 1 and count else []
        spots = [
            spoke(i, count, v)
            for i, (v, hit) in enumerate(zip(scores, self.highlighted, strict=False))
            if hit and v is not None
        ]
        self._rings.setData(x=np.array([x for x, _ in spots]), y=np.array([y for _, y in spots]))

    def _make_labels(self, names: list[str]) -> None:
        for label in self._labels:
            self.removeItem(label)
        self._labels = []
        count = len(names)
        for i, name in enumerate(names):
            sx, cy = spoke(i, count, 1.0)
            label = pg.TextItem(anchor=(0.5 - 0.5 * sx, 0.5 + 0.5 * cy))
            label.setFont(self._label_font())
            label.textItem.document().setDocumentMargin(2)
            label.setToolTip(name)
            label.setZValue(5)
            self.addItem(label)
            self._labels.append(label)

    def _style_labels(self) -> None:
        count = len(self._labels)
        for i, label in enumerate(self._labels):
            hit = self.highlighted[i] if i < len(self.highlighted) else False
            sx, _cy = spoke(i, count, 1.0)
            align = "left" if sx > 0.3 else "right" if sx < -0.3 else "center"
            text = str(i + 1) if self.numbered else _wrap(self.names[i])
            lines = "<br>".join(html.escape(line) for line in text.split("\n"))
            colour = WERKPUNT_COLOUR if hit else _INK
            weight = "bold" if hit or self.numbered else "normal"
            markup = (
                f'<div style="text-align:{align}; color:{colour}; font-weight:{weight}">'
                f"{lines}</div>"
            )
            if getattr(label, "_markup", None) == markup:
                continue  # unchanged: setting HTML again costs a relayout
            label._markup = markup
            label.fill = pg.mkBrush(WERKPUNT_FILL) if hit else pg.mkBrush(None)
            label.setHtml(markup)
            document = label.textItem.document()
            # Alignment needs a text width; the ideal one keeps the box tight.
            label.textItem.setTextWidth(-1)
            label.textItem.setTextWidth(document.idealWidth())
            label.update()

    def _label_font(self) -> QFont:
        if self.label_pixels is None:
            return _font(9 if self.numbered else 8)
        font = QFont()
        font.setPixelSize(max(8, self.label_pixels))
        return font

    def set_label_pixels(self, pixels: int | None) -> None:
        """Spoke labels (and the ring numbers) in ``pixels`` high type: a rose read from
        the back of a room; the rose shrinks so that the labels still fit."""
        if pixels == self.label_pixels:
            return
        self.label_pixels = pixels
        font = self._label_font()
        for label in self._labels:
            label.setFont(font)
            label._markup = None  # the box changes with the font: lay it out again
        small = QFont(font)
        if pixels is not None:
            small.setPixelSize(max(8, round(pixels * 0.7)))
        else:
            small = _font(7)
        for label in self._scale_labels:
            label.setFont(small)
        self._draw_series(len(self._labels))
        self._style_labels()
        self._fit()

    def label_font_pixels(self) -> int:
        """The spoke labels' type in pixels (tests check it follows the text size)."""
        if not self._labels:
            return 0
        font = self._labels[0].textItem.font()
        return font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)

    # -- fitting the rose and its labels into the widget --------------------------------

    def _fit(self) -> None:
        width, height = self.view.width(), self.view.height()
        if width < 2 or height < 2:
            return
        boxes = [_size(label) for label in self._labels]
        radius = (
            outer_radius(width, height, boxes) if boxes else max(min(width, height) / 2 - 4, 10)
        )
        per_unit = radius / SCALE_MAX
        half_w, half_h = width / 2 / per_unit, height / 2 / per_unit
        self.view.setRange(
            xRange=(-half_w, half_w), yRange=(-half_h, half_h), padding=0, update=True
        )
        count = len(self._labels)
        for i, label in enumerate(self._labels):
            label.setPos(*spoke(i, count, SCALE_MAX + _LABEL_GAP / per_unit))

    def label_boxes(self) -> list[tuple[float, float, float, float]]:
        """Each spoke label's box in widget pixels (x, y, w, h): tests check nothing is cut."""
        boxes = []
        for label in self._labels:
            rect = label.mapRectToScene(label.boundingRect())
            top_left = self.mapFromScene(rect.topLeft())
            boxes.append((top_left.x(), top_left.y(), rect.width(), rect.height()))
        return boxes


def _wrap(name: str) -> str:
    return "\n".join(textwrap.wrap(name, _WRAP, break_long_words=False)) or name


def _size(label: pg.TextItem) -> tuple[float, float]:
    rect = label.textItem.boundingRect()
    return rect.width(), rect.height()


def _font(points: int) -> QFont:
    font = QFont()
    font.setPointSize(points)
    return font
