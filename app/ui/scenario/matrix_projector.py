"""The impact/effort matrix on the projected screen: the workshop's round, axes and
quadrant labels (as set in the Matrix view), in type read from the back of the room
(from the page's height and the projector's text size), laid out for 1024×768 too.
Follows every change to the settings, the ballots and the fiches' costs."""

from __future__ import annotations

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.changes import ChangeSet
from app.services import matrix as matrices
from app.ui.base.controller import WorkshopController
from app.ui.scenario.matrix_chart import BACKGROUND, ENTITIES, INK, MatrixChart, shown_labels

LINES = 30  # lines of text that fit the page's height at text size 100 %


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font


class MatrixPage(QWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.text_scale = 1.0
        self.setObjectName("matrixPage")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"QWidget#matrixPage {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: {INK}; background: transparent; }}"
        )
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.chart = MatrixChart(self)
        self.chart.setAccessibleName(self.tr("Impact/inspanning-matrix"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.chart, 1)
        self._layout.addWidget(self.note)
        self.shown = matrices.shown(controller.store, controller.workshop.id)
        controller.changed.connect(self._on_changed)
        self._scale()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*ENTITIES):
            self.shown = matrices.shown(self.controller.store, self.controller.workshop.id)
            self.draw()

    def labels(self) -> tuple[str, str, str, str]:
        return shown_labels(self.shown)

    def draw(self) -> None:
        m = self.shown.matrix
        if m is None:
            self.title.setText(self.tr("Impact/inspanning-matrix"))
            self.note.setText(self.tr("Nog geen scoreronde met stemmen."))
        else:
            self.title.setText(self.tr("Impact/inspanning-matrix · {0}").format(m.round.title))
        bubbles = self.chart.draw(
            m, self.shown.x, self.shown.y, self.labels(), pixels=self.line_pixels()
        )
        if m is not None:
            self.note.setText(
                self.tr("{0} fiches · bubbel: netto kost over de planningsperiode").format(
                    len(bubbles)
                )
            )

    def apply_scale(self, scale: float) -> None:
        """The projector's text size (1.0: the height rule alone)."""
        self.text_scale = scale
        self._scale()

    def line_pixels(self) -> int:
        return max(8, round(max(self.height(), 200) * self.text_scale / LINES))

    def _scale(self) -> None:
        line = self.line_pixels()
        self.title.setFont(_font(self.font(), round(line * 1.3), bold=True))
        self.note.setFont(_font(self.font(), round(line * 0.8)))
        margin = max(8, self.height() // 50)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self.draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()


def show_on_projector(main_window: QWidget, controller: WorkshopController) -> MatrixPage | None:
    """Put the matrix on the projected screen (one page per main window, made once)."""
    projector = getattr(main_window, "projector", None)
    if projector is None:
        return None
    window = projector.ensure_window()
    page = window.findChild(MatrixPage)
    if page is None:
        page = MatrixPage(controller, window.stack)
    window.show_page(page)
    projector.set_visible(True)
    return page
