"""A block of rows, one per order line, that scrolls up and down when the order has more lines than fit.

A dialog holding a row per line (settlement, packages and vouchers) grew with the order: sixteen
lines put its buttons below a 1366x768 screen at 125 %. In this area the rows scroll while the
totals and the buttons stay in sight. It asks for the rows' full height, so the dialog opens
as tall as its rows when the screen has room (``fit_window`` caps it), and it never scrolls
sideways: its minimum width is the rows' own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QScrollArea, QWidget

# Rows still shown when the screen is short: the header and about three lines.
MIN_ROWS_HEIGHT = 110
# A word-wrapping label breaks a line a few pixels before its text's advance.
SLACK = 6


class RowsScroll(QScrollArea):
    def __init__(self, rows: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rowsScroll")
        self.body = body = QWidget()
        body.setLayout(rows)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        """The rows' full height, and their width with each name on one line (wrapped only when short of room)."""
        wanted = self.body.sizeHint()
        unwrapped = [
            label.fontMetrics().horizontalAdvance(label.text()) + SLACK - label.sizeHint().width()
            for label in self.body.findChildren(QLabel)
            if label.wordWrap()
        ]
        return QSize(wanted.width() + max([0, *unwrapped]) + self._bar(), wanted.height())

    def minimumSizeHint(self) -> QSize:
        least = self.body.minimumSizeHint()
        return QSize(least.width() + self._bar(), min(least.height(), MIN_ROWS_HEIGHT))


def wrapping(text: str) -> QLabel:
    """A line's name for such a row, broken over lines when long, so that the dialog keeps to the screen."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label
