"""The comeback prompt inside the work-order "Open" flow, driven as the advisor does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import OrderStatus, ReworkKind
from dealerdesk.services import rework
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs import comeback_dialog
from dealerdesk.ui.dialogs import work_order_dialog as module
from dealerdesk.ui.dialogs.comeback_dialog import ComebackDialog
from dealerdesk.ui.dialogs.work_order_dialog import WorkOrderDialog
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order
from tests.rework_data import add_order


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
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.fill(complete_order(vin=VIN_CHINA, mileage=mileage))
    return dialog


def _when_prompted(qtbot: QtBot, act: Callable[[ComebackDialog], None]) -> None:
    """Act on the modal prompt as soon as it is up (exec() blocks the test until it is answered)."""

    def poll() -> None:
        prompt = QApplication.activeModalWidget()
        if isinstance(prompt, ComebackDialog):
            act(prompt)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


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


def test_inside_the_window_the_prompt_links_the_new_order(qtbot: QtBot, db: Database, people: UserSet) -> None:
    earlier = _delivered_earlier(db, people, days_ago=3)
    dialog = _dialog(qtbot, db, people, mileage=12_345)
    seen: list[str] = []

    def answer_yes(prompt: ComebackDialog) -> None:  # the advisor reads the earlier order, then says yes
        seen.append(prompt.details.toPlainText())
        prompt.yes_button.setFocus()  # Tab to it; Space presses a focused button
        qtbot.keyClick(prompt.yes_button, Qt.Key.Key_Space)

    _when_prompted(qtbot, answer_yes)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert seen and "刹车有异响" in seen[0] and "王师傅" in seen[0]
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    [record] = rework.list_reworks(db, people.manager)
    assert (record.kind, record.original_order_id) == (ReworkKind.EXTERNAL, earlier)
    assert record.rework_order_number == dialog.detail.number


def test_outside_the_window_no_prompt(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    _delivered_earlier(db, people, days_ago=12)  # minor repair: 10 days
    monkeypatch.setattr(ComebackDialog, "exec", lambda _self: pytest.fail("the prompt was shown"))
    dialog = _dialog(qtbot, db, people, mileage=12_345)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    assert rework.list_reworks(db, people.manager) == []


def test_answer_no_opens_without_a_link(qtbot: QtBot, db: Database, people: UserSet) -> None:
    _delivered_earlier(db, people, days_ago=3)
    dialog = _dialog(qtbot, db, people, mileage=12_345)

    _when_prompted(qtbot, lambda prompt: prompt.no_button.click())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN
    assert rework.list_reworks(db, people.manager) == []
