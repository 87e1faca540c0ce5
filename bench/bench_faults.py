"""Issue 11: the faults a hostile week at the office found, replayed; nothing may be lost.

- kill -9 while saving, N times (default 200): a forked process opens work orders one after
  another and reports each number once its transaction committed; it is killed at a random
  moment. After each kill the file must pass quick_check and hold every reported order.
- A file written by a newer DealerDesk (an unknown revision): refused, untouched, no backup.
- A damaged table page: found by quick_check; loading an order from it is a message.
- Another program holding the write lock: the save waits and says so; past the patience it is
  refused with a message, and once the lock is free it goes through.
- A user deactivated while signed in: each of their next actions is refused.
- 100 wrong passwords for one name: throttled after 5, every attempt in the audit log.

"lost" counts committed data missing afterwards, or a file DealerDesk changed when it refused.

    .venv/bin/python bench/bench_faults.py [--kills N]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchkit import Table

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import open_database
from dealerdesk.db.health import quick_check
from dealerdesk.db.migrate import upgrade
from dealerdesk.domain.messages import AccountRevoked, DealerDeskError
from dealerdesk.services import audit, users
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders import work_orders
from dealerdesk.services.qc import rounds as qc
from tests.helpers import PASSWORD, UserSet, make_users  # the tests' users and order (benchkit set the path)
from tests.order_samples import complete_order


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def order_numbers(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        found = {r[0] for r in conn.execute("SELECT number FROM work_orders")}
    conn.close()
    return found


class Lab:
    """A migrated database with one user per role, copied afresh for each fault."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.template = folder / "template.sqlite"
        db = open_database(f"sqlite:///{self.template}")
        upgrade(db)
        self.people: UserSet = make_users(db)
        db.dispose()

    def copy(self, name: str) -> Path:
        target = self.folder / name / "dealerdesk.sqlite"
        target.parent.mkdir()
        shutil.copyfile(self.template, target)
        return target


def _saver(path: Path, advisor: Actor, out: int, mileage: int) -> None:
    """In the forked child: open orders until killed, reporting each committed number (or what went wrong)."""
    try:
        db = open_database(f"sqlite:///{path}")
        while True:
            mileage += 1  # the same car, its odometer going up
            detail = work_orders.open_order(db, advisor, complete_order(mileage=mileage))
            os.write(out, f"{detail.number}\n".encode())
    except Exception as exc:
        os.write(out, f"ERROR {exc!r}\n".encode())


SAVED_BEFORE_KILLS: list[int] = []


def kill_during_save(lab: Lab, kills: int) -> tuple[int, int, int]:
    path = lab.copy("kill9")
    survived = lost = 0
    rng = random.Random(11)
    for run in range(kills):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns
            os.close(read)
            try:
                _saver(path, lab.people.advisor, write, 20_000 + 5_000 * run)  # each run saves far fewer than 5,000
            finally:
                os._exit(1)
        os.close(write)
        # Once the first order is in, kill at a random moment of the saves that follow.
        first = b""
        while b"\n" not in first:
            chunk = os.read(read, 64)
            if not chunk:
                break
            first += chunk
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read) as pipe:
            text = first.decode() + pipe.read()
        reported = {line for line in text.split("\n") if line.startswith("WO")}
        SAVED_BEFORE_KILLS.append(len(reported))
        missing = reported - order_numbers(path)
        if "ERROR" in text:
            print(text[text.index("ERROR") :].splitlines()[0], file=sys.stderr)
        elif quick_check(path) == [] and not missing and reported:
            survived += 1
        lost += len(missing)
    return kills, survived, lost


def newer_revision(lab: Lab) -> tuple[int, int, int]:
    path = lab.copy("newer")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = digest(path)
    refused = 0
    for _ in range(3):
        db = open_database(f"sqlite:///{path}")
        try:
            upgrade(db)
        except DealerDeskError as err:
            refused += "newer DealerDesk" in str(err)
        finally:
            db.dispose()
    backups = [p for p in path.parent.iterdir() if "backup" in p.name]
    return 3, refused, int(digest(path) != before or bool(backups))


def damaged_page(lab: Lab) -> tuple[int, int, int]:
    path = lab.copy("damaged")
    db = open_database(f"sqlite:///{path}")
    order = work_orders.open_order(db, lab.people.advisor, complete_order())
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'concerns'").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * size)
    before = digest(path)
    refused = int(quick_check(path) != [])
    db = open_database(f"sqlite:///{path}")
    try:
        work_orders.load_order(db, order.id)
    except DealerDeskError as err:
        refused += "is damaged" in str(err)
    finally:
        db.dispose()
    return 2, refused, int(digest(path) != before)


