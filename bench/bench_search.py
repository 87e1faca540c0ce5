"""Issue 3: finding and opening work orders on ten years of data (150,000 orders).

- Search typed in the work-order list: WorkOrdersPage.apply_filters (what its search
  delay or Enter calls) until the rows are on screen, with the status filter at its
  default (not yet delivered); and ``order_search.search_orders`` alone with any status
  (looking up history). Plate fragment, VIN suffix, mobile and order number, at least
  200 queries per kind drawn at random (fixed seed) from the data. Every SELECT the
  application sent is captured (SQLAlchemy's cursor events) and replayed as raw sqlite3
  on the same file with the same parameters: the ratio shows what the layers above
  SQLite add.
- The list as it opens: WorkOrdersPage built with its default filters and shown.
- Opening an order: WorkOrderDialog(ctx, order_id=...) built and shown.

Qt runs offscreen. Timings are warm (a first pass fills SQLite's and the OS's caches),
as at the front desk after the first search of the day; "cold" is the first call.

    .venv/bin/python bench/bench_search.py [--queries N] [--explain]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from benchkit import Table, median, ms, percentile
from generate_dataset import ensure_dataset
from sqlalchemy import event

from dealerdesk.db.database import Database, open_database
from dealerdesk.services import users
from dealerdesk.services.orders import search as order_search
from dealerdesk.services.orders.search import OrderQuery

PAGE = 100
TARGET_SEARCH_P95 = 0.050
TARGET_FIRST_PAGE = 0.200
TARGET_OPEN = 0.150
TARGET_RATIO = 3.0


@dataclass(frozen=True)
class Kind:
    name: str
    draw: Callable[[sqlite3.Connection, random.Random, int], list[str]]


def _sample(conn: sqlite3.Connection, sql: str, rng: random.Random, n: int) -> list[str]:
    values = [str(r[0]) for r in conn.execute(sql)]
    return [rng.choice(values) for _ in range(n)]


def plate_fragments(conn: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """What an advisor types for a plate: its last 3-5 characters, or the whole plate."""
    plates = _sample(conn, "SELECT plate FROM vehicles WHERE plate <> ''", rng, n)
    return [p if rng.random() < 0.25 else p[-rng.randint(3, 5) :] for p in plates]


def vin_suffixes(conn: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """The last 6 or 8 characters of a VIN, as read off the windscreen or the registration."""
    vins = _sample(conn, "SELECT vin FROM vehicles", rng, n)
    return [v[-rng.choice((6, 8)) :] for v in vins]


def mobiles(conn: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """A customer's mobile: the full number, or its last four digits (尾号) for a quarter."""
    numbers = _sample(conn, "SELECT mobile FROM customers", rng, n)
    return [m[-4:] if rng.random() < 0.25 else m for m in numbers]


