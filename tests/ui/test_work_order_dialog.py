"""The work-order dialog driven like an advisor: keyboard, problems at fields, drafts that survive, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from dealerdesk.db.database import Database, open_database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.orders.work_orders import load_order, open_order, save_draft
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.orders import work_order_dialog as module
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order, vin_with_wrong_check_digit


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal boxes would block the test: record what would have been asked instead."""
    asked: list[str] = []
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(module, "show_error", lambda parent, text: asked.append(text))
    monkeypatch.setattr(module, "ask_yes_no", lambda parent, text: asked.append(text) or False)
    return asked


def make_dialog(qtbot, db: Database, actor, order_id: int | None = None) -> WorkOrderDialog:  # type: ignore[no-untyped-def]
    dialog = WorkOrderDialog(UiContext(db, actor, get_settings(db), "en"), order_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts and focus need the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def press(qtbot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key)


def type_complete_order(qtbot, dialog: WorkOrderDialog) -> None:  # type: ignore[no-untyped-def]
    """Type an order as an advisor does: Enter moves on; Chinese text via setText (keyClicks aborts Qt)."""
    ui = dialog.ui
    assert dialog.focusWidget() is ui.plateEdit
    ui.plateEdit.setText("川A12345")
    press(qtbot, ui.plateEdit)
    assert dialog.focusWidget() is ui.noPlateCheck
    press(qtbot, ui.noPlateCheck)
    assert dialog.focusWidget() is ui.vinEdit
    qtbot.keyClicks(ui.vinEdit, VIN_CHINA.lower())
    press(qtbot, ui.vinEdit)
    assert dialog.focusWidget() is ui.modelEdit
    ui.modelEdit.setText("朗逸 1.5L")
    press(qtbot, ui.modelEdit)
    ui.colourEdit.setText("白色")
    press(qtbot, ui.colourEdit)
    assert dialog.focusWidget() is ui.mileageEdit
    qtbot.keyClicks(ui.mileageEdit, "12345")
    press(qtbot, ui.mileageEdit)
    assert dialog.focusWidget() is ui.fuelCombo
    for _ in range(3):
        press(qtbot, ui.fuelCombo, Qt.Key.Key_Down)
    assert ui.fuelCombo.currentText() == "1/2"
    press(qtbot, ui.fuelCombo)
    assert dialog.focusWidget() is ui.customerNameEdit
    ui.customerNameEdit.setText("张三")
    press(qtbot, ui.customerNameEdit)
    qtbot.keyClicks(ui.customerMobileEdit, "138 0013 8000")
    press(qtbot, ui.customerMobileEdit)
    assert dialog.focusWidget() is ui.ownerBroughtCheck
    press(qtbot, ui.ownerBroughtCheck)
    assert dialog.focusWidget() is ui.categoryCombo  # contact fields are disabled: the owner brought it
    press(qtbot, ui.categoryCombo, Qt.Key.Key_Down)
    assert ui.categoryCombo.currentText() == "Periodic maintenance"
    press(qtbot, ui.categoryCombo)
    press(qtbot, ui.paymentCombo)
    assert dialog.focusWidget() is ui.promisedEdit
    press(qtbot, ui.promisedEdit)
    assert dialog.focusWidget() is ui.estimateEdit
    qtbot.keyClicks(ui.estimateEdit, "388.00")
    press(qtbot, ui.estimateEdit)
    press(qtbot, ui.useTotalButton, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.concernsEdit
    ui.concernsEdit.setPlainText("做保养\n刹车有异响")
    press(qtbot, ui.concernsEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.valuablesEdit
    press(qtbot, ui.valuablesEdit, Qt.Key.Key_Tab)
    press(qtbot, ui.damageEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.waitsRadio
    press(qtbot, ui.waitsRadio, Qt.Key.Key_Space)  # waits or leaves: required to open
    assert ui.waitsRadio.isChecked()


def test_an_advisor_types_a_complete_order_and_opens_it_with_the_keyboard(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, db, people.advisor)
    type_complete_order(qtbot, dialog)
    qtbot.wait(300)  # the readiness line follows typing after a short pause
    assert dialog.ui.readinessLabel.text().startswith("Complete")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    assert "Open" in dialog.ui.headerLabel.text() and dialog.detail.number in dialog.ui.headerLabel.text()
    stored = load_order(db, dialog.detail.id)
    assert (stored.plate, stored.vin, stored.customer_mobile, stored.mileage_in) == (
        "川A12345",
        VIN_CHINA,
        "13800138000",
        12345,
    )
    assert stored.concerns == ("做保养", "刹车有异响") and stored.estimate_fen == 38800
    assert not dialog.ui.openButton.isVisible() and dialog.ui.dispatchButton.isEnabled()


def filled_dialog(qtbot, db: Database, actor, **changes) -> WorkOrderDialog:  # type: ignore[no-untyped-def]
    """A new order dialog holding a complete order (typed in by fill, like a returning customer's lookup)."""
    dialog = make_dialog(qtbot, db, actor)
    data = complete_order()
    for key, value in changes.items():
        setattr(data, key, value)
    dialog.fill(data)
    return dialog


def refused_to_open(dialog: WorkOrderDialog) -> bool:
    return dialog.open_order_clicked() is False and dialog.detail is None


def test_customer_name_is_required(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor, customer_name="")
    assert refused_to_open(dialog)
    assert dialog.ui.customerNameProblem.isVisible()
    assert dialog.ui.customerNameProblem.text() == "Enter the customer's (owner's) name."
    assert dialog.ui.customerNameEdit.property("problem") == "error"
    assert dialog.focusWidget() is dialog.ui.customerNameEdit
    assert dialog.ui.readinessLabel.text() == "Cannot open yet – still to do: owner name"
    assert "Enter the customer's (owner's) name." in dialog.ui.openButton.toolTip()


def test_mobile_must_be_a_mainland_mobile(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor, customer_mobile="")
    qtbot.keyClicks(dialog.ui.customerMobileEdit, "0288555666")
    assert refused_to_open(dialog)
    assert dialog.ui.customerMobileProblem.text() == (
        "Mobile number must be 11 digits starting with 13–19; you typed 0288555666."
    )


def test_the_person_who_brought_the_car_needs_name_and_mobile(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor)
    qtbot.keyClick(dialog.ui.ownerBroughtCheck, Qt.Key.Key_Space)
    assert dialog.ui.contactNameEdit.isEnabled()
    assert refused_to_open(dialog)
    assert dialog.ui.contactNameProblem.text().startswith("Enter the name of the person who brought the car")
    assert dialog.ui.contactMobileProblem.text() == "Enter a mobile number."
    dialog.ui.contactNameEdit.setText("李四")
    qtbot.keyClicks(dialog.ui.contactMobileEdit, "13912345678")
    assert dialog.open_order_clicked()
    assert dialog.detail is not None and dialog.detail.contact_name == "李四"


def test_plate_format(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor, plate="川AO1234")
    assert refused_to_open(dialog)
    assert dialog.ui.plateProblem.text() == (
        "Plates never use the letters I or O (did you mean 1 or 0?); you typed 川AO1234."
    )
    qtbot.keyClick(dialog.ui.noPlateCheck, Qt.Key.Key_Space)  # a new car: no plate yet
    assert not dialog.ui.plateEdit.isEnabled()
    assert dialog.open_order_clicked() and dialog.detail is not None and dialog.detail.plate == ""


def test_vin_check_digit_error_for_a_china_built_car(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    bad = vin_with_wrong_check_digit(VIN_CHINA)
    dialog = filled_dialog(qtbot, db, people.advisor, vin="")
    qtbot.keyClicks(dialog.ui.vinEdit, bad)
    assert refused_to_open(dialog)
    assert dialog.ui.vinProblem.text().startswith(f"VIN {bad} is not valid: its 9th character should be")


def test_vin_check_digit_warning_is_confirmed_by_the_advisor(  # type: ignore[no-untyped-def]
    qtbot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch, no_modal_boxes: list[str]
) -> None:
    european = vin_with_wrong_check_digit("WVWZZZ1KZ8W000001")
    dialog = filled_dialog(qtbot, db, people.advisor, vin=european)
    assert refused_to_open(dialog)  # the advisor answered "no"
    assert "Some makers outside China and North America" in no_modal_boxes[0]
    assert dialog.ui.vinEdit.property("problem") == "warning"
    monkeypatch.setattr(module, "ask_yes_no", lambda parent, text: True)
    assert dialog.open_order_clicked()
    assert dialog.detail is not None and dialog.detail.vin == european


def test_mileage_below_the_last_visit(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    open_order(db, people.advisor, complete_order(mileage=20_000))
    dialog = filled_dialog(qtbot, db, people.advisor, vin="", mileage_in=None)
    qtbot.keyClicks(dialog.ui.vinEdit, VIN_CHINA)
    qtbot.keyClick(dialog.ui.vinEdit, Qt.Key.Key_Return)  # leaving the VIN looks the vehicle up
    assert dialog.ui.lastMileageLabel.text() == "last recorded 20,000 km"
    qtbot.keyClicks(dialog.ui.mileageEdit, "19999")
    assert refused_to_open(dialog)
    assert dialog.ui.mileageProblem.text() == (
        "Mileage 19,999 km is below the 20,000 km already recorded for this vehicle."
    )


def test_a_mileage_jump_over_100000_km_is_confirmed(  # type: ignore[no-untyped-def]
    qtbot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch, no_modal_boxes: list[str]
) -> None:
    open_order(db, people.advisor, complete_order(mileage=20_000))
    dialog = filled_dialog(qtbot, db, people.advisor, vin="", mileage_in=None)
    qtbot.keyClicks(dialog.ui.vinEdit, VIN_CHINA)
    qtbot.keyClick(dialog.ui.vinEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.mileageEdit, "130000")
    assert refused_to_open(dialog)
    assert no_modal_boxes[0].startswith("Mileage 130,000 km is 110,000 km more than at the last visit (20,000 km)")
    assert dialog.ui.mileageProblem.text().startswith("Mileage 130,000 km is 110,000 km more")
    monkeypatch.setattr(module, "ask_yes_no", lambda parent, text: True)
    assert dialog.open_order_clicked() and dialog.detail is not None and dialog.detail.mileage_in == 130_000


def test_mileage_cannot_be_typed_negative(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor, mileage_in=None)
    qtbot.keyClicks(dialog.ui.mileageEdit, "-5")
    assert dialog.ui.mileageEdit.text() == "5"
    assert dialog.ui.mileageProblem.text() == "Mileage cannot be negative; you typed -."


def test_promised_time_must_be_after_check_in(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor)
    dialog.ui.promisedEdit.setDateTime(dialog.ui.promisedEdit.dateTime().addDays(-1))
    assert refused_to_open(dialog)
    assert dialog.ui.promisedProblem.text().startswith("Promised delivery time must be after the check-in time")


def test_money_keeps_at_most_two_decimals_and_no_minus(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor, estimate_fen=None)
    qtbot.keyClicks(dialog.ui.estimateEdit, "12.345")
    assert dialog.ui.estimateEdit.text() == "12.34"
    assert dialog.ui.estimateProblem.text() == "Amount can have at most 2 decimal places (fen); you typed 12.345."
    dialog.ui.estimateEdit.clear()
    qtbot.keyClicks(dialog.ui.estimateEdit, "-388")  # the lines' total: a lower estimate would be asked about
    assert dialog.ui.estimateEdit.text() == "388"
    assert dialog.ui.estimateProblem.text() == "Amount cannot be negative; you typed -."
    assert dialog.open_order_clicked() and dialog.detail is not None and dialog.detail.estimate_fen == 38800


@pytest.mark.parametrize(
    ("change", "label", "message"),
    [
        ({"model": ""}, "modelProblem", "Enter the vehicle model."),
        ({"fuel_level": None}, "fuelProblem", "Choose the fuel level shown at check-in."),
        ({"category": None}, "categoryProblem", "Choose the service category."),
        ({"estimate_fen": None}, "estimateProblem", "Enter an amount in yuan, e.g. 1,234.50."),
        ({"vin": ""}, "vinProblem", "Enter the VIN: 17 characters, printed on the vehicle registration certificate."),
        (
            {"concerns": []},
            "concernsProblem",
            "Record at least one customer concern, in the customer's own words (one per line).",
        ),
    ],
)
def test_required_fields(qtbot, db: Database, people: UserSet, change: dict, label: str, message: str) -> None:  # type: ignore[no-untyped-def, type-arg]
    dialog = filled_dialog(qtbot, db, people.advisor, **change)
    assert refused_to_open(dialog)
    assert getattr(dialog.ui, label).text() == message


def test_a_labour_line_needs_its_operation(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor)
    dialog.ui.addLabourButton.click()  # the new line's operation opens for typing
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert refused_to_open(dialog)
    assert (
        dialog.ui.labourProblem.text() == "Labour line 2: enter the operation.\nLabour line 2: enter the labour hours."
    )
    assert dialog.focusWidget() is dialog.ui.labourView


def test_labour_lines_are_typed_in_the_table(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor, labour_lines=[])
    view = dialog.ui.labourView
    dialog.ui.addLabourButton.click()
    qtbot.keyClicks(dialog.focusWidget(), "Wheel alignment")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # commits and opens the hours cell, text selected
    assert view.currentIndex().column() == 1
    qtbot.keyClicks(dialog.focusWidget(), "1.5")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.labour_model.lines[0].hours_x100 == 150)  # Qt commits on the next loop
    assert dialog.labour_model.lines[0].operation == "Wheel alignment"
    assert dialog.labour_model.index(0, 3).data() == "450.00"  # at the 300.00 CNY/h default rate
    assert dialog.ui.linesTotalLabel.text() == "Lines total: 538.00 CNY"


def test_a_draft_survives_closing_and_reopening_the_app(qtbot, tmp_path: Path, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, db, people.advisor)
    typed = complete_order(technician_id=people.tech.id)
    typed.plate = "川a 12345"  # as typed: a draft keeps it unnormalised
    typed.contact_is_owner = False
    typed.contact_name, typed.contact_mobile = "李四", "139 1234 5678"
    typed.damage_notes = "左后门轻微划痕"
    typed.customer_waits = False
    typed.old_parts_returned = True
    dialog.fill(typed)
    qtbot.keyClick(dialog.ui.plateEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.DRAFT
    order_id = dialog.detail.id
    before = dialog.form_input()
    dialog.close()
    db.dispose()
    # The app is started again: a new Database on the same file, the dialog opened on the draft.
    again_db = open_database(db.url)
    try:
        again = make_dialog(qtbot, again_db, people.advisor, order_id)
        after = again.form_input()
        assert after == before
        assert again.ui.plateEdit.text() == "川a 12345"
        assert again.ui.contactNameEdit.text() == "李四" and not again.ui.ownerBroughtCheck.isChecked()
        assert again.labour_model.index(0, 4).data() == "王师傅"
        assert again.ui.leavesRadio.isChecked() and again.ui.oldPartsCheck.isChecked()
        again.close()
    finally:
        again_db.dispose()


def test_closing_with_unsaved_typing_offers_to_keep_it(  # type: ignore[no-untyped-def]
    qtbot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Save)
    dialog = make_dialog(qtbot, db, people.advisor)
    dialog.ui.customerNameEdit.setText("王五")
    qtbot.keyClick(dialog.ui.customerNameEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.detail is not None and load_order(db, dialog.detail.id).customer_name == "王五"


def test_a_returning_vehicle_fills_the_form_from_its_last_visit(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    open_order(db, people.advisor, complete_order(mileage=20_000))
    dialog = make_dialog(qtbot, db, people.advisor)
    dialog.ui.plateEdit.setText("川A12345")
    qtbot.keyClick(dialog.ui.plateEdit, Qt.Key.Key_Return)
    ui = dialog.ui
    assert (ui.vinEdit.text(), ui.modelEdit.text(), ui.colourEdit.text()) == (VIN_CHINA, "朗逸 1.5L", "白色")
    assert (ui.customerNameEdit.text(), ui.customerMobileEdit.text()) == ("张三", "13800138000")
    assert ui.lastMileageLabel.text() == "last recorded 20,000 km"
    assert ui.historyLabel.text().startswith("Earlier visits: 1; last ")
    assert dialog.history_model.index(0, 3).data() == "20,000"


def test_a_second_save_is_refused_and_the_typing_is_kept(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    draft = save_draft(db, people.advisor, complete_order())
    mine = make_dialog(qtbot, db, people.advisor, draft.id)
    theirs = make_dialog(qtbot, db, people.advisor2, draft.id)
    theirs.ui.colourEdit.setText("红色")
    assert theirs.save_draft_clicked()
    mine.ui.colourEdit.setText("蓝色")
    assert not mine.save_draft_clicked()
    assert mine.ui.conflictFrame.isVisible()
    assert "陈静 changed order" in mine.ui.conflictLabel.text()
    assert mine.ui.colourEdit.text() == "蓝色" and load_order(db, draft.id).colour == "红色"
    mine.ui.overwriteButton.click()  # knowingly, not silently
    assert not mine.ui.conflictFrame.isVisible() and load_order(db, draft.id).colour == "蓝色"


def test_extra_work_dialog_records_the_approval(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    opened = open_order(db, people.advisor, complete_order(technician_id=people.tech.id))
    dialog = make_dialog(qtbot, db, people.advisor, opened.id)
    dialog.ui.extraWorkButton.click()
    extra = dialog.extra_work_dialog
    assert extra is not None and extra.isVisible()
    extra.approver.clear()
    extra.confirm()
    assert extra.problems.text("description") == "Describe the extra work."
    assert extra.problems.text("approver_name") == "Enter who approved the extra work for the customer."
    assert extra.problems.text("method") == "Choose how the customer approved: in person, phone or WeChat."
    extra.description.setPlainText("更换前刹车片")
    qtbot.mouseClick(extra.add_labour_button, Qt.MouseButton.LeftButton)  # its line: 1.6 h at 300 = 480
    labour = extra.labour_model
    labour.setData(labour.index(0, 0), "更换前刹车片")
    labour.setData(labour.index(0, 1), "1.6")
    labour.setData(labour.index(0, 4), people.tech.id)
    assert extra.amount.text() == "480.00"
    extra.approver.setText("张三")
    qtbot.keyClick(extra.method, Qt.Key.Key_Down)
    extra.confirm()
    assert not extra.isVisible()
    assert dialog.extra_work_model.rowCount() == 1
    assert dialog.extra_work_model.index(0, 1).data() == "更换前刹车片"
    assert dialog.extra_work_model.index(0, 6).data() == "李晓明"
    assert dialog.ui.estimateEdit.text() == "868.00"
    actions = [dialog.change_log_model.index(r, 2).data() for r in range(dialog.change_log_model.rowCount())]
    assert actions == ["Order opened", "Extra work approved"]


def test_dispatch_then_cancel_with_a_reason(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    opened = open_order(db, people.advisor, complete_order(technician_id=people.tech.id))
    dialog = make_dialog(qtbot, db, people.advisor, opened.id)
    dialog.ui.dispatchButton.click()
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.IN_WORKSHOP
    dialog.ui.cancelOrderButton.click()
    cancel = dialog.cancel_dialog
    assert cancel is not None
    cancel.confirm()
    assert cancel.error.text() == "Enter why the order is cancelled."
    cancel.reason.setPlainText("客户改期")
    cancel.confirm()
    assert dialog.detail.status is OrderStatus.CANCELLED
    assert not dialog.ui.saveDraftButton.isEnabled() and not dialog.ui.customerNameEdit.isEnabled()
    assert "Cancelled" in dialog.ui.headerLabel.text()


def test_dispatch_without_technician_shows_the_problem_at_the_labour_table(
    qtbot, db: Database, people: UserSet
) -> None:  # type: ignore[no-untyped-def]
    opened = open_order(db, people.advisor, complete_order())
    dialog = make_dialog(qtbot, db, people.advisor, opened.id)
    dialog.ui.dispatchButton.click()
    assert dialog.ui.labourProblem.text().startswith("Labour line 1 has no technician")
    assert load_order(db, opened.id).status is OrderStatus.OPEN


def test_a_technician_sees_the_order_read_only(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    opened = open_order(db, people.advisor, complete_order())
    dialog = make_dialog(qtbot, db, people.tech, opened.id)
    assert not dialog.ui.saveDraftButton.isEnabled() and not dialog.ui.plateEdit.isEnabled()
    assert not dialog.ui.dispatchButton.isEnabled() and not dialog.ui.cancelOrderButton.isEnabled()


def test_an_open_order_names_what_blocks_saving(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    opened = open_order(db, people.advisor, complete_order())
    dialog = make_dialog(qtbot, db, people.advisor, opened.id)
    assert dialog.ui.readinessLabel.text() == ""
    dialog.ui.modelEdit.clear()
    dialog.refresh_readiness()
    assert dialog.ui.readinessLabel.text() == "Cannot save yet – still to do: model"
