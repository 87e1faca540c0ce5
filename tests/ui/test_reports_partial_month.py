"""Issue 12.17: the month still running is marked as such, and plots no first-time-right point."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCharts import QLineSeries
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.rework_rates import Grouping
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.services.rework.views import day_start, today
from dealerdesk.ui.rework.rework_report_model import GROUPINGS
from tests.helpers import UserSet
from tests.rework_data import add_order, add_rework
from tests.ui.test_reports_page import _page


def test_the_current_month_is_partial_not_zero_percent(qtbot: QtBot, db: Database, people: UserSet) -> None:
    this_month = today().replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=10)
    for _ in range(4):  # a full month: four cars, right first time
        add_order(db, people.advisor.id, delivered_at=day_start(last_month) + timedelta(hours=10))
    # This month so far: one car delivered, after a QC rework, so 0 % right first time.
    first = add_order(db, people.advisor.id, delivered_at=day_start(this_month) + timedelta(minutes=1))
    add_rework(db, first, people.lead.id, detected_at=day_start(this_month))
    page = _page(qtbot, db, people.manager)  # the last twelve months, to today
    tab = page.group_tabs[GROUPINGS.index(Grouping.MONTH)]
    labels = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    month_now = this_month.strftime("%Y-%m")
    assert f"{month_now} (to date)" in labels and last_month.strftime("%Y-%m") in labels
    [line] = [s for s in tab.chart.chart().series() if isinstance(s, QLineSeries)]
    assert [p.y() for p in line.points()] == [100.0]  # last month only: no 0 % for a month just begun
    assert datetime.now(CHINA_TIME).strftime("%Y-%m") == month_now
