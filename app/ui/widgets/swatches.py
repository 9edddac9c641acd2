"""Small colour squares for cluster colours in lists, menus and filters."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def swatch(color: str, size: int = 14) -> QIcon:
    """A square of ``color`` with a thin border, so that light colours stay visible."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def flat_swatch(color: str, size: int = 14) -> QIcon:
    """A plain square of ``color`` (menus and filters, where a border would be noise)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
