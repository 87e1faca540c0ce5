"""The project carries its own documentation: nothing points outside the repository."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tracked_text_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    files = [ROOT / name for name in out.splitlines()]
    return [f for f in files if f.is_file() and f.suffix not in {".png", ".qm", ".ico", ".ttc", ".ttf", ".sqlite"}]


def test_nothing_points_at_a_folder_outside_the_project() -> None:
    outside = re.compile(r"\.\./shared\b")
    offenders = [
        str(f.relative_to(ROOT))
        for f in tracked_text_files()
        if f.name != Path(__file__).name and outside.search(f.read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []


def test_readme_links_resolve_inside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)\)", readme)
    local = [link for link in links if "://" not in link]
    assert "docs/ARCHITECTURE.md" in local
    assert [link for link in local if not (ROOT / link).exists()] == []


def test_the_architecture_doc_names_modules_that_exist() -> None:
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    pattern = r"`((?:ui|services|domain|db|reports|tests|tools|forms|installer)/[\w/.]+\.(?:py|ui))`"
    named = set(re.findall(pattern, doc))
    assert named, "the architecture doc names the modules it describes"
    missing = [p for p in named if not ((ROOT / "dealerdesk" / p).exists() or (ROOT / p).exists())]
    assert missing == []
