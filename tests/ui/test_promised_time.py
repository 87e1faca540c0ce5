"""The promised-time field as an advisor types it: Tab leaves it, "17:30" and "明天 17:30" are understood."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from dealerdesk.db.database import Database
from dealerdesk.domain.validation.times import parse_promised_text
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from tests.helpers import UserSet
from tests.ui.test_work_order_dialog import make_dialog, no_modal_boxes  # noqa: F401


def next_time_of_day(hour: int, minute: int, *, days: int = 0) -> datetime:
    now = datetime.now().astimezone()
    at = now.replace(hour=hour, minute=minute, second=0, microsecond=0) + timedelta(days=days)
    return at if days or at > now else at + timedelta(days=1)


def tab_into_promised(qtbot, dialog: WorkOrderDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.paymentCombo.setFocus()
    qtbot.keyClick(dialog.ui.paymentCombo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.promisedEdit


def test_tab_leaves_the_promised_time_for_the_estimate(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, db, people.advisor)
    before = dialog.ui.promisedEdit.dateTime()
    tab_into_promised(qtbot, dialog)
    qtbot.keyClick(dialog.ui.promisedEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.estimateEdit
    qtbot.keyClicks(dialog.ui.estimateEdit, "450")
    assert dialog.ui.estimateEdit.text() == "450"
    assert dialog.ui.promisedEdit.dateTime() == before  # nothing typed went into the month


@pytest.mark.parametrize(
    ("typed", "hour", "minute", "days"),
    [("17:30", 17, 30, 0), ("tomorrow 17:30", 17, 30, 1), ("明天 17:30", 17, 30, 1), ("９：０５", 9, 5, 0)],
)
def test_a_time_typed_as_said_is_understood(  # type: ignore[no-untyped-def]
    qtbot, db: Database, people: UserSet, typed: str, hour: int, minute: int, days: int
) -> None:
    dialog = make_dialog(qtbot, db, people.advisor)
    tab_into_promised(qtbot, dialog)
    edit = dialog.ui.promisedEdit
    edit.selectAll()
    edit.setText(typed)  # Chinese through setText: keyClicks with non-ASCII aborts Qt
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    expected = next_time_of_day(hour, minute, days=days)
    assert edit.text() == expected.strftime("%Y-%m-%d %H:%M")
    assert edit.value() == expected
    assert dialog.form_input().promised_at == expected


def type_over_promised(qtbot, dialog: WorkOrderDialog, keys: str, leave: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    tab_into_promised(qtbot, dialog)
    dialog.ui.promisedEdit.selectAll()
    qtbot.keyClicks(dialog.ui.promisedEdit, keys)
    qtbot.keyClick(dialog.ui.promisedEdit, leave)


def test_keys_typed_one_by_one_are_read_on_leaving(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, db, people.advisor)
    type_over_promised(qtbot, dialog, "tomorrow 8:00", Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.ui.estimateEdit
    assert dialog.ui.promisedEdit.value() == next_time_of_day(8, 0, days=1)


def test_text_that_is_not_a_time_is_kept_and_explained(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, db, people.advisor)
    type_over_promised(qtbot, dialog, "after lunch", Qt.Key.Key_Tab)
    assert dialog.ui.promisedEdit.text() == "after lunch"
    qtbot.waitUntil(lambda: dialog.ui.promisedProblem.isVisible())
    assert dialog.ui.promisedProblem.text().startswith('"after lunch" is not a time. Type it as 17:30')
    assert dialog.form_input().promised_at is None


def test_up_and_down_move_the_time_by_half_an_hour(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, db, people.advisor)
    edit = dialog.ui.promisedEdit
    start = edit.value()
    assert start is not None
    tab_into_promised(qtbot, dialog)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() == start + timedelta(minutes=30)


def test_the_parser_rolls_a_past_time_to_tomorrow_and_refuses_nonsense() -> None:
    now = datetime(2025, 6, 12, 18, 0)
    assert parse_promised_text("9:00", now).value == datetime(2025, 6, 13, 9, 0)
    assert parse_promised_text("17点30", now).value == datetime(2025, 6, 13, 17, 30)
    assert parse_promised_text("后天 10:00", now).value == datetime(2025, 6, 14, 10, 0)
    assert parse_promised_text("06-20 10:00", now).value == datetime(2025, 6, 20, 10, 0)
    assert parse_promised_text("2025-06-20 10:00", now).value == datetime(2025, 6, 20, 10, 0)
    for nonsense in ("25:00", "昨天 10:00", "2025-02-30 10:00", "soon"):
        assert parse_promised_text(nonsense, now).value is None
