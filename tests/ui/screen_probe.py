"""Open every top-level window and dialog on the screen this process has, and report what does not fit.

Run by tests/ui/test_screen_sizes.py in a process of its own per screen (the offscreen
platform's screen is fixed when the QApplication starts)::

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=1.25 \\
        python -m tests.ui.screen_probe --db DEMO.sqlite --lang zh_CN --out problems.json [--shots DIR]

The database is a demo database (``dealerdesk demo``): it has open orders, QC rounds in
progress, rework records and delivered orders for each dialog to show. Problems reported:
a window whose frame leaves the screen's available geometry, an action button outside it
or cut off by the window, a plate/VIN/mobile/name field narrower than its minimum, and a
key column (order number, plate, status) of a list scrolled out of sight.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import json
import os
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from importlib import import_module
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QPushButton, QScrollArea, QTableView, QWidget
from sqlalchemy import text

import dealerdesk.ui
from dealerdesk.app import get_application, install_translators
from dealerdesk.db.database import Database, open_database
from dealerdesk.domain.order_rules import LabourLineInput, PartsLineInput
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders.work_orders import load_order, save_draft
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.rework import register as rework
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop.alerts import Alert
from dealerdesk.services.workshop.clock import Technician
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.widgets.window_geometry import (
    MOBILE_CHARS,
    NAME_CJK_CHARS,
    PLATE_CHARS,
    VIN_CHARS,
    available_geometry,
    chars_width,
)

# objectName -> (characters, CJK?) for the fields issue 21 lists.
FIELD_MINIMUMS: dict[str, tuple[int, bool]] = {
    "plateEdit": (PLATE_CHARS, False),
    "vinEdit": (VIN_CHARS, False),
    "customerMobileEdit": (MOBILE_CHARS, False),
    "contactMobileEdit": (MOBILE_CHARS, False),
    "customerNameEdit": (NAME_CJK_CHARS, True),
    "contactNameEdit": (NAME_CJK_CHARS, True),
}
# objectName of a list -> how many of its first columns (order number, status, plate) stay in sight.
# Dialog classes not opened here, and why (test_screen_sizes checks every other one is).
NOT_OPENED = {
    "SlipPreviewDialog": "the print preview (opened here) for a parts slip: same sizing, needs an issued slip"
}
KEY_COLUMNS = {"workOrdersView": 3, "qcQueue": 3}
# Lists whose every column stays in sight, no sideways scroll bar: a cell cut short ("…") has its whole
# text as a tooltip.
WHOLE_WIDTH_LISTS = {"careCallList"}
# Columns of those lists whose cells are never cut, tooltip or not: the call list's reasons (missed, overdue
# and due told apart) and due day (the date and the km).
WHOLE_TEXT_COLUMNS = {"careCallList": (3, 4)}
# Main-window pages that are long forms, each section with its own Save: they scroll on small screens.
SCROLLING_PAGES = {"page_settings"}


def one(db: Database, sql: str) -> Any:
    with db.engine.connect() as conn:
        value = conn.execute(text(sql)).scalar()
    if value is None:
        raise LookupError(f"the demo database has no row for: {sql}")
    return value


def everyone(db: Database) -> Actor:
    """An account holding every role, so that every page, and every button of every dialog, is there."""
    admin = users.authenticate(db, "admin", "admin123")
    found = [u for u in users.list_users(db) if u.username == "everyone"]
    view = found[0] if found else users.create_user(db, admin, "everyone", "全能演示员", "everyone1", set(Role))
    return Actor(view.id, view.username, view.full_name, view.roles)


def busiest_order(db: Database, actor: Actor) -> int:
    """The demo's draft, given the lines of a big service (16, with long names): the dialogs holding a row
    per line (settlement, packages and vouchers) must still fit."""
    draft = one(db, "SELECT id FROM work_orders WHERE status = 'draft' ORDER BY id LIMIT 1")
    detail = load_order(db, draft)
    data = detail.to_input()
    labour = [
        LabourLineInput(f"{i}号 更换前后刹车片及刹车盘并检查制动液 Replace brake pads and discs", 150, 18_000)
        for i in range(1, 7)
    ]
    parts = [
        PartsLineInput(f"PN-{i:05d}", f"{i}号 全合成机油 5W-30 (4L) Fully synthetic engine oil", 1_000, 45_000)
        for i in range(1, 11)
    ]
    data = dataclasses.replace(data, labour_lines=labour, parts_lines=parts)
    return save_draft(db, actor, data, draft, detail.version).id


def builders(ctx: UiContext, window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """One way to open each dialog class, with the demo's data; the test checks none is missing."""
    from dealerdesk.db.base import utcnow
    from dealerdesk.domain.satisfaction import ComplaintSource
    from dealerdesk.services.care import calls as care_calls
    from dealerdesk.services.care import status as care_status
    from dealerdesk.services.care.sales_import import COLUMNS, check_sale_row
    from dealerdesk.services.imports.checks import CheckedRow, Preview
    from dealerdesk.services.imports.reader import SourceRow
    from dealerdesk.services.packages.redemption import choices_for
    from dealerdesk.services.review.complaints import open_complaint
    from dealerdesk.services.review.document_audit import FindingStatus, FindingView, rule_set
    from dealerdesk.ui.admin.user_dialog import UserDialog
    from dealerdesk.ui.care.call_dialog import CallDialog
    from dealerdesk.ui.care.vehicle_dialog import VehicleDialog
    from dealerdesk.ui.dialogs.colleague_dialog import ColleagueDialog
    from dealerdesk.ui.dialogs.connection_dialog import ConnectionDialog
    from dealerdesk.ui.dialogs.first_admin_dialog import FirstAdminDialog
    from dealerdesk.ui.dialogs.lock_dialog import LockDialog
    from dealerdesk.ui.dialogs.login_dialog import LoginDialog
    from dealerdesk.ui.dialogs.password_confirm_dialog import PasswordConfirmDialog
    from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog
    from dealerdesk.ui.imports.preview_dialog import ImportPreviewDialog
    from dealerdesk.ui.orders.cancel_dialog import CancelDialog
    from dealerdesk.ui.orders.extra_work_dialog import ExtraWorkDialog
    from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
    from dealerdesk.ui.packages.dialogs import (
        ExtensionDialog,
        IssueVoucherDialog,
        SellPackageDialog,
        WarrantyStartDialog,
    )
    from dealerdesk.ui.packages.order_panel import RedemptionDialog
    from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
    from dealerdesk.ui.qc.qc_history_dialog import QcHistoryDialog
    from dealerdesk.ui.qc.reopen_level_dialog import ReopenLevelDialog
    from dealerdesk.ui.renewal.followup_dialog import FollowUpDialog
    from dealerdesk.ui.renewal.offer_dialog import HandoverOfferDialog
    from dealerdesk.ui.review.complaint_dialogs import ComplaintDialog, NewComplaintDialog
    from dealerdesk.ui.review.excuse_dialog import ExcuseDialog
    from dealerdesk.ui.rework.comeback_dialog import ComebackDialog
    from dealerdesk.ui.rework.register_external_dialog import RegisterExternalDialog
    from dealerdesk.ui.rework.rework_detail_dialog import ReworkDetailDialog
    from dealerdesk.ui.settlement.settlement_dialog import SettlementDialog
    from dealerdesk.ui.workshop.alerts_ui import AlertsDialog, CustomerToldDialog
    from dealerdesk.ui.workshop.clock_page import SetPinDialog
    from dealerdesk.ui.workshop.discount_dialog import DiscountDialog, ManagerApprovalDialog

    db = ctx.db
    open_id = one(db, "SELECT id FROM work_orders WHERE status = 'open' ORDER BY id LIMIT 1")
    round_id = one(db, "SELECT id FROM qc_rounds WHERE status = 'in_progress' ORDER BY id LIMIT 1")
    qc_order = one(db, f"SELECT order_id FROM qc_rounds WHERE id = {round_id}")
    record_id = one(db, "SELECT id FROM rework_records ORDER BY id LIMIT 1")
    delivered = one(db, "SELECT id FROM work_orders WHERE status = 'delivered' ORDER BY delivered_at DESC LIMIT 1")
    delivered_order = load_order(db, delivered)
    candidates = rework.comeback_candidates(db, ctx.actor, delivered_order.vin, None, now=delivered_order.delivered_at)
    number = one(db, f"SELECT number FROM work_orders WHERE id = {delivered}")
    complaint = open_complaint(db, ctx.actor, next(iter(ComplaintSource)), "车子还是有异响 / still noisy", number)
    detail = load_order(db, open_id)
    alert = Alert(
        open_id, detail.number, detail.plate, detail.customer_name, detail.promised_at,
        datetime.now(UTC) + timedelta(hours=2), (), late=True,
    )  # fmt: skip
    technician = Technician(ctx.actor.id, ctx.actor.full_name, "机电一组", False)
    followup = renewal_record(ctx)
    care_day = care_status.refresh_status(db, ctx.actor).day  # a new day: the demo's list dealt again
    care_row = max(care_calls.call_list(db, ctx.actor, None, care_day), key=lambda r: len(r.vehicles))
    vehicle_id = one(db, "SELECT id FROM vehicles ORDER BY id LIMIT 1")
    sale_cells = {c.key: "" for c in COLUMNS} | {
        "vin": "LSVAU2180N2183294", "model": "朗逸", "sale_date": "2026-11-30", "owner_name": "张三",
        "owner_mobile": "1380013800",
    }  # fmt: skip
    key, value, problems = check_sale_row(SourceRow(3, sale_cells), date(2026, 12, 1))
    sales_preview = Preview("星河汽车11月销售.xlsx", (CheckedRow(3, key, sale_cells, value, tuple(problems)),))
    busy = busiest_order(db, ctx.actor)
    busy_order = load_order(db, busy)
    # The vehicle with the most packages and vouchers: the widest choosers of the redemption dialog.
    vehicle = one(
        db,
        "SELECT vehicle_id FROM (SELECT vehicle_id FROM package_sales UNION ALL SELECT vehicle_id FROM vouchers"
        " WHERE vehicle_id IS NOT NULL) GROUP BY vehicle_id ORDER BY count(*) DESC, vehicle_id LIMIT 1",
    )
    vin = one(db, f"SELECT vin FROM vehicles WHERE id = {vehicle}")
    car = f"{one(db, f'SELECT plate FROM vehicles WHERE id = {vehicle}')} · {detail.model} · {detail.customer_name}"
    lines = [*busy_order.labour_lines, *busy_order.parts_lines]
    names = [f"{i}: {getattr(x, 'operation', '') or getattr(x, 'name', '')}" for i, x in enumerate(lines, start=1)]
    parent = window
    return {
        "LoginDialog": lambda: LoginDialog(db),
        "FirstAdminDialog": lambda: FirstAdminDialog(db),
        "LockDialog": lambda: LockDialog(db, ctx.actor, 10),
        "WorkOrderDialog": lambda: WorkOrderDialog(ctx, None, parent),
        "WorkOrderDialog (open order)": lambda: WorkOrderDialog(ctx, open_id, parent),
        "ChecklistDialog": lambda: ChecklistDialog(ctx, round_id, parent=parent),
        "QcHistoryDialog": lambda: QcHistoryDialog(ctx, qc_order, parent),
        "ReopenLevelDialog": lambda: ReopenLevelDialog(ctx, qc.load_round(db, round_id), parent),
        "ReworkDetailDialog": lambda: ReworkDetailDialog(ctx, record_id, parent),
        "RegisterExternalDialog": lambda: RegisterExternalDialog(ctx, parent),
        "ComebackDialog": lambda: ComebackDialog(candidates, parent),
        "ExtraWorkDialog": lambda: ExtraWorkDialog(ctx, load_order(db, open_id), parent),
        "CancelDialog": lambda: CancelDialog(ctx, load_order(db, open_id), parent),
        "UserDialog": lambda: UserDialog(ctx, None, parent),
        "PasswordConfirmDialog": lambda: PasswordConfirmDialog("确认 / Confirm", lambda _p: None, parent),
        "PrintPreviewDialog": lambda: PrintPreviewDialog(ctx, open_id, "workorder", parent),
        "NewComplaintDialog": lambda: NewComplaintDialog(ctx, parent, number, "还是有异响"),
        "ComplaintDialog": lambda: ComplaintDialog(ctx, complaint, parent),
        "CallDialog": lambda: CallDialog(ctx, care_row, care_day, parent),
        "AlertsDialog": lambda: AlertsDialog(ctx, [alert], parent),
        "CustomerToldDialog": lambda: CustomerToldDialog(ctx, alert, parent),
        "DiscountDialog": lambda: DiscountDialog(ctx, open_id, parent),
        "ManagerApprovalDialog": lambda: ManagerApprovalDialog("经理审批 / Approval", lambda _c: None, parent),
        "SetPinDialog": lambda: SetPinDialog(ctx, technician, parent),
        "VehicleDialog": lambda: VehicleDialog(ctx, vehicle_id, parent),
        "ImportPreviewDialog": lambda: ImportPreviewDialog(parent, "销售清单 / Sales list", sales_preview, COLUMNS),
        "HandoverOfferDialog": lambda: HandoverOfferDialog(ctx, delivered, parent, reminder="续保前移 / renewal offer"),
        "FollowUpDialog": lambda: FollowUpDialog(ctx, followup, parent),
        "ConnectionDialog": lambda: ConnectionDialog(parent, first_start=True),
        "ColleagueDialog": lambda: ColleagueDialog(db, "新工单 / New work order", lambda _a: True, parent),
        "SettlementDialog": lambda: SettlementDialog(ctx, busy, parent),
        "RedemptionDialog": lambda: RedemptionDialog(names, lines, choices_for(db, vin, utcnow()), parent),
        "SellPackageDialog": lambda: SellPackageDialog(ctx, vehicle, car, parent),
        "IssueVoucherDialog": lambda: IssueVoucherDialog(ctx, vehicle, car, parent),
        "WarrantyStartDialog": lambda: WarrantyStartDialog(ctx, vehicle, None, parent),
        "ExtensionDialog": lambda: ExtensionDialog(ctx, vehicle, car, parent),
        "ExcuseDialog": lambda: ExcuseDialog(
            ctx,
            FindingView(
                1,
                date.today(),
                open_id,
                "WO20260101-0001",
                rule_set().rules[0].rule,
                ctx.actor.id,
                ctx.actor.full_name,
                "Promised time passed",
                {},
                FindingStatus.OPEN,
                "",
                None,
                "",
            ),
            parent,
        ),
    }


