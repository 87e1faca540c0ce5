"""Sign-in and the main window, driven as a person would (keyboard), asserting what they see."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from dealerdesk.db.database import Database
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.first_admin_dialog import FirstAdminDialog
from dealerdesk.ui.dialogs.login_dialog import LoginDialog
from dealerdesk.ui.main_window import MainWindow
from tests.helpers import PASSWORD, UserSet


def test_wrong_password_shows_message_and_keeps_dialog_open(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, "sa1")
    qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "wrong-password")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "The user name or the password is wrong."
    assert dialog.ui.passwordEdit.text() == ""
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.full_name == "李晓明"


def test_unknown_user_is_refused(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, "ghost")
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.actor is None and "wrong" in dialog.ui.errorLabel.text()


def test_first_start_creates_the_administrator(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("王总")  # non-ASCII: keyClicks would abort Qt (see DESIGN.md)
    qtbot.keyClicks(dialog.password, "abc")
    qtbot.keyClicks(dialog.repeat, "abc")
    dialog.create()
    assert "at least 6 characters" in dialog.error.text()
    dialog.password.setText("admin-pass")
    dialog.repeat.setText("admin-pass2")
    dialog.create()
    assert dialog.error.text() == "The two passwords differ."
    dialog.repeat.setText("admin-pass")
    dialog.create()
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_main_window_status_bar_and_remembered_view(qtbot, db: Database, people: UserSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    qs = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(db, people.manager, get_settings(db), "en")
    window = MainWindow(ctx, qs)
    qtbot.addWidget(window)
    window.show()
    assert "周经理" in window.user_label.text() and "Service manager" in window.user_label.text()
    assert db.display_name in window.db_label.text()
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == [
        "Work orders",
        "Quality control",
        "Rework",
        "Parts desk",
        "Workshop clock",
        "Workshop report",
        "Packages",
        "Cashier",
        "Reports",
        "Customer care",
        "Renewals",
        "Manager's review",
        "Settings",
    ]
    window.nav.setCurrentRow(labels.index("Settings"))
    window.resize(700, 500)
    window.close()
    again = MainWindow(ctx, qs)
    qtbot.addWidget(again)
    assert again.nav.currentRow() == labels.index("Settings")
    assert again.page_widget(again.stack.currentIndex()).objectName() == "page_settings"
    assert (again.size().width(), again.size().height()) == (700, 500)


def test_workshop_areas_shown_to_the_roles_their_services_serve(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    """A technician opening the workshop report met only a refusal over empty charts."""
    seen = {}
    for name in ("advisor", "tech", "lead", "qc", "manager"):
        window = MainWindow(UiContext(db, getattr(people, name), get_settings(db), "en"), QSettings())
        qtbot.addWidget(window)
        seen[name] = [k for k in window.page_keys if k in ("parts_desk", "workshop_clock", "workshop_report")]
    assert seen == {
        "advisor": ["workshop_clock"],
        "tech": ["workshop_clock"],
        "lead": ["workshop_clock", "workshop_report"],
        "qc": [],
        "manager": ["parts_desk", "workshop_clock", "workshop_report"],
    }
