"""续保前移 on the QC page: delivering a large claim repair opens the offer first; the advisor answers by keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.renewal_offer_rules import DEFAULT_PACKAGES, PREPAY, DeclineReason
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import vouchers
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.qc.qc_page import QcPage
from dealerdesk.ui.renewal.offer_dialog import HandoverOfferDialog
from tests.db.package_helpers import vehicle_of
from tests.db.test_renewal_offers import claim_order
from tests.helpers import UserSet


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    said: list[str] = []
    import dealerdesk.ui.qc.qc_page as page_module

    monkeypatch.setattr(page_module, "show_info", lambda _parent, text: said.append(text))
    monkeypatch.setattr(page_module, "show_error", lambda _parent, text: said.append(text))
    monkeypatch.setattr(page_module, "ask_yes_no", lambda _parent, text: said.append(text) or True)
    yield said


def page_on(qtbot: QtBot, db: Database, people: UserSet, order_id: int) -> QcPage:
    page = QcPage(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.select_order(order_id)
    return page


def test_deliver_opens_the_offer_and_a_prepayment_by_keyboard_lets_the_car_go(
    qtbot: QtBot, db: Database, people: UserSet, messages: list[str]
) -> None:
    order_id = claim_order(db, people, 12_000_00)
    page = page_on(qtbot, db, people, order_id)
    assert page.offer_button.isEnabled()
    page.deliver_button.click()
    dialog = page.dialog
    assert isinstance(dialog, HandoverOfferDialog)
    qtbot.waitExposed(dialog)
    assert work_orders.load_order(db, order_id).status is OrderStatus.READY  # not delivered behind its back
    assert "Delivery waits for the renewal offer" in dialog.reminder.text()
    assert "12,000.00" in dialog.amount.text() and "1,000.00 to 3,000.00" in dialog.amount.text()
    assert dialog.prepaid.isChecked() and not dialog.reason.isEnabled()
    assert [dialog.package.itemData(i) for i in range(dialog.package.count())] == [DEFAULT_PACKAGES[1].name]
    assert "1,300.00" in dialog.package.currentText()

    qtbot.keyClicks(dialog.prepay, "500")
    qtbot.keyClick(dialog.prepay, Qt.Key.Key_Return)
    _, label = dialog.problems.fields[PREPAY]
    assert dialog.isVisible() and label.isVisible() and "1,000.00 to 3,000.00" in label.text()
    assert dialog.prepay.text() == "500"  # nothing typed is lost
    assert vouchers.vehicle_vouchers(db, vehicle_of(db, order_id)) == []

    dialog.prepay.clear()
    qtbot.keyClicks(dialog.prepay, "2000")
    qtbot.keyClick(dialog.prepay, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.recorded is not None
    assert len(vouchers.vehicle_vouchers(db, vehicle_of(db, order_id))) == 2

    page.select_order(order_id)
    page.deliver_button.click()
    assert work_orders.load_order(db, order_id).status is OrderStatus.DELIVERED
    assert any("is delivered" in m for m in messages)


def test_declining_needs_a_reason_and_the_recorded_answer_reads_back(
    qtbot: QtBot, db: Database, people: UserSet, messages: list[str]
) -> None:
    order_id = claim_order(db, people, 5_000_00)
    page = page_on(qtbot, db, people, order_id)
    page.offer_button.click()
    dialog = page.dialog
    assert isinstance(dialog, HandoverOfferDialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.declined.isChecked)  # a mnemonic clicks with an animation
    assert dialog.reason.isEnabled() and not dialog.prepay.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "Say why the customer declined." in dialog.summary.text()
    dialog.reason.setCurrentIndex(dialog.reason.findData(DeclineReason.INSURED_ELSEWHERE.value))
    dialog.note.setText("单位统一在人保续保")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()

    again = HandoverOfferDialog(UiContext(db, people.advisor, get_settings(db), "en"), order_id)
    qtbot.addWidget(again)
    assert again.declined.isChecked() and not again.declined.isEnabled()
    assert "Declined" in again.summary.text() and "李晓明" in again.summary.text()
    assert again.note.text() == "单位统一在人保续保"
    assert again.buttons.button(QDialogButtonBox.StandardButton.Save) is None


def test_a_small_claim_shows_no_offer_to_make(qtbot: QtBot, db: Database, people: UserSet) -> None:
    order_id = claim_order(db, people, 4_999_99)
    dialog = HandoverOfferDialog(UiContext(db, people.advisor, get_settings(db), "en"), order_id)
    qtbot.addWidget(dialog)
    assert "needs no renewal offer" in dialog.amount.text() and "5,000.00" in dialog.amount.text()
    assert not dialog.prepaid.isEnabled()
