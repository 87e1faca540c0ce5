"""One PC, several people: switch user (Ctrl+L), the idle lock, each person's own language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dealerdesk import i18n
from dealerdesk.db.database import Database
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.i18n import AppTranslators, resolve_language
from dealerdesk.services import users
from dealerdesk.services.orders.work_orders import load_order
from dealerdesk.ui.dialogs.login_dialog import LoginDialog
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.session import GuiSession
from tests.helpers import PASSWORD, UserSet


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the windows at the end of a test would ask about typed work in a modal box."""
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def session(qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path) -> Iterator[GuiSession]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = AppTranslators(app)
    translators.use("en")
    s = GuiSession(app, db, translators, None, lambda: QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    yield s
    s.idle.set_minutes(0)
    app.removeEventFilter(s.idle)
    app.removeEventFilter(s)
    app.setQuitOnLastWindowClosed(True)
    for t in translators.installed:
        app.removeTranslator(t)
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.hide()


def sign_in(qtbot: QtBot, s: GuiSession, username: str, password: str = PASSWORD) -> MainWindow:
    dialog = s.sign_in_dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    window = s.window
    assert window is not None and window.isVisible() and window.ctx.actor.username == username
    qtbot.addWidget(window)
    return window


def test_ctrl_l_hands_the_pc_to_the_next_person_and_keeps_what_was_typed(
    qtbot: QtBot, session: GuiSession, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.ask_sign_in()
    first = sign_in(qtbot, session, "sa1")
    page = first.page("work_orders")
    assert page.new_action.isEnabled()  # an advisor opens orders
    page.new_order()
    dialog = page.dialog
    assert dialog is not None
    with qtbot.waitActive(dialog):  # shortcuts go to the active window
        dialog.activateWindow()
    dialog.ui.plateEdit.setText("川A12345")
    asked: list[str] = []
    monkeypatch.setattr(
        WorkOrderDialog, "ask_unsaved_changes", lambda self: asked.append("?") or QMessageBox.StandardButton.Save
    )
    qtbot.keyClick(dialog.ui.plateEdit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["?"], "the advisor is asked about the order being typed"
    assert dialog.detail is not None and load_order(db, dialog.detail.id).status is OrderStatus.DRAFT
    assert not first.isVisible() and not dialog.isVisible()
    second = sign_in(qtbot, session, "qc1")
    assert second is not first
    assert "郑质检" in second.user_label.text()
    assert not second.page("work_orders").new_action.isEnabled()  # an inspector does not open orders


def test_ctrl_l_with_the_typed_order_kept_open_stays(qtbot: QtBot, session: GuiSession, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session.ask_sign_in()
    window = sign_in(qtbot, session, "sa1")
    page = window.page("work_orders")
    page.new_order()
    assert page.dialog is not None
    page.dialog.ui.plateEdit.setText("川A12345")
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Cancel)
    window.switch_user_action.trigger()
    assert window.isVisible() and page.dialog.isVisible() and page.dialog.ui.plateEdit.text() == "川A12345"
    assert session.window is window


def test_idle_lock_asks_the_same_password_and_loses_nothing(qtbot: QtBot, session: GuiSession) -> None:
    session.ask_sign_in()
    window = sign_in(qtbot, session, "sa1")
    page = window.page("work_orders")
    page.new_order()
    dialog = page.dialog
    assert dialog is not None
    dialog.ui.plateEdit.setText("川A12345")
    assert session.idle.minutes == 10  # the Settings default
    session.idle.timer.setInterval(50)  # ten minutes of nobody at the desk
    session.idle.timer.start()
    qtbot.waitUntil(lambda: session.lock_dialog is not None and session.lock_dialog.isVisible())
    lock = session.lock_dialog
    assert lock is not None
    assert not window.isVisible() and not dialog.isVisible()
    qtbot.keyClick(lock, Qt.Key.Key_Escape)
    assert lock.isVisible()  # Escape does not unlock
    qtbot.keyClicks(lock.password, "wrong")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert lock.isVisible() and lock.error.text() == tr_message("The password is wrong.")
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not lock.isVisible() and session.lock_dialog is None
    assert window.isVisible() and dialog.isVisible() and dialog.ui.plateEdit.text() == "川A12345"


def test_from_the_lock_another_person_signs_in(qtbot: QtBot, session: GuiSession, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session.ask_sign_in()
    window = sign_in(qtbot, session, "sa1")
    session.lock()
    lock = session.lock_dialog
    assert lock is not None
    lock.switch_button.click()
    assert not window.isVisible()
    other = sign_in(qtbot, session, "tech1")
    assert other.ctx.actor.roles == frozenset({Role.TECHNICIAN})


def test_the_language_picked_at_sign_in_is_remembered_for_that_person(
    qtbot: QtBot, session: GuiSession, db: Database, people: UserSet
) -> None:
    session.translators.use("zh_CN")
    session.ask_sign_in()
    dialog = session.sign_in_dialog
    assert isinstance(dialog, LoginDialog)
    assert dialog.language.isVisible() and dialog.language.currentText() == "中文"
    assert dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).text() == "登录"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # the dialog turns English at once
    assert dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).text() == "Sign in"
    assert dialog.ui.usernameLabel.text() == "&User name:"
    window = sign_in(qtbot, session, "sa1")
    assert window.ctx.lang == "en" and window.nav.item(0).text() == "Work orders"
    assert users.user_language(db, people.advisor.id) == "en"
    window.switch_user_action.trigger()
    other = sign_in(qtbot, session, "qc1")  # qc1 never chose: the dealership's default (Chinese here)
    assert other.ctx.lang == resolve_language(None, "system") == "zh_CN"
    assert users.user_language(db, people.qc.id) is None
    other.switch_user_action.trigger()
    again = sign_in(qtbot, session, "sa1")  # without touching the picker: his own English
    assert again.ctx.lang == "en"


@pytest.mark.parametrize(
    ("locale", "lang"), [("de_DE", "zh_CN"), ("ko_KR", "zh_CN"), ("zh_TW", "zh_CN"), ("en_GB", "en")]
)
def test_a_pc_neither_chinese_nor_english_starts_in_chinese(
    monkeypatch: pytest.MonkeyPatch, locale: str, lang: str
) -> None:
    class System:
        @staticmethod
        def system() -> System:
            return System()

        def name(self) -> str:
            return locale

    monkeypatch.setattr(i18n, "QLocale", System)
    assert resolve_language(None, "system") == lang


def test_the_idle_lock_minutes_are_a_setting(qtbot: QtBot, db: Database, people: UserSet, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dealerdesk.services.settings import get_settings
    from dealerdesk.ui.admin import settings_page
    from dealerdesk.ui.admin.settings_page import SettingsPage
    from dealerdesk.ui.context import UiContext

    monkeypatch.setattr(settings_page, "show_info", lambda _p, _t: None)
    page = SettingsPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    assert page.idle_lock.value() == 10
    page.idle_lock.setValue(0)
    assert page.idle_lock.text() == "never"
    page.idle_lock.setValue(3)
    page.save_button.click()
    assert get_settings(db).idle_lock_minutes == 3
