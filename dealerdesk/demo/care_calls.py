"""Demo follow-up calls (招揽): three weeks of the desk's calls, some of which brought the car in.

Written after every order and the customer base exist: the cars due today are computed as the
desk would, some of them were already called in the last weeks (no answer, promised visits,
another shop, a wrong number...), a few cars that visited lately were brought by a call some
days before (called in), and the wrong numbers and sold cars wait in the data-to-fix queue. Then
today's list is dealt to the customer-care users.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import CareCall, CareDataFix, Customer, User, UserRole, Vehicle, WorkOrder
from dealerdesk.domain.care_calls import FIX_FOR_OUTCOME, OUTCOME_CLASS, CallOutcome
from dealerdesk.domain.care_rules import default_next_call
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor
from dealerdesk.services.care import status
from dealerdesk.services.care.calls import number_to_call
from dealerdesk.services.settings import get_settings

OUTCOME_WEIGHTS: dict[CallOutcome, int] = {
    CallOutcome.NO_ANSWER: 24,
    CallOutcome.BUSY: 8,
    CallOutcome.SWITCHED_OFF: 5,
    CallOutcome.WILL_COME: 20,
    CallOutcome.NOT_DUE_KM: 10,
    CallOutcome.OTHER_SHOP: 9,
    CallOutcome.CALL_LATER: 6,
    CallOutcome.NOT_INTERESTED: 4,
    CallOutcome.CAR_SOLD: 4,
    CallOutcome.MOVED_AWAY: 2,
    CallOutcome.WRONG_NUMBER: 6,
}
OTHER_SHOPS = [
    ("路口快修店", "离家近"),
    ("途虎养车", "价格便宜"),
    ("朋友开的修理厂", "熟人"),
    ("单位指定维修厂", "公司车，单位统一安排"),
]
NOTES = {
    CallOutcome.WILL_COME: ["周六上午来", "下班后过来", "顺便做个四轮定位"],
    CallOutcome.NOT_DUE_KM: ["最近很少开车", "车主出差，车停着"],
    CallOutcome.CALL_LATER: ["在开会，下午再打", "在开车，明天再联系"],
    CallOutcome.NOT_INTERESTED: ["不需要", "嫌麻烦"],
    CallOutcome.CAR_SOLD: ["车已卖给朋友", "换了新车，旧车已卖"],
    CallOutcome.MOVED_AWAY: ["调到重庆工作了"],
    CallOutcome.WRONG_NUMBER: ["对方说不认识车主", "空号"],
}


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 10, 20, 30, 40, 50))), CHINA_TIME)


def write_demo_care_calls(db: Database, rng: random.Random, now: datetime) -> int:
    """Add the demo's follow-up calls and deal today's list; returns the calls added."""
    today = now.astimezone(CHINA_TIME).date()
    with db.read() as s:
        callers = list(
            s.scalars(
                select(User)
                .join(UserRole, UserRole.user_id == User.id)
                .where(UserRole.role == Role.CUSTOMER_CARE.value, User.is_active.is_(True))
                .order_by(User.id)
            )
        )
        if not callers:
            return 0
        actors = [Actor(u.id, u.username, u.full_name, frozenset({Role.CUSTOMER_CARE})) for u in callers]
        # Cars that visited in the last seven weeks: some were brought by a call before (called in).
        recent = s.execute(
            select(WorkOrder.vehicle_id, WorkOrder.opened_at)
            .where(
                WorkOrder.vehicle_id.is_not(None),
                WorkOrder.opened_at.is_not(None),
                WorkOrder.opened_at >= now - timedelta(days=50),
                WorkOrder.status.not_in(("draft", "cancelled")),
            )
            .order_by(WorkOrder.opened_at)
        ).all()
        settings = get_settings(db)
        # The cars due three weeks ago: the desk has been working on them since.
        rows, _listed = status.compute(s, today - timedelta(days=21), settings)
    due = [r for r in rows if r["reasons"]]
    rng.shuffle(due)
    outcomes = list(OUTCOME_WEIGHTS)
    weights = list(OUTCOME_WEIGHTS.values())
    made: list[tuple[CareCall, CareDataFix | None]] = []
    with db.write() as s:
        for vehicle_id, opened_at in recent:
            if rng.random() > 0.3:
                continue
            assert vehicle_id is not None and opened_at is not None
            call_day = opened_at.astimezone(CHINA_TIME).date() - timedelta(days=rng.randint(2, 20))
            if call_day >= today:
                continue
            call = CareCall(
                vehicle_id=vehicle_id,
                called_at=_at(call_day, rng),
                called_by_id=rng.choice(actors).id,
                outcome=CallOutcome.WILL_COME.value,
                outcome_class=OUTCOME_CLASS[CallOutcome.WILL_COME].value,
                reasons="maintenance_due",
                promised_on=opened_at.astimezone(CHINA_TIME).date(),
                note=rng.choice(NOTES[CallOutcome.WILL_COME]),
            )
            made.append((call, None))
        for row in due[: len(due) // 3]:
            vehicle_id = int(row["vehicle_id"])  # type: ignore[call-overload]
            day = today - timedelta(days=rng.randint(1, 20))
            caller = rng.choice(actors)
            for _attempt in range(rng.choice((1, 1, 1, 2, 3))):
                outcome = rng.choices(outcomes, weights)[0]
                next_call = default_next_call(outcome, day)
                promised = day + timedelta(days=rng.randint(1, 10)) if outcome is CallOutcome.WILL_COME else None
                shop, why = rng.choice(OTHER_SHOPS) if outcome is CallOutcome.OTHER_SHOP else ("", "")
                call = CareCall(
                    vehicle_id=vehicle_id,
                    customer_id=row["customer_id"],
                    called_at=_at(day, rng),
                    called_by_id=caller.id,
                    outcome=outcome.value,
                    outcome_class=OUTCOME_CLASS[outcome].value,
                    reasons=str(row["reasons"]),
                    promised_on=promised,
                    next_call_on=next_call,
                    other_shop=shop,
                    other_reason=why,
                    note=rng.choice(NOTES.get(outcome, [""])),
                )
                kind = FIX_FOR_OUTCOME.get(outcome)
                fix = None
                if kind is not None:
                    fix = CareDataFix(vehicle_id=vehicle_id, kind=kind.value, opened_at=call.called_at)
                    # Some already corrected at the front desk; the first stays open, so the queue shows one.
                    if any(f is not None and f.resolved_at is None for _c, f in made) and rng.random() < 0.3:
                        fix.resolved_at = call.called_at + timedelta(days=rng.randint(1, 3))
                        fix.resolved_by_id = caller.id
                        fix.resolution = "客户到店时已更正资料"
                made.append((call, fix))
                if fix is not None:
                    break
                if next_call is None or next_call >= today:
                    break
                day = next_call
        numbers = {
            vehicle_id: number_to_call(contact, driver, owner or "")[0]
            for vehicle_id, contact, driver, owner in s.execute(
                select(Vehicle.id, Vehicle.contact_mobile, Vehicle.driver_mobile, Customer.mobile).outerjoin(
                    Customer, Customer.id == Vehicle.owner_id
                )
            )
        }
        # In the order they were made: the latest call of a car is the one with the highest id.
        for call, fix in sorted(made, key=lambda m: m[0].called_at):
            call.phone = numbers.get(call.vehicle_id, "")
            s.add(call)
            if fix is not None:
                s.flush()
                fix.call_id = call.id
                s.add(fix)
    status.refresh_status(db, actors[0], today, force=True)
    return len(made)