def renewal_record(ctx: UiContext) -> int:
    """A follow-up record of a demo car whose policy expires in ten days, planned for this week."""
    from dealerdesk.domain.renewal_rules import PolicyInput
    from dealerdesk.services.renewal.plan import build_plan
    from dealerdesk.services.renewal.policies import save_policy

    vehicle = one(ctx.db, "SELECT id FROM vehicles ORDER BY id LIMIT 1")
    due = date.today() + timedelta(days=10)
    policy = save_policy(ctx.db, ctx.actor, vehicle, PolicyInput("人保财险", due, due, 480_000, "平安")).policy_id
    build_plan(ctx.db, ctx.actor)
    return int(one(ctx.db, f"SELECT id FROM renewal_followups WHERE policy_id = {policy}"))


def everyones_calls(area: QWidget) -> None:
    """The care desk's call list with the demo's rows: the probe's own account has none, so it is shown as
    a manager chooses to, everyone's."""
    from dealerdesk.ui.care.call_list_page import EVERYONE, CallListPage

    calls = area.findChild(CallListPage)
    assert calls is not None, "the care area opens on its call list"
    calls.person.setCurrentIndex(calls.person.findData(EVERYONE))


def dialog_classes() -> set[str]:
    """Every dialog class of the program (tests check that the probe opens each one)."""
    found = set()
    for info in pkgutil.walk_packages(dealerdesk.ui.__path__, "dealerdesk.ui."):
        module = import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.add(cls.__name__)
    return found


