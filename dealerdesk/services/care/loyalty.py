"""Loyalty rounds (忠诚客户回馈): list a period's most frequent visitors, give each a free maintenance.

The vouchers are the packages' own (services/packages/vouchers.py): each is issued with its
audit entry inside the round's transaction, so a round is all there or not at all. A period
is rewarded once: the round's period is unique in the database, and a second round for it is
refused with who issued the first and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, LoyaltyReward, LoyaltyRound, User, Vehicle, Voucher, WorkOrder
from dealerdesk.domain.care_figures import Window
from dealerdesk.domain.care_loyalty import LoyaltyPeriod, check_round, voucher_terms
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, ValidationError
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ServiceCategory
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.care.figures import in_window, is_visit
from dealerdesk.services.packages.vouchers import add_voucher

LOYALTY_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER)
ENTITY = "loyalty_round"
ALREADY = QT_TRANSLATE_NOOP(
    "Messages", "The loyalty vouchers of {period} were already issued on {day} by {name}: a period is rewarded once."
)
RACED = QT_TRANSLATE_NOOP(
    "Messages", "Another workstation has just issued the loyalty vouchers of {period}: a period is rewarded once."
)
NOBODY = QT_TRANSLATE_NOOP("Messages", "Nobody came {visits} times or more in {period}: there is no one to reward.")


@dataclass(frozen=True)
class Candidate:
    vehicle_id: int
    customer_name: str
    mobile: str
    plate: str
    model: str
    visits: int
    last_visit: datetime


@dataclass(frozen=True)
class RoundView:
    period: str
    issued_at: datetime
    issued_by: str
    min_visits: int
    vouchers: int
    redeemed: int
    codes: tuple[str, ...] = ()


def _candidates(s: Session, period: LoyaltyPeriod, min_visits: int, limit: int) -> list[Candidate]:
    visits = func.count().label("visits")
    last = func.max(WorkOrder.checked_in_at).label("last")
    ranked = (
        select(WorkOrder.vehicle_id, visits, last)
        .where(
            is_visit(),
            WorkOrder.category != ServiceCategory.PDS.value,
            in_window(WorkOrder.checked_in_at, Window(period.first, period.last)),
        )
        .group_by(WorkOrder.vehicle_id)
        .having(func.count() >= min_visits)
        .order_by(visits.desc(), last.desc(), WorkOrder.vehicle_id)
        .limit(limit)
        .subquery()
    )
    rows = s.execute(
        select(ranked, Vehicle.plate, Vehicle.model, Customer.name, Customer.mobile)
        .join(Vehicle, Vehicle.id == ranked.c.vehicle_id)
        .outerjoin(Customer, Customer.id == Vehicle.owner_id)
        .order_by(ranked.c.visits.desc(), ranked.c.last.desc(), ranked.c.vehicle_id)
    )
    return [
        Candidate(r.vehicle_id, r.name or "", r.mobile or "", r.plate or "", r.model, int(r.visits), r.last)
        for r in rows
    ]


def candidates(db: Database, actor: Actor, period: LoyaltyPeriod, min_visits: int, limit: int) -> list[Candidate]:
    """The period's most frequent visitors, most visits first (then the latest visit)."""
    with db.read() as s:
        current_actor(s, actor, *LOYALTY_ROLES)
        return _candidates(s, period, min_visits, limit)


def _refuse_second(s: Session, period: LoyaltyPeriod) -> None:
    found = s.execute(
        select(LoyaltyRound.issued_at, User.full_name)
        .join(User, User.id == LoyaltyRound.issued_by_id)
        .where(LoyaltyRound.period == period.key)
    ).first()
    if found is not None:
        raise DealerDeskError(
            ALREADY,
            period=period.key,
            day=found.issued_at.astimezone(CHINA_TIME).date().isoformat(),
            name=found.full_name,
        )


def issue_round(
    db: Database,
    actor: Actor,
    period: LoyaltyPeriod,
    min_visits: int,
    limit: int,
    now: datetime | None = None,
) -> RoundView:
    """Give each of the period's most frequent visitors a free periodic maintenance, in one transaction."""
    now = now or utcnow()
    today = now.astimezone(CHINA_TIME).date()
    problems = check_round(period, today, min_visits, limit)
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        actor = current_actor(s, actor, *LOYALTY_ROLES)
        _refuse_second(s, period)
        chosen = _candidates(s, period, min_visits, limit)
        if not chosen:
            raise DealerDeskError(NOBODY, visits=min_visits, period=period.key)
        round_ = LoyaltyRound(
            period=period.key,
            period_start=period.first,
            period_end=period.last,
            min_visits=min_visits,
            issued_by_id=actor.id,
            issued_at=now,
        )
        s.add(round_)
        try:
            s.flush()
        except IntegrityError as err:  # another workstation issued the same period a moment ago
            raise DealerDeskError(RACED, period=period.key) from err
        codes = []
        for c in chosen:
            voucher = add_voucher(s, actor, voucher_terms(period, c.visits, today), c.vehicle_id, now)
            s.add(LoyaltyReward(round_id=round_.id, vehicle_id=c.vehicle_id, voucher_id=voucher.id, visits=c.visits))
            codes.append(voucher.code)
        audit.record(
            s,
            actor,
            "issue_loyalty_round",
            ENTITY,
            round_.id,
            {"period": period.key, "min_visits": min_visits, "vouchers": len(codes), "codes": codes},
        )
        return RoundView(period.key, now, actor.full_name, min_visits, len(codes), 0, tuple(codes))


def rounds(db: Database, actor: Actor) -> list[RoundView]:
    """Every round so far, newest first, with how many of its vouchers were redeemed."""
    with db.read() as s:
        current_actor(s, actor, *LOYALTY_ROLES)
        redeemed = func.count(Voucher.redeemed_order_id)
        q = (
            select(LoyaltyRound, User.full_name, func.count(LoyaltyReward.id), redeemed)
            .join(User, User.id == LoyaltyRound.issued_by_id)
            .outerjoin(LoyaltyReward, LoyaltyReward.round_id == LoyaltyRound.id)
            .outerjoin(Voucher, Voucher.id == LoyaltyReward.voucher_id)
            .group_by(LoyaltyRound.id, User.full_name)
            .order_by(LoyaltyRound.issued_at.desc())
        )
        return [
            RoundView(r.period, r.issued_at, name, r.min_visits, int(n), int(used)) for r, name, n, used in s.execute(q)
        ]
