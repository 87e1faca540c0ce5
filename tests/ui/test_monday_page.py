"""The Monday meeting: last week's figures beside the week before, the lowest marks' words, the
minutes typed and kept with the week, and the PDF holding all of it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import SatisfactionCall
from dealerdesk.domain.messages import PermissionDenied
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.satisfaction import CallOutcome, ComplaintSource
from dealerdesk.services import users
from dealerdesk.services.review import complaints, monday, satisfaction
from dealerdesk.services.rework.views import day_start
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.review import monday_page
from dealerdesk.ui.review.monday_page import MondayPage
from tests.db.qc_helpers import deliver_order
from tests.helpers import UserSet

GOOD = {"reception": 5, "quality": 5, "timeliness": 5, "price": 4, "overall": 5}


def this_monday() -> date:
    return monday.week_of(utcnow().astimezone(CHINA_TIME).date())


def call_in_week(db: Database, people: UserSet, week: date, marks: dict[str, int], words: str) -> int:
    order_id = deliver_order(db, people, hours_ago=3, promised_in=4)
    call = satisfaction.record_call(db, people.manager, order_id, CallOutcome.REACHED, marks, words)
    with db.write() as s:  # the call was made on the Tuesday of that week, at 10:00
        row = s.get(SatisfactionCall, call.call_id)
        assert row is not None
        row.called_at = day_start(week + timedelta(days=1)) + timedelta(hours=10)
    return order_id


def test_figures_side_by_side_minutes_kept_and_pdf(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    week = this_monday() - timedelta(days=7)
    call_in_week(db, people, week, {**GOOD, "timeliness": 2, "overall": 3}, "等了两个小时")
    call_in_week(db, people, week - timedelta(days=7), GOOD, "很好")
    complaints.open_complaint(db, people.advisor, ComplaintSource.FRONT_DESK, "前台态度差", plate="川B00001")

    page = MondayPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    wednesday = week + timedelta(days=2)  # any day of the week picks that week
    page.week.setDate(QDate(wednesday.year, wednesday.month, wednesday.day))
    page.refresh()
    assert page.period.text() == f"{week.isoformat()} to {(week + timedelta(days=6)).isoformat()}"
    rows = {page.figures.index(r, 0).data().strip(): [page.figures.index(r, c).data() for c in (1, 2, 3)]
            for r in range(page.figures.rowCount())}  # fmt: skip
    assert rows["Satisfaction calls: reached"] == ["1", "1", "±0"]
    assert rows["Timeliness"] == ["2.00", "5.00", "-3.00"]
    assert rows["Overall"] == ["3.00", "5.00", "-2.00"]
    assert [page.lowest.index(0, c).data() for c in range(3)][1:] == ["2", "等了两个小时"]

    page.minutes.setPlainText("交车超时：每天16:00前确认交车进度（李晓明）")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.minutes_state.text() == "Saved by 周经理."
    again = monday.monday_report(db, people.manager, week + timedelta(days=3))
    assert (again.minutes, again.minutes_saved_by) == ("交车超时：每天16:00前确认交车进度（李晓明）", "周经理")

    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF")
    monkey_info: list[str] = []
    monkeypatch.setattr(monday_page, "show_info", lambda _parent, text: monkey_info.append(text))
    out = tmp_path / "monday.pdf"
    assert page.save_pdf(str(out)) == str(out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "Monday meeting",
        "Last week beside the week before",
        "· Timeliness",
        "等了两个小时",
        "Minutes",
        "交车超时",
    ):
        assert expected in text
    assert monkey_info == [f"The report was saved to {out}."]


def test_minutes_too_long_are_refused_and_kept_on_screen(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = MondayPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.refresh()
    shown: list[str] = []
    monkeypatch.setattr(monday_page, "show_error", lambda _parent, text: shown.append(text))
    page.minutes.setPlainText("x" * 20_001)
    page.save_minutes()
    assert shown == ["At most 20000 characters."]
    assert len(page.minutes.toPlainText()) == 20_001
    assert monday.monday_report(db, people.manager, this_monday() - timedelta(days=7)).minutes == ""


def test_a_quiet_week_explains_the_empty_lowest_marks_and_a_demoted_manager_is_refused(
    qtbot: QtBot, db: Database, people: UserSet
) -> None:
    page = MondayPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.refresh()
    assert page.lowest.rowCount() == 0 and not page.lowest_hint.isHidden()
    assert page.lowest_hint.label.text() == "No mark of 3 or less this week."
    users.update_user(db, people.admin, people.manager.id, "周经理", {Role.ADVISOR}, "")
    with pytest.raises(PermissionDenied):
        monday.monday_report(db, people.manager, this_monday())
