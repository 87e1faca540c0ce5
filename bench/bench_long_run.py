"""The main window left running: memory after 10,000 page refreshes with 1,000 orders in QC (issue 10).

    .venv/bin/python bench/bench_long_run.py [--refreshes 10000] [--json FILE]

The QC page, the work-order list and the rework register are shown and refreshed in turn, as
the QC inspector leaves them on a front-desk PC (``long_run.py``; the database is built once
into bench/data/). The table shows the process's resident memory after the first 100
refreshes and at the end, their ratio, and the limit: at most 20 % growth. A binding that
takes references from None (PySide6 6.12.0 on Python 3.11) aborts the process instead.
``--json`` writes the figures for tests/ui/test_long_run.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from benchkit import Table, exit_status  # first: puts the project on sys.path
from long_run import LIMIT, REFRESHES, WARM_UP, ensure_database, run_window


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--refreshes", type=int, default=REFRESHES)
    parser.add_argument("--db", type=Path, help="database to use (default: built once into bench/data/)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    path = args.db or ensure_database()

    def progress(n: int, rss: int) -> None:
        print(f"  {n:>6,} refreshes  RSS {mib(rss)}", file=sys.stderr, flush=True)

    figures = run_window(path, args.refreshes, progress=progress)
    if args.json:
        args.json.write_text(json.dumps({**asdict(figures), "ratio": figures.ratio}))
    per_refresh = figures.seconds / figures.refreshes * 1000
    table = Table(
        f"Main window, {figures.refreshes:,} refreshes (QC page, work orders, rework register in turn), "
        f"{figures.in_qc:,} orders in QC, {per_refresh:.0f} ms a refresh",
        ["value"],
    )
    table.add(f"RSS after {WARM_UP} refreshes", [mib(figures.rss_warm)])
    table.add(f"RSS after {figures.refreshes:,} refreshes", [mib(figures.rss_end)])
    table.add(
        "ratio (end / after warm-up)",
        [f"{figures.ratio:.3f}"],
        f"≤ {1 + LIMIT:.2f} ({LIMIT:.0%} limit: {mib(int(figures.rss_warm * (1 + LIMIT)))})",
        figures.within_limit,
    )
    table.print()
    return exit_status(table)


if __name__ == "__main__":
    sys.exit(main())
