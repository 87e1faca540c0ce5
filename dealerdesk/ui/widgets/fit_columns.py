"""A list whose columns stay inside its width: long texts are cut short ("…") rather than pushed past the edge.

A list sized to its contents put its last columns past the right edge on a small screen (the
follow-up call list at 1366x768, 125 %): what is out of sight is missed, and a sideways scroll bar
is the first thing nobody uses. Here the columns named flexible share the room the others leave:
each keeps its whole text when it fits an equal share, the longest ones are cut to what is left
(never narrower than their header), and the view's model gives the whole text as a tooltip. When
everything fits, the last column takes the rest. The widths follow the list's width (the window,
the splitter); the person may still drag a column wider until the list is filled again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def share_room(wanted: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Widths for columns wanting ``wanted`` in ``room``: short ones whole, the rest an equal share each.

    No width goes below ``least`` (the header's): then the total may pass the room.
    """
    widths = [max(w, m) for w, m in zip(wanted, least, strict=True)]
    if sum(widths) <= room:
        return widths
    left = list(range(len(widths)))
    while left:
        share = (room - sum(widths[i] for i in range(len(widths)) if i not in left)) // len(left)
        fitting = [i for i in left if widths[i] <= share]
        if not fitting:
            for i in left:
                widths[i] = max(least[i], share)
            break
        left = [i for i in left if i not in fitting]
    return widths


class ColumnFitter(QObject):
    """Keeps ``view``'s columns inside its viewport; ``flexible`` columns give way, the others keep their text."""

    def __init__(self, view: QTableView, flexible: Sequence[int]) -> None:
        super().__init__(view)
        self.view = view
        self.flexible = tuple(flexible)
        self.wanted: list[int] = []
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Measure the rows' texts (after the rows change), then share the width."""
        self.view.resizeColumnsToContents()
        model = self.view.model()
        self.wanted = [self.view.columnWidth(c) for c in range(model.columnCount())]
        self.share()

    def share(self) -> None:
        if not self.wanted:
            return
        header = self.view.horizontalHeader()
        fixed = sum(w for c, w in enumerate(self.wanted) if c not in self.flexible)
        room = self.view.viewport().width() - fixed
        least = [header.sectionSizeHint(c) for c in self.flexible]
        widths = share_room([self.wanted[c] for c in self.flexible], least, room)
        for c, w in enumerate(self.wanted):
            if c not in self.flexible:
                self.view.setColumnWidth(c, w)
        for c, w in zip(self.flexible, widths, strict=True):
            self.view.setColumnWidth(c, w)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.share()
        return False
