"""The positioning roses side by side: every cluster as a small rose with numbered
spokes and one legend, or a chosen pair in full size with the area names.

Internal rose: importance (red), the cluster's score (blue, filled) and the
reference cluster's score (grey, dashed). External rose: importance and
readiness. Werkpunten (app.domain.analysis.is_werkpunt) are marked in red.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.analysis import WERKPUNT_MAX_SCORE, WERKPUNT_MIN_IMPORTANCE
from app.domain.records import Cluster
from app.ui.analysis.data import AnalysisData, number
from app.ui.widgets.rose import (
    IMPORTANCE_COLOUR,
    READINESS_COLOUR,
    REFERENCE_COLOUR,
    SCORE_COLOUR,
    WERKPUNT_COLOUR,
    RoseChart,
    RoseSeries,
)

INTERNAL, EXTERNAL = "internal", "external"


class RoseCard(QFrame):
    """One cluster's rose with its name above and its werkpunten below."""

    def __init__(self, numbered: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("roseCard")
        self.setStyleSheet("#roseCard { background: white; }")
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart = RoseChart(self, numbered=numbered)
        self.werkpunten = QLabel(self)
        self.werkpunten.setWordWrap(True)
        self.werkpunten.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.werkpunten)

    def show_internal(self, data: AnalysisData, cluster: Cluster) -> None:
        points = data.internal_rose(cluster.id)
        reference = data.reference
        series = [
            RoseSeries(
                self.tr("Belang volgens de cluster"),
                [p.importance for p in points],
                IMPORTANCE_COLOUR,
                symbol="t1",
            ),
            RoseSeries(
                self.tr("Score van de cluster"), [p.score for p in points], SCORE_COLOUR, True
            ),
        ]
        if reference is not None and reference.id != cluster.id:
            series.append(
                RoseSeries(
                    self.tr("Score {0}").format(reference.name),
                    [p.reference for p in points],
                    REFERENCE_COLOUR,
                    dashed=True,
                    symbol="s",
                )
            )
        self._title(cluster)
        self.chart.set_data([p.name for p in points], series, [p.werkpunt for p in points])
        weak = [(n, p.name) for n, p in enumerate(points, start=1) if p.werkpunt]
        self._list(self.tr("Werkpunten"), weak, self.tr("Geen werkpunten"))
        self.chart.setAccessibleName(self.tr("Interne roos van {0}").format(cluster.name))
        self.chart.setAccessibleDescription(
            "; ".join(
                self.tr("{0}: belang {1}, score {2}, referentie {3}").format(
                    p.name, number(p.importance), number(p.score), number(p.reference)
                )
                for p in points
            )
        )

    def show_external(self, data: AnalysisData, cluster: Cluster) -> None:
        points = data.external_rose(cluster.id)
        series = [
            RoseSeries(
                self.tr("Belang volgens de cluster"),
                [p.importance for p in points],
                IMPORTANCE_COLOUR,
                symbol="t1",
            ),
            RoseSeries(
                self.tr("Paraatheid"), [p.readiness for p in points], READINESS_COLOUR, True
            ),
        ]
        self._title(cluster)
        self.chart.set_data([p.name for p in points], series, [p.werkpunt for p in points])
        weak = [(n, p.name) for n, p in enumerate(points, start=1) if p.werkpunt]
        self._list(self.tr("Belangrijk, niet klaar"), weak, self.tr("Overal klaar genoeg"))
        self.chart.setAccessibleName(self.tr("Externe roos van {0}").format(cluster.name))
        self.chart.setAccessibleDescription(
            "; ".join(
                self.tr("{0}: belang {1}, paraatheid {2}").format(
                    p.name, number(p.importance), number(p.readiness)
                )
                for p in points
            )
        )

    def _title(self, cluster: Cluster) -> None:
        suffix = self.tr(" (referentie)") if cluster.is_reference else ""
        self.title.setText(
            f"<span style='color:{html.escape(cluster.color)}'>■</span> "
            f"<b>{html.escape(cluster.name + suffix)}</b>"
        )

    def _list(self, label: str, weak: list[tuple[int, str]], none: str) -> None:
        full = ", ".join(name for _n, name in weak)
        self.werkpunten.setToolTip(full)
        self.werkpunten.setAccessibleName(f"{label}: {full}" if weak else none)
        if not weak:
            self.werkpunten.setText(f"<span style='color:#52606D'>{html.escape(none)}</span>")
            return
        # Small roses list the spoke numbers (the legend names them): every card keeps
        # one line, so the roses side by side stay the same size.
        shown = ", ".join(str(n) for n, _name in weak) if self.chart.numbered else full
        self.werkpunten.setText(
            f"<span style='color:{WERKPUNT_COLOUR}'><b>{html.escape(label)}:</b> "
            f"{html.escape(shown)}</span>"
        )


