"""Painting a quadrant's rows: area headings on the quadrant's tint, points with a
cluster colour mark, wrapped text and an "N clusters" badge.

Row heights are measured only for the rows a view asks about (the quadrant views
scroll per item, so Qt never measures all 5,000 points) and cached per text and
width, so that re-filtering does not measure the same text twice.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.enums import Quadrant
from app.ui.swot.model import IsHeadingRole, QuadrantModel, RowInfo
from app.ui.swot.style import LIGHT, Theme

Index = QModelIndex | QPersistentModelIndex
_WRAP = int(Qt.TextFlag.TextWordWrap)
_CACHE_LIMIT = 20_000


def badge_text(count: int) -> str:
    return QCoreApplication.translate("SwotBoard", "{0} clusters").format(count)


class PointDelegate(QStyledItemDelegate):
    """``theme`` None follows the application's palette (the board); the projector
    passes its own high-contrast theme. Quadrant tints come from the theme."""

    def __init__(
        self, quadrant: Quadrant, view: QAbstractItemView, theme: Theme | None = None
    ) -> None:
        super().__init__(view)
        self.quadrant = quadrant
        self.view = view
        self.theme = theme
        self._heights: dict[tuple[str, int, int], int] = {}
        self._font: QFont | None = None
        self._metrics = QFontMetrics(view.font())

    def _metrics_for(self, font: QFont) -> QFontMetrics:
        if self._font is None or self._font != font:
            self._font = QFont(font)
            self._metrics = QFontMetrics(font)
            self._heights.clear()
        return self._metrics

    def _rows(self) -> QuadrantModel:
        # The view shows a QuadrantModel (QuadrantList sets no other); asking the view
        # rather than holding the model follows the projector's switch of quadrant.
        return cast(QuadrantModel, self.view.model())

    # -- metrics -------------------------------------------------------------------------

    @staticmethod
    def _padding(metrics: QFontMetrics) -> int:
        return max(3, metrics.height() // 4)

    def _width(self, option: QStyleOptionViewItem) -> int:
        width = self.view.viewport().width()
        return width if width > 0 else max(option.rect.width(), 200)

    @staticmethod
    def _badge_font(font: QFont) -> QFont:
        small = QFont(font)
        if font.pixelSize() > 0:
            small.setPixelSize(max(8, round(font.pixelSize() * 0.72)))
        else:
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        small.setBold(True)
        return small

    def _badge_width(self, font: QFont, count: int) -> int:
        if count <= 1:
            return 0
        metrics = QFontMetrics(self._badge_font(font))
        return metrics.horizontalAdvance(badge_text(count)) + metrics.height()

    def _mark_size(self, metrics: QFontMetrics) -> int:
        return max(6, round(metrics.height() * 0.55))

    def _code_width(self, metrics: QFontMetrics) -> int:
        """Room for a cluster's short code beside its mark: on the projector only, where
        the room must not depend on colour alone (the board shows cluster names)."""
        return metrics.horizontalAdvance("MMM") if self.theme is not None else 0

    def _text_rect(self, rect: QRect, metrics: QFontMetrics, badge: int) -> QRect:
        pad = self._padding(metrics)
        code = self._code_width(metrics)
        left = pad + self._mark_size(metrics) + pad + (code + pad if code else 0)
        right = pad + (badge + pad if badge else 0)
        return rect.adjusted(left, pad, -right, -pad)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = self._metrics_for(option.font)
        pad = self._padding(metrics)
        width = self._width(option)
        info = self._rows().row_info(index.row())
        if info.heading:
            return QSize(width, metrics.height() + 2 * pad)
        key = (info.text, width, info.count)
        height = self._heights.get(key)
        if height is None:
            badge = self._badge_width(option.font, info.count)
            inner = self._text_rect(QRect(0, 0, width, 100_000), metrics, badge)
            bounds = metrics.boundingRect(
                QRect(0, 0, max(inner.width(), 20), 100_000), _WRAP, info.text
            )
            height = max(bounds.height(), metrics.height()) + 2 * pad
            if len(self._heights) > _CACHE_LIMIT:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    # -- painting ------------------------------------------------------------------------

    def _colours(self, option: QStyleOptionViewItem) -> tuple[QColor, QColor, QColor]:
        """Background, text and rule colours of a point row."""
        if self.theme is not None:
            return QColor(self.theme.background), QColor(self.theme.text), QColor(self.theme.rule)
        palette = option.palette
        return palette.base().color(), palette.text().color(), palette.mid().color()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if (
            self.theme is not None
            and option.rect.top() > 0
            and option.rect.bottom() > self.view.viewport().height()
        ):
            return  # on the projected screen a row shows whole or not at all
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        info = self._rows().row_info(index.row())
        if info.heading:
            self._paint_heading(painter, option, info)
        else:
            self._paint_point(painter, option, info)
        painter.restore()

    def _paint_heading(
        self, painter: QPainter, option: QStyleOptionViewItem, info: RowInfo
    ) -> None:
        theme = self.theme or LIGHT
        tint = theme.tints[self.quadrant]
        rect = option.rect
        painter.fillRect(rect, QColor(tint.heading))
        metrics = QFontMetrics(option.font)
        pad = self._padding(metrics)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(tint.ink))
        count = str(info.count)
        count_width = QFontMetrics(bold).horizontalAdvance(count) + pad
        text_rect = rect.adjusted(pad, 0, -(pad + count_width), 0)
        title = QFontMetrics(bold).elidedText(
            info.text,
            Qt.TextElideMode.ElideRight,
            text_rect.width(),
        )
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(align | Qt.AlignmentFlag.AlignLeft), title)
        painter.drawText(
            rect.adjusted(0, 0, -pad, 0), int(align | Qt.AlignmentFlag.AlignRight), count
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor(tint.ink), 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

    def _paint_point(self, painter: QPainter, option: QStyleOptionViewItem, info: RowInfo) -> None:
        rect = option.rect
        background, ink, rule = self._colours(option)
        if option.state & QStyle.StateFlag.State_Selected:
            background = option.palette.highlight().color()
            ink = option.palette.highlightedText().color()
        elif info.latest:
            theme = self.theme or LIGHT
            background, ink = QColor(theme.latest), QColor(theme.latest_text)
        painter.fillRect(rect, background)
        metrics = self._metrics_for(option.font)
        pad = self._padding(metrics)
        mark = self._mark_size(metrics)
        colour = info.colour
        top = rect.top() + pad + (metrics.height() - mark) // 2
        if colour:
            painter.setPen(QPen(ink, 1))
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRect(rect.left() + pad, top, mark, mark), 2, 2)
        code_width = self._code_width(metrics)
        if code_width and info.code:
            painter.setPen(ink)
            code_rect = QRect(
                rect.left() + pad + mark + pad, rect.top() + pad, code_width, metrics.height()
            )
            painter.drawText(code_rect, int(Qt.AlignmentFlag.AlignLeft), info.code)
        count = info.count
        badge = self._badge_width(option.font, count)
        text_rect = self._text_rect(rect, metrics, badge)
        painter.setPen(ink)
        painter.drawText(text_rect, _WRAP | int(Qt.AlignmentFlag.AlignTop), info.text)
        if badge:
            self._paint_badge(painter, option, rect, pad, badge, count, ink)
        painter.setPen(QPen(rule, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(ink, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

    def _paint_badge(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        pad: int,
        width: int,
        count: int,
        ink: QColor,
    ) -> None:
        font = self._badge_font(option.font)
        metrics = QFontMetrics(font)
        height = metrics.height() + max(2, metrics.height() // 4)
        pill = QRect(rect.right() - pad - width, rect.top() + pad, width, height)
        # The pill inverts the row's ink: dark on light rows, light on dark ones.
        fill = QColor(ink)
        text = QColor("#FFFFFF") if fill.lightness() < 128 else QColor("#111111")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), badge_text(count))

    # -- editing in place ----------------------------------------------------------------

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget | None:
        if index.data(IsHeadingRole):
            return None  # an area's name is edited where areas are managed
        editor = QLineEdit(parent)
        editor.setAccessibleName(QCoreApplication.translate("SwotBoard", "Punt bewerken"))
        editor.setFont(option.font)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        editor.setGeometry(QRect(rect.left(), rect.top(), rect.width(), editor.sizeHint().height()))
