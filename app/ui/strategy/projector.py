"""The confrontation matrix on the projected screen, readable from the back of the
room: at most six points of a quadrant per page (the room reads codes and short
texts, not a spreadsheet), the weight of each marked pair written as dots in a
tinted cell, and a legend of the columns' texts. Pages turn by themselves, as the
board's quadrants do; the projector's text size (Ctrl +/-) applies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.tows import field_of
from app.services import organisation, strategies
from app.ui.base.controller import WorkshopController
from app.ui.strategy.model import cell_colour, cell_text

BACKGROUND = "#FFFFFF"
INK = "#111111"
MUTED = "#444444"
GRID = "#777777"
PER_QUADRANT = 6  # 12 rows by 12 columns at most: codes stay large at 1024 × 768
LINES = 24  # lines of text that fit the page's height at text size 1.0
PAGE_INTERVAL_MS = 12_000
HEADER_TINTS = {"S": "#E3F1E0", "W": "#FBE9D7", "O": "#DFEAF6", "T": "#F6DFDF"}

# (cluster id or None, only marked points, at most this many points per quadrant or 0)
Scope = Callable[[], tuple[str | None, bool, int, bool]]


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font


def fit_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width`` pixels, the last cut with "…"."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        taken = 1
        while (
            taken < len(words) and metrics.horizontalAdvance(" ".join(words[: taken + 1])) <= width
        ):
            taken += 1
        if metrics.horizontalAdvance(" ".join(words[:taken])) > width:
            break  # one word longer than the line: the last line cuts it
        out.append(" ".join(words[:taken]))
        words = words[taken:]
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


class TowsPage(QWidget):
    def __init__(
        self, controller: WorkshopController, scope: Scope, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scope = scope
        self.setObjectName("towsPage")
        self.setAccessibleName(self.tr("Confrontatiematrix"))
        self.row_page = 0
        self.column_page = 0
        self.matrix: strategies.TowsMatrix | None = None
        self.cluster_name = ""
        controller.changed.connect(self._on_changed)
        self.pager = QTimer(self)
        self.pager.setInterval(PAGE_INTERVAL_MS)
        self.pager.timeout.connect(self.advance_page)
        self.pager.start()
        self.refresh()

    def text_scale(self) -> float:
        return float(getattr(self.window(), "text_scale", 1.0))

    def refresh(self) -> None:
        cluster_id, only_marked, top, synthesis_only = self.scope()
        store, ws = self.controller.store, self.controller.workshop.id
        self.matrix = strategies.matrix(
            store,
            ws,
            cluster_id=cluster_id,
            only_marked=only_marked,
            top=top,
            synthesis_only=synthesis_only,
            row_page=self.row_page,
            column_page=self.column_page,
            page_size=PER_QUADRANT,
        )
        self.row_page = self.matrix.row_page.index
        self.column_page = self.matrix.column_page.index
        names = {c.id: c.name for c in organisation.clusters.list(store, ws)}
        self.cluster_name = names.get(cluster_id or "", "")
        self.update()

    def advance_page(self) -> None:
        m = self.matrix
        if m is None or not m.capped:
            return
        self.column_page += 1
        if self.column_page >= m.column_page.count:
            self.column_page = 0
            self.row_page = (self.row_page + 1) % m.row_page.count
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(
            Entity.TOWS_MARK, Entity.SWOT_ITEM, Entity.CLUSTER, Entity.SYNTHESIS_ITEM
        ):
            self.refresh()

    # -- sizes --------------------------------------------------------------------------

    def line_pixels(self) -> int:
        """The height of one line of text by the height rule and the text size."""
        return max(10, round(max(self.height(), 200) * self.text_scale() / LINES))

    def title_text(self) -> str:
        m = self.matrix
        title = self.tr("Confrontatiematrix")
        if self.cluster_name:
            title += f" – {self.cluster_name}"
        if m is not None and m.capped:
            title += self.tr(" (blad {0} van {1})").format(
                m.row_page.index * m.column_page.count + m.column_page.index + 1,
                m.row_page.count * m.column_page.count,
            )
        return title

    def layout_boxes(self) -> dict[str, QRectF]:
        """Where title, row labels, grid and legend go (tests check they fit)."""
        m = self.matrix
        w, h = float(self.width()), float(self.height())
        line = self.line_pixels()
        margin = max(8.0, h / 60)
        rows = len(m.rows) if m else 0
        columns = len(m.columns) if m else 0
        title = QRectF(margin, margin, w - 2 * margin, line * 1.5)
        legend_lines = -(-columns // 2)  # the columns' texts in two columns
        legend_h = legend_lines * line * 0.8 + (line * 0.3 if columns else 0)
        top = title.bottom() + line * 0.3
        grid_h = max(0.0, h - margin - legend_h - top)
        # Cells as large as the height allows (the rows' texts keep at least 30% of
        # the width); the row labels take what the cells leave.
        cell = min(
            (w - 2 * margin - w * 0.3) / max(columns, 1),
            grid_h / max(rows + 1, 1),
            line * 1.7,
        )
        label_w = w - 2 * margin - cell * columns
        grid = QRectF(margin + label_w, top, cell * columns, cell * (rows + 1))
        labels = QRectF(margin, top + cell, label_w - line * 0.3, cell * rows)
        legend = QRectF(margin, grid.bottom() + line * 0.3, w - 2 * margin, legend_h)
        return {
            "title": title,
            "grid": grid,
            "labels": labels,
            "legend": legend,
            "cell": QRectF(0, 0, cell, cell),
        }

    def cell_pixels(self) -> int:
        return round(self.layout_boxes()["cell"].width())

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        p.fillRect(self.rect(), QColor(BACKGROUND))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = self.matrix
        boxes = self.layout_boxes()
        line = self.line_pixels()
        base = self.font()
        p.setPen(QColor(INK))
        p.setFont(_font(base, round(line * 1.2), bold=True))
        p.drawText(
            boxes["title"],
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title_text(),
        )
        if m is None or not m.rows or not m.columns:
            p.setFont(_font(base, line))
            p.setPen(QColor(MUTED))
            p.drawText(
                boxes["grid"].adjusted(0, 0, 0, line * 3) | boxes["labels"],
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                self.tr("Nog geen sterktes of zwaktes en kansen of bedreigingen om te kruisen."),
            )
            return
        cell = boxes["cell"].width()
        grid = boxes["grid"]
        codes = m.codes
        # Column headers: the code, on its quadrant's tint.
        p.setFont(_font(base, round(min(line, cell * 0.42)), bold=True))
        for c, item in enumerate(m.columns):
            box = QRectF(grid.left() + c * cell, grid.top(), cell, cell)
            p.fillRect(box, QColor(HEADER_TINTS[item.quadrant.value]))
            p.setPen(QColor(INK))
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), codes.get(item.id, ""))
        # Rows: code and text (elided), then the cells.
        label_font = _font(base, round(min(line * 0.8, cell * 0.42)))
        code_font = _font(base, round(min(line * 0.8, cell * 0.42)), bold=True)
        label_metrics = QFontMetrics(label_font)
        two_lines = cell >= label_metrics.lineSpacing() * 2.1
        mark_font = _font(base, round(cell * 0.34), bold=True)
        for r, item in enumerate(m.rows):
            y = grid.top() + (r + 1) * cell
            label = QRectF(boxes["labels"].left(), y, boxes["labels"].width(), cell)
            p.fillRect(label.adjusted(0, 1, 0, -1), QColor(HEADER_TINTS[item.quadrant.value]))
            code = codes.get(item.id, "")
            p.setFont(code_font)
            p.setPen(QColor(INK))
            code_w = QFontMetrics(code_font).horizontalAdvance("W00 ")
            p.drawText(
                label.adjusted(line * 0.2, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter), code
            )
            p.setFont(label_font)
            room = label.adjusted(line * 0.2 + code_w, 0, -line * 0.2, 0)
            text = "\n".join(
                fit_lines(item.text, label_metrics, int(room.width()), 2 if two_lines else 1)
            )
            p.drawText(room, int(Qt.AlignmentFlag.AlignVCenter), text)
            for c, outer in enumerate(m.columns):
                box = QRectF(grid.left() + c * cell, y, cell, cell)
                weight = m.weight(item.id, outer.id)
                field = field_of(item.quadrant, outer.quadrant)
                p.fillRect(box, QColor(cell_colour(field, weight)))
                if weight:
                    p.setFont(mark_font)
                    p.setPen(QColor(INK))
                    p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), cell_text(weight))
        # The grid's lines; a heavier line between S and W, and between O and T.
        p.setPen(QPen(QColor(GRID), 1))
        for r in range(len(m.rows) + 2):
            y = grid.top() + r * cell
            p.drawLine(
                int(boxes["labels"].left()) if r else int(grid.left()),
                int(y),
                int(grid.right()),
                int(y),
            )
        for c in range(len(m.columns) + 1):
            x = grid.left() + c * cell
            p.drawLine(int(x), int(grid.top()), int(x), int(grid.bottom()))
        heavy = QPen(QColor(INK), max(2, round(line / 10)))
        p.setPen(heavy)
        splits_r = [
            n for n in range(1, len(m.rows)) if m.rows[n].quadrant != m.rows[n - 1].quadrant
        ]
        splits_c = [
            n
            for n in range(1, len(m.columns))
            if m.columns[n].quadrant != m.columns[n - 1].quadrant
        ]
        for n in splits_r:
            y = grid.top() + (n + 1) * cell
            p.drawLine(int(boxes["labels"].left()), int(y), int(grid.right()), int(y))
        for n in splits_c:
            x = grid.left() + n * cell
            p.drawLine(int(x), int(grid.top()), int(x), int(grid.bottom()))
        # Legend: what the column codes stand for, in two columns.
        legend = boxes["legend"]
        legend_font = _font(base, round(line * 0.62))
        p.setFont(legend_font)
        p.setPen(QColor(INK))
        half = legend.width() / 2
        step = line * 0.8
        rows_per_column = -(-len(m.columns) // 2)
        metrics = QFontMetrics(legend_font)
        for n, item in enumerate(m.columns):
            col, row = divmod(n, rows_per_column)
            box = QRectF(
                legend.left() + col * half, legend.top() + row * step, half - line * 0.4, step
            )
            text = metrics.elidedText(
                f"{codes.get(item.id, '')}  {item.text}",
                Qt.TextElideMode.ElideRight,
                int(box.width()),
            )
            p.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), text)


def show_on_projector(main_window: QWidget, view: object) -> TowsPage | None:
    """Put the matrix on the projected screen, following the view's cluster choice."""
    projector = getattr(main_window, "projector", None)
    if projector is None:
        return None
    window = projector.ensure_window()
    page = getattr(view, "projector_page", None)
    if page is None:

        def scope() -> tuple[str | None, bool, int, bool]:
            cluster_id = view.cluster_id()  # type: ignore[attr-defined]
            only_marked = view.only_marked.isChecked()  # type: ignore[attr-defined]
            synthesis_only = view.only_synthesis.isChecked()  # type: ignore[attr-defined]
            return cluster_id, only_marked, view.top.value(), synthesis_only  # type: ignore[attr-defined]

        page = TowsPage(view.controller, scope, window.stack)  # type: ignore[attr-defined]
        view.projector_page = page  # type: ignore[attr-defined]
        page.destroyed.connect(lambda: setattr(view, "projector_page", None))
    else:
        page.refresh()
    window.show_page(page)
    projector.set_visible(True)
    return page
