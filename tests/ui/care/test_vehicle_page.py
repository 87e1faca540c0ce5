"""The vehicle page as customer care uses it: find the car, read its visits and odometer, confirm the
contact on the phone and save; a wrong number is refused at its field with nothing typed lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.care_calls import CallOutcome
from dealerdesk.domain.care_records import Person, Usage
from dealerdesk.services.care import calls
from dealerdesk.services.orders import work_orders
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.care.care_area import CareArea
from dealerdesk.ui.care.vehicles_page import VehiclesPage
from dealerdesk.ui.context import UiContext
from tests.care_samples import care_user
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order


def test_find_the_car_confirm_the_contact_and_save(qtbot: QtBot, db: Database, people: UserSet) -> None:
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=400)
    for days, km in ((0, 5_000), (200, 9_000)):
        order = complete_order(mileage=km, checked_in_at=start + timedelta(days=days))
        work_orders.open_order(db, people.advisor, order)
    area = CareArea(UiContext(db, care_user(db, people.admin), get_settings(db), "en"))
    qtbot.addWidget(area)
    area.show()
    page = area.show_tab("vehicles")
    assert isinstance(page, VehiclesPage)
    assert area.tabs.currentIndex() == area.tab_keys.index("vehicles")

    qtbot.keyClicks(page.search, VIN_CHINA[-6:])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert [page.model.index(0, c).data() for c in (0, 2, 3, 4)] == ["川A12345", "朗逸 1.5L", "张三", "13800138000"]
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == f"川A12345 · {VIN_CHINA} · SAIC Volkswagen 朗逸 1.5L 白色"
    assert [dialog.visits.index(r, 3).data() for r in range(2)] == ["9,000", "5,000"]
    assert [dialog.odometer.index(r, 2).data() for r in range(2)] == ["", "20.0"]
    assert dialog.calls.rowCount() == 0
    owner, contact = dialog.people[Person.OWNER], dialog.people[Person.CONTACT]
    assert owner.name.text() == "张三" and owner.stamp.text() == "never"
    assert dialog.sale_date.text() == "not known"

    contact.name.setText("张小三")
    contact.mobile.setText("1390000")
    contact.confirmed.setChecked(True)
    dialog.usage[Usage.TAXI].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wrong = "Mobile number must be 11 digits starting with 13–19; you typed 1390000."
    assert dialog.problems.text("contact_mobile") == wrong
    assert dialog.summary.text().startswith("Not saved:")
    assert contact.name.text() == "张小三" and dialog.usage[Usage.TAXI].isChecked()  # nothing typed is lost

    contact.mobile.setText("13900001111")
    dialog.sale_date.setDate(QDate(2025, 5, 20))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "Saved."
    assert dialog.problems.text("contact_mobile") == ""
    assert contact.stamp.text() == f"{date.today().isoformat()} by 刘客服"
    assert not contact.confirmed.isChecked() and owner.stamp.text() == "never"
    assert dialog.record.sale_date == date(2025, 5, 20) and dialog.record.usage == {Usage.TAXI}
    dialog.close()
    assert page.model.rowCount() == 1  # the list is read again after the page closes

    # A follow-up call logged from the call list shows on the car's page.
    vehicle_id = page.model.rows[0].vehicle_id
    promised = date.today() + timedelta(days=3)
    calls.log_call(db, area.ctx.actor, [vehicle_id], CallOutcome.WILL_COME, promised_on=promised, note="周六上午来")
    dialog = page.open_vehicle(vehicle_id)
    assert dialog.calls.rowCount() == 1
    assert [dialog.calls.index(0, c).data() for c in (1, 3, 5, 7)] == [
        "刘客服",
        "Will come on a date",
        str(promised),
        "周六上午来",
    ]
    dialog.close()


@pytest.mark.parametrize("size", [QSize(900, 560), QSize(580, 440)], ids=["default", "short"])
def test_long_messages_under_the_fields_show_every_line(
    qtbot: QtBot, db: Database, people: UserSet, language: str, size: QSize
) -> None:
    work_orders.open_order(db, people.advisor, complete_order(mileage=5_000))
    page = VehiclesPage(UiContext(db, care_user(db, people.admin), get_settings(db), language))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search, VIN_CHINA[-6:])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    dialog.resize(size)  # as left by the person (the size is remembered), or on a short screen
    owner, contact, driver = (dialog.people[p] for p in (Person.OWNER, Person.CONTACT, Person.DRIVER))
    owner.name.selectAll()
    qtbot.keyClicks(owner.name, "Zhang San Trading Co " * 5)  # too long: its message wraps in the name column
    qtbot.keyClicks(contact.mobile, "1390000")
    qtbot.keyClicks(driver.name, "Wang")
    qtbot.mouseClick(driver.confirmed, Qt.MouseButton.LeftButton)  # confirmed, with no mobile
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    fields = ("owner_name", "contact_mobile", "driver_mobile")
    assert all(dialog.problems.text(f) for f in fields)
    for field in fields:
        widget, label = dialog.problems.fields[field]
        scroll = next((w for w in _ancestors(label) if isinstance(w, QScrollArea)), None)
        if scroll is not None:
            scroll.ensureWidgetVisible(label)  # the person scrolls to it
        qtbot.wait(10)
        lines = label.heightForWidth(label.width())
        assert label.height() >= lines, f"{field}: {label.text()!r} has {label.height()} px of its {lines}"
        shown = label.visibleRegion().boundingRect()
        assert shown.height() >= lines, f"{field}: {label.text()!r} shows {shown.height()} px of its {lines}"
        # Under its field, and above the summary: nothing drawn over it.
        top, bottom = (
            label.mapTo(dialog, label.rect().topLeft()).y(),
            label.mapTo(dialog, label.rect().bottomLeft()).y(),
        )
        assert widget.mapTo(dialog, widget.rect().bottomLeft()).y() < top
        assert bottom < dialog.summary.mapTo(dialog, dialog.summary.rect().topLeft()).y()
    dialog.close()


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()