def classes_of(dialog: QWidget) -> set[str]:
    """The dialog's class and its own bases: a base class (packages' _Form) is checked through them."""
    return {c.__name__ for c in type(dialog).__mro__ if c.__module__.startswith("dealerdesk.ui")}


def inside(area: QRect, rect: QRect) -> bool:
    return area.contains(rect.topLeft()) and area.contains(rect.bottomRight())


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def check(name: str, window: QWidget) -> list[str]:
    """What does not fit in ``window`` as shown now."""
    problems: list[str] = []
    area = available_geometry(window)
    frame = window.frameGeometry()
    if not inside(area, frame):
        problems.append(f"{name}: window {frame.width()}x{frame.height()} at ({frame.x()},{frame.y()}) "
                        f"leaves the available {area.width()}x{area.height()}")  # fmt: skip
    client = global_rect(window)
    for button in window.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton) or not button.isVisibleTo(window) or button.text() == "":
            continue
        scroll = _scroll_ancestor(button, window)
        if scroll is not None and scroll.objectName() != "pageScroll":
            continue  # inside a form that scrolls (a line's Add button): reachable by scrolling
        # A main-window page's buttons must be in sight, unless the page is a long form (Settings).
        if scroll is not None and scroll.widget().objectName() in SCROLLING_PAGES:
            continue
        rect = global_rect(button)
        seen = global_rect(scroll.viewport()) if scroll is not None else client
        if not inside(area, rect) or not inside(seen, rect):
            problems.append(f"{name}: button {button.text()!r} at {rect.getRect()} outside the screen or window")
    for area_ in window.findChildren(QScrollArea):
        # A form may scroll up and down on a small screen, never sideways: what is cut at the right is missed.
        if area_.isVisibleTo(window) and area_.horizontalScrollBar().maximum() > 0:
            cut = area_.horizontalScrollBar().maximum()
            problems.append(f"{name}: {_path(area_, window)} scrolls sideways ({cut} px cut)")
    for edit in window.findChildren(QLineEdit):
        wanted = FIELD_MINIMUMS.get(edit.objectName())
        if wanted is None or not edit.isVisibleTo(window):
            continue
        need = chars_width(edit, *wanted)
        margins = edit.textMargins()
        room = edit.width() - margins.left() - margins.right() - 8  # frame and text margin
        if room < need:
            problems.append(f"{name}: field {edit.objectName()} shows {room} px, needs {need} px ({wanted[0]} chars)")
    for view in window.findChildren(QTableView):
        keys = KEY_COLUMNS.get(view.objectName())
        if keys is None or not view.isVisibleTo(window) or view.model() is None:
            continue
        header = view.horizontalHeader()
        shown = [c for c in range(view.model().columnCount()) if not header.isSectionHidden(c)][:keys]
        for column in shown:
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            if header.sectionViewportPosition(column) < 0 or right > view.viewport().width():
                label = view.model().headerData(column, header.orientation())
                problems.append(f"{name}: column {label!r} of {view.objectName()} is out of sight")
    for view in window.findChildren(QTableView):
        if view.objectName() in WHOLE_WIDTH_LISTS and view.isVisibleTo(window) and view.model() is not None:
            problems.extend(cut_columns(name, view))
    return problems


