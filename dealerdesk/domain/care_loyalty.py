"""Loyalty reward (忠诚客户回馈): at each half-year and year end, the most frequent visitors of the
period each get one free periodic maintenance, as a voucher redeemable once on a work order.

A period is the first half of a year (``2026-H1``, January to June) or the whole year
(``2026``); it is rewarded once, after its last day. The least visits default to the class-A
pace (4 a year, so 2 in a half-year).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.packages_rules import VoucherKind, VoucherSource, VoucherTerms

# What the voucher covers: the labour operation the dealership's packages call periodic maintenance.
SERVICE = "常规保养"
VALID_DAYS = 180
MAX_REWARDED = 500

PERIOD = "period"
MIN_VISITS = "min_visits"
LIMIT = "limit"

NOT_OVER = QT_TRANSLATE_NOOP("Messages", "The period {period} ends on {last}: reward it from the day after.")
MIN_VISITS_RANGE = QT_TRANSLATE_NOOP("Messages", "The least visits are 1 to 50; you gave {visits}.")
LIMIT_RANGE = QT_TRANSLATE_NOOP("Messages", "Reward 1 to {max} customers at a time; you gave {limit}.")


@dataclass(frozen=True)
class LoyaltyPeriod:
    year: int
    half: bool  # True: January to June; False: the whole year

    @property
    def key(self) -> str:
        return f"{self.year}-H1" if self.half else str(self.year)

    @property
    def first(self) -> date:
        return date(self.year, 1, 1)

    @property
    def last(self) -> date:
        return date(self.year, 6, 30) if self.half else date(self.year, 12, 31)

    @property
    def default_min_visits(self) -> int:
        return 2 if self.half else 4


def recent_periods(today: date, count: int = 4) -> list[LoyaltyPeriod]:
    """The last ``count`` periods that have ended by ``today``, newest first."""
    out: list[LoyaltyPeriod] = []
    year = today.year
    while len(out) < count:
        for p in (LoyaltyPeriod(year, False), LoyaltyPeriod(year, True)):
            if p.last < today and len(out) < count:
                out.append(p)
        year -= 1
    return out


def check_round(period: LoyaltyPeriod, today: date, min_visits: int, limit: int) -> list[Problem]:
    problems: list[Problem] = []
    if today <= period.last:
        problems.append(Problem(PERIOD, NOT_OVER, {"period": period.key, "last": period.last.isoformat()}))
    if not 1 <= min_visits <= 50:
        problems.append(Problem(MIN_VISITS, MIN_VISITS_RANGE, {"visits": min_visits}))
    if not 1 <= limit <= MAX_REWARDED:
        problems.append(Problem(LIMIT, LIMIT_RANGE, {"max": MAX_REWARDED, "limit": limit}))
    return problems


def voucher_terms(period: LoyaltyPeriod, visits: int, today: date, valid_days: int = VALID_DAYS) -> VoucherTerms:
    """One free periodic maintenance; the reason names the period and the visits that earned it."""
    return VoucherTerms(
        kind=VoucherKind.SERVICE,
        source=VoucherSource.LOYALTY,
        reason=f"忠诚客户回馈 {period.key} · {visits}次入库",
        valid_until=today + timedelta(days=valid_days),
        service=SERVICE,
        pay_pct=0,
    )
