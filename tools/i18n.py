"""Translations: ``update`` collects strings into the .ts, ``compile`` builds the shipped .qm,
``check`` fails when a string is missing from the .ts, unfinished, or the .qm is stale.
``todo`` lists the unfinished strings as JSON ready to fill in; ``fill FILE.json`` writes the
translations of such a file (``{context: {source: translation}}``) into the .ts; ``merge OTHER.ts``
takes the finished translations of another copy of the .ts (a branch's, after a rebase conflict).

Chinese (zh_CN) is the product's first language; English is the source language.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "dealerdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def sources() -> list[str]:
    """Python sources plus the Designer forms themselves: lupdate misreads uic's u"..." strings."""
    generated = ROOT / "dealerdesk" / "ui" / "generated"
    py = [p for p in (ROOT / "dealerdesk").rglob("*.py") if generated not in p.parents]
    forms = list((ROOT / "forms").glob("*.ui"))
    return sorted(str(p.relative_to(ROOT)) for p in py + forms)


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "zh_CN",
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None when unfinished."""
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            done = t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete") and (t.text or "")
            out[(name, m.findtext("source") or "")] = t.text if done and t is not None else None
    return out


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        shutil.copy(TS, fresh)
        lupdate(fresh)
        current, wanted = messages(TS), messages(fresh)
        missing = [k for k in wanted if k not in current]
        problems += [f"not in the .ts (run `make i18n`): [{c}] {s!r}" for c, s in missing]
        problems += [f"unfinished zh_CN translation: [{c}] {s!r}" for (c, s), t in current.items() if t is None]
        qm = Path(tmp) / QM.name
        lrelease(TS, qm)
        if not QM.exists() or QM.read_bytes() != qm.read_bytes():
            problems.append("the .qm is stale (run `make i18n`)")
    for p in problems:
        print(p)
    return 1 if problems else 0


def apply(translations: dict[tuple[str, str], str]) -> int:
    """Write finished translations for (context, source) into the .ts, then let lupdate re-format it."""
    tree = ET.parse(TS)
    done = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            text = translations.get((name, m.findtext("source") or ""))
            if not text:
                continue
            t = m.find("translation")
            if t is None:
                t = ET.SubElement(m, "translation")
            t.text = text
            t.attrib.pop("type", None)
            done += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    lupdate(TS)
    lrelease(TS, QM)
    return done


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "update"
    if cmd == "update":
        lupdate(TS)
        lrelease(TS, QM)
        todo = [k for k, t in messages(TS).items() if t is None]
        print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} strings, {len(todo)} unfinished")
        return 0
    if cmd == "check":
        return check()
    if cmd == "todo":
        lupdate(TS)
        todo: dict[str, dict[str, str]] = {}
        for (c, src), t in messages(TS).items():
            if t is None:
                todo.setdefault(c, {})[src] = ""
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    if cmd == "fill" and len(argv) == 2:
        data = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        n = apply({(c, src): t for c, msgs in data.items() for src, t in msgs.items()})
        print(f"{n} translations written")
        return 0
    if cmd == "merge" and len(argv) == 2:
        theirs = {k: t for k, t in messages(Path(argv[1])).items() if t}
        lupdate(TS)
        ours = messages(TS)
        n = apply({k: t for k, t in theirs.items() if k in ours and ours[k] is None})
        print(f"{n} translations taken from {argv[1]}")
        return 0
    print("usage: tools/i18n.py update|check|todo|fill FILE.json|merge OTHER.ts")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
