"""SQLite's quick_check, run in a thread once the window shows (seconds on a large file), warning on damage."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from dealerdesk.db.health import FOUND_AT_START, quick_check
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.ui.feedback import error_text, show_error


class StartupHealthCheck(QObject):
    finished = Signal(list)  # the problems found; empty when the file is sound

    def __init__(self, path: Path, window: QWidget) -> None:
        super().__init__(window)
        self.path = path
        self.window = window
        self.problems: list[str] | None = None
        self.finished.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        threading.Thread(target=lambda: self.finished.emit(quick_check(self.path)), daemon=True).start()

    def _report(self, problems: list[str]) -> None:
        self.problems = problems
        if problems:
            err = DealerDeskError(FOUND_AT_START, path=str(self.path), detail="; ".join(problems[:3]))
            show_error(self.window, error_text(err))