def cut_columns(name: str, view: QTableView) -> list[str]:
    """A column past the list's right edge, a cell's text cut short without a tooltip saying it whole, or any
    cut cell of a column that must show its text whole."""
    problems: list[str] = []
    header, model = view.horizontalHeader(), view.model()
    shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    whole = WHOLE_TEXT_COLUMNS.get(view.objectName(), ())
    if model.rowCount() == 0:
        problems.append(f"{name}: {view.objectName()} has no rows to look at")
    if view.horizontalScrollBar().maximum() > 0:
        problems.append(f"{name}: {view.objectName()} scrolls sideways")
    for column in shown:
        label = model.headerData(column, header.orientation())
        if header.sectionViewportPosition(column) + header.sectionSize(column) > view.viewport().width():
            problems.append(f"{name}: column {label!r} of {view.objectName()} is past the right edge")
        if header.sectionSizeHint(column) > header.sectionSize(column):
            problems.append(f"{name}: the header {label!r} of {view.objectName()} is cut")
        for row in range(model.rowCount() if column in whole else min(model.rowCount(), 50)):
            index = model.index(row, column)
            text, tip = (
                str(index.data(role) or "") for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            )
            need, room = text_width(view, text), cell_room(view, index)
            if need > room and column in whole:
                problems.append(
                    f"{name}: {label!r} of row {row + 1} of {view.objectName()} is cut: {text!r} needs {need} px,"
                    f" the cell has {room} px"
                )
            elif need > room and _words(text) not in _words(tip):
                problems.append(f"{name}: {label!r} of row {row + 1} of {view.objectName()} is cut, no tooltip")
    return problems


