"""Issue 12.5: the odometer after the road test, on delivery, is the floor for the car's next order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.db.models import Vehicle
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.qc.qc_page import QcPage
from tests.db.qc_helpers import make_order, passing_answers
from tests.db.settlement_helpers import settle_in_full
from tests.helpers import PASSWORD, UserSet
from tests.order_samples import VIN_CHINA
from tests.ui.test_work_order_dialog import filled_dialog, no_modal_boxes, refused_to_open  # noqa: F401


def test_the_road_test_reading_at_delivery_is_the_next_orders_last_mileage(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech, mileage_in=42_000))
    signers = {1: people.tech, 2: people.lead2, 3: people.qc, 4: people.advisor}
    for level in QcLevel:
        road = RoadTest(42_010, 42_035) if level is QcLevel.FINAL else None
        qc.sign_level(db, signers[int(level)], view.id, level, PASSWORD, passing_answers(view, level), road)
    settle_in_full(db, people.advisor, view.order_id)  # delivery needs the bill settled (issue 20)
    # The advisor delivers from the QC page.
    import dealerdesk.ui.qc.qc_page as page_module

    monkeypatch.setattr(page_module, "ask_yes_no", lambda _parent, _text: True)
    monkeypatch.setattr(page_module, "show_info", lambda _parent, _text: None)
    page = QcPage(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.select_order(view.order_id)
    page.deliver_button.click()
    with db.read() as s:
        vehicle = s.query(Vehicle).filter_by(vin=VIN_CHINA).one()
        assert vehicle.last_mileage == 42_035

    # The car comes back: the new order knows the reading it left with, and refuses less.
    dialog = filled_dialog(qtbot, db, people.advisor, vin="", mileage_in=None)
    qtbot.keyClicks(dialog.ui.vinEdit, VIN_CHINA)
    qtbot.keyClick(dialog.ui.vinEdit, Qt.Key.Key_Return)
    assert dialog.ui.lastMileageLabel.text() == "last recorded 42,035 km"
    qtbot.keyClicks(dialog.ui.mileageEdit, "42020")
    assert refused_to_open(dialog)
    assert dialog.ui.mileageProblem.text() == (
        "Mileage 42,020 km is below the 42,035 km already recorded for this vehicle."
    )
