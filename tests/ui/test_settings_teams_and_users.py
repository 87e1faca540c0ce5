"""Issue 12.17: the users table shows its rows at the default size; teams come from a list in Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.admin import settings_page
from dealerdesk.ui.admin.settings_page import SettingsPage
from dealerdesk.ui.admin.user_dialog import UserDialog
from dealerdesk.ui.context import UiContext
from tests.helpers import PASSWORD, UserSet


def _page(qtbot: QtBot, db: Database, people: UserSet) -> SettingsPage:
    page = SettingsPage(UiContext(db, people.admin, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.resize(1180, 700)  # the page's room in the main window at its default 1280 x 800
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_users_table_shows_every_user_at_the_default_size(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = _page(qtbot, db, people)
    view = page.users_view
    count = page.users_model.rowCount()
    assert count == 9
    view.scrollToTop()
    last = view.rowViewportPosition(count - 1) + view.rowHeight(count - 1)
    assert 0 < last <= view.viewport().height()  # all nine rows, not three and a scroll bar
    bottom = view.viewport().mapTo(page, view.viewport().rect().bottomLeft()).y()
    assert bottom <= page.height()  # on the page as it opens, without scrolling it


def test_teams_are_kept_in_settings_and_chosen_from_a_list(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_page, "show_info", lambda _parent, _text: None)
    page = _page(qtbot, db, people)
    page.teams.setPlainText("机电一组\n机电二组\n 钣喷组 \n\n机电一组")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert get_settings(db).teams == ["机电一组", "机电二组", "钣喷组"]  # trimmed, no blanks, no repeats

    dialog = UserDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    combo = dialog.team
    assert [combo.itemText(i) for i in range(combo.count())] == ["— no team —", "机电一组", "机电二组", "钣喷组"]
    assert not combo.isEditable()  # a list, not free text
    dialog.username.setText("tech9")
    dialog.full_name.setText("钱师傅")
    dialog.password.setText(PASSWORD)
    dialog.role_boxes[Role.TECHNICIAN].setChecked(True)
    combo.setCurrentIndex(combo.findText("钣喷组"))
    dialog.save()
    assert dialog.result() == UserDialog.DialogCode.Accepted, dialog.error.text()
    [created] = [u for u in users.list_users(db) if u.username == "tech9"]
    assert created.team == "钣喷组"
    with pytest.raises(ValidationError, match="not in the list of teams"):
        users.create_user(db, people.admin, "tech10", "孙师傅", PASSWORD, {Role.TECHNICIAN}, "一组 ")
