"""Printing a report: the PDF the reports layer made, rendered page by page with
QtPdf onto the system printer (with a preview first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

RENDER_DPI = 200  # sharp enough for text on paper, light enough for a 100-page report


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Paint every page of ``pdf`` on ``printer``, scaled to fit its paper; returns
    the number of pages painted (0 when the file cannot be read)."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        return 0
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(
                round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72)
            )
            image = document.render(index, pixels)
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            size = image.size() * scale
            painter.drawImage(QRectF(target.topLeft(), size.toSizeF()), image)
    finally:
        painter.end()
        document.close()
    return pages


def preview_and_print(pdf: Path, parent: QWidget | None = None) -> None:
    """The system print dialog with a preview of the report."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pdf.stem)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Rapport afdrukken"))
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf))
    dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
    dialog.exec()
