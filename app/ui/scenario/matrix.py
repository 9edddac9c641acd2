"""Matrix: the impact/effort matrix of a score round. Each fiche a bubble at its mean
on two criteria the facilitator chooses (x and y), sized by its net cost over the
planning period; the middle of the score scale splits the plane into four quadrants
whose labels the facilitator may rename ("quick wins", "grote projecten" …)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.services import matrix as matrices
from app.ui.base.controller import WorkshopController
from app.ui.base.view import View

BACKGROUND = "#FFFFFF"
INK = "#111111"
MUTED = "#555555"
BUBBLE = "#0B5394"
MIN_SIZE, MAX_SIZE = 10, 60  # pixels across


class MatrixView(View):
    key = "matrix"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.matrix: matrices.Matrix | None = None
        self.round = QComboBox(self)
        self.round.setAccessibleName(self.tr("Scoreronde"))
        self.x_axis = QComboBox(self)
        self.x_axis.setAccessibleName(self.tr("Criterium op de horizontale as"))
        self.y_axis = QComboBox(self)
        self.y_axis.setAccessibleName(self.tr("Criterium op de verticale as"))
        # Quadrant labels: top left, top right, bottom left, bottom right.
        defaults = (
            self.tr("Grote projecten"),
            self.tr("Quick wins"),
            self.tr("Niet doen"),
            self.tr("Opvullers"),
        )
        self.labels = [QLineEdit(text, self) for text in defaults]
        names = (
            self.tr("Kwadrant linksboven"),
            self.tr("Kwadrant rechtsboven"),
            self.tr("Kwadrant linksonder"),
            self.tr("Kwadrant rechtsonder"),
        )
        for edit, name in zip(self.labels, names, strict=True):
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._draw)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.plot = pg.PlotWidget(self, background=BACKGROUND)
        self.plot.setAccessibleName(self.tr("Impact/inspanning-matrix"))
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ronde:"), self))
        top.addWidget(self.round, 2)
        top.addWidget(QLabel(self.tr("Horizontaal:"), self))
        top.addWidget(self.x_axis, 1)
        top.addWidget(QLabel(self.tr("Verticaal:"), self))
        top.addWidget(self.y_axis, 1)
        grid = QGridLayout()
        for n, edit in enumerate(self.labels):
            grid.addWidget(edit, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self.round.currentIndexChanged.connect(self._load)
        self.x_axis.currentIndexChanged.connect(self._draw)
        self.y_axis.currentIndexChanged.connect(self._draw)
        self._fill_rounds()

    def title(self) -> str:
        return self.tr("Matrix")

    def _fill_rounds(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        current = self.round.currentData()
        self.round.blockSignals(True)
        self.round.clear()
        for r in matrices.score_rounds(store, ws):
            self.round.addItem(r.title, r.id)
        index = self.round.findData(current)
        self.round.setCurrentIndex(index if index >= 0 else self.round.count() - 1)
        self.round.blockSignals(False)
        self._load()

    def _load(self) -> None:
        round_id = self.round.currentData()
        store, ws = self.controller.store, self.controller.workshop.id
        self.matrix = matrices.matrix(store, ws, round_id) if round_id else None
        criteria = self.matrix.criteria if self.matrix else []
        for box, default in ((self.x_axis, 1), (self.y_axis, 0)):
            chosen = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItems(criteria)
            index = box.findText(chosen)
            box.setCurrentIndex(index if index >= 0 else min(default, len(criteria) - 1))
            box.blockSignals(False)
        self._draw()

    def positions(self) -> list[tuple[str, float, float, float]]:
        """(code or title, x, y, bubble pixels) per fiche scored on both criteria."""
        m = self.matrix
        x_name, y_name = self.x_axis.currentText(), self.y_axis.currentText()
        if m is None or not x_name or not y_name:
            return []
        scored = [p for p in m.points if x_name in p.means and y_name in p.means]
        biggest = max((p.cost for p in scored), default=0.0) or 1.0
        return [
            (
                p.code or p.title[:12],
                p.means[x_name],
                p.means[y_name],
                MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(p.cost / biggest),
            )
            for p in scored
        ]

    def _draw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        m = self.matrix
        if m is None:
            self.note.setText(
                self.tr(
                    "Nog geen scoreronde met stemmen: de matrix toont de gemiddelden per criterium."
                )
            )
            return
        low, high, middle = m.low, m.high, m.middle
        item.setXRange(low - 0.3, high + 0.3, padding=0)
        item.setYRange(low - 0.3, high + 0.3, padding=0)
        item.setLabel("bottom", self.x_axis.currentText())
        item.setLabel("left", self.y_axis.currentText())
        for angle in (0, 90):
            item.addItem(pg.InfiniteLine(middle, angle=angle, pen=pg.mkPen(MUTED, width=1.5)))
        corners = ((low, high), (high, high), (low, low), (high, low))
        anchors = ((0, 0), (1, 0), (0, 1), (1, 1))
        for edit, (x, y), anchor in zip(self.labels, corners, anchors, strict=True):
            text = pg.TextItem(edit.text(), color=MUTED, anchor=anchor)
            text.setPos(x, y)
            item.addItem(text)
        shown = self.positions()
        if shown:
            item.addItem(
                pg.ScatterPlotItem(
                    x=[p[1] for p in shown],
                    y=[p[2] for p in shown],
                    size=[p[3] for p in shown],
                    brush=pg.mkBrush(11, 83, 148, 110),
                    pen=pg.mkPen(BUBBLE, width=1.2),
                )
            )
            for label, x, y, _size in shown:
                text = pg.TextItem(label, color=INK, anchor=(0.5, 0.5))
                text.setPos(x, y)
                item.addItem(text)
        self.note.setText(
            self.tr(
                "{0} fiches · gemiddelde score per criterium van {1} tot {2} · bubbel: netto "
                "investering plus werking over de planningsperiode"
            ).format(len(shown), f"{low:g}", f"{high:g}")
        )

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.ROUND, Entity.OPTION, Entity.BALLOT):
            self._fill_rounds()
        elif changes.touches(Entity.PROPOSAL, Entity.PROPOSAL_RESOURCE) and self.isVisible():
            self._load()
