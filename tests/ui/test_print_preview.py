"""The print preview as an advisor uses it: look, switch language, save, print."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.db.models import Concern
from dealerdesk.services import settings as settings_service
from dealerdesk.services.orders.work_orders import open_order, save_draft
from dealerdesk.ui import feedback
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs import print_preview_dialog
from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog, print_pages
from dealerdesk.ui.orders import work_order_dialog, work_orders_page
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.orders.work_orders_page import WorkOrdersPage
from tests.db.test_paper import add_order
from tests.helpers import UserSet
from tests.order_samples import complete_order


def long_order(db: Database, people: UserSet) -> int:
    """An order whose concerns run onto a second page."""
    order_id = add_order(db, people)
    with db.write() as s:
        for n in range(2, 40):
            s.add(Concern(order_id=order_id, position=n, text=f"第{n}项：客户反映行驶中右前方有异响，请检查"))
    return order_id


def context(db: Database, people: UserSet, lang: str = "zh_CN") -> UiContext:
    return UiContext(db=db, actor=people.advisor, settings=settings_service.get_settings(db), lang=lang)


def page_text(dialog: PrintPreviewDialog, page: int = 0) -> str:
    return "".join(dialog.document.getAllText(page).text().split())


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, people: UserSet) -> PrintPreviewDialog:
    d = PrintPreviewDialog(context(db, people), long_order(db, people))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_opens_on_the_work_order_in_the_ui_language(dialog: PrintPreviewDialog) -> None:
    assert dialog.kind_combo.currentText() == "Work order"
    assert dialog.lang_combo.currentData() == "zh_CN"
    assert dialog.paper is not None and dialog.paper.kind == "workorder"
    assert dialog.document.pageCount() == 2
    assert dialog.page_label.text() == "Page 1 of 2"
    assert "维修委托书" in page_text(dialog) and "WO20250612-0001" in page_text(dialog)
    assert dialog.windowTitle() == "Print preview – Work order WO20250612-0001"
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.message.isHidden()


def test_page_navigation(qtbot: QtBot, dialog: PrintPreviewDialog) -> None:
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == 1 and dialog.page_label.text() == "Page 2 of 2"
    assert not dialog.next_button.isEnabled() and dialog.prev_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    assert dialog.page_label.text() == "Page 1 of 2"


def test_zoom(dialog: PrintPreviewDialog) -> None:
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findText("150%"))
    assert dialog.view.zoomFactor() == pytest.approx(1.5)
    dialog._zoom_step(+1)
    assert dialog.zoom_combo.currentText() == "200%" and dialog.view.zoomFactor() == pytest.approx(2.0)
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findText("Whole page"))
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitInView


def test_language_and_document_switch_re_render(dialog: PrintPreviewDialog) -> None:
    assert dialog.paper is not None
    chinese = dialog.paper.pdf
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    assert dialog.paper.lang == "en" and dialog.paper.pdf != chinese
    assert "CustomerWorkOrder" in page_text(dialog) and "维修委托书" not in page_text(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Job card"))
    assert (dialog.paper.kind, dialog.paper.lang) == ("jobcard", "en")
    assert "WorkshopJobCard" in page_text(dialog)
    assert dialog.windowTitle() == "Print preview – Job card WO20250612-0001"


def test_save_as_pdf_writes_the_previewed_bytes(
    dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(parent: QWidget, caption: str, directory: str, filter: str) -> tuple[str, str]:
        asked.append(directory)
        return str(tmp_path / "copy for customer"), filter

    monkeypatch.setattr(print_preview_dialog.QFileDialog, "getSaveFileName", choose)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    dialog.save_button.click()
    assert asked and asked[0].endswith("WO20250612-0001-workorder-en.pdf")
    saved = tmp_path / "copy for customer.pdf"
    assert dialog.paper is not None and saved.read_bytes() == dialog.paper.pdf


def test_save_cancelled_writes_nothing(
    dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    monkeypatch.setattr(print_preview_dialog.QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    monkeypatch.setattr(print_preview_dialog.QStandardPaths, "writableLocation", lambda *a: str(folder))
    dialog.save_button.click()
    assert list(folder.iterdir()) == []


def test_save_to_unwritable_place_says_why(
    dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(feedback, "show_error", lambda parent, text: errors.append(text))
    monkeypatch.setattr(print_preview_dialog, "show_error", lambda parent, text: errors.append(text))
    target = tmp_path / "gone" / "x.pdf"
    monkeypatch.setattr(print_preview_dialog.QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog.save_button.click()
    assert errors and errors[0].startswith(f"Cannot write {target}")


def test_missing_font_is_explained_in_place(qtbot: QtBot, db: Database, people: UserSet) -> None:
    order_id = add_order(db, people)
    settings_service.save_settings(
        db, people.admin, replace(settings_service.get_settings(db), font_path="/nowhere/simsun.ttc")
    )
    d = PrintPreviewDialog(context(db, people), order_id, "jobcard")
    qtbot.addWidget(d)
    d.show()
    assert d.message.isVisible()
    assert d.message.text() == "The font file /nowhere/simsun.ttc set in Settings does not exist."
    assert not d.print_button.isEnabled() and not d.save_button.isEnabled()
    assert d.page_label.text() == "No pages"
    assert d.kind_combo.isEnabled() and d.lang_combo.isEnabled()


class FakePrintDialog:
    """Stands in for the modal system dialog only: the person picks a printer (here: a PDF file) and OK."""

    target: Path

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        self.printer = printer

    def setMinMax(self, lo: int, hi: int) -> None:
        self.range = (lo, hi)

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        self.printer.setResolution(150)
        return QDialog.DialogCode.Accepted


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils")
def test_print_sends_every_page_at_a4(
    dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(print_preview_dialog, "QPrintDialog", FakePrintDialog)
    dialog.print_button.click()
    info = subprocess.run(["pdfinfo", str(FakePrintDialog.target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M), info
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())  # type: ignore[union-attr]
    assert width == pytest.approx(595.3, abs=1) and height == pytest.approx(841.9, abs=1)


def test_print_pages_paints_the_page_at_printer_resolution(dialog: PrintPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "one.pdf"))
    printer.setFullPage(True)
    printer.setResolution(100)
    assert print_pages(dialog.document, printer, range(1, 2))
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("needs poppler-utils")
    subprocess.run([pdftoppm, "-png", "-r", "40", str(tmp_path / "one.pdf"), str(tmp_path / "p")], check=True)
    assert [p.name for p in tmp_path.glob("p*.png")] == ["p-1.png"]


# --- where the preview is opened from --------------------------------------------------------


def test_work_order_dialog_prints_the_saved_order(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Discard)
    draft = save_draft(db, people.advisor, complete_order())
    dialog = WorkOrderDialog(context(db, people, "en"), draft.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.print_button.text() == "Print…" and not dialog.print_button.isEnabled()  # a draft is not paper
    opened = open_order(db, people.advisor, complete_order(), draft.id, draft.version)
    dialog.load(opened.id)
    assert dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog.print_dialog
    assert preview is not None and preview.isVisible() and preview.order_id == opened.id
    assert preview.kind() == "workorder" and preview.lang() == "en"
    assert opened.number in page_text(preview) and "CustomerWorkOrder" in page_text(preview)
    preview.reject()


def test_unsaved_changes_are_mentioned_before_printing(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Discard)
    asked: list[str] = []
    monkeypatch.setattr(work_order_dialog, "ask_yes_no", lambda parent, text: asked.append(text) or False)
    opened = open_order(db, people.advisor, complete_order())
    dialog = WorkOrderDialog(context(db, people, "en"), opened.id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.ui.valuablesEdit.setText("雨伞")
    assert dialog.dirty
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked and "unsaved changes are not on it" in asked[0]
    assert dialog.print_dialog is None  # the advisor said no


def test_one_click_prints_the_selected_orders_job_card(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    infos: list[str] = []
    monkeypatch.setattr(work_orders_page, "show_info", lambda parent, text: infos.append(text))
    first = open_order(db, people.advisor, complete_order())
    second = open_order(db, people.advisor, complete_order(customer_name="李四", plate="川A54321"))
    page = WorkOrdersPage(context(db, people, "zh_CN"))
    qtbot.addWidget(page)
    page.show()
    button = page.toolbar.widgetForAction(page.print_job_card_action)
    assert page.print_job_card_action.text() == "Print &job card"
    page.view.clearSelection()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert infos == ["Select an order in the list first."] and page.print_dialog is None
    page.select_order(second.id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = page.print_dialog
    assert preview is not None and preview.isVisible()
    assert (preview.order_id, preview.kind(), preview.lang()) == (second.id, "jobcard", "zh_CN")
    text = page_text(preview)
    assert "维修派工单" in text and second.number in text and "李四" in text and first.number not in text
    preview.reject()


def test_preview_fits_the_screen_and_remembers_its_size(qtbot: QtBot, db: Database, people: UserSet) -> None:
    order_id = add_order(db, people)
    first = PrintPreviewDialog(context(db, people), order_id)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    area = first.screen().availableGeometry()
    # The whole window, and so the Close / Print / Save buttons, lies on the screen.
    assert area.contains(first.frameGeometry()), (area, first.frameGeometry())
    close = first.findChild(QDialogButtonBox)
    assert close is not None and area.contains(close.mapToGlobal(close.rect().bottomRight()))
    first.resize(640, 480)
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert not first.isVisible()
    again = PrintPreviewDialog(context(db, people), order_id)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)


def test_save_as_pdf_defaults_to_a_created_documents_folder_and_confirms(
    dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "home" / "Documents"  # a fresh account: the folder does not exist yet
    monkeypatch.setattr(print_preview_dialog.QStandardPaths, "writableLocation", lambda *a: str(documents))
    monkeypatch.setattr(
        print_preview_dialog.QFileDialog, "getSaveFileName", lambda parent, caption, directory, filter: (directory, "")
    )
    opened: list[str] = []
    monkeypatch.setattr(print_preview_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog.save_button.click()
    saved = documents / "WO20250612-0001-workorder-zh_CN.pdf"
    assert saved.is_file()
    box = dialog.saved_box
    assert box is not None and box.isVisible()
    assert str(saved) in box.text()
    open_folder = next(b for b in box.buttons() if b.text() == "Open &folder")
    open_folder.click()
    assert opened == [str(documents)]
