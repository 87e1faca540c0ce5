"""No tr() inside an f-string: lupdate does not read them, so the text is never translated.

Found in the rework detail and comeback dialogs, whose headings stayed English in the
Chinese window while every check of the translation passed.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "dealerdesk"
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _called_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _tr_inside_fstrings(source: str) -> list[int]:
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            lines += [
                call.lineno
                for call in ast.walk(node)
                if isinstance(call, ast.Call) and _called_name(call) in TRANSLATING
            ]
    return lines


def test_the_check_finds_the_pattern() -> None:
    assert _tr_inside_fstrings("x = f\"<h4>{escape(self.tr('History'))}</h4>\"") == [1]
    assert _tr_inside_fstrings("title = self.tr('History')\nx = f'<h4>{escape(title)}</h4>'") == []


def test_no_tr_inside_fstrings() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "generated" not in path.parts
        for line in _tr_inside_fstrings(path.read_text(encoding="utf-8"))
    ]
    assert found == []
