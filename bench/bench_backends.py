"""The same reads on SQLite and on PostgreSQL, side by side (issue 13).

On the 150k-order dataset: search (plate fragment, VIN suffix, mobile), the work-order list's
first page as it opens (the active orders, how many, how many due; and, for comparison, all
statuses), opening an order, a year's rework report. Each is timed through the services on
the SQLite file and on a PostgreSQL copy of it (made with ``dealerdesk db copy``, timed and
verified the first time), with the same random inputs; the ratio PostgreSQL/SQLite is judged.

Then the start (``--starts`` fresh processes each, as bench_scale.py measures it): the sign-in
dialog painted after launch against a bare QDialog (issue 14: ≤ 1.5x), and OK to the main
window painted (≤ 250 ms), on the file and on the server.

    .venv/bin/python bench/bench_backends.py --pg postgresql://dealerdesk@/dd_bench?host=/tmp/pg
    .venv/bin/python bench/bench_backends.py --pg URL --sqlite FILE --queries 200

Targets (over a local socket): each PostgreSQL p95 ≤ 2x SQLite's; search p95 ≤ 50 ms on both.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import benchkit
from bench_search import mobiles, plate_fragments, vin_suffixes
from benchkit import Table, median, ms, percentile, secs
from generate_dataset import ensure_dataset

from dealerdesk.db.copy import copy_database
from dealerdesk.db.database import Database, mask_url, open_database, resolve_url
from dealerdesk.db.migrate import current_revision
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders.search import DUE_SOON, OrderQuery, count_orders, count_with_due, search_orders
from dealerdesk.services.orders.work_orders import load_order
from dealerdesk.services.rework import reports as rework_reports
from dealerdesk.ui.orders.work_orders_page import ACTIVE_STATUSES

PAGE = 100
TARGET_RATIO = 2.0
TARGET_SEARCH_P95 = 0.050


def timings(run: Callable[[object], object], inputs: Sequence[object]) -> list[float]:
    run(inputs[0])  # warm: statement caches, the first page of the index in memory
    out = []
    for x in inputs:
        start = time.perf_counter()
        run(x)
        out.append(time.perf_counter() - start)
    return out


def prepare_pg(sqlite_url: str, pg_url: str) -> Table | None:
    """Copy the dataset into the PostgreSQL database once (timed, verified); None if already there."""
    pg = open_database(pg_url)
    try:
        if current_revision(pg) is not None:
            return None
    finally:
        pg.dispose()
    started = time.perf_counter()
    report = copy_database(sqlite_url, pg_url)
    took = time.perf_counter() - started
    pg = open_database(pg_url)
    with pg.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")  # what an office server's autovacuum does soon after a restore
    pg.dispose()
    table = Table(f"dealerdesk db copy: the dataset SQLite -> PostgreSQL ({mask_url(pg_url)})", ("rows", "time"))
    for t in report.tables:
        if t.rows >= 1000:
            table.add(f"  {t.table}", (f"{t.rows:,}", ""), f"sha256 {t.checksum[:12]} verified", True)
    table.add("all tables, copied and verified", (f"{report.rows:,}", secs(took)))
    return table


def start_ups(path: Path, pg_url: str, runs: int) -> Table:
    """The real start on each database: sign-in painted (a bare QDialog launched in turn) and OK to window."""
    from bench_scale import DIALOG_RATIO, TYPING_S, WINDOW_AFTER_OK, starts

    table = Table(
        f"The start, {runs} fresh processes each (sign-in typed in {TYPING_S:.0f} s)",
        ("dialog painted", "bare QDialog", "ratio", "OK to window"),
    )
    with tempfile.TemporaryDirectory(prefix="dealerdesk-backends-") as tmp:
        for name, where in (("SQLite file", str(path)), ("PostgreSQL server", pg_url)):
            seen = starts(where, runs, Path(tmp) / "config")
            dialog, bare, after_ok = median(seen["dialog"]), median(seen["bare"]), median(seen["after_ok"])
            table.add(
                name,
                (ms(dialog), ms(bare), f"{dialog / bare:.2f}x", ms(after_ok)),
                f"≤ {DIALOG_RATIO}x bare, OK to window ≤ {WINDOW_AFTER_OK * 1000:.0f} ms",
                dialog <= DIALOG_RATIO * bare and after_ok <= WINDOW_AFTER_OK,
            )
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pg",
        default=os.environ.get("DEALERDESK_BENCH_PG_URL"),
        help="a PostgreSQL database URL (empty: the dataset is copied in); default DEALERDESK_BENCH_PG_URL",
    )
    parser.add_argument("--sqlite", type=Path, help="the SQLite dataset (default: bench/data/dataset-150k.sqlite)")
    parser.add_argument("--queries", type=int, default=200, help="random queries per search kind")
    parser.add_argument("--starts", type=int, default=5, help="fresh start-ups per database (0: none)")
    args = parser.parse_args(argv)
    if not args.pg:
        parser.error("needs a PostgreSQL database: --pg URL or DEALERDESK_BENCH_PG_URL")
    path = args.sqlite or ensure_dataset()
    sqlite_url, pg_url = f"sqlite:///{path}", resolve_url(args.pg)
    tables: list[Table] = []
    if (copied := prepare_pg(sqlite_url, pg_url)) is not None:
        tables.append(copied)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rng = random.Random(20261202)
    searches = {
        "search: plate fragment": plate_fragments(raw, rng, args.queries),
        "search: VIN suffix": vin_suffixes(raw, rng, args.queries),
        "search: mobile": mobiles(raw, rng, args.queries),
    }
    ids = [r[0] for r in raw.execute("SELECT id FROM work_orders WHERE status <> 'draft'")]
    opened = [rng.choice(ids) for _ in range(30)]
    year = int(raw.execute("SELECT max(substr(delivered_at, 1, 4)) FROM work_orders").fetchone()[0]) - 1
    manager_id = raw.execute("SELECT id FROM users WHERE username = 'manager'").fetchone()[0]
    raw.close()
    manager = Actor(manager_id, "manager", "manager", frozenset({Role.MANAGER}))

    def cases(db: Database) -> dict[str, tuple[Callable[[object], object], Sequence[object]]]:
        def search(text: object) -> object:
            return search_orders(db, OrderQuery(text=str(text)), limit=PAGE)

        def first_page(_: object) -> object:  # as the list opens: its rows, how many, how many due
            query = OrderQuery(statuses=ACTIVE_STATUSES)
            rows = search_orders(db, query, limit=PAGE)
            return rows, count_with_due(db, query, datetime.now(UTC) + DUE_SOON)

        def all_statuses(_: object) -> object:
            query = OrderQuery()
            return search_orders(db, query, limit=PAGE), count_orders(db, query)

        def open_order(order_id: object) -> object:
            return load_order(db, int(str(order_id)))

        def report(_: object) -> object:
            return rework_reports.build_report(db, manager, date(year, 1, 1), date(year, 12, 31))

        out: dict[str, tuple[Callable[[object], object], Sequence[object]]] = {
            name: (search, list(texts)) for name, texts in searches.items()
        }
        out[f"first page ({PAGE} rows + counts)"] = (first_page, list(range(20)))
        out["  all statuses (rows + count)"] = (all_statuses, list(range(20)))
        out["open an order"] = (open_order, list(opened))
        out[f"rework report, year {year}"] = (report, list(range(5)))
        return out

    results: dict[str, dict[str, list[float]]] = {}
    for backend, url in (("sqlite", sqlite_url), ("postgresql", pg_url)):
        db = open_database(url)
        try:
            for name, (run, inputs) in cases(db).items():
                results.setdefault(name, {})[backend] = timings(run, inputs)
        finally:
            db.dispose()

    side = Table(
        f"Same reads, SQLite file vs PostgreSQL over a local socket — {path.name}, {len(ids):,} orders",
        ("SQLite p50", "SQLite p95", "PG p50", "PG p95", "PG/SQLite p95"),
    )
    for name, by in results.items():
        lite, pg = by["sqlite"], by["postgresql"]
        ratio = percentile(pg, 95) / percentile(lite, 95)
        ok = ratio <= TARGET_RATIO
        target = f"≤ {TARGET_RATIO:.0f}x"
        if name.startswith("search"):
            ok = ok and max(percentile(pg, 95), percentile(lite, 95)) <= TARGET_SEARCH_P95
            target += f", p95 ≤ {TARGET_SEARCH_P95 * 1000:.0f} ms"
        cells = (ms(median(lite)), ms(percentile(lite, 95)), ms(median(pg)), ms(percentile(pg, 95)), f"{ratio:.2f}x")
        side.add(name, cells, target, ok)
    tables.append(side)
    if args.starts:
        tables.append(start_ups(path, pg_url, args.starts))
    for table in tables:
        table.print()
    return benchkit.exit_status(*tables)


if __name__ == "__main__":
    sys.exit(main())
