"""An ideas round on the projected screen: the accepted points as they arrive on the
board, per quadrant, or, only when the facilitator switches it on in the queue, the
incoming texts that still wait for a decision. Never the incoming ones by default: a
phone's text reaches the room only through the facilitator.

Text is data: every idea is a plain-text list item, markup and formula characters
shown as typed. Type from the page's height and the projector's text size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.ideas import IdeaStatus
from app.services import ideas, rounds, swot
from app.services.ideas import Idea
from app.ui.base.controller import WorkshopController
from app.ui.widgets.quadrants import label as quadrant_label

BACKGROUND = "#FFFFFF"
INK = "#111111"
MUTED = "#444444"
LINES = 24  # lines of text that fit the page's height at text size 100 %
PAGE_INTERVAL_MS = 12_000  # as the board's quadrants page on the projector
ARRIVED = "#FFF3C4"  # the point just accepted: a soft mark (the text says it too)


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font


class IdeasPage(QWidget):
    """``incoming`` False (the default): accepted and merged ideas; True: pending ones."""

    def __init__(
        self,
        controller: WorkshopController,
        round_id: str,
        incoming: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.round_id = round_id
        self.incoming = incoming
        self.text_scale = 1.0
        self.setObjectName("ideasPage")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"QWidget#ideasPage {{ background: {BACKGROUND}; }}"
            f" QLabel {{ color: {INK}; background: transparent; }}"
            f" QListWidget {{ background: {BACKGROUND}; color: {INK}; border: none; }}"
        )
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet(f"color: {MUTED};")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Ideeën"))
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self.list, 1)
        self._stale = False
        self._seen: set[str] | None = None  # ids shown before: a new one is revealed
        self.latest: str | None = None
        controller.changed.connect(self._on_changed)
        self.refresh()
        self._scale()
        # Every idea reaches the room: a list longer than the screen pages on by itself.
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.pager = QTimer(self)
        self.pager.setInterval(PAGE_INTERVAL_MS)
        self.pager.timeout.connect(self.advance_page)
        self.pager.start()

    def set_round(self, round_id: str, incoming: bool) -> None:
        self.round_id, self.incoming = round_id, incoming
        self.refresh()

    def set_incoming(self, on: bool) -> None:
        if on != self.incoming:
            self.incoming = on
            self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.IDEA, Entity.ROUND, Entity.SWOT_ITEM, Entity.CLUSTER):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # read when shown again: out of sight it costs nothing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def shown_ideas(self) -> list[Idea]:
        wanted = [IdeaStatus.PENDING] if self.incoming else [IdeaStatus.ACCEPTED, IdeaStatus.MERGED]
        try:
            return ideas.list_ideas(self.controller.store, self.round_id, wanted)
        except Exception:  # the round was deleted meanwhile: nothing to show
            return []

    def refresh(self, shown: list[Idea] | None = None) -> None:
        """Read the round again (``shown``: made-up ideas for the screenshot)."""
        found = self.shown_ideas() if shown is None else shown
        try:
            title = rounds.rounds.get(self.controller.store, self.round_id).title
        except Exception:
            title = ""
        self.title.setText(title or self.tr("Ideeën"))
        self.caption.setText(
            self.tr("Binnengekomen, nog niet beoordeeld ({0})").format(len(found))
            if self.incoming
            else self.tr("Aanvaard op het bord ({0})").format(len(found))
        )
        self.list.clear()
        ids = {i.id for i in found}
        fresh = [i.id for i in found if self._seen is not None and i.id not in self._seen]
        self._seen = ids
        reveal: QListWidgetItem | None = None
        heading: str | None = None
        on_board = self._point_texts(found) if shown is None and not self.incoming else {}
        bold = _font(self.font(), self._line(), bold=True)
        for idea in found:
            group = quadrant_label(idea.quadrant) if idea.quadrant else self.tr("Aanbevelingen")
            if group != heading:
                heading = group
                head = QListWidgetItem(group)
                head.setFont(bold)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(head)
            who = f"  ({idea.cluster})" if idea.cluster else ""
            # The point as it stands on the board (edited before it was accepted, or
            # since); a plain item: the text shows as typed, markup and all.
            text = on_board.get(idea.swot_item_id or "", idea.text)
            item = QListWidgetItem(f"• {text}{who}")
            self.list.addItem(item)
            if fresh and idea.id == fresh[0]:
                reveal = item
        if reveal is not None:  # a point just accepted: the room sees it arrive
            self.latest = reveal.text()
            reveal.setBackground(QColor(ARRIVED))
            self.list.scrollToItem(reveal, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.list.scrollToTop()

    def _point_texts(self, found: list[Idea]) -> dict[str, str]:
        """The texts of the points accepted ideas became (merged ones: their own point)."""
        ids = [i.swot_item_id for i in found if i.swot_item_id]
        if not ids:
            return {}
        return {p.id: p.text for p in swot.get_items(self.controller.store, ids)}

    def advance_page(self) -> None:
        """The next screenful, back to the first after the last."""
        bar = self.list.verticalScrollBar()
        if bar.maximum() <= 0:
            return
        bar.setValue(0 if bar.value() >= bar.maximum() else bar.value() + bar.pageStep())

    def texts(self) -> list[str]:
        """The idea lines as the room sees them (tests)."""
        return [
            self.list.item(n).text()
            for n in range(self.list.count())
            if self.list.item(n).flags() != Qt.ItemFlag.NoItemFlags
        ]

    # -- size ----------------------------------------------------------------------------

    def apply_scale(self, scale: float) -> None:
        self.text_scale = scale
        self._scale()

    def _line(self) -> int:
        return max(8, round(max(self.height(), 200) * self.text_scale / LINES))

    def line_pixels(self) -> int:
        return self._line()

    def _scale(self) -> None:
        line = self._line()
        self.title.setFont(_font(self.font(), round(line * 1.3), bold=True))
        self.caption.setFont(_font(self.font(), round(line * 0.8)))
        self.list.setFont(_font(self.font(), line))
        bold = _font(self.font(), line, bold=True)
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.flags() == Qt.ItemFlag.NoItemFlags:
                item.setFont(bold)
        margin = max(8, self.height() // 50)
        self._layout.setContentsMargins(margin, margin, margin, margin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()


def show_on_projector(
    main_window: QWidget, controller: WorkshopController, round_id: str, incoming: bool
) -> IdeasPage | None:
    """Put the round's ideas on the projected screen (one page per main window)."""
    projector = getattr(main_window, "projector", None)
    if projector is None:
        return None
    window = projector.ensure_window()
    page = window.findChild(IdeasPage)
    if page is None:
        page = IdeasPage(controller, round_id, incoming, window.stack)
    else:
        page.set_round(round_id, incoming)
    window.show_page(page)
    projector.set_visible(True)
    return page


def follow_switch(main_window: QWidget, on: bool) -> None:
    """The queue's switch changed: a projector page of ideas follows it at once."""
    projector = getattr(main_window, "projector", None)
    window = getattr(projector, "window", None)
    page = window.findChild(IdeasPage) if window is not None else None
    if page is not None:
        page.set_incoming(on)
