"""Sign-in as an attacker tries it, and a user deactivated while signed in, seen on screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.i18n import app_translator
from dealerdesk.services import users
from dealerdesk.services.orders.work_orders import open_order
from dealerdesk.services.settings import get_settings
from dealerdesk.ui import main_window as main_window_module
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.login_dialog import LoginDialog
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.orders.cancel_dialog import CancelDialog
from tests.helpers import UserSet
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
