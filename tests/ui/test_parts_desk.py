"""The parts desk as the clerk uses it: scan the number, type quantities, Ctrl+I, the slip preview opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.workshop_rules import ReturnReason
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop import parts
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.workshop.parts_desk_page import PartsDeskPage
from dealerdesk.ui.workshop.slip_preview_dialog import SlipPreviewDialog
from tests.db.workshop_helpers import AIR_FILTER, BATTERY, labour_line, make_clerk, workshop_order
from tests.helpers import UserSet


@pytest.fixture
def page(qtbot: QtBot, db: Database, people: UserSet) -> PartsDeskPage:
    clerk = make_clerk(db, people)
    desk = PartsDeskPage(UiContext(db, clerk, get_settings(db), "en"))
    qtbot.addWidget(desk)
    desk.show()
    return desk


def scan(qtbot: QtBot, page: PartsDeskPage, number: str) -> None:
    page.number.setFocus()
    qtbot.keyClicks(page.number, number)
    qtbot.keyClick(page.number, Qt.Key.Key_Return)


def type_quantity(qtbot: QtBot, page: PartsDeskPage, row: int, text: str) -> None:
    while page.current_row() != row:
        key = Qt.Key.Key_Down if page.current_row() < row else Qt.Key.Key_Up
        qtbot.keyClick(page.quantity, key)
    page.quantity.selectAll()
    qtbot.keyClicks(page.quantity, text)
    qtbot.keyClick(page.quantity, Qt.Key.Key_Return)


def test_issue_with_the_keyboard_and_the_slip_opens(
    qtbot: QtBot, db: Database, people: UserSet, page: PartsDeskPage
) -> None:
    order_id = workshop_order(db, people)
    number = parts.parts_desk(db, order_id).number
    scan(qtbot, page, number.lower())
    assert number in page.summary.text() and "In workshop" in page.summary.text()
    assert [page.technician.itemText(i) for i in range(page.technician.count())] == ["王师傅", "张伟"]
    assert page.quantity.hasFocus() and page.current_row() == 0  # the cursor waits at the first part
    type_quantity(qtbot, page, 0, "1")
    type_quantity(qtbot, page, 2, "4.5")
    qtbot.keyClick(page.quantity, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert "recorded" in page.message.text(), page.message.text()
    assert isinstance(page.preview, SlipPreviewDialog) and page.preview.isVisible()
    assert page.preview.paper is not None and page.preview.paper.order_number.startswith("CK")
    held = {r.part_no: r.held_x1000 for r in page.counts.rows}
    assert held[AIR_FILTER] == 1000 and held["G052195M4"] == 4500 and held[BATTERY] == 0
    assert page.movements.rowCount() == 2
    page.preview.close()


def test_problems_are_said_on_the_page_and_nothing_is_issued(
    qtbot: QtBot, db: Database, people: UserSet, page: PartsDeskPage
) -> None:
    order_id = workshop_order(db, people)
    scan(qtbot, page, parts.parts_desk(db, order_id).number)
    type_quantity(qtbot, page, 1, "2")  # the order needs one battery
    page.issue_button.click()
    assert "at most 1 more" in page.message.text()
    type_quantity(qtbot, page, 1, "abc")
    page.issue_button.click()
    assert page.message.text().startswith(BATTERY)
    assert parts.parts_desk(db, order_id).movements == ()


def test_take_back_needs_a_reason_and_an_unknown_number_is_said(
    qtbot: QtBot, db: Database, people: UserSet, page: PartsDeskPage
) -> None:
    order_id = workshop_order(db, people)
    number = parts.parts_desk(db, order_id).number
    scan(qtbot, page, number)
    type_quantity(qtbot, page, 1, "1")
    page.issue_button.click()
    page.preview.close() if page.preview else None
    type_quantity(qtbot, page, 1, "1")
    page.return_button.click()
    assert "Say why" in page.message.text()
    page.reason.setCurrentIndex(page.reason.findData(ReturnReason.NOT_NEEDED.value))
    page.return_button.click()
    assert page.message.text().startswith("Return TK")
    scan(qtbot, page, "WO19990101-0001")
    assert "There is no work order" in page.message.text()
    assert not page.issue_button.isEnabled()


def test_the_order_change_log_names_the_workshop_acts(db: Database, people: UserSet) -> None:
    from dealerdesk.domain.discount_rules import DiscountInput, DiscountReason, DiscountTarget
    from dealerdesk.services import audit
    from dealerdesk.services.workshop import discounts
    from dealerdesk.ui.orders.order_history_model import ChangeLogModel

    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    slip = parts.issue_parts(db, clerk, order_id, {"G052195M4": 4500}, people.tech.id)
    discounts.give_discount(
        db,
        people.advisor,
        order_id,
        DiscountInput(DiscountTarget.LABOUR, labour_line(db, order_id), 300, DiscountReason.STAFF),
    )
    model = ChangeLogModel()
    model.set_rows(audit.list_entries(db, "work_order", order_id))
    rows = [model.cells(row)[2:] for row in model.rows[-2:]]
    assert rows == [["Parts issued", f"{slip.slip_no}: G052195M4 × 4.5"], ["Discount given", "3.00 CNY off (Staff)"]]
