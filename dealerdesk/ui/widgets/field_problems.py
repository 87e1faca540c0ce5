"""Showing validation problems where they belong: the field is outlined and its message sits under it.

After a refused action the dialog also keeps a summary where it is always seen (outside any scroll
area, above the buttons) and takes the focus to the first field in error, scrolled into view with
its tab chosen: ``report_refusal``. A message below the fold, at the default size, is no message.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QWidget

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


def reveal(widget: QWidget, *also: QWidget) -> None:
    """Bring ``widget`` into sight: the tab holding it chosen, every scroll area around it scrolled to it."""
    ancestor = widget.parentWidget()
    scrolls: list[QScrollArea] = []
    while ancestor is not None:
        if isinstance(ancestor, QTabWidget):
            for i in range(ancestor.count()):
                page = ancestor.widget(i)
                if page is widget or page.isAncestorOf(widget):
                    ancestor.setCurrentIndex(i)
        elif isinstance(ancestor, QScrollArea):
            scrolls.append(ancestor)
        ancestor = ancestor.parentWidget()
    for scroll in scrolls:  # after the tabs: a hidden page has no geometry to scroll to
        for w in (*also, widget):
            scroll.ensureWidgetVisible(w)


def report_refusal(problems: FieldProblems, found: Iterable[Problem], summary: QLabel, lead: str) -> QWidget | None:
    """Show ``found`` at their fields, ``lead`` and the messages in ``summary``, and focus the first field.

    Returns the field focused (None when no problem belongs to a field of this dialog).
    """
    found = list(found)
    problems.show_all(found)
    summary.setText("\n".join([lead, *(problem_text(p) for p in found)]))
    summary.setStyleSheet(f"color: {ERROR_COLOUR};")
    summary.show()
    return focus_first(problems)


def focus_first(problems: FieldProblems) -> QWidget | None:
    """Focus the first field showing a problem, its tab chosen and it and its message scrolled into view."""
    for widget, label in problems.fields.values():
        if widget is problems.first_widget():
            reveal(widget, label)
            widget.setFocus()
            return widget
    return None
