"""The customer care desk's monthly figures: what each one counts, and the windows it counts in.

A visit (入库) is a work order for a vehicle that was opened (not a draft, not cancelled),
dated by its check-in, in China time. The month is a calendar month of China-time days.

- Planned-maintenance return rate (定期保养入库率): of the vehicles whose periodic maintenance
  fell due in the month (their last maintenance visit before the month, plus the interval in
  days, lands in the month), the share that came in for maintenance during the month.
- First-service rate (首保率): of the cars whose first-service deadline (365 days after the
  sale; day 365 still counts, as in the care rules) ends in this month, the share that had a
  maintenance visit by the deadline; the others are first services missed (首保流失).
- Retention: of the vehicles seen in the 12 months before the last 12, the share seen again
  in the last 12 months (to the month's end).
- Lost rate (流失率): of the vehicles seen in the 12 months before the last 24, the share not
  seen since: more than 24 months without a visit is a lost customer (流失客户).
- Called-in (招揽入库) vs walk-in: the month's visits, called in when a connected follow-up call
  came in the days before the check-in (``care_rules.called_in``: 30 by default).
- Per outlet (二级网点), the source document's own table: of the cars an outlet sold in the 12
  months to the month's end, how many came back for paid work, how many never did, and how
  many never came at all (not even for the PDS).

Rates are percentages with one decimal, rounded half up; a rate over nothing is ``None``
(shown as "—"), never 0 %.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from dealerdesk.domain.care_rules import CareRules
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP

# The care rules' defaults (Settings may change them): days, as the daily status counts them.
INTERVAL_DAYS = CareRules().interval_days
FIRST_SERVICE_MISSED_DAYS = CareRules().first_service_missed_days  # 首保流失: none by then after the sale
LOST_MONTHS = 24
OUTLET_SALES_MONTHS = 12


class FrequencyClass(enum.StrEnum):
    """Visits in a year (入库频次): A at least 4, B 2-3, C 1, D none."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


FREQUENCY_LABELS: dict[FrequencyClass, str] = {
    FrequencyClass.A: QT_TRANSLATE_NOOP("Messages", "A: 4 or more visits a year"),
    FrequencyClass.B: QT_TRANSLATE_NOOP("Messages", "B: 2-3 visits a year"),
    FrequencyClass.C: QT_TRANSLATE_NOOP("Messages", "C: 1 visit a year"),
    FrequencyClass.D: QT_TRANSLATE_NOOP("Messages", "D: no visit in a year"),
}


def frequency_class(visits_in_year: int) -> FrequencyClass:
    if visits_in_year >= 4:
        return FrequencyClass.A
    if visits_in_year >= 2:
        return FrequencyClass.B
    if visits_in_year == 1:
        return FrequencyClass.C
    return FrequencyClass.D


def class_visit_range(cls: FrequencyClass) -> tuple[int, int | None]:
    """The visits in a year a class spans, ``(least, most)``; ``None``: no upper bound."""
    return {
        FrequencyClass.A: (4, None),
        FrequencyClass.B: (2, 3),
        FrequencyClass.C: (1, 1),
        FrequencyClass.D: (0, 0),
    }[cls]


# --- dates --------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _days_in(year, month)))


def _days_in(year: int, month: int) -> int:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return (nxt - date(year, month, 1)).days


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, _days_in(self.year, self.month))

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"

    def shifted(self, months: int) -> Month:
        d = add_months(self.first, months)
        return Month(d.year, d.month)

    @staticmethod
    def of(day: date) -> Month:
        return Month(day.year, day.month)


@dataclass(frozen=True)
class Window:
    """Inclusive China-time days."""

    first: date
    last: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def due_window(month: Month, interval_days: int = INTERVAL_DAYS) -> Window:
    """Last maintenance visits that make a vehicle due in ``month``: one interval before its days."""
    gap = timedelta(days=interval_days)
    return Window(month.first - gap, month.last - gap)


def first_service_deadline(sale: date, missed_days: int = FIRST_SERVICE_MISSED_DAYS) -> date:
    """The last day a first service counts."""
    return sale + timedelta(days=missed_days)


def first_service_cohort(month: Month, missed_days: int = FIRST_SERVICE_MISSED_DAYS) -> Window:
    """Sale days whose first-service deadline falls in ``month``."""
    gap = timedelta(days=missed_days)
    return Window(month.first - gap, month.last - gap)


def months_back(month: Month, months: int, back: int = 0) -> list[Month]:
    """The ``months`` calendar months ending ``back`` months before ``month`` (``month`` itself when 0)."""
    end = month.shifted(-back)
    return [end.shifted(-i) for i in range(months - 1, -1, -1)]


def span(months: list[Month]) -> Window:
    return Window(months[0].first, months[-1].last)


