"""The customer care desk's monthly figures, counted in SQL.

What each figure means is ``domain/care_figures.py``, whose formulas over one object per
visit are the reference: a test checks that these queries agree with them on random
histories. Here each figure is one aggregate over an index range of the visits (retention
and lost: the 24 and 36 months before the month's end), so the month stays within 300 ms
on the 150k-order dataset (bench/bench_care_figures.py). Only small sets are read row by
row: the first-service cohort (a month's sales), the month's visits against the connected
calls of the 30 days before them, and the 12 months of the trend's called-in split.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from dealerdesk.db.database import Database
from dealerdesk.db.models import CareCall, LabourLine, Outlet, PartsLine, Vehicle, WorkOrder
from dealerdesk.db.sql_functions import day_at_offset
from dealerdesk.domain.care_calls import OutcomeClass
from dealerdesk.domain.care_figures import (
    FIRST_SERVICE_MISSED_DAYS,
    INTERVAL_DAYS,
    LOST_MONTHS,
    CallerRow,
    CareFigures,
    FrequencyClass,
    Month,
    MonthRates,
    OutletRow,
    Ratio,
    TrendPoint,
    Window,
    count_called_in,
    due_window,
    first_service_cohort,
    first_service_deadline,
    lost_windows,
    months_back,
    outlet_sales_window,
    retention_windows,
    span,
)
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.domain.care_rules import CareRules, called_in
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, PaymentType, ServiceCategory
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.care.calls import call_counts
from dealerdesk.services.settings import care_rules, get_settings

FIGURE_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN)
TREND_MONTHS = 12
PDS_DAYS_BEFORE_SALE = 30  # the new-car check comes before the sale: "never came" looks back this far

_MAINTENANCE = frozenset({ServiceCategory.PERIODIC_MAINTENANCE.value, ServiceCategory.FIRST_SERVICE.value})
_NOT_VISITS = (OrderStatus.DRAFT.value, OrderStatus.CANCELLED.value)
_CHINA_HOURS = 8


def day_start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), CHINA_TIME)


def is_visit(order: Any = WorkOrder, with_pds: bool = False) -> ColumnElement[bool]:
    """An opened work order for a vehicle on file (drafts and cancelled orders are no visit); the new-car
    PDS before the sale counts only where "never came" is asked (``with_pds``)."""
    conditions = [
        order.vehicle_id.is_not(None),
        order.checked_in_at.is_not(None),
        order.status.not_in(_NOT_VISITS),
    ]
    if not with_pds:
        conditions.append(order.category != ServiceCategory.PDS.value)
    return and_(*conditions)


def in_window(column: Any, window: Window) -> ColumnElement[bool]:
    return and_(column >= day_start(window.first), column < day_start(window.last + timedelta(days=1)))


def _ratio(s: Session, q: Any) -> Ratio:
    whole, part = s.execute(q).one()
    return Ratio(int(part or 0), int(whole or 0))


def maintenance_return(s: Session, month: Month, interval_days: int = INTERVAL_DAYS) -> Ratio:
    """Due in the month: the last maintenance visit before the month lies in the due window."""
    window = due_window(month, interval_days)
    between = Window(window.last + timedelta(days=1), month.first - timedelta(days=1))
    o, later, came = aliased(WorkOrder), aliased(WorkOrder), aliased(WorkOrder)
    due = (
        select(o.vehicle_id.label("vehicle_id"))
        .where(is_visit(o), o.category.in_(_MAINTENANCE), in_window(o.checked_in_at, window))
        .where(
            ~exists().where(
                later.vehicle_id == o.vehicle_id,
                is_visit(later),
                later.category.in_(_MAINTENANCE),
                in_window(later.checked_in_at, between),
            )
        )
        .distinct()
        .subquery()
    )
    came_in = exists().where(
        came.vehicle_id == due.c.vehicle_id,
        is_visit(came),
        came.category.in_(_MAINTENANCE),
        in_window(came.checked_in_at, Window(month.first, month.last)),
    )
    return _ratio(s, select(func.count(), func.sum(case((came_in, 1), else_=0))).select_from(due))


def first_service(s: Session, month: Month, missed_days: int = FIRST_SERVICE_MISSED_DAYS) -> Ratio:
    """Cars whose deadline falls in the month: a maintenance visit from the sale day to it, car by car."""
    cohort = first_service_cohort(month, missed_days)
    sales = {
        vehicle: day
        for vehicle, day in s.execute(
            select(Vehicle.id, Vehicle.warranty_start).where(
                Vehicle.warranty_start >= cohort.first, Vehicle.warranty_start <= cohort.last
            )
        )
        if day is not None
    }
    if not sales:
        return Ratio(0, 0)
    visits = s.execute(
        select(WorkOrder.vehicle_id, day_at_offset(WorkOrder.checked_in_at, _CHINA_HOURS)).where(
            is_visit(),
            WorkOrder.category.in_(_MAINTENANCE),
            in_window(WorkOrder.checked_in_at, Window(cohort.first, first_service_deadline(cohort.last, missed_days))),
            WorkOrder.vehicle_id.in_(list(sales)),
        )
    )
    done = set()
    for vehicle, day in visits:
        assert vehicle is not None  # the query asks for vehicles
        sale = sales[vehicle]
        if sale <= date.fromisoformat(day) <= first_service_deadline(sale, missed_days):
            done.add(vehicle)
    return Ratio(len(done), len(sales))


@dataclass(frozen=True)
class BaseFigures:
    retention: Ratio
    lost: Ratio
    frequency: dict[FrequencyClass, int]


def base_figures(s: Session, month: Month) -> BaseFigures:
    """Retention, lost and the frequency classes in one grouped pass over the 36 months to the month's
    end (each is a different look at the same cars' visits), plus the cars sold in the last 24 months
    and never seen, who are class D of the customer base."""
    lost_seen, since = lost_windows(month)
    ret_seen, last12 = retention_windows(month)
    t = WorkOrder.checked_in_at
    flag = func.max(case((t < day_start(since.first), 1), else_=0)).label("lost_seen")
    seen_ret = func.max(case((and_(t >= day_start(ret_seen.first), t < day_start(last12.first)), 1), else_=0))
    n12 = func.sum(case((t >= day_start(last12.first), 1), else_=0)).label("n12")
    per_vehicle = (
        select(WorkOrder.vehicle_id, flag, seen_ret.label("ret_seen"), n12)
        .where(is_visit(), in_window(t, Window(lost_seen.first, month.last)))
        .group_by(WorkOrder.vehicle_id)
        .subquery()
    )
    c = per_vehicle.c
    came_lately = case((c.n12 > 0, 1), else_=0)
    in_base = case((or_(c.ret_seen == 1, c.n12 > 0), 1), else_=0)
    cls = case((in_base == 0, ""), (c.n12 >= 4, "A"), (c.n12 >= 2, "B"), (c.n12 == 1, "C"), else_="D")
    rows = s.execute(
        select(
            cls,
            func.count(),
            func.sum(c.lost_seen),
            func.sum(c.lost_seen * in_base),
            func.sum(c.ret_seen),
            func.sum(c.ret_seen * came_lately),
        ).group_by(cls)
    ).all()
    frequency = dict.fromkeys(FrequencyClass, 0)
    lost_whole = lost_back = ret_whole = ret_back = 0
    for key, n, lost_n, lost_b, ret_n, ret_b in rows:
        if key:
            frequency[FrequencyClass(key)] = int(n)
        lost_whole, lost_back = lost_whole + int(lost_n or 0), lost_back + int(lost_b or 0)
        ret_whole, ret_back = ret_whole + int(ret_n or 0), ret_back + int(ret_b or 0)
    base = span(months_back(month, LOST_MONTHS))
    seen = aliased(WorkOrder)
    never = s.scalar(
        select(func.count()).where(
            Vehicle.warranty_start >= base.first,
            Vehicle.warranty_start <= base.last,
            ~exists().where(seen.vehicle_id == Vehicle.id, is_visit(seen), in_window(seen.checked_in_at, base)),
        )
    )
    frequency[FrequencyClass.D] += int(never or 0)
    return BaseFigures(Ratio(ret_back, ret_whole), Ratio(lost_whole - lost_back, lost_whole), frequency)


def _visit_days(s: Session, window: Window) -> list[tuple[int, date]]:
    q = select(WorkOrder.vehicle_id, day_at_offset(WorkOrder.checked_in_at, _CHINA_HOURS)).where(
        is_visit(), in_window(WorkOrder.checked_in_at, window)
    )
    return [(vehicle, date.fromisoformat(day)) for vehicle, day in s.execute(q) if vehicle is not None]


def _connected_calls(s: Session, window: Window, days_before: int) -> dict[int, list[date]]:
    """Connected calls per car, from ``days_before`` the window to its end."""
    calls: dict[int, list[date]] = defaultdict(list)
    q = select(CareCall.vehicle_id, day_at_offset(CareCall.called_at, _CHINA_HOURS)).where(
        CareCall.outcome_class == OutcomeClass.CONNECTED.value,
        in_window(CareCall.called_at, Window(window.first - timedelta(days=days_before), window.last)),
    )
    for vehicle, day in s.execute(q):
        calls[vehicle].append(date.fromisoformat(day))
    return calls


def called_in_by_month(s: Session, months: list[Month], care: CareRules) -> dict[Month, tuple[int, int]]:
    """(visits, called in) per month; called in as the care rules say (domain.care_rules.called_in)."""
    window = span(months)
    calls = _connected_calls(s, window, care.called_in_days)

    def by_call(day: date, call_days: list[date]) -> bool:
        return called_in(day, call_days, care) is not None

    per_month: dict[Month, list[tuple[int, date]]] = {m: [] for m in months}
    for vehicle, day in _visit_days(s, window):
        per_month[Month.of(day)].append((vehicle, day))
    return {m: (len(v), count_called_in(v, calls, by_call)) for m, v in per_month.items()}


def outlets(s: Session, month: Month) -> list[OutletRow]:
    """The source document's table: cars sold in the 12 months to the month's end by the own showroom
    (its row has no outlet name, "") and each outlet; which came back for paid work, which never came."""
    window = outlet_sales_window(month)
    to_end = Window(window.first - timedelta(days=PDS_DAYS_BEFORE_SALE), month.last)
    paid, any_visit = aliased(WorkOrder), aliased(WorkOrder)
    paid_visit = and_(
        paid.vehicle_id == Vehicle.id,
        is_visit(paid),
        paid.payment_type == PaymentType.CUSTOMER.value,
        in_window(paid.checked_in_at, to_end),
    )
    seen = and_(any_visit.vehicle_id == Vehicle.id, is_visit(any_visit, with_pds=True),
                in_window(any_visit.checked_in_at, to_end))  # fmt: skip
    name = case((Vehicle.source_channel == SourceChannel.OWN_SALES.value, ""), else_=func.coalesce(Outlet.name, "?"))
    sold = and_(
        Vehicle.warranty_start >= window.first,
        Vehicle.warranty_start <= window.last,
        Vehicle.source_channel.in_((SourceChannel.OWN_SALES.value, SourceChannel.OUTLET.value)),
    )
    # What each car's paid visits came to, looked up car by car (a few thousand cars sold a year).
    paid_fen = [
        select(func.coalesce(func.sum(line.amount_fen), 0))
        .join(paid, paid.id == line.order_id)
        .where(paid_visit)
        .scalar_subquery()
        for line in (LabourLine, PartsLine)
    ]
    rows = s.execute(
        select(
            name,
            func.count(),
            func.sum(case((exists().where(paid_visit), 1), else_=0)),
            func.sum(case((~exists().where(seen), 1), else_=0)),
            func.sum(paid_fen[0] + paid_fen[1]),
        )
        .select_from(Vehicle)
        .outerjoin(Outlet, Outlet.id == Vehicle.outlet_id)
        .where(sold)
        .group_by(name)
    ).all()
    found = [
        OutletRow(key, int(n), int(back or 0), int(never or 0), int(fen or 0)) for key, n, back, never, fen in rows
    ]
    return sorted(found, key=lambda r: r.outlet)


def month_figures(s: Session, month: Month, care: CareRules) -> CareFigures:
    """Every figure of the month but the calls per person (the desk's own count, services.care.calls)."""
    visits, called = called_in_by_month(s, [month], care)[month]
    base = base_figures(s, month)
    rates = MonthRates(
        month,
        maintenance_return(s, month, care.interval_days),
        first_service(s, month, care.first_service_missed_days),
        base.retention,
        base.lost,
    )
    return CareFigures(
        month=month,
        rates=rates,
        visits=visits,
        called_in=called,
        frequency=base.frequency,
        callers=[],
        outlets=outlets(s, month),
    )


def load_figures(db: Database, actor: Actor, month: Month) -> CareFigures:
    """The month's figures for the screen and the weekly meeting's PDF, with the care settings' intervals."""
    care = care_rules(get_settings(db))
    with db.read() as s:
        current_actor(s, actor, *FIGURE_ROLES)
        figures = month_figures(s, month, care)
    people = call_counts(db, actor, month.first, month.last)
    callers = sorted((CallerRow(p.name, p.made, p.connected) for p in people), key=lambda r: r.name)
    return replace(figures, callers=callers)


def load_trend(db: Database, actor: Actor, month: Month, months: int = TREND_MONTHS) -> list[TrendPoint]:
    """The chart's months to ``month``: visits called in and walked in, and the return and first-service
    rates (the two a month's calls move)."""
    care = care_rules(get_settings(db))
    span_months = months_back(month, months)
    with db.read() as s:
        current_actor(s, actor, *FIGURE_ROLES)
        split = called_in_by_month(s, span_months, care)
        return [
            TrendPoint(
                m,
                split[m][0],
                split[m][1],
                maintenance_return(s, m, care.interval_days),
                first_service(s, m, care.first_service_missed_days),
            )
            for m in span_months
        ]
