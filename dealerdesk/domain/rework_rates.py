"""Rework report formulas: counts, rates per 100 delivered orders, first-time-right, costs.

The manager's weekly review (DOMAIN.md, "Rework"). The functions take plain rows that
the report service selects for the period, so their meaning depends on that selection:

* ``orders``: the orders delivered in the period.
* ``reworks`` for :func:`rework_rates`: the rework records *detected* in the period,
  whatever month their original order was delivered in. A month's rate is therefore
  "reworks found this month per 100 cars delivered this month", the workshop's usual
  monthly figure, known as soon as the month ends.
* ``reworks`` for :func:`first_time_right`: every rework record whose original order is
  among ``orders``, whenever it was detected. An external rework shows up weeks after
  delivery, so a month's first-time-right rate can still drop after the month ends.

A rate is ``count × 100 ÷ base`` rounded half-up to 2 decimals; with no base (nothing
delivered in the group) it is None, shown as "—". Each rework record counts once, so
an order that failed QC twice has 2 QC reworks.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, TypeAlias

from dealerdesk.domain.vocabulary import CauseCategory, ReworkKind, ServiceCategory

_HUNDREDTH: Final = Decimal("0.01")


@dataclass(frozen=True)
class DeliveredOrder:
    order_id: int
    month: str  # "YYYY-MM", the local month of delivery
    category: ServiceCategory
    technician_ids: frozenset[int] = frozenset()  # everyone who worked a labour line on it
    teams: frozenset[str] = frozenset()  # the teams of those technicians


@dataclass(frozen=True)
class ReworkRow:
    original_order_id: int
    kind: ReworkKind
    month: str  # "YYYY-MM", the local month it was detected
    category: ServiceCategory  # the original order's category
    technician_id: int | None = None  # the responsible technician, if one is
    team: str | None = None  # the responsible technician's team
    cause: CauseCategory | None = None  # None until the record is closed
    cost_fen: int = 0


class Grouping(enum.StrEnum):
    MONTH = "month"
    TECHNICIAN = "technician"
    TEAM = "team"
    CATEGORY = "category"
    CAUSE = "cause"


GroupKey: TypeAlias = str | int | ServiceCategory | CauseCategory | None


@dataclass(frozen=True)
class ReworkRates:
    """One row of the rework table: a group (or the whole period, key None)."""

    key: GroupKey
    delivered: int  # the base of the rates
    counts: Mapping[ReworkKind, int]
    rates: Mapping[ReworkKind, Decimal | None]  # per 100 delivered orders
    total: int
    total_rate: Decimal | None
    cost_fen: Mapping[ReworkKind, int]
    total_cost_fen: int


@dataclass(frozen=True)
class FirstTimeRight:
    key: GroupKey
    delivered: int
    right_first_time: int  # delivered orders without any rework record
    rate: Decimal | None  # per 100 delivered orders, i.e. a percentage


def rate_per_100(count: int, base: int) -> Decimal | None:
    """``count`` per 100 of ``base``, 2 decimals half-up; None when ``base`` is 0."""
    if base == 0:
        return None
    return (Decimal(count) * 100 / Decimal(base)).quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def rework_rates(orders: Sequence[DeliveredOrder], reworks: Iterable[ReworkRow]) -> ReworkRates:
    """Counts, rates and costs of each kind over the whole period (key None)."""
    return _rates_row(None, len(orders), list(reworks))


def rework_rates_by(
    grouping: Grouping, orders: Sequence[DeliveredOrder], reworks: Iterable[ReworkRow]
) -> list[ReworkRates]:
    """One row per group. The base of each group's rates:

    * MONTH: orders delivered that month (reworks by the month they were detected);
    * TECHNICIAN: delivered orders the technician worked on (reworks they are
      responsible for); reworks with no responsible technician form the row None,
      which has no base and so no rate;
    * TEAM: delivered orders one of the team's technicians worked on (reworks of the
      responsible technician's team); the row None as for technicians;
    * CATEGORY: delivered orders of that service category (reworks by the original
      order's category); every category has a row;
    * CAUSE: all delivered orders, since a cause has no orders of its own; every cause
      has a row, and not-yet-classified reworks form the row None.

    Rows come sorted by key (categories and causes in their fixed order), None last.
    """
    rows = list(reworks)
    order_keys = _ORDER_KEYS[grouping]
    rework_key = _REWORK_KEYS[grouping]
    keys = _keys(grouping, orders, rows)
    result: list[ReworkRates] = []
    for key in keys:
        # By cause there are no orders of the cause: every cause is rated over all orders.
        base = len(orders) if order_keys is None else sum(1 for o in orders if key in order_keys(o))
        result.append(_rates_row(key, base, [row for row in rows if rework_key(row) == key]))
    return result


def first_time_right(orders: Sequence[DeliveredOrder], reworks: Iterable[ReworkRow]) -> FirstTimeRight:
    """Delivered orders with no rework record of any kind, per 100 delivered orders."""
    return _first_time_right_row(None, orders, _reworked_orders(reworks))


def first_time_right_by(
    grouping: Grouping, orders: Sequence[DeliveredOrder], reworks: Iterable[ReworkRow]
) -> list[FirstTimeRight]:
    """First-time-right per month of delivery, technician, team or category.

    The base is the same as in :func:`rework_rates_by`; an order with any rework counts
    against every technician and team that worked on it, whoever was responsible, since
    first-time-right is about the car, not the person. By cause it means nothing
    (orders have no cause) and raises ValueError.
    """
    order_keys = _ORDER_KEYS[grouping]
    if order_keys is None:
        raise ValueError("first-time-right cannot be grouped by cause")
    reworked = _reworked_orders(reworks)
    result: list[FirstTimeRight] = []
    for key in _keys(grouping, orders, []):
        group = [order for order in orders if key in order_keys(order)]
        result.append(_first_time_right_row(key, group, reworked))
    return result


def _rates_row(key: GroupKey, base: int, rows: Sequence[ReworkRow]) -> ReworkRates:
    counts = {kind: sum(1 for row in rows if row.kind is kind) for kind in ReworkKind}
    costs = {kind: sum(row.cost_fen for row in rows if row.kind is kind) for kind in ReworkKind}
    return ReworkRates(
        key=key,
        delivered=base,
        counts=counts,
        rates={kind: rate_per_100(count, base) for kind, count in counts.items()},
        total=len(rows),
        total_rate=rate_per_100(len(rows), base),
        cost_fen=costs,
        total_cost_fen=sum(costs.values()),
    )


def _reworked_orders(reworks: Iterable[ReworkRow]) -> frozenset[int]:
    return frozenset(row.original_order_id for row in reworks)


def _first_time_right_row(key: GroupKey, orders: Sequence[DeliveredOrder], reworked: frozenset[int]) -> FirstTimeRight:
    right = sum(1 for order in orders if order.order_id not in reworked)
    return FirstTimeRight(key, len(orders), right, rate_per_100(right, len(orders)))


# The group keys an order belongs to (several for technicians and teams), and the key of a
# rework row. None for CAUSE: orders have no cause, and every cause is rated over all orders.
_ORDER_KEYS: Final[dict[Grouping, Callable[[DeliveredOrder], Iterable[GroupKey]] | None]] = {
    Grouping.MONTH: lambda order: (order.month,),
    Grouping.TECHNICIAN: lambda order: order.technician_ids,
    Grouping.TEAM: lambda order: order.teams,
    Grouping.CATEGORY: lambda order: (order.category,),
    Grouping.CAUSE: None,
}
_REWORK_KEYS: Final[dict[Grouping, Callable[[ReworkRow], GroupKey]]] = {
    Grouping.MONTH: lambda row: row.month,
    Grouping.TECHNICIAN: lambda row: row.technician_id,
    Grouping.TEAM: lambda row: row.team,
    Grouping.CATEGORY: lambda row: row.category,
    Grouping.CAUSE: lambda row: row.cause,
}


def _keys(grouping: Grouping, orders: Sequence[DeliveredOrder], rows: Sequence[ReworkRow]) -> list[GroupKey]:
    """The groups to show: every category or cause (a zero is news too), else those in the data."""
    fixed: list[GroupKey]
    if grouping is Grouping.CATEGORY:
        fixed = list(ServiceCategory)
    elif grouping is Grouping.CAUSE:
        fixed = list(CauseCategory)
    else:
        fixed = []
    found: set[GroupKey] = set()
    order_keys = _ORDER_KEYS[grouping]
    if order_keys is not None:
        for order in orders:
            found.update(order_keys(order))
    found.update(_REWORK_KEYS[grouping](row) for row in rows)
    if fixed:
        return [*fixed, *([None] if None in found else [])]
    known: list[GroupKey] = sorted((key for key in found if key is not None), key=_natural_order)
    return [*known, *([None] if None in found else [])]


def _natural_order(key: GroupKey) -> tuple[int, str]:
    # Keys of one grouping share a type: technician ids sort as numbers, months and teams as text.
    return (key, "") if isinstance(key, int) else (0, str(key))
