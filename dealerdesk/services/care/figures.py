"""The customer care desk's monthly figures: read the visits once, count with the domain's formulas.

What each figure means is ``domain/care_figures.py``. The month and its 12-month trend need
the visits of the 48 months before its end: one query returns them as (vehicle, China-time
day, category, payer) rows, without a datetime parsed in Python, and the domain counts
every figure from them (bench/bench_care_figures.py: ≤ 300 ms on the 150k-order dataset).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import CareCall, LabourLine, Outlet, PartsLine, User, Vehicle, WorkOrder
from dealerdesk.db.sql_functions import day_at_offset
from dealerdesk.domain.care_calls import OutcomeClass
from dealerdesk.domain.care_figures import (
    FIRST_SERVICE_MISSED_DAYS,
    INTERVAL_DAYS,
    LOST_MONTHS,
    CallerRow,
    CareFigures,
    History,
    Month,
    OutletRow,
    Sold,
    Visit,
    Window,
    count_called_in,
    frequency_counts,
    month_rates,
    outlet_rows,
    outlet_sales_window,
)
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, PaymentType, ServiceCategory
from dealerdesk.services.actor import Actor, current_actor

FIGURE_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN)
TREND_MONTHS = 12
CALLED_IN_DAYS = 30

_MAINTENANCE = frozenset({ServiceCategory.PERIODIC_MAINTENANCE.value, ServiceCategory.FIRST_SERVICE.value})
_NOT_VISITS = (OrderStatus.DRAFT.value, OrderStatus.CANCELLED.value)
_CHINA_HOURS = 8


def day_start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), CHINA_TIME)


def is_visit() -> ColumnElement[bool]:
    """An opened work order for a vehicle on file (drafts and cancelled orders are no visit)."""
    return and_(
        WorkOrder.vehicle_id.is_not(None),
        WorkOrder.checked_in_at.is_not(None),
        WorkOrder.status.not_in(_NOT_VISITS),
    )


def in_window(column: Any, window: Window) -> ColumnElement[bool]:
    return and_(column >= day_start(window.first), column < day_start(window.last + timedelta(days=1)))


def visits_query(window: Window) -> Any:
    """The one query the figures read most: the visits of the window, by China-time day."""
    return select(
        WorkOrder.vehicle_id,
        day_at_offset(WorkOrder.checked_in_at, _CHINA_HOURS),
        WorkOrder.category,
        WorkOrder.payment_type,
    ).where(is_visit(), in_window(WorkOrder.checked_in_at, window))


def load_history(s: Session, window: Window, missed_days: int = FIRST_SERVICE_MISSED_DAYS) -> History:
    customer, pds = PaymentType.CUSTOMER.value, ServiceCategory.PDS.value
    visits = [
        Visit(
            vehicle,
            date.fromisoformat(day),
            category in _MAINTENANCE,
            payer == customer and category != pds,
            category == pds,
        )
        for vehicle, day, category, payer in s.execute(visits_query(window))
    ]
    # Sales whose first-service deadline may fall in the window, and every sale in it.
    first_sale = window.first - timedelta(days=missed_days)
    sales = {
        vehicle: day
        for vehicle, day in s.execute(
            select(Vehicle.id, Vehicle.warranty_start).where(
                Vehicle.warranty_start >= first_sale, Vehicle.warranty_start <= window.last
            )
        )
        if day is not None
    }
    return History(visits, sales)


def history_window(month: Month, trend_months: int) -> Window:
    """Lost needs 36 months before each month; the trend goes back ``trend_months - 1`` more."""
    first = month.shifted(-(LOST_MONTHS + 12 - 1) - (trend_months - 1))
    return Window(first.first - timedelta(days=INTERVAL_DAYS), month.last)


def called_in(s: Session, month: Month) -> int:
    """The month's visits that came within 30 days after a connected call about the car (招揽入库)."""
    window = Window(month.first, month.last)
    visits = [(vehicle, date.fromisoformat(day)) for vehicle, day, _category, _payer in s.execute(visits_query(window))]
    calls: dict[int, list[date]] = defaultdict(list)
    for vehicle, day in s.execute(
        select(CareCall.vehicle_id, day_at_offset(CareCall.called_at, _CHINA_HOURS)).where(
            CareCall.outcome_class == OutcomeClass.CONNECTED.value,
            in_window(CareCall.called_at, Window(month.first - timedelta(days=CALLED_IN_DAYS), month.last)),
        )
    ):
        calls[vehicle].append(date.fromisoformat(day))

    def by_call(day: date, call_days: list[date]) -> bool:
        return any(0 <= (day - c).days <= CALLED_IN_DAYS for c in call_days)

    return count_called_in(visits, calls, by_call)


