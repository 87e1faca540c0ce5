"""Lists that refresh by themselves when another workstation saved (db/changes.py asks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from dealerdesk.db.changes import ChangeWatcher
from dealerdesk.db.database import Database

POLL_MS = 1000  # a change shows within about a second; the question costs microseconds


class LiveUpdates(QObject):
    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.watcher = ChangeWatcher(db)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if self.watcher.changed():
            self.changed.emit()

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.close()


def refresh_in_place(page: QWidget, refresh: Callable[[], None]) -> None:
    """Refresh a page without moving what the person looks at: each list keeps its scroll
    position (the page's own refresh keeps the selected row)."""
    views = page.findChildren(QAbstractItemView)
    positions = [(v, v.verticalScrollBar().value(), v.horizontalScrollBar().value()) for v in views]
    refresh()
    for view, vertical, horizontal in positions:
        view.verticalScrollBar().setValue(vertical)
        view.horizontalScrollBar().setValue(horizontal)
