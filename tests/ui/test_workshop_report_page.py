"""The workshop report page: charts and tables for the period, and a refusal said on the page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from unittest.mock import patch

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.discount_rules import DiscountInput, DiscountReason, DiscountTarget
from dealerdesk.domain.job_clock import ClockAction
from dealerdesk.services.settings import get_settings
from dealerdesk.services.workshop import clock, discounts
from dealerdesk.services.workshop.approval import ApprovalCredentials
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.workshop.report_page import WorkshopReportPage
from tests.db.workshop_helpers import labour_line, workshop_order
from tests.helpers import PASSWORD, UserSet, _hash_once

MANAGER = ApprovalCredentials("manager", PASSWORD)


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


def test_the_manager_reads_the_months_discounts_and_takes_them_to_excel(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path
) -> None:
    order_id = workshop_order(db, people)
    line = labour_line(db, order_id)  # 90.00 yuan of labour
    give = discounts.give_discount
    give(db, people.advisor, order_id, DiscountInput(DiscountTarget.LABOUR, line, 300, DiscountReason.LOYAL_CUSTOMER))
    give(
        db,
        people.advisor,
        order_id,
        DiscountInput(DiscountTarget.LABOUR, line, 2000, DiscountReason.COMPLAINT),
        MANAGER,
    )
    give(
        db,
        people.manager,
        order_id,
        DiscountInput(DiscountTarget.ORDER, None, 1000, DiscountReason.COMPLAINT, "投诉安抚"),
    )
    page = WorkshopReportPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    panel = page.discounts
    assert panel is not None and page.tabs.tabText(1) == "Discounts by month"
    summary = [[panel.summary.index(r, c).data() for c in range(5)] for r in range(panel.summary.rowCount())]
    assert summary == [
        ["周经理", "Complaint consolation", "1", "10.00", "0"],
        ["李晓明", "Complaint consolation", "1", "20.00", "1"],
        ["李晓明", "Loyal customer", "1", "3.00", "0"],
        ["Total", "", "3", "33.00", "1"],
    ]
    assert "3 discounts, 33.00 CNY; 1 needed a manager's approval" in panel.message.text()
    each = [[panel.each.index(r, c).data() for c in (3, 5, 6, 7, 8)] for r in range(panel.each.rowCount())]
    assert each[1] == ["更换空气滤清器", "20.00", "", "李晓明", "周经理"]
    assert each[2] == ["Whole order", "10.00", "投诉安抚", "周经理", ""]

    with patch("dealerdesk.ui.workshop.discount_report.show_info"):
        path = panel.export(str(tmp_path / "discounts.xlsx"))
    assert path is not None
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "Order" and len(rows) == 5  # header, three discounts, the total
    assert rows[-1][0] == "Total" and float(rows[-1][5]) == 33.0

    lead = WorkshopReportPage(UiContext(db, people.lead, get_settings(db), "en"))
    qtbot.addWidget(lead)
    assert lead.discounts is None and lead.tabs.count() == 1  # the team lead sees the workshop figures only
