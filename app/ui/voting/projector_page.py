"""The projected screen during a vote: the question and options, the QR codes to
join, a live count of ballots, the countdown, and (only once revealed) the ranking
as a horizontal bar chart. Large type, high contrast: read from the back of the room.

Results stay hidden until the facilitator reveals them, so that early votes do not
steer later ones. Ties are visible: options with equal scores share a rank label
and a colour.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.domain import ranking as voting_rules
from app.domain import records
from app.domain.enums import RoundStatus
from app.services import budget_round
from app.services.rounds import RankedResult, Results
from app.voting import qr

BACKGROUND = "#FFFFFF"
INK = "#111111"
MUTED = "#444444"
# Distinct ranks take these in turn (tied options share one); beyond the top N grey.
RANK_COLOURS = ("#0B5394", "#B45F06", "#38761D", "#741B47", "#134F5C", "#7F6000")
OUTSIDE_TOP = "#9E9E9E"
FITS = "#38761D"  # a budget round with whole fiches: the fiches that fit the budget
LINES = 30  # lines of body text that fit the page's height
MAX_BARS = 15
TITLE_CHARS = 40
LABEL_SPAN = 2.0  # the labels' share of the width, relative to the longest bar


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font


def rank_labels(ranking: list[RankedResult]) -> list[str]:
    """ "1." for a rank of its own, "=2" for a rank shared with another option."""
    counts: dict[int, int] = {}
    for r in ranking:
        counts[r.rank] = counts.get(r.rank, 0) + 1
    return [f"={r.rank}" if counts[r.rank] > 1 else f"{r.rank}." for r in ranking]


def rank_colours(ranking: list[RankedResult], top_n: int) -> list[str]:
    colours: list[str] = []
    seen: dict[int, str] = {}
    for r in ranking:
        if top_n and r.rank > top_n:
            colours.append(OUTSIDE_TOP)
            continue
        if r.rank not in seen:
            seen[r.rank] = RANK_COLOURS[len(seen) % len(RANK_COLOURS)]
        colours.append(seen[r.rank])
    return colours


def _short(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class RankingChart(pg.PlotWidget):
    """The ranking as horizontal bars, best on top, rank and title on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=BACKGROUND)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideAxis("bottom")
        # Labels are text items left of the bars: an axis drops labels it finds crowded.
        item.hideAxis("left")
        self.bars: pg.BarGraphItem | None = None
        self.values: list[pg.TextItem] = []
        self.names: list[pg.TextItem] = []
        self.labels: list[str] = []
        self.colours: list[str] = []
        self._pixels = 24

    def set_ranking(
        self,
        ranking: list[RankedResult],
        top_n: int,
        fit: budget_round.Fitting | None = None,
    ) -> None:
        """``fit``: a budget round with whole fiches; the fiches that fit the budget are
        green, the others grey, and each bar says its count and its cost."""
        item = self.getPlotItem()
        if self.bars is not None:
            item.removeItem(self.bars)
        for text in [*self.values, *self.names]:
            item.removeItem(text)
        shown = ranking[:MAX_BARS]
        ranks = rank_labels(ranking)[:MAX_BARS]
        self.colours = rank_colours(ranking, top_n)[:MAX_BARS]
        if fit is not None:
            self.colours = [FITS if r.option_id in fit.fits else OUTSIDE_TOP for r in shown]
        self.labels = [f"{rank}  {_short(r.title)}" for rank, r in zip(ranks, shown, strict=True)]
        ys = [-n for n in range(len(shown))]
        widths = [r.score for r in shown]
        self.bars = pg.BarGraphItem(
            x0=0,
            y=ys,
            height=0.72,
            width=widths or [0],
            brushes=[pg.mkBrush(c) for c in self.colours],
            pens=[pg.mkPen(None) for _ in self.colours],
        )
        item.addItem(self.bars)
        top = max(widths, default=0) or 1
        # With costs beside the counts the values need more room, and so the labels too.
        span = LABEL_SPAN * (1.2 if fit is not None else 1.0)
        self.values = []
        for y, r in zip(ys, shown, strict=True):
            value = f"{r.score:g}"
            if fit is not None and r.option_id in fit.costs:
                value += f"  ·  {voting_rules.euro(fit.costs[r.option_id])}"
            text = pg.TextItem(value, color=INK, anchor=(0, 0.5))
            text.setFont(_font(self.font(), self._pixels, bold=True))
            text.setPos(r.score + top * 0.01, y)
            item.addItem(text)
            self.values.append(text)
        self.names = []
        for y, label in zip(ys, self.labels, strict=True):
            name = pg.TextItem(label, color=INK, anchor=(0, 0.5))
            name.setFont(_font(self.font(), self._pixels))
            name.setPos(-top * span, y)
            item.addItem(name)
            self.names.append(name)
        # The left part of the plot holds the labels (left-aligned), the right the bars.
        item.setXRange(-top * span, top * (1.9 if fit is not None else 1.12), padding=0)
        item.setYRange(-len(shown) + 0.5, 0.5, padding=0)

    def set_pixels(self, pixels: int) -> None:
        self._pixels = pixels
        for text in self.values:
            text.setFont(_font(self.font(), pixels, bold=True))
        for name in self.names:
            name.setFont(_font(self.font(), pixels))


