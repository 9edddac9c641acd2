"""Herkomst: where a path or fiche comes from. The strategies of the confrontation
matrix it was made from (for a fiche also those of its paths) and the SWOT points
behind them, so that every fiche can show why it exists."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.errors import NotFound
from app.services import strategies
from app.services.stores import Store

MUTED = "#5F6B77"


class Lineage(QLabel):
    """Read-only: the strategies (field and title) and the SWOT points below them."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Herkomst"))
        self.found: strategies.Lineage | None = None

    def show_path(self, path_id: str | None) -> None:
        self._show(strategies.lineage_of_path, path_id)

    def show_proposal(self, proposal_id: str | None) -> None:
        self._show(strategies.lineage_of_proposal, proposal_id)

    def _show(self, query: object, owner_id: str | None) -> None:
        try:
            self.found = query(self.store, owner_id) if owner_id else None  # type: ignore[operator]
        except NotFound:
            self.found = None
        self.setText(self.html())

    def html(self) -> str:
        found = self.found
        if found is None or (not found.strategies and not found.swot_items):
            return (
                f'<span style="color:{MUTED}">'
                + escape(self.tr("Nog niet afgeleid van een strategie of SWOT-punt."))
                + "</span>"
            )
        lines = []
        strategies_heading = self.tr("Strategieën")
        points_heading = self.tr("SWOT-punten")
        via_word = self.tr("via")
        if found.strategies:
            lines.append(f"<b>{escape(strategies_heading)}</b>")
            for s in found.strategies:
                lines.append(f"{escape(s.field.value)} · {escape(s.title)}")
        if found.swot_items:
            lines.append(f"<b>{escape(points_heading)}</b>")
            for item in found.swot_items:
                via = found.via.get(item.id, ())
                more = (
                    f' <span style="color:{MUTED}">({escape(via_word)} '
                    f"{escape(', '.join(via))})</span>"
                    if via
                    else ""
                )
                lines.append(f"{escape(item.quadrant.value)} · {escape(item.text)}{more}")
        return "<br/>".join(lines)

    def plain_lines(self) -> list[str]:
        """What it shows, one line each (tests, the screen reader's order)."""
        found = self.found
        if found is None:
            return []
        return [f"{s.field.value} · {s.title}" for s in found.strategies] + [
            f"{i.quadrant.value} · {i.text}" for i in found.swot_items
        ]