class RosesTab(QWidget):
    # The facilitator asks to show these roses to the room: kind, cluster ids.
    projectRequested = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: AnalysisData | None = None
        self.cards: list[RoseCard] = []
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Interne analyse"), INTERNAL)
        self.kind.addItem(self.tr("Externe analyse"), EXTERNAL)
        self.kind.setAccessibleName(self.tr("Welke roos"))
        self.layout_mode = QComboBox(self)
        self.layout_mode.addItem(self.tr("Alle clusters"), "all")
        self.layout_mode.addItem(self.tr("Twee clusters vergelijken"), "pair")
        self.layout_mode.setAccessibleName(self.tr("Weergave"))
        self.first = QComboBox(self)
        self.first.setAccessibleName(self.tr("Eerste cluster"))
        self.second = QComboBox(self)
        self.second.setAccessibleName(self.tr("Tweede cluster"))
        for box in (self.kind, self.layout_mode, self.first, self.second):
            box.activated.connect(lambda _i: self.draw())
        kind_label = QLabel(self.tr("&Roos:"), self)
        kind_label.setBuddy(self.kind)
        mode_label = QLabel(self.tr("&Toon:"), self)
        mode_label.setBuddy(self.layout_mode)
        self.versus = QLabel(self.tr("met"), self)
        self.project = QPushButton(self.tr("Op het p&rojectiescherm"), self)
        self.project.setToolTip(
            self.tr("Toont deze rozen groot op het projectiescherm, leesbaar achteraan in de zaal")
        )
        self.project.clicked.connect(self.request_projector)
        controls = QHBoxLayout()
        for widget in (
            kind_label,
            self.kind,
            mode_label,
            self.layout_mode,
            self.first,
            self.versus,
            self.second,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.project)

        self.board = QWidget(self)
        self.grid = QGridLayout(self.board)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.legend.setAccessibleName(self.tr("Legende"))
        legend_box = QScrollArea(self)
        legend_box.setWidget(self.legend)
        legend_box.setWidgetResizable(True)
        legend_box.setFixedWidth(250)
        legend_box.setFrameShape(QFrame.Shape.StyledPanel)
        legend_box.setObjectName("roseLegend")
        # A Tab stop (the arrows scroll a long legend), so it needs a name too.
        legend_box.setAccessibleName(self.tr("Legende"))
        legend_box.setStyleSheet("#roseLegend, #roseLegend QLabel { background: white; }")
        self.legend.setMargin(6)
        body = QHBoxLayout()
        body.addWidget(self.board, 1)
        body.addWidget(legend_box)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(body, 1)

    def refresh(self, data: AnalysisData) -> None:
        self.data = data
        for box, fallback in ((self.first, 0), (self.second, 1)):
            wanted = box.currentData()
            box.clear()
            for c in data.clusters:
                box.addItem(c.name, c.id)
            index = box.findData(wanted)
            box.setCurrentIndex(index if index >= 0 else min(fallback, box.count() - 1))
        self.draw()

    def draw(self) -> None:
        if self.data is None:
            return
        pair = self.layout_mode.currentData() == "pair"
        for widget in (self.first, self.versus, self.second):
            widget.setVisible(pair)
        clusters = self.data.clusters
        if pair:
            chosen = [self.data.cluster(b.currentData()) for b in (self.first, self.second)]
            clusters = [c for c in chosen if c is not None]
        self._cards(len(clusters), numbered=not pair)
        internal = self.kind.currentData() == INTERNAL
        for card, cluster in zip(self.cards, clusters, strict=True):
            if internal:
                card.show_internal(self.data, cluster)
            else:
                card.show_external(self.data, cluster)
        self._legend(internal, numbered=not pair)

    def shown(self) -> tuple[str, list[str]]:
        """The rose kind and the clusters this tab shows now."""
        kind = str(self.kind.currentData())
        if self.layout_mode.currentData() == "pair":
            ids = [b.currentData() for b in (self.first, self.second)]
            return kind, [i for i in dict.fromkeys(ids) if i]
        return kind, [c.id for c in self.data.clusters] if self.data else []

    def request_projector(self) -> None:
        self.projectRequested.emit(*self.shown())

    def _cards(self, count: int, numbered: bool) -> None:
        """Reuse the cards when their number and style stay; else lay them out anew."""
        if len(self.cards) == count and all(c.chart.numbered == numbered for c in self.cards):
            return
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()  # deleteLater waits for the event loop; do not show it meanwhile
            card.deleteLater()
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.cards = [RoseCard(numbered, self.board) for _ in range(count)]
        columns = max(1, count if count <= 3 else (2 if count == 4 else 3))
        for n, card in enumerate(self.cards):
            self.grid.addWidget(card, n // columns, n % columns)
            self.grid.setColumnStretch(n % columns, 1)
            self.grid.setRowStretch(n // columns, 1)

    def _legend(self, internal: bool, numbered: bool) -> None:
        assert self.data is not None
        reference = self.data.reference
        if internal:
            entries = [
                (IMPORTANCE_COLOUR, "▲", self.tr("Belang volgens de cluster")),
                (SCORE_COLOUR, "●", self.tr("Score van de cluster")),
            ]
            if reference is not None:
                entries.append(
                    (
                        REFERENCE_COLOUR,
                        "■",
                        self.tr("Score {0} (referentie)").format(reference.name),
                    )
                )
            areas = self.data.internal_areas
            rule = self.tr(
                "Werkpunt (rood): belang {0} of meer en een score onder {1}. "
                "Score: het gemiddelde van de stellingen, 1 tot 5; 'weet niet' telt niet mee."
            ).format(_plain(WERKPUNT_MIN_IMPORTANCE), _plain(WERKPUNT_MAX_SCORE))
        else:
            entries = [
                (IMPORTANCE_COLOUR, "▲", self.tr("Belang volgens de cluster")),
                (READINESS_COLOUR, "●", self.tr("Paraatheid")),
            ]
            areas = self.data.external_areas
            rule = self.tr("Rood: belang {0} of meer en een paraatheid onder {1}.").format(
                _plain(WERKPUNT_MIN_IMPORTANCE), _plain(WERKPUNT_MAX_SCORE)
            )
        lines = [
            f"<span style='color:{colour}'>{symbol}</span> {html.escape(text)}"
            for colour, symbol, text in entries
        ]
        parts = ["<b>" + html.escape(self.tr("Legende")) + "</b><br>" + "<br>".join(lines)]
        if numbered:
            names = "".join(
                f"<tr><td align='right'><b>{n}</b>&nbsp;</td><td>{html.escape(a.name)}</td></tr>"
                for n, a in enumerate(areas, start=1)
            )
            parts.append(f"<b>{html.escape(self.tr('Domeinen'))}</b><table>{names}</table>")
        parts.append(f"<span style='color:#52606D'>{html.escape(rule)}</span>")
        self.legend.setText("<p>" + "</p><p>".join(parts) + "</p>")


def _plain(value: float) -> str:
    """A threshold as written in prose: 4, or 3,5."""
    return f"{value:g}".replace(".", ",")
