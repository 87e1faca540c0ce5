"""A QDialogButtonBox made without touching PySide's ``Qt`` namespace (for the sign-in form).

``QDialogButtonBox(parent)`` (as pyside6-uic writes it) is matched against the overload taking a
``Qt.Orientation`` first, and that builds the whole ``Qt`` namespace with every enum in it: about
20 ms, before the sign-in dialog can paint. A keyword parent goes straight to the right overload.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget


class ButtonBox(QDialogButtonBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
