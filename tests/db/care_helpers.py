"""Cars with a history for the customer care tests, written straight into the tables."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import count

from dealerdesk.db.database import Database
from dealerdesk.db.models import CareCall, Customer, Vehicle, WorkOrder
from dealerdesk.domain.care_calls import OUTCOME_CLASS, CallOutcome
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.care import calls, status
from dealerdesk.services.care.calls import CallListRow
from tests.helpers import PASSWORD, UserSet

_serial = count(1)


def at_local(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), CHINA_TIME)


def care_user(db: Database, people: UserSet, username: str, name: str) -> Actor:
    view = users.create_user(db, people.admin, username, name, PASSWORD, {Role.CUSTOMER_CARE})
    return Actor(view.id, view.username, view.full_name, view.roles)


def customer(db: Database, name: str, mobile: str) -> int:
    with db.write() as s:
        c = Customer(name=name, mobile=mobile)
        s.add(c)
        s.flush()
        return c.id


def car(
    db: Database,
    owner_id: int | None,
    sale_on: date | None,
    model: str = "Sagitar 1.4T",
    contact_mobile: str = "",
) -> int:
    n = next(_serial)
    with db.write() as s:
        v = Vehicle(
            vin=f"LSVTEST{n:010d}",
            plate=f"粤B{n:05d}",
            model=model,
            owner_id=owner_id,
            warranty_start=sale_on,
            contact_mobile=contact_mobile,
        )
        s.add(v)
        s.flush()
        return v.id


def visit(
    db: Database,
    people: UserSet,
    vehicle_id: int,
    day: date,
    km: int | None,
    category: ServiceCategory = ServiceCategory.PERIODIC_MAINTENANCE,
    status: OrderStatus = OrderStatus.DELIVERED,
) -> int:
    n = next(_serial)
    opened = at_local(day, 9)
    with db.write() as s:
        o = WorkOrder(
            number=f"T{day:%Y%m%d}{n:05d}",
            status=status.value,
            advisor_id=people.advisor.id,
            vehicle_id=vehicle_id,
            mileage_in=km,
            category=category.value,
            checked_in_at=opened,
            opened_at=None if status is OrderStatus.DRAFT else opened,
            created_at=opened,
            updated_at=opened,
        )
        s.add(o)
        s.flush()
        return o.id


def past_call(
    db: Database,
    caller: Actor,
    vehicle_id: int,
    day: date,
    outcome: CallOutcome,
    next_call_on: date | None = None,
    promised_on: date | None = None,
) -> int:
    with db.write() as s:
        c = CareCall(
            vehicle_id=vehicle_id,
            called_at=at_local(day, 11),
            called_by_id=caller.id,
            outcome=outcome.value,
            outcome_class=OUTCOME_CLASS[outcome].value,
            next_call_on=next_call_on,
            promised_on=promised_on,
        )
        s.add(c)
        s.flush()
        return c.id


def days_ago(today: date, n: int) -> date:
    return today - timedelta(days=n)


def listed_row(db: Database, actor: Actor, today: date) -> CallListRow:
    """A customer with two cars on today's list (a first service missed, a car never seen since its sale)."""
    owner = customer(db, "陈先生", "13800138001")
    car(db, owner, days_ago(today, 400), contact_mobile="13900139001")
    car(db, owner, days_ago(today, 800), model="Tiguan L")
    status.refresh_status(db, actor, today, force=True)
    return next(r for r in calls.call_list(db, actor, None, today) if r.customer_id == owner)
