"""Showing validation problems where they belong: the field is outlined and its message sits under it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

from dealerdesk.domain.messages import Problem
from dealerdesk.ui.feedback import problem_text

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#9a5b00"
# Set once on the dialog: fields carry a "problem" property that these rules react to.
STYLE = (
    f'*[problem="error"] {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}'
    f'*[problem="warning"] {{ border: 2px solid #e69500; border-radius: 3px; }}'
)


class FieldProblems:
    """Field name (``Problem.field``) -> the widget to outline and the label that holds its message."""

    def __init__(self) -> None:
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.shown: dict[str, list[Problem]] = {}

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        self.fields[field] = (widget, label)
        label.setWordWrap(True)

    def set(self, field: str, problems: Iterable[Problem]) -> None:
        """Show exactly ``problems`` at ``field`` (none: clear it)."""
        if field not in self.fields:
            return
        found = list(problems)
        widget, label = self.fields[field]
        if found:
            self.shown[field] = found
        else:
            self.shown.pop(field, None)
        severity = "" if not found else ("error" if any(p.is_error for p in found) else "warning")
        if widget.property("problem") != severity:
            widget.setProperty("problem", severity)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        label.setText("\n".join(problem_text(p) for p in found))
        colour = ERROR_COLOUR if severity == "error" else WARNING_COLOUR
        label.setStyleSheet(f"color: {colour};")
        label.setVisible(bool(found))
        widget.setToolTip(label.text())

    def show_all(self, problems: Iterable[Problem], fields: Iterable[str] | None = None) -> None:
        """Replace what is shown on ``fields`` (default: every field) with ``problems``."""
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(p)
        for field in self.fields if fields is None else fields:
            self.set(field, by_field.get(field, []))

    def clear(self) -> None:
        self.show_all([])

    def first_widget(self) -> QWidget | None:
        for field, (widget, _label) in self.fields.items():
            if field in self.shown:
                return widget
        return None

    def text(self, field: str) -> str:
        return self.fields[field][1].text() if field in self.fields else ""
