"""The customer care desk's daily call list on ten years of a busy dealership (150,000 orders, ~60,000 cars).

    .venv/bin/python bench/bench_care_calls.py [--runs 7] [--orders 150000]

The dataset is the care copy ``bench_care_figures.py`` makes once (every car's sale day, its
source, two years of follow-up calls), with three customer-care users added. Measured:

* the day's list of one customer-care user, as the Follow-up calls tab reads it (one service
  call: the stored status rows dealt to that person, their cars, owners and calls) — target
  ≤ 300 ms (warm median), with the floor: the same SELECTs replayed as raw sqlite3;
* everyone's list (the manager's "Everyone"), the same way, shown without a target;
* the daily recomputation of every car's status and the dealing of the day's list (done once a
  day, by the first person to open the list), shown without a target.

The machine's load average is printed under the table: on a shared 2-core machine the floor
itself moves with it.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
from datetime import date
from functools import partial

from bench_care_figures import care_copy
from bench_search import SqlCapture, replay, timed
from benchkit import Table, exit_status, ms, secs
from generate_dataset import DEFAULT_ORDERS, ensure_dataset

from dealerdesk.db.database import open_database
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.care import calls, status

TARGET_MS = 300.0
CARE_USERS = (("cr1", "何客服"), ("cr2", "孙客服"), ("cr3", "钱客服"))
PASSWORD = "care1234"


def care_users(db: object, admin: Actor) -> list[Actor]:
    """The three customer-care users the list is dealt to, added once to the copy."""
    existing = {u.username: u for u in users.list_users(db)}  # type: ignore[arg-type]
    found = []
    for username, name in CARE_USERS:
        view = existing.get(username) or users.create_user(
            db,  # type: ignore[arg-type]
            admin,
            username,
            name,
            PASSWORD,
            {Role.CUSTOMER_CARE},
        )
        found.append(Actor(view.id, view.username, view.full_name, view.roles))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--orders", type=int, default=DEFAULT_ORDERS)
    args = parser.parse_args()

    path = care_copy(ensure_dataset(orders=args.orders))
    db = open_database(f"sqlite:///{path}")
    admin = users.authenticate(db, "admin", "admin123")
    manager = users.authenticate(db, "manager", "manager1")
    people = care_users(db, admin)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # The dataset's last day is "today": its cars are due, overdue or lapsing as of then.
    today = date.fromisoformat(raw.execute("SELECT max(checked_in_at) FROM work_orders").fetchone()[0][:10])
    counts = raw.execute(
        "SELECT (SELECT count(*) FROM work_orders), (SELECT count(*) FROM vehicles), (SELECT count(*) FROM care_calls)"
    ).fetchone()
    print(f"dataset: {path.name}, {counts[0]:,} orders, {counts[1]:,} vehicles, {counts[2]:,} calls; today {today}")

    recompute = [
        timed(lambda: status.refresh_status(db, manager, today, force=True)) for _ in range(max(2, args.runs // 3))
    ]
    done = status.refresh_status(db, manager, today)
    by_status = dict(raw.execute("SELECT status, count(*) FROM care_status GROUP BY status").fetchall())

    person = people[0]

    def mine() -> list[calls.CallListRow]:
        return calls.call_list(db, person, person.id, today)

    def everyone() -> list[calls.CallListRow]:
        return calls.call_list(db, manager, None, today)

    table = Table(
        f"Follow-up call list of {today} ({done.listed:,} customers dealt to {len(people)} people)",
        ("rows", "cold", "warm median", "floor (raw SQL)", "ratio"),
    )
    for name, fn, target in (
        (f"{person.full_name}'s list", mine, True),
        ("everyone's list (manager)", everyone, False),
    ):
        cold = timed(fn)
        rows = len(fn())
        with SqlCapture(db) as capture:
            fn()
        app = statistics.median([timed(fn) for _ in range(args.runs)])
        floor = statistics.median([timed(partial(replay, raw, capture.statements)) for _ in range(args.runs)])
        cells = (f"{rows:,}", ms(cold), ms(app), ms(floor), f"{app / floor:.1f}x")
        name = f"{name}, {len(capture.statements)} SELECTs"
        if target:
            table.add(name, cells, f"≤ {TARGET_MS:.0f} ms", app * 1000 <= TARGET_MS)
        else:
            table.add(name, cells)
    table.add(
        f"daily recomputation of {done.vehicles:,} cars",
        ("", secs(recompute[0]), secs(statistics.median(recompute)), "", ""),
    )
    table.print()
    print("status of the day: " + ", ".join(f"{k} {v:,}" for k, v in sorted(by_status.items())))
    raw.close()
    db.dispose()
    return exit_status(table)


if __name__ == "__main__":
    raise SystemExit(main())
