"""A list whose columns stay inside its width: long texts are cut short ("…") rather than pushed past the edge.

A list sized to its contents put its last columns past the right edge on a small screen (the
follow-up call list at 1366x768, 125 %): what is out of sight is missed, and a sideways scroll bar
is the first thing nobody uses. Here the columns named flexible share the room the others leave:
each keeps its whole text when it fits an equal share, the longest ones are cut to what is left
(never narrower than their header), and the view's model gives the whole text as a tooltip. Flexible
columns named ``first`` (the call list's reasons and due day) keep their whole text as long as the
other flexible ones can still give way, down to their headers. When everything fits, the last
column takes the rest. The widths follow the list's width (the window,
the splitter); the person may still drag a column wider until the list is filled again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def share_room(wanted: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Widths for columns wanting ``wanted`` in ``room``: short ones whole, the rest an equal share each.

    No width goes below ``least`` (the header's): a column held at its header leaves the others the rest
    of the room; only when every column is at its header may the total pass the room.
    """
    widths = [max(w, m) for w, m in zip(wanted, least, strict=True)]
    if sum(widths) <= room:
        return widths
    left = list(range(len(widths)))
    while left:
        share = (room - sum(widths[i] for i in range(len(widths)) if i not in left)) // len(left)
        fitting = [i for i in left if widths[i] <= share]
        if not fitting:
            held = [i for i in left if least[i] >= share]  # cut to its header: no narrower
            if not held:
                for i in left:
                    widths[i] = share
                break
            for i in held:
                widths[i] = least[i]
            fitting = held
        left = [i for i in left if i not in fitting]
    return widths


class ColumnFitter(QObject):
    """Keeps ``view``'s columns inside its viewport; ``flexible`` columns give way, the others keep their text.

    Of the flexible columns, those in ``first`` give way last: the others are cut down to their headers first.
    """

    def __init__(self, view: QTableView, flexible: Sequence[int], first: Sequence[int] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.flexible = tuple(flexible)
        self.first = tuple(c for c in flexible if c in first)
        self.rest = tuple(c for c in flexible if c not in first)
        self.wanted: list[int] = []
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Measure the rows' texts (after the rows change), then share the width."""
        # As resizeColumnsToContents measures, without resizing: the last column's width is its stretch, not
        # what its text wants.
        header = self.view.horizontalHeader()
        columns = range(self.view.model().columnCount())
        self.wanted = [max(self.view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns]
        self.share()

    def share(self) -> None:
        if not self.wanted:
            return
        header = self.view.horizontalHeader()
        fixed = sum(w for c, w in enumerate(self.wanted) if c not in self.flexible)
        room = self.view.viewport().width() - fixed
        least = {c: header.sectionSizeHint(c) for c in self.flexible}

        def widths(columns: tuple[int, ...], space: int) -> list[int]:
            return share_room([self.wanted[c] for c in columns], [least[c] for c in columns], space)

        first = widths(self.first, room - sum(least[c] for c in self.rest))  # the others at their headers
        rest = widths(self.rest, room - sum(first))
        for c, w in enumerate(self.wanted):
            if c not in self.flexible:
                self.view.setColumnWidth(c, w)
        for c, w in zip(self.first + self.rest, first + rest, strict=True):
            self.view.setColumnWidth(c, w)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.share()
        return False