def retention_windows(month: Month) -> tuple[Window, Window]:
    """(seen in, seen again in): the 12 months before the last 12, and the last 12."""
    return span(months_back(month, 12, back=12)), span(months_back(month, 12))


def lost_windows(month: Month) -> tuple[Window, Window]:
    """(seen in, not seen since in): the 12 months before the last 24, and the last 24."""
    return span(months_back(month, 12, back=LOST_MONTHS)), span(months_back(month, LOST_MONTHS))


def outlet_sales_window(month: Month) -> Window:
    return span(months_back(month, OUTLET_SALES_MONTHS))


# --- rates and rows ------------------------------------------------------------------------------

_TENTH = Decimal("0.1")


def percent(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` in percent, one decimal, half up; ``None`` when there is no whole."""
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_TENTH, rounding=ROUND_HALF_UP)


def percent_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value} %"


@dataclass(frozen=True)
class Ratio:
    """A figure with what it was counted from, so a reader can check it: ``part`` of ``whole``."""

    part: int
    whole: int

    @property
    def pct(self) -> Decimal | None:
        return percent(self.part, self.whole)

    @property
    def text(self) -> str:
        return f"{percent_text(self.pct)} ({self.part}/{self.whole})"


@dataclass(frozen=True)
class OutletRow:
    outlet: str  # the outlet's name; "": the own showroom's new-car sales
    sold: int
    came_back: int  # at least one paid (customer-pays) visit after the sale
    never_came: int  # no visit at all, not even the PDS
    paid_fen: int  # what the cars that came back paid, in fen

    @property
    def never_paid(self) -> int:
        return self.sold - self.came_back

    @property
    def came_back_pct(self) -> Decimal | None:
        return percent(self.came_back, self.sold)

    @property
    def never_paid_pct(self) -> Decimal | None:
        return percent(self.never_paid, self.sold)


def outlet_total(rows: list[OutletRow], label: str) -> OutletRow:
    return OutletRow(
        label,
        sum(r.sold for r in rows),
        sum(r.came_back for r in rows),
        sum(r.never_came for r in rows),
        sum(r.paid_fen for r in rows),
    )


@dataclass(frozen=True)
class CallerRow:
    """One customer-care person's calls in the month."""

    name: str
    made: int
    connected: int

    @property
    def connected_pct(self) -> Decimal | None:
        return percent(self.connected, self.made)


@dataclass(frozen=True)
class MonthRates:
    """The rates of one month, as the trend chart plots them."""

    month: Month
    maintenance_return: Ratio
    first_service: Ratio
    retention: Ratio
    lost: Ratio


@dataclass(frozen=True)
class TrendPoint:
    """One month of the chart: its visits called in and walked in, and the rates the calls move."""

    month: Month
    visits: int
    called_in: int
    maintenance_return: Ratio
    first_service: Ratio

    @property
    def walk_in(self) -> int:
        return self.visits - self.called_in


@dataclass(frozen=True)
class CareFigures:
    month: Month
    rates: MonthRates
    visits: int
    called_in: int  # of ``visits``
    frequency: dict[FrequencyClass, int]  # vehicles by visits in the 12 months to the month's end
    callers: list[CallerRow]
    outlets: list[OutletRow]

    @property
    def walk_in(self) -> int:
        return self.visits - self.called_in


# --- the formulas, over the visits of a span of months -------------------------------------------


@dataclass(frozen=True)
class Visit:
    vehicle_id: int
    day: date  # China-time day of the check-in
    maintenance: bool  # periodic maintenance or first service
    paid: bool  # the customer pays, and it is not the new-car PDS
    pds: bool = False  # the new-car check before the sale: a visit for "never came", not for the rates


class History:
    """The visits of a span of months and the cars' sale days, indexed for the month's figures.

    The formulas below, one Python object per visit, say what each figure is; the service
    counts the same in SQL (tens of thousands of visits a month's figures look at), and a
    test checks that both agree on random histories. A month needs the 36 months before it.
    """

    def __init__(self, visits: Iterable[Visit], sales: Mapping[int, date]) -> None:
        self.sales = dict(sales)
        self.sales_by_day = sorted((day, vehicle) for vehicle, day in self.sales.items())
        self.by_month: dict[Month, Counter[int]] = defaultdict(Counter)
        self.maintenance_days: dict[int, list[date]] = defaultdict(list)
        self.maintenance_by_day: list[tuple[date, int]] = []
        self.days: dict[int, list[Visit]] = defaultdict(list)
        for v in visits:
            self.days[v.vehicle_id].append(v)
            if v.pds:
                continue
            self.by_month[Month.of(v.day)][v.vehicle_id] += 1
            if v.maintenance:
                self.maintenance_days[v.vehicle_id].append(v.day)
                self.maintenance_by_day.append((v.day, v.vehicle_id))
        for days in self.maintenance_days.values():
            days.sort()
        self.maintenance_by_day.sort()

    def seen(self, months: Iterable[Month]) -> set[int]:
        out: set[int] = set()
        for m in months:
            out.update(self.by_month.get(m, ()))
        return out

    def maintained(self, vehicle_id: int, window: Window) -> bool:
        days = self.maintenance_days.get(vehicle_id, [])
        i = bisect_left(days, window.first)
        return i < len(days) and days[i] <= window.last


def maintenance_return(h: History, month: Month, interval_days: int = INTERVAL_DAYS) -> Ratio:
    window = due_window(month, interval_days)
    lo = bisect_left(h.maintenance_by_day, (window.first, 0))
    hi = bisect_right(h.maintenance_by_day, (window.last, 1 << 62))
    candidates = {vehicle for _day, vehicle in h.maintenance_by_day[lo:hi]}
    # Due only when that was the last maintenance before the month.
    between = Window(window.last + timedelta(days=1), month.first - timedelta(days=1))
    due = [v for v in candidates if not h.maintained(v, between)]
    came = sum(1 for v in due if h.maintained(v, Window(month.first, month.last)))
    return Ratio(came, len(due))


def first_service(h: History, month: Month, missed_days: int = FIRST_SERVICE_MISSED_DAYS) -> Ratio:
    cohort = first_service_cohort(month, missed_days)
    lo = bisect_left(h.sales_by_day, (cohort.first, 0))
    hi = bisect_right(h.sales_by_day, (cohort.last, 1 << 62))
    sold = h.sales_by_day[lo:hi]
    done = sum(1 for day, v in sold if h.maintained(v, Window(day, first_service_deadline(day, missed_days))))
    return Ratio(done, len(sold))


def retention(h: History, month: Month) -> Ratio:
    seen = h.seen(months_back(month, 12, back=12))
    again = h.seen(months_back(month, 12))
    return Ratio(len(seen & again), len(seen))


def lost(h: History, month: Month) -> Ratio:
    seen = h.seen(months_back(month, 12, back=LOST_MONTHS))
    since = h.seen(months_back(month, LOST_MONTHS))
    return Ratio(len(seen - since), len(seen))


def month_rates(
    h: History, month: Month, interval_days: int = INTERVAL_DAYS, missed_days: int = FIRST_SERVICE_MISSED_DAYS
) -> MonthRates:
    return MonthRates(
        month,
        maintenance_return(h, month, interval_days),
        first_service(h, month, missed_days),
        retention(h, month),
        lost(h, month),
    )


def frequency_counts(h: History, month: Month) -> dict[FrequencyClass, int]:
    """The customer base at the month's end (a visit or a sale in the last 24 months) by visits in its
    last 12 months; class D are the cars of the base without a visit in them."""
    year: Counter[int] = Counter()
    for m in months_back(month, 12):
        year.update(h.by_month.get(m, Counter()))
    base = h.seen(months_back(month, LOST_MONTHS))
    base_window = span(months_back(month, LOST_MONTHS))
    lo = bisect_left(h.sales_by_day, (base_window.first, 0))
    hi = bisect_right(h.sales_by_day, (base_window.last, 1 << 62))
    base.update(v for _day, v in h.sales_by_day[lo:hi])
    out = dict.fromkeys(FrequencyClass, 0)
    for vehicle in base:
        out[frequency_class(year.get(vehicle, 0))] += 1
    return out


@dataclass(frozen=True)
class Sold:
    vehicle_id: int
    outlet: str  # the row it counts in ("": own new-car sales)
    day: date


def outlet_rows(h: History, month: Month, sold: Iterable[Sold], paid_fen: Mapping[int, int]) -> list[OutletRow]:
    """Per outlet: the cars sold in the 12 months to the month's end, what became of them by its end.

    ``paid_fen``: what each car's paid visits to the month's end came to.
    """
    rows: dict[str, list[int]] = {}
    for car in sold:
        visits = [v for v in h.days.get(car.vehicle_id, []) if v.day <= month.last]
        came_back = any(v.paid for v in visits)  # paid work comes after the sale (the PDS is not paid)
        row = rows.setdefault(car.outlet, [0, 0, 0, 0])
        row[0] += 1
        row[1] += came_back
        row[2] += not visits
        row[3] += paid_fen.get(car.vehicle_id, 0) if came_back else 0
    return [OutletRow(name, *values) for name, values in rows.items()]


def count_called_in(
    visits: Iterable[tuple[int, date]],
    connected: Mapping[int, list[date]],
    is_called_in: Callable[[date, list[date]], bool],
) -> int:
    return sum(1 for vehicle, day in visits if is_called_in(day, connected.get(vehicle, [])))