def order_numbers(conn: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """A full order number from the paper (QR code or typed), sometimes without the WO."""
    numbers = _sample(conn, "SELECT number FROM work_orders", rng, n)
    return [x if rng.random() < 0.8 else x[2:] for x in numbers]


KINDS = [
    Kind("plate fragment", plate_fragments),
    Kind("VIN suffix", vin_suffixes),
    Kind("mobile", mobiles),
    Kind("order number", order_numbers),
]


class SqlCapture:
    """The SELECTs (plain or led by a WITH clause) the service sends, exactly as sent."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.statements: list[tuple[str, Any]] = []

    def __enter__(self) -> SqlCapture:
        event.listen(self.db.engine, "before_cursor_execute", self._on_execute)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.db.engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):  # WITH: CTE-led SELECTs
            self.statements.append((statement, parameters))


def fetch_raw(conn: sqlite3.Connection, sql: str, params: Any) -> list[Any]:
    return conn.execute(sql, params).fetchall()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@dataclass
class Samples:
    """One kind of query: the application's time and the raw replay of the same SELECTs."""

    app: list[float]
    raw: list[float]
    statements: list[list[tuple[str, Any]]]

    @property
    def ratio(self) -> float:
        return median(self.app) / median(self.raw)

    @property
    def within_ratio(self) -> bool:
        """≤ 3x raw; when raw SQLite answers in under a millisecond (an exact order number
        is one index probe, ~20 µs) the ratio measures only the fixed cost of a Python call,
        a session and row objects, so there the bar is ≤ 1 ms above raw instead."""
        if median(self.raw) >= SUB_MS:
            return self.ratio <= TARGET_RATIO
        return median(self.app) - median(self.raw) <= SUB_MS


def measure(
    db: Database, raw: sqlite3.Connection, texts: list[str], prepare: Callable[[str], None], act: Callable[[], object]
) -> Samples:
    """Capture the SELECTs ``act`` sends (first pass, which also warms the caches), then time both."""
    statements = []
    for text in texts:
        prepare(text)
        with SqlCapture(db) as capture:
            act()
        statements.append(capture.statements)
    samples = Samples([], [], statements)
    for text, sent in zip(texts, statements, strict=True):
        prepare(text)
        samples.app.append(timed(act))
        samples.raw.append(timed(partial(replay, raw, sent)))
    return samples


SUB_MS = 0.001


def replay(conn: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    for sql, params in statements:
        conn.execute(sql, params).fetchall()


def add_row(table: Table, name: str, s: Samples, judge_ratio: bool = True) -> None:
    """``judge_ratio`` False: the list also fills a Qt model and repaints, which raw SQL does not do,
    so the ratio is shown but the row is judged on what the advisor waits for (p95)."""
    table.add(
        name,
        (ms(median(s.app)), ms(percentile(s.app, 95)), ms(max(s.app)),
         ms(median(s.raw)), ms(percentile(s.raw, 95)), f"{s.ratio:.1f}x"),
        f"p95 ≤ {TARGET_SEARCH_P95 * 1000:.0f} ms" + (f", ≤ {TARGET_RATIO:.0f}x" if judge_ratio else ""),
        percentile(s.app, 95) <= TARGET_SEARCH_P95 and (s.within_ratio or not judge_ratio),
    )  # fmt: skip


def explain(raw: sqlite3.Connection, kind: str, texts: list[str], s: Samples) -> None:
    slowest = max(range(len(texts)), key=lambda i: s.app[i])
    print(f"-- {kind}: slowest query {texts[slowest]!r} ({ms(s.app[slowest])})")
    for sql, params in s.statements[slowest]:
        print(sql)
        print("params:", params)
        for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params):
            print("   ", row)
        print()


HEADERS = ("median", "p95", "max", "raw median", "raw p95", "ratio")


def bench_searches(db: Database, raw: sqlite3.Connection, page: Any, n: int, show_plans: bool) -> tuple[Table, Table]:
    """The list's search box (default status filter) and the service alone (any status)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    rng = random.Random(20261126)
    in_page = Table(
        f"Search typed in the work-order list (WorkOrdersPage.apply_filters: page of {PAGE}, total, due count; "
        f"status filter at its default, not yet delivered) — {n} random queries per kind",
        HEADERS,
    )
    service = Table(
        f"Search, any status (order_search.search_orders, first page of {PAGE}) — {n} random queries per kind",
        HEADERS,
    )

    def type_in(text: str) -> None:
        page.search.setText(text)

    def search_in_page() -> None:
        page.apply_filters()  # what the search delay's timer or Enter calls
        app.processEvents()  # rows on screen

    for kind in KINDS:
        texts = kind.draw(raw, rng, n)
        listed = measure(db, raw, texts, type_in, search_in_page)
        add_row(in_page, kind.name, listed, judge_ratio=False)
        current = {"query": OrderQuery()}

        def set_text(text: str, current: dict[str, OrderQuery] = current) -> None:
            current["query"] = OrderQuery(text=text)

        def search_alone(current: dict[str, OrderQuery] = current) -> object:
            return order_search.search_orders(db, current["query"], limit=PAGE)

        alone = measure(db, raw, texts, set_text, search_alone)
        add_row(service, kind.name, alone)
        if show_plans:
            explain(raw, f"{kind.name}, any status", texts, alone)
    page.search.clear()
    page.apply_filters()
    return in_page, service


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns that it cannot honour window hints; not the application's doing."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def ui_context(db: Database) -> Any:
    """The QApplication (offscreen) and the context a signed-in advisor's window has."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dealerdesk.services.settings import get_settings
    from dealerdesk.ui.context import UiContext

    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    quiet_offscreen_warnings()
    return UiContext(db, users.authenticate(db, "sa1", "advisor1"), get_settings(db), "en")


def bench_first_page(db: Database, raw: sqlite3.Connection, ctx: Any, runs: int) -> tuple[Table, Any]:
    """The list as it opens: WorkOrdersPage built with its default filters, shown, rows painted."""
    from PySide6.QtWidgets import QApplication

    from dealerdesk.ui.orders.work_orders_page import WorkOrdersPage

    app = QApplication.instance()
    assert app is not None

    def open_page() -> Any:
        page = WorkOrdersPage(ctx)
        page.resize(1280, 760)
        page.show()
        app.processEvents()
        return page

    with SqlCapture(db) as capture:
        start = time.perf_counter()
        page = open_page()  # cold: first use of these queries in the process
        cold = time.perf_counter() - start
    pages = [page]
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        pages.append(open_page())
        warm.append(time.perf_counter() - start)
    direct = [timed(partial(replay, raw, capture.statements)) for _ in range(runs)]
    for old in pages[1:]:
        old.close()
        old.deleteLater()
    app.processEvents()
    table = Table(
        f"Work-order list as it opens (WorkOrdersPage, default filters) — {runs} runs", ("cold", "median", "p95")
    )
    table.add(
        f"page built and shown, first {PAGE} rows",
        (ms(cold), ms(median(warm)), ms(percentile(warm, 95))),
        f"≤ {TARGET_FIRST_PAGE * 1000:.0f} ms",
        max(cold, percentile(warm, 95)) <= TARGET_FIRST_PAGE,
    )
    table.add(
        f"  of which its {len(capture.statements)} SELECTs as raw sqlite3",
        ("", ms(median(direct)), ms(percentile(direct, 95))),
    )
    return table, page


def bench_open_order(db: Database, raw: sqlite3.Connection, ctx: Any, runs: int) -> Table:
    from PySide6.QtWidgets import QApplication

    from dealerdesk.services.orders.work_orders import load_order
    from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog

    app = QApplication.instance()
    assert app is not None
    rng = random.Random(7)
    ids = [r[0] for r in raw.execute("SELECT id FROM work_orders")]
    # Mostly recent orders (the ones people open), some old ones from a customer's history.
    picks = [rng.choice(ids[-3000:]) if rng.random() < 0.7 else rng.choice(ids) for _ in range(runs + 1)]

    def open_dialog(order_id: int) -> None:
        dialog = WorkOrderDialog(ctx, order_id=order_id)
        dialog.show()
        app.processEvents()  # laid out and painted
        dialog.close()
        dialog.deleteLater()

    cold = timed(partial(open_dialog, picks[0]))
    warm = [timed(partial(open_dialog, i)) for i in picks[1:]]
    app.processEvents()
    loads = [timed(partial(load_order, db, i)) for i in picks[1:]]
    table = Table(f"Opening an order — {runs} random orders", ("cold", "median", "p95"))
    table.add(
        "WorkOrderDialog(order_id) shown",
        (ms(cold), ms(median(warm)), ms(percentile(warm, 95))),
        f"≤ {TARGET_OPEN * 1000:.0f} ms",
        max(cold, percentile(warm, 95)) <= TARGET_OPEN,
    )
    table.add("  of which work_orders.load_order", ("", ms(median(loads)), ms(percentile(loads, 95))))
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search and open-order benchmark (issue 3)")
    parser.add_argument("--queries", type=int, default=200, help="random queries per kind (at least 200)")
    parser.add_argument("--explain", action="store_true", help="print the slowest query's SQL and plan per kind")
    args = parser.parse_args(argv)
    path: Path = ensure_dataset()
    db = open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ctx = ui_context(db)
        first_page, page = bench_first_page(db, raw, ctx, 20)
        in_page, service = bench_searches(db, raw, page, args.queries, args.explain)
        tables = [in_page, service, first_page, bench_open_order(db, raw, ctx, 30)]
    finally:
        raw.close()
        db.dispose()
    for table in tables:
        table.print()
    return 1 if any(t.failed for t in tables) else 0


if __name__ == "__main__":
    sys.exit(main())
