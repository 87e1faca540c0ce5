"""The vehicle's earlier orders, visible to the advisor in the work-order dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from dealerdesk.db.database import Database
from dealerdesk.services.orders import customers
from dealerdesk.services.orders.work_orders import cancel_order, open_order, save_draft
from dealerdesk.ui.orders.order_history_model import VehicleHistoryModel
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order
from tests.ui.test_work_order_dialog import make_dialog, no_modal_boxes  # noqa: F401


def two_visits(db: Database, people: UserSet) -> tuple[int, int]:
    now = datetime.now(UTC).replace(microsecond=0)
    first = complete_order(mileage=20_000, checked_in_at=now - timedelta(days=90))
    first.concerns = ["空调不凉", "左前轮胎鼓包"]
    a = open_order(db, people.advisor, first)
    b = open_order(db, people.advisor2, complete_order(mileage=26_500, checked_in_at=now - timedelta(days=2)))
    return a.id, b.id


def rows(model: VehicleHistoryModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_typing_the_plate_shows_the_vehicles_earlier_orders(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    two_visits(db, people)
    dialog = make_dialog(qtbot, db, people.advisor)
    assert dialog.history_model.rowCount() == 0 and dialog.ui.historyLabel.text() == ""
    dialog.ui.plateEdit.setText("川A12345")
    qtbot.keyClick(dialog.ui.plateEdit, Qt.Key.Key_Return)
    shown = rows(dialog.history_model)
    assert [r[3] for r in shown] == ["26,500", "20,000"]  # newest first, with the mileage of each visit
    assert [r[4] for r in shown] == ["Periodic maintenance"] * 2
    assert [r[5] for r in shown] == ["陈静", "李晓明"]
    assert shown[1][6] == "空调不凉; 左前轮胎鼓包"  # every concern, verbatim
    assert shown[1][2] == "Open"
    assert dialog.ui.historyLabel.text().startswith("Earlier visits: 2; last ")
    assert "see the Vehicle history tab" in dialog.ui.historyLabel.text()
    tabs = dialog.ui.linesTabs
    assert tabs.tabText(tabs.indexOf(dialog.ui.historyTab)) == "Vehicle history"


def test_an_order_shows_the_other_visits_and_enter_opens_one(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    first_id, second_id = two_visits(db, people)
    dialog = make_dialog(qtbot, db, people.advisor, second_id)
    shown = rows(dialog.history_model)
    assert len(shown) == 1 and shown[0][3] == "20,000"  # not the order itself
    dialog.ui.linesTabs.setCurrentWidget(dialog.ui.historyTab)
    view = dialog.ui.historyView
    view.setFocus()
    view.setCurrentIndex(dialog.history_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    earlier = dialog.history_dialog
    assert earlier is not None and earlier.isVisible()
    assert earlier.detail is not None and earlier.detail.id == first_id
    assert earlier.ui.concernsEdit.toPlainText() == "空调不凉\n左前轮胎鼓包"
    assert rows(earlier.history_model)[0][3] == "26,500"  # from the old order, the later visit is there too
    earlier.reject()


def test_a_vin_never_seen_clears_the_history(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    two_visits(db, people)
    dialog = make_dialog(qtbot, db, people.advisor)
    qtbot.keyClicks(dialog.ui.vinEdit, VIN_CHINA)
    qtbot.keyClick(dialog.ui.vinEdit, Qt.Key.Key_Return)
    assert dialog.history_model.rowCount() == 2
    dialog.ui.vinEdit.clear()
    qtbot.keyClicks(dialog.ui.vinEdit, "LFV2A21K5L4012345")
    qtbot.keyClick(dialog.ui.vinEdit, Qt.Key.Key_Return)
    assert dialog.history_model.rowCount() == 0 and dialog.ui.historyLabel.text() == ""


def test_history_lists_opened_and_cancelled_orders_but_not_drafts(db: Database, people: UserSet) -> None:
    first_id, second_id = two_visits(db, people)
    cancel_order(db, people.advisor, second_id, "客户改约")
    save_draft(db, people.advisor, complete_order(mileage=99_999))  # a typo in a draft is not history
    visits = customers.earlier_visits(db, "lsvau218xn2183294")
    assert [(v.order_id, v.status.value, v.mileage_in) for v in visits] == [
        (second_id, "cancelled", 26_500),
        (first_id, "open", 20_000),
    ]
    assert customers.earlier_visits(db, VIN_CHINA, first_id)[0].order_id == second_id
    assert customers.earlier_visits(db, "") == []


def test_vehicle_history_model(qtmodeltester, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    two_visits(db, people)
    model = VehicleHistoryModel()
    model.set_rows(customers.earlier_visits(db, VIN_CHINA))
    assert model.rowCount() == 2 and model.headerData(3, Qt.Orientation.Horizontal) == "Mileage (km)"
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    qtmodeltester.check(model)
