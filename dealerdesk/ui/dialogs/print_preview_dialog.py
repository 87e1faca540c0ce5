"""Print preview of one order's paper: look at it, then print it or save it as PDF.

The preview shows the very PDF bytes that "Save as PDF" writes and "Print" sends, so
what the advisor sees is what the customer signs. Printing rasterises the PDF with
QtPdf at the printer's resolution, in horizontal bands so that a 1200 dpi printer
does not need half a gigabyte per page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.i18n import MessageTranslator
from dealerdesk.reports import write_pdf
from dealerdesk.services.orders.paper import KIND_LABELS, KINDS, PaperKind, RenderedPaper, render_order_paper
from dealerdesk.services.settlement.statement import statement_of_order
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, tr_message
from dealerdesk.ui.widgets.window_geometry import remember_dialog_size

BAND_HEIGHT = 512  # device pixels rendered at a time when printing
MAX_PRINT_DPI = 1200
FIT_MODES = (QPdfView.ZoomMode.FitToWidth, QPdfView.ZoomMode.FitInView)
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PrintPreviewDialog(QDialog):
    """Preview of the work order or job card of the order ``order_id`` (saved state)."""

    # The documents the "Document" box offers: the order's own, and its settlement statement once settled.
    SHOWN_KINDS: tuple[PaperKind, ...] = (*KINDS, "settlement")

    def __init__(self, ctx: UiContext, order_id: int, kind: PaperKind = "workorder", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.paper: RenderedPaper | None = None
        self._buffer: QBuffer | None = None  # QPdfDocument reads from it for as long as it is loaded
        self.saved_box: QMessageBox | None = None  # the last "saved as" confirmation
        self.setWindowTitle(self.tr("Print preview"))
        # A4 upright at a readable size where the screen allows; never taller than the screen.
        remember_dialog_size(self, "print_preview", QSize(900, 1000))

        self.kind_combo = QComboBox()
        for k in self.SHOWN_KINDS:
            self.kind_combo.addItem(tr_message(KIND_LABELS[k]), k)
        self.kind_combo.setCurrentIndex(self.SHOWN_KINDS.index(kind))
        self.lang_combo = QComboBox()
        self.lang_combo.addItem(self.tr("Chinese"), "zh_CN")
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(ctx.lang)))
        kind_label = QLabel(self.tr("&Document:"))
        kind_label.setBuddy(self.kind_combo)
        lang_label = QLabel(self.tr("&Language:"))
        lang_label.setBuddy(self.lang_combo)

        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        self.zoom_combo = QComboBox()
        for mode in FIT_MODES:
            self.zoom_combo.addItem(self.tr("Fit width") if mode == FIT_MODES[0] else self.tr("Whole page"), mode)
        for factor in ZOOM_STEPS:
            self.zoom_combo.addItem(self.tr("{percent}%").format(percent=round(factor * 100)), factor)
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom_combo)

        bar = QHBoxLayout()
        for widget in (kind_label, self.kind_combo, lang_label, self.lang_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        for nav in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(nav)
        bar.addStretch(1)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom_combo)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setStyleSheet("QPdfView { background: #7f7f7f; }")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("QLabel#message { color: #a40000; font-weight: bold; padding: 8px; }")
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.message.hide()

        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self.refresh_paper)
        self.lang_combo.currentIndexChanged.connect(self.refresh_paper)
        self.zoom_combo.currentIndexChanged.connect(self._zoom_chosen)
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.print_button.clicked.connect(self.print_paper)
        self.save_button.clicked.connect(self.save_as_pdf)
        shortcuts = (
            (QKeySequence.StandardKey.MoveToPreviousPage, self.prev_button.click),
            (QKeySequence.StandardKey.MoveToNextPage, self.next_button.click),
            (QKeySequence.StandardKey.ZoomIn, lambda: self._zoom_step(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom_step(-1)),
        )
        for key, slot in shortcuts:
            # Connected, not passed to the constructor: that overload miscounts references in PySide6.
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.refresh_paper()

    # --- what is shown -------------------------------------------------------------

    def kind(self) -> PaperKind:
        kind: PaperKind = self.kind_combo.currentData()
        return kind

    def lang(self) -> str:
        return str(self.lang_combo.currentData())

    def page_count(self) -> int:
        return self.document.pageCount() if self.paper is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def refresh_paper(self) -> None:
        """(Re)build the PDF from the saved order in the chosen document and language."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paper = self.render()
        except DealerDeskError as err:
            self._show_failure(error_text(err))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.paper = paper
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(paper.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.message.hide()
        self.view.setEnabled(True)
        self.setWindowTitle(
            self.tr("Print preview – {document} {number}").format(
                document=tr_message(paper.title), number=paper.order_number
            )
        )
        self.go_to_page(0)
        self._update_buttons()

    def render(self) -> RenderedPaper:
        if self.kind() == "settlement":  # finance paper: built from the settlement, in the paper's language
            number, pdf = statement_of_order(self.ctx.db, self.order_id, MessageTranslator(self.lang()).text)
            return RenderedPaper(self.order_id, number, "settlement", self.lang(), pdf)
        return render_order_paper(self.ctx.db, self.order_id, self.kind(), self.lang())

    def _show_failure(self, text: str) -> None:
        # The font missing, the order gone: say so where the paper would be, keep the choices open.
        self.paper = None
        self.document.close()
        self.message.setText(text)
        self.message.show()
        self.view.setEnabled(False)
        self._update_page_label()
        self._update_buttons()

    def go_to_page(self, page: int) -> None:
        if not 0 <= page < self.page_count():
            return
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_page_label()

    def _update_page_label(self) -> None:
        total = self.page_count()
        if total:
            text = self.tr("Page {page} of {total}").format(page=self.current_page() + 1, total=total)
        else:
            text = self.tr("No pages")
        self.page_label.setText(text)
        self.prev_button.setEnabled(total > 0 and self.current_page() > 0)
        self.next_button.setEnabled(total > 0 and self.current_page() < total - 1)

    def _update_buttons(self) -> None:
        ready = self.paper is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _zoom_chosen(self) -> None:
        choice = self.zoom_combo.currentData()
        if isinstance(choice, QPdfView.ZoomMode):
            self.view.setZoomMode(choice)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def _zoom_step(self, direction: int) -> None:
        factor = self.view.zoomFactor()
        steps = [i for i, f in enumerate(ZOOM_STEPS) if (f > factor + 0.01 if direction > 0 else f < factor - 0.01)]
        if steps:
            # The factors follow the two fit modes in the list.
            self.zoom_combo.setCurrentIndex(len(FIT_MODES) + (steps[0] if direction > 0 else steps[-1]))

    # --- output --------------------------------------------------------------------

    def documents_folder(self) -> Path:
        """The user's documents folder, created when missing (else the file dialog opens in the working folder)."""
        home = Path.home()
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or home)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return home
        return folder

    def suggested_path(self) -> str:
        assert self.paper is not None
        return str(self.documents_folder() / self.paper.file_name)

    def save_as_pdf(self) -> None:
        if self.paper is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.suggested_path(), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf(path, self.paper.pdf)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self._confirm_saved(Path(path))

    def _confirm_saved(self, path: Path) -> None:
        """Say where the file went, with a way to open that folder (to attach it to a mail, say)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Saved as PDF"))
        box.setText(self.tr("The PDF was saved as:\n{path}").format(path=path))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        open_folder = box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        self.saved_box = box
        box.open()

    def print_paper(self) -> None:
        if self.paper is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF carries its own margins
        printer.setDocName(f"{self.paper.order_number} {tr_message(self.paper.title)}")
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = 0, self.page_count() - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(last, printer.toPage() - 1)
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.current_page()
        if not print_pages(self.document, printer, range(first, last + 1)):
            show_error(self, self.tr("The printer could not be started. Check that it is connected and try again."))


def print_pages(document: QPdfDocument, printer: QPrinter, pages: range) -> bool:
    """Paint ``pages`` of ``document`` onto ``printer``, one page per sheet; False if it cannot start."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        sheet = printer.pageRect(QPrinter.Unit.DevicePixel)
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            # Fit the page onto the sheet (the same size for A4 on A4), keeping its proportions.
            scale = min(sheet.width() / size.width(), sheet.height() / size.height())
            left = (sheet.width() - size.width() * scale) / 2
            top = (sheet.height() - size.height() * scale) / 2
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(size)
            for y in range(0, size.height(), BAND_HEIGHT):
                band = QRect(0, y, size.width(), min(BAND_HEIGHT, size.height() - y))
                options.setScaledClipRect(band)
                image = document.render(page, band.size(), options)
                target = QRectF(left, top + y * scale, band.width() * scale, band.height() * scale)
                painter.drawImage(target, image)
    finally:
        painter.end()
    return True
