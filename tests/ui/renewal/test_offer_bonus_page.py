"""The month's hand-over offers and the advisors' bonus, reached from the Renewals area; its PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.renewal_offer_rules import DEFAULT_PACKAGES, DeclineReason, OfferResult
from dealerdesk.services.packages.common import local_day
from dealerdesk.services.renewal import offers
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.renewal.bonus_page import OfferBonusPage
from dealerdesk.ui.renewal.losses_page import LossAnalysisPage
from dealerdesk.ui.renewal.renewal_area import RenewalArea
from dealerdesk.ui.widgets.date_times import to_qdate
from tests.db.test_renewal_offers import claim_order
from tests.helpers import UserSet


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    import dealerdesk.ui.renewal.bonus_page as page_module

    monkeypatch.setattr(page_module, "show_info", lambda _p, text: messages.append(text))
    monkeypatch.setattr(page_module, "show_error", lambda _p, text: messages.append(text))
    return messages


def test_the_months_offers_per_advisor_and_on_paper(
    qtbot: QtBot, db: Database, people: UserSet, said: list[str], tmp_path: Path
) -> None:
    first = claim_order(db, people, 12_000_00)
    offers.record_offer(
        db, people.advisor, first, OfferResult.PREPAID, prepay_fen=2_000_00, package_name=DEFAULT_PACKAGES[1].name
    )
    second = claim_order(db, people, 6_000_00)
    offers.record_offer(db, people.advisor2, second, OfferResult.DECLINED, decline=DeclineReason.PRICE, note="嫌贵")

    area = RenewalArea(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(area)
    assert area.tab_keys[-2:] == ["losses", "offers"]
    assert isinstance(area.page("losses"), LossAnalysisPage)
    page = area.show_tab("offers")
    assert isinstance(page, OfferBonusPage)
    assert page.summary.text().endswith("2 offers recorded, 1 prepaid; bonus 50.00 yuan.")
    assert page.advisors.rows == [
        ["李晓明", "1", "1", "0", "100.0%", "2,000.00", "50.00"],
        ["陈静", "1", "0", "1", "0.0%", "0.00", "0.00"],
    ]
    assert [row[5:] for row in page.offers.rows] == [
        ["Prepaid", "2,000.00", DEFAULT_PACKAGES[1].name],
        ["Declined", "", "Price · 嫌贵"],
    ]
    path = page.save_pdf(str(tmp_path / "offers.pdf"))
    assert path is not None and any("Saved to" in m for m in said)
    text = " ".join(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout.split())
    for phrase in ("Renewal offers at hand-over", "李晓明 1 1 0 100.0% 2,000.00 50.00", "Price · 嫌贵", "Page 1 of 1"):
        assert phrase in text

    today = local_day(utcnow())
    page.month.setDate(to_qdate(today.replace(year=today.year - 1)))
    assert page.offers.rows == [] and page.advisors.rows == []
    assert "No renewal offer was recorded" in page.empty_hint.label.text()
    assert "5,000.00" in page.empty_hint.label.text()


def test_a_specialist_sees_the_loss_analysis_but_not_the_bonus(qtbot: QtBot, db: Database, people: UserSet) -> None:
    from tests.db.test_renewal_losses import specialist

    actor = specialist(db, people, "rs1", "赵续保")
    area = RenewalArea(UiContext(db, actor, get_settings(db), "en"))
    qtbot.addWidget(area)
    assert "losses" in area.tab_keys and "offers" not in area.tab_keys
