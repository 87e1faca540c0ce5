"""Customer care as a person works it: call a customer from today's list, type the marks, a low mark
opens a complaint with their words, the manager follows it up and signs it off."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.db.models import WorkOrder
from dealerdesk.domain.satisfaction import ComplaintSource
from dealerdesk.services.actor import Actor
from dealerdesk.services.review import complaints
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.review.customer_care_page import CustomerCarePage
from tests.db.qc_helpers import deliver_order
from tests.helpers import PASSWORD, UserSet


def _ctx(db: Database, actor: Actor) -> UiContext:
    return UiContext(db, actor, get_settings(db), "en")


def delivered_days_ago(db: Database, people: UserSet, days: int) -> int:
    order_id = deliver_order(db, people, hours_ago=3, promised_in=4)
    with db.write() as s:
        order = s.get(WorkOrder, order_id)
        assert order is not None and order.delivered_at is not None
        order.delivered_at -= timedelta(days=days)
    return order_id


def test_call_low_mark_complaint_and_sign_off(qtbot: QtBot, db: Database, people: UserSet) -> None:
    delivered_days_ago(db, people, 4)
    page = CustomerCarePage(_ctx(db, people.manager))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    calls = page.calls
    assert calls is not None
    assert calls.model.rowCount() == 1 and calls.count.text() == "1 customers to call today"
    assert "张三" in calls.who.text() and "13800138000" in calls.who.text()

    # Reached, but no marks typed: the first missing mark is named and takes the focus.
    qtbot.mouseClick(calls.save_button, Qt.MouseButton.LeftButton)
    assert calls.error.text().startswith("Give a mark from 1 to 5.")

    for item, mark in (("reception", "5"), ("quality", "4"), ("timeliness", "2"), ("price", "4"), ("overall", "3")):
        box = calls.marks[item]
        box.selectAll()
        qtbot.keyClicks(box, mark)
    calls.words.setPlainText("取车等了一个多小时，也没人打电话说一声")
    asked: list[str] = []
    calls.ask = lambda _parent, text: asked.append(text) or True  # type: ignore[assignment, func-returns-value]
    qtbot.mouseClick(calls.save_button, Qt.MouseButton.LeftButton)
    assert asked and "Timeliness, Overall" in asked[0]
    assert calls.model.rowCount() == 0
    assert not calls.empty.isHidden() and "Nobody to call today" in calls.empty.label.text()

    assert page.tabs.currentWidget() is page.complaints
    new = page.complaints.new_dialog
    assert new.isVisible() and new.order.text().startswith("WO")
    assert new.description.toPlainText() == "取车等了一个多小时，也没人打电话说一声"
    assert new.source.currentText() == "Low mark on a satisfaction call"
    qtbot.mouseClick(new.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not new.isVisible()
    assert page.complaints.model.rowCount() == 1

    dialog = page.complaints.dialog
    assert dialog.isVisible() and dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text().splitlines() == [
        "Choose the cause before closing.",
        "Name the person responsible.",
        "Record who apologised to the customer.",
        "Record the remedy or a consolation gift.",
    ]
    dialog.cause.setCurrentIndex(dialog.cause.findText("Slow work"))
    dialog.responsible.setCurrentIndex(dialog.responsible.findText("李晓明"))
    dialog.apology.setCurrentIndex(dialog.apology.findText("周经理"))
    dialog.gift.setCurrentIndex(dialog.gift.findText("Wheel alignment (400 yuan)"))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    password = dialog.password_dialog
    assert password.isVisible()
    password.password.setText(PASSWORD)
    password.try_accept()
    assert not dialog.isVisible()
    assert page.complaints.model.rowCount() == 0
    assert page.complaints.empty.label.text().startswith("No open complaint.")
    assert not page.complaints.empty.isHidden()
    page.complaints.show_which.setCurrentIndex(1)
    model = page.complaints.model
    assert [model.index(0, c).data() for c in (5, 7)] == ["Slow work", "Closed"]


def test_front_desk_sees_complaints_only_and_other_roles_nothing(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = CustomerCarePage(_ctx(db, people.advisor))
    qtbot.addWidget(page)
    assert page.calls is None and page.tabs.count() == 1
    for actor, sees in ((people.advisor, True), (people.manager, True), (people.tech, False), (people.qc, False)):
        window = MainWindow(_ctx(db, actor), QSettings())
        qtbot.addWidget(window)
        assert ("care" in window.page_keys) is sees


def test_advisor_opens_a_complaint_at_the_counter_without_an_order(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = CustomerCarePage(_ctx(db, people.advisor))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.mouseClick(page.complaints.new_button, Qt.MouseButton.LeftButton)
    new = page.complaints.new_dialog
    ok = new.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert new.error.text().splitlines() == [
        "Write down what the customer said, in their words.",
        "Name the order or the car's plate.",
    ]
    new.plate.setText("川B00001")
    new.description.setPlainText("前台接待态度冷淡")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not new.isVisible() and page.complaints.model.rowCount() == 1
    dialog = page.complaints.dialog
    assert not dialog.close_button.isEnabled()  # only the manager signs off


def test_a_car_with_a_recent_complaint_is_flagged_at_check_in(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Discard)

    deliver_order(db, people, hours_ago=3, promised_in=4)
    dialog = WorkOrderDialog(_ctx(db, people.advisor))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.plateEdit.setText("川A12345")
    dialog.lookup("plate")
    assert dialog.complaint_flag.isHidden()

    complaints.open_complaint(db, people.advisor, ComplaintSource.CUSTOMER_CALL, "上次保养后有异响", plate="川A12345")
    again = WorkOrderDialog(_ctx(db, people.advisor))
    qtbot.addWidget(again)
    again.show()
    again.ui.plateEdit.setText("川A12345")
    again.lookup("plate")
    assert again.complaint_flag.isVisible()
    assert "上次保养后有异响" in again.complaint_flag.text() and "(open)" in again.complaint_flag.text()


def test_the_manager_follows_complaints_up_in_the_review_area_too(qtbot: QtBot, db: Database, people: UserSet) -> None:
    from dealerdesk.ui.review.review_page import ReviewPage

    complaints.open_complaint(db, people.advisor, ComplaintSource.FRONT_DESK, "前台态度差", plate="川B00001")
    page = ReviewPage(_ctx(db, people.manager))
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.complaints)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Complain&ts"
    assert page.complaints.model.rowCount() == 1
