"""What an empty list says: why it is empty and what to do next, over the table's blank area.

A blank table reads as "broken" or "nothing there" when the truth is often "a filter hides it".
Each page says which, with at most one button for the next step (show all, open the first order).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from dealerdesk.ui.widgets.action_text import without_mnemonic


class EmptyHint(QWidget):
    """Shown over ``view`` exactly when its model has no rows; the page sets the words with :meth:`explain`."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self.view = view
        self.label = QLabel()
        self.label.setObjectName("emptyHintText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("QLabel#emptyHintText { color: palette(placeholder-text); font-size: 11pt; }")
        self.button = QPushButton()
        self.button.setObjectName("emptyHintButton")
        self.button.clicked.connect(self._act)
        self._action: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.setContentsMargins(24, 24, 24, 24)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.follow_rows)
        self.hide()

    def explain(self, text: str, button_text: str | None = None, action: Callable[[], None] | None = None) -> None:
        """Why the list is (or would be) empty, and the one next step; shown only while it has no rows."""
        self.label.setText(text)
        self._action = action
        # No Alt letter: the words often repeat a button of the page, whose letter it is.
        self.button.setText(without_mnemonic(button_text or ""))
        self.button.setVisible(bool(button_text) and action is not None)
        self.follow_rows()

    def follow_rows(self) -> None:
        empty = self.view.model().rowCount() == 0 and bool(self.label.text())
        if empty:
            self.setGeometry(self.view.viewport().rect())
            self.raise_()
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.view.viewport().rect())
        return False

    def _act(self) -> None:
        if self._action is not None:
            self._action()
