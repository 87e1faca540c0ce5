"""Files DealerDesk must refuse without touching them: newer schemas, mistyped paths, empty files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dealerdesk.db.database import open_database
from dealerdesk.db.migrate import upgrade
from dealerdesk.domain.messages import DealerDeskError
from tests.e2e.test_cli import digest, run


def files(folder: Path) -> list[str]:
    """What is in the folder, less SQLite's own -wal/-shm beside a WAL database that was read."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def _newer_file(folder: Path, template: Path) -> Path:
    """A database as a newer DealerDesk leaves it: a revision this version's scripts do not know."""
    path = folder / "newer.sqlite"
    path.write_bytes(template.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    return path


def test_newer_schema_is_refused_by_the_start_without_a_backup(tmp_path: Path, _migrated_template: Path) -> None:
    path = _newer_file(tmp_path, _migrated_template)
    before = digest(path)
    db = open_database(f"sqlite:///{path}")
    for _ in range(3):  # each attempt used to leave another backup file
        with pytest.raises(DealerDeskError, match=r"written by a newer DealerDesk \(revision 0099\)"):
            upgrade(db)
    db.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []
    assert digest(path) == before


def test_newer_schema_is_refused_by_check_and_print(tmp_path: Path, _migrated_template: Path) -> None:
    path = _newer_file(tmp_path, _migrated_template)
    before = digest(path)
    for args in (("check", "--db", str(path)), ("print", "jobcard", "WO1", "--db", str(path), "-o", "x.pdf")):
        out = run(*args)
        assert out.returncode == 2, out.stdout + out.stderr
        assert "written by a newer DealerDesk (revision 0099)" in out.stderr
        assert "migrate" not in out.stderr + out.stdout and "Traceback" not in out.stderr
    out = run("check", "--db", str(path), lang="zh_CN")
    assert out.returncode == 2 and "更新版本" in out.stderr and "0099" in out.stderr
    assert digest(path) == before
    assert files(tmp_path) == ["newer.sqlite"]


def test_check_never_creates_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "mistyped.sqlite"
    out = run("check", "--db", str(missing))
    assert out.returncode == 2 and "does not exist" in out.stderr and "Traceback" not in out.stderr
    assert list(tmp_path.iterdir()) == []


def test_check_leaves_an_empty_file_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    out = run("check", "--db", str(empty))
    assert out.returncode == 2 and "is empty" in out.stderr
    assert empty.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["empty.sqlite"]


def test_check_opens_read_only(tmp_path: Path, _migrated_template: Path) -> None:
    path = tmp_path / "shop.sqlite"
    path.write_bytes(_migrated_template.read_bytes())
    before = digest(path)
    out = run("check", "--db", str(path))
    assert out.returncode == 0, out.stdout + out.stderr
    assert digest(path) == before
    assert files(tmp_path) == ["shop.sqlite"]
