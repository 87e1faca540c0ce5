"""What every benchmark script shares: percentiles, the PASS/FAIL table, the exit status.

A bench script prints one or more tables (measured value, target, PASS/FAIL per row)
and exits 1 when any row failed, so that ``bench/run_all.py`` can say which did.
"""

from __future__ import annotations

import math
import os
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # bench scripts run as files: make the package importable
    sys.path.insert(0, str(ROOT))


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0-100): the value that p % of the samples do not exceed."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Row:
    name: str
    cells: tuple[str, ...]  # the measurements, already formatted
    target: str  # "≤ 50 ms"; empty for an informational row
    passed: bool | None  # None: no target

    @property
    def verdict(self) -> str:
        return "" if self.passed is None else "PASS" if self.passed else "FAIL"


class Table:
    def __init__(self, title: str, headers: Sequence[str]) -> None:
        self.title = title
        self.headers = tuple(headers)
        self.rows: list[Row] = []

    def add(self, name: str, cells: Sequence[str], target: str = "", passed: bool | None = None) -> None:
        self.rows.append(Row(name, tuple(cells), target, passed))

    @property
    def failed(self) -> bool:
        return any(r.passed is False for r in self.rows)

    def render(self) -> str:
        header = ("", *self.headers, "target", "")
        lines = [(r.name, *r.cells, r.target, r.verdict) for r in self.rows]
        widths = [max(_width(x[i]) for x in [header, *lines]) for i in range(len(header))]
        rule = "-" * (sum(widths) + 2 * (len(widths) - 1))

        def fmt(cells: Sequence[str]) -> str:
            out = [_pad(cells[0], widths[0], left=True)]
            out += [_pad(c, w, left=False) for c, w in zip(cells[1:-1], widths[1:-1], strict=True)]
            out.append(_pad(cells[-1], widths[-1], left=True))
            return "  ".join(out).rstrip()

        footer = [f"machine: {machine_load()}"]
        return "\n".join([self.title, rule, fmt(header), rule, *(fmt(x) for x in lines), rule, *footer])

    def print(self) -> None:
        print(self.render(), flush=True)
        print(flush=True)


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _pad(text: str, width: int, *, left: bool) -> str:
    gap = " " * (width - _width(text))
    return text + gap if left else gap + text


def machine_load() -> str:
    """Shown under each table: on a shared machine, timings move with what else runs."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return f"{os.cpu_count()} CPUs"
    return f"{os.cpu_count()} CPUs, load average {one:.1f} (1 min) {five:.1f} (5 min)"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def exit_status(*tables: Table) -> int:
    return 1 if any(t.failed for t in tables) else 0
