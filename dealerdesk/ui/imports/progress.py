"""A progress dialog as the import services' progress callback: thousands of rows, a Cancel that works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 300  # a short list finishes before the dialog would flash up


class ImportProgress:
    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(label, QCoreApplication.translate("ImportProgress", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(QCoreApplication.translate("ImportProgress", "Import"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.steps: list[tuple[int, int]] = []  # what was reported: the tests read it

    def __call__(self, done: int, total: int) -> bool:
        self.steps.append((done, total))
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QCoreApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
