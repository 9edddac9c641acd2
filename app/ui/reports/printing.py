"""Printing a report: a preview of the PDF the reports layer made, then the print,
both rendered with QtPdf one page at a time.

A page image is big (an A4 page at 300 dpi is 35 MB), so nothing here holds more
than one: the preview renders only the page it shows, at the size it is shown
(screen resolution); printing renders each page at the printer's resolution (at
most PRINT_DPI), paints it and lets it go before it renders the next.
QPrintPreviewDialog is not used: it records every page before it shows the
first, which for the 163-page demo report took gigabytes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AtelierError

PRINT_DPI = 300  # sharp on paper; a 1200 dpi printer gets 300 dpi pages, scaled up
PREVIEW_MARGIN = 12  # pixels around the page in the preview

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PrintCancelled(AtelierError):
    """The user cancelled while the pages went to the printer."""


def render_page(document: QPdfDocument, index: int, size: QSize) -> QImage:
    """Page ``index`` as an opaque image of ``size`` pixels (QtPdf leaves the paper
    transparent: it is made white, in place). The caller lets it go as soon as it
    is painted: one page image at a time."""
    image = document.render(index, size)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)  # the same 32 bits: no copy
    return image


def fit(page: QSizeF, box: QSizeF) -> QSizeF:
    """``page`` scaled to fit ``box``, keeping its proportions."""
    if page.isEmpty() or box.isEmpty():
        return QSizeF()
    scale = min(box.width() / page.width(), box.height() / page.height())
    return QSizeF(page.width() * scale, page.height() * scale)


def page_range(printer: QPrinter, pages: int) -> range:
    """The pages (0-based) the print dialog asked for: all, or from–to."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(pages, printer.toPage() or pages)
        return range(first - 1, last)
    return range(pages)


def paint_pdf(
    printer: QPrinter,
    pdf: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Paint the pages of ``pdf`` on ``printer``, each scaled to fit its paper, and
    return how many were painted. Runs in a worker thread (QPainter may paint on a
    QPrinter there). Raises PrintCancelled when ``cancelled()`` turns true, and
    AtelierError when the file cannot be read or the printer cannot start."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_:
            raise AtelierError(
                QCoreApplication.translate(
                    "Printing", "Het rapport kan niet gelezen worden: {0}"
                ).format(pdf)
            )
        pages = page_range(printer, document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise AtelierError(
                QCoreApplication.translate("Printing", "De printer kon niet starten.")
            )
        painted = 0
        try:
            target = QRectF(painter.viewport())
            # Device pixels of the paper, but never more than PRINT_DPI.
            scale = min(1.0, PRINT_DPI / max(1, printer.resolution()))
            for index in pages:
                if cancelled is not None and cancelled():
                    printer.abort()
                    raise PrintCancelled(
                        QCoreApplication.translate("Printing", "Afdrukken geannuleerd.")
                    )
                if painted:
                    printer.newPage()
                box = fit(document.pagePointSize(index), target.size())
                image = render_page(document, index, (box * scale).toSize())
                painter.drawImage(QRectF(target.topLeft(), box), image)
                del image  # before the next page is rendered
                painted += 1
                if progress is not None:
                    progress(painted, len(pages))
        finally:
            if painter.isActive():
                painter.end()
        return painted
    finally:
        document.close()


class ReportPreview(QDialog):
    """The report as it will print, one page at a time, with Afdrukken… (the system
    print dialog). ``ask_printer`` returns the chosen printer, or None."""

    def __init__(self, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Printing", "Rapport afdrukken"))
        self.pdf = pdf
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(pdf.stem)
        self.document = QPdfDocument(self)
        loaded = self.document.load(str(pdf)) == QPdfDocument.Error.None_
        self.pages = self.document.pageCount() if loaded else 0
        self.page = 0

        self.page_view = QLabel(self)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page_view.setMinimumSize(200, 280)
        self.page_view.setStyleSheet("background: #6d7b8a;")
        self.page_view.setAccessibleName(self.tr("Voorbeeld van de pagina"))
        self.previous_button = QPushButton(self.tr("&Vorige"), self)
        self.next_button = QPushButton(self.tr("V&olgende"), self)
        self.position = QLabel(self)
        self.print_button = QPushButton(self.tr("&Afdrukken…"), self)
        self.print_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Sluiten"), self)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.position)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_view, 1)
        layout.addLayout(bar)

        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.print_button.clicked.connect(self.choose_printer)
        self.close_button.clicked.connect(self.reject)
        for key, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.show_page(self.page - 1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.show_page(self.page + 1)),
            (QKeySequence.StandardKey.MoveToStartOfDocument, lambda: self.show_page(0)),
            (QKeySequence.StandardKey.MoveToEndOfDocument, lambda: self.show_page(self.pages - 1)),
        ):
            QShortcut(QKeySequence(key), self, step)
        # A resize renders the page again, once the size has settled.
        self._render_later = QTimer(self, singleShot=True, interval=50)
        self._render_later.timeout.connect(self._render)
        self.print_button.setEnabled(self.pages > 0)
        if not self.pages:
            self.page_view.setText(self.tr("Het rapport kan niet getoond worden."))
        self.resize(900, 1000)
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self.show_page(0)

    def show_page(self, index: int) -> None:
        if not self.pages:
            self._update_position()
            return
        self.page = max(0, min(index, self.pages - 1))
        self._update_position()
        self._render()

    def _update_position(self) -> None:
        self.position.setText(
            self.tr("Pagina {0} van {1}").format(self.page + 1 if self.pages else 0, self.pages)
        )
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.pages - 1)

    def _render(self) -> None:
        """The shown page at the size it has on screen; the previous one is let go."""
        if not self.pages:
            return
        ratio = self.devicePixelRatioF()
        room = self.page_view.contentsRect().size().toSizeF()
        if room.width() < 100 or room.height() < 100:  # not laid out yet
            room = QSizeF(600, 850)
        room -= QSizeF(2 * PREVIEW_MARGIN, 2 * PREVIEW_MARGIN)
        box = fit(self.document.pagePointSize(self.page), room)
        image = render_page(self.document, self.page, (box * ratio).toSize())
        pixmap = QPixmap.fromImage(image)
        del image
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._render_later.start()

    def choose_printer(self) -> None:
        """The system print dialog; when it is accepted, so is the preview."""
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Rapport afdrukken"))
        dialog.setMinMax(1, max(1, self.pages))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.accept()

    def ask_printer(self) -> QPrinter | None:
        """Show the preview; the printer to print on, or None when it was closed."""
        return self.printer if self.exec() == QDialog.DialogCode.Accepted else None

    def done(self, result: int) -> None:
        self._render_later.stop()
        self.page_view.clear()
        self.document.close()  # the file can go (Windows keeps an open file)
        super().done(result)
