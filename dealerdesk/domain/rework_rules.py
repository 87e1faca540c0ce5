"""Rework rules: the statutory repair-quality guarantee window, and closing a rework record.

The window decides whether a car that comes back is an external rework (外返) of the
earlier order. The periods are those of the national motor-vehicle maintenance rules
(机动车维修质量保证期): a repair is guaranteed for a distance *or* a number of days,
whichever is reached first, counted from the day the car left the workshop.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Final

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Problem
from dealerdesk.domain.vocabulary import CauseCategory, ServiceCategory


class RepairClass(enum.StrEnum):
    MINOR = "minor"  # 小修、专项修理 (and 一级维护)
    SECOND_LEVEL_MAINTENANCE = "second_level_maintenance"  # 二级维护
    MAJOR = "major"  # 整车修理、总成修理


REPAIR_CLASS_LABELS: Final[dict[RepairClass, str]] = {
    RepairClass.MINOR: QT_TRANSLATE_NOOP("Messages", "Minor or special repair (2,000 km or 10 days)"),
    RepairClass.SECOND_LEVEL_MAINTENANCE: QT_TRANSLATE_NOOP(
        "Messages", "Second-level maintenance (5,000 km or 30 days)"
    ),
    RepairClass.MAJOR: QT_TRANSLATE_NOOP("Messages", "Major or assembly repair (20,000 km or 100 days)"),
}


@dataclass(frozen=True)
class GuaranteePeriod:
    km: int
    days: int


GUARANTEE_PERIODS: Final[dict[RepairClass, GuaranteePeriod]] = {
    RepairClass.MINOR: GuaranteePeriod(km=2_000, days=10),
    RepairClass.SECOND_LEVEL_MAINTENANCE: GuaranteePeriod(km=5_000, days=30),
    RepairClass.MAJOR: GuaranteePeriod(km=20_000, days=100),
}

# The default class of each service category; an order may carry its own (an engine
# overhaul under "general repair" is a major repair). Pass another mapping to change it.
# Periodic maintenance at a 4S workshop covers brakes, steering and suspension checks:
# second-level maintenance. A first service is an oil change and inspection: the
# first-level class, which shares the minor repairs' period. A rework order should use
# the class of the order it reworks; minor is only the fallback.
DEFAULT_REPAIR_CLASSES: Final[dict[ServiceCategory, RepairClass]] = {
    ServiceCategory.PERIODIC_MAINTENANCE: RepairClass.SECOND_LEVEL_MAINTENANCE,
    ServiceCategory.FIRST_SERVICE: RepairClass.MINOR,
    ServiceCategory.GENERAL_REPAIR: RepairClass.MINOR,
    ServiceCategory.BODY_PAINT: RepairClass.MINOR,
    ServiceCategory.WARRANTY: RepairClass.MINOR,
    ServiceCategory.INSURANCE_CLAIM: RepairClass.MINOR,
    ServiceCategory.PDS: RepairClass.MINOR,
    ServiceCategory.REWORK: RepairClass.MINOR,
}

# Mainland China keeps UTC+8 all year, so a fixed offset is exact and needs no tz database
# (which Windows lacks without the tzdata package).
CHINA_TIME: Final = timezone(timedelta(hours=8), "CST")

_NO_CLASS = QT_TRANSLATE_NOOP("Messages", "No repair class is set for the service category {category}.")
_MILEAGE_BELOW = QT_TRANSLATE_NOOP(
    "Messages", "The mileage now ({mileage_now} km) is below the mileage at delivery ({delivered_mileage} km)."
)
_BEFORE_DELIVERY = QT_TRANSLATE_NOOP("Messages", "The date is before the original order's delivery ({delivered}).")
_CAUSE_MISSING = QT_TRANSLATE_NOOP(
    "Messages", "Choose the cause category: man, machine, material, method or environment."
)
_ACTION_MISSING = QT_TRANSLATE_NOOP("Messages", "Enter the corrective action taken.")
_NEGATIVE_COST = QT_TRANSLATE_NOOP("Messages", "The cost cannot be negative.")


def repair_class_for(
    category: ServiceCategory, classes: Mapping[ServiceCategory, RepairClass] = DEFAULT_REPAIR_CLASSES
) -> RepairClass:
    try:
        return classes[category]
    except KeyError:
        raise DealerDeskError(_NO_CLASS, category=str(category)) from None


@dataclass(frozen=True)
class GuaranteeEnd:
    """The last day and the last odometer reading still inside the guarantee (both included)."""

    last_day: date
    last_mileage: int


def guarantee_end(
    delivered_at: datetime, delivered_mileage: int, repair_class: RepairClass, tz: tzinfo = CHINA_TIME
) -> GuaranteeEnd:
    """The guarantee's end, as printed on the order ("guaranteed to 2025-03-11 or 45,300 km").

    Days follow the Civil Code's counting of periods (民法典 第二百零一条): the day of
    delivery is not counted, the period starts the next day and its last day ends at
    midnight. So a 10-day guarantee for a car delivered on the 1st runs to the end of
    the 11th. Kilometres: the guarantee covers "driving 2,000 km", so the odometer
    reading of delivery + 2,000 is still inside. The Civil Code's extension of a period
    ending on a public holiday is not applied: the guarantee is about the car's use.
    """
    period = GUARANTEE_PERIODS[repair_class]
    delivered_day = _local_day(delivered_at, tz)
    return GuaranteeEnd(delivered_day + timedelta(days=period.days), delivered_mileage + period.km)


def is_within_guarantee(
    delivered_at: datetime,
    delivered_mileage: int,
    now: datetime,
    mileage_now: int,
    repair_class: RepairClass,
    tz: tzinfo = CHINA_TIME,
) -> bool:
    """Whether a car coming back ``now`` at ``mileage_now`` is inside the guarantee.

    Inside while *both* limits hold (the first one reached ends it): local day of
    ``now`` ≤ the last day, and ``mileage_now`` ≤ the last mileage. For the minor class
    (delivered at mileage M on day D): day D+10 and M+2000 km are inside, day D+11 or
    M+2001 km is out. Datetimes must be time-zone aware; days are counted in ``tz``
    (China time), not UTC, so a car delivered at 07:00 China time counts from that day.
    """
    if mileage_now < delivered_mileage:
        raise DealerDeskError(_MILEAGE_BELOW, mileage_now=mileage_now, delivered_mileage=delivered_mileage)
    if now < delivered_at:
        raise DealerDeskError(_BEFORE_DELIVERY, delivered=_local_day(delivered_at, tz).isoformat())
    end = guarantee_end(delivered_at, delivered_mileage, repair_class, tz)
    return _local_day(now, tz) <= end.last_day and mileage_now <= end.last_mileage


def _local_day(moment: datetime, tz: tzinfo) -> date:
    # A naive datetime would be read in the machine's zone: an off-by-one day waiting to happen.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("guarantee dates must be time-zone-aware datetimes")
    return moment.astimezone(tz).date()


def closing_problems(cause: CauseCategory | None, corrective_action: str, cost_fen: int = 0) -> list[Problem]:
    """What stops a rework record from being closed.

    The weekly review groups reworks by cause (the source review's own 人机料法环) and
    reads what was done about each, so neither may be left empty once the case is closed.
    """
    problems: list[Problem] = []
    if cause is None:
        problems.append(Problem("cause", _CAUSE_MISSING))
    if not corrective_action.strip():
        problems.append(Problem("corrective_action", _ACTION_MISSING))
    if cost_fen < 0:
        problems.append(Problem("cost", _NEGATIVE_COST))
    return problems
