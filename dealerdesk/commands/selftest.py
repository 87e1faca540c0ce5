"""``dealerdesk selftest --db NEW.sqlite``: check an installation without a screen.

Creates a new database, migrates it, creates users, opens a work order through the same
services the window uses, renders the work order and the job card, and prints ``OK``
(exit 0), or the step that failed (exit 1). Meant for a freshly built bundle and for a
service office's workstation, so it never touches a real database: a path that already
holds data is refused. The hidden ``--gui`` option also builds the main window and every
page offscreen, which proves that the Qt modules left out of the bundle are not needed.

The step lines are a technician's diagnostics and stay in English.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

if TYPE_CHECKING:  # imported where used: `dealerdesk --version` must stay quick
    from dealerdesk.domain.order_rules import OrderInput

EXIT_OK = 0
EXIT_FAILED = 1

# Enough to see a drift, far from the ~5,000 references None starts with (a faulty binding aborts at zero).
BINDING_PROBE_CALLS = 200

# Qt warnings that the offscreen platform prints for any window; not a fault of the bundle.
HARMLESS_QT_WARNINGS = ("propagateSizeHints", "This plugin does not support")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "selftest",
        parents=[common],
        help="check this installation on a new database (no screen needed)",
        description="Create a new database at --db PATH, open a work order in it and print both papers; "
        "prints OK when everything works. Refuses a file that already holds data.",
    )
    p.add_argument("--gui", action="store_true", help=argparse.SUPPRESS)  # also build the window offscreen
    # With --gui: save each page as DIR/page-KEY.png, to look at the bundle's fonts and style.
    p.add_argument("--screenshots", metavar="DIR", type=Path, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from dealerdesk.db.database import is_url, resolve_url

    if not args.db:
        raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "Give the self-test a new database file with --db PATH."))
    if is_url(args.db):
        # A server database: it must be empty; the papers are written to the current folder.
        url = resolve_url(args.db)
        refuse_existing_server_database(url)
        paper_stem = Path.cwd() / "dealerdesk-selftest"
    else:
        path = Path(args.db).expanduser().resolve()
        refuse_existing(path)
        url, paper_stem = resolve_url(path), path.with_suffix("")
    check = SelfTest(
        url, paper_stem, args.lang or "zh_CN", gui=args.gui or bool(args.screenshots), screenshots=args.screenshots
    )
    return check.run()


def refuse_existing_server_database(url: str) -> None:
    from dealerdesk.db.database import open_database
    from dealerdesk.db.migrate import has_tables

    db = open_database(url)
    try:
        if has_tables(db):
            raise DealerDeskError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The database {name} already holds tables. The self-test only uses a new, empty database.",
                ),
                name=db.display_name,
            )
    finally:
        db.dispose()


def refuse_existing(path: Path) -> None:
    """Never run on a database someone uses: only a missing or empty file will do."""
    in_use = path.is_dir() or (path.exists() and path.stat().st_size > 0)
    if in_use or path.with_name(path.name + "-wal").exists():
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} already exists and is not empty. The self-test only creates a new database: "
                "give it a path that does not exist yet.",
            ),
            path=str(path),
        )


def pdf_title(pdf: bytes) -> str:
    """The document title in the PDF's Info dictionary (ReportLab writes it uncompressed)."""
    start = pdf.find(b"/Title (")
    if start < 0:
        return ""
    raw = bytearray()
    i, depth = start + len(b"/Title ("), 1
    escapes = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
    while i < len(pdf):
        c = pdf[i]
        if c == ord("\\"):
            if i + 1 >= len(pdf):
                break
            nxt = pdf[i + 1]
            octal = pdf[i + 1 : i + 4]
            digits = len(octal) - len(octal.lstrip(b"01234567"))
            if digits:
                raw.append(int(octal[:digits], 8) & 0xFF)
                i += 1 + digits
                continue
            raw.append(escapes.get(nxt, nxt))
            i += 2
            continue
        if c == ord("("):
            depth += 1
        elif c == ord(")"):
            depth -= 1
            if depth == 0:
                break
        raw.append(c)
        i += 1
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