class VotingPage(QWidget):
    """What the room sees of a round. Passive: the rounds view tells it what to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_scale = 1.0  # the projector's text size (Ctrl+Plus/Minus)
        self.setObjectName("votingPage")
        self.setAccessibleName(self.tr("Stemronde op het projectiescherm"))
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"QWidget#votingPage {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: {INK}; background: transparent; }}"
        )
        self.round: records.VotingRound | None = None
        self.fit: budget_round.Fitting | None = None
        self.url = ""
        self.wifi: tuple[str, str] = ("", "")
        self._qr_url = QPixmap()
        self._qr_wifi = QPixmap()

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {MUTED};")
        self.options = QLabel(self)
        self.options.setWordWrap(True)
        self.options.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.options.setTextFormat(Qt.TextFormat.RichText)
        self.chart = RankingChart(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.options)
        self.body.addWidget(self.chart)

        self.timer = QLabel(self)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer.setAccessibleName(self.tr("Resterende tijd"))
        self.count = QLabel(self)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setAccessibleName(self.tr("Aantal stemmen"))
        self.qr_url = QLabel(self)
        self.qr_url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_url.setAccessibleName(self.tr("QR-code om te stemmen"))
        self.url_text = QLabel(self)
        self.url_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url_text.setWordWrap(True)
        self.url_text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.qr_wifi = QLabel(self)
        self.qr_wifi.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_wifi.setAccessibleName(self.tr("QR-code voor de wifi"))
        self.wifi_text = QLabel(self)
        self.wifi_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_text.setWordWrap(True)

        side = QVBoxLayout()
        for widget in (self.timer, self.count, self.qr_url, self.url_text):
            side.addWidget(widget)
        side.addStretch(1)
        side.addWidget(self.qr_wifi)
        side.addWidget(self.wifi_text)
        main = QVBoxLayout()
        for widget in (self.title, self.question, self.status):
            main.addWidget(widget)
        main.addWidget(self.body, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(main, 62)
        layout.addLayout(side, 38)
        self._layout = layout
        self.set_count(0)
        self.set_timer(None)
        self._refresh()

    # -- what it shows -------------------------------------------------------------------

    def show_round(self, voting_round: records.VotingRound, results: Results | None) -> None:
        self.round = voting_round
        self.set_count(voting_round.ballot_count if results is None else results.ballots)
        self.fit = None
        if voting_round.revealed and results is not None:
            self.fit = budget_round.fitting(results.round, results.fits)
            self.chart.set_ranking(results.ranking, voting_round.top_n, self.fit)
        self._refresh()

    def results_visible(self) -> bool:
        return self.body.currentWidget() is self.chart

    def set_count(self, count: int) -> None:
        self.count.setText(
            self.tr("{0} stemmen").format(count) if count != 1 else self.tr("1 stem")
        )

    def set_join_url(self, url: str) -> None:
        self.url = url
        self._qr_url = QPixmap()
        if url:
            self._qr_url.loadFromData(qr.qr_png(url, scale=8, border=2), "PNG")
        self._refresh()

    def set_wifi(self, ssid: str, password: str) -> None:
        """A second QR code that joins the Wi-Fi; none without a network name."""
        self.wifi = (ssid, password)
        self._qr_wifi = QPixmap()
        if ssid:
            payload = qr.wifi_payload(ssid, password, "WPA" if password else "nopass")
            self._qr_wifi.loadFromData(qr.qr_png(payload, scale=8, border=2), "PNG")
        self._refresh()

    def set_timer(self, seconds: int | None) -> None:
        """The countdown (None: no timer). It turns red in the last minute."""
        self.timer.setVisible(seconds is not None)
        if seconds is not None:
            minutes, rest = divmod(max(0, seconds), 60)
            self.timer.setText(f"{minutes}:{rest:02d}")
            colour = "#B00020" if seconds < 60 else INK
            self.timer.setStyleSheet(f"color: {colour};")

    def _refresh(self) -> None:
        r = self.round
        self.title.setText(r.title if r else self.tr("Geen stemronde"))
        self.question.setText(r.question if r else "")
        self.question.setVisible(bool(r and r.question))
        revealed = bool(r and r.revealed)
        if r is None:
            status = ""
        elif revealed and self.fit is not None:
            status = self.tr(
                "Resultaat: hoeveel telefoons elke fiche kozen. Groen past in het budget van "
                "{0}: {1} fiches voor {2}."
            ).format(
                voting_rules.euro(self.fit.budget),
                len(self.fit.fits),
                voting_rules.euro(self.fit.spent),
            )
        elif revealed:
            status = self.tr("Resultaat")
        elif r.status is RoundStatus.OPEN:
            status = self.tr("Stem nu op je telefoon")
        elif r.status is RoundStatus.CLOSED:
            status = self.tr("De stemming is gesloten. Het resultaat volgt.")
        else:
            status = self.tr("Deze ronde opent zo meteen.")
        self.status.setText(status)
        if r is not None and not revealed:
            rows = "".join(
                f"<tr><td align='right'>{n}.&nbsp;</td><td>{_escape(_short(o.title, 64))}</td></tr>"
                for n, o in enumerate(r.options[:MAX_BARS], start=1)
            )
            more = len(r.options) - MAX_BARS
            extra = self.tr("… en nog {0}").format(more) if more > 0 else ""
            self.options.setText(f"<table cellspacing='4'>{rows}</table>{_escape(extra)}")
        # The ranking takes the width; the side only keeps the count.
        self._layout.setStretch(0, 76 if revealed else 62)
        self._layout.setStretch(1, 24 if revealed else 38)
        self.body.setCurrentWidget(self.chart if revealed else self.options)
        # Joining only makes sense while the round is open.
        joining = bool(self.url) and not revealed
        self.qr_url.setVisible(joining)
        self.url_text.setVisible(joining)
        self.url_text.setText(self.url)
        wifi = bool(self.wifi[0]) and not revealed
        self.qr_wifi.setVisible(wifi)
        self.wifi_text.setVisible(wifi)
        ssid, password = self.wifi
        self.wifi_text.setText(
            self.tr("Wifi: {0}\nWachtwoord: {1}").format(ssid, password)
            if password
            else self.tr("Wifi: {0}").format(ssid)
        )
        self._scale()

    # -- size ----------------------------------------------------------------------------

    def apply_scale(self, scale: float) -> None:
        """The projector's text size (1.0: the height rule alone); the QR codes keep
        their size."""
        self.text_scale = scale
        self._scale()

    def _scale(self) -> None:
        height = max(self.height(), 200)
        line = round(height * self.text_scale / LINES)
        base = self.font()
        self.title.setFont(_font(base, round(line * 2.0), bold=True))
        self.question.setFont(_font(base, round(line * 1.3)))
        self.status.setFont(_font(base, round(line * 1.1), bold=True))
        many = self.round is not None and len(self.round.options) > 9
        self.options.setFont(_font(base, round(line * (0.85 if many else 1.15))))
        self.chart.set_pixels(round(line * 0.9))
        self.timer.setFont(_font(base, round(line * 4.2), bold=True))
        self.count.setFont(_font(base, round(line * 1.8), bold=True))
        self.url_text.setFont(_font(base, round(line * 1.0), bold=True))
        self.wifi_text.setFont(_font(base, round(line * 0.95)))
        margin = max(8, height // 40)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(margin)
        timer_on = not self.timer.isHidden()
        wifi_on = not self.qr_wifi.isHidden()
        side = round(self.width() * 0.36)
        qr_size = min(side, round(height * (0.36 if (timer_on or wifi_on) else 0.5)))
        if not self._qr_url.isNull():
            self.qr_url.setPixmap(self._scaled(self._qr_url, qr_size))
        if not self._qr_wifi.isNull():
            self.qr_wifi.setPixmap(self._scaled(self._qr_wifi, round(height * 0.24)))

    @staticmethod
    def _scaled(pixmap: QPixmap, size: int) -> QPixmap:
        # Sharp module edges: a blurred QR code scans badly from a distance.
        return pixmap.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
