"""The customer care desk's monthly figures on ten years of a busy dealership (150,000 orders).

    .venv/bin/python bench/bench_care_figures.py [--runs 7] [--orders 150000]

The dataset comes from ``generate_dataset.py``; it has no customer-care records, so a copy
of it (``bench/data/care-figures-150k.sqlite``, made once) gets them: every car's sale day
(the day before its first visit), its source (60 % own sales, 25 % four second-tier outlets,
15 % walk-in) and two years of follow-up calls (~40 a working day by three people, 55 %
connected), many of them a few days before a visit so that some visits are called in.

The figures are the month's (the last complete one), as the Monthly figures tab and the
weekly meeting's PDF ask for them: one service call; the chart's 12-month trend is a second
call, shown without a target. The floor is the same SELECTs replayed as raw sqlite3 (captured
from the service), fetched in full. Target: the month ≤ 300 ms (warm median; the cold first
run shown apart). The machine's load average is printed under the table: on a shared
2-core machine the floor itself moves with it.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

from bench_search import SqlCapture, replay, timed
from benchkit import Table, exit_status, ms
from generate_dataset import DEFAULT_ORDERS, ensure_dataset

from dealerdesk.db.database import open_database
from dealerdesk.db.migrate import HEAD_REVISION, current_revision, upgrade
from dealerdesk.domain.care_calls import OUTCOME_CLASS, CallOutcome
from dealerdesk.domain.care_figures import CareFigures, Month
from dealerdesk.services import users
from dealerdesk.services.care.figures import load_figures, load_trend

TARGET_MS = 300.0
OUTLETS = ("东门二级网点", "西郊二级网点", "北站二级网点", "南湖二级网点")
CALLERS = 3


def care_copy(source: Path) -> Path:
    """The dataset with customer-care records, made once beside it."""
    target = source.with_name(source.name.replace("dataset-", "care-figures-"))
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
    conn = sqlite3.connect(partial_file)
    with conn:
        _fill(conn, random.Random(16))
    conn.close()
    partial_file.rename(target)
    return target


def _fill(conn: sqlite3.Connection, rng: random.Random) -> None:
    conn.execute(
        "UPDATE vehicles SET warranty_start = (SELECT date(min(checked_in_at), '+8 hours', '-1 day') "
        "FROM work_orders WHERE work_orders.vehicle_id = vehicles.id)"
    )
    now = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.executemany(
        "INSERT INTO outlets (name, contact_name, contact_mobile, active, created_at) VALUES (?, '', '', 1, ?)",
        [(name, now) for name in OUTLETS],
    )
    outlet_ids = [r[0] for r in conn.execute("SELECT id FROM outlets ORDER BY id")]
    rows = []
    for (vehicle_id,) in conn.execute("SELECT id FROM vehicles"):
        draw = rng.random()
        if draw < 0.60:
            rows.append(("own_sales", None, vehicle_id))
        elif draw < 0.85:
            rows.append(("outlet", rng.choice(outlet_ids), vehicle_id))
        else:
            rows.append(("walk_in", None, vehicle_id))
    conn.executemany("UPDATE vehicles SET source_channel = ?, outlet_id = ? WHERE id = ?", rows)
    callers = [r[0] for r in conn.execute("SELECT id FROM users ORDER BY id LIMIT ?", (CALLERS,))]
    last = date.fromisoformat(conn.execute("SELECT max(checked_in_at) FROM work_orders").fetchone()[0][:10])
    visits = conn.execute(
        "SELECT vehicle_id, checked_in_at FROM work_orders WHERE vehicle_id IS NOT NULL AND checked_in_at >= ?",
        ((last - timedelta(days=760)).isoformat(),),
    ).fetchall()
    vehicles = [r[0] for r in conn.execute("SELECT id FROM vehicles")]
    connected = [o for o, c in OUTCOME_CLASS.items() if c.value == "connected"]
    not_connected = [o for o, c in OUTCOME_CLASS.items() if c.value == "not_connected"]
    invalid = [CallOutcome.WRONG_NUMBER, CallOutcome.EMPTY_NUMBER]
    calls = []
    day = last - timedelta(days=730)
    while day <= last:
        if day.weekday() < 6:
            for _ in range(40):
                if rng.random() < 0.3:  # a call a few days before a real visit
                    vehicle_id, at = rng.choice(visits)
                    when = datetime.fromisoformat(at) - timedelta(days=rng.randint(1, 25))
                else:
                    vehicle_id = rng.choice(vehicles)
                    when = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randint(1, 9))
                draw = rng.random()
                outcome = rng.choice(connected if draw < 0.55 else not_connected if draw < 0.9 else invalid)
                calls.append((vehicle_id, when.strftime("%Y-%m-%d %H:%M:%S.%f"), rng.choice(callers), outcome.value,
                               OUTCOME_CLASS[outcome].value))  # fmt: skip
        day += timedelta(days=1)
    conn.executemany(
        "INSERT INTO care_calls (vehicle_id, called_at, called_by_id, phone, outcome, outcome_class, reasons, "
        "other_shop, other_reason, note) VALUES (?, ?, ?, '13800000000', ?, ?, '', '', '', '')",
        calls,
    )
    conn.execute("ANALYZE")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--orders", type=int, default=DEFAULT_ORDERS)
    args = parser.parse_args()

    path = care_copy(ensure_dataset(orders=args.orders))
    db = open_database(f"sqlite:///{path}")
    manager = users.authenticate(db, "manager", "manager1")
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    last = date.fromisoformat(raw.execute("SELECT max(checked_in_at) FROM work_orders").fetchone()[0][:10])
    month = Month.of(last).shifted(-1)  # the last complete month
    counts = raw.execute(
        "SELECT (SELECT count(*) FROM work_orders), (SELECT count(*) FROM vehicles), (SELECT count(*) FROM care_calls)"
    ).fetchone()
    print(
        f"dataset: {path.name}, {counts[0]:,} orders, {counts[1]:,} vehicles, {counts[2]:,} calls; month {month.label}"
    )

    def figures() -> CareFigures:
        return load_figures(db, manager, month)

    def trend() -> object:
        return load_trend(db, manager, month)

    table = Table(f"Customer care figures of {month.label}", ("cold", "warm median", "floor (raw SQL)", "ratio"))
    result = figures()
    for name, fn, target in (("month's figures", figures, True), ("12-month trend (chart)", trend, False)):
        cold = timed(fn)
        with SqlCapture(db) as capture:
            fn()
        app = statistics.median([timed(fn) for _ in range(args.runs)])
        floor = statistics.median([timed(partial(replay, raw, capture.statements)) for _ in range(args.runs)])
        cells = (ms(cold), ms(app), ms(floor), f"{app / floor:.1f}x")
        name = f"{name}, {len(capture.statements)} SELECTs"
        if target:
            table.add(name, cells, f"≤ {TARGET_MS:.0f} ms", app * 1000 <= TARGET_MS)
        else:
            table.add(name, cells)
    table.print()
    rates = result.rates
    print(
        f"return {rates.maintenance_return.text}, first service {rates.first_service.text}, "
        f"retention {rates.retention.text}, lost {rates.lost.text}; visits {result.visits:,}, "
        f"called in {result.called_in:,}; outlets {len(result.outlets)}, callers {len(result.callers)}"
    )
    raw.close()
    db.dispose()
    return exit_status(table)


if __name__ == "__main__":
    raise SystemExit(main())
