"""The main window left running all day: its pages refreshed thousands of times (issue 10).

Shared by ``bench/bench_long_run.py`` (prints the memory figures) and the slow test
``tests/ui/test_long_run.py`` (asserts them). The database is the bench dataset
(``generate_dataset.py``, a small one: a few years of history for the work-order list and the
rework register) with ``IN_QC`` more orders taken through the services as at the front desk:
opened by an advisor, dispatched, and handed to QC by the technician, so that a QC round waits
for each of them.

The window is driven as a person leaves it: the QC page, the work-order list and the rework
register shown in turn, each refreshed; the process's resident memory (RSS) is read after the
first ``WARM_UP`` refreshes and at the end. A binding that leaks a reference per call (PySide6
6.12.0 on Python 3.11) kills the process long before the end; one that leaks memory shows as
growth past the limit.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (BENCH, ROOT):  # generate_dataset imports its neighbours; tests.* lives in the checkout
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from generate_dataset import DATA_DIR, DATASET_VERSION, generate, read_metadata  # noqa: E402 - after the path set-up

from dealerdesk.db.database import Database, open_database  # noqa: E402
from dealerdesk.db.migrate import upgrade  # noqa: E402
from dealerdesk.demo.values import make_and_model, mobile, person_name, plate, vin  # noqa: E402
from dealerdesk.domain.vocabulary import OrderStatus  # noqa: E402
from dealerdesk.services import users  # noqa: E402
from dealerdesk.services.actor import Actor  # noqa: E402
from dealerdesk.services.orders import work_orders  # noqa: E402
from dealerdesk.services.qc import rounds as qc  # noqa: E402
from tests.order_samples import complete_order  # noqa: E402

HISTORY_ORDERS = 3_000  # the dataset's own orders: the list and the register have rows to show
IN_QC = 1_000
REFRESHES = 10_000
WARM_UP = 100
LIMIT = 0.20  # RSS at the end may exceed RSS after the warm-up by at most this share
PAGES = ("qc", "work_orders", "rework")
SEED = 10


def rss_bytes() -> int:
    """Resident memory of this process (Linux: /proc; elsewhere the peak, which only grows)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def ensure_database(path: Path | None = None) -> Path:
    """The cached database (bench/data/, built first if missing or from another generator version).

    Building it takes a minute or two (each order in QC is three transactions of the services);
    the long run only reads it, so it is built once.
    """
    path = path or DATA_DIR / f"long-run-{IN_QC}-in-qc.sqlite"
    found = read_metadata(path)
    if found is not None and found.get("version") == DATASET_VERSION and found.get("orders") == HISTORY_ORDERS:
        db = open_database(f"sqlite:///{path}")
        try:
            upgrade(db, backup_first=False)  # built before a migration landed: brought up to date in place
            if count_in_qc(db) == IN_QC:
                return path
        finally:
            db.dispose()
    partial = path.with_name(path.name + ".building")
    make_database(partial)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    partial.replace(path)
    return path


def make_database(path: Path, in_qc: int = IN_QC) -> Path:
    """The bench dataset with ``in_qc`` orders waiting for QC (level 1 of their first round)."""
    generate(path, orders=HISTORY_ORDERS)
    db = open_database(f"sqlite:///{path}")
    try:
        advisor = users.authenticate(db, "sa1", "advisor1")
        technician = users.authenticate(db, "tech1", "tech1234")
        rng = random.Random(SEED)
        now = datetime.now(UTC).replace(microsecond=0)
        for i in range(in_qc):
            wmi, _make, model = make_and_model(rng)
            data = replace(
                complete_order(
                    vin=vin(rng, wmi),
                    plate=plate(rng),
                    technician_id=technician.id,
                    checked_in_at=now - timedelta(hours=4, minutes=i % 120),
                    customer_name=person_name(rng),
                    mobile=mobile(rng),
                ),
                model=model,
            )
            order = work_orders.open_order(db, advisor, data)
            work_orders.dispatch_to_workshop(db, advisor, order.id)
            qc.finish_work(db, technician, order.id)
    finally:
        db.dispose()
    return path


def count_in_qc(db: Database) -> int:
    from sqlalchemy import func, select

    from dealerdesk.db.models import WorkOrder

    with db.read() as s:
        return s.scalar(select(func.count()).where(WorkOrder.status == OrderStatus.AWAITING_QC.value)) or 0


@dataclass(frozen=True)
class Figures:
    refreshes: int
    rss_warm: int  # after the first WARM_UP refreshes
    rss_end: int
    seconds: float
    in_qc: int

    @property
    def ratio(self) -> float:
        return self.rss_end / self.rss_warm

    @property
    def within_limit(self) -> bool:
        return self.ratio <= 1 + LIMIT


def run_window(
    db_path: Path,
    refreshes: int = REFRESHES,
    lang: str = "zh_CN",
    progress: Callable[[int, int], object] | None = None,
) -> Figures:
    """Sign in as the QC inspector, open the main window and refresh its pages ``refreshes`` times in turn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QSettings

    from dealerdesk.app import get_application
    from dealerdesk.services.settings import get_settings
    from dealerdesk.ui.context import UiContext
    from dealerdesk.ui.main_window import MainWindow

    app = get_application()
    db = open_database(f"sqlite:///{db_path}")
    inspector: Actor = users.authenticate(db, "qc1", "qc123456")
    in_qc = count_in_qc(db)
    with tempfile.TemporaryDirectory() as tmp:
        qsettings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(UiContext(db, inspector, get_settings(db), lang), qsettings)
        window.show()
        pages = [window.page(key) for key in PAGES]  # built once, as a person opens each
        app.processEvents()
        started = time.perf_counter()
        rss_warm = 0
        for n in range(1, refreshes + 1):
            page = window.page(PAGES[n % len(PAGES)])  # showing a page refreshes it
            app.processEvents()
            assert page in pages
            if n == WARM_UP:
                gc.collect()
                rss_warm = rss_bytes()
            if progress is not None and n % 500 == 0:
                progress(n, rss_bytes())
        gc.collect()
        app.processEvents()
        rss_end = rss_bytes()
        seconds = time.perf_counter() - started
        window.close()
        window.deleteLater()
        app.processEvents()
    db.dispose()
    return Figures(refreshes, rss_warm, rss_end, seconds, in_qc)
