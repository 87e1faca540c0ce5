"""The Renewals area: a specialist's calls today, the follow-up record dialog, the manager's plan and gaps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.renewal_rules import LossReason, Stage
from dealerdesk.services.actor import Actor
from dealerdesk.services.renewal.followups import get_followup
from dealerdesk.services.renewal.plan import build_plan
from dealerdesk.services.renewal.today import LossLine, TodayView
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.renewal.followup_dialog import FollowUpDialog
from dealerdesk.ui.renewal.plan_page import PlanPage
from dealerdesk.ui.renewal.renewal_area import RenewalArea
from dealerdesk.ui.renewal.settings_box import RenewalSettingsBox
from dealerdesk.ui.renewal.today_page import TodayPage
from tests.db.renewal_helpers import insure, make_cars, make_specialist
from tests.helpers import UserSet


@pytest.fixture
def specialist(db: Database, people: UserSet) -> Actor:
    return make_specialist(db, people, "rn1", "钱续保")


@pytest.fixture
def planned(db: Database, people: UserSet, specialist: Actor) -> list[int]:
    """Three cars whose policies expire in 5, 20 and 40 days, planned for this week."""
    cars = make_cars(db, 3)
    for car, days in zip(cars, (5, 20, 40), strict=True):
        insure(db, people.manager, car, dealer_today() + timedelta(days=days))
    build_plan(db, people.manager)
    return cars


def today_page(qtbot: QtBot, db: Database, actor: Actor) -> TodayPage:
    page = TodayPage(UiContext(db, actor, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def open_first(qtbot: QtBot, page: TodayPage) -> FollowUpDialog:
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_specialist_sees_the_area_and_the_main_window_lists_it(
    qtbot: QtBot, db: Database, specialist: Actor, planned: list[int], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(
        UiContext(db, specialist, get_settings(db), "en"),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    assert "renewals" in window.page_keys and "work_orders" in window.page_keys
    window.nav.setCurrentRow(window.page_keys.index("renewals"))
    area = window.findChild(RenewalArea)
    assert area is not None and area.tab_keys == ["today", "policies", "losses"]  # the plan is the manager's
    page = area.show_tab("today")
    assert isinstance(page, TodayPage) and page.model.rowCount() == 3


def test_logging_an_unanswered_call_takes_it_off_the_list_and_does_not_count(
    qtbot: QtBot, db: Database, specialist: Actor, planned: list[int]
) -> None:
    page = today_page(qtbot, db, specialist)
    assert page.model.rowCount() == 3
    assert page.target.text() == "Connected 0 of 20"
    dialog = open_first(qtbot, page)
    assert "苏A00000" in dialog.header.text()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # the fourth outcome: no answer
    assert dialog.outcome.currentText() == "No answer"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert page.model.rowCount() == 2
    assert page.target.text() == "Connected 0 of 20"
    assert page.counts.text() == "1 calls today, 1 not answered (not counted)"


def test_a_quote_and_a_connected_call_count(qtbot: QtBot, db: Database, specialist: Actor, planned: list[int]) -> None:
    page = today_page(qtbot, db, specialist)
    dialog = open_first(qtbot, page)
    followup_id = dialog.followup_id
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
    dialog.note.setPlainText("客户要报价")
    dialog.quote_insurer.setText("太平洋产险")
    qtbot.keyClicks(dialog.premium, "4520")
    qtbot.keyClicks(dialog.discount, "480")
    dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.QUOTE.value))
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    view = get_followup(db, specialist, followup_id)
    assert view.stage is Stage.QUOTE and view.quote is not None
    assert (view.quote.insurer, view.quote.premium_fen, view.quote.discount_fen) == ("太平洋产险", 452_000, 48_000)
    assert view.next_call_on == dealer_today() + timedelta(days=1)
    assert page.target.text() == "Connected 1 of 20"


def test_losing_without_a_reason_is_refused_at_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, db: Database, specialist: Actor, planned: list[int]
) -> None:
    page = today_page(qtbot, db, specialist)
    dialog = open_first(qtbot, page)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
    dialog.note.setPlainText("已在别家投保")
    dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.LOST.value))
    assert not dialog.next_call.isEnabled() and dialog.loss_reason.isEnabled() and not dialog.loss_insurer.isEnabled()
    dialog.log_call()
    assert dialog.isVisible()
    assert dialog.problems.text("loss_reason") == "Choose why the renewal was lost."
    assert dialog.summary.isVisible() and dialog.focusWidget() is dialog.loss_reason
    dialog.loss_reason.setCurrentIndex(dialog.loss_reason.findData(LossReason.INSURED_ELSEWHERE.value))
    assert dialog.loss_insurer.isEnabled()
    dialog.log_call()
    assert dialog.problems.text("loss_insurer") == "Which insurer did the customer go to?"
    assert dialog.note.toPlainText() == "已在别家投保"
    dialog.loss_insurer.setText("平安产险")
    dialog.log_call()
    assert not dialog.isVisible()
    assert page.model.rowCount() == 2


def test_the_loss_summary_waits_for_its_hour(qtbot: QtBot, db: Database, specialist: Actor) -> None:
    page = today_page(qtbot, db, specialist)
    day = date(2026, 12, 2)
    line = LossLine(1, "苏A00001", "车主1", LossReason.INSURED_ELSEWHERE, "平安产险", "钱续保")
    before = TodayView(day, False, [], 21, 12, 20, 17, False, [line], [(LossReason.INSURED_ELSEWHERE, 1)])
    page.show_view(before)
    assert page.summary_text.text() == "The day's loss summary opens at 17:00."
    assert not page.losses.isVisible()
    assert page.target.text() == "Connected 12 of 20"
    after = TodayView(day, False, [], 21, 12, 20, 17, True, [line], [(LossReason.INSURED_ELSEWHERE, 1)])
    page.show_view(after)
    assert page.summary_text.text() == "Lost today: 1 — Insured elsewhere 1"
    assert (
        page.losses.isVisible()
        and page.losses_model.data(page.losses_model.index(0, 2)) == "Insured elsewhere (平安产险)"
    )


def test_the_manager_sees_the_gap_in_red_until_the_plan_is_built_again(
    qtbot: QtBot, db: Database, people: UserSet, specialist: Actor, planned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    late = make_cars(db, 1, start=50)[0]
    insure(db, people.manager, late, dealer_today() + timedelta(days=30))
    page = PlanPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.gaps_label.text().startswith("Error: 1 cars")
    assert page.gaps_model.rowCount() == 1 and page.gaps.isVisible()
    assert page.rows_model.rowCount() == 3  # the one specialist's calls
    infos: list[str] = []
    monkeypatch.setattr("dealerdesk.ui.renewal.plan_page.show_info", lambda _w, text: infos.append(text))
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert infos and "1 added" in infos[0]
    assert page.gaps_label.text() == "Every car due a call this week is in someone's plan."
    assert not page.gaps.isVisible() and page.rows_model.rowCount() == 4
    assert page.loads_model.data(page.loads_model.index(0, 1)) == 4


def test_the_manager_sets_the_windows_and_the_target_in_settings(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = UiContext(db, people.manager, get_settings(db), "en")
    box = RenewalSettingsBox(ctx)
    qtbot.addWidget(box)
    assert (box.lead.value(), box.days.value(), box.target.value(), box.hour.value()) == (45, 7, 20, 17)
    box.lead.setValue(60)
    box.target.setValue(25)
    box.rule.setCurrentIndex(box.rule.findData("keep"))
    monkeypatch.setattr("dealerdesk.ui.renewal.settings_box.show_info", lambda _w, _t: None)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    saved = get_settings(db)
    assert (saved.renewal_first_contact_days, saved.renewal_daily_target, saved.renewal_assign_rule) == (60, 25, "keep")
    advisor = RenewalSettingsBox(UiContext(db, people.advisor, saved, "en"))
    qtbot.addWidget(advisor)
    assert not advisor.save_button.isEnabled()
