"""The scenario on the projected screen, readable from the back of the room: the years
as columns with the net sums, the room and the balance per kind (sign and word, green
or red), and which keuze fiches are in the plan and which are not. Follows every tick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.proposals.money import number
from app.ui.scenario.figures import GOOD, SHORT, balance_text, is_short, whole
from app.ui.scenario.state import ScenarioState

BACKGROUND = "#FFFFFF"
INK = "#111111"
MUTED = "#444444"
LINES = 26  # lines of text that fit the page's height
LISTED = 7  # fiches named per column; the rest are counted
TITLE_CHARS = 40  # a fiche's title on one line, from the back of the room
# Thousands of euros: short numbers read from the back (the title says so).
THOUSAND = 1000.0


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ScenarioPage(QWidget):
    def __init__(self, state: ScenarioState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.text_scale = 1.0  # the projector's text size (Ctrl+Plus/Minus)
        self.setObjectName("scenarioPage")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"QWidget#scenarioPage {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: {INK}; background: transparent; }}"
        )
        self.title = QLabel(self)
        self.verdict = QLabel(self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.cells: list[list[QLabel]] = []
        self.taken = QLabel(self)
        self.left_out = QLabel(self)
        for label in (self.taken, self.left_out):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextFormat(Qt.TextFormat.RichText)
        lists = QHBoxLayout()
        lists.addWidget(self.taken, 1)
        lists.addWidget(self.left_out, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.verdict)
        self._layout.addLayout(self.grid)
        self._layout.addLayout(lists, 1)
        state.figuresChanged.connect(self.refresh)
        state.proposalsChanged.connect(self.refresh)
        self.refresh()

    def _rows(self) -> list[tuple[str, str, bool]]:
        """(label, figure, is a balance) per row of the grid."""
        return [
            (self.tr("Investering netto"), "investment_net", False),
            (self.tr("Investeringsruimte"), "room_investment", False),
            (self.tr("Saldo investering"), "balance_investment", True),
            (self.tr("Werking netto"), "operating_net", False),
            (self.tr("Werkingsruimte"), "room_operating", False),
            (self.tr("Saldo werking"), "balance_operating", True),
        ]

    def _build_grid(self, columns: int) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        rows = len(self._rows()) + 1
        self._shown: dict[tuple[int, int], tuple[str, str]] = {}
        self.cells = [[QLabel(self) for _ in range(columns + 1)] for _ in range(rows)]
        for r, line in enumerate(self.cells):
            for c, label in enumerate(line):
                if c:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(label, r, c)

    def refresh(self) -> None:
        s = self.state
        figures = s.figures()
        rebuilt = len(self.cells) == 0 or len(self.cells[0]) != len(figures) + 1
        if rebuilt:
            self._build_grid(len(figures))
        self._set(0, 0, "", INK)
        for c, y in enumerate(figures, start=1):
            self._set(0, c, str(y.year), INK)
        ok, short_word = self.tr("ok"), self.tr("tekort")
        for r, (label, figure, balance) in enumerate(self._rows(), start=1):
            self._set(r, 0, label, INK)
            for c, y in enumerate(figures, start=1):
                value = float(getattr(y, figure)) / THOUSAND
                if balance:
                    colour = SHORT if is_short(value) else GOOD
                    self._set(r, c, balance_text(value, ok, short_word), colour)
                else:
                    self._set(r, c, number(whole(value)), INK)
        short = [str(y.year) for y in figures if not y.fits]
        self.title.setText(self.tr("Scenario meerjarenplan (× € 1.000)"))
        if short:
            verdict = self.tr("✗ NIET in evenwicht: tekort in {0}").format(", ".join(short))
        else:
            verdict = self.tr("✓ In evenwicht: geen enkel jaar komt tekort")
        if self.verdict.text() != verdict:
            self.verdict.setText(verdict)
            self.verdict.setStyleSheet(f"color: {SHORT if short else GOOD};")
        taken = [i for i in s.keuze if s.is_taken(i)]
        out = [i for i in s.keuze if not s.is_taken(i)]
        lists = (
            (self.taken, self.tr("In het plan ({0})").format(len(taken)), taken, "✓"),
            (self.left_out, self.tr("Niet in het plan ({0})").format(len(out)), out, "–"),
        )
        for listing, heading, ids, mark in lists:
            text = self._list(heading, ids, mark)
            if listing.text() != text:
                listing.setText(text)
        if rebuilt:  # fonts only for new labels: setting them all again relays the page out
            self._scale()

    def _set(self, row: int, column: int, text: str, colour: str) -> None:
        """Change a cell only when it changes: a tick touches a few years, and setting
        text or style on every label would lay the whole page out again."""
        key = (text, colour)
        if self._shown.get((row, column)) == key:
            return
        self._shown[(row, column)] = key
        cell = self.cells[row][column]
        cell.setText(text)
        cell.setStyleSheet(f"color: {colour};")

    def _list(self, heading: str, ids: list[str], mark: str) -> str:
        s = self.state
        lines = []
        for proposal_id in ids[:LISTED]:
            f = s.proposals[proposal_id]
            rank = s.rank.get(proposal_id)
            where = f"{rank}. " if rank is not None else ""
            title = f.title if len(f.title) <= TITLE_CHARS else f.title[: TITLE_CHARS - 1] + "…"
            lines.append(f"{mark} {where}{_escape(f.code or '')} {_escape(title)}")
        if len(ids) > LISTED:
            lines.append(_escape(self.tr("… en nog {0}").format(len(ids) - LISTED)))
        body = "<br/>".join(lines) or "–"
        return f"<b>{_escape(heading)}</b><br/>{body}"

    def apply_scale(self, scale: float) -> None:
        """The projector's text size (1.0: the height rule alone)."""
        self.text_scale = scale
        self._scale()

    def _scale(self) -> None:
        height = max(self.height(), 200)
        line = round(height * self.text_scale / LINES)
        base = self.font()
        self.title.setFont(_font(base, round(line * 1.6), bold=True))
        self.verdict.setFont(_font(base, round(line * 1.3), bold=True))
        # As large as the height allows, unless the years would not fit the width:
        # about 20 characters of label and 11 per year.
        columns = max(1, len(self.cells[0]) - 1) if self.cells else 1
        cell_px = min(line * 1.1, self.width() / ((20 + 11 * columns) * 0.62))
        for r, row in enumerate(self.cells):
            for c, cell in enumerate(row):
                bold = r == 0 or c == 0 or r in (3, 6)
                cell.setFont(_font(base, round(cell_px), bold=bold))
        for label in (self.taken, self.left_out):
            label.setFont(_font(base, round(line * 0.75)))
            label.setStyleSheet(f"color: {INK};")
        margin = max(8, height // 40)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(max(4, margin // 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()


def show_on_projector(main_window: QWidget, state: ScenarioState) -> ScenarioPage | None:
    """Put the scenario on the projected screen (one page per state, made once)."""
    projector = getattr(main_window, "projector", None)
    if projector is None:
        return None
    window = projector.ensure_window()
    page = getattr(state, "projector_page", None)
    if page is None:
        page = ScenarioPage(state, window.stack)
        state.projector_page = page  # type: ignore[attr-defined]
        page.destroyed.connect(lambda: setattr(state, "projector_page", None))
    window.show_page(page)
    projector.set_visible(True)
    return page
