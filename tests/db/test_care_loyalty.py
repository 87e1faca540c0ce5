"""Loyalty rounds: the period's most frequent visitors each get one free maintenance voucher, once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import AuditEntry, LoyaltyReward, Voucher
from dealerdesk.domain.care_loyalty import LoyaltyPeriod, recent_periods
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.packages_rules import VoucherKind, VoucherSource
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services.care import loyalty
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import redemption
from dealerdesk.services.packages.vouchers import vehicle_vouchers
from tests.db.care_data import REPAIR, add_vehicle, add_visit, care_user, china
from tests.db.package_helpers import order_with, vehicle_of
from tests.helpers import UserSet

H1 = LoyaltyPeriod(2026, True)
AFTER_H1 = datetime(2026, 7, 1, 2, 0, tzinfo=UTC)


def test_periods() -> None:
    assert (H1.key, H1.first, H1.last, H1.default_min_visits) == ("2026-H1", date(2026, 1, 1), date(2026, 6, 30), 2)
    year = LoyaltyPeriod(2025, False)
    assert (year.key, year.last, year.default_min_visits) == ("2025", date(2025, 12, 31), 4)
    assert [p.key for p in recent_periods(date(2026, 12, 2))] == ["2026-H1", "2025", "2025-H1", "2024"]
    assert [p.key for p in recent_periods(date(2026, 7, 1), 2)] == ["2026-H1", "2025"]


def _history(db: Database, people: UserSet) -> dict[str, int]:
    sa = people.advisor.id
    cars = {k: add_vehicle(db, owner=name) for k, name in (("a", "张三"), ("b", "李四"), ("c", "王五"), ("d", "赵六"))}
    for month in (1, 2, 3, 5):
        add_visit(db, sa, cars["a"], china(date(2026, month, 3)))  # 4 visits
    for month in (2, 6):
        add_visit(db, sa, cars["b"], china(date(2026, month, 3)), category=REPAIR)  # 2, the later last visit
    add_visit(db, sa, cars["c"], china(date(2026, 1, 3)))
    add_visit(db, sa, cars["c"], china(date(2026, 6, 30), 23, 30))  # 2: the last on the period's last evening
    add_visit(db, sa, cars["d"], china(date(2026, 3, 3)))
    add_visit(db, sa, cars["d"], china(date(2026, 4, 3)), status=OrderStatus.CANCELLED)  # 1 visit
    add_visit(db, sa, cars["d"], china(date(2026, 5, 3)), category=ServiceCategory.PDS)
    add_visit(db, sa, cars["d"], china(date(2026, 7, 1), 9))  # after the period
    return cars


def test_round_lists_ranks_and_issues_once(db: Database, people: UserSet) -> None:
    cars = _history(db, people)
    cr = care_user(db, people.admin, "cr1", "刘客服")
    listed = loyalty.candidates(db, cr, H1, 2, 10)
    assert [(c.customer_name, c.visits) for c in listed] == [("张三", 4), ("王五", 2), ("李四", 2)]
    assert [c.customer_name for c in loyalty.candidates(db, cr, H1, 2, 2)] == ["张三", "王五"]

    done = loyalty.issue_round(db, cr, H1, 2, 10, now=AFTER_H1)
    assert (done.period, done.vouchers, done.issued_by) == ("2026-H1", 3, "刘客服")
    voucher = vehicle_vouchers(db, cars["a"])[0]
    assert voucher.terms.kind is VoucherKind.SERVICE and voucher.terms.source is VoucherSource.LOYALTY
    assert (voucher.terms.service, voucher.terms.pay_pct, voucher.terms.valid_until) == (
        "常规保养",
        0,
        date(2026, 12, 28),
    )
    assert "2026-H1" in voucher.terms.reason and voucher.usable_on(date(2026, 7, 1))
    assert vehicle_vouchers(db, cars["d"]) == []

    with pytest.raises(DealerDeskError) as refused:
        loyalty.issue_round(db, people.manager, H1, 1, 10, now=AFTER_H1)
    assert refused.value.render() == (
        "The loyalty vouchers of 2026-H1 were already issued on 2026-07-01 by 刘客服: a period is rewarded once."
    )
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Voucher)) == 3
        assert s.scalar(select(func.count()).select_from(LoyaltyReward)) == 3
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-4:] == ["issue_voucher"] * 3 + ["issue_loyalty_round"]
    [shown] = loyalty.rounds(db, cr)
    assert (shown.period, shown.vouchers, shown.redeemed, shown.min_visits) == ("2026-H1", 3, 0, 2)


def test_round_refused_before_the_period_ends_without_anyone_or_rights(db: Database, people: UserSet) -> None:
    _history(db, people)
    cr = care_user(db, people.admin, "cr1", "刘客服")
    with pytest.raises(ValidationError) as early:
        loyalty.issue_round(db, cr, H1, 2, 10, now=datetime(2026, 6, 30, 3, 0, tzinfo=UTC))
    assert early.value.render() == "The period 2026-H1 ends on 2026-06-30: reward it from the day after."
    with pytest.raises(DealerDeskError) as nobody:
        loyalty.issue_round(db, cr, H1, 5, 10, now=AFTER_H1)
    assert nobody.value.render() == "Nobody came 5 times or more in 2026-H1: there is no one to reward."
    with pytest.raises(PermissionDenied):
        loyalty.issue_round(db, people.advisor, H1, 2, 10, now=AFTER_H1)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Voucher)) == 0
    assert loyalty.rounds(db, cr) == []


def test_the_loyalty_voucher_pays_a_maintenance_once(db: Database, people: UserSet) -> None:
    first = order_with(db, people)  # the sample car, known from an earlier visit (cancelled)
    work_orders.cancel_order(db, people.advisor, first, "客户改期")
    car = vehicle_of(db, first)
    for month in (2, 5):
        add_visit(db, people.advisor.id, car, china(date(2026, month, 3)))
    done = loyalty.issue_round(db, people.manager, H1, 2, 10)  # now: the period is over
    voucher = vehicle_vouchers(db, car)[0]
    assert voucher.code == done.codes[0]
    order_id = order_with(db, people, voucher_id=voucher.id)  # labour 300.00 and an oil filter 88.00
    assert redemption.order_redemptions(db, order_id).total_discount_fen == 388_00  # free: nothing to pay
    with pytest.raises(ValidationError, match="already chosen"):
        order_with(db, people, voucher_id=voucher.id)
