"""Satisfaction calls after delivery (满意度回访): today's list, recording a call, the week's figures.

Every delivered order, whatever its payment type, is due a call from day ``satisfaction_first_day``
after delivery and stays on the list until day ``satisfaction_last_day`` or until the customer has
been reached (Settings). Calls that did not reach the customer are kept as attempts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import SatisfactionCall, User, WorkOrder
from dealerdesk.domain import satisfaction as rules
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ValidationError
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.rework.views import day_start
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.services.settings import DealerSettings, get_settings

CALL_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN)
ENTITY = "satisfaction_call"


@dataclass(frozen=True)
class CallTask:
    order_id: int
    number: str
    customer_name: str
    customer_mobile: str
    contact_name: str
    contact_mobile: str
    plate: str
    model: str
    category: str | None
    advisor_name: str
    delivered_at: datetime
    day_after: int  # days since delivery (the delivery day is 0)
    last_day: int  # the day it leaves the list
    attempts: int
    last_outcome: rules.CallOutcome | None


@dataclass(frozen=True)
class CallRecorded:
    call_id: int
    order_id: int
    outcome: rules.CallOutcome
    low_items: list[str]  # items at or below the complaint mark: offer to open a complaint


def _local_day(moment: datetime) -> date:
    return moment.astimezone(CHINA_TIME).date()


def call_list(db: Database, actor: Actor, today: date | None = None) -> list[CallTask]:
    """Orders due a call today: delivered between the last and the first call day ago, not yet reached.

    Longest waiting first (they leave the list soonest), then fewest attempts."""
    today = today or dealer_today()
    settings = get_settings(db)
    oldest = day_start(today - timedelta(days=settings.satisfaction_last_day))
    newest = day_start(today - timedelta(days=settings.satisfaction_first_day - 1))
    with db.read() as s:
        actor = current_actor(s, actor, *CALL_ROLES)
        reached = select(SatisfactionCall.order_id).where(SatisfactionCall.outcome == rules.CallOutcome.REACHED)
        orders = s.execute(
            select(WorkOrder, User.full_name)
            .join(User, User.id == WorkOrder.advisor_id)
            .where(
                WorkOrder.status == OrderStatus.DELIVERED.value,
                WorkOrder.delivered_at >= oldest,
                WorkOrder.delivered_at < newest,
                WorkOrder.id.not_in(reached),
            )
        ).all()
        ids = [o.id for o, _ in orders]
        attempts: dict[int, tuple[int, str]] = {}
        if ids:
            last = (
                select(SatisfactionCall.order_id, func.count(), func.max(SatisfactionCall.id))
                .where(SatisfactionCall.order_id.in_(ids))
                .group_by(SatisfactionCall.order_id)
            )
            rows = s.execute(last).all()
            outcomes = dict(
                s.execute(
                    select(SatisfactionCall.id, SatisfactionCall.outcome).where(
                        SatisfactionCall.id.in_([r[2] for r in rows])
                    )
                ).all()
            )
            attempts = {order_id: (count, outcomes[last_id]) for order_id, count, last_id in rows}
        tasks = []
        for o, advisor in orders:
            assert o.delivered_at is not None
            count, outcome = attempts.get(o.id, (0, None))
            tasks.append(
                CallTask(
                    order_id=o.id,
                    number=o.number,
                    customer_name=o.customer_name,
                    customer_mobile=o.customer_mobile,
                    contact_name=o.contact_name,
                    contact_mobile=o.contact_mobile,
                    plate=o.plate,
                    model=o.model,
                    category=o.category,
                    advisor_name=advisor,
                    delivered_at=o.delivered_at,
                    day_after=(today - _local_day(o.delivered_at)).days,
                    last_day=settings.satisfaction_last_day,
                    attempts=count,
                    last_outcome=rules.CallOutcome(outcome) if outcome else None,
                )
            )
        tasks.sort(key=lambda t: (-t.day_after, t.attempts, t.number))
        return tasks


_NOT_DELIVERED = QT_TRANSLATE_NOOP("Messages", "Order {number} has not been delivered: no satisfaction call yet.")
_ALREADY = QT_TRANSLATE_NOOP("Messages", "The customer of order {number} has already given their marks.")


def record_call(
    db: Database,
    actor: Actor,
    order_id: int,
    outcome: rules.CallOutcome,
    ratings: Mapping[str, int | None],
    words: str = "",
) -> CallRecorded:
    """Keep one call: the five marks and the customer's words when reached, else why not."""
    words = words.strip()
    problems = rules.check_call(outcome, ratings, words)
    if problems:
        raise ValidationError(problems)
    settings = get_settings(db)
    try:
        with db.write() as s:
            actor = current_actor(s, actor, *CALL_ROLES)
            order = s.get(WorkOrder, order_id)
            if order is None:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "The order no longer exists."))
            if order.status != OrderStatus.DELIVERED.value:
                raise ValidationError([Problem("outcome", _NOT_DELIVERED, {"number": order.number})])
            marks = {
                item: ratings.get(item) if outcome is rules.CallOutcome.REACHED else None for item in rules.RATING_ITEMS
            }
            call = SatisfactionCall(
                order_id=order_id,
                called_at=utcnow(),
                called_by_id=actor.id,
                outcome=outcome.value,
                words=words,
                **marks,
            )
            s.add(call)
            s.flush()
            audit.record(
                s,
                actor,
                "satisfaction_call",
                ENTITY,
                call.id,
                {"order": order.number, "outcome": outcome.value, **marks},
            )
            low = rules.low_items(marks, settings.complaint_mark)
            return CallRecorded(call.id, order_id, outcome, low)
    except IntegrityError as err:  # a second reached call: someone else reached them at the same time
        with db.read() as s:
            number = s.scalar(select(WorkOrder.number).where(WorkOrder.id == order_id)) or ""
        raise ConflictError(_ALREADY, number=number) from err


