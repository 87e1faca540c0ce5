"""Action texts on toolbars: without the "(&O)" a menu needs.

A toolbar button has no Alt+letter; Qt only drops the "&", so the Chinese "打开所选(&O)" showed
"打开所选(O)", promising a key that did nothing.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QToolBar

_CJK_MNEMONIC = re.compile(r"\s*\(&[^&]\)")  # "打开所选(&O)": the letter in brackets after the words


def without_mnemonic(text: str) -> str:
    return _CJK_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def plain_toolbar_texts(toolbar: QToolBar) -> None:
    """Show each of the toolbar's actions without its mnemonic (menus keep theirs)."""
    for action in toolbar.actions():
        if action.text():
            action.setIconText(without_mnemonic(action.text()))
