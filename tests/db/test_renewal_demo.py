"""The demo's renewals: a season of follow-ups won and lost that the loss analysis counts, weekly plans,
and hand-over offers of the delivered claim repairs with their vouchers and the advisors' bonus."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from dealerdesk.db.database import open_database
from dealerdesk.db.models import RenewalBonus, RenewalFollowUp, RenewalOffer, RenewalOfferVoucher
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.domain.renewal_loss_rules import PeriodKind
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.renewal import bonus, losses

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=UTC)


def test_the_demo_season_of_renewals_and_offers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    write_demo_database(url, seed=7, orders=300, now=NOW)
    db = open_database(url)
    manager = users.authenticate(db, "manager", "manager1")
    specialist = users.authenticate(db, "rn1", "renew123")
    assert Role.RENEWAL_SPECIALIST in specialist.roles
    month = losses.loss_analysis(db, specialist, PeriodKind.MONTH, datetime(2026, 5, 20).date())
    assert month.won > 0 and month.lost > 0 and month.by_reason and month.by_insurer
    assert {x.name for x in month.by_specialist} == {"钱续保", "冯续保"}
    planned, called, won = month.plan_total
    assert planned >= called > 0 and won > 0
    with db.read() as s:
        open_records = s.scalar(
            select(func.count()).select_from(RenewalFollowUp).where(RenewalFollowUp.closed_at.is_(None))
        )
        offers = list(s.scalars(select(RenewalOffer)))
        vouchers = s.scalar(select(func.count()).select_from(RenewalOfferVoucher))
        bonus_rows = s.scalar(select(func.count()).select_from(RenewalBonus))
    assert open_records and offers
    prepaid = [o for o in offers if o.result == "prepaid"]
    assert prepaid and len(prepaid) < len(offers)  # some declined
    assert all(o.claim_fen >= 5_000_00 for o in offers)
    assert bonus_rows == len(prepaid) and vouchers >= len(prepaid)
    some = prepaid[0].recorded_at.astimezone()
    report = bonus.bonus_month(db, manager, some.year, some.month)
    assert report.bonus_fen >= 50_00 and report.prepaid >= 1
