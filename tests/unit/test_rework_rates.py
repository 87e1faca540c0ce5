"""Rework report formulas on a small hand-made dataset; every expected figure is worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dealerdesk.domain.rework_rates import (
    DeliveredOrder,
    FirstTimeRight,
    Grouping,
    ReworkRates,
    ReworkRow,
    first_time_right,
    first_time_right_by,
    rate_per_100,
    rework_rates,
    rework_rates_by,
)
from dealerdesk.domain.vocabulary import CauseCategory, ReworkKind, ServiceCategory

PM, GR, BP, PDS = (
    ServiceCategory.PERIODIC_MAINTENANCE,
    ServiceCategory.GENERAL_REPAIR,
    ServiceCategory.BODY_PAINT,
    ServiceCategory.PDS,
)
QC, INTERNAL, EXTERNAL = ReworkKind.QC, ReworkKind.INTERNAL, ReworkKind.EXTERNAL
JAN, FEB = "2025-01", "2025-02"


def order(order_id: int, month: str, category: ServiceCategory, techs: set[int], teams: set[str]) -> DeliveredOrder:
    return DeliveredOrder(order_id, month, category, frozenset(techs), frozenset(teams))


# Seven delivered orders: 4 in January, 3 in February.
# Technician 10 worked on 1, 2, 4, 5; technician 11 on 2, 6, 7; technician 12 on 3, 4, 6.
# Team A: 1, 2, 4, 5, 6, 7 (six orders); team B: 3, 4, 6 (three).
ORDERS = [
    order(1, JAN, PM, {10}, {"A"}),
    order(2, JAN, GR, {10, 11}, {"A"}),
    order(3, JAN, GR, {12}, {"B"}),
    order(4, JAN, BP, {10, 12}, {"A", "B"}),
    order(5, FEB, PM, {10}, {"A"}),
    order(6, FEB, GR, {11, 12}, {"A", "B"}),
    order(7, FEB, PDS, {11}, {"A"}),
]
# Six rework records detected in the period. Order 99 was delivered in December (not in ORDERS);
# r6 has no responsible technician (a gauge out of calibration).
R1 = ReworkRow(2, QC, JAN, GR, 11, "A", CauseCategory.MAN, 5_000)
R2 = ReworkRow(2, INTERNAL, JAN, GR, 11, "A", CauseCategory.METHOD, 12_000)
R3 = ReworkRow(3, EXTERNAL, FEB, GR, 12, "B", CauseCategory.MATERIAL, 80_000)
R4 = ReworkRow(6, QC, FEB, GR, 12, "B", CauseCategory.MAN, 3_000)
R5 = ReworkRow(99, EXTERNAL, JAN, PM, 10, "A", None, 0)
R6 = ReworkRow(5, QC, FEB, PM, None, None, CauseCategory.MACHINE, 1_000)
REWORKS = [R1, R2, R3, R4, R5, R6]

D = Decimal


def summary(row: ReworkRates) -> tuple[object, ...]:
    """key, base, (QC, internal, external) counts, their rates, total, total rate, total cost."""
    return (
        row.key,
        row.delivered,
        (row.counts[QC], row.counts[INTERNAL], row.counts[EXTERNAL]),
        (row.rates[QC], row.rates[INTERNAL], row.rates[EXTERNAL]),
        row.total,
        row.total_rate,
        row.total_cost_fen,
    )


def ftr(row: FirstTimeRight) -> tuple[object, ...]:
    return (row.key, row.delivered, row.right_first_time, row.rate)


@pytest.mark.parametrize(
    ("count", "base", "rate"),
    [(1, 3, D("33.33")), (2, 3, D("66.67")), (1, 8, D("12.50")), (1, 800, D("0.13")), (0, 5, D("0.00")), (3, 0, None)],
)
def test_rate_per_100_rounds_half_up_and_has_no_rate_without_base(count: int, base: int, rate: Decimal | None) -> None:
    # 1/800 = 0.125 per 100: half-up gives 0.13, banker's rounding would give 0.12.
    assert rate_per_100(count, base) == rate


def test_overall_rates_and_costs() -> None:
    # 3 QC (R1 R4 R6), 1 internal (R2), 2 external (R3 R5) over 7 orders.
    row = rework_rates(ORDERS, REWORKS)
    assert summary(row) == (None, 7, (3, 1, 2), (D("42.86"), D("14.29"), D("28.57")), 6, D("85.71"), 101_000)
    assert dict(row.cost_fen) == {QC: 9_000, INTERNAL: 12_000, EXTERNAL: 80_000}


def test_by_month_counts_reworks_in_the_month_detected() -> None:
    rows = rework_rates_by(Grouping.MONTH, ORDERS, REWORKS)
    assert [summary(row) for row in rows] == [
        # January: 4 delivered; R1, R2 and R5 (an older order's comeback) detected.
        (JAN, 4, (1, 1, 1), (D("25.00"), D("25.00"), D("25.00")), 3, D("75.00"), 17_000),
        # February: 3 delivered; R3, R4, R6 detected.
        (FEB, 3, (2, 0, 1), (D("66.67"), D("0.00"), D("33.33")), 3, D("100.00"), 84_000),
    ]
    # Cost per kind in February: QC R4 30.00 + R6 10.00 = 40.00 CNY; external R3 800.00 CNY.
    assert dict(rows[1].cost_fen) == {QC: 4_000, INTERNAL: 0, EXTERNAL: 80_000}
    # January's rates by hand: one of each kind over 4 cars = 1 × 100 ÷ 4 = 25.00 each, 3 × 100 ÷ 4 = 75.00.
    assert dict(rows[0].rates) == {QC: D("25.00"), INTERNAL: D("25.00"), EXTERNAL: D("25.00")}


def test_by_technician_uses_the_orders_they_worked_on() -> None:
    rows = rework_rates_by(Grouping.TECHNICIAN, ORDERS, REWORKS)
    assert [summary(row) for row in rows] == [
        (10, 4, (0, 0, 1), (D("0.00"), D("0.00"), D("25.00")), 1, D("25.00"), 0),
        (11, 3, (1, 1, 0), (D("33.33"), D("33.33"), D("0.00")), 2, D("66.67"), 17_000),
        (12, 3, (1, 0, 1), (D("33.33"), D("0.00"), D("33.33")), 2, D("66.67"), 83_000),
        # R6 has nobody responsible: counted, but there is no base for a rate.
        (None, 0, (1, 0, 0), (None, None, None), 1, None, 1_000),
    ]


def test_by_team_uses_the_orders_the_team_worked_on() -> None:
    rows = rework_rates_by(Grouping.TEAM, ORDERS, REWORKS)
    assert [summary(row) for row in rows] == [
        ("A", 6, (1, 1, 1), (D("16.67"), D("16.67"), D("16.67")), 3, D("50.00"), 17_000),
        ("B", 3, (1, 0, 1), (D("33.33"), D("0.00"), D("33.33")), 2, D("66.67"), 83_000),
        (None, 0, (1, 0, 0), (None, None, None), 1, None, 1_000),
    ]


def test_by_category_lists_every_category() -> None:
    rows = {row.key: summary(row) for row in rework_rates_by(Grouping.CATEGORY, ORDERS, REWORKS)}
    assert list(rows) == list(ServiceCategory)
    assert rows[PM] == (PM, 2, (1, 0, 1), (D("50.00"), D("0.00"), D("50.00")), 2, D("100.00"), 1_000)
    # Four reworks on three general-repair orders: a rate above 100 is possible.
    assert rows[GR] == (GR, 3, (2, 1, 1), (D("66.67"), D("33.33"), D("33.33")), 4, D("133.33"), 100_000)
    assert rows[BP] == (BP, 1, (0, 0, 0), (D("0.00"), D("0.00"), D("0.00")), 0, D("0.00"), 0)
    empty = ServiceCategory.WARRANTY
    assert rows[empty] == (empty, 0, (0, 0, 0), (None, None, None), 0, None, 0)


def test_by_cause_is_rated_over_all_delivered_orders() -> None:
    rows = {row.key: summary(row) for row in rework_rates_by(Grouping.CAUSE, ORDERS, REWORKS)}
    assert list(rows) == [*CauseCategory, None]
    assert rows[CauseCategory.MAN] == (
        CauseCategory.MAN,
        7,
        (2, 0, 0),
        (D("28.57"), D("0.00"), D("0.00")),
        2,
        D("28.57"),
        8_000,
    )
    assert rows[CauseCategory.MACHINE][4:] == (1, D("14.29"), 1_000)
    assert rows[CauseCategory.MATERIAL][4:] == (1, D("14.29"), 80_000)
    assert rows[CauseCategory.METHOD][4:] == (1, D("14.29"), 12_000)
    assert rows[CauseCategory.ENVIRONMENT][4:] == (0, D("0.00"), 0)
    # R5 is still open, without a cause.
    assert rows[None][4:] == (1, D("14.29"), 0)


def test_first_time_right_overall() -> None:
    # Orders 2, 3, 5 and 6 have rework records; 1, 4 and 7 were right the first time.
    assert ftr(first_time_right(ORDERS, REWORKS)) == (None, 7, 3, D("42.86"))


def test_first_time_right_by_month_technician_team_and_category() -> None:
    assert [ftr(r) for r in first_time_right_by(Grouping.MONTH, ORDERS, REWORKS)] == [
        (JAN, 4, 2, D("50.00")),
        (FEB, 3, 1, D("33.33")),
    ]
    assert [ftr(r) for r in first_time_right_by(Grouping.TECHNICIAN, ORDERS, REWORKS)] == [
        (10, 4, 2, D("50.00")),
        (11, 3, 1, D("33.33")),
        (12, 3, 1, D("33.33")),
    ]
    assert [ftr(r) for r in first_time_right_by(Grouping.TEAM, ORDERS, REWORKS)] == [
        ("A", 6, 3, D("50.00")),
        ("B", 3, 1, D("33.33")),
    ]
    by_category = {r.key: ftr(r) for r in first_time_right_by(Grouping.CATEGORY, ORDERS, REWORKS)}
    assert by_category[PM] == (PM, 2, 1, D("50.00"))
    assert by_category[GR] == (GR, 3, 0, D("0.00"))
    assert by_category[PDS] == (PDS, 1, 1, D("100.00"))
    assert by_category[ServiceCategory.REWORK] == (ServiceCategory.REWORK, 0, 0, None)


def test_first_time_right_by_cause_is_meaningless() -> None:
    with pytest.raises(ValueError):
        first_time_right_by(Grouping.CAUSE, ORDERS, REWORKS)


def test_nothing_delivered_gives_no_rates() -> None:
    assert summary(rework_rates([], [R1])) == (None, 0, (1, 0, 0), (None, None, None), 1, None, 5_000)
    assert ftr(first_time_right([], [])) == (None, 0, 0, None)
    assert rework_rates_by(Grouping.MONTH, [], []) == []
    by_cause = {row.key: summary(row) for row in rework_rates_by(Grouping.CAUSE, [], [R1])}
    assert by_cause[CauseCategory.MAN] == (CauseCategory.MAN, 0, (1, 0, 0), (None, None, None), 1, None, 5_000)


def test_technicians_sort_as_numbers() -> None:
    orders = [order(1, JAN, PM, {10}, {"A"}), order(2, JAN, PM, {9}, {"A"})]
    assert [row.key for row in rework_rates_by(Grouping.TECHNICIAN, orders, [])] == [9, 10]
