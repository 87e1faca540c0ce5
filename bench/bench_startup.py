"""Issue 2: launch to main window on screen, on the demo database, against a bare PySide6 window.

Each run is a fresh Python process (bench/startup_probe.py) that follows the path of
``dealerdesk --db PATH``: the command-line parser, the QApplication and translators, the
database opened and migrated, the sign-in dialog built and the user authenticated the
way its OK button does it, MainWindow built and shown; timed until the first turn of
the event loop after the window's first paint. The bare run imports PySide6 and shows
an empty QMainWindow of the same size the same way. The person's typing is not timed.

Runs alternate between the two, after one untimed warm-up each (byte-code caches), with a
fresh per-user settings folder (no remembered window state). Under QT_QPA_PLATFORM=offscreen
first, then again with a real X server under xvfb-run when it is installed.

    .venv/bin/python bench/bench_startup.py [--runs N] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchkit import ROOT, Table, median, secs

PROBE = Path(__file__).with_name("startup_probe.py")
TARGET_SECONDS = 1.5
TARGET_RATIO = 2.0
APP_PHASES = ("python", "imports", "qapplication", "database", "sign_in_dialog", "signed_in", "window_built", "painted")
PHASE_LABELS = {
    "python": "interpreter up",
    "imports": "imports (cli parser, app, main window)",
    "qapplication": "QApplication + translators",
    "database": "database opened, migrated, settings",
    "sign_in_dialog": "sign-in dialog built",
    "signed_in": "password checked (scrypt)",
    "window_built": "MainWindow built (first page)",
    "painted": "shown until first paint",
}


def make_demo_database(folder: Path) -> Path:
    from dealerdesk.demo.writer import write_demo_database

    path = folder / "demo.sqlite"
    write_demo_database(f"sqlite:///{path}")
    return path


def run_probe(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milestones of one start-up, in seconds since the process was launched."""
    launched = time.clock_gettime(time.CLOCK_MONOTONIC)
    done = subprocess.run([sys.executable, str(PROBE), *args], env=env, capture_output=True, text=True, timeout=60)
    marks = {}
    for line in done.stdout.splitlines():
        name, _, moment = line.partition(" ")
        marks[name] = float(moment) - launched
    if done.returncode != 0 or "painted" not in marks:
        raise RuntimeError(f"start-up probe failed ({done.returncode}): {done.stdout}\n{done.stderr}")
    return marks


def measure(platform: str, runs: int, db_path: Path, config_home: Path) -> tuple[Table, Table]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, XDG_CONFIG_HOME=str(config_home))
    app_args, bare_args = ["app", str(db_path)], ["bare"]
    run_probe(app_args, env)  # warm-up: byte-code caches, font cache, page cache
    run_probe(bare_args, env)
    app_runs: list[dict[str, float]] = []
    bare_runs: list[dict[str, float]] = []
    for _ in range(runs):
        shutil.rmtree(config_home / "DealerDesk", ignore_errors=True)  # no remembered window state
        app_runs.append(run_probe(app_args, env))
        bare_runs.append(run_probe(bare_args, env))

    app = [r["painted"] for r in app_runs]
    bare = [r["painted"] for r in bare_runs]
    ratio = median(app) / median(bare)
    table = Table(
        f"Start-up, launch to main window painted — QT_QPA_PLATFORM={platform}, {runs} runs each",
        ("median", "min", "max"),
    )
    table.add("DealerDesk (demo database)", (secs(median(app)), secs(min(app)), secs(max(app))),
              f"≤ {TARGET_SECONDS:.1f} s", median(app) <= TARGET_SECONDS)  # fmt: skip
    table.add("bare PySide6 QMainWindow", (secs(median(bare)), secs(min(bare)), secs(max(bare))))
    table.add("ratio DealerDesk / bare", (f"{ratio:.2f}x", "", ""), f"≤ {TARGET_RATIO:.0f}x", ratio <= TARGET_RATIO)

    phases = Table(f"Where DealerDesk's start-up goes (median per phase) — {platform}", ("phase time", "since launch"))
    previous = 0.0
    for name in APP_PHASES:
        at = median([r[name] for r in app_runs])
        phases.add(PHASE_LABELS[name], (secs(at - previous), secs(at)))
        previous = at
    return table, phases


def import_costs(db_path: Path, platform: str, config_home: Path) -> Table:
    """One run under ``python -X importtime``: self time per top-level package, slowest dealerdesk modules."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, XDG_CONFIG_HOME=str(config_home))
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(PROBE), "app", str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    by_package: dict[str, int] = defaultdict(int)
    own: dict[str, int] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
            continue
        self_us, cumulative_us, name = (part.strip() for part in line[len("import time:") :].split("|"))
        top = name.split(".")[0]
        by_package[top] += int(self_us)
        if top == "dealerdesk":
            own[name] = int(cumulative_us)
    table = Table("Import time by package (python -X importtime, self time summed)", ("self time",))
    for name, us in sorted(by_package.items(), key=lambda kv: -kv[1])[:12]:
        table.add(name, (secs(us / 1e6),))
    table.add("— slowest dealerdesk modules (cumulative) —", ("",))
    for name, us in sorted(own.items(), key=lambda kv: -kv[1])[:10]:
        table.add(name, (secs(us / 1e6),))
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description="Start-up benchmark (issue 2)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    args = parser.parse_args()
    status = 0
    with tempfile.TemporaryDirectory(prefix="dealerdesk-startup-") as tmp:
        folder = Path(tmp)
        db_path = make_demo_database(folder)
        table, phases = measure(args.platform, args.runs, db_path, folder / "config")
        table.print()
        phases.print()
        if table.failed or args.platform == "offscreen":
            import_costs(db_path, args.platform, folder / "config").print()
        status = 1 if table.failed else 0
    if args.platform == "offscreen":
        status = max(status, under_xvfb(args.runs))
    return status


def under_xvfb(runs: int) -> int:
    """The same measurement against a real X server (one Xvfb for the whole series)."""
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run is not installed: no X11 table.")
        return 0
    command = [xvfb, "-a", "-s", "-screen 0 1920x1080x24", sys.executable, __file__, "--platform", "xcb"]
    return subprocess.run([*command, "--runs", str(runs)], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
