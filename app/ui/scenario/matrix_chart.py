"""The impact/effort matrix as a chart, shared by the Matrix view and the projector:
bubbles at the fiches' means on two criteria, the middle of the scale splitting the
plane into four labelled quadrants."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.domain.entities import Entity
from app.services import matrix as matrices

BACKGROUND = "#FFFFFF"
INK = "#111111"
MUTED = "#555555"
BUBBLE = "#0B5394"
MIN_SIZE, MAX_SIZE = 10, 60  # pixels across in the window
# What the matrix depends on: a change to any of these redraws it.
ENTITIES = (
    Entity.MATRIX_SETTING,
    Entity.ROUND,
    Entity.OPTION,
    Entity.BALLOT,
    Entity.PROPOSAL,
    Entity.PROPOSAL_RESOURCE,
)


def default_labels() -> tuple[str, str, str, str]:
    """The quadrant labels when none were set, in the window's language."""
    from PySide6.QtCore import QCoreApplication

    return (
        QCoreApplication.translate("MatrixView", "Grote projecten"),
        QCoreApplication.translate("MatrixView", "Quick wins"),
        QCoreApplication.translate("MatrixView", "Niet doen"),
        QCoreApplication.translate("MatrixView", "Opvullers"),
    )


def shown_labels(shown: matrices.Shown) -> tuple[str, str, str, str]:
    """The labels as set, or the defaults translated."""
    return tuple(  # type: ignore[return-value]
        text or default
        for text, default in zip(shown.settings.labels, default_labels(), strict=True)
    )


class MatrixChart(pg.PlotWidget):
    """The 2×2 chart itself; the window and the projector draw the same one, the
    projector with larger type (``pixels``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=BACKGROUND)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        self.pixels: int | None = None
        self.quadrant_texts: list[str] = []
        self.bubble_labels: list[str] = []

    def draw(
        self,
        m: matrices.Matrix | None,
        x: str,
        y: str,
        labels: tuple[str, str, str, str],
        pixels: int | None = None,
    ) -> list[matrices.Bubble]:
        self.pixels = pixels
        item = self.getPlotItem()
        item.clear()
        self.quadrant_texts, self.bubble_labels = [], []
        if m is None:
            return []
        font = QFont()
        if pixels is not None:
            font.setPixelSize(max(8, pixels))
        low, high, middle = m.low, m.high, m.middle
        item.setXRange(low - 0.3, high + 0.3, padding=0)
        item.setYRange(low - 0.3, high + 0.3, padding=0)
        style = {} if pixels is None else {"font-size": f"{pixels}px", "color": INK}
        item.setLabel("bottom", x, **style)
        item.setLabel("left", y, **style)
        for side in ("bottom", "left"):
            axis = item.getAxis(side)
            axis.setTickFont(font)
            axis.setTextPen(pg.mkPen(INK))
        for angle in (0, 90):
            item.addItem(pg.InfiniteLine(middle, angle=angle, pen=pg.mkPen(MUTED, width=1.5)))
        corners = ((low, high), (high, high), (low, low), (high, low))
        anchors = ((0, 0), (1, 0), (0, 1), (1, 1))
        bold = QFont(font)
        bold.setBold(True)
        for text, (cx, cy), anchor in zip(labels, corners, anchors, strict=True):
            # Plain text: a label is what the facilitator typed, markup included.
            shown = pg.TextItem(text, color=MUTED, anchor=anchor)
            shown.setFont(bold)
            shown.setPos(cx, cy)
            item.addItem(shown)
            self.quadrant_texts.append(text)
        bubbles = matrices.bubbles(m, x, y)
        scale = 1.0 if pixels is None else max(1.0, pixels / 13)
        if bubbles:
            item.addItem(
                pg.ScatterPlotItem(
                    x=[b.x for b in bubbles],
                    y=[b.y for b in bubbles],
                    size=[(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * b.weight) * scale for b in bubbles],
                    brush=pg.mkBrush(11, 83, 148, 110),
                    pen=pg.mkPen(BUBBLE, width=1.2),
                )
            )
            small = QFont(font)
            if pixels is not None:
                small.setPixelSize(max(8, round(pixels * 0.8)))
            for b in bubbles:
                text = pg.TextItem(b.label, color=INK, anchor=(0.5, 0.5))
                text.setFont(small)
                text.setPos(b.x, b.y)
                item.addItem(text)
                self.bubble_labels.append(b.label)
        return bubbles