@dataclass(frozen=True)
class CallSummary:
    start: date
    end: date
    delivered: int  # orders delivered in the period: the calls owed
    reached: int
    unreached: int  # orders with attempts but no reached call
    averages: dict[str, float | None]
    lowest: list[tuple[str, int, str]]  # (order number, lowest mark, the customer's words), worst first


def summary(db: Database, actor: Actor, start: date, end: date, settings: DealerSettings | None = None) -> CallSummary:
    """Calls made in [start, end] (local days): averages per item and the lowest marks' words verbatim."""
    lo, hi = day_start(start), day_start(end + timedelta(days=1))
    with db.read() as s:
        actor = current_actor(s, actor, Role.MANAGER, Role.ADMIN, Role.CUSTOMER_CARE)
        return _summary(s, start, end, lo, hi)


def _summary(s: Session, start: date, end: date, lo: datetime, hi: datetime) -> CallSummary:
    delivered = s.scalar(select(func.count()).where(WorkOrder.delivered_at >= lo, WorkOrder.delivered_at < hi)) or 0
    calls = s.execute(
        select(SatisfactionCall, WorkOrder.number)
        .join(WorkOrder, WorkOrder.id == SatisfactionCall.order_id)
        .where(SatisfactionCall.called_at >= lo, SatisfactionCall.called_at < hi)
    ).all()
    reached = [(c, n) for c, n in calls if c.outcome == rules.CallOutcome.REACHED]
    reached_orders = {c.order_id for c, _ in reached}
    unreached = len({c.order_id for c, _ in calls} - reached_orders)
    averages = {item: rules.average([getattr(c, item) for c, _ in reached]) for item in rules.RATING_ITEMS}
    lowest = sorted(
        ((n, min(getattr(c, i) for i in rules.RATING_ITEMS), c.words) for c, n in reached),
        key=lambda x: (x[1], x[0]),
    )
    return CallSummary(start, end, delivered, len(reached), unreached, averages, [x for x in lowest if x[1] <= 3][:10])