def held_write_lock(lab: Lab) -> tuple[int, int, int]:
    path = lab.copy("locked")
    db = open_database(f"sqlite:///{path}")
    db.lock_patience = 2.0
    waits: list[float | None] = []
    db.lock_wait = waits.append
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    handled = 0
    other.execute("BEGIN IMMEDIATE")
    try:
        work_orders.save_draft(db, lab.people.advisor, complete_order())
    except DealerDeskError as err:
        handled += "kept the database busy" in str(err) and bool(waits)
    other.rollback()
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(1.0, other.rollback).start()
    saved = work_orders.save_draft(db, lab.people.advisor, complete_order())  # waits, then goes through
    handled += 1
    time.sleep(0.1)
    other.close()
    lost = int(saved.number not in order_numbers(path))
    db.dispose()
    return 2, handled, lost


def deactivated_signed_in(lab: Lab) -> tuple[int, int, int]:
    path = lab.copy("deactivated")
    db = open_database(f"sqlite:///{path}")
    p = lab.people
    draft = work_orders.save_draft(db, p.advisor, complete_order())
    opened = work_orders.open_order(db, p.advisor, complete_order(mileage=30_000))
    users.set_active(db, p.admin, p.advisor.id, False)
    before = order_numbers(path)
    actions: list[Callable[[], object]] = [
        lambda: work_orders.save_draft(db, p.advisor, complete_order()),
        lambda: work_orders.open_order(db, p.advisor, complete_order(), draft.id, draft.version),
        lambda: work_orders.cancel_order(db, p.advisor, opened.id, "客户取消", opened.version),
        lambda: work_orders.dispatch_to_workshop(db, p.advisor, opened.id),
        lambda: qc.qc_queue(db, p.advisor),
        lambda: users.check_still_signed_in(db, p.advisor),
    ]
    refused = 0
    for action in actions:
        try:
            action()
        except AccountRevoked:
            refused += 1
    lost = len(before - order_numbers(path))
    db.dispose()
    return len(actions), refused, lost


def wrong_passwords(lab: Lab) -> tuple[int, int, int, str]:
    path = lab.copy("guessing")
    db = open_database(f"sqlite:///{path}")
    t0 = utcnow()
    refused = throttled = 0
    for i in range(100):
        try:
            users.authenticate(db, "sa1", f"guess{i}", now=t0 + timedelta(seconds=i))
        except users.SignInThrottled:
            refused += 1
            throttled += 1
        except DealerDeskError:
            refused += 1
    failed = ("sign_in_failed", "sign_in_throttled")
    logged = sum(1 for e in audit.list_entries(db, entity="user") if e.action in failed)
    # The right password still works once the wait is over: the account itself is not harmed.
    ok = users.authenticate(db, "sa1", PASSWORD, now=t0 + timedelta(days=30)).username == "sa1"
    db.dispose()
    note = f"{throttled} throttled, {logged} failures in the audit log, right password after the wait: {ok}"
    return 100, refused, 0 if ok and logged == 100 else 1, note


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=200)
    args = parser.parse_args()
    table = Table("Faults replayed (issue 11)", ["tried", "refused or survived", "lost"])
    with tempfile.TemporaryDirectory(prefix="dealerdesk-faults-") as tmp:
        lab = Lab(Path(tmp))
        rows: list[tuple[str, tuple[int, int, int]]] = [
            (f"kill -9 while saving x{args.kills}", kill_during_save(lab, args.kills)),
            ("file of a newer DealerDesk", newer_revision(lab)),
            ("damaged table page", damaged_page(lab)),
            ("write lock held by another program", held_write_lock(lab)),
            ("deactivated user still signed in", deactivated_signed_in(lab)),
        ]
        tried, refused, lost, note = wrong_passwords(lab)
        rows.append(("100 wrong passwords", (tried, refused, lost)))
    for name, (tried, handled, lost) in rows:
        table.add(name, [str(tried), str(handled), str(lost)], "lost 0, all handled", lost == 0 and handled == tried)
    table.print()
    print(f"kill -9: {sum(SAVED_BEFORE_KILLS)} orders committed before the kills, every one found after them")
    print(f"passwords: {note}")
    return 1 if table.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
