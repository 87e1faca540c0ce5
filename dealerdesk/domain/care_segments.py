"""Segments of the customer base (客户细分) for a campaign: the source document's six ways in.

车型 model, 车龄 vehicle age, 里程 mileage, 入库频次 visit frequency (classes A-D over the last
12 months), 使用习惯 usage (km per day and the usage flags), and where the car came from
(channel and outlet), plus the care status of the day. Every filter left empty lets every
car through; the filters that are set must all hold. Saved by name as JSON; the outlet by its id.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from dealerdesk.domain.care_figures import FrequencyClass, add_months
from dealerdesk.domain.care_records import SourceChannel, Usage
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem

NAME = "segment_name"
NAME_MAX = 100

NAME_EMPTY = QT_TRANSLATE_NOOP("Messages", "Give the segment a name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "A segment's name has at most {max} characters; this one has {length}.")
RANGE_BACKWARDS = QT_TRANSLATE_NOOP("Messages", "{what}: the least ({low}) is more than the most ({high}).")
NEGATIVE = QT_TRANSLATE_NOOP("Messages", "{what} cannot be negative.")
AGE = QT_TRANSLATE_NOOP("Messages", "Vehicle age")
MILEAGE = QT_TRANSLATE_NOOP("Messages", "Mileage")
KM_PER_DAY = QT_TRANSLATE_NOOP("Messages", "Km per day")


@dataclass(frozen=True)
class SegmentFilters:
    model: str = ""  # part of the model's name, e.g. 朗逸
    age_min: int | None = None  # whole years since the sale
    age_max: int | None = None
    km_min: int | None = None  # the last odometer reading
    km_max: int | None = None
    classes: tuple[FrequencyClass, ...] = ()
    km_per_day_min: int | None = None
    km_per_day_max: int | None = None
    usage: tuple[Usage, ...] = ()  # any of these flags
    channel: SourceChannel | None = None
    # The outlet by its id, so that a renamed outlet keeps its segments; ``outlet`` is its name when the
    # filter was set, shown only when that outlet is no longer on file (then the filter finds no car).
    outlet_id: int | None = None
    outlet: str = ""
    statuses: tuple[str, ...] = field(default=())  # care status codes of the day (domain/care_rules.py)

    def to_json(self) -> str:
        data = asdict(self)
        data["classes"] = [c.value for c in self.classes]
        data["usage"] = [u.value for u in self.usage]
        data["channel"] = self.channel.value if self.channel else None
        data["statuses"] = list(self.statuses)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> SegmentFilters:
        data = json.loads(text or "{}")
        return SegmentFilters(
            model=str(data.get("model", "")),
            age_min=data.get("age_min"),
            age_max=data.get("age_max"),
            km_min=data.get("km_min"),
            km_max=data.get("km_max"),
            classes=tuple(FrequencyClass(c) for c in data.get("classes", [])),
            km_per_day_min=data.get("km_per_day_min"),
            km_per_day_max=data.get("km_per_day_max"),
            usage=tuple(Usage(u) for u in data.get("usage", [])),
            channel=SourceChannel(data["channel"]) if data.get("channel") else None,
            outlet_id=data.get("outlet_id"),  # absent before 0030: the service finds the outlet by name
            outlet=str(data.get("outlet", "")),
            statuses=tuple(str(s) for s in data.get("statuses", [])),
        )


def check_filters(f: SegmentFilters) -> list[Problem]:
    problems: list[Problem] = []
    for key, what, low, high in (
        ("age", AGE, f.age_min, f.age_max),
        ("km", MILEAGE, f.km_min, f.km_max),
        ("km_per_day", KM_PER_DAY, f.km_per_day_min, f.km_per_day_max),
    ):
        if (low is not None and low < 0) or (high is not None and high < 0):
            problems.append(Problem(key, NEGATIVE, {"what": what}))
        elif low is not None and high is not None and low > high:
            problems.append(Problem(key, RANGE_BACKWARDS, {"what": what, "low": low, "high": high}))
    return problems


def sets_no_filter(f: SegmentFilters) -> bool:
    """No filter set at all: the segment is every car on file (saving it is asked about first)."""
    return replace(f, model=f.model.strip()) == SegmentFilters()


def check_name(name: str) -> list[Problem]:
    if not name.strip():
        return [Problem(NAME, NAME_EMPTY)]
    if len(name.strip()) > NAME_MAX:
        return [Problem(NAME, NAME_TOO_LONG, {"max": NAME_MAX, "length": len(name.strip())})]
    return []


def age_years(sale: date, today: date) -> int:
    """Whole years since the sale: a car sold on 2023-03-15 is 2 years old on 2026-03-14, 3 the next day."""
    years = today.year - sale.year
    return years - 1 if add_months(sale, 12 * years) > today else years


def sale_range(today: date, age_min: int | None, age_max: int | None) -> tuple[date | None, date | None]:
    """Sale days (first, last inclusive) of the cars ``age_min`` to ``age_max`` whole years old today."""
    last = add_months(today, -12 * age_min) if age_min is not None else None
    first = None
    if age_max is not None:
        # One day after the day a car turns age_max + 1.
        first = date.fromordinal(add_months(today, -12 * (age_max + 1)).toordinal() + 1)
    return first, last


def km_per_day(mileage: int | None, sale: date | None, today: date) -> float | None:
    """A car's pace from its last reading and its sale (at 0 km), when the daily care status has none."""
    if mileage is None or sale is None or (today - sale).days <= 0:
        return None
    return mileage / (today - sale).days


def in_range(value: float | None, low: int | None, high: int | None) -> bool:
    if low is None and high is None:
        return True
    if value is None:
        return False
    return (low is None or value >= low) and (high is None or value <= high)
