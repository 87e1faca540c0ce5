"""The promised delivery time as one line of text: Tab leaves it, "17:30" or "明天 17:30" is understood.

A QDateTimeEdit kept Tab inside its five sections, so an estimate typed after it went into
the month. Here the advisor types the time as they would say it; on leaving the field it is
read by the domain parser and shown back in full (``2025-06-12 17:30``). Text that is not a
time stays as typed, with the parser's message at the field. Up and Down move it by half an hour.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from dealerdesk.domain.messages import Problem
from dealerdesk.domain.validation import PROMISED_AT
from dealerdesk.domain.validation.times import parse_promised_text
from dealerdesk.ui.widgets.date_times import from_qdatetime, to_qdatetime

SHOWN_FORMAT = "%Y-%m-%d %H:%M"
STEP = timedelta(minutes=30)


class PromisedTimeEdit(QLineEdit):
    dateTimeChanged = Signal(QDateTime)  # an invalid QDateTime when the text is not a time
    refused = Signal(object)  # Problem: the typed text is not a time

    def __init__(self, parent: QWidget | None = None, *, field: str = PROMISED_AT) -> None:
        super().__init__(parent)
        self.field = field
        self._value: datetime | None = None  # aware, local
        self.problem: Problem | None = None
        self.setPlaceholderText(self.tr("e.g. 17:30, tomorrow 17:30"))
        self.setToolTip(self.tr("Type 17:30, 明天 17:30, tomorrow 17:30 or 2025-06-12 17:30; Up/Down: ±30 minutes"))
        self.editingFinished.connect(self.interpret)

    def value(self) -> datetime | None:
        """The time understood (local, aware); None when empty or not a time."""
        self.interpret()
        return self._value

    def dateTime(self) -> QDateTime:
        value = self.value()
        return to_qdatetime(value) if value is not None else QDateTime()

    def setDateTime(self, value: QDateTime) -> None:
        self._set(from_qdatetime(value).astimezone() if value.isValid() else None)

    def _set(self, value: datetime | None) -> None:
        changed = value != self._value or self.problem is not None
        self._value = value
        self.problem = None
        self.setText("" if value is None else value.strftime(SHOWN_FORMAT))
        if changed:
            self.dateTimeChanged.emit(self.dateTime())

    def interpret(self) -> None:
        """Read what was typed; keep it (with the reason) when it is not a time."""
        text = self.text()
        if text == ("" if self._value is None else self._value.strftime(SHOWN_FORMAT)) and self.problem is None:
            return
        if not text.strip():
            self._set(None)
            return
        result = parse_promised_text(text, datetime.now().astimezone(), field=self.field)
        if result.value is not None:
            self._set(result.value)
            return
        if self.problem is not None and self.problem.params.get("text") == text.strip():
            return
        self._value = None
        self.problem = result.problems[0]
        self.refused.emit(self.problem)
        self.dateTimeChanged.emit(QDateTime())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: STEP, Qt.Key.Key_Down: -STEP}.get(Qt.Key(event.key()))
        if step is not None and self.value() is not None and not self.isReadOnly():
            assert self._value is not None
            self._set(self._value + step)
            return
        super().keyPressEvent(event)
