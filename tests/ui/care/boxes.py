"""Answering the modal boxes a care page opens (asked with exec), as a person does: keys and clicks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot


def answer_next_box(expected: type[QDialog], answer: Callable[[QDialog], None], seen: list[QDialog]) -> None:
    """When the next modal box opens, note it and answer it as ``answer`` does (keys, clicks); a box of
    another kind is noted and closed as Esc would, so that the test goes on to fail rather than hang."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog):
            QTimer.singleShot(10, look)
            return
        seen.append(box)
        if isinstance(box, expected):
            answer(box)
        else:
            box.reject()

    QTimer.singleShot(0, look)


def click_next_message(qtbot: QtBot, role: QMessageBox.ButtonRole, seen: list[QDialog]) -> list[str]:
    """When the next message box opens, note its text and click its button of ``role``; the text is
    appended to the list returned (read it after the box is answered)."""
    texts: list[str] = []

    def click(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        qtbot.mouseClick(next(b for b in box.buttons() if box.buttonRole(b) is role), Qt.MouseButton.LeftButton)

    answer_next_box(QMessageBox, click, seen)
    return texts
