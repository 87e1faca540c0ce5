"""The comeback prompt inside the work-order "Open" flow, driven as the advisor does.

The prompt's exec() is replaced by show() and the advisor's keys (tests/ui/comeback_answer.py):
no nested modal loop, so a missed prompt fails the test instead of hanging the run.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.db.models import WorkOrder
from dealerdesk.domain.vocabulary import OrderStatus, ReworkKind
from dealerdesk.services.rework import register as rework
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.orders import work_order_dialog as module
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.rework import comeback_dialog
from dealerdesk.ui.rework.comeback_dialog import ComebackDialog
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order
from tests.rework_data import add_order
from tests.ui.comeback_answer import answer_comeback, no_prompt_expected, says_no_with_escape, says_yes


@pytest.fixture(autouse=True)
def no_other_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(module, "show_error", lambda _p, text: said.append(text))
    monkeypatch.setattr(module, "ask_yes_no", lambda _p, text: said.append(text) or True)
    monkeypatch.setattr(comeback_dialog, "show_error", lambda _p, text: said.append(text))
    return said


def _dialog(qtbot: QtBot, db: Database, people: UserSet, mileage: int) -> WorkOrderDialog:
    dialog = WorkOrderDialog(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # Ctrl+Enter is a window shortcut: the dialog must be the active window
        dialog.show()
        dialog.activateWindow()
    dialog.fill(complete_order(vin=VIN_CHINA, mileage=mileage))
    return dialog


def _open_with_ctrl_enter(qtbot: QtBot, dialog: WorkOrderDialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _delivered_earlier(db: Database, people: UserSet, days_ago: float) -> int:
    return add_order(
        db,
        people.advisor.id,
        vin=VIN_CHINA,
        delivered_at=datetime.now(UTC) - timedelta(days=days_ago),
        mileage_in=12_000,
        technician_ids=(people.tech.id,),
        concerns=("刹车有异响",),
    )


def test_inside_the_window_the_prompt_links_the_new_order(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = _delivered_earlier(db, people, days_ago=3)
    dialog = _dialog(qtbot, db, people, mileage=12_345)
    seen: list[str] = []

    def reads_then_says_yes(prompt: ComebackDialog) -> None:  # the advisor reads the earlier order first
        seen.append(prompt.details.toPlainText())
        says_yes(qtbot)(prompt)

    prompts = answer_comeback(monkeypatch, qtbot, reads_then_says_yes)
    _open_with_ctrl_enter(qtbot, dialog)
    assert len(prompts) == 1
    assert "刹车有异响" in seen[0] and "王师傅" in seen[0] and "345 km" in seen[0]
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    [record] = rework.list_reworks(db, people.manager)
    assert (record.kind, record.original_order_id) == (ReworkKind.EXTERNAL, earlier)
    assert record.rework_order_number == dialog.detail.number


def test_outside_the_window_no_prompt(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    _delivered_earlier(db, people, days_ago=12)  # minor repair: 10 days
    prompts = no_prompt_expected(monkeypatch)
    dialog = _dialog(qtbot, db, people, mileage=12_345)
    _open_with_ctrl_enter(qtbot, dialog)
    assert prompts == []
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    assert rework.list_reworks(db, people.manager) == []


def test_answer_no_opens_without_a_link(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    _delivered_earlier(db, people, days_ago=3)
    dialog = _dialog(qtbot, db, people, mileage=12_345)
    prompts = answer_comeback(monkeypatch, qtbot, says_no_with_escape(qtbot))
    _open_with_ctrl_enter(qtbot, dialog)
    assert len(prompts) == 1
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    assert rework.list_reworks(db, people.manager) == []


def test_a_link_that_fails_leaves_the_order_unopened_and_the_form_as_typed(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch, no_other_boxes: list[str]
) -> None:
    earlier = _delivered_earlier(db, people, days_ago=3)
    dialog = _dialog(qtbot, db, people, mileage=12_345)

    def says_yes_while_the_order_is_reopened(prompt: ComebackDialog) -> None:
        with db.write() as s:  # another desk takes the earlier order back into the workshop meanwhile
            order = s.get(WorkOrder, earlier)
            assert order is not None
            order.status = OrderStatus.IN_WORKSHOP.value
        says_yes(qtbot)(prompt)

    answer_comeback(monkeypatch, qtbot, says_yes_while_the_order_is_reopened)
    _open_with_ctrl_enter(qtbot, dialog)
    assert any("has not been delivered" in text for text in no_other_boxes)
    assert dialog.detail is None  # nothing was written: the order did not open without its link
    assert dialog.form_input().vin == VIN_CHINA and dialog.form_input().mileage_in == 12_345
    assert rework.list_reworks(db, people.manager) == []
    with db.read() as s:
        assert s.query(WorkOrder).count() == 1
