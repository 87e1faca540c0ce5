"""The renewal desk's weekly plan on ten years of a busy dealership (~60,000 vehicles).

    .venv/bin/python bench/bench_renewal_plan.py [--runs 7] [--orders 150000]

The dataset comes from ``generate_dataset.py``; it has no insurance policies, so a copy of it
(``bench/data/renewal-150k.sqlite``, made once by :func:`renewal_copy`) gets them: one policy per
vehicle expiring over the year after the dataset's last day (compulsory; commercial the same day
or up to ten days later), an insurer and a premium at random, and four renewal specialists. Last
week's plan is built and about half of its records called (next call this week or later), so the
plan reads both paths: first contacts and next calls.

Cases, for the week of the dataset's last day (about 8,000 policies due a call):
- the manager's plan view before the week is built (every due policy listed as a gap);
- building the week's plan the first time (records made, entries written, split evenly);
- the plan view after it (each specialist's planned/called/won, gaps) and one specialist's calls
  (the page lists them a specialist at a time);
- building it again (nothing new: the on-demand rebuild);
- a specialist's today screen.
The floor is the same statements replayed as raw sqlite3 (captured from the service: its SELECTs
fetched in full, its INSERTs and UPDATEs as the same executemany, in a transaction rolled back).
Target: ≤ 300 ms each (warm median; the first run shown apart). The machine's load average is
printed under the table: on a shared 2-core machine the floor itself moves with it.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchkit import Table, exit_status, ms
from generate_dataset import DEFAULT_ORDERS, ensure_dataset
from sqlalchemy import event

from dealerdesk.db.database import Database, open_database
from dealerdesk.db.migrate import HEAD_REVISION, current_revision, upgrade
from dealerdesk.domain.renewal_rules import week_start
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.renewal.plan import build_plan, plan_rows, plan_view
from dealerdesk.services.renewal.today import today_view
from dealerdesk.services.rework.views import day_start

TARGET_MS = 300.0
INSURERS = ("人保财险", "平安产险", "太平洋产险", "国寿财险", "大地保险", "中华联合", "阳光保险")
SPECIALISTS = (("rn1", "钱续保"), ("rn2", "冯续保"), ("rn3", "陈续保"), ("rn4", "褚续保"))


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def last_day(path: Path) -> date:
    with sqlite3.connect(path) as conn:
        last = conn.execute("SELECT max(created_at) FROM work_orders").fetchone()[0]
    return date.fromisoformat(str(last)[:10])


def renewal_copy(source: Path, seed: int = 17) -> Path:
    """The dataset with a policy per vehicle and four renewal specialists, made once beside it."""
    target = source.with_name(source.name.replace("dataset-", "renewal-"))
    if target.exists():
        db = open_database(f"sqlite:///{target}")
        try:
            if current_revision(db) != HEAD_REVISION:
                upgrade(db, backup_first=False)
        finally:
            db.dispose()
        return target
    partial_file = target.with_suffix(".partial")
    shutil.copyfile(source, partial_file)
    db = open_database(f"sqlite:///{partial_file}")
    upgrade(db, backup_first=False)
    admin = users.authenticate(db, "admin", "admin123")
    for username, name in SPECIALISTS:
        users.create_user(db, admin, username, name, "renew123", {Role.RENEWAL_SPECIALIST}, "")
    db.dispose()
    rng = random.Random(seed)
    end = last_day(partial_file)
    now = _ts(datetime.now(UTC))
    with sqlite3.connect(partial_file) as conn:
        vehicles = [r[0] for r in conn.execute("SELECT id FROM vehicles ORDER BY id")]
        rows = []
        for vid in vehicles:
            due = end + timedelta(days=rng.randrange(365))
            commercial = due + timedelta(days=rng.choice((0, 0, 0, 3, 10)))
            insurer = rng.choice(INSURERS)
            rows.append(
                (vid, due.year, insurer, "", due.isoformat(), commercial.isoformat(), due.isoformat(),
                 rng.randrange(1_800, 12_000) * 100, rng.choice(INSURERS), "import", now, now)
            )  # fmt: skip
        conn.executemany(
            "INSERT INTO insurance_policies (vehicle_id, policy_year, insurer, policy_no, compulsory_expiry, "
            "commercial_expiry, due_on, premium_fen, last_year_insurer, source, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    partial_file.rename(target)
    return target


def call_half_of_last_week(path: Path, end: date, seed: int = 18) -> None:
    """Half of last week's planned records were called: their next call falls this week or later."""
    rng = random.Random(seed)
    monday = week_start(end)
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM renewal_followups WHERE calls = 0")]
        called = rng.sample(ids, len(ids) // 2)
        conn.executemany(
            "UPDATE renewal_followups SET calls = 1, stage = 'follow_up', next_call_on = ? WHERE id = ?",
            [((monday + timedelta(days=rng.randrange(14))).isoformat(), fid) for fid in called],
        )


def samples(fn: Callable[[], object], runs: int, before: Callable[[], None] | None = None) -> tuple[float, list[float]]:
    """(first run, the next ``runs``) in seconds; ``before`` runs untimed ahead of each."""
    times = []
    for _ in range(runs + 1):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times[0], times[1:]


class AllSql:
    """Every statement the service sends (SELECTs, INSERTs, UPDATEs; executemany as one), as sent.

    A multi-row INSERT ... RETURNING arrives flagged as many with one flat list of values."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.statements: list[tuple[str, Any, bool]] = []

    def __enter__(self) -> AllSql:
        event.listen(self.db.engine, "before_cursor_execute", self._on_execute)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, _conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, many: bool) -> None:
        if sql.lstrip().upper().startswith(("SELECT", "WITH", "INSERT", "UPDATE", "DELETE")):
            self.statements.append((sql, params, many))


def replay_all(conn: sqlite3.Connection, statements: list[tuple[str, Any, bool]]) -> None:
    """The statements in one transaction, rolled back: the floor of a build is its reads and writes."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sql, params, many in statements:
            if many and params and isinstance(params[0], tuple | list):
                conn.executemany(sql, [tuple(p) for p in params])
            else:
                conn.execute(sql, tuple(params)).fetchall()
    finally:
        conn.execute("ROLLBACK")


def floor(
    db: Database, path: Path, fn: Callable[[], object], runs: int, before: Callable[[], None] | None = None
) -> float:
    """Median seconds of the statements ``fn`` sends, replayed in raw sqlite3 (writes rolled back)."""
    if before is not None:
        before()
    with AllSql(db) as capture:
        fn()
    if before is not None:
        before()
    with sqlite3.connect(path, isolation_level=None) as conn:
        _first, times = samples(lambda: replay_all(conn, capture.statements), runs)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--orders", type=int, default=DEFAULT_ORDERS)
    args = parser.parse_args()

    path = renewal_copy(ensure_dataset(orders=args.orders))
    end = last_day(path)
    monday = week_start(end)
    db = open_database(f"sqlite:///{path}")
    manager = users.authenticate(db, "manager", "manager1")
    specialist_view = next(u for u in users.list_users(db) if u.username == "rn1")
    specialist = Actor(specialist_view.id, specialist_view.username, specialist_view.full_name, specialist_view.roles)
    with sqlite3.connect(path) as conn:  # a run before this one leaves its plans: start from the same state
        for table in ("renewal_plan_entries", "renewal_plans", "renewal_followups"):
            conn.execute(f"DELETE FROM {table}")
        vehicles = conn.execute("SELECT count(*) FROM vehicles").fetchone()[0]
        policies = conn.execute("SELECT count(*) FROM insurance_policies").fetchone()[0]
    build_plan(db, manager, monday - timedelta(days=7))
    call_half_of_last_week(path, end)
    with sqlite3.connect(path) as conn:
        watermark = conn.execute("SELECT coalesce(max(id), 0) FROM renewal_followups").fetchone()[0]

    def unbuilt() -> None:
        """This week as before its first build: no plan, no records made by it."""
        with sqlite3.connect(path) as conn:
            conn.execute(
                "DELETE FROM renewal_plan_entries WHERE plan_id IN (SELECT id FROM renewal_plans WHERE week_start = ?)",
                (monday.isoformat(),),
            )
            conn.execute("DELETE FROM renewal_plans WHERE week_start = ?", (monday.isoformat(),))
            conn.execute("DELETE FROM renewal_plan_entries WHERE followup_id > ?", (watermark,))
            conn.execute("DELETE FROM renewal_followups WHERE id > ?", (watermark,))

    unbuilt()
    view = lambda: plan_view(db, manager, monday)  # noqa: E731
    gaps = view().gap_count
    cases: list[tuple[str, tuple[float, list[float]], float]] = []
    cases.append(("plan view, week not built", samples(view, args.runs), floor(db, path, view, args.runs)))
    build = lambda: build_plan(db, manager, monday)  # noqa: E731
    build_floor = floor(db, path, build, args.runs, before=unbuilt)
    cases.append(("build the week's plan", samples(build, args.runs, before=unbuilt), build_floor))
    built = build()  # the state the next cases read
    cases.append(("plan view, built", samples(view, args.runs), floor(db, path, view, args.runs)))
    rows = lambda: plan_rows(db, manager, monday, specialist.id)  # noqa: E731
    cases.append(("one specialist's planned calls", samples(rows, args.runs), floor(db, path, rows, args.runs)))
    cases.append(("build again (nothing new)", samples(build, args.runs), floor(db, path, build, args.runs)))
    at = day_start(end) + timedelta(hours=10)
    today = lambda: today_view(db, specialist, at)  # noqa: E731
    cases.append(("a specialist's today screen", samples(today, args.runs), floor(db, path, today, args.runs)))
    db.dispose()

    table = Table(
        f"Weekly renewal plan: {vehicles:,} vehicles, {policies:,} policies, week of {monday}: "
        f"{gaps:,} due a call, {built.total:,} planned for {len(SPECIALISTS)} specialists",
        ("first", "median", "max", "floor", "ratio"),
    )
    for name, (first, warm), raw in cases:
        median = statistics.median(warm)
        table.add(
            name,
            (ms(first), ms(median), ms(max(warm)), ms(raw), f"{median / raw:.1f}x"),
            f"≤ {TARGET_MS:.0f} ms",
            median * 1000 <= TARGET_MS,
        )
    table.print()
    return exit_status(table)


if __name__ == "__main__":
    raise SystemExit(main())