@dataclass
class SelfTest:
    url: str
    paper_stem: Path  # the papers are written as STEM-work-order.pdf and STEM-job-card.pdf
    lang: str
    gui: bool = False
    screenshots: Path | None = None
    password: str = field(default_factory=lambda: secrets.token_urlsafe(12))  # nobody ever signs in with it
    state: dict[str, Any] = field(default_factory=dict)

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        steps = [
            ("qt binding", self.check_binding),
            ("database", self.create_database),
            ("resources", self.check_resources),
            ("users", self.create_users),
            ("work order", self.open_work_order),
            ("paper", self.render_paper),
        ]
        if self.gui:
            steps.append(("window", self.build_window))
        return steps

    def run(self) -> int:
        started = time.monotonic()
        try:
            for name, step in self.steps():
                try:
                    detail = step()
                except Exception as exc:  # any failure is the answer the technician needs
                    print(f"FAIL {name}: {_describe(exc)}", file=sys.stderr)
                    return EXIT_FAILED
                print(f"ok   {name}: {detail}")
        finally:
            db = self.state.get("db")
            if db is not None:
                db.dispose()
        print(f"OK ({time.monotonic() - started:.1f} s)")
        return EXIT_OK

    def check_binding(self) -> str:
        """A bundle built on PySide6 6.12.0 with Python 3.11 aborts after a few thousand Qt calls (issue 10)."""
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from dealerdesk.app import get_application
        from dealerdesk.qt_binding_check import binding_name, measure

        get_application()  # the application's own, as the window step uses it
        drifts = measure(BINDING_PROBE_CALLS)
        lost = [d for d in drifts if d.lost]
        if lost:
            raise RuntimeError(
                f"{binding_name()} loses references to None ("
                + "; ".join(d.line() for d in lost)
                + "): the window would abort after a few thousand Qt calls. "
                "Build with the PySide6 version pinned in pyproject.toml."
            )
        return f"{binding_name()} keeps None's reference count over {BINDING_PROBE_CALLS} calls of each probe"

    def create_database(self) -> str:
        from dealerdesk.db.database import open_database
        from dealerdesk.db.migrate import current_revision, head_revision, upgrade

        db = open_database(self.url)
        self.state["db"] = db
        upgrade(db)
        revision = current_revision(db)
        if revision != head_revision():
            raise RuntimeError(f"migrated to {revision}, expected {head_revision()}")
        return f"{db.display_name} created, schema at revision {revision}"

    def check_resources(self) -> str:
        from dealerdesk.domain.vocabulary import ServiceCategory
        from dealerdesk.i18n import app_translator, qt_translator
        from dealerdesk.services.qc import checklist_templates

        if app_translator("zh_CN") is None:
            raise RuntimeError("the Chinese translation (dealerdesk_zh_CN.qm) cannot be loaded")
        if qt_translator("zh_CN") is None:
            raise RuntimeError("Qt's own Chinese translation (qtbase_zh_CN.qm) cannot be loaded")
        count = len(checklist_templates.category_template(ServiceCategory.PERIODIC_MAINTENANCE).items)
        count += len(checklist_templates.handover_template().items)
        return f"Chinese translations (DealerDesk's, Qt's) loaded, checklist templates read ({count} items in two)"

    def create_users(self) -> str:
        from dealerdesk.domain.roles import Role
        from dealerdesk.services import users

        db = self.state["db"]
        admin = users.create_first_admin(db, "selftest-admin", "Self-test Administrator", self.password)
        users.create_user(db, admin, "selftest-advisor", "自检 服务顾问", self.password, {Role.ADVISOR})
        technician = users.create_user(db, admin, "selftest-tech", "自检 技师", self.password, {Role.TECHNICIAN})
        # Sign in as the advisor: password hashing and the account checks run as at the login box.
        self.state["admin"] = admin
        self.state["advisor"] = users.authenticate(db, "selftest-advisor", self.password)
        self.state["technician_id"] = technician.id
        return "administrator, service advisor and technician created; advisor signed in"

    def open_work_order(self) -> str:
        from dealerdesk.domain.vocabulary import OrderStatus
        from dealerdesk.services.orders.work_orders import load_order, open_order, save_draft

        db, advisor = self.state["db"], self.state["advisor"]
        data = sample_order(self.state["technician_id"])
        # As at the front desk: the customer's first words go into a draft, then the order is opened.
        draft = save_draft(db, advisor, _draft_of(data))
        opened = open_order(db, advisor, data, order_id=draft.id, expected_version=draft.version)
        loaded = load_order(db, opened.id)
        if loaded.status is not OrderStatus.OPEN or loaded.number != draft.number:
            raise RuntimeError(f"order {loaded.number} is {loaded.status.value} after opening")
        self.state["order_id"] = loaded.id
        self.state["order_number"] = loaded.number
        return f"order {loaded.number} saved as draft, opened and read back"

    def render_paper(self) -> str:
        from dealerdesk.reports import render_job_card, render_work_order, write_pdf
        from dealerdesk.reports.fonts import paper_font
        from dealerdesk.services.orders.paper import load_paper_order
        from dealerdesk.services.settings import get_settings

        db, number = self.state["db"], self.state["order_number"]
        settings = get_settings(db)
        _order_id, paper = load_paper_order(db, self.state["order_id"], settings)
        written = []
        for kind, render in (("work-order", render_work_order), ("job-card", render_job_card)):
            pdf = render(paper, self.lang, settings.font_path or None)
            if not pdf.startswith(b"%PDF-"):
                raise RuntimeError(f"the {kind} is not a PDF")
            if number not in pdf_title(pdf):
                raise RuntimeError(f"the {kind} does not name order {number} (title {pdf_title(pdf)!r})")
            target = write_pdf(self.paper_stem.with_name(f"{self.paper_stem.name}-{kind}.pdf"), pdf)
            written.append(f"{target.name} ({len(pdf) // 1024} KiB)")
        font = paper_font(settings.font_path or None).path
        return f"{' and '.join(written)} written to {self.paper_stem.parent}, in {self.lang}, font {font}"

    def build_window(self) -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

        from dealerdesk.app import get_application, install_translators
        from dealerdesk.services.settings import get_settings
        from dealerdesk.ui.context import UiContext
        from dealerdesk.ui.main_window import MainWindow

        warnings: list[str] = []

        def collect(kind: QtMsgType, _context: object, message: str) -> None:
            serious = kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
            if serious and not any(h in message for h in HARMLESS_QT_WARNINGS):
                warnings.append(message)

        previous = qInstallMessageHandler(collect)
        try:
            app = get_application()
            keep = install_translators(app, self.lang)
            db = self.state["db"]
            with tempfile.TemporaryDirectory() as tmp:
                # Window state goes to a throw-away file, not the user's own settings.
                qsettings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
                window = MainWindow(UiContext(db, self.state["admin"], get_settings(db), self.lang), qsettings)
                window.show()
                pages = []
                for key in window.page_keys:
                    pages.append(window.page(key))
                    app.processEvents()
                    if self.screenshots is not None:
                        self.screenshots.mkdir(parents=True, exist_ok=True)
                        window.grab().save(str(self.screenshots / f"page-{key}.png"))
                window.close()
                window.deleteLater()
                app.processEvents()
            for t in keep:
                app.removeTranslator(t)
        finally:
            qInstallMessageHandler(previous)
        if warnings:
            raise RuntimeError("Qt warned: " + " | ".join(warnings))
        return f"main window built on {app.platformName()} with {len(pages)} pages, no Qt warnings"


