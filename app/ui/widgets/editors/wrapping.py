"""Rows of wrapped text that size themselves to the list's width.

QListView's own word wrap measures a row at one width and paints it at another,
which elides a line now and then; this delegate measures and paints alike."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex
_PAD = 4  # left and right
_VPAD = 2  # above and below
_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def _text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        width = self.view.viewport().width() - 2 * _PAD - 2
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            width -= option.fontMetrics.height() + 2 * _PAD
        return max(width, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._text_width(option, index)
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), _FLAGS, text)
        return QSize(width, max(rect.height(), option.fontMetrics.height()) + 2 * _VPAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""  # the style draws background, focus and check box; we draw the text
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        text_rect = text_rect.adjusted(_PAD - 2, _VPAD, -_PAD, -_VPAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        active = bool(opt.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        painter.setFont(opt.font)
        painter.drawText(text_rect, _FLAGS, text)
        painter.restore()


def wrap_rows(view: QAbstractItemView) -> None:
    view.setItemDelegate(WrapDelegate(view))
