"""Matrix: the impact/effort matrix of a score round. Each fiche a bubble at its mean
on two criteria the facilitator chooses (x and y), sized by its net cost over the
planning period; the middle of the score scale splits the plane into four quadrants
whose labels the facilitator may rename ("quick wins", "grote projecten" …).

The choices are the workshop's (services.matrix settings): the projector and the
keuzenota show the same round, axes and labels, and every choice is one undo step."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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


class MatrixView(View):
    key = "matrix"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.shown: matrices.Shown | None = None
        self.round = QComboBox(self)
        self.round.setAccessibleName(self.tr("Scoreronde"))
        self.x_axis = QComboBox(self)
        self.x_axis.setAccessibleName(self.tr("Criterium op de horizontale as"))
        self.y_axis = QComboBox(self)
        self.y_axis.setAccessibleName(self.tr("Criterium op de verticale as"))
        # Quadrant labels: top left, top right, bottom left, bottom right.
        self.labels = [QLineEdit(text, self) for text in default_labels()]
        names = (
            self.tr("Kwadrant linksboven"),
            self.tr("Kwadrant rechtsboven"),
            self.tr("Kwadrant linksonder"),
            self.tr("Kwadrant rechtsonder"),
        )
        for edit, name in zip(self.labels, names, strict=True):
            edit.setAccessibleName(name)
            edit.setMaxLength(matrices.MAX_LABEL)
            edit.textChanged.connect(self._draw)  # a preview while typing
            edit.editingFinished.connect(self._save_labels)  # one undo step per label
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.plot = MatrixChart(self)
        self.plot.setAccessibleName(self.tr("Impact/inspanning-matrix"))
        self.project = QPushButton(self.tr("Op het p&rojectiescherm"), self)
        self.project.clicked.connect(self.show_on_projector)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ronde:"), self))
        top.addWidget(self.round, 2)
        top.addWidget(QLabel(self.tr("Horizontaal:"), self))
        top.addWidget(self.x_axis, 1)
        top.addWidget(QLabel(self.tr("Verticaal:"), self))
        top.addWidget(self.y_axis, 1)
        top.addWidget(self.project)
        grid = QGridLayout()
        for n, edit in enumerate(self.labels):
            grid.addWidget(edit, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self.round.activated.connect(lambda _i: self._save(round_id=self.round.currentData()))
        self.x_axis.activated.connect(lambda _i: self._save(x_criterion=self.x_axis.currentText()))
        self.y_axis.activated.connect(lambda _i: self._save(y_criterion=self.y_axis.currentText()))
        self._load()

    def title(self) -> str:
        return self.tr("Matrix")

    # -- reading the workshop's matrix -------------------------------------------------

    def _load(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self.shown = shown = matrices.shown(store, ws)
        for box in (self.round, self.x_axis, self.y_axis):
            box.blockSignals(True)
        self.round.clear()
        for r in matrices.score_rounds(store, ws):
            self.round.addItem(r.title, r.id)
        if shown.matrix is not None:
            self.round.setCurrentIndex(self.round.findData(shown.matrix.round.id))
        criteria = shown.matrix.criteria if shown.matrix else []
        for box, chosen in ((self.x_axis, shown.x), (self.y_axis, shown.y)):
            box.clear()
            box.addItems(criteria)
            box.setCurrentIndex(box.findText(chosen))
        for box in (self.round, self.x_axis, self.y_axis):
            box.blockSignals(False)
        for edit, text in zip(self.labels, shown_labels(shown), strict=True):
            if edit.text() != text:
                edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(False)
        self._draw()

    # -- the facilitator's choices: each one undo step --------------------------------

    def _save(self, **values: object) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        before = matrices.settings(store, ws)
        self.controller.perform(
            self.tr("Matrix instellen"),
            lambda: matrices.set_settings(store, ws, **values),
            undo=lambda _v: lambda: matrices.restore(store, before),
        )

    def _save_labels(self) -> None:
        texts = [edit.text().strip() for edit in self.labels]
        # The defaults are kept as "not set": they follow the window's language.
        stored = tuple(
            "" if text == default else text
            for text, default in zip(texts, default_labels(), strict=True)
        )
        if self.shown is not None and stored == self.shown.settings.labels:
            return
        self._save(labels=stored)

    def positions(self) -> list[tuple[str, float, float, float]]:
        """(code or title, x, y, bubble pixels) per fiche scored on both criteria."""
        m = self.shown.matrix if self.shown else None
        if m is None:
            return []
        bubbles = matrices.bubbles(m, self.x_axis.currentText(), self.y_axis.currentText())
        return [(b.label, b.x, b.y, MIN_SIZE + (MAX_SIZE - MIN_SIZE) * b.weight) for b in bubbles]

    def _draw(self) -> None:
        m = self.shown.matrix if self.shown else None
        labels = tuple(edit.text() for edit in self.labels)
        shown = self.plot.draw(
            m,
            self.x_axis.currentText(),
            self.y_axis.currentText(),
            labels,  # type: ignore[arg-type]
        )
        if m is None:
            self.note.setText(
                self.tr(
                    "Nog geen scoreronde met stemmen: de matrix toont de gemiddelden per criterium."
                )
            )
            return
        self.note.setText(
            self.tr(
                "{0} fiches · gemiddelde score per criterium van {1} tot {2} · bubbel: netto "
                "investering plus werking over de planningsperiode"
            ).format(len(shown), f"{m.low:g}", f"{m.high:g}")
        )

    def show_on_projector(self) -> None:
        from app.ui.scenario.matrix_projector import show_on_projector

        show_on_projector(self.window(), self.controller)

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*ENTITIES):
            self._load()
