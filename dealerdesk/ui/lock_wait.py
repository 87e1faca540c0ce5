"""The note shown while a save waits for another workstation to release the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLabel


class LockWaitNotice:
    """Set as ``Database.lock_wait``: shows the wait beside the active window, hides it when the save goes on.

    Only painting is processed while waiting, no input, so nothing can be clicked twice.
    """

    def __init__(self) -> None:
        self.label: QLabel | None = None

    def __call__(self, waited: float | None) -> None:
        if waited is None:
            if self.label is not None:
                self.label.hide()
            return
        if self.label is None:
            self.label = QLabel()
            self.label.setWindowFlags(Qt.WindowType.ToolTip)
            self.label.setStyleSheet("QLabel { padding: 10px 16px; background: #fff8e1; border: 1px solid #c99a00; }")
        self.label.setText(
            QCoreApplication.translate("LockWait", "Waiting for another workstation… ({seconds} s)").format(
                seconds=int(waited) + 1
            )
        )
        self.label.adjustSize()
        anchor = QApplication.activeWindow()
        if anchor is not None:
            centre = anchor.frameGeometry().center()
            self.label.move(centre.x() - self.label.width() // 2, centre.y() - self.label.height() // 2)
        self.label.show()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
