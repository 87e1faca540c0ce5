"""Saving a renewal report (the loss analysis, the month's offers) as a PDF: where, then the file, then say so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.reports.rework_report_pdf import ReworkReportDocument, render_rework_report
from dealerdesk.reports.writing import write_pdf
from dealerdesk.ui.feedback import error_text


def save_report_pdf(
    parent: QWidget,
    document: ReworkReportDocument,
    font_path: str,
    file_name: str,
    caption: str,
    path: str | None,
    say: Callable[[QWidget, str], None],
    fail: Callable[[QWidget, str], None],
) -> str | None:
    """Ask where (unless ``path`` is given; the Documents folder and ``file_name`` proposed), write the PDF
    whole or not at all, and tell the person; None when they cancelled or the file could not be written."""
    if path is None:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(
            parent, caption, str(folder / file_name), QCoreApplication.translate("RenewalPaper", "PDF files (*.pdf)")
        )
        if not path:
            return None
    try:
        write_pdf(path, render_rework_report(document, font_path or None))
    except DealerDeskError as err:
        fail(parent, error_text(err))
        return None
    say(parent, QCoreApplication.translate("RenewalPaper", "Saved to {path}.").format(path=path))
    return path
