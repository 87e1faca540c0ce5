"""A combo box that always shows its longest choice in full."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceCombo(QComboBox):
    """Sized to its contents, and never squeezed below them by a narrow layout.

    ``AdjustToContents`` keeps ``sizeHint`` current, but QComboBox computes its minimum
    once and keeps it: after a larger font or a longer choice, a layout short of room
    (the list page's filter bar in a narrow window) squeezed it to "Not yet deli".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
