"""The loss analysis page: a month's figures in tables and charts, another period at a keystroke, the PDF."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.renewal_loss_rules import PeriodKind
from dealerdesk.domain.renewal_rules import LossReason, Stage
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.renewal.losses_page import LossAnalysisPage
from dealerdesk.ui.widgets.date_times import to_qdate
from tests.db.renewal_loss_data import call, followup, plan
from tests.db.test_renewal_losses import MON, WED, specialist
from tests.helpers import UserSet


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    import dealerdesk.ui.renewal.losses_page as page_module

    monkeypatch.setattr(page_module, "show_info", lambda _p, text: messages.append(text))
    monkeypatch.setattr(page_module, "show_error", lambda _p, text: messages.append(text))
    return messages


def test_the_months_losses_on_screen_and_on_paper(
    qtbot: QtBot, db: Database, people: UserSet, said: list[str], tmp_path: Path
) -> None:
    zhao = specialist(db, people, "rs1", "赵续保")
    qian = specialist(db, people, "rs2", "钱续保")
    won = followup(db, zhao.id, Stage.WON, WED)
    followup(db, zhao.id, Stage.LOST, WED, LossReason.PRICE)
    followup(db, qian.id, Stage.LOST, WED, LossReason.INSURED_ELSEWHERE, "人保")
    followup(db, qian.id, Stage.LOST, date(2026, 12, 10), LossReason.INSURED_ELSEWHERE, "太平洋")
    plan(db, MON, [(won, zhao.id)])
    call(db, won, zhao.id, WED)

    page = LossAnalysisPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.day.setDate(to_qdate(WED))
    assert page.period_kind() is PeriodKind.MONTH
    assert page.summary.text().startswith("2026-12: 4 closed — 1 won, 3 lost (loss rate 75.0%).")
    assert "1 planned, 1 called, 1 won" in page.summary.text()
    assert page.reasons.rows == [["Insured elsewhere", "2", "66.7%"], ["Price", "1", "33.3%"]]
    assert page.insurers.rows == [["人保", "1", "33.3%"], ["太平洋", "1", "33.3%"]]
    assert page.specialists.rows[0] == ["钱续保", "2", "0", "2", "100.0%"]
    assert page.plan.rows == [["2026-11-30 · 赵续保", "1", "1", "100.0%", "1", "100.0%"]]
    assert [b.label() for b in page.reason_chart.bar_sets] == ["Lost"]
    # Horizontal bars are drawn bottom up: the table's first reason is the top bar, the set's last value.
    assert [page.reason_chart.bar_sets[0].at(i) for i in range(2)] == [1.0, 2.0]
    assert [b.label() for b in page.trend_chart.bar_sets] == ["Won", "Lost"]

    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.DAY.value))
    assert page.summary.text().startswith("2026-12-02: 3 closed")

    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.MONTH.value))
    path = page.save_pdf(str(tmp_path / "losses.pdf"))
    assert path is not None and any("Saved to" in m for m in said)
    text = " ".join(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout.split())
    for phrase in (
        "Renewal loss analysis",
        "Losses by reason",
        "Insured elsewhere 2 66.7%",
        "太平洋",
        "The weekly plan: planned, called, won",
        "2026-11-30 · 赵续保",
        "Loss rate 75.0%",
        "Page 1 of",
    ):
        assert phrase in text


def test_an_empty_period_says_why(qtbot: QtBot, db: Database, people: UserSet, said: list[str]) -> None:
    page = LossAnalysisPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    assert page.reasons.rows == []
    assert page.empty_hints[0].isVisible() and "Nothing was won or lost" in page.empty_hints[0].label.text()
    assert said == []