def sample_order(technician_id: int) -> OrderInput:
    """A complete periodic-maintenance order, with the Chinese a real one has."""
    from dealerdesk.domain.order_rules import LabourLineInput, OrderInput, PartsLineInput
    from dealerdesk.domain.vocabulary import FuelLevel, PaymentType, ServiceCategory

    now = datetime.now(UTC).replace(microsecond=0)
    return OrderInput(
        customer_name="自检 客户",
        customer_mobile="13800138000",
        plate="沪A12345",
        vin="LSVAU218XN2183294",  # a valid check digit
        model="朗逸 1.5L",
        colour="白色",
        mileage_in=12_345,
        fuel_level=FuelLevel.HALF,
        category=ServiceCategory.PERIODIC_MAINTENANCE,
        payment_type=PaymentType.CUSTOMER,
        concerns=["常规保养", "刹车有异响"],
        labour_lines=[LabourLineInput("更换机油机滤", 100, 30_000, technician_id)],
        parts_lines=[PartsLineInput("06L115562", "机油滤清器", 1000, 8_800)],
        estimate_fen=38_800,
        checked_in_at=now,
        promised_at=now + timedelta(hours=3),
        customer_waits=True,
    )


def _draft_of(data: OrderInput) -> OrderInput:
    from dataclasses import replace

    return replace(data, labour_lines=[], parts_lines=[], estimate_fen=None, promised_at=None)


def _describe(exc: Exception) -> str:
    if isinstance(exc, DealerDeskError):
        from dealerdesk.i18n import MessageTranslator

        return MessageTranslator("en").error(exc)
    return f"{type(exc).__name__}: {exc}"