def callers(s: Session, month: Month) -> list[CallerRow]:
    made: dict[int, list[int]] = {}
    q = (
        select(CareCall.called_by_id, CareCall.outcome_class, func.count())
        .where(in_window(CareCall.called_at, Window(month.first, month.last)))
        .group_by(CareCall.called_by_id, CareCall.outcome_class)
    )
    for user_id, outcome_class, n in s.execute(q):
        row = made.setdefault(user_id, [0, 0])
        row[0] += n
        row[1] += n if outcome_class == OutcomeClass.CONNECTED.value else 0
    names = dict(s.execute(select(User.id, User.full_name).where(User.id.in_(list(made)))).all()) if made else {}
    return sorted((CallerRow(names.get(u, str(u)), m, c) for u, (m, c) in made.items()), key=lambda r: r.name)


def outlets(s: Session, h: History, month: Month) -> list[OutletRow]:
    """The source document's table; the own showroom's row has no outlet name ("")."""
    window = outlet_sales_window(month)
    rows = s.execute(
        select(Vehicle.id, Vehicle.warranty_start, Vehicle.source_channel, Outlet.name)
        .outerjoin(Outlet, Outlet.id == Vehicle.outlet_id)
        .where(
            Vehicle.warranty_start >= window.first,
            Vehicle.warranty_start <= window.last,
            Vehicle.source_channel.in_((SourceChannel.OWN_SALES.value, SourceChannel.OUTLET.value)),
        )
    ).all()
    sold = [
        Sold(vehicle, "" if channel == SourceChannel.OWN_SALES.value else (outlet or "?"), day)
        for vehicle, day, channel, outlet in rows
        if day is not None
    ]
    paid: dict[int, int] = defaultdict(int)
    if sold:
        paid_orders = (
            select(WorkOrder.id, WorkOrder.vehicle_id)
            .where(
                is_visit(),
                WorkOrder.vehicle_id.in_([c.vehicle_id for c in sold]),
                WorkOrder.payment_type == PaymentType.CUSTOMER.value,
                WorkOrder.category != ServiceCategory.PDS.value,
                in_window(WorkOrder.checked_in_at, window),
            )
            .subquery()
        )
        for line in (LabourLine, PartsLine):
            for vehicle, fen in s.execute(
                select(paid_orders.c.vehicle_id, func.sum(line.amount_fen))
                .join(line, line.order_id == paid_orders.c.id)
                .group_by(paid_orders.c.vehicle_id)
            ):
                paid[vehicle] += int(fen or 0)
    # The own showroom first, then the outlets by name.
    return sorted(outlet_rows(h, month, sold, paid), key=lambda r: r.outlet)


def month_figures(s: Session, month: Month, trend_months: int = TREND_MONTHS) -> CareFigures:
    h = load_history(s, history_window(month, trend_months))
    trend = [month_rates(h, month.shifted(-back)) for back in range(trend_months - 1, -1, -1)]
    visits_in_month = sum(h.by_month.get(month, {}).values())
    return CareFigures(
        month=month,
        rates=trend[-1],
        visits=visits_in_month,
        called_in=called_in(s, month),
        frequency=frequency_counts(h, month),
        callers=callers(s, month),
        outlets=outlets(s, h, month),
        trend=trend,
    )


def load_figures(db: Database, actor: Actor, month: Month) -> CareFigures:
    """The month's figures for the screen and the weekly meeting's PDF."""
    with db.read() as s:
        current_actor(s, actor, *FIGURE_ROLES)
        return month_figures(s, month)
