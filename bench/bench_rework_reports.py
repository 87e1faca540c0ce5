"""How long the rework screens take on ten years of a busy dealership (150,000 orders).

    .venv/bin/python bench/bench_rework_reports.py [--runs 7] [--orders 150000]

The dataset comes from ``generate_dataset.py`` (built once, then loaded from the cache).
Each figure is the median of ``--runs`` warm runs, with the first (cold: SQLite pages not
yet in memory) shown apart. Target: a year's report in at most 300 ms, both from the service
and as the manager waits for it on the Reports page (service, five tables and five charts,
drawn offscreen).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from benchkit import machine_load  # first: puts the project on sys.path
from generate_dataset import DEFAULT_ORDERS, ensure_dataset
from PySide6.QtCore import QDate, qInstallMessageHandler

from dealerdesk.db.database import Database, open_database
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.rework import register as rework
from dealerdesk.services.rework.register import ReworkFilter
from dealerdesk.services.rework.reports import build_report

TARGET_YEAR_MS = 300.0


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """(cold ms, warm median ms, last result)."""
    start = time.perf_counter()
    result = fn()
    cold = (time.perf_counter() - start) * 1000
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        warm.append((time.perf_counter() - start) * 1000)
    return cold, statistics.median(warm), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--orders", type=int, default=DEFAULT_ORDERS)
    args = parser.parse_args()

    path = ensure_dataset(orders=args.orders)
    db = open_database(f"sqlite:///{path}")
    manager = users.authenticate(db, "manager", "manager1")
    with db.engine.connect() as conn:
        last = conn.exec_driver_sql("SELECT max(delivered_at) FROM work_orders").scalar()
        counts = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM work_orders), (SELECT count(*) FROM rework_records)"
        ).one()
    end = date.fromisoformat(str(last)[:10])
    year = end.year - 1  # the last complete calendar year
    page_year = _reports_page(db, manager, date(year, 1, 1), date(year, 12, 31))
    cases: list[tuple[str, Callable[[], object]]] = [
        (f"report, year {year}", lambda: build_report(db, manager, date(year, 1, 1), date(year, 12, 31))),
        (f"report, year {year - 5}", lambda: build_report(db, manager, date(year - 5, 1, 1), date(year - 5, 12, 31))),
        ("report, last 12 months", lambda: build_report(db, manager, end - timedelta(days=364), end)),
        ("report, last month", lambda: build_report(db, manager, end - timedelta(days=30), end)),
        ("report, all ten years", lambda: build_report(db, manager, date(end.year - 10, 1, 1), end)),
        (f"reports page, year {year}", page_year),
        (
            "register, last 12 months",
            lambda: rework.list_reworks(db, manager, ReworkFilter(end - timedelta(days=364), end)),
        ),
    ]
    print(f"dataset: {path.name}, {counts[0]:,} orders, {counts[1]:,} rework records, last delivery {end}")
    print(f"{'case':<28} {'cold ms':>9} {'warm ms':>9}  {'rows':>6}  target")
    failed = False
    for name, fn in cases:
        cold, warm, result = timed(fn, args.runs)
        rows = len(result) if isinstance(result, list) else getattr(getattr(result, "overall", None), "delivered", "")
        rows = result if isinstance(result, int) else rows
        target = ""
        if name.startswith(("report, year", "reports page, year")) or name == "report, last 12 months":
            ok = warm <= TARGET_YEAR_MS and cold <= TARGET_YEAR_MS
            failed |= not ok
            target = f"≤ {TARGET_YEAR_MS:.0f} ms {'OK' if ok else 'MISSED'}"
        print(f"{name:<28} {cold:9.1f} {warm:9.1f}  {rows!s:>6}  {target}")
    print(machine_load())
    db.dispose()
    return 1 if failed else 0


def _reports_page(db: Database, manager: Actor, start: date, end: date) -> Callable[[], object]:
    """The Reports page refreshing for the period, charts painted: what the manager waits for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dealerdesk.services.settings import get_settings
    from dealerdesk.ui.context import UiContext
    from dealerdesk.ui.rework.reports_page import ReportsPage

    # The offscreen platform warns on every window it cannot size-hint: not news, and it buries the table.
    qInstallMessageHandler(
        lambda _mode, _ctx, msg: None if "propagateSizeHints" in msg else print(msg, file=sys.stderr)
    )
    app = QApplication.instance() or QApplication([])
    page = ReportsPage(UiContext(db, manager, get_settings(db), "en"))
    page.resize(1400, 860)
    page.show()
    page.date_from.setDate(QDate(start.year, start.month, start.day))
    page.date_to.setDate(QDate(end.year, end.month, end.day))

    def refresh() -> object:
        page.refresh()
        page.grab()  # lay out and paint the visible chart and table
        app.processEvents()
        return page.report.overall.delivered if page.report else 0

    return refresh


if __name__ == "__main__":
    raise SystemExit(main())
