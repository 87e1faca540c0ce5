"""The demo's insurance renewals (续保) and hand-over offers (续保前移): what the Renewals area shows.

Every demo car has this season's policy, due from four months ago to two months ahead. A record
opens 45 days before the policy is due; the specialists called each two to four times in the
afternoon (some unanswered), about six in ten were won and the rest lost with a reason (an
insurer named for those insured elsewhere); the coming weeks' are still open. A weekly plan
holds each week's calls. Delivered claim repairs of 5,000 yuan or more got their renewal offer
at hand-over: most customers prepaid and took the band's gift package (vouchers on the car,
the advisor's bonus in the ledger), the others declined with a reason.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    InsurancePolicy,
    LabourLine,
    PartsLine,
    RenewalBonus,
    RenewalCall,
    RenewalFollowUp,
    RenewalOffer,
    RenewalOfferVoucher,
    RenewalPlan,
    RenewalPlanEntry,
    User,
    UserRole,
    Vehicle,
    WorkOrder,
)
from dealerdesk.domain.renewal_offer_rules import (
    DeclineReason,
    OfferResult,
    OfferTerms,
    gift_vouchers,
    offer_due,
    packages_for,
)
from dealerdesk.domain.renewal_rules import CONNECTED, CallOutcome, LossReason, Stage
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services.actor import Actor
from dealerdesk.services.packages.vouchers import add_voucher

INSURERS = ["人保财险", "平安产险", "太平洋产险", "国寿财险", "大地保险"]
LOSSES = [
    (LossReason.PRICE, "对方报价便宜四百多"),
    (LossReason.INSURED_ELSEWHERE, "朋友在保险公司，已经在那边续了"),
    (LossReason.INSURED_ELSEWHERE, "4S店外的电销渠道更便宜"),
    (LossReason.CAR_SOLD, "车已经卖了"),
    (LossReason.UNREACHABLE, "打了五次都没人接，短信也不回"),
    (LossReason.CLAIMS, "去年理赔等了一个多月，不满意"),
    (LossReason.LENDER, "贷款车，银行指定保险公司"),
]
NOTES = ["客户说考虑一下", "已发报价短信", "约好周末来店", "客户在开会，晚点回电", ""]
OPEN_STAGES = [Stage.INVITE, Stage.FOLLOW_UP, Stage.QUOTE, Stage.VISIT]


def _at(day: date, rng: random.Random) -> datetime:
    """An afternoon call (14:20-17:00, the timetable's calling hours), China time."""
    return datetime.combine(day, time(14, 20), CHINA_TIME) + timedelta(minutes=rng.randrange(160))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def write_demo_renewal(db: Database, rng: random.Random, now: datetime) -> int:
    """Policies, follow-ups, calls and weekly plans; then the hand-over offers. Returns the follow-ups added."""
    today = now.astimezone(CHINA_TIME).date()
    with db.write() as s:
        role_of = {u: r for u, r in s.execute(select(UserRole.user_id, UserRole.role))}
        staff = list(s.scalars(select(User).order_by(User.id)))
        specialists = [u for u in staff if role_of.get(u.id) == Role.RENEWAL_SPECIALIST.value]
        if not specialists:
            return 0
        vehicles = list(s.scalars(select(Vehicle).order_by(Vehicle.id)))
        plans: dict[date, RenewalPlan] = {}
        entries: set[tuple[date, int]] = set()

        def plan_entry(day: date, f: RenewalFollowUp, first: bool) -> None:
            week = _monday(day)
            if week not in plans:
                plans[week] = RenewalPlan(week_start=week, rule="even", built_at=_at(week, rng) - timedelta(hours=6))
                s.add(plans[week])
                s.flush()
            if (week, f.id) in entries or f.specialist_id is None:
                return
            entries.add((week, f.id))
            s.add(
                RenewalPlanEntry(
                    plan_id=plans[week].id,
                    followup_id=f.id,
                    specialist_id=f.specialist_id,
                    due_on=day,
                    first_contact=first,
                )
            )

        added = 0
        for i, v in enumerate(vehicles):
            due = today + timedelta(days=rng.randrange(-120, 60))
            insurer = rng.choice(INSURERS)
            premium = rng.randrange(28, 95) * 100_00
            policy = InsurancePolicy(
                vehicle_id=v.id,
                policy_year=due.year,
                insurer=insurer,
                policy_no=f"PDAA{due.year}{51000000 + i}",
                compulsory_expiry=due,
                commercial_expiry=due + timedelta(days=rng.choice([0, 0, 0, 12])),
                due_on=due,
                premium_fen=premium,
                last_year_insurer=insurer if rng.random() < 0.8 else rng.choice(INSURERS),
                source="import",
                created_at=now - timedelta(days=150),
            )
            s.add(policy)
            s.flush()
            first_contact = due - timedelta(days=45)
            if first_contact > today:
                continue  # not in the window yet: no record until its first call is due
            specialist = specialists[i % len(specialists)]
            # Closed when the policy is past due or, for a few, already settled before it.
            closes = due < today or (rng.random() < 0.25 and first_contact + timedelta(days=10) < today)
            last_day = min(today - timedelta(days=1), due) if closes else today - timedelta(days=1)
            n_calls = rng.randrange(1, 5)
            span = max(0, (last_day - first_contact).days)
            days = sorted(first_contact + timedelta(days=rng.randrange(span + 1)) for _ in range(n_calls))
            if not closes and days and days[0] > today - timedelta(days=1):
                days = []
            won = closes and rng.random() < 0.6
            stage = (Stage.WON if won else Stage.LOST) if closes else rng.choice(OPEN_STAGES)
            loss, note = rng.choice(LOSSES) if stage is Stage.LOST else (None, "")
            quote_premium = (
                premium - rng.randrange(0, 8) * 100_00 if stage in (Stage.QUOTE, Stage.VISIT, Stage.WON) else None
            )
            f = RenewalFollowUp(
                policy_id=policy.id,
                vehicle_id=v.id,
                policy_year=due.year,
                stage=stage.value,
                specialist_id=specialist.id,
                next_call_on=None if closes else today + timedelta(days=rng.randrange(0, 6)),
                calls=len(days) if not closes else max(1, len(days)),
                quote_insurer=insurer if quote_premium else "",
                quote_premium_fen=quote_premium,
                quote_discount_fen=rng.randrange(0, 5) * 100_00 if quote_premium else None,
                loss_reason=loss.value if loss else None,
                loss_insurer=rng.choice([x for x in INSURERS if x != insurer])
                if loss is LossReason.INSURED_ELSEWHERE or (loss is LossReason.PRICE and rng.random() < 0.5)
                else "",
                closed_by_id=specialist.id if closes else None,
                created_at=datetime.combine(first_contact, time(9), CHINA_TIME),
            )
            if closes and not days:
                days = [last_day]
            if closes:
                f.closed_at = _at(days[-1], rng)
            s.add(f)
            s.flush()
            added += 1
            before = Stage.INVITE
            for k, day in enumerate(days):
                last = k == len(days) - 1
                outcome = (
                    CallOutcome.REACHED
                    if last and closes
                    else rng.choice([CallOutcome.REACHED, CallOutcome.REACHED, CallOutcome.NO_ANSWER, CallOutcome.BUSY])
                )
                after = stage if last else (Stage.FOLLOW_UP if outcome in CONNECTED else before)
                if after is Stage.INVITE and k:
                    after = before
                s.add(
                    RenewalCall(
                        followup_id=f.id,
                        called_at=f.closed_at if last and closes and f.closed_at else _at(day, rng),
                        by_id=specialist.id,
                        outcome=outcome.value,
                        connected=outcome in CONNECTED,
                        note=note if last and loss else rng.choice(NOTES),
                        next_call_on=None if last and closes else day + timedelta(days=rng.randrange(2, 6)),
                        stage_before=before.value,
                        stage_after=after.value,
                        loss_reason=loss.value if last and loss else None,
                        loss_insurer=f.loss_insurer if last and loss else "",
                    )
                )
                plan_entry(day, f, k == 0)
                before = after
            if not closes and f.next_call_on is not None:
                plan_entry(f.next_call_on, f, not days)
        s.flush()
        _offers(s, rng, staff, role_of)
        return added


def _offers(s: Session, rng: random.Random, staff: list[User], role_of: dict[int, str]) -> None:
    terms = OfferTerms()
    advisors = {u.id: u for u in staff if role_of.get(u.id) == Role.ADVISOR.value}
    orders = s.scalars(
        select(WorkOrder)
        .where(
            WorkOrder.status == OrderStatus.DELIVERED.value,
            WorkOrder.category == ServiceCategory.INSURANCE_CLAIM.value,
            WorkOrder.vehicle_id.is_not(None),
        )
        .order_by(WorkOrder.delivered_at)
    ).all()
    reasons = [
        DeclineReason.PRICE,
        DeclineReason.INSURED_ELSEWHERE,
        DeclineReason.DECIDE_LATER,
        DeclineReason.COMPANY_CAR,
    ]
    made = 0
    for o in orders:
        labour = s.scalar(select(func.sum(LabourLine.amount_fen)).where(LabourLine.order_id == o.id)) or 0
        parts = s.scalar(select(func.sum(PartsLine.amount_fen)).where(PartsLine.order_id == o.id)) or 0
        claim = int(labour) + int(parts)
        if not offer_due(True, claim, terms) or o.delivered_at is None or o.vehicle_id is None:
            continue
        advisor = advisors.get(o.advisor_id) or next(iter(advisors.values()), None)
        if advisor is None:
            return
        at = o.delivered_at - timedelta(minutes=rng.randrange(10, 40))
        # Two in three prepay, the third declines: a share, not a draw, so a small demo has both.
        made += 1
        prepaid = made % 3 != 0
        package = packages_for(claim, terms)[0]
        offer = RenewalOffer(
            order_id=o.id,
            vehicle_id=o.vehicle_id,
            claim_fen=claim,
            result=(OfferResult.PREPAID if prepaid else OfferResult.DECLINED).value,
            prepay_fen=rng.choice([1_000_00, 1_500_00, 2_000_00, 3_000_00]) if prepaid else None,
            package_name=package.name if prepaid else "",
            package_worth_fen=package.worth_fen if prepaid else 0,
            decline_reason=None if prepaid else rng.choice(reasons).value,
            note="" if prepaid else rng.choice(["", "回去和家人商量", "单位统一办理"]),
            advisor_id=advisor.id,
            recorded_at=at,
            recorded_by_id=advisor.id,
        )
        s.add(offer)
        s.flush()
        if not prepaid:
            continue
        actor = Actor(advisor.id, advisor.username, advisor.full_name, frozenset({Role.ADVISOR}))
        day = at.astimezone(CHINA_TIME).date()
        for vt in gift_vouchers(package, f"{package.name} · {o.number}", day, terms):
            voucher = add_voucher(s, actor, vt, o.vehicle_id, at)
            s.add(RenewalOfferVoucher(offer_id=offer.id, voucher_id=voucher.id))
        s.add(
            RenewalBonus(
                advisor_id=advisor.id, offer_id=offer.id, amount_fen=terms.bonus_fen, month=day.strftime("%Y-%m"), at=at
            )
        )
