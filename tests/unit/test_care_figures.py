"""The care desk's figures: frequency classes, windows and rates, computed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dealerdesk.domain.care_figures import (
    FrequencyClass,
    Month,
    OutletRow,
    Ratio,
    Window,
    add_months,
    class_visit_range,
    due_window,
    first_service_cohort,
    first_service_deadline,
    frequency_class,
    lost_windows,
    outlet_total,
    percent,
    retention_windows,
)


@pytest.mark.parametrize(
    ("visits", "cls"),
    [
        (0, FrequencyClass.D),
        (1, FrequencyClass.C),
        (2, FrequencyClass.B),
        (3, FrequencyClass.B),
        (4, FrequencyClass.A),
        (9, FrequencyClass.A),
    ],
)
def test_frequency_class_edges(visits: int, cls: FrequencyClass) -> None:
    assert frequency_class(visits) is cls
    least, most = class_visit_range(cls)
    assert least <= visits and (most is None or visits <= most)


def test_add_months_keeps_the_day_or_the_months_last() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)
    assert add_months(date(2026, 12, 1), 1) == date(2027, 1, 1)


def test_windows_of_august_2026() -> None:
    aug = Month(2026, 8)
    assert aug.first == date(2026, 8, 1) and aug.last == date(2026, 8, 31) and aug.label == "2026-08"
    # Due in August after 180 days: maintained from 2 February to 4 March.
    assert due_window(aug) == Window(date(2026, 2, 2), date(2026, 3, 4))
    assert due_window(aug, 365) == Window(date(2025, 8, 1), date(2025, 8, 31))
    assert first_service_cohort(aug) == Window(date(2025, 8, 1), date(2025, 8, 31))
    assert first_service_deadline(date(2025, 8, 31)) == date(2026, 8, 31)
    assert first_service_deadline(date(2024, 2, 29)) == date(2025, 2, 28)
    assert retention_windows(aug) == (
        Window(date(2024, 9, 1), date(2025, 8, 31)),
        Window(date(2025, 9, 1), date(2026, 8, 31)),
    )
    assert lost_windows(aug) == (
        Window(date(2023, 9, 1), date(2024, 8, 31)),
        Window(date(2024, 9, 1), date(2026, 8, 31)),
    )
    assert date(2026, 3, 4) in due_window(aug) and date(2026, 3, 5) not in due_window(aug)
    assert date(2026, 2, 1) not in due_window(aug)


def test_percent_rounds_half_up_and_says_nothing_over_nothing() -> None:
    assert percent(1, 3) == Decimal("33.3")
    assert percent(2, 3) == Decimal("66.7")
    assert percent(1, 16) == Decimal("6.3")  # 6.25 exactly
    assert percent(0, 5) == Decimal("0.0")
    assert percent(3, 0) is None
    assert Ratio(1, 4).text == "25.0 % (1/4)"
    assert Ratio(0, 0).text == "— (0/0)"


def test_the_source_documents_outlet_table() -> None:
    # 2014: 226 cars sold through second-tier outlets, 53 came back for paid work (92,886 yuan),
    # 173 never did, 96 never came at all (PDS included).
    row = OutletRow("二级网点", sold=226, came_back=53, never_came=96, paid_fen=92_886_00)
    assert row.never_paid == 173
    assert row.came_back_pct == Decimal("23.5")  # 53/226 = 23.45 %
    assert row.never_paid_pct == Decimal("76.5")  # 173/226 = 76.55 %
    total = outlet_total([row, OutletRow("本店展厅", 100, 60, 5, 10_000_00)], "合计")
    assert (total.sold, total.came_back, total.never_came, total.paid_fen) == (326, 113, 101, 102_886_00)
    assert total.never_paid == 213
