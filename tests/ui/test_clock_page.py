"""The workshop clock screen as a technician uses it: name, PIN, a line, start, pause with a reason, finish."""

from __future__ import annotations

from unittest.mock import patch

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.job_clock import ClockAction, ClockState, PauseReason
from dealerdesk.services import audit
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop import clock
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.workshop.clock_page import ClockPage
from tests.db.workshop_helpers import workshop_order
from tests.helpers import PASSWORD, UserSet, _hash_once


def open_page(qtbot: QtBot, db: Database, people: UserSet) -> ClockPage:
    with patch.object(clock, "hash_password", _hash_once):
        clock.set_pin(db, people.tech, people.tech.id, PASSWORD, "1234")
    page = ClockPage(UiContext(db, people.lead2, get_settings(db), "en"))  # the PC signed in as a team lead
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_a_technician_clocks_a_line_with_name_pin_and_keys(qtbot: QtBot, db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)
    page = open_page(qtbot, db, people)
    name = page.findChild(QPushButton, f"tech_{people.tech.id}")
    assert name is not None and name.minimumHeight() >= 64
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == ClockPage.PIN
    qtbot.keyClicks(page.pin, "9999")
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert page.message.text() == "The PIN is wrong." and page.stack.currentIndex() == ClockPage.PIN
    qtbot.keyClicks(page.pin, "1234")
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == ClockPage.LINES
    first = page.lines.rows[0]
    assert (first.order_id, first.line_no, first.assigned_to) == (order_id, 1, "王师傅")  # their own line first
    assert page.action_buttons[ClockAction.START].isEnabled()
    assert not page.action_buttons[ClockAction.RESUME].isEnabled()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    assert page.lines.rows[0].state is ClockState.RUNNING
    qtbot.keyClick(page.table, Qt.Key.Key_P)
    assert page.reason_box.isVisible()  # asks why before pausing
    qtbot.keyClick(page.table, Qt.Key.Key_1)
    assert page.lines.rows[0].state is ClockState.PAUSED
    page.action_buttons[ClockAction.RESUME].click()
    page.action_buttons[ClockAction.FINISH].click()
    assert page.lines.rows[0].state is ClockState.FINISHED
    changes = [e.changes for e in audit.list_entries(db, "work_order", order_id) if e.action == "clock_pause"]
    pause = {
        "line": 1,
        "operation": "更换空气滤清器",
        "technician": "王师傅",
        "reason": PauseReason.WAITING_PARTS.value,
    }
    assert changes == [pause]

    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == ClockPage.NAMES and page.pin_text == ""


def test_idle_goes_back_to_the_names(qtbot: QtBot, db: Database, people: UserSet) -> None:
    workshop_order(db, people)
    page = open_page(qtbot, db, people)
    page.idle.setInterval(50)
    page.choose(next(t for t in clock.technicians(db) if t.id == people.tech.id))
    page.pin.setText("1234")
    page.pin_entered()
    assert page.stack.currentIndex() == ClockPage.LINES
    qtbot.waitUntil(lambda: page.stack.currentIndex() == ClockPage.NAMES, timeout=2000)
