"""The workshop report page: charts and tables for the period, and a refusal said on the page."""

from __future__ import annotations

from datetime import timedelta
from unittest.mock import patch

from pytestqt.qtbot import QtBot

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.job_clock import ClockAction
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop import clock
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.workshop.report_page import WorkshopReportPage
from tests.db.workshop_helpers import labour_line, workshop_order
from tests.helpers import PASSWORD, UserSet, _hash_once


def test_the_report_shows_each_technician_and_category(qtbot: QtBot, db: Database, people: UserSet) -> None:
    with patch.object(clock, "hash_password", _hash_once):
        clock.set_pin(db, people.tech, people.tech.id, PASSWORD, "1234")
    order_id = workshop_order(db, people)
    now = utcnow()
    clock.clock(
        db,
        people.lead,
        people.tech.id,
        "1234",
        order_id,
        labour_line(db, order_id),
        ClockAction.START,
        at=now - timedelta(minutes=36),
    )
    clock.clock(
        db, people.lead, people.tech.id, "1234", order_id, labour_line(db, order_id), ClockAction.FINISH, at=now
    )
    page = WorkshopReportPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    assert page.technicians.rowCount() == 1
    assert [page.technicians.index(0, c).data() for c in range(5)] == ["王师傅", "1", "0.30", "0.60", "50%"]
    assert page.categories.index(0, 0).data() == "Periodic maintenance" and page.categories.index(0, 2).data() == "1"
    assert len(page.tech_chart.chart_.series()) == 1 and page.period_chart.chart_.title() != ""

    refused = WorkshopReportPage(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(refused)
    assert "needs the role" in refused.message.text()
