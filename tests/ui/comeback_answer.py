"""Answering the comeback prompt as the advisor does, without a nested modal event loop.

``ComebackDialog.exec()`` would block the test until someone answered it, and a test that
missed the prompt would hang the whole run. Here ``exec`` is replaced by ``show()``, the
person's keystrokes, and the answer returned as ``exec`` returns it. A prompt left
unanswered fails the test at once.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.ui.rework.comeback_dialog import ComebackDialog

Person = Callable[[ComebackDialog], None]


def answer_comeback(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, person: Person) -> list[ComebackDialog]:
    """Every prompt shown from now on is answered by ``person``; returns the prompts shown."""
    prompts: list[ComebackDialog] = []

    def exec_(prompt: ComebackDialog) -> int:
        prompts.append(prompt)
        prompt.show()
        qtbot.waitExposed(prompt)
        person(prompt)
        if prompt.isVisible():
            prompt.reject()
            raise AssertionError("the comeback prompt was left unanswered")
        return prompt.result()

    monkeypatch.setattr(ComebackDialog, "exec", exec_)
    return prompts


def no_prompt_expected(monkeypatch: pytest.MonkeyPatch) -> list[ComebackDialog]:
    """Record any prompt instead of showing it: the test asserts the list stays empty."""
    prompts: list[ComebackDialog] = []

    def exec_(prompt: ComebackDialog) -> int:
        prompts.append(prompt)
        return int(ComebackDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(ComebackDialog, "exec", exec_)
    return prompts


def says_yes(qtbot: QtBot) -> Person:
    """Reads the earlier order, moves to the Yes button and presses Space (Enter is no default here)."""

    def person(prompt: ComebackDialog) -> None:
        prompt.yes_button.setFocus()
        qtbot.keyClick(prompt.yes_button, Qt.Key.Key_Space)

    return person


def says_no_with_escape(qtbot: QtBot) -> Person:
    def person(prompt: ComebackDialog) -> None:
        qtbot.keyClick(prompt, Qt.Key.Key_Escape)

    return person
