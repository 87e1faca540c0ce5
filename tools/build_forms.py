"""Compile forms/*.ui into dealerdesk/ui/generated/ui_*.py (run after editing a form).

``--check`` only compares, for the test that fails when generated code drifts from forms/.

pyside6-uic imports the same long list of Qt names into every form; each name a module imports
is built on first use (the ``Qt`` namespace alone, with all its enums, is ~20 ms). The sign-in
dialog is on screen before anything else is loaded, so a generated module imports only the names
it uses, and forms avoid ``Qt::`` properties where a style sheet says the same
(``qproperty-alignment: AlignCenter``).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "dealerdesk" / "ui" / "generated"


def uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else "pyside6-uic"


def compile_form(form: Path, target: Path) -> None:
    subprocess.run([uic(), "--from-imports", str(form), "-o", str(target)], check=True)
    target.write_text(only_used_imports(target.read_text()))


def only_used_imports(source: str) -> str:
    """The module with its ``from PySide6... import (...)`` lists cut to the names it uses."""
    tree = ast.parse(source)
    imports = [n for n in tree.body if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("PySide6.")]
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(imports):  # from the bottom up: earlier line numbers stay valid
        names = [a.name for a in node.names if a.name in used]
        text = f"from {node.module} import ({', '.join(names)})\n" if names else ""
        assert node.end_lineno is not None
        lines[node.lineno - 1 : node.end_lineno] = [text]
    return "".join(lines)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    drift = []
    with tempfile.TemporaryDirectory() as tmp:
        for form in sorted(FORMS.glob("*.ui")):
            name = f"ui_{form.stem}.py"
            target = GENERATED / name
            if check:
                fresh = Path(tmp) / name
                compile_form(form, fresh)
                if not target.exists() or target.read_text() != fresh.read_text():
                    drift.append(name)
            else:
                compile_form(form, target)
    if drift:
        print("out of date, run tools/build_forms.py:", ", ".join(drift))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
