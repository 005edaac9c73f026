"""File → Print…: the network plan through Qt's print dialog, with the same content as the PDF.

The report layer writes the plan as PDF (it has no Qt, and a second layout
engine for paper would drift from it); here PDFium (pypdfium2) rasterises
each page and QPainter draws it on the printer, fitted to the sheet and
turned when the page and the sheet lie differently. It all runs in a worker
on a snapshot of the map, with progress and cancel, like the PDF export.
"""

from __future__ import annotations

import ctypes
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.errors import UserError
from ..domain.network import Network
from ..i18n import describe, language
from .document import Document
from .plan_export import snapshot

if TYPE_CHECKING:
    # PDFium and reportlab load on the first print, not at start-up
    import pypdfium2 as pdfium

MAX_DPI = 300
"""Raster resolution cap: 300 dpi prints 8-point text crisply; a printer's 600-1200 dpi would
only multiply the data sent (an A4 page at 1200 dpi is 400 MB of pixels)."""
NOT_STARTED = "printer-not-started"
"""Error key of a printer that refused to start (the message is translated on the UI thread)."""
BUILT = 60
"""Progress (of 100) when the PDF is built; drawing the pages takes the rest."""


def paper_of(printer: QPrinter) -> tuple[str, str]:
    """The plan's paper ("a4" or "letter") and orientation for the printer's chosen sheet."""
    layout = printer.pageLayout()
    paper = "letter" if layout.pageSize().id() in (QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.Legal) else "a4"
    turned = layout.orientation() == QPageLayout.Orientation.Landscape
    return paper, "landscape" if turned else "portrait"


def page_image(page: pdfium.PdfPage, dpi: float, turn: bool) -> QImage:
    """One PDF page as an RGB image at ``dpi``, turned a quarter when ``turn``."""
    # Turned counter-clockwise, as printed books turn a wide page: its top on the left.
    bitmap = page.render(scale=dpi / 72, rotation=270 if turn else 0, rev_byteorder=True)
    try:
        buffer = ctypes.string_at(bitmap.buffer, bitmap.stride * bitmap.height)
        image = QImage(buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()  # the QImage above borrows ``buffer``; the copy owns its pixels
    finally:
        bitmap.close()


def print_pdf(pdf: bytes, printer: QPrinter, progress=None) -> int:  # type: ignore[no-untyped-def]
    """Draw the pages of ``pdf`` on ``printer`` (its page range, if one was chosen); returns pages printed.

    ``progress(done, total)`` may return False to cancel: the print job is aborted.
    """
    import pypdfium2 as pdfium

    from ..report import PlanCancelled

    document = pdfium.PdfDocument(pdf)
    try:
        count = len(document)
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        printer.setFullPage(True)  # the plan has its own margins
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(NOT_STARTED)
        printed = 0
        try:
            sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            dpi = min(printer.resolution(), MAX_DPI)
            for number in range(first, last + 1):
                if progress is not None and progress(number - first, last - first + 1) is False:
                    printer.abort()
                    raise PlanCancelled
                if printed:
                    printer.newPage()
                page = document[number - 1]
                width, height = page.get_size()
                turn = (width > height) != (sheet.width() > sheet.height())
                image = page_image(page, dpi, turn)
                page.close()
                scale = min(sheet.width() / image.width(), sheet.height() / image.height())
                target = QRectF(0, 0, image.width() * scale, image.height() * scale)
                target.moveCenter(sheet.center())
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        document.close()


class _Relay(QObject):
    progressed = Signal(int, int)
    finished = Signal(int, str)
    """(pages printed, or -1 when cancelled; error message or "")."""


class _PrintJob(QRunnable):
    def __init__(self, network: Network, printer: QPrinter, language: str, relay: _Relay) -> None:
        super().__init__()
        self.network = network
        self.printer = printer
        self.language = language
        self.relay = relay
        self.cancelled = threading.Event()

    def _building(self, done: int, total: int) -> bool:
        self.relay.progressed.emit(BUILT * done // max(total, 1), 100)
        return not self.cancelled.is_set()

    def _printing(self, done: int, total: int) -> bool:
        self.relay.progressed.emit(BUILT + (100 - BUILT) * done // max(total, 1), 100)
        return not self.cancelled.is_set()

    def run(self) -> None:
        import pypdfium2 as pdfium

        from ..report import PlanCancelled, build_plan

        paper, orientation = paper_of(self.printer)
        try:
            pdf = build_plan(self.network, language=self.language, paper=paper, orientation=orientation,
                             progress=self._building)
            pages = print_pdf(pdf, self.printer, self._printing)
        except PlanCancelled:
            self.relay.finished.emit(-1, "")
        except UserError as error:
            self.relay.finished.emit(0, describe(error))
        except (OSError, pdfium.PdfiumError) as error:
            self.relay.finished.emit(0, str(error))
        else:
            self.relay.finished.emit(pages, "")


class PlanPrint(QObject):
    """The File → Print… action of a window: dialog, worker, progress, outcome in the status bar."""

    finished = Signal(int, str)
    """(pages printed, -1 if cancelled; error message or "")."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("&Print…"), window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.action.setStatusTip(self.tr("Print the network plan: the map, findings, goals and actions"))
        self.action.triggered.connect(self.print_dialog)
        self.action.setEnabled(False)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: _PrintJob | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QPrintDialog | None = None
        self.document: Document | None = None
        window.document_opened.connect(self._document_opened)  # type: ignore[attr-defined]

    def _document_opened(self, document: Document | None) -> None:
        self.document = document
        self.action.setEnabled(document is not None and self.job is None)

    def print_dialog(self) -> None:
        if self.document is None or self.job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.title)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Network Plan"))
        dialog.accepted.connect(lambda: self.start(printer))
        self.dialog = dialog
        self.printer = printer  # kept alive while the dialog is open
        dialog.open()  # type: ignore[call-arg]  # the stubs list only open(receiver, member)

    def start(self, printer: QPrinter) -> None:
        """Print the open map's plan on ``printer`` in the background."""
        if self.document is None or self.job is not None:
            return
        relay = _Relay(self)
        job = _PrintJob(snapshot(self.document.network), printer, language(), relay)
        progress = QProgressDialog(self.tr("Printing the network plan…"), self.tr("Cancel"), 0, 100, self.window)
        progress.setWindowTitle(self.tr("Print"))
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancelled.set)
        relay.progressed.connect(lambda done, total: progress.setValue(int(100 * done / max(total, 1))))
        relay.finished.connect(self._finished)
        self.job, self.progress, self.printer = job, progress, printer
        self.action.setEnabled(False)
        self.pool.start(job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()

    def wait(self) -> None:
        self.pool.waitForDone()

    def _finished(self, pages: int, error: str) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.job, self.progress = None, None
        self.action.setEnabled(self.document is not None)
        window = self.window
        if error:
            if error == NOT_STARTED:
                error = self.tr("The printer could not be started. Check that it is connected and try again.")
            window.show_error(self.tr("Could not print the network plan"), error)  # type: ignore[attr-defined]
        elif pages < 0:
            window.statusBar().showMessage(self.tr("Printing was cancelled."), 8000)  # type: ignore[attr-defined]
        else:
            window.statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Sent one page of the network plan to the printer.") if pages == 1 else
                self.tr("Sent %n pages of the network plan to the printer.", "", pages), 10000)
        self.finished.emit(pages, error)
