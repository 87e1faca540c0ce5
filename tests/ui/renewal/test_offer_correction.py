"""Correcting a recorded 续保前移 offer from the renewal desk: the month's offers open it, the one who recorded it
presses Correct…, types, and must say why; a bad amount or a missing reason is refused at its field with what
was typed kept; the corrected answer and its history are shown and the month's figures read it; a correction
made meanwhile on another workstation is refused with the version-conflict message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.renewal_offer_rules import DEFAULT_PACKAGES, PREPAY, REASON, OfferAnswer, OfferResult
from dealerdesk.services import audit
from dealerdesk.services.renewal import offers
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.renewal.bonus_page import OfferBonusPage
from dealerdesk.ui.renewal.offer_dialog import HandoverOfferDialog
from tests.db.test_renewal_offers import claim_order
from tests.helpers import UserSet

PACKAGE = DEFAULT_PACKAGES[1].name


@pytest.fixture
def order_id(db: Database, people: UserSet) -> int:
    order = claim_order(db, people, 12_000_00)
    offers.record_offer(db, people.advisor, order, OfferResult.PREPAID, prepay_fen=2_000_00, package_name=PACKAGE)
    return order


def opened(qtbot: QtBot, db: Database, people: UserSet) -> tuple[OfferBonusPage, HandoverOfferDialog]:
    page = OfferBonusPage(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.views[1].setCurrentIndex(page.offers.index(0, 0))
    page.open_button.click()
    dialog = page.dialog
    assert isinstance(dialog, HandoverOfferDialog)
    qtbot.waitExposed(dialog)
    return page, dialog


def save(dialog: HandoverOfferDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def test_the_recorder_corrects_a_typed_amount_with_a_reason_and_sees_it_everywhere(
    qtbot: QtBot, db: Database, people: UserSet, order_id: int
) -> None:
    page, dialog = opened(qtbot, db, people)
    assert not dialog.prepay.isEnabled() and dialog.prepay.text() == "2,000.00"
    assert dialog.correct_button.isVisible()

    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert dialog.prepay.isEnabled() and dialog.why.isVisible() and not dialog.correct_button.isVisible()
    dialog.prepay.selectAll()
    qtbot.keyClicks(dialog.prepay, "-")  # refused on the spot, said at the field
    _, prepay_label = dialog.problems.fields[PREPAY]
    assert prepay_label.isVisible() and "cannot be negative" in prepay_label.text()
    assert dialog.prepay.text() == "2,000.00"
    dialog.prepay.clear()
    qtbot.keyClicks(dialog.prepay, "25000")
    save(dialog)
    _, reason_label = dialog.problems.fields[REASON]
    assert dialog.isVisible() and "1,000.00 to 3,000.00 yuan" in prepay_label.text()
    assert reason_label.isVisible() and reason_label.text().startswith("Say why the offer is corrected")
    assert dialog.prepay.text() == "25000"  # nothing typed is lost
    assert offers.offer_state(db, order_id).offer.prepay_fen == 2_000_00  # type: ignore[union-attr]

    dialog.prepay.clear()
    qtbot.keyClicks(dialog.prepay, "2,500")
    qtbot.keyClicks(dialog.why, "receipt says 2500")
    save(dialog)
    assert dialog.isVisible() and not dialog.prepay.isEnabled() and not dialog.why.isVisible()
    assert dialog.prepay.text() == "2,500.00"
    shown = dialog.summary.text()
    assert shown.startswith("Correction saved.")
    assert "Corrected by 李晓明" in shown and "(amount 2,000.00 → 2,500.00): receipt says 2500" in shown
    assert audit.list_entries(db, "work_order", order_id)[-1].changes["prepay_fen"] == [2_000_00, 2_500_00]

    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert page.offers.rows[0][6] == "2,500.00"
    assert page.advisors.rows == [["李晓明", "1", "1", "0", "100.0%", "2,500.00", "50.00"]]


def test_a_correction_made_meanwhile_elsewhere_is_refused_and_the_typing_kept(
    qtbot: QtBot, db: Database, people: UserSet, order_id: int
) -> None:
    _page, dialog = opened(qtbot, db, people)
    dialog.correct_button.click()
    offers.correct_offer(db, people.manager, order_id, 1, OfferAnswer(OfferResult.PREPAID, 3_000_00, PACKAGE), "改额")
    dialog.prepay.clear()
    qtbot.keyClicks(dialog.prepay, "2500")
    qtbot.keyClicks(dialog.why, "typo")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.summary.text().startswith("周经理 changed order ")
    assert "Your changes were not saved; what you typed is still in the form." in dialog.summary.text()
    assert (dialog.prepay.text(), dialog.why.text()) == ("2500", "typo")
    assert offers.offer_state(db, order_id).offer.prepay_fen == 3_000_00  # type: ignore[union-attr]


def test_another_advisor_sees_the_offer_without_correct(
    qtbot: QtBot, db: Database, people: UserSet, order_id: int
) -> None:
    dialog = HandoverOfferDialog(UiContext(db, people.advisor2, get_settings(db), "en"), order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.correct_button.isVisible()
