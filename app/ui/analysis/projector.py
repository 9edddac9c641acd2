"""The positioning roses on the projected screen, readable from the back of the room.

One or two roses in full size with the area names on their spokes (more than two
clusters get numbered spokes and the names in the legend), the werkpunten written
out in words beside each rose, and a legend of the series with their symbols: colour
is never the only cue. The type follows the projector's height and its text size
(Ctrl+Plus/Minus, per workshop); at 1024×768 the roses stack so that the labels
still fit. Follows every answer like the roses tab.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.changes import ChangeSet
from app.domain.records import Cluster
from app.ui.analysis.data import ENTITIES, AnalysisData
from app.ui.analysis.roses import EXTERNAL, INTERNAL, RoseCard
from app.ui.base.controller import WorkshopController
from app.ui.widgets.rose import (
    IMPORTANCE_COLOUR,
    READINESS_COLOUR,
    REFERENCE_COLOUR,
    SCORE_COLOUR,
)

BACKGROUND = "#FFFFFF"
INK = "#111111"
LINES = 30  # lines of text that fit the page's height at text size 100 %
FULL_ROSES = 2  # more roses than this get numbered spokes and the names in the legend


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font


class RosesPage(QWidget):
    """What the room sees: ``kind`` (internal or external) for ``cluster_ids``."""

    def __init__(
        self,
        controller: WorkshopController,
        kind: str = INTERNAL,
        cluster_ids: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kind = kind
        self.cluster_ids = list(cluster_ids or [])
        self.text_scale = 1.0
        self.data = AnalysisData.load(controller)
        self.setObjectName("rosesPage")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"QWidget#rosesPage {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: {INK}; background: transparent; }}"
        )
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.board = QWidget(self)
        self.grid = QGridLayout(self.board)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cards: list[RoseCard] = []
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Legende van de rozen"))
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.board, 1)
        self._layout.addWidget(self.legend)
        controller.changed.connect(self._on_changed)
        self.draw()

    # -- content -------------------------------------------------------------------------

    def set_content(self, kind: str, cluster_ids: list[str]) -> None:
        self.kind, self.cluster_ids = kind, list(cluster_ids)
        self.draw()

    def clusters(self) -> list[Cluster]:
        chosen = [self.data.cluster(cid) for cid in self.cluster_ids]
        shown = [c for c in chosen if c is not None]
        # One cluster's rose already carries the reference's score (dashed).
        return shown or list(self.data.clusters[:1])

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*ENTITIES):
            self.data = AnalysisData.load(self.controller)
            self.draw()

    def draw(self) -> None:
        clusters = self.clusters()
        numbered = len(clusters) > FULL_ROSES
        if len(self.cards) != len(clusters) or any(
            c.chart.numbered != numbered for c in self.cards
        ):
            self._make_cards(len(clusters), numbered)
        internal = self.kind != EXTERNAL
        for card, cluster in zip(self.cards, clusters, strict=True):
            if internal:
                card.show_internal(self.data, cluster)
            else:
                card.show_external(self.data, cluster)
        what = self.tr("Interne analyse") if internal else self.tr("Externe analyse")
        # The clusters' names head their roses; the title stays one line.
        self.title.setText(self.tr("Positioneringsroos · {0}").format(what))
        self._legend(internal, numbered)
        self._scale()

    def _make_cards(self, count: int, numbered: bool) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
            card.deleteLater()
        for n in range(max(self.grid.columnCount(), self.grid.rowCount())):
            self.grid.setColumnStretch(n, 0)
            self.grid.setRowStretch(n, 0)
        self.cards = [RoseCard(numbered, self.board) for _ in range(count)]
        columns = count if count <= 3 else (2 if count == 4 else 3)
        for n, card in enumerate(self.cards):
            card.setFrameShape(RoseCard.Shape.NoFrame)
            self.grid.addWidget(card, n // max(1, columns), n % max(1, columns))
            self.grid.setColumnStretch(n % max(1, columns), 1)
            self.grid.setRowStretch(n // max(1, columns), 1)

    def _legend(self, internal: bool, numbered: bool) -> None:
        reference = self.data.reference
        if internal:
            entries = [
                (IMPORTANCE_COLOUR, "▲", self.tr("belang volgens de cluster")),
                (SCORE_COLOUR, "●", self.tr("score van de cluster")),
            ]
            if reference is not None:
                entries.append(
                    (
                        REFERENCE_COLOUR,
                        "■",
                        self.tr("score {0} (referentie)").format(reference.name),
                    )
                )
            areas = self.data.internal_areas
        else:
            entries = [
                (IMPORTANCE_COLOUR, "▲", self.tr("belang volgens de cluster")),
                (READINESS_COLOUR, "●", self.tr("paraatheid")),
            ]
            areas = self.data.external_areas
        parts = [
            f"<span style='color:{colour}'>{symbol}</span>&nbsp;{_nowrap(text)}"
            for colour, symbol, text in entries
        ]
        parts.append(
            "<span style='color:#B71C1C'>◯</span>&nbsp;"
            + _nowrap(self.tr("werkpunt (rood omcirkeld)"))
        )
        text = " &nbsp; ".join(parts)
        if numbered:
            text += "<br>" + " &nbsp; ".join(
                f"<b>{n}</b>&nbsp;{html.escape(a.name)}" for n, a in enumerate(areas, start=1)
            )
        self.legend.setText(text)

    # -- size ----------------------------------------------------------------------------

    def apply_scale(self, scale: float) -> None:
        """The projector's text size (1.0: the height rule alone)."""
        self.text_scale = scale
        self._scale()

    def line_pixels(self) -> int:
        return max(8, round(max(self.height(), 200) * self.text_scale / LINES))

    def _scale(self) -> None:
        line = self.line_pixels()
        base = self.font()
        self.title.setFont(_font(base, round(line * 1.3), bold=True))
        self.legend.setFont(_font(base, round(line * 0.8)))
        # Fewer roses, larger labels; the rose shrinks so that its labels fit.
        label = round(line * (0.8 if len(self.cards) == 1 else 0.62))
        for card in self.cards:
            card.title.setFont(_font(base, line, bold=True))
            card.werkpunten.setFont(_font(base, round(line * 0.8)))
            card.chart.set_label_pixels(label)
        margin = max(8, self.height() // 50)
        self._layout.setContentsMargins(margin, margin, margin, margin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()


def _nowrap(text: str) -> str:
    """Escaped, wrapping between legend entries only."""
    return html.escape(text).replace(" ", "&nbsp;")


def show_on_projector(
    main_window: QWidget, controller: WorkshopController, kind: str, cluster_ids: list[str]
) -> RosesPage | None:
    """Put the roses on the projected screen (one page per main window, made once)."""
    projector = getattr(main_window, "projector", None)
    if projector is None:
        return None
    window = projector.ensure_window()
    page = window.findChild(RosesPage)
    if page is None:
        page = RosesPage(controller, kind, cluster_ids, window.stack)
    else:
        page.set_content(kind, cluster_ids)
    window.show_page(page)
    projector.set_visible(True)
    return page
