"""Rewrite QT_TRANSLATE_NOOP(CONTEXT, ...) to the literal "Messages": lupdate reads only literals."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERN = re.compile(r"QT_TRANSLATE_NOOP\(\s*CONTEXT\s*,")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    bad = []
    for path in sorted((ROOT / "dealerdesk").rglob("*.py")):
        text = path.read_text()
        if PATTERN.search(text):
            bad.append(path)
            if not check:
                path.write_text(PATTERN.sub('QT_TRANSLATE_NOOP("Messages",', text))
    for p in bad:
        print(("uses a variable context: " if check else "fixed: ") + str(p.relative_to(ROOT)))
    return 1 if (check and bad) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
