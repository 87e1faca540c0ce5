"""Small widgets the workshop screens share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b00020"


def error_label(name: str) -> QLabel:
    """The line under a form where a refusal is said, in red, wrapping."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    return label
