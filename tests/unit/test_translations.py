"""The zh_CN translation is complete and the shipped .qm and generated forms are current."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_forms  # noqa: E402
import i18n  # noqa: E402


def test_every_zh_cn_string_is_finished() -> None:
    unfinished = [f"[{c}] {s}" for (c, s), t in i18n.messages(i18n.TS).items() if t is None]
    assert unfinished == []


def test_ts_holds_every_string_in_the_code_and_qm_is_current(capsys) -> None:  # type: ignore[no-untyped-def]
    assert i18n.check() == 0, capsys.readouterr().out


def test_placeholders_survive_translation() -> None:
    import re

    for (ctx, source), translation in i18n.messages(i18n.TS).items():
        if translation is None:
            continue
        placeholders = re.compile(r"\{[^{}]*\}")
        assert sorted(placeholders.findall(source)) == sorted(placeholders.findall(translation)), (ctx, source)


def test_generated_forms_match_forms_folder() -> None:
    assert build_forms.main(["--check"]) == 0
