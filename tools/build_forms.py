"""Compile forms/*.ui into dealerdesk/ui/generated/ui_*.py (run after editing a form).

``--check`` only compares, for the test that fails when generated code drifts from forms/.
"""

from __future__ import annotations

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
