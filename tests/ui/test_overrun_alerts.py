"""The advisor's alert: a line past its estimate shows as a badge and a status-bar button; telling clears it."""

from __future__ import annotations

from datetime import timedelta
from unittest.mock import patch

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.job_clock import ClockAction
from dealerdesk.domain.vocabulary import ApprovalMethod
from dealerdesk.services.orders import work_orders
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop import clock
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.widgets.date_times import to_qdatetime
from dealerdesk.ui.workshop.alerts_ui import AlertsDialog, CustomerToldDialog
from tests.db.workshop_helpers import labour_line, workshop_order
from tests.helpers import PASSWORD, UserSet, _hash_once


def test_the_advisor_is_alerted_and_records_the_customer_was_told(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    with patch.object(clock, "hash_password", _hash_once):
        clock.set_pin(db, people.tech, people.tech.id, PASSWORD, "1234")
    order_id = workshop_order(db, people)
    start = utcnow() - timedelta(minutes=25)  # line 1 is 0.3 h: 25 minutes is past it
    clock.clock(
        db, people.lead, people.tech.id, "1234", order_id, labour_line(db, order_id), ClockAction.START, at=start
    )

    window = MainWindow(UiContext(db, people.advisor, get_settings(db), "en"), QSettings(str(tmp_path / "s.ini")))
    qtbot.addWidget(window)
    window.show()
    watch = window.alert_watch
    assert watch is not None and watch.button is not None
    qtbot.waitUntil(watch.button.isVisible, timeout=2000)
    assert "1 order(s) running late" in watch.button.text()
    assert window.nav.item(0).text() == "Work orders (1 late)"
    assert watch.timer.interval() <= 60_000

    watch.button.click()
    dialog = watch.dialog
    assert isinstance(dialog, AlertsDialog) and dialog.model.rowCount() == 1
    assert "line 1 更换空气滤清器" in str(dialog.model.index(0, 3).data())
    dialog.tell()
    told = dialog.told_dialog
    assert isinstance(told, CustomerToldDialog)
    told.save()
    assert "how the customer was told" in told.error.text()  # no method chosen: nothing saved
    told.method.setCurrentIndex(told.method.findData(ApprovalMethod.WECHAT.value))
    new_promise = utcnow() + timedelta(hours=3)
    told.new_promise.setDateTime(to_qdatetime(new_promise))
    told.note.setText("客户同意")
    told.save()
    assert told.result() == CustomerToldDialog.DialogCode.Accepted, told.error.text()
    assert dialog.model.rowCount() == 0
    dialog.close()
    watch.check()
    assert not watch.button.isVisible() and window.nav.item(0).text() == "Work orders"
    promised = work_orders.load_order(db, order_id).promised_at
    assert promised is not None and abs(promised - new_promise) < timedelta(minutes=1)


def test_a_technician_gets_no_alert_watch(qtbot: QtBot, db: Database, people: UserSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(UiContext(db, people.tech, get_settings(db), "en"), QSettings(str(tmp_path / "s.ini")))
    qtbot.addWidget(window)
    assert window.alert_watch is None
