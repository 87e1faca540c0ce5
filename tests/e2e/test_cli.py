"""The command line as a user runs it: exit codes and messages, nothing overwritten on bad input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from dealerdesk import __version__


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dealerdesk", *args, "--lang", lang]
        if args and args[0] != "--version"
        else [sys.executable, "-m", "dealerdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"DealerDesk {__version__}"


def row_counts(url: str) -> dict[str, int]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            names = inspect(conn).get_table_names()
            return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}
    finally:
        engine.dispose()


def test_demo_then_check(backend: str, empty_db_url: str) -> None:
    db = empty_db_url if backend == "postgresql" else make_url(empty_db_url).database
    assert db is not None
    out = run("demo", "--db", db, "--orders", "80")
    assert out.returncode == 0, out.stderr
    assert "admin" in out.stdout and "qc1" in out.stdout and "80 work orders" in out.stdout
    check = run("check", "--db", db)
    assert check.returncode == 0, check.stdout
    assert "Schema is up to date" in check.stdout
    assert "[OK  ] The kept order counts match the orders." in check.stdout
    if backend == "sqlite":
        assert "Integrity check passed." in check.stdout
    else:
        assert "PostgreSQL 1" in check.stdout and "keeps its pages and foreign keys consistent" in check.stdout
    before = row_counts(empty_db_url)
    assert before["work_orders"] >= 80
    again = run("demo", "--db", db)
    assert again.returncode == 2 and "already holds data" in again.stderr
    assert row_counts(empty_db_url) == before
    # Counts gone wrong behind the triggers' back: check says so and names the fix, recount fixes them.
    engine = create_engine(empty_db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE work_order_counts SET orders = orders + 5 WHERE status = 'delivered'"))
    engine.dispose()
    drifted = run("check", "--db", db, lang="zh_CN")
    assert drifted.returncode == 1
    assert "[FAIL] 保存的工单计数与工单不一致（已交车 " in drifted.stdout and "dealerdesk db recount" in drifted.stdout
    fixed = run("db", "recount", "--db", db)
    assert fixed.returncode == 0 and "the kept order counts were rebuilt (Delivered " in fixed.stdout, fixed.stdout
    assert run("check", "--db", db).returncode == 0
    assert "already matched" in run("db", "recount", "--db", db).stdout


def test_a_password_in_the_url_is_never_shown() -> None:
    """Found: `check --db 'postgresql+psycopg://dd:S3cret@host/db'` printed the password."""
    out = run("check", "--db", "postgresql://dd:S3cret@127.0.0.1:1/nowhere")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "S3cret" not in out.stdout + out.stderr
    assert "dd@127.0.0.1:1/nowhere" in out.stderr


def test_missing_folder(tmp_path: Path) -> None:
    out = run("check", "--db", str(tmp_path / "nope" / "x.sqlite"))
    assert out.returncode == 2
    assert "does not exist" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "nope").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        out = run("demo", "--db", str(folder / "x.sqlite"))
        assert out.returncode == 2 and "read-only" in out.stderr
    finally:
        folder.chmod(0o755)


def test_read_only_folder_as_any_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores permissions, so pretend the folder refuses writes the way os.access reports it."""
    from dealerdesk.db import database
    from dealerdesk.domain.messages import DealerDeskError

    real = os.access
    monkeypatch.setattr(database.os, "access", lambda p, mode: False if Path(p) == tmp_path else real(p, mode))
    with pytest.raises(DealerDeskError, match="read-only"):
        database.check_location(f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert not (tmp_path / "x.sqlite").exists()


def test_corrupt_file_is_refused_and_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "shop.sqlite"
    bad.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = digest(bad)
    for args in (("check", "--db", str(bad)), ("demo", "--db", str(bad))):
        out = run(*args)
        assert out.returncode == 2 and "not a DealerDesk database" in out.stderr and "Traceback" not in out.stderr
    assert digest(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.sqlite"]


def test_damaged_sqlite_pages_fail_the_check(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db), "--orders", "40").returncode == 0
    data = bytearray(db.read_bytes())
    for i in range(8192, min(len(data), 40960)):
        data[i] = 0xFF  # wipe pages after the header: the file still says "SQLite format 3"
    db.write_bytes(bytes(data))
    out = run("check", "--db", str(db))
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert "FAIL" in out.stdout or "cannot" in out.stderr


def test_messages_in_chinese(tmp_path: Path) -> None:
    out = run("check", "--db", str(tmp_path / "nope" / "x.sqlite"), lang="zh_CN")
    assert out.returncode == 2 and "不存在" in out.stderr


def test_options_before_the_subcommand_count(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "before.sqlite"
    out = subprocess.run(
        [sys.executable, "-m", "dealerdesk", "--db", str(db), "--lang", "zh_CN", "demo", "--orders", "20"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert db.exists() and "演示数据库" in out.stdout
