"""Run every benchmark in bench/ (``make bench``): each ``bench_*.py`` in its own process, in name order.

Each script prints its own tables; this prints a summary at the end and exits 1 when
any script had a FAIL row (or crashed). The 150k-order dataset is built first if it is
not cached yet (about a minute), so that no single benchmark's time includes it.

    .venv/bin/python bench/run_all.py [NAME ...]   # e.g. run_all.py search startup
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchkit import ROOT
from generate_dataset import ensure_dataset

BENCH_DIR = Path(__file__).resolve().parent


def scripts(names: list[str]) -> list[Path]:
    found = sorted(BENCH_DIR.glob("bench_*.py"))
    if not names:
        return found
    return [p for p in found if any(n in p.stem for n in names)]


def main(argv: list[str]) -> int:
    chosen = scripts(argv)
    if not chosen:
        print(f"No bench script matches {argv}; found: {[p.name for p in scripts([])]}", file=sys.stderr)
        return 2
    ensure_dataset()
    results: list[tuple[str, int, float]] = []
    for script in chosen:
        print(f"===== {script.name} =====", flush=True)
        started = time.perf_counter()
        code = subprocess.run([sys.executable, str(script)], cwd=ROOT).returncode
        results.append((script.name, code, time.perf_counter() - started))
        print(flush=True)
    print("===== summary =====")
    for name, code, seconds in results:
        verdict = "PASS" if code == 0 else "FAIL" if code == 1 else f"ERROR (exit {code})"
        print(f"{name:<32} {verdict:<16} {seconds:6.1f} s")
    return 0 if all(code == 0 for _, code, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
