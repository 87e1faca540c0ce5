"""How long the service manager waits for the daily document audit on a busy dealership's database.

    .venv/bin/python bench/bench_document_audit.py [--runs 7] [--orders 150000]

The dataset comes from ``generate_dataset.py`` (built once and cached), copied and migrated to the
current schema so the audit's tables exist. Cases: auditing the busiest recent day (about 50 orders)
the first time (findings and scope written) and again (warm), loading the day for the page, and a
week (the seven days in one go, as the page's week button does; then the week's scores). The floor is
the same reads done in raw sqlite3 (the day's order ids through the three indexes, then the orders,
concerns, labour lines, extra work, rounds and signatures of those ids): what any implementation must
read. Target: ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchkit import Table  # first: puts the project on sys.path
from generate_dataset import DEFAULT_ORDERS, ensure_dataset

from dealerdesk.db.database import open_database
from dealerdesk.db.migrate import upgrade
from dealerdesk.services import users
from dealerdesk.services.review import document_audit as audit
from dealerdesk.services.rework.views import day_start

TARGET_MS = 200.0


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first run ms, median of the next ``runs`` ms)."""
    start = time.perf_counter()
    fn()
    first = (time.perf_counter() - start) * 1000
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        warm.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(warm)


def raw_reads(path: Path, days: list[date]) -> Callable[[], int]:
    """The floor: the audit's reads for ``days`` in plain sqlite3 (no ORM, no rules)."""

    def run() -> int:
        rows = 0
        with sqlite3.connect(path) as conn:
            for day in days:
                lo = _naive_utc(day_start(day))
                hi = _naive_utc(day_start(day + timedelta(days=1)))
                ids = {
                    r[0]
                    for q in (
                        "SELECT id FROM work_orders WHERE updated_at >= ? AND updated_at < ?",
                        "SELECT r.order_id FROM qc_signoffs s JOIN qc_rounds r ON r.id = s.round_id"
                        " WHERE s.signed_at >= ? AND s.signed_at < ?",
                        "SELECT order_id FROM extra_work WHERE recorded_at >= ? AND recorded_at < ?",
                    )
                    for r in conn.execute(q, (lo, hi))
                }
                marks = ",".join("?" * len(ids))
                for q in (
                    f"SELECT * FROM work_orders WHERE id IN ({marks})",
                    f"SELECT * FROM concerns WHERE order_id IN ({marks})",
                    f"SELECT * FROM labour_lines WHERE order_id IN ({marks})",
                    f"SELECT * FROM extra_work WHERE order_id IN ({marks})",
                    f"SELECT * FROM qc_rounds WHERE order_id IN ({marks})",
                    "SELECT s.* FROM qc_signoffs s JOIN qc_rounds r ON r.id = s.round_id"
                    f" WHERE r.order_id IN ({marks})",
                ):
                    rows += len(conn.execute(q, tuple(ids)).fetchall())
        return rows

    return run


def _naive_utc(moment: datetime) -> str:
    """As SQLAlchemy's UTCDateTime stores it in SQLite."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--orders", type=int, default=DEFAULT_ORDERS)
    args = parser.parse_args()

    source = ensure_dataset(orders=args.orders)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audit.sqlite"
        shutil.copyfile(source, path)
        db = open_database(f"sqlite:///{path}")
        upgrade(db)
        manager = users.authenticate(db, "manager", "manager1")
        with sqlite3.connect(path) as conn:
            orders = conn.execute("SELECT count(*) FROM work_orders").fetchone()[0]
            last = conn.execute("SELECT max(updated_at) FROM work_orders").fetchone()[0]
        end = date.fromisoformat(str(last)[:10]) - timedelta(days=1)
        # The busiest of the last four weeks' days: the heaviest day a manager audits.
        candidates = [end - timedelta(days=i) for i in range(28)]
        with db.read() as s:
            sizes = {
                d: len(audit.active_order_ids(s, day_start(d), day_start(d + timedelta(days=1)))) for d in candidates
            }
        busiest = max(sizes, key=lambda d: sizes[d])
        week = [end - timedelta(days=6 - i) for i in range(7)]
        week_orders = sum(sizes[d] for d in week)

        def audit_day() -> object:
            return audit.run_audit(db, manager, busiest)

        first_ms, warm_ms = timed(audit_day, args.runs)
        load_first, load_warm = timed(lambda: audit.load_day(db, manager, busiest), args.runs)

        def audit_week() -> object:
            audit.run_audits(db, manager, week[0], week[-1])
            return audit.scores(db, manager, week[0], week[-1], audit.Grain.WEEK)

        week_first, week_warm = timed(audit_week, args.runs)
        floor_day = timed(raw_reads(path, [busiest]), args.runs)[1]
        floor_week = timed(raw_reads(path, week), args.runs)[1]
        db.dispose()

    table = Table(
        f"Document audit on {orders:,} orders (busiest day {busiest}: {sizes[busiest]} orders; week: {week_orders})",
        ("first ms", "warm ms", "floor ms", "ratio"),
    )

    def row(name: str, first: float, warm: float, floor: float) -> None:
        ok = first <= TARGET_MS and warm <= TARGET_MS
        table.add(
            name, (f"{first:.1f}", f"{warm:.1f}", f"{floor:.1f}", f"{warm / floor:.1f}x"), f"≤ {TARGET_MS:.0f} ms", ok
        )

    row("audit one day", first_ms, warm_ms, floor_day)
    row("load the day for the page", load_first, load_warm, floor_day)
    row("audit a week + week's scores", week_first, week_warm, floor_week)
    table.print()
    return 1 if table.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
