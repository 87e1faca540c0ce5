"""The advisors' renewal bonus (50 yuan per prepaying customer by default): the month's report from the ledger.

The offers are read as they stand after any correction; the bonus is the ledger's sum for the month, a
correction's reversal counted in the month it was made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import RenewalBonus, RenewalOffer, User, WorkOrder
from dealerdesk.domain.renewal_offer_rules import DeclineReason, OfferResult
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.packages.reconciliation import month_bounds

READERS = (Role.MANAGER, Role.ADVISOR)


@dataclass(frozen=True)
class AdvisorBonus:
    advisor_id: int
    advisor_name: str
    offers: int  # offers recorded in the month
    prepaid: int
    declined: int
    prepaid_fen: int  # the prepayments taken
    bonus_fen: int  # the ledger's rows of the month

    @property
    def prepay_rate_pct(self) -> float:
        return 100.0 * self.prepaid / self.offers if self.offers else 0.0


@dataclass(frozen=True)
class OfferLine:
    order_id: int
    recorded_at: datetime
    order_number: str
    plate: str
    advisor_name: str
    claim_fen: int
    result: OfferResult
    prepay_fen: int | None
    package_name: str
    decline_reason: DeclineReason | None
    note: str


@dataclass(frozen=True)
class BonusMonth:
    year: int
    month: int
    advisors: tuple[AdvisorBonus, ...]
    offers: tuple[OfferLine, ...]

    @property
    def bonus_fen(self) -> int:
        return sum(a.bonus_fen for a in self.advisors)

    @property
    def prepaid(self) -> int:
        return sum(a.prepaid for a in self.advisors)


def bonus_month(db: Database, actor: Actor, year: int, month: int) -> BonusMonth:
    """Per advisor: offers, prepaying customers, prepayments and the bonus of the month; an advisor sees their own."""
    start, end = month_bounds(year, month)
    key = f"{year:04d}-{month:02d}"
    with db.read() as s:
        actor = current_actor(s, actor, *READERS)
        only = None if actor.has(Role.MANAGER) else actor.id
        q = (
            select(RenewalOffer, WorkOrder.number, WorkOrder.plate)
            .join(WorkOrder, WorkOrder.id == RenewalOffer.order_id)
            .where(RenewalOffer.recorded_at >= start, RenewalOffer.recorded_at < end)
            .order_by(RenewalOffer.recorded_at)
        )
        b = select(RenewalBonus.advisor_id, func.sum(RenewalBonus.amount_fen)).where(RenewalBonus.month == key)
        if only is not None:
            q = q.where(RenewalOffer.advisor_id == only)
            b = b.where(RenewalBonus.advisor_id == only)
        rows = s.execute(q).all()
        bonus = {a: int(total) for a, total in s.execute(b.group_by(RenewalBonus.advisor_id))}
        ids = {o.advisor_id for o, _, _ in rows} | set(bonus)
        names = {i: n for i, n in s.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}
    lines = tuple(
        OfferLine(
            o.order_id,
            o.recorded_at,
            number,
            plate,
            names.get(o.advisor_id, ""),
            o.claim_fen,
            OfferResult(o.result),
            o.prepay_fen,
            o.package_name,
            DeclineReason(o.decline_reason) if o.decline_reason else None,
            o.note,
        )
        for o, number, plate in rows
    )
    advisors = []
    for advisor_id in sorted(ids, key=lambda i: names.get(i, "")):
        mine = [o for o, _, _ in rows if o.advisor_id == advisor_id]
        prepaid = [o for o in mine if o.result == OfferResult.PREPAID.value]
        advisors.append(
            AdvisorBonus(
                advisor_id,
                names.get(advisor_id, ""),
                len(mine),
                len(prepaid),
                len(mine) - len(prepaid),
                sum(o.prepay_fen or 0 for o in prepaid),
                bonus.get(advisor_id, 0),
            )
        )
    return BonusMonth(year, month, tuple(advisors), lines)
