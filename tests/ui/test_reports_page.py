"""The reports page: figures the manager reads, charts, CSV and PDF export."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QStackedBarSeries
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import CauseCategory, ReworkKind
from dealerdesk.services.actor import Actor
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.rework import reports_page
from dealerdesk.ui.rework.reports_page import ReportsPage
from dealerdesk.ui.rework.rework_report_model import ReworkReportModel
from tests.helpers import UserSet
from tests.rework_data import add_order, add_rework


def _page(qtbot: QtBot, db: Database, actor: Actor) -> ReportsPage:
    page = ReportsPage(UiContext(db, actor, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def month(db: Database, people: UserSet) -> None:
    """Ten cars delivered ten days ago; one failed QC, one came back. A customer typed a formula."""
    at = datetime.now(UTC) - timedelta(days=10)
    ids = [add_order(db, people.advisor.id, delivered_at=at, technician_ids=(people.tech.id,)) for _ in range(10)]
    add_rework(
        db,
        ids[0],
        people.lead.id,
        detected_at=at - timedelta(hours=2),
        technician_id=people.tech.id,
        cause=CauseCategory.MAN,
        labour_fen=30000,
    )
    add_rework(
        db,
        ids[1],
        people.advisor.id,
        kind=ReworkKind.EXTERNAL,
        detected_at=at + timedelta(days=2),
        technician_id=people.tech.id,
        parts_fen=12000,
    )
    with db.write() as s:
        from dealerdesk.db.models import User

        s.get(User, people.tech.id).team = "=cmd|' /C calc'!A0"  # type: ignore[union-attr]


def test_summary_and_tables(qtbot: QtBot, qtmodeltester, db: Database, people: UserSet, month: None) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, db, people.manager)
    summary = page.summary_texts()
    assert summary["Delivered orders"] == "10"
    assert summary["QC rework"] == "1 (10.00 per 100)"
    assert summary["External rework"] == "1 (10.00 per 100)"
    assert summary["First-time-right"] == "80.00 % (8 of 10)"
    assert summary["Cost of rework"] == "CNY 420.00 (labour 300.00, parts 120.00)"
    tech_tab = page.group_tabs[1]
    qtmodeltester.check(tech_tab.model)
    row = [tech_tab.proxy.index(0, c).data() for c in range(tech_tab.proxy.columnCount())]
    assert row[:4] == ["王师傅", "10", "1", "10.00"] and row[-2:] == ["80.00", "420.00"]
    bars = next(s for s in tech_tab.chart.chart().series() if isinstance(s, QStackedBarSeries))
    assert [b.at(0) for b in bars.barSets()] == [1.0, 0.0, 1.0]
    cause_tab = page.group_tabs[3]
    assert cause_tab.model.index(0, 0).data() == "Man (people)"
    assert cause_tab.model.index(0, ReworkReportModel.columnCount(cause_tab.model) - 2).data() == "—"


def test_period_outside_shows_nothing_delivered(qtbot: QtBot, db: Database, people: UserSet, month: None) -> None:
    page = _page(qtbot, db, people.manager)
    page.preset.setCurrentIndex(page.PRESETS.index("last_year"))
    assert page.summary_texts()["Delivered orders"] == "0"
    assert page.summary_texts()["First-time-right"].startswith("— %")


def test_csv_export_escapes_formulas(
    qtbot: QtBot, db: Database, people: UserSet, month: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(reports_page, "show_info", lambda _parent, text: shown.append(text))
    page = _page(qtbot, db, people.manager)
    target = tmp_path / "rework.csv"
    monkeypatch.setattr(reports_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.csv_button.click()
    assert shown == [f"The report was saved to {target}."]
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Grouping", "Group", "Delivered orders"]
    assert rows[1][0] == "Whole period" and rows[1][2] == "10"
    teams = [r for r in rows if r[0] == "By team"]
    assert teams[0][1] == "'=cmd|' /C calc'!A0"  # text, never a formula


def test_pdf_is_written(
    qtbot: QtBot, db: Database, people: UserSet, month: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports_page, "show_info", lambda *_a: None)
    page = _page(qtbot, db, people.manager)
    path = page.save_pdf(str(tmp_path / "r.pdf"))
    assert path is not None and Path(path).read_bytes().startswith(b"%PDF")


def test_advisor_is_told_reports_are_for_managers(qtbot: QtBot, db: Database, people: UserSet, month: None) -> None:
    page = _page(qtbot, db, people.advisor)
    assert page.message.isVisible()
    text = page.message.text()
    for who in ("service manager", "QC inspectors", "team leads", "administrators", "Rework page"):
        assert who in text
    # Nothing else on the page: no empty greyed tables, no export, no period to pick.
    assert not page.tabs.isVisible() and not page.summary_box.isVisible() and not page.period_bar.isVisible()
    assert page.report is None and page.export_csv("/nonexistent/never-written.csv") is None


@pytest.mark.parametrize("role", ["lead", "qc", "admin"])
def test_leads_inspectors_and_admins_see_the_report(
    qtbot: QtBot, db: Database, people: UserSet, month: None, role: str
) -> None:
    page = _page(qtbot, db, getattr(people, role))
    assert not page.message.isVisible() and page.tabs.isVisible()
    assert page.summary_texts()["Delivered orders"] == "10"


def test_a_period_ending_before_it_starts_is_said_and_no_old_figures_stay(
    qtbot: QtBot, db: Database, people: UserSet, month: None
) -> None:
    page = _page(qtbot, db, people.manager)
    assert page.summary_texts()["Delivered orders"] == "10" and not page.message.isVisible()
    page.date_to.setDate(page.date_from.date().addDays(-1))
    assert page.message.isVisible() and page.message.text() == "The end of the period is before its start."
    assert not page.tabs.isVisible() and not page.csv_button.isEnabled() and page.summary_texts() == {}
    page.preset.setCurrentIndex(page.PRESETS.index("last_12_months"))
    assert not page.message.isVisible() and page.tabs.isVisible() and page.csv_button.isEnabled()
    assert page.summary_texts()["Delivered orders"] == "10"
