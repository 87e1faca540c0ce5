"""The customer care desk's monthly figures, counted in SQL.

What each figure means is ``domain/care_figures.py``; here each is one or two aggregate
queries over the month's windows, so the month stays within the 300 ms budget on the
150k-order dataset (bench/bench_care_figures.py). Only the first-service cohort (a month's
sales, a few hundred cars) is read row by row, because its deadline is per car.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, select, union
from sqlalchemy.orm import Session, aliased

from dealerdesk.db.database import Database
from dealerdesk.db.models import Vehicle, WorkOrder
from dealerdesk.domain.care_figures import (
    LOST_MONTHS,
    MAINTENANCE_INTERVAL_MONTHS,
    FrequencyClass,
    Month,
    MonthRates,
    Ratio,
    Window,
    due_window,
    first_service_cohort,
    first_service_deadline,
    last_months,
    lost_windows,
    retention_windows,
)
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services.actor import Actor, current_actor

FIGURE_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN)
TREND_MONTHS = 12

MAINTENANCE = (ServiceCategory.PERIODIC_MAINTENANCE.value, ServiceCategory.FIRST_SERVICE.value)
_NOT_VISITS = (OrderStatus.DRAFT.value, OrderStatus.CANCELLED.value)


def day_start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), CHINA_TIME)


def china_day(at: datetime) -> date:
    return at.astimezone(CHINA_TIME).date()


def is_visit(order: Any = WorkOrder) -> ColumnElement[bool]:
    """An opened work order for a vehicle on file (drafts and cancelled orders are no visit)."""
    return and_(
        order.vehicle_id.is_not(None),
        order.checked_in_at.is_not(None),
        order.status.not_in(_NOT_VISITS),
    )


def in_window(column: Any, window: Window) -> ColumnElement[bool]:
    return and_(column >= day_start(window.first), column < day_start(window.last + timedelta(days=1)))


def maintenance_return(s: Session, month: Month, interval_months: int = MAINTENANCE_INTERVAL_MONTHS) -> Ratio:
    """Due in the month: the last maintenance visit before the month lies in the due window."""
    window = due_window(month, interval_months)
    o, later, came = aliased(WorkOrder), aliased(WorkOrder), aliased(WorkOrder)
    due = (
        select(o.vehicle_id.label("vehicle_id"))
        .where(is_visit(o), o.category.in_(MAINTENANCE), in_window(o.checked_in_at, window))
        .where(
            ~exists().where(
                later.vehicle_id == o.vehicle_id,
                is_visit(later),
                later.category.in_(MAINTENANCE),
                later.checked_in_at >= day_start(window.last + timedelta(days=1)),
                later.checked_in_at < day_start(month.first),
            )
        )
        .distinct()
        .subquery()
    )
    came_in = exists().where(
        came.vehicle_id == due.c.vehicle_id,
        is_visit(came),
        came.category.in_(MAINTENANCE),
        in_window(came.checked_in_at, Window(month.first, month.last)),
    )
    whole, part = s.execute(
        select(func.count(), func.coalesce(func.sum(case((came_in, 1), else_=0)), 0)).select_from(due)
    ).one()
    return Ratio(int(part), int(whole))


def first_service(s: Session, month: Month) -> Ratio:
    """Cars sold a year before: a maintenance visit from the sale day to its deadline, car by car."""
    cohort = first_service_cohort(month)
    sales = dict(
        s.execute(
            select(Vehicle.id, Vehicle.warranty_start).where(
                Vehicle.warranty_start >= cohort.first, Vehicle.warranty_start <= cohort.last
            )
        ).all()
    )
    if not sales:
        return Ratio(0, 0)
    visits = s.execute(
        select(WorkOrder.vehicle_id, WorkOrder.checked_in_at).where(
            is_visit(),
            WorkOrder.category.in_(MAINTENANCE),
            in_window(WorkOrder.checked_in_at, Window(cohort.first, first_service_deadline(cohort.last))),
            WorkOrder.vehicle_id.in_(list(sales)),
        )
    ).all()
    done = {
        vehicle_id
        for vehicle_id, at in visits
        if sales[vehicle_id] <= china_day(at) <= first_service_deadline(sales[vehicle_id])
    }
    return Ratio(len(done), len(sales))


def seen_again(s: Session, seen: Window, again: Window) -> Ratio:
    """Of the vehicles with a visit in ``seen``, those with a visit in ``again`` too."""
    o, b = aliased(WorkOrder), aliased(WorkOrder)
    cohort = select(o.vehicle_id.label("vehicle_id")).where(is_visit(o), in_window(o.checked_in_at, seen)).distinct()
    sq = cohort.subquery()
    back = exists().where(b.vehicle_id == sq.c.vehicle_id, is_visit(b), in_window(b.checked_in_at, again))
    whole, part = s.execute(
        select(func.count(), func.coalesce(func.sum(case((back, 1), else_=0)), 0)).select_from(sq)
    ).one()
    return Ratio(int(part), int(whole))


def lost(s: Session, month: Month) -> Ratio:
    seen, since = lost_windows(month)
    back = seen_again(s, seen, since)
    return Ratio(back.whole - back.part, back.whole)


def month_rates(s: Session, month: Month, interval_months: int = MAINTENANCE_INTERVAL_MONTHS) -> MonthRates:
    return MonthRates(
        month,
        maintenance_return(s, month, interval_months),
        first_service(s, month),
        seen_again(s, *retention_windows(month)),
        lost(s, month),
    )


def frequency_counts(s: Session, month: Month) -> dict[FrequencyClass, int]:
    """The customer base at the month's end by visits in its last 12 months; class D are the cars of the
    base (a visit or a sale in the last 24 months) without a visit in the last 12."""
    year = last_months(month, 12)
    base_window = last_months(month, LOST_MONTHS)
    per_vehicle = (
        select(WorkOrder.vehicle_id, func.count().label("n"))
        .where(is_visit(), in_window(WorkOrder.checked_in_at, year))
        .group_by(WorkOrder.vehicle_id)
        .subquery()
    )
    cls = case((per_vehicle.c.n >= 4, "A"), (per_vehicle.c.n >= 2, "B"), else_="C")
    counts = {FrequencyClass(k): int(n) for k, n in s.execute(select(cls, func.count()).group_by(cls))}
    base = union(
        select(WorkOrder.vehicle_id.label("vehicle_id")).where(
            is_visit(), in_window(WorkOrder.checked_in_at, base_window)
        ),
        select(Vehicle.id.label("vehicle_id")).where(
            Vehicle.warranty_start >= base_window.first, Vehicle.warranty_start <= base_window.last
        ),
    ).subquery()
    base_count = int(s.scalar(select(func.count()).select_from(base)) or 0)
    out = {c: counts.get(c, 0) for c in FrequencyClass}
    out[FrequencyClass.D] = max(0, base_count - sum(out.values()))
    return out


def trend(s: Session, month: Month, months: int = TREND_MONTHS) -> list[MonthRates]:
    return [month_rates(s, month.shifted(-back)) for back in range(months - 1, -1, -1)]


def load_rates(db: Database, actor: Actor, month: Month) -> MonthRates:
    with db.read() as s:
        current_actor(s, actor, *FIGURE_ROLES)
        return month_rates(s, month)
