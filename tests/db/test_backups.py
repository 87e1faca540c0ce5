"""Backups: online, verified, rotated 7 daily / 4 weekly / 12 monthly; restore keeps what it replaces."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dealerdesk.db.backups import (
    Backup,
    backup_folder,
    daily_backup,
    last_backup,
    list_backups,
    make_backup,
    restore,
    to_keep,
)
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.orders import work_orders
from dealerdesk.services.orders.search import OrderQuery, count_orders
from tests.e2e.test_cli import digest, run
from tests.helpers import UserSet
from tests.order_samples import complete_order

pytestmark = pytest.mark.sqlite_only  # backups and pages of the SQLite file; a server is backed up with pg_dump


def orders_in(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        n = int(conn.execute("SELECT count(*) FROM work_orders").fetchone()[0])
    conn.close()
    return n


def test_a_backup_while_in_use_holds_what_was_committed(db: Database, people: UserSet, tmp_path: Path) -> None:
    work_orders.open_order(db, people.advisor, complete_order())
    assert db.path is not None
    with db.read():  # a reader holds the file open, as another workstation would
        made = make_backup(db.path, tmp_path / "out", datetime(2026, 12, 2, 8, 0))
    assert made.path.name == "test-20261202-080000.sqlite"
    assert orders_in(made.path) == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [made.path.name]  # no -wal, no partial


def test_the_first_start_of_a_day_backs_up_once(db: Database, people: UserSet) -> None:
    assert db.path is not None
    day = datetime(2026, 12, 2, 8, 0)
    first = daily_backup(db.path, day)
    assert first is not None and first.path.parent == db.path.parent / "backups"
    assert daily_backup(db.path, day + timedelta(hours=3)) is None
    second = daily_backup(db.path, day + timedelta(days=1))
    assert second is not None
    latest = last_backup(db.path)
    assert latest is not None and latest.path == second.path


def test_the_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = datetime(2025, 1, 1, 8, 0)
    backups = [Backup(Path(f"b{i}"), start + timedelta(days=i)) for i in range(500)]
    kept = sorted((b for b in backups if b.path in to_keep(backups)), key=lambda b: b.taken_at, reverse=True)
    newest = backups[-1].taken_at
    assert [b.taken_at for b in kept[:7]] == [newest - timedelta(days=i) for i in range(7)]
    weeks = {b.taken_at.isocalendar()[:2] for b in kept}
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(weeks) >= 4 and len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    assert min(b.taken_at for b in kept) >= newest - timedelta(days=366)


def test_old_copies_are_deleted_on_the_day(db: Database, people: UserSet) -> None:
    assert db.path is not None
    start = datetime(2026, 1, 1, 8, 0)
    for i in range(12):
        daily_backup(db.path, start + timedelta(days=i))
    left = list_backups(backup_folder(db.path), db.path.stem)
    assert len(left) == 7 + 1  # 7 days, plus the newest of an earlier week
    assert left[0].taken_at == start + timedelta(days=11)


def test_restore_refuses_to_overwrite_without_force_and_keeps_the_replaced_file(
    db: Database, people: UserSet, tmp_path: Path
) -> None:
    assert db.path is not None
    work_orders.open_order(db, people.advisor, complete_order())
    saved = make_backup(db.path, tmp_path / "saved", datetime(2026, 12, 1, 18, 0))
    work_orders.open_order(db, people.advisor, complete_order())  # made after the backup
    db.dispose()
    before = digest(db.path)
    with pytest.raises(DealerDeskError, match="Add --force"):
        restore(saved.path, db.path, force=False)
    assert digest(db.path) == before
    kept = restore(saved.path, db.path, force=True, now=datetime(2026, 12, 2, 9, 0))
    assert kept is not None and kept.name == "test.replaced-20261202-090000.sqlite"
    assert orders_in(kept) == 2  # nothing lost: the replaced file, with its newer order
    assert orders_in(db.path) == 1
    assert count_orders(db, OrderQuery()) == 1  # and DealerDesk reads the restored file


def test_a_damaged_backup_is_not_restored(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    with pytest.raises(DealerDeskError, match="not a sound DealerDesk backup"):
        restore(bad, db.path, force=True)


def test_backup_and_restore_from_the_command_line(db: Database, people: UserSet, tmp_path: Path) -> None:
    assert db.path is not None
    work_orders.open_order(db, people.advisor, complete_order())
    db.dispose()
    out = run("backup", "--db", str(db.path), "--to", str(tmp_path / "copies"))
    assert out.returncode == 0, out.stderr
    (made,) = (tmp_path / "copies").iterdir()
    assert "Backup written and verified" in out.stdout and str(made) in out.stdout
    refused = run("restore", str(made), "--db", str(db.path), lang="zh_CN")
    assert refused.returncode == 2 and "--force" in refused.stderr and "Traceback" not in refused.stderr
    done = run("restore", str(made), "--db", str(db.path), "--force")
    assert done.returncode == 0, done.stderr
    assert "restored to" in done.stdout and "replaced-" in done.stdout
    new = tmp_path / "elsewhere" / "new.sqlite"
    new.parent.mkdir()
    assert run("restore", str(made), "--db", str(new)).returncode == 0  # nothing to replace: no --force needed
    assert orders_in(new) == 1
