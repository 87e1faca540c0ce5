"""Every window and dialog, in Chinese and English: no Alt+letter reaches two things."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pprint import pformat

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from dealerdesk.app import install_translators
from dealerdesk.db.database import Database
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders import work_orders
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.renewal.plan import build_plan
from dealerdesk.services.renewal.today import today_view
from dealerdesk.services.rework import register as rework
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.admin.user_dialog import UserDialog
from dealerdesk.ui.care.call_dialog import CallDialog
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.first_admin_dialog import FirstAdminDialog
from dealerdesk.ui.dialogs.lock_dialog import LockDialog
from dealerdesk.ui.dialogs.login_dialog import LoginDialog
from dealerdesk.ui.dialogs.password_confirm_dialog import PasswordConfirmDialog
from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.orders.cancel_dialog import CancelDialog
from dealerdesk.ui.orders.extra_work_dialog import ExtraWorkDialog
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from dealerdesk.ui.qc.qc_history_dialog import QcHistoryDialog
from dealerdesk.ui.qc.reopen_level_dialog import ReopenLevelDialog
from dealerdesk.ui.renewal.followup_dialog import FollowUpDialog
from dealerdesk.ui.renewal.offer_dialog import HandoverOfferDialog
from dealerdesk.ui.rework.comeback_dialog import ComebackDialog
from dealerdesk.ui.rework.register_external_dialog import RegisterExternalDialog
from dealerdesk.ui.rework.rework_detail_dialog import ReworkDetailDialog
from tests.db.care_helpers import listed_row
from tests.db.qc_helpers import make_order
from tests.db.renewal_helpers import insure, make_cars, make_specialist
from tests.helpers import PASSWORD, UserSet
from tests.rework_data import VIN, add_order, add_rework
from tests.ui.mnemonics import duplicates, stray_letters


@pytest.fixture(params=["zh_CN", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    installed = install_translators(app, request.param)
    yield request.param
    for t in installed:
        app.removeTranslator(t)


def everyone(db: Database, people: UserSet) -> Actor:
    """One account holding every role, so that every button of every screen is there."""
    found = [u for u in users.list_users(db) if u.username == "all"]
    view = found[0] if found else users.create_user(db, people.admin, "all", "全能", PASSWORD, set(Role), "机电一组")
    return Actor(view.id, view.username, view.full_name, view.roles)


def shown(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    return window


def each_tab(window: QWidget) -> Iterator[None]:
    """Yield once per combination worth checking: every tab of every tab widget shown in turn."""
    yield
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield


def find_duplicates(window: QWidget, name: str, found: dict[str, object]) -> None:
    for _ in each_tab(window):
        if clash := duplicates(window):
            found[name] = clash
        if stray := stray_letters(window):
            found[f"{name}: letters without a key"] = stray


def test_main_window_and_every_page(qtbot: QtBot, db: Database, people: UserSet, lang: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = UiContext(db, everyone(db, people), get_settings(db), lang)
    window = shown(qtbot, MainWindow(ctx, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    found: dict[str, object] = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        find_duplicates(window, window.page_keys[row], found)
    assert found == {}, pformat(found)


def dialogs(db: Database, people: UserSet, lang: str) -> list[tuple[str, Callable[[], QDialog]]]:
    actor = everyone(db, people)
    ctx = UiContext(db, actor, get_settings(db), lang)
    opened = make_order(db, people.advisor, people.tech, status=OrderStatus.OPEN)
    detail = work_orders.load_order(db, opened)
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    recent = datetime.now(UTC) - timedelta(days=3)
    delivered = add_order(db, people.advisor.id, delivered_at=recent, technician_ids=(people.tech.id,))
    record = add_rework(db, delivered, people.lead.id, technician_id=people.tech.id, detected_at=recent)
    candidates = rework.comeback_candidates(db, actor, VIN, 40_500)
    user = users.list_users(db)[1]
    followup = renewal_record(db, people)
    care_row = listed_row(db, actor, dealer_today())
    return [
        ("sign-in", lambda: LoginDialog(db)),
        ("first administrator", lambda: FirstAdminDialog(db)),
        ("password", lambda: PasswordConfirmDialog("?", lambda _p: None)),
        ("new work order", lambda: WorkOrderDialog(ctx)),
        ("open work order", lambda: WorkOrderDialog(ctx, opened)),
        ("print preview", lambda: PrintPreviewDialog(ctx, opened)),
        ("cancel order", lambda: CancelDialog(ctx, detail)),
        ("extra work", lambda: ExtraWorkDialog(ctx, detail)),
        ("user", lambda: UserDialog(ctx, user)),
        ("new user", lambda: UserDialog(ctx)),
        ("register external", lambda: RegisterExternalDialog(ctx)),
        ("checklist", lambda: ChecklistDialog(ctx, view.id)),
        ("qc history", lambda: QcHistoryDialog(ctx, opened)),
        ("reopen level", lambda: ReopenLevelDialog(ctx, view)),
        ("rework detail", lambda: ReworkDetailDialog(ctx, record)),
        ("comeback", lambda: ComebackDialog(candidates)),
        ("lock", lambda: LockDialog(db, actor, 10)),
        ("renewal offer", lambda: HandoverOfferDialog(ctx, opened, reminder="?")),
        ("renewal follow-up", lambda: FollowUpDialog(ctx, followup)),
        ("follow-up call", lambda: CallDialog(ctx, care_row, dealer_today())),
    ]


def renewal_record(db: Database, people: UserSet) -> int:
    make_specialist(db, people, "rn1", "钱续保")
    car = make_cars(db, 1)[0]
    insure(db, people.manager, car, dealer_today() + timedelta(days=10))
    build_plan(db, people.manager)
    return today_view(db, people.manager).due[0].followup_id


def test_every_dialog(qtbot: QtBot, db: Database, people: UserSet, lang: str) -> None:
    found: dict[str, object] = {}
    for name, make in dialogs(db, people, lang):
        dialog = shown(qtbot, make())
        find_duplicates(dialog, name, found)
        dialog.close()
    assert found == {}, pformat(found)


def main_window(qtbot: QtBot, db: Database, actor: Actor, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx = UiContext(db, actor, get_settings(db), "en")
    window = MainWindow(ctx, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_alt_f_opens_the_file_menu_and_alt_d_finds(qtbot: QtBot, db: Database, people: UserSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, db, people.advisor, tmp_path)
    page = window.page("work_orders")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is page.search
    qtbot.keyClick(page.search, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.menuBar().activeAction() is not None)
    assert window.menuBar().activeAction().text() == "&File"
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)


def test_quitting_asks_about_a_work_order_being_typed(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, people: UserSet, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window(qtbot, db, people.advisor, tmp_path)
    page = window.page("work_orders")
    page.new_order()
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.ui.plateEdit.setText("川A12345")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: asked.append("?") or answer)
    assert not window.close()  # Cancel: nothing is lost, both windows stay
    assert asked == ["?"] and window.isVisible() and dialog.isVisible()
    assert dialog.ui.plateEdit.text() == "川A12345"
    answer = QMessageBox.StandardButton.Save  # Save: kept as a draft, then the window closes
    assert window.close()
    assert not dialog.isVisible()
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.DRAFT
    assert work_orders.load_order(db, dialog.detail.id).plate == "川A12345"


def test_quitting_with_nothing_typed_does_not_ask(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, people: UserSet, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window(qtbot, db, people.advisor, tmp_path)
    window.page("work_orders").new_order()
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: pytest.fail("asked"))
    assert window.close()
