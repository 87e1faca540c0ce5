"""Alt+letter keys of a window: what each one reaches, so a test can fail on a letter used twice."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabWidget, QToolButton, QWidget


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _in_window(widget: QWidget, window: QWidget) -> bool:
    """Shown, and part of ``window`` itself (not of a dialog parented to it)."""
    return widget.isVisibleTo(window) and widget.window() is window


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the names of what it reaches in ``window`` as shown now (menus, buttons, labels, tabs)."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, owner: str) -> None:
        if key := mnemonic(text):
            keys[key].append(owner)

    if isinstance(window, QMainWindow) and window.menuBar().isVisibleTo(window):
        for action in window.menuBar().actions():
            add(action.text(), f"menu {action.text()}")
    for button in window.findChildren(QAbstractButton):
        if _in_window(button, window):
            add(button.text(), f"button {button.objectName() or button.text()}")
    for label in window.findChildren(QLabel):
        if _in_window(label, window) and label.buddy() is not None:
            add(label.text(), f"label {label.objectName() or label.text()}")
    for box in window.findChildren(QGroupBox):
        if _in_window(box, window):
            add(box.title(), f"group {box.title()}")
    for tabs in window.findChildren(QTabWidget):
        if _in_window(tabs, window):
            for i in range(tabs.count()):
                add(tabs.tabText(i), f"tab {tabs.tabText(i)}")
    return dict(keys)


def duplicates(window: QWidget) -> dict[str, list[str]]:
    return {key: owners for key, owners in mnemonics(window).items() if len(owners) > 1}


def stray_letters(window: QWidget) -> list[str]:
    """Texts showing a "(O)" that no Alt key goes with: a Chinese mnemonic on a toolbar button."""
    found = []
    for button in window.findChildren(QToolButton):
        if _in_window(button, window) and re.search(r"\([A-Z]\)", button.text()):
            found.append(button.text())
    return found
