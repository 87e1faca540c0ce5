"""Overrun alerts for the advisor, and the record that the customer was told (seed: 维修工要及时通知服务顾问).

An order of the advisor's in the workshop alerts when a labour line's clocked time has
passed its estimate (until the customer is told of that line), or when the work still
estimated no longer fits before the promised time (until a new promise it fits is made).
The main window asks every 30 seconds, so the advisor knows within a minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import CustomerNotice, LabourLine, User, WorkOrder
from dealerdesk.domain import job_clock
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound, Problem, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ApprovalMethod, OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.workshop.clock import line_clocks

ENTITY = "work_order"
NEW_PROMISE = "new_promised_at"
TOLD_AT = "told_at"
METHOD = "method"
PROMISE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Messages", "The work still estimated ends at {end:%Y-%m-%d %H:%M}: promise a time after it."
)
TOLD_IN_FUTURE = QT_TRANSLATE_NOOP("Messages", "The customer cannot have been told in the future.")
NO_METHOD = QT_TRANSLATE_NOOP("Messages", "Choose how the customer was told.")
NOTHING_TO_TELL = QT_TRANSLATE_NOOP("Messages", "Order {number} is on time: there is nothing to tell the customer.")
ORDER_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no work order {ref}.")


@dataclass(frozen=True)
class OverLine:
    line_id: int
    line_no: int  # its row on the order now
    operation: str
    worked_x100: int
    estimate_x100: int


@dataclass(frozen=True)
class Alert:
    order_id: int
    number: str
    plate: str
    customer: str
    promised_at: datetime | None
    expected_end: datetime  # now + the work still estimated
    over_lines: tuple[OverLine, ...]  # past their estimate, customer not told yet
    late: bool  # the remaining work no longer fits before the promise


@dataclass(frozen=True)
class NoticeInput:
    told_at: datetime | None
    method: ApprovalMethod | None
    new_promised_at: datetime | None
    note: str = ""


@dataclass(frozen=True)
class NoticeView:
    told_at: datetime
    method: ApprovalMethod
    old_promised_at: datetime | None
    new_promised_at: datetime
    cause: str
    lines: tuple[str, ...]  # the operations over their estimate that the customer was told of
    note: str
    recorded_by: str
    recorded_at: datetime


def _line_ids(text: str) -> set[int]:
    return {int(n) for n in text.split(",") if n}


def _told_lines(s: Session, order_id: int) -> set[int]:
    """The labour line ids the customer was already told about."""
    told: set[int] = set()
    for lines in s.scalars(select(CustomerNotice.line_ids).where(CustomerNotice.order_id == order_id)):
        told |= _line_ids(lines)
    return told


def _alert(s: Session, order: WorkOrder, clocks: list[job_clock.LineClock], now: datetime) -> Alert | None:
    told = _told_lines(s, order.id)
    over = tuple(
        OverLine(line.id, n, line.operation, job_clock.hours_x100(c.worked(now)), line.hours_x100)
        for n, (line, c) in enumerate(zip(order.labour_lines, clocks, strict=True), start=1)
        if c.over_estimate(now) and line.id not in told
    )
    late = order.promised_at is not None and job_clock.will_be_late(clocks, order.promised_at, now)
    if not over and not late:
        return None
    remaining = sum((c.remaining(now) for c in clocks), timedelta())
    return Alert(
        order.id, order.number, order.plate, order.customer_name, order.promised_at, now + remaining, over, late
    )


def _orders(s: Session, advisor_id: int | None) -> list[WorkOrder]:
    q = select(WorkOrder).where(WorkOrder.status == OrderStatus.IN_WORKSHOP.value)
    if advisor_id is not None:
        q = q.where(WorkOrder.advisor_id == advisor_id)
    return list(s.scalars(q.options(selectinload(WorkOrder.labour_lines)).order_by(WorkOrder.promised_at)))


def advisor_alerts(db: Database, advisor_id: int | None, now: datetime | None = None) -> list[Alert]:
    """The advisor's orders that need the customer told now (None: every advisor's, for a manager)."""
    now = now or utcnow()
    with db.read() as s:
        orders = _orders(s, advisor_id)
        clocks = line_clocks(s, orders)
        alerts = [_alert(s, o, clocks[o.id], now) for o in orders]
        return [a for a in alerts if a is not None]


def record_notice(
    db: Database, actor: Actor, order_id: int, data: NoticeInput, now: datetime | None = None
) -> NoticeView:
    """The advisor told the customer: when, how, the new promised time; the order's promise moves to it."""
    now = now or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADVISOR, Role.MANAGER)
        order = s.scalar(
            select(WorkOrder).where(WorkOrder.id == order_id).options(selectinload(WorkOrder.labour_lines))
        )
        if order is None:
            raise NotFound(ORDER_NOT_FOUND, ref=order_id)
        clocks = line_clocks(s, [order])[order.id]
        alert = _alert(s, order, clocks, now)
        if alert is None:
            raise DealerDeskError(NOTHING_TO_TELL, number=order.number)
        problems: list[Problem] = []
        if data.told_at is None or data.told_at > now + timedelta(minutes=1):
            problems.append(Problem(TOLD_AT, TOLD_IN_FUTURE))
        if data.method is None:
            problems.append(Problem(METHOD, NO_METHOD))
        if data.new_promised_at is None or data.new_promised_at < alert.expected_end:
            problems.append(Problem(NEW_PROMISE, PROMISE_TOO_EARLY, {"end": alert.expected_end.astimezone()}))
        if problems:
            raise ValidationError(problems)
        assert data.told_at is not None and data.method is not None and data.new_promised_at is not None
        causes = [c for c, on in (("overrun", bool(alert.over_lines)), ("late", alert.late)) if on]
        notice = CustomerNotice(
            order_id=order.id,
            cause=",".join(causes),
            line_ids=",".join(str(x.line_id) for x in alert.over_lines),
            told_at=data.told_at,
            method=data.method.value,
            old_promised_at=order.promised_at,
            new_promised_at=data.new_promised_at,
            note=data.note.strip(),
            recorded_by_id=actor.id,
            recorded_at=now,
        )
        s.add(notice)
        order.promised_at = data.new_promised_at
        order.updated_at, order.updated_by_id = now, actor.id
        s.flush()
        audit.record(
            s,
            actor,
            "customer_told_late",
            ENTITY,
            order.id,
            {
                "promised_at": [notice.old_promised_at, notice.new_promised_at],
                "told_at": data.told_at,
                "method": data.method.value,
                "cause": notice.cause,
                "lines": [x.operation for x in alert.over_lines],
                "note": notice.note,
            },
        )
        return _view(notice, actor.full_name, {x.line_id: x.operation for x in alert.over_lines})


def _view(n: CustomerNotice, recorded_by: str, operations: dict[int, str]) -> NoticeView:
    return NoticeView(
        n.told_at,
        ApprovalMethod(n.method),
        n.old_promised_at,
        n.new_promised_at,
        n.cause,
        tuple(operations[i] for i in sorted(_line_ids(n.line_ids)) if i in operations),
        n.note,
        recorded_by,
        n.recorded_at,
    )


def order_notices(db: Database, order_id: int) -> list[NoticeView]:
    with db.read() as s:
        q = (
            select(CustomerNotice, User.full_name)
            .join(User, User.id == CustomerNotice.recorded_by_id)
            .where(CustomerNotice.order_id == order_id)
            .order_by(CustomerNotice.recorded_at)
        )
        lines = select(LabourLine.id, LabourLine.operation).where(LabourLine.order_id == order_id)
        operations = {line_id: operation for line_id, operation in s.execute(lines)}
        return [_view(n, name, operations) for n, name in s.execute(q)]
