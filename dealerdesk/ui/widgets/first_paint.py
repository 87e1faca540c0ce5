"""Work that waits until a window is on screen: what runs beside it (another thread's imports hold
Python's GIL, a quick_check takes a core, a query holds the event loop) should not hold up the
first sight of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``then`` once ``widget`` has painted. Not at the first paint event but on the next turn
    of the event loop: the rest of that paint (every child widget's, each through Python in a Python
    class) would wait for it, or for the GIL."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)  # lives as long as the widget
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False
