"""kill -9 of a workstation in the middle of saving, again and again, on PostgreSQL (issue 13).

A child process ("the workstation") opens complete work orders in a loop — each with two
concerns, two labour lines and one parts line, written in one transaction with its audit
entry — and says on stdout when each save starts and ends. The parent kills it with SIGKILL
after a random moment, then checks the database: no order may lack any of its parts
(half-written), no line may be orphaned, every order has its audit entry, order numbers are
unique, and the server takes the next save at once (the killed transaction's advisory lock is
gone). Prints a table: runs, kills that landed mid-save, orders written, half-written (must be 0).

    .venv/bin/python bench/crash_pg.py --pg postgresql://dealerdesk@/dd_crash?host=/tmp/pg --runs 100
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import benchkit
from benchkit import Table, secs

from dealerdesk.db.database import mask_url, open_database, resolve_url
from dealerdesk.db.migrate import upgrade
from dealerdesk.domain.order_rules import LabourLineInput, OrderInput, PartsLineInput
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation.vin import with_check_digit
from dealerdesk.domain.vocabulary import FuelLevel, PaymentType, ServiceCategory
from dealerdesk.services import users
from dealerdesk.services.orders import work_orders

CHECKS = {
    "orders without both concerns": "SELECT count(*) FROM work_orders o WHERE o.status <> 'draft' AND "
    "(SELECT count(*) FROM concerns c WHERE c.order_id = o.id) <> 2",
    "orders without both labour lines": "SELECT count(*) FROM work_orders o WHERE o.status <> 'draft' AND "
    "(SELECT count(*) FROM labour_lines l WHERE l.order_id = o.id) <> 2",
    "orders without their parts line": "SELECT count(*) FROM work_orders o WHERE o.status <> 'draft' AND "
    "(SELECT count(*) FROM parts_lines p WHERE p.order_id = o.id) <> 1",
    "orders without an audit entry": "SELECT count(*) FROM work_orders o WHERE NOT EXISTS "
    "(SELECT 1 FROM audit_log a WHERE a.entity = 'work_order' AND a.entity_id = CAST(o.id AS VARCHAR))",
    "duplicate order numbers": "SELECT count(*) - count(DISTINCT number) FROM work_orders",
    "orders without a vehicle": "SELECT count(*) FROM work_orders WHERE status <> 'draft' AND vehicle_id IS NULL",
}


def order(rng: random.Random, technician_id: int) -> OrderInput:
    vin = with_check_digit("LSVAU2180N" + "".join(rng.choice("0123456789") for _ in range(7)))
    now = datetime.now(UTC).replace(microsecond=0)
    return OrderInput(
        customer_name="崩溃测试" + str(rng.randint(1, 10**6)),
        customer_mobile="13800138000",
        plate="川A" + "".join(rng.choice("0123456789") for _ in range(5)),
        vin=vin,
        model="朗逸 1.5L",
        colour="白色",
        mileage_in=rng.randint(1000, 90_000),
        fuel_level=FuelLevel.HALF,
        category=ServiceCategory.PERIODIC_MAINTENANCE,
        payment_type=PaymentType.CUSTOMER,
        concerns=["做保养", "刹车有异响"],
        labour_lines=[
            LabourLineInput("更换机油机滤", 100, 30000, technician_id),
            LabourLineInput("检查刹车", 50, 30000, technician_id),
        ],
        parts_lines=[PartsLineInput("06L115562", "机油滤清器", 1000, 8800)],
        estimate_fen=53800,
        checked_in_at=now,
        promised_at=now + timedelta(hours=3),
        customer_waits=True,
    )


def child(url: str) -> int:
    """The workstation: opens orders until it is killed."""
    db = open_database(url)
    advisor = users.authenticate(db, "crash_sa", "crash-pass-1")
    technician_id = next(u.id for u in users.list_users(db) if u.username == "crash_tech")
    rng = random.Random(os.getpid())
    n = 0
    while True:
        n += 1
        print(f"saving {n}", flush=True)
        work_orders.open_order(db, advisor, order(rng, technician_id))
        print(f"saved {n}", flush=True)


def prepare(url: str) -> None:
    db = open_database(url)
    upgrade(db)
    if users.needs_first_admin(db):
        admin = users.create_first_admin(db, "crash_admin", "管理员", "crash-pass-1")
        users.create_user(db, admin, "crash_sa", "前台", "crash-pass-1", {Role.ADVISOR})
        users.create_user(db, admin, "crash_tech", "技师", "crash-pass-1", {Role.TECHNICIAN}, "")
    db.dispose()


def check(url: str) -> dict[str, int]:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return {name: int(conn.exec_driver_sql(sql).scalar() or 0) for name, sql in CHECKS.items()}
    finally:
        db.dispose()


def count_orders(url: str) -> int:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM work_orders").scalar() or 0)
    finally:
        db.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="kill -9 mid-save on PostgreSQL")
    parser.add_argument("--pg", required=True, help="a PostgreSQL database URL (new or used by this script only)")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    url = resolve_url(args.pg)
    if args.child:
        return child(url)
    if not url.startswith("postgresql"):
        parser.error("--pg must be a PostgreSQL URL")
    prepare(url)
    before = count_orders(url)
    rng = random.Random(13)
    mid_save = 0
    worst: dict[str, int] = dict.fromkeys(CHECKS, 0)
    next_save = []
    started = time.perf_counter()
    for _ in range(args.runs):
        proc = subprocess.Popen([sys.executable, __file__, "--pg", url, "--child"], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        # Wait for the first save to begin (the import and sign-in take a while), then kill at random.
        first = proc.stdout.readline()
        assert first.startswith("saving"), first
        time.sleep(rng.uniform(0.0, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        out = first + proc.stdout.read()
        proc.wait()
        began, ended = out.count("saving"), out.count("saved")
        mid_save += began > ended
        for name, found in check(url).items():
            worst[name] = max(worst[name], found)
        t = time.perf_counter()
        next_db = open_database(url)  # the next workstation saves at once: no lock left behind
        advisor = users.authenticate(next_db, "crash_sa", "crash-pass-1")
        tech = next(u.id for u in users.list_users(next_db) if u.username == "crash_tech")
        work_orders.open_order(next_db, advisor, order(rng, tech))
        next_db.dispose()
        next_save.append(time.perf_counter() - t)
    written = count_orders(url) - before
    table = Table(
        f"kill -9 of a workstation mid-save, {args.runs} times, PostgreSQL ({mask_url(url)})",
        ("value",),
    )
    table.add("runs", (str(args.runs),))
    table.add("killed while a save was in flight", (str(mid_save),))
    table.add("orders saved in all (children + one check save per run)", (str(written),))
    for name, found in worst.items():
        table.add(name, (str(found),), "0", found == 0)
    table.add("slowest next save after a kill", (secs(max(next_save)),), "≤ 5 s", max(next_save) <= 5)
    table.add("total time", (secs(time.perf_counter() - started),))
    table.print()
    return benchkit.exit_status(table)


if __name__ == "__main__":
    sys.exit(main())
