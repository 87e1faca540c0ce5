"""Sign-in as an attacker tries it, and a user deactivated while signed in, seen on screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.i18n import app_translator
from dealerdesk.services import users
from dealerdesk.services.orders.work_orders import load_order, open_order
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.settings import get_settings
from dealerdesk.ui import main_window as main_window_module
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.colleague_dialog import ColleagueDialog
from dealerdesk.ui.dialogs.login_dialog import LoginDialog
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.orders.cancel_dialog import CancelDialog
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.qc import checklist_dialog as checklist_module
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from tests.db.qc_helpers import make_order
from tests.helpers import PASSWORD, UserSet
from tests.order_samples import complete_order


def test_the_wait_after_five_wrong_passwords_counts_down(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, "sa1")
    for _ in range(5):
        qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-password")
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "Too many wrong passwords for sa1. Try again in 30 seconds."
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.ui.usernameEdit.text() == "sa1"
    dialog._tick()  # one second later
    assert dialog.ui.errorLabel.text() == "Too many wrong passwords for sa1. Try again in 29 seconds."
    dialog.ui.usernameEdit.setText("sa2")  # someone else may sign in meanwhile
    assert ok.isEnabled()
    dialog.ui.usernameEdit.setText("sa1")
    assert not ok.isEnabled()
    dialog._seconds_left = 1
    dialog._tick()
    assert ok.isEnabled() and dialog.ui.errorLabel.text() == ""


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    translator = app_translator("zh_CN")
    assert translator is not None
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_countdown_in_chinese(qtbot, db: Database, people: UserSet, chinese) -> None:  # type: ignore[no-untyped-def]
    t0 = utcnow() - timedelta(seconds=1)
    for _ in range(4):
        with pytest.raises(DealerDeskError):
            users.authenticate(db, "sa1", "nope", now=t0)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("sa1")
    dialog.ui.passwordEdit.setText("nope")
    dialog.try_sign_in()
    assert "密码错误次数过多" in dialog.ui.errorLabel.text() and "30" in dialog.ui.errorLabel.text()


def test_a_user_deactivated_while_signed_in_is_signed_out(
    qtbot, db: Database, people: UserSet, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(main_window_module, "show_error", lambda parent, text: shown.append(text))
    order = open_order(db, people.advisor, complete_order())
    window = MainWindow(
        UiContext(db, people.advisor, get_settings(db), "en"),
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    dialog = CancelDialog(window.ctx, order, window)
    dialog.show()
    users.set_active(db, people.admin, people.advisor.id, False)
    dialog.reason.setPlainText("客户改主意了")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )  # the service refuses; the window hears of it and signs out
    qtbot.waitUntil(lambda: window.signed_out and not window.isVisible())
    assert shown == [
        "The account sa1 was deactivated by an administrator: you have been signed out. "
        "Nothing of yours that was saved is lost."
    ]
    assert not dialog.isVisible()
    assert users.list_users(db)  # nothing else changed


def test_an_idle_window_notices_the_deactivation(qtbot, db: Database, people: UserSet, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(main_window_module, "show_error", lambda parent, text: shown.append(text))
    window = MainWindow(
        UiContext(db, people.tech, get_settings(db), "en"),
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    window.check_account()
    assert not window.signed_out
    users.set_active(db, people.admin, people.tech.id, False)
    window.check_account()  # what the 30-second timer does
    qtbot.waitUntil(lambda: window.signed_out and not window.isVisible())
    assert len(shown) == 1 and "deactivated" in shown[0]


def signed_in_advisor(qtbot, db: Database, people: UserSet, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The advisor's window with a new work order typed in it, not saved; the sign-out messages collected."""
    shown: list[str] = []
    monkeypatch.setattr(main_window_module, "show_error", lambda parent, text: shown.append(text))
    window = MainWindow(
        UiContext(db, people.advisor, get_settings(db), "en"),
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    page = window.page("work_orders")
    page.new_order()
    dialog = page.dialog
    assert isinstance(dialog, WorkOrderDialog)
    qtbot.waitExposed(dialog)
    dialog.ui.plateEdit.setText("川A12345")
    dialog.ui.customerNameEdit.setText("王芳")
    qtbot.keyClicks(dialog.ui.customerMobileEdit, "13812345678")
    return window, dialog, shown


def colleague_signs_in(username: str, password: str):  # type: ignore[no-untyped-def]
    """ColleagueDialog.exec as a person does it: types a name and a password and presses Save."""

    def exec_(self: ColleagueDialog) -> int:
        self.username.setText(username)
        self.password.setText(password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return int(self.result())

    return exec_


def test_a_deactivated_users_typed_work_order_is_saved_under_a_colleague(  # type: ignore[no-untyped-def]
    qtbot, db: Database, people: UserSet, tmp_path, monkeypatch
) -> None:
    window, dialog, shown = signed_in_advisor(qtbot, db, people, tmp_path, monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(MainWindow, "ask_keep_typed_work", lambda self, d: asked.append(d.windowTitle()) or True)
    monkeypatch.setattr(ColleagueDialog, "exec", colleague_signs_in("sa2", PASSWORD))
    users.set_active(db, people.admin, people.advisor.id, False)
    window.check_account()
    qtbot.waitUntil(lambda: window.signed_out and not window.isVisible())
    assert len(shown) == 1 and "deactivated" in shown[0]
    assert len(asked) == 1 and not dialog.isVisible()
    # Kept as a draft under the colleague who signed in for it: nothing typed is lost.
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.DRAFT
    saved = load_order(db, dialog.detail.id)
    assert (saved.plate, saved.customer_name, saved.customer_mobile) == ("川A12345", "王芳", "13812345678")
    assert saved.advisor_id == people.advisor2.id


def test_a_colleague_with_a_wrong_password_is_asked_again_and_nothing_is_saved_meanwhile(  # type: ignore[no-untyped-def]
    qtbot, db: Database, people: UserSet
) -> None:
    kept: list[str] = []
    dialog = ColleagueDialog(db, "New work order", lambda actor: kept.append(actor.username) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("sa2")
    dialog.password.setText("not-the-password")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and kept == []
    assert dialog.error.text() == "The user name or the password is wrong." and dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert kept == ["sa2"] and dialog.result() == ColleagueDialog.DialogCode.Accepted


def test_a_deactivated_user_may_discard_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, db: Database, people: UserSet, tmp_path, monkeypatch
) -> None:
    window, dialog, shown = signed_in_advisor(qtbot, db, people, tmp_path, monkeypatch)
    monkeypatch.setattr(MainWindow, "ask_keep_typed_work", lambda self, d: False)
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: pytest.fail("asked to save"))
    users.set_active(db, people.admin, people.advisor.id, False)
    window.check_account()
    qtbot.waitUntil(lambda: window.signed_out and not window.isVisible())
    assert len(shown) == 1 and not dialog.isVisible()  # no second message: the choice was the person's
    assert dialog.detail is None and search_orders_count(db) == 0


def search_orders_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM work_orders")).scalar_one())


def test_a_colleague_who_may_not_save_the_checklist_is_told_and_the_person_may_then_discard(  # type: ignore[no-untyped-def]
    qtbot, db: Database, people: UserSet, tmp_path, monkeypatch
) -> None:
    """Level 1 is the order's own technician's: another technician signing in for it is refused, says so."""
    shown: list[str] = []
    for module in (main_window_module, checklist_module):  # the checklist says when it cannot keep a draft
        monkeypatch.setattr(module, "show_error", lambda parent, text: shown.append(text))
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    window = MainWindow(
        UiContext(db, people.tech, get_settings(db), "en"),
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    dialog = ChecklistDialog(window.ctx, view.id, parent=window)
    dialog.show()
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClicks(dialog.table, "p")
    assert dialog.typed_work()
    answers = iter([True, False])  # save as a colleague; then, refused, discard
    monkeypatch.setattr(MainWindow, "ask_keep_typed_work", lambda self, d: next(answers))
    refusals: list[str] = []

    def tech2_signs_in(self: ColleagueDialog) -> int:
        result = colleague_signs_in("tech2", PASSWORD)(self)
        refusals.append(self.error.text())
        return result

    monkeypatch.setattr(ColleagueDialog, "exec", tech2_signs_in)
    users.set_active(db, people.admin, people.tech.id, False)
    window.check_account()
    qtbot.waitUntil(lambda: window.signed_out and not window.isVisible())
    assert refusals == ["Not saved under 张伟: the form behind says why."]
    assert len(shown) == 1 and "deactivated" in shown[0]  # the discarded answers raise no second message
    assert not dialog.isVisible()
    level = qc.load_round(db, view.id).level(QcLevel.SELF_CHECK)
    assert all(i.answer is None for i in level.items)
