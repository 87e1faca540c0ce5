"""Issue 11: the cost of SQLite's quick_check on ten years of data (150,000 orders), which decides
when DealerDesk runs it: before the window if it costs at most 100 ms, else in a thread right after
the window shows (dealerdesk/ui/health_check.py), warning then.

    .venv/bin/python bench/bench_quick_check.py [--runs N]
"""

from __future__ import annotations

import argparse
import time

from benchkit import Table, median, ms
from generate_dataset import ensure_dataset

from dealerdesk.db.health import quick_check

FLOOR_S = 0.100  # what a start may spend on it before the window shows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = ensure_dataset()
    start = time.perf_counter()
    assert quick_check(path) == []
    cold = time.perf_counter() - start
    warm = []
    for _ in range(args.runs):
        start = time.perf_counter()
        quick_check(path)
        warm.append(time.perf_counter() - start)
    size_mb = path.stat().st_size / 1e6
    table = Table(f"PRAGMA quick_check on {path.name} ({size_mb:.0f} MB)", ["measured", "floor", "ratio", "so it runs"])
    for name, value in (("first (cold cache)", cold), (f"warm, median of {args.runs}", median(warm))):
        where = "before the window" if value <= FLOOR_S else "after the window shows, in a thread"
        table.add(name, [ms(value), ms(FLOOR_S), f"{value / FLOOR_S:.0f}x", where])
    table.print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
