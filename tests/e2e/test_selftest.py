"""``dealerdesk selftest`` from the checkout (the bundle runs the same code: tests/e2e/test_installer.py)."""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from dealerdesk.commands.selftest import pdf_title


def selftest(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dealerdesk", "selftest", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_selftest_on_a_new_database_with_the_window(tmp_path: Path) -> None:
    db = tmp_path / "check.sqlite"
    out = selftest("--db", str(db), "--gui", "--screenshots", str(tmp_path / "shots"))
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert lines[-1].startswith("OK ")
    steps = [line.split(":")[0] for line in lines[:-1]]
    assert steps == [
        "ok   qt binding",
        "ok   database",
        "ok   resources",
        "ok   users",
        "ok   work order",
        "ok   paper",
        "ok   window",
    ]
    number = re.search(r"order (WO\S+) saved", out.stdout)
    assert number is not None
    for kind in ("work-order", "job-card"):
        pdf = (tmp_path / f"check-{kind}.pdf").read_bytes()
        assert pdf.startswith(b"%PDF-") and number.group(1) in pdf_title(pdf)
    assert db.stat().st_size > 0
    pages = re.search(r"with (\d+) pages, no Qt warnings", lines[-2])
    assert pages is not None and int(pages.group(1)) >= 5
    shots = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert len(shots) == int(pages.group(1)) and "page-work_orders.png" in shots


def test_selftest_then_refused_on_both_backends(backend: str, empty_db_url: str, tmp_path: Path) -> None:
    """A file path or a server URL: the papers land beside the file, or in the current folder."""
    db = empty_db_url if backend == "postgresql" else str(tmp_path / "new.sqlite")
    stem = "dealerdesk-selftest" if backend == "postgresql" else "new"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, "-m", "dealerdesk", "selftest", "--db", db, "--lang", "en"]
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().splitlines()[-1].startswith("OK ")
    for kind in ("job-card", "work-order"):
        assert (tmp_path / f"{stem}-{kind}.pdf").read_bytes().startswith(b"%PDF-")
    again = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert again.returncode == 2
    assert "already holds tables" in again.stderr or "already exists and is not empty" in again.stderr


def test_selftest_refuses_a_database_that_holds_data(tmp_path: Path) -> None:
    db = tmp_path / "real.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4080)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out = selftest("--db", str(db), "--lang", "en")
    assert out.returncode == 2
    assert "already exists and is not empty" in out.stderr and "OK" not in out.stdout
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real.sqlite"]  # no PDF, no journal


def test_selftest_accepts_an_empty_file_and_needs_a_path(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite"
    db.touch()  # what a "new file" in a file manager leaves behind
    assert selftest("--db", str(db)).returncode == 0
    missing = selftest("--lang", "en")
    assert missing.returncode == 2 and "--db PATH" in missing.stderr


def test_pdf_title_reads_chinese_and_escaped_titles() -> None:
    for title in ("维修委托书 WO20260101-0001", "Job (card) \\ WO20260101-0002", "Plain WO1"):
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        canvas.setTitle(title)
        canvas.showPage()
        canvas.save()
        assert pdf_title(buffer.getvalue()) == title
    assert pdf_title(b"%PDF-1.4 no info") == ""
    assert pdf_title(b"%PDF-1.4 /Title (cut short\\") == "cut short"