def text_width(view: QTableView, text: str) -> int:
    """The width a cell's one-line text needs in ``view``'s font (its fallback fonts' glyphs included)."""
    return view.fontMetrics().horizontalAdvance(text)


def cell_room(view: QTableView, index: QModelIndex) -> int:
    """The width the item painter gives a cell's text: the cell less the delegate's margin on either side
    (a text wider than this is drawn cut short, "…")."""
    margin = view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1
    return view.visualRect(index).width() - 2 * margin


def _words(text: str) -> str:
    """The text's words, whatever separates them: a tooltip may give a list's "a · b" one a line."""
    return " ".join(w for w in re.split(r"[\s·,]+", text) if w)


def _path(widget: QWidget, top: QWidget) -> str:
    """Where ``widget`` sits in ``top``: its named ancestors' object names (class names where unnamed)."""
    names = []
    while widget is not None and widget is not top:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(n for n in reversed(names) if not n.startswith("qt_") and n not in {"QWidget", "QStackedWidget"})


def _scroll_ancestor(widget: QWidget, top: QWidget) -> QScrollArea | None:
    """The innermost scroll area holding ``widget`` inside ``top``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shots", type=Path, help="save each window as DIR/NAME.png")
    parser.add_argument("--only", action="append", help="only these windows (names as reported)")
    args = parser.parse_args(argv)

    app = get_application()
    keep = install_translators(app, args.lang)
    db = open_database(f"sqlite:///{args.db}")
    ctx = UiContext(db, everyone(db), get_settings(db), args.lang)
    qsettings = QSettings(str(args.out.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(ctx, qsettings)
    window.show()
    app.processEvents()
    problems: list[str] = []
    report: dict[str, Any] = {"screen": available_geometry(window).getRect(), "windows": []}

    def look(name: str, widget: QWidget) -> None:
        app.processEvents()
        problems.extend(check(name, widget))
        report["windows"].append(name)
        if args.shots is not None and (not args.only or name in args.only):
            deadline = time.monotonic() + 2  # the print preview renders its pages after it shows
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.05)
            args.shots.mkdir(parents=True, exist_ok=True)
            slug = "".join(c if c.isalnum() else "-" for c in name).strip("-").replace("--", "-")
            widget.grab().save(str(args.shots / f"{slug}.png"))

    wanted = set(args.only or [])
    for key in window.page_keys:
        page = window.page(key)
        if key == "care":
            everyones_calls(page)
        name = f"MainWindow ({key})" if key != "work_orders" else "MainWindow"
        if not wanted or "MainWindow" in wanted or name in wanted:
            look(name, window)
    catalogue = builders(ctx, window)
    opened = set(NOT_OPENED)
    for name, build in catalogue.items():
        if wanted and name not in wanted:
            continue
        dialog = build()
        opened |= classes_of(dialog)
        dialog.show()
        look(name, dialog)
        dialog.close()
        dialog.deleteLater()
    window.close()
    app.processEvents()
    for t in keep:
        app.removeTranslator(t)
    db.dispose()
    report["dialogs"] = sorted(opened)
    report["problems"] = problems
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
