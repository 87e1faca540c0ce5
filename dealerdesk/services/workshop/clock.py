"""The job clock at the shared workshop PC: a technician picks their name, confirms with a PIN, clocks a line.

The PC stays signed in as whoever opened the screen (recorded with each entry); the
technician's PIN says who is acting, as a signature does. A PIN is set by its owner
with their password, or by an administrator.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import JobClockEvent, LabourLine, User, UserRole, WorkOrder
from dealerdesk.domain import job_clock as rules
from dealerdesk.domain.job_clock import ClockAction, ClockEvent, ClockState, LineClock, PauseReason
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound, Problem, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import STATUS_LABELS, OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.passwords import hash_password, verify_password

ENTITY = "work_order"
PIN_FIELD = "pin"
PIN_FORMAT = QT_TRANSLATE_NOOP("Messages", "A PIN is 4 to 6 digits.")
WRONG_PIN = QT_TRANSLATE_NOOP("Messages", "The PIN is wrong.")
NO_PIN = QT_TRANSLATE_NOOP("Messages", "{name} has no PIN yet: set one with your password first.")
NOT_TECHNICIAN = QT_TRANSLATE_NOOP("Messages", "{name} is not an active technician.")
NOT_IN_WORKSHOP = QT_TRANSLATE_NOOP("Messages", "Order {number} is {status}: the clock runs only in the workshop.")
NO_LINE = QT_TRANSLATE_NOOP("Messages", "That labour line is no longer on order {number}: choose the line again.")
ORDER_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no work order {ref}.")
CLOCK_ROLES = (Role.TECHNICIAN, Role.TEAM_LEAD)


@dataclass(frozen=True)
class Technician:
    id: int
    name: str
    team: str
    has_pin: bool


@dataclass(frozen=True)
class ClockLine:
    """One labour line on the workshop screen, as one technician sees it."""

    order_id: int
    order_number: str
    plate: str
    promised_at: datetime | None
    line_id: int  # what the clock records: the row below moves when the order's lines are edited
    line_no: int  # its row on the order now, as the screen shows it
    operation: str
    assigned_to: str  # the technician the advisor dispatched it to
    estimate_x100: int
    state: ClockState  # this technician's clock on the line
    mine_x100: int  # this technician's time on it
    all_x100: int  # everyone's time on it
    over_estimate: bool


# --- PINs ------------------------------------------------------------------------------------


def _check_pin_format(pin: str) -> None:
    if not re.fullmatch(r"\d{4,6}", pin):
        raise ValidationError([Problem(PIN_FIELD, PIN_FORMAT)])


def set_pin(db: Database, actor: Actor, user_id: int, password: str, pin: str) -> None:
    """The user's own password (or an administrator's) sets the PIN."""
    _check_pin_format(pin)
    with db.write() as s:
        actor = current_actor(s, actor)
        user = _technician_user(s, user_id)
        by_admin = Role.ADMIN in actor.roles and actor.id != user_id
        approver = s.get(User, actor.id) if by_admin else user
        if approver is None or not verify_password(password, approver.password_hash):
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "The password is wrong."))
        user.pin_hash = hash_password(pin)
        audit.record(s, actor, "set_pin", "user", user.id, {"by": approver.username})


def _technician_user(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None or not user.is_active or not user.role_names & {r.value for r in CLOCK_ROLES}:
        raise DealerDeskError(NOT_TECHNICIAN, name=user.full_name if user else str(user_id))
    return user


def _confirm_pin(s: Session, user_id: int, pin: str) -> User:
    user = _technician_user(s, user_id)
    if user.pin_hash is None:
        raise DealerDeskError(NO_PIN, name=user.full_name)
    if not verify_password(pin, user.pin_hash):
        raise DealerDeskError(WRONG_PIN)
    return user


def check_pin(db: Database, technician_id: int, pin: str) -> None:
    """Refuse a wrong PIN at once, before the technician chooses a line."""
    with db.read() as s:
        _confirm_pin(s, technician_id, pin)


def technicians(db: Database) -> list[Technician]:
    """Everyone who may clock, for the big name buttons."""
    with db.read() as s:
        q = (
            select(User)
            .join(UserRole)
            .where(UserRole.role.in_([r.value for r in CLOCK_ROLES]), User.is_active.is_(True))
            .order_by(User.team, User.full_name)
            .distinct()
        )
        return [Technician(u.id, u.full_name, u.team or "", u.pin_hash is not None) for u in s.scalars(q)]


# --- reading the clock -----------------------------------------------------------------------


def _events(s: Session, order_ids: list[int]) -> dict[int, dict[int, list[ClockEvent]]]:
    """Labour line id -> technician -> events in order."""
    out: dict[int, dict[int, list[ClockEvent]]] = defaultdict(lambda: defaultdict(list))
    if not order_ids:
        return out
    q = (
        select(JobClockEvent)
        .where(JobClockEvent.order_id.in_(order_ids), JobClockEvent.labour_line_id.is_not(None))
        .order_by(JobClockEvent.at, JobClockEvent.id)
    )
    for e in s.scalars(q):
        assert e.labour_line_id is not None
        event = ClockEvent(ClockAction(e.action), e.at, PauseReason(e.reason) if e.reason else None)
        out[e.labour_line_id][e.technician_id].append(event)
    return out


def line_clocks(s: Session, orders: list[WorkOrder]) -> dict[int, list[LineClock]]:
    """Each order's labour lines with everyone's clock on them (orders loaded with their labour lines)."""
    events = _events(s, [o.id for o in orders])
    return {
        o.id: [LineClock(line.hours_x100, dict(events.get(line.id, {}))) for line in o.labour_lines] for o in orders
    }


def board(db: Database, technician_id: int, now: datetime | None = None) -> list[ClockLine]:
    """The lines a technician can clock: every labour line of every order in the workshop, theirs first."""
    now = now or utcnow()
    with db.read() as s:
        orders = list(
            s.scalars(
                select(WorkOrder)
                .where(WorkOrder.status == OrderStatus.IN_WORKSHOP.value)
                .options(selectinload(WorkOrder.labour_lines))
                .order_by(WorkOrder.promised_at)
            )
        )
        clocks = line_clocks(s, orders)
        names = {u.id: u.full_name for u in s.scalars(select(User))}
        rows: list[ClockLine] = []
        for o in orders:
            for n, (line, clock) in enumerate(zip(o.labour_lines, clocks[o.id], strict=True), start=1):
                mine = clock.by_technician.get(technician_id, [])
                rows.append(
                    ClockLine(
                        order_id=o.id,
                        order_number=o.number,
                        plate=o.plate,
                        promised_at=o.promised_at,
                        line_id=line.id,
                        line_no=n,
                        operation=line.operation,
                        assigned_to=names.get(line.technician_id, "") if line.technician_id else "",
                        estimate_x100=line.hours_x100,
                        state=rules.state_of(mine),
                        mine_x100=rules.hours_x100(rules.worked(mine, now)),
                        all_x100=rules.hours_x100(clock.worked(now)),
                        over_estimate=clock.over_estimate(now),
                    )
                )
        # Their own dispatched lines first, then lines they already clocked on, then the rest.
        rows.sort(key=lambda r: (r.assigned_to != names.get(technician_id), r.state is ClockState.NOT_STARTED))
        return rows


# --- clocking --------------------------------------------------------------------------------


def clock(
    db: Database,
    actor: Actor,
    technician_id: int,
    pin: str,
    order_id: int,
    line_id: int,
    action: ClockAction,
    reason: PauseReason | None = None,
    at: datetime | None = None,
) -> ClockState:
    """Record one action of the technician on the line; the technician's PIN confirms it."""
    at = at or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, *CLOCK_ROLES, Role.ADVISOR, Role.MANAGER)
        user = _confirm_pin(s, technician_id, pin)
        order = s.scalar(
            select(WorkOrder).where(WorkOrder.id == order_id).options(selectinload(WorkOrder.labour_lines))
        )
        if order is None:
            raise NotFound(ORDER_NOT_FOUND, ref=order_id)
        status = OrderStatus(order.status)
        if status is not OrderStatus.IN_WORKSHOP:
            raise DealerDeskError(NOT_IN_WORKSHOP, number=order.number, status=STATUS_LABELS[status])
        rows = [n for n, x in enumerate(order.labour_lines, start=1) if x.id == line_id]
        if not rows:  # removed from the order since the screen showed it
            raise DealerDeskError(NO_LINE, number=order.number)
        line: LabourLine = order.labour_lines[rows[0] - 1]
        mine = _events(s, [order.id]).get(line.id, {}).get(user.id, [])
        rules.check_action(mine, action, at, reason, user.full_name)
        s.add(
            JobClockEvent(
                order_id=order.id,
                labour_line_id=line.id,
                operation=line.operation,
                technician_id=user.id,
                action=action.value,
                reason=reason.value if reason else None,
                at=at,
                recorded_by_id=actor.id,
            )
        )
        audit.record(
            s,
            actor,
            "clock_" + action.value,
            ENTITY,
            order.id,
            {
                "line": rows[0],
                "operation": line.operation,
                "technician": user.full_name,
                "reason": reason.value if reason else None,
            },
        )
        return rules.state_of([*mine, ClockEvent(action, at, reason)])
