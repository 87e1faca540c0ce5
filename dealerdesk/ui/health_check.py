"""What a start does once the window shows, in a thread (seconds on a large file):
SQLite's quick_check, warning of damage, then the day's first backup of a sound file."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from dealerdesk.db.backups import daily_backup
from dealerdesk.db.health import FOUND_AT_START, quick_check
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.ui.feedback import error_text, show_error


class StartupHealthCheck(QObject):
    # The problems found (empty when sound), the backup made ("" if none was due), an error text ("" if none).
    finished = Signal(list, str, str)

    def __init__(self, path: Path, window: QWidget) -> None:
        super().__init__(window)
        self.path = path
        self.window = window
        self.problems: list[str] | None = None
        self.backup = ""
        self.finished.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        problems = quick_check(self.path)
        made, failed = "", ""
        if not problems:  # a damaged file is never copied over the rotation's good ones
            try:
                backup = daily_backup(self.path)
                made = str(backup.path) if backup else ""
            except DealerDeskError as err:
                failed = error_text(err)
        self.finished.emit(problems, made, failed)

    def _report(self, problems: list[str], made: str, failed: str) -> None:
        self.problems, self.backup = problems, made
        if problems:
            err = DealerDeskError(FOUND_AT_START, path=str(self.path), detail="; ".join(problems[:3]))
            show_error(self.window, error_text(err))
        elif failed:
            show_error(self.window, failed)
        elif made and isinstance(self.window, QMainWindow):
            text = QCoreApplication.translate("App", "Today's backup written and verified: {path}").format(path=made)
            self.window.statusBar().showMessage(text, 15000)
