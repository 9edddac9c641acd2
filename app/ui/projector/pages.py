"""What the projected screen can show: the SWOT board, one quadrant, one development
path or one fiche. Read-only, large type, no controls."""

from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain import records
from app.domain.enums import Quadrant
from app.ui.swot.model import QuadrantModel
from app.ui.swot.quadrant import QuadrantList, header_style
from app.ui.swot.style import Theme
from app.ui.widgets.quadrants import QUADRANTS
from app.ui.widgets.quadrants import label as quadrant_label

# The projector pages through a quadrant that does not fit (ProjectorWindow's timer),
# but not for a while after a capture: the room reads the new point first.
PAGE_INTERVAL_MS = 12_000
QUIET_AFTER_CAPTURE_S = 20.0
# Pixel sizes are filled in when the page knows its height; markers no typed text contains.
TITLE = "\x01T\x01"
BODY = "\x01B\x01"


def pixel_font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font


class ProjectedQuadrant(QWidget):
    """A quadrant's tinted title and its points; follows the latest capture."""

    def __init__(self, model: QuadrantModel, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.header = QLabel(self)
        self.list = QuadrantList(model, interactive=False, theme=theme, parent=self)
        self.list.setAccessibleName(quadrant_label(model.quadrant))
        # By pixel: a screenful is then exactly the list's height, whatever the rows'
        # heights, so the room pages through every point and "blad n/m" is true.
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.set_theme(theme)
        self._revealed: str | None = None
        self._quiet_until = 0.0
        model.shownChanged.connect(self._refresh)
        self.list.verticalScrollBar().rangeChanged.connect(lambda *_: self._show_header())
        self._refresh()

    def set_model(self, model: QuadrantModel) -> None:
        if model is self.model:
            return
        self.model.shownChanged.disconnect(self._refresh)
        self.model = model
        self.list.show_model(model)
        self.list.setAccessibleName(quadrant_label(model.quadrant))
        model.shownChanged.connect(self._refresh)
        self.set_theme(self.theme)
        self._refresh()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.header.setStyleSheet(header_style(self.model.quadrant, theme) + "border-radius: 0;")
        delegate = self.list.itemDelegate()
        delegate.theme = theme  # type: ignore[attr-defined]
        self.list.setStyleSheet(f"QTreeView {{ background: {theme.background}; border: none; }}")
        self.list.viewport().update()

    def set_size(self, pixels: int) -> None:
        self.header.setFont(pixel_font(self.font(), round(pixels * 1.2), bold=True))
        self.list.setFont(pixel_font(self.font(), pixels))
        self.list.scheduleDelayedItemsLayout()
        QTimer.singleShot(0, self._show_header)  # the page count once laid out anew

    def _refresh(self, *_args: object) -> None:
        if self.model.latest_id and self.model.latest_id != self._revealed:
            # A capture: show it, and let the room read it before paging on.
            self._revealed = self.model.latest_id
            self.list.reveal(self.model.latest_id)
            self._quiet_until = time.monotonic() + QUIET_AFTER_CAPTURE_S
        self._show_header()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # How many screenfuls depends on the height: say it once the list has laid out.
        QTimer.singleShot(0, self._show_header)

    def _show_header(self) -> None:
        text = f"{quadrant_label(self.model.quadrant)}  ·  {self.model.point_count()}"
        page, pages = self.page()
        if pages > 1:
            text += "  ·  " + QCoreApplication.translate("Projector", "blad {0}/{1}").format(
                page, pages
            )
        self.header.setText(text)

    def page(self) -> tuple[int, int]:
        """Which screenful of the quadrant the room sees, of how many (1-based)."""
        bar = self.list.verticalScrollBar()
        if bar.maximum() <= 0:
            return 1, 1
        step = max(1, bar.pageStep())
        pages = -(-(bar.maximum() + step) // step)  # screens of one page step each
        return (pages if bar.value() >= bar.maximum() else bar.value() // step + 1), pages

    def advance_page(self) -> None:
        """The next screenful of points, back to the first after the last: every point
        of the quadrant reaches the room, not only the first few. Waits while a
        capture was just shown."""
        self._show_header()  # the list may have laid out since the header was written
        if time.monotonic() < self._quiet_until:
            return
        bar = self.list.verticalScrollBar()
        if bar.maximum() <= 0:
            return
        bar.setValue(0 if bar.value() >= bar.maximum() else bar.value() + bar.pageStep())
        self._show_header()

    def texts(self) -> list[str]:
        """The point texts as the room sees them (tests and screen readers)."""
        return [self.model.board.items[i].text for i in self.model.point_ids()]


class BoardPage(QWidget):
    """The four quadrants, 2×2."""

    def __init__(
        self, models: dict[Quadrant, QuadrantModel], theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.quadrants = {}
        for n, quadrant in enumerate(QUADRANTS):
            shown = ProjectedQuadrant(models[quadrant], theme, self)
            grid.addWidget(shown, n // 2, n % 2)
            self.quadrants[quadrant] = shown


class QuadrantPage(QWidget):
    """One quadrant over the whole screen: one view that switches models, so that the
    quadrants not shown cost nothing on a capture."""

    def __init__(
        self, models: dict[Quadrant, QuadrantModel], theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.models = models
        self.shown = ProjectedQuadrant(models[Quadrant.STRENGTH], theme, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shown)

    def show_quadrant(self, quadrant: Quadrant) -> None:
        self.shown.set_model(self.models[quadrant])


class TextPage(QWidget):
    """A path or a fiche as large rich text, shrunk until it fits the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        self.body = ""  # html with the TITLE and BODY size markers to fill in
        self.largest = 32

    def set_content(self, html_template: str) -> None:
        self.body = html_template
        self.fit()

    def set_size(self, pixels: int) -> None:
        self.largest = pixels
        self.fit()

    def fit(self) -> None:
        """The largest type (down to 60 %) at which the whole text fits."""
        width = max(self.width(), 200)
        height = max(self.height(), 100)
        smallest = max(10, round(self.largest * 0.6))
        size = self.largest
        while True:
            html = self.body.replace(TITLE, str(round(size * 1.5))).replace(BODY, str(size))
            self.label.setText(html)
            self.label.setFont(pixel_font(self.font(), size))
            if size <= smallest or self.label.heightForWidth(width) <= height:
                break
            size -= 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def text(self) -> str:
        return self.label.text()


def _heading(text: str, colour: str) -> str:
    return (
        f'<p style="font-size:{BODY}px; font-weight:700; color:{colour}; '
        f'margin-top:0.6em; margin-bottom:0.2em;">{escape(text)}</p>'
    )


def _title(text: str) -> str:
    return f'<p style="font-size:{TITLE}px; font-weight:700; margin:0;">{escape(text)}</p>'


def _para(text: str) -> str:
    return f'<p style="font-size:{BODY}px; margin:0;">{escape(text)}</p>' if text.strip() else ""


def _bullets(lines: list[str]) -> str:
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f'<ul style="font-size:{BODY}px; margin-top:0; margin-bottom:0;">{items}</ul>'


def path_html(path: records.DevelopmentPath, accent: str) -> str:
    parts = [_title(path.title), _para(path.description)]
    if path.owner:
        trekker = QCoreApplication.translate("Projector", "Trekker: {0}").format(path.owner)
        parts.append(_para(trekker))
    if path.actions:
        parts.append(
            _heading(
                QCoreApplication.translate("Projector", "Te ontwikkelen acties / producten"), accent
            )
        )
        parts.append(_bullets([a.text for a in path.actions]))
    if path.impacts:
        parts.append(
            _heading(QCoreApplication.translate("Projector", "Impact die we creëren"), accent)
        )
        # The workshop's own groups, in the order the path's impact has them.
        names = {i.target_group_id: i.target_group for i in path.impacts}
        for group_id, name in names.items():
            lines = [i.text for i in path.impacts if i.target_group_id == group_id]
            parts.append(
                f'<p style="font-size:{BODY}px; font-weight:600; margin:0;">{escape(name)}</p>'
            )
            parts.append(_bullets(lines))
    return "".join(parts)


def proposal_html(proposal: records.Proposal, accent: str) -> str:
    kind = (
        QCoreApplication.translate("Projector", "Verplicht")
        if proposal.mandatory
        else QCoreApplication.translate("Projector", "Keuze")
    )
    facts = [kind]
    if proposal.policy_objective:
        facts.insert(0, proposal.policy_objective)
    if proposal.sdgs:
        facts.append(
            QCoreApplication.translate("Projector", "SDG {0}").format(
                ", ".join(str(s) for s in proposal.sdgs)
            )
        )
    title = f"{proposal.code} {proposal.title}".strip()
    parts = [_title(title), _para(" · ".join(facts))]
    for label, text in (
        (QCoreApplication.translate("Projector", "Waarom?"), proposal.why),
        (QCoreApplication.translate("Projector", "Wat?"), proposal.what),
        (QCoreApplication.translate("Projector", "Wat winnen we?"), proposal.win),
    ):
        if text.strip():
            parts += [_heading(label, accent), _para(text)]
    if proposal.actions:
        parts.append(
            _heading(QCoreApplication.translate("Projector", "Acties en fasering"), accent)
        )
        parts.append(
            _bullets(
                [
                    f"{a.text} ({a.start_year}–{a.end_year})"
                    if a.end_year != a.start_year
                    else f"{a.text} ({a.start_year})"
                    for a in proposal.actions
                ]
            )
        )
    for label, text in (
        (
            QCoreApplication.translate("Projector", "Status op het einde van de legislatuur"),
            proposal.status_end_of_term,
        ),
        (QCoreApplication.translate("Projector", "Afhankelijkheden"), proposal.dependencies),
        (QCoreApplication.translate("Projector", "Risico's"), proposal.risks),
    ):
        if text.strip():
            parts += [_heading(label, accent), _para(text)]
    return "".join(parts)


def missing_html(what: str) -> str:
    return _para(what)
