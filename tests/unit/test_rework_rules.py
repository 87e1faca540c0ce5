"""The statutory guarantee window at every boundary, and closing a rework record."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.rework_rules import (
    CHINA_TIME,
    DEFAULT_REPAIR_CLASSES,
    GuaranteeEnd,
    RepairClass,
    closing_problems,
    guarantee_end,
    is_within_guarantee,
    repair_class_for,
)
from dealerdesk.domain.vocabulary import CauseCategory, ServiceCategory

# Delivered on 1 March 2025 at 16:30 China time, odometer 30,000 km.
DELIVERED = datetime(2025, 3, 1, 16, 30, tzinfo=CHINA_TIME)
KM = 30_000


def back(days: int, km: int, repair_class: RepairClass = RepairClass.MINOR, hour: int = 9) -> bool:
    """Is a car back ``days`` calendar days after delivery, ``km`` driven since, inside the guarantee?"""
    now = datetime(2025, 3, 1, hour, 0, tzinfo=CHINA_TIME) + timedelta(days=days)
    return is_within_guarantee(DELIVERED, KM, now, KM + km, repair_class)


@pytest.mark.parametrize(
    ("repair_class", "days", "km"),
    [
        (RepairClass.MINOR, 10, 2_000),
        (RepairClass.SECOND_LEVEL_MAINTENANCE, 30, 5_000),
        (RepairClass.MAJOR, 100, 20_000),
    ],
)
def test_each_class_at_every_boundary(repair_class: RepairClass, days: int, km: int) -> None:
    # Days, well inside the distance.
    assert back(days - 1, 10, repair_class)
    assert back(days, 10, repair_class)
    assert not back(days + 1, 10, repair_class)
    # Distance, well inside the days.
    assert back(1, km - 1, repair_class)
    assert back(1, km, repair_class)
    assert not back(1, km + 1, repair_class)
    # Both at once: whichever is reached first ends it.
    assert back(days, km, repair_class)
    assert not back(days, km + 1, repair_class)
    assert not back(days + 1, km, repair_class)
    assert not back(days + 1, km + 1, repair_class)


@pytest.mark.parametrize(
    ("days", "km", "inside"),
    [
        (9, 1_999, True),
        (9, 2_000, True),
        (9, 2_001, False),
        (10, 1_999, True),
        (10, 2_000, True),
        (10, 2_001, False),
        (11, 1_999, False),
        (11, 2_000, False),
        (11, 2_001, False),
    ],
)
def test_minor_repair_grid_of_days_and_km(days: int, km: int, inside: bool) -> None:
    assert back(days, km) is inside


def test_the_delivery_day_itself_is_inside() -> None:
    assert is_within_guarantee(DELIVERED, KM, DELIVERED + timedelta(minutes=5), KM, RepairClass.MINOR)


def test_the_last_day_lasts_until_midnight_china_time() -> None:
    # Delivered 1 March: the 10-day period is 2-11 March, ending at 24:00 on the 11th.
    assert is_within_guarantee(DELIVERED, KM, datetime(2025, 3, 11, 23, 59, tzinfo=CHINA_TIME), KM, RepairClass.MINOR)
    assert not is_within_guarantee(DELIVERED, KM, datetime(2025, 3, 12, 0, 0, tzinfo=CHINA_TIME), KM, RepairClass.MINOR)


def test_days_are_counted_in_china_time_not_utc() -> None:
    # 1 March 07:00 in Beijing is still 28 February in UTC: the local date is what counts.
    delivered_utc = datetime(2025, 2, 28, 23, 0, tzinfo=UTC)
    assert guarantee_end(delivered_utc, KM, RepairClass.MINOR).last_day == date(2025, 3, 11)
    # 11 March 23:30 Beijing is 15:30 UTC on the 11th; 12 March 00:30 Beijing is still the 11th in UTC.
    assert is_within_guarantee(delivered_utc, KM, datetime(2025, 3, 11, 15, 30, tzinfo=UTC), KM, RepairClass.MINOR)
    assert not is_within_guarantee(delivered_utc, KM, datetime(2025, 3, 11, 16, 30, tzinfo=UTC), KM, RepairClass.MINOR)


def test_guarantee_end_for_the_order_print() -> None:
    assert guarantee_end(DELIVERED, KM, RepairClass.SECOND_LEVEL_MAINTENANCE) == GuaranteeEnd(date(2025, 3, 31), 35_000)
    assert guarantee_end(DELIVERED, KM, RepairClass.MAJOR) == GuaranteeEnd(date(2025, 6, 9), 50_000)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        is_within_guarantee(datetime(2025, 3, 1), KM, datetime(2025, 3, 2), KM, RepairClass.MINOR)


def test_mileage_below_delivery_is_an_error() -> None:
    with pytest.raises(DealerDeskError) as caught:
        is_within_guarantee(DELIVERED, KM, DELIVERED + timedelta(days=1), KM - 1, RepairClass.MINOR)
    assert caught.value.render() == "The mileage now (29999 km) is below the mileage at delivery (30000 km)."


def test_a_date_before_delivery_is_an_error() -> None:
    with pytest.raises(DealerDeskError, match=r"before the original order's delivery \(2025-03-01\)"):
        is_within_guarantee(DELIVERED, KM, DELIVERED - timedelta(hours=1), KM, RepairClass.MINOR)


def test_default_classes_cover_every_category() -> None:
    assert set(DEFAULT_REPAIR_CLASSES) == set(ServiceCategory)
    assert repair_class_for(ServiceCategory.PERIODIC_MAINTENANCE) is RepairClass.SECOND_LEVEL_MAINTENANCE
    assert repair_class_for(ServiceCategory.GENERAL_REPAIR) is RepairClass.MINOR


def test_the_mapping_can_be_replaced() -> None:
    own = {ServiceCategory.GENERAL_REPAIR: RepairClass.MAJOR}
    assert repair_class_for(ServiceCategory.GENERAL_REPAIR, own) is RepairClass.MAJOR
    with pytest.raises(DealerDeskError, match="No repair class is set for the service category pds"):
        repair_class_for(ServiceCategory.PDS, own)


# --- closing a rework record -----------------------------------------------------------


def test_closing_needs_cause_and_corrective_action() -> None:
    problems = closing_problems(None, "  ")
    assert [(p.field, p.render()) for p in problems] == [
        ("cause", "Choose the cause category: man, machine, material, method or environment."),
        ("corrective_action", "Enter the corrective action taken."),
    ]


def test_closing_with_cause_and_action_is_fine() -> None:
    assert closing_problems(CauseCategory.METHOD, "Torque-and-mark step added to the steering job sheet", 35_000) == []


def test_closing_refuses_a_negative_cost() -> None:
    problems = closing_problems(CauseCategory.MAN, "Retrained", -1)
    assert [(p.field, p.render()) for p in problems] == [("cost", "The cost cannot be negative.")]
