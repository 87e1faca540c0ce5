"""How long the month's loss analysis (战败分析) takes on the 60k-vehicle dataset, against the floor.

    .venv/bin/python bench/bench_renewal_losses.py [--runs 7]

The 150,000-order dataset (``generate_dataset.py``, ~60,000 vehicles) is copied once to
``bench/data/renewal-losses-150k.sqlite`` and given a year of renewals: a policy per vehicle
due across the year, its follow-up record (won about 62 %, lost 38 % with a reason, a competing
insurer for those insured elsewhere), two to four calls each and a weekly plan for every week.
The service (``services/renewal/losses.loss_analysis``) is timed for the last complete month,
a week and a day; the floor is the same grouped queries in raw SQL through sqlite3 (no ORM, no
Python folding), and the ratio is service / floor. Target: the month in at most 300 ms.
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
from datetime import time as dtime
from pathlib import Path

from benchkit import Table  # first: puts the project on sys.path
from generate_dataset import DATA_DIR, ensure_dataset

from dealerdesk.db.database import open_database
from dealerdesk.domain.renewal_loss_rules import PeriodKind, period_of
from dealerdesk.domain.renewal_rules import LossReason
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.renewal import losses

TARGET_MS = 300.0
VERSION = 3  # bump when the renewal rows below change: the copy is rebuilt
MARK = "bench_renewal_losses"
INSURERS = ["人保", "太平洋", "平安", "国寿财", "大地", "阳光"]
REASONS = [
    (LossReason.PRICE, 30),
    (LossReason.INSURED_ELSEWHERE, 35),
    (LossReason.CAR_SOLD, 8),
    (LossReason.UNREACHABLE, 12),
    (LossReason.SERVICE, 5),
    (LossReason.CLAIMS, 4),
    (LossReason.LENDER, 4),
    (LossReason.OTHER, 2),
]
SPECIALISTS = [("rs1", "赵续保"), ("rs2", "钱续保"), ("rs3", "孙续保"), ("rs4", "李续保"), ("rs5", "周续保")]


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, end: date) -> None:
    """Specialists through the service (roles, password hashes), then the year of renewals in bulk."""
    db = open_database(f"sqlite:///{path}")
    admin = users.authenticate(db, "admin", "admin123")
    ids = [users.create_user(db, admin, u, n, "bench1234", {Role.RENEWAL_SPECIALIST}).id for u, n in SPECIALISTS]
    db.dispose()
    rng = random.Random(17)
    tz = datetime.now().astimezone().tzinfo
    conn = sqlite3.connect(path)
    vehicles = [r[0] for r in conn.execute("SELECT id FROM vehicles ORDER BY id")]
    first = end - timedelta(days=364)
    policies, followups, calls, entries = [], [], [], []
    plans: dict[date, int] = {}
    week = first - timedelta(days=first.weekday())
    while week <= end:
        plans[week] = len(plans) + 1
        week += timedelta(days=7)
    reasons = [r for r, w in REASONS for _ in range(w)]
    now = _ts(datetime.now(UTC))
    for n, vehicle in enumerate(vehicles, start=1):
        due = first + timedelta(days=rng.randrange(395))  # the last month's policies are still open
        specialist = ids[n % len(ids)]
        policies.append((n, vehicle, due.year, rng.choice(INSURERS), due, due, due, rng.randrange(3000, 9000) * 100))
        opened = due - timedelta(days=45)
        stage, reason, insurer, closed = "follow_up", None, "", None
        if due <= end:
            closed_day = min(end, due - timedelta(days=rng.randrange(0, 30)))
            closed = datetime.combine(closed_day, dtime(rng.randrange(9, 18), rng.randrange(60)), tz)
            if rng.random() < 0.62:
                stage = "won"
            else:
                stage, reason = "lost", rng.choice(reasons)
                if reason is LossReason.INSURED_ELSEWHERE or rng.random() < 0.3:
                    insurer = rng.choice(INSURERS)
        k = rng.randrange(2, 5)
        followups.append(
            (n, n, vehicle, due.year, stage, specialist, None if closed else due, k,
             reason.value if reason else None, insurer, _ts(closed) if closed else None, now, now)
        )  # fmt: skip
        last_call = closed.date() if closed else min(end, due)
        span = max(1, (last_call - opened).days)
        for j in range(k):
            day = opened + timedelta(days=span * (j + 1) // k)
            at = datetime.combine(day, dtime(14 + rng.randrange(3), rng.randrange(60)), tz)
            outcome = "reached" if rng.random() < 0.7 else "no_answer"
            calls.append((n, _ts(at), specialist, outcome, outcome == "reached", "follow_up", "follow_up"))
            plan = plans.get(day - timedelta(days=day.weekday()))
            if plan is not None and (j < 2 or (closed is not None and j == k - 1)):  # the closing call's week too
                entries.append((plan, n, specialist, day, j == 0))
    conn.executemany(
        "INSERT INTO renewal_plans (id, week_start, rule, built_at) VALUES (?, ?, 'even', ?)",
        [(i, w.isoformat(), now) for w, i in plans.items()],
    )
    conn.executemany(
        "INSERT INTO insurance_policies (id, vehicle_id, policy_year, insurer, policy_no, compulsory_expiry,"
        " commercial_expiry, due_on, premium_fen, last_year_insurer, source, created_at, updated_at)"
        f" VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, '', 'import', '{now}', '{now}')",
        [(p[0], p[1], p[2], p[3], p[4].isoformat(), p[5].isoformat(), p[6].isoformat(), p[7]) for p in policies],
    )
    conn.executemany(
        "INSERT INTO renewal_followups (id, policy_id, vehicle_id, policy_year, stage, specialist_id, next_call_on,"
        " calls, quote_insurer, loss_reason, loss_insurer, closed_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)",
        [(*f[:6], f[6].isoformat() if f[6] else None, *f[7:]) for f in followups],
    )
    conn.executemany(
        "INSERT INTO renewal_calls (followup_id, called_at, by_id, outcome, connected, note, quote_insurer,"
        " stage_before, stage_after, loss_insurer) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, '')",
        calls,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO renewal_plan_entries (plan_id, followup_id, specialist_id, due_on, first_contact)"
        " VALUES (?, ?, ?, ?, ?)",
        [(p, f, s, d.isoformat(), first) for p, f, s, d, first in entries],
    )
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (MARK, str(VERSION)))
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def dataset() -> tuple[Path, date]:
    source = ensure_dataset()
    path = DATA_DIR / "renewal-losses-150k.sqlite"
    with sqlite3.connect(source) as conn:
        last = conn.execute("SELECT max(delivered_at) FROM work_orders").fetchone()[0]
    end = date.fromisoformat(str(last)[:10])
    built = None
    if path.exists():
        with sqlite3.connect(path) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (MARK,)).fetchone()
            built = row[0] if row else None
    if built != str(VERSION) or path.stat().st_mtime < source.stat().st_mtime:
        shutil.copyfile(source, path)
        build(path, end)
    return path, end


def floor_queries(path: Path, kind: PeriodKind, day: date) -> Callable[[], object]:
    """The service's statements in raw SQL: the closed records grouped, the trend's counts, each plan's."""
    tz = datetime.now().astimezone().tzinfo
    conn = sqlite3.connect(path)

    def local(d: date) -> str:
        return _ts(datetime.combine(d, dtime(), tz))

    def run() -> object:
        start, end = period_of(kind, day)
        out = conn.execute(
            "SELECT stage, loss_reason, loss_insurer, specialist_id, count(*) FROM renewal_followups"
            " WHERE closed_at >= ? AND closed_at < ? GROUP BY stage, loss_reason, loss_insurer, specialist_id",
            (local(start), local(end)),
        ).fetchall()
        periods = []
        s = start
        for _ in range(losses.TREND_PERIODS):
            periods.append(s)
            s = period_of(kind, s - timedelta(days=1))[0]
        bounds = [local(period_of(kind, p)[1]) for p in reversed(periods)]
        bucket = (
            "CASE " + " ".join(f"WHEN closed_at < ? THEN {i}" for i in range(len(bounds))) + f" ELSE {len(bounds)} END"
        )
        conn.execute(
            f"SELECT {bucket}, stage, count(*) FROM renewal_followups WHERE closed_at >= ? AND closed_at < ?"
            f" GROUP BY {bucket}, stage",
            (*bounds, local(periods[-1]), bounds[-1], *bounds),
        ).fetchall()
        plans = conn.execute(
            "SELECT id, week_start FROM renewal_plans WHERE week_start > ? AND week_start < ?",
            ((start - timedelta(days=7)).isoformat(), end.isoformat()),
        ).fetchall()
        for plan_id, week in plans:
            w0 = date.fromisoformat(week)
            w1 = w0 + timedelta(days=7)
            conn.execute(
                "SELECT e.specialist_id, count(*),"
                " sum(CASE WHEN e.followup_id IN (SELECT c.followup_id FROM renewal_calls c"
                "   WHERE c.called_at >= ? AND c.called_at < ?) THEN 1 ELSE 0 END),"
                " sum(CASE WHEN e.followup_id IN (SELECT f.id FROM renewal_followups f"
                "   WHERE f.closed_at >= ? AND f.closed_at < ? AND f.stage = 'won') THEN 1 ELSE 0 END)"
                " FROM renewal_plan_entries e WHERE e.plan_id = ? GROUP BY e.specialist_id",
                (local(w0), local(w1), local(w0), local(w1), plan_id),
            ).fetchall()
        return out

    return run


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(cold ms, warm median ms)."""
    start = time.perf_counter()
    fn()
    cold = (time.perf_counter() - start) * 1000
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        warm.append((time.perf_counter() - start) * 1000)
    return cold, statistics.median(warm)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path, end = dataset()
    db = open_database(f"sqlite:///{path}")
    manager = users.authenticate(db, "manager", "manager1")
    with sqlite3.connect(path) as conn:
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM vehicles), (SELECT count(*) FROM renewal_followups),"
            " (SELECT count(*) FROM renewal_calls), (SELECT count(*) FROM renewal_plan_entries)"
        ).fetchone()
    month_day = end.replace(day=1) - timedelta(days=1)  # the last complete month
    print(
        f"dataset: {path.name}: {counts[0]:,} vehicles, {counts[1]:,} follow-ups, {counts[2]:,} calls, "
        f"{counts[3]:,} plan entries; month {month_day:%Y-%m}"
    )
    table = Table(
        "Loss analysis (services/renewal/losses.loss_analysis) against the same SQL through sqlite3",
        ["cold ms", "service ms", "floor ms", "ratio", "closed", "lost"],
    )
    failed = False
    for name, kind, day, target in (
        (f"month {month_day:%Y-%m}", PeriodKind.MONTH, month_day, TARGET_MS),
        ("week", PeriodKind.WEEK, month_day, None),
        ("day", PeriodKind.DAY, month_day, None),
    ):
        result = losses.loss_analysis(db, manager, kind, day)
        cold, warm = timed(lambda k=kind, d=day: losses.loss_analysis(db, manager, k, d), args.runs)
        _, floor = timed(floor_queries(path, kind, day), args.runs)
        ok = None if target is None else warm <= target
        failed |= ok is False
        table.add(
            name,
            [
                f"{cold:.1f}",
                f"{warm:.1f}",
                f"{floor:.1f}",
                f"{warm / floor:.2f}",
                f"{result.closed:,}",
                f"{result.lost:,}",
            ],
            f"≤ {target:.0f} ms" if target else "",
            ok,
        )
    table.print()
    db.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
