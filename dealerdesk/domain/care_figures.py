"""The customer care desk's monthly figures: what each one counts, and the windows it counts in.

A visit (入库) is a work order for a vehicle that was opened (not a draft, not cancelled),
dated by its check-in, in China time. The month is a calendar month of China-time days.

- Planned-maintenance return rate (定期保养入库率): of the vehicles whose periodic maintenance
  fell due in the month (their last maintenance visit before the month, plus the interval,
  lands in the month), the share that came in for maintenance during the month.
- First-service rate (首保率): of the cars sold in the month a year before (their first-service
  deadline, 12 months after the sale, ends in this month), the share that had a maintenance
  visit by the deadline; the others are first services missed (首保流失).
- Retention: of the vehicles seen in the 12 months before the last 12, the share seen again
  in the last 12 months (to the month's end).
- Lost rate (流失率): of the vehicles seen in the 12 months before the last 24, the share not
  seen since: more than 24 months without a visit is a lost customer (流失客户).
- Called-in (招揽入库) vs walk-in: the month's visits, called in when a connected follow-up call
  came in the 30 days before the check-in.
- Per outlet (二级网点), the source document's own table: of the cars an outlet sold in the 12
  months to the month's end, how many came back for paid work, how many never did, and how
  many never came at all (not even for the PDS).

Rates are percentages with one decimal, rounded half up; a rate over nothing is ``None``
(shown as "—"), never 0 %.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP

MAINTENANCE_INTERVAL_MONTHS = 6  # until the care settings say otherwise
FIRST_SERVICE_MONTHS = 12  # 首保流失: no maintenance visit by 12 months after the sale
LAPSING_MONTHS = 12
LOST_MONTHS = 24
OUTLET_SALES_MONTHS = 12
CALLED_IN_DAYS = 30


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


def due_window(month: Month, interval_months: int = MAINTENANCE_INTERVAL_MONTHS) -> Window:
    """Last maintenance visits that make a vehicle due in ``month``: those of the month one interval before."""
    before = month.shifted(-interval_months)
    return Window(before.first, before.last)


def first_service_cohort(month: Month) -> Window:
    """Sale days whose first-service deadline ends in ``month``: the same month a year before."""
    sold = month.shifted(-FIRST_SERVICE_MONTHS)
    return Window(sold.first, sold.last)


def first_service_deadline(sale: date) -> date:
    """The last day a first service counts: 12 months after the sale, the sale's own date excluded."""
    return add_months(sale, FIRST_SERVICE_MONTHS)


def last_months(month: Month, months: int, back: int = 0) -> Window:
    """The ``months`` calendar months ending ``back`` months before ``month`` (inclusive of it when 0)."""
    end = month.shifted(-back)
    return Window(end.shifted(-(months - 1)).first, end.last)


def retention_windows(month: Month) -> tuple[Window, Window]:
    """(seen in, seen again in): the 12 months before the last 12, and the last 12."""
    return last_months(month, LAPSING_MONTHS, back=LAPSING_MONTHS), last_months(month, LAPSING_MONTHS)


def lost_windows(month: Month) -> tuple[Window, Window]:
    """(seen in, not seen since in): the 12 months before the last 24, and the last 24."""
    return last_months(month, 12, back=LOST_MONTHS), last_months(month, LOST_MONTHS)


def outlet_sales_window(month: Month) -> Window:
    return last_months(month, OUTLET_SALES_MONTHS)


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
    outlet: str  # the outlet's name; the own showroom and walk-ins have their own rows
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
class CareFigures:
    month: Month
    rates: MonthRates
    visits: int
    called_in: int  # of ``visits``
    frequency: dict[FrequencyClass, int]  # vehicles by visits in the 12 months to the month's end
    callers: list[CallerRow]
    outlets: list[OutletRow]
    trend: list[MonthRates]  # the 12 months to this one, oldest first

    @property
    def walk_in(self) -> int:
        return self.visits - self.called_in
