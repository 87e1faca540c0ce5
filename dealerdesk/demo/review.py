"""The demo's satisfaction calls, complaints and document audits: what the Customer care and
Manager's review areas show on a demo database.

Most customers are reached on day 3-5 and are pleased; some are hard to reach; a few mark an
item low, in their own words, and their complaint follows (older ones answered and closed by the
manager, the last weeks' still open). The last four weeks are audited by the manager.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import Complaint, SatisfactionCall, User, UserRole, WorkOrder
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.satisfaction import RATING_ITEMS, CallOutcome, ComplaintCause, ComplaintSource
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor
from dealerdesk.services.review.document_audit import run_audits
from dealerdesk.services.settings import DEFAULT_GIFTS

PLEASED = ["师傅很专业，车子开起来很顺", "服务不错，下次还来", "洗车很干净", "", "", "价格透明，满意"]
UNHAPPY = [
    ("timeliness", ComplaintCause.SLOW, "说好四点交车，六点才弄好，也没人打电话说一声"),
    ("reception", ComplaintCause.ATTITUDE, "前台接待爱答不理，问了三遍才有人理"),
    ("quality", ComplaintCause.QUALITY, "做完保养仪表盘保养灯还亮着"),
    ("price", ComplaintCause.PROCESS, "结账比预估多了三百多，事先没人跟我确认"),
]
AUDIT_DAYS = 28


def write_demo_review(db: Database, rng: random.Random, now: datetime) -> int:
    """Add the demo's calls and complaints, then audit the last four weeks; returns the calls added."""
    with db.write() as s:
        people = {u.username: u for u in s.scalars(select(User))}
        care = people.get("cr1") or people.get("manager")
        manager = people.get("manager")
        if care is None or manager is None:
            return 0
        care_roles = {r for (r,) in s.execute(select(UserRole.role).where(UserRole.user_id == care.id))}
        if Role.CUSTOMER_CARE.value not in care_roles and Role.MANAGER.value not in care_roles:
            return 0
        delivered = s.scalars(
            select(WorkOrder)
            .where(
                WorkOrder.status == OrderStatus.DELIVERED.value,
                WorkOrder.delivered_at >= now - timedelta(days=75),
                WorkOrder.delivered_at <= now - timedelta(days=3),
            )
            .order_by(WorkOrder.delivered_at)
        ).all()
        calls = 0
        for order in delivered:
            assert order.delivered_at is not None
            roll = rng.random()
            if roll < 0.12 and order.delivered_at > now - timedelta(days=15):
                continue  # still on today's list
            at = order.delivered_at + timedelta(days=rng.randint(3, 5), hours=rng.randint(0, 5))
            if roll < 0.25:  # hard to reach: one or two attempts first
                for _ in range(rng.randint(1, 2)):
                    outcome = rng.choice([CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.SWITCHED_OFF])
                    s.add(
                        SatisfactionCall(order_id=order.id, called_at=at, called_by_id=care.id, outcome=outcome.value)
                    )
                    calls += 1
                    at += timedelta(days=1)
                if roll < 0.16:
                    continue
            if at > now:
                continue
            marks = {item: rng.choice((4, 5, 5, 5)) for item in RATING_ITEMS}
            words = rng.choice(PLEASED)
            unhappy = rng.random() < 0.07
            cause = None
            if unhappy:
                item, cause, words = rng.choice(UNHAPPY)
                marks[item] = rng.choice((1, 2, 3))
                marks["overall"] = min(marks["overall"], 3)
            call = SatisfactionCall(
                order_id=order.id,
                called_at=at,
                called_by_id=care.id,
                outcome=CallOutcome.REACHED.value,
                words=words,
                **marks,
            )
            s.add(call)
            s.flush()
            calls += 1
            if cause is not None:
                _complaint(s, rng, order, call, cause, care.id, manager.id, now)
        audit.record(s, None, "create_demo_review", "database", "demo", {"calls": calls})
    last = (now.astimezone(CHINA_TIME) - timedelta(days=1)).date()
    boss = Actor(manager.id, manager.username, manager.full_name, frozenset({Role.MANAGER}))
    run_audits(db, boss, last - timedelta(days=AUDIT_DAYS - 1), last, now=now)
    return calls


def _complaint(
    s: Session,
    rng: random.Random,
    order: WorkOrder,
    call: SatisfactionCall,
    cause: ComplaintCause,
    care_id: int,
    manager_id: int,
    now: datetime,
) -> None:
    opened = call.called_at + timedelta(minutes=10)
    close_by: date = (opened.astimezone(CHINA_TIME) + timedelta(days=7)).date()
    c = Complaint(
        order_id=order.id,
        vehicle_id=order.vehicle_id,
        plate=order.plate,
        vin=order.vin,
        customer_name=order.customer_name,
        customer_mobile=order.customer_mobile,
        source=ComplaintSource.LOW_RATING.value,
        call_id=call.id,
        description=call.words,
        cause=cause.value,
        responsible_id=order.advisor_id,
        close_by=close_by,
        status="open",
        opened_at=opened,
        opened_by_id=care_id,
    )
    if opened < now - timedelta(days=10):  # answered and closed; the recent ones are still being handled
        c.apology_by_id = manager_id
        c.apology_at = opened + timedelta(hours=rng.randint(2, 20))
        c.gift = rng.choice(DEFAULT_GIFTS)
        c.remedy = "电话致歉，约客户回厂免费检查"
        c.status = "closed"
        c.closed_at = opened + timedelta(days=rng.randint(2, 6))
        c.closed_by_id = manager_id
    s.add(c)
