"""Customer care rules (客户关怀): when each car is due, its status, and why it is on the call list.

The source document's first complaint is customers who never come back; the desk works from
each car's own history:

* **Due** — the first service (首保) counts from the sale (the warranty start) and is due at
  ``first_service_days`` or ``first_service_km``, whichever comes first; after it, the periodic
  maintenance is due ``interval_days`` or ``interval_km`` after the last maintenance visit. The
  km side uses the car's own km per day from its odometer readings (the sale counts as 0 km),
  or the default for its model when it has too few readings. Never before the day it counts
  from: a history that does not follow the sale (readings before the sale day, or already past
  the km) makes the first service due on the sale day, not before it, and not overdue before
  the day after it.
* **Status** — a status begins the day *after* its threshold: a car sold 365 days ago with no
  first service yet still has its chance that day; on day 366 its first service is missed
  (首保流失). Likewise lapsing (基础流失) after ``lapsing_days`` without a visit and lost
  (流失) after ``lost_days``. Stronger first: lost, first service missed, lapsing, overdue,
  due soon, active.
* **Called in** (招揽入库) — an order opened within ``called_in_days`` days after a connected
  call (the call's day is day 0, day 30 still counts) was brought by the call; otherwise the
  customer walked in.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from dealerdesk.domain.care_calls import CallOutcome
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem

# Readings closer together than this say little about how far a car is driven.
MIN_SPAN_DAYS = 30
# Above this the readings are typing errors, not driving: the model's default is used instead.
MAX_KM_PER_DAY = 1000


@dataclass(frozen=True)
class CareRules:
    first_service_days: int = 180
    first_service_km: int = 5000
    interval_days: int = 180
    interval_km: int = 10000
    due_soon_days: int = 30
    due_soon_km: int = 1000
    first_service_missed_days: int = 365
    lapsing_days: int = 365
    lost_days: int = 730
    default_km_per_day: int = 40
    # A model's default km per day, by the start of its name (the longest matching key wins).
    model_km_per_day: Mapping[str, int] = field(default_factory=dict)
    called_in_days: int = 30


class CareStatusCode(enum.StrEnum):
    ACTIVE = "active"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    FIRST_SERVICE_MISSED = "first_service_missed"
    LAPSING = "lapsing"
    LOST = "lost"


STATUS_LABELS: dict[CareStatusCode, str] = {
    CareStatusCode.ACTIVE: QT_TRANSLATE_NOOP("Messages", "Active"),
    CareStatusCode.DUE_SOON: QT_TRANSLATE_NOOP("Messages", "Due soon"),
    CareStatusCode.OVERDUE: QT_TRANSLATE_NOOP("Messages", "Overdue"),
    CareStatusCode.FIRST_SERVICE_MISSED: QT_TRANSLATE_NOOP("Messages", "First service missed"),
    CareStatusCode.LAPSING: QT_TRANSLATE_NOOP("Messages", "Lapsing"),
    CareStatusCode.LOST: QT_TRANSLATE_NOOP("Messages", "Lost customer"),
}


class DueKind(enum.StrEnum):
    FIRST_SERVICE = "first_service"
    PERIODIC = "periodic"


DUE_KIND_LABELS: dict[DueKind, str] = {
    DueKind.FIRST_SERVICE: QT_TRANSLATE_NOOP("Messages", "First service"),
    DueKind.PERIODIC: QT_TRANSLATE_NOOP("Messages", "Periodic maintenance"),
}


class CallReason(enum.StrEnum):
    """Why a car is on the call list; one customer's row gathers the reasons of all their cars."""

    CALL_BACK = "call_back"  # a call asked to call again on this day
    PROMISE_BROKEN = "promise_broken"  # promised a visit that has not happened
    FIRST_SERVICE_MISSED = "first_service_missed"
    FIRST_SERVICE_OVERDUE = "first_service_overdue"
    MAINTENANCE_OVERDUE = "maintenance_overdue"
    FIRST_SERVICE_DUE = "first_service_due"
    MAINTENANCE_DUE = "maintenance_due"
    LAPSING = "lapsing"
    LOST = "lost"


# Higher: called first. A promise or a call-back was agreed with the customer, so it comes first;
# lost customers last (the least likely to come back).
REASON_WEIGHTS: dict[CallReason, int] = {
    CallReason.CALL_BACK: 9,
    CallReason.PROMISE_BROKEN: 8,
    CallReason.FIRST_SERVICE_MISSED: 7,
    CallReason.FIRST_SERVICE_OVERDUE: 6,
    CallReason.MAINTENANCE_OVERDUE: 5,
    CallReason.FIRST_SERVICE_DUE: 4,
    CallReason.MAINTENANCE_DUE: 3,
    CallReason.LAPSING: 2,
    CallReason.LOST: 1,
}

REASON_LABELS: dict[CallReason, str] = {
    CallReason.CALL_BACK: QT_TRANSLATE_NOOP("Messages", "Call back today"),
    CallReason.PROMISE_BROKEN: QT_TRANSLATE_NOOP("Messages", "Promised visit not made"),
    CallReason.FIRST_SERVICE_MISSED: QT_TRANSLATE_NOOP("Messages", "First service missed"),
    CallReason.FIRST_SERVICE_OVERDUE: QT_TRANSLATE_NOOP("Messages", "First service overdue"),
    CallReason.MAINTENANCE_OVERDUE: QT_TRANSLATE_NOOP("Messages", "Maintenance overdue"),
    CallReason.FIRST_SERVICE_DUE: QT_TRANSLATE_NOOP("Messages", "First service due"),
    CallReason.MAINTENANCE_DUE: QT_TRANSLATE_NOOP("Messages", "Maintenance due"),
    CallReason.LAPSING: QT_TRANSLATE_NOOP("Messages", "Lapsing: no visit for a year"),
    CallReason.LOST: QT_TRANSLATE_NOOP("Messages", "Lost: no visit for two years"),
}

# The call list's column: short enough for a customer's reasons side by side at 1366x768 (125 %); the
# words that tell the reasons apart (missed, overdue, due) are kept. The full labels are its tooltip.
REASON_SHORT_LABELS: dict[CallReason, str] = {
    CallReason.CALL_BACK: QT_TRANSLATE_NOOP("Messages", "Call back"),
    CallReason.PROMISE_BROKEN: QT_TRANSLATE_NOOP("Messages", "No-show"),
    CallReason.FIRST_SERVICE_MISSED: QT_TRANSLATE_NOOP("Messages", "1st svc missed"),
    CallReason.FIRST_SERVICE_OVERDUE: QT_TRANSLATE_NOOP("Messages", "1st svc overdue"),
    CallReason.MAINTENANCE_OVERDUE: QT_TRANSLATE_NOOP("Messages", "Maint. overdue"),
    CallReason.FIRST_SERVICE_DUE: QT_TRANSLATE_NOOP("Messages", "1st svc due"),
    CallReason.MAINTENANCE_DUE: QT_TRANSLATE_NOOP("Messages", "Maint. due"),
    CallReason.LAPSING: QT_TRANSLATE_NOOP("Messages", "Lapsing"),
    CallReason.LOST: QT_TRANSLATE_NOOP("Messages", "Lost customer"),
}


class Visit(NamedTuple):  # tuples: 150k of them are made each day
    """One workshop visit (入库): the day its order was opened, the odometer then, maintenance or not."""

    day: date
    km: int | None
    maintenance: bool  # a first service or a periodic maintenance


class Due(NamedTuple):
    kind: DueKind
    by_time: date
    by_km: int  # the odometer reading at which it is due
    km_day: date  # the day the car is predicted to reach by_km, never before ``since``
    on: date  # the earlier of the two
    since: date  # the day the count starts from: the sale or the last maintenance (or the first visit)


class CarCare(NamedTuple):
    """A car's due prediction and status on one day."""

    status: CareStatusCode
    due: Due | None
    est_km: int | None  # the odometer predicted for the day
    km_per_day: float
    km_per_day_own: bool  # from its own readings, not the model's default
    last_visit: date | None


def default_km_per_day(model: str, rules: CareRules) -> float:
    keys = sorted((k for k in rules.model_km_per_day if k and model.startswith(k)), key=len, reverse=True)
    return float(rules.model_km_per_day[keys[0]] if keys else rules.default_km_per_day)


def km_per_day(readings: Iterable[tuple[date, int]], sale_on: date | None) -> float | None:
    """The car's own km per day from its first to its last reading (the sale being 0 km), or None.

    None when the readings span fewer than MIN_SPAN_DAYS days, do not rise, or rise faster than
    any car is driven (a reading typed wrong).
    """
    points = sorted(readings)
    if sale_on is not None and (not points or sale_on < points[0][0]):
        points.insert(0, (sale_on, 0))
    if len(points) < 2:
        return None
    (first_day, first_km), (last_day, last_km) = points[0], points[-1]
    span = (last_day - first_day).days
    if span < MIN_SPAN_DAYS or last_km <= first_km:
        return None
    rate = (last_km - first_km) / span
    return rate if rate <= MAX_KM_PER_DAY else None


def _day_reaching(km: int, from_day: date, from_km: int, rate: float) -> date:
    """The first day the odometer reads at least ``km``, driving ``rate`` km a day from a reading."""
    return from_day + timedelta(days=math.ceil((km - from_km) / rate))


def predict(
    visits: Sequence[Visit],
    sale_on: date | None,
    model: str,
    today: date,
    rules: CareRules,
) -> CarCare:
    """The car's due and status on ``today`` from its visits (any order) and its sale day."""
    visits = sorted((v for v in visits if v.day <= today), key=lambda v: v.day)
    readings = [(v.day, v.km) for v in visits if v.km is not None]
    own = km_per_day(readings, sale_on)
    rate = own if own is not None else default_km_per_day(model, rules)
    # The latest known reading, from which today's odometer and the km-due day are predicted.
    anchor = max(readings) if readings else ((sale_on, 0) if sale_on is not None else None)
    est_km = round(anchor[1] + rate * (today - anchor[0]).days) if anchor is not None else None

    since_sale = [v for v in visits if sale_on is None or v.day >= sale_on]
    last_maintenance = next((v for v in reversed(since_sale) if v.maintenance), None)
    due: Due | None = None
    if last_maintenance is not None:
        base_km = last_maintenance.km
        if base_km is None and anchor is not None:
            base_km = max(0, round(anchor[1] - rate * (anchor[0] - last_maintenance.day).days))
        due = _due(DueKind.PERIODIC, last_maintenance.day, base_km or 0, rules.interval_days, rules.interval_km)
    elif sale_on is not None:
        due = _due(DueKind.FIRST_SERVICE, sale_on, 0, rules.first_service_days, rules.first_service_km)
    elif visits:  # no sale day and no maintenance here yet: count from its first visit
        first = visits[0]
        due = _due(DueKind.PERIODIC, first.day, first.km or 0, rules.interval_days, rules.interval_km)
    if due is not None and anchor is not None:
        # A reading taken before the sale, or one already past the km, would put the day before the count's
        # start (a first service due before the car was sold): it is due on that day at the earliest.
        km_day = max(due.since, _day_reaching(due.by_km, anchor[0], anchor[1], rate))
        due = due._replace(km_day=km_day, on=min(due.by_time, km_day))

    last_visit = visits[-1].day if visits else None
    status = _status(today, sale_on, last_visit, last_maintenance is not None, due, est_km, rules)
    return CarCare(status, due, est_km, rate, own is not None, last_visit)


def _due(kind: DueKind, base_day: date, base_km: int, days: int, km: int) -> Due:
    by_time = base_day + timedelta(days=days)
    # Without a reading to drive from, only the time side is known.
    return Due(kind, by_time, base_km + km, by_time, by_time, base_day)


def _status(
    today: date,
    sale_on: date | None,
    last_visit: date | None,
    first_service_done: bool,
    due: Due | None,
    est_km: int | None,
    rules: CareRules,
) -> CareStatusCode:
    last_contact = last_visit or sale_on
    if last_contact is not None and (today - last_contact).days > rules.lost_days:
        return CareStatusCode.LOST
    if sale_on is not None and not first_service_done and (today - sale_on).days > rules.first_service_missed_days:
        return CareStatusCode.FIRST_SERVICE_MISSED
    if last_visit is not None and (today - last_visit).days > rules.lapsing_days:
        return CareStatusCode.LAPSING
    if due is None:
        return CareStatusCode.ACTIVE
    km_left = due.by_km - est_km if est_km is not None else None
    # Past the km counts only after the day the count starts: a car sold (or maintained) today whose
    # readings are already past the km is due today (its due day is held at that day), overdue tomorrow.
    if today > due.on or (km_left is not None and km_left < 0 and today > due.since):
        return CareStatusCode.OVERDUE
    if (due.on - today).days <= rules.due_soon_days or (km_left is not None and km_left <= rules.due_soon_km):
        return CareStatusCode.DUE_SOON
    return CareStatusCode.ACTIVE


class LastCall(NamedTuple):
    """The latest follow-up call about a car since its last visit."""

    day: date
    outcome: CallOutcome
    next_call_on: date | None
    promised_on: date | None


# Outcomes that take a car off the list until it visits again (or its record is fixed).
OFF_THE_LIST = frozenset(
    {CallOutcome.CAR_SOLD, CallOutcome.MOVED_AWAY, CallOutcome.WRONG_NUMBER, CallOutcome.EMPTY_NUMBER}
)


def call_reasons(care: CarCare, last_call: LastCall | None, today: date) -> list[CallReason]:
    """Why the car is to be called today; empty: not today.

    A call's next-call day holds the car back until then, whatever its status; a promised visit
    that did not happen brings it back the day after the promise.
    """
    if last_call is not None:
        if last_call.day >= today or last_call.outcome in OFF_THE_LIST:
            return []  # called today already (tomorrow's list decides), or nobody to call
        if last_call.next_call_on is not None and last_call.next_call_on > today:
            return []
        if last_call.promised_on is not None and last_call.promised_on >= today:
            return []  # the customer is coming: no call before the promised day has passed
    reasons: list[CallReason] = []
    if last_call is not None:
        if last_call.promised_on is not None and last_call.promised_on < today:
            reasons.append(CallReason.PROMISE_BROKEN)
        elif last_call.next_call_on is not None:
            reasons.append(CallReason.CALL_BACK)
    first = care.due is not None and care.due.kind is DueKind.FIRST_SERVICE
    match care.status:
        case CareStatusCode.LOST:
            reasons.append(CallReason.LOST)
        case CareStatusCode.FIRST_SERVICE_MISSED:
            reasons.append(CallReason.FIRST_SERVICE_MISSED)
        case CareStatusCode.LAPSING:
            reasons.append(CallReason.LAPSING)
        case CareStatusCode.OVERDUE:
            reasons.append(CallReason.FIRST_SERVICE_OVERDUE if first else CallReason.MAINTENANCE_OVERDUE)
        case CareStatusCode.DUE_SOON:
            reasons.append(CallReason.FIRST_SERVICE_DUE if first else CallReason.MAINTENANCE_DUE)
    return sorted(reasons, key=lambda r: -REASON_WEIGHTS[r])


def priority(reasons: Sequence[CallReason], care: CarCare, today: date) -> int:
    """Rank on the list: the strongest reason first, then the longest overdue, then more reasons."""
    if not reasons:
        return 0
    top = max(REASON_WEIGHTS[r] for r in reasons)
    late = 0
    if care.due is not None:
        late = max(0, (today - care.due.on).days)
    elif care.last_visit is not None:
        late = (today - care.last_visit).days
    return top * 100_000 + min(late, 9_999) * 10 + min(len(reasons), 9)


# What the next call day defaults to after each outcome (the person may change it); None: no next call.
NEXT_CALL_AFTER_DAYS: dict[CallOutcome, int | None] = {
    CallOutcome.WILL_COME: None,  # the promised day decides: the car is back the day after it
    CallOutcome.NOT_DUE_KM: 30,
    CallOutcome.OTHER_SHOP: 180,
    CallOutcome.CAR_SOLD: None,
    CallOutcome.MOVED_AWAY: None,
    CallOutcome.NOT_INTERESTED: 180,
    CallOutcome.CALL_LATER: 3,
    CallOutcome.NO_ANSWER: 1,
    CallOutcome.BUSY: 1,
    CallOutcome.SWITCHED_OFF: 1,
    CallOutcome.WRONG_NUMBER: None,
    CallOutcome.EMPTY_NUMBER: None,
}


# Reached, but no visit agreed: without a next call day the car would be back on tomorrow's list.
NEXT_CALL_NEEDED = frozenset(
    {CallOutcome.NOT_DUE_KM, CallOutcome.OTHER_SHOP, CallOutcome.NOT_INTERESTED, CallOutcome.CALL_LATER}
)


def default_next_call(outcome: CallOutcome, today: date) -> date | None:
    days = NEXT_CALL_AFTER_DAYS[outcome]
    return today + timedelta(days=days) if days is not None else None


def check_call(
    outcome: CallOutcome,
    today: date,
    promised_on: date | None,
    next_call_on: date | None,
    other_shop: str,
) -> list[Problem]:
    """What a call record needs: a promised day for "will come", the shop for "uses another shop"."""
    problems: list[Problem] = []
    if outcome is CallOutcome.WILL_COME:
        if promised_on is None:
            problems.append(
                Problem("promised_on", QT_TRANSLATE_NOOP("Messages", "Enter the day the customer will come."))
            )
        elif promised_on < today:
            problems.append(
                Problem("promised_on", QT_TRANSLATE_NOOP("Messages", "The promised visit cannot be in the past."))
            )
    if outcome is CallOutcome.OTHER_SHOP and not other_shop.strip():
        problems.append(
            Problem("other_shop", QT_TRANSLATE_NOOP("Messages", "Enter which shop the car goes to instead."))
        )
    if next_call_on is None and outcome in NEXT_CALL_NEEDED:
        problems.append(Problem("next_call_on", QT_TRANSLATE_NOOP("Messages", "Enter the day of the next call.")))
    if next_call_on is not None and next_call_on <= today:
        problems.append(
            Problem("next_call_on", QT_TRANSLATE_NOOP("Messages", "The next call is on a later day than today."))
        )
    return problems


def called_in(order_day: date, connected_call_days: Iterable[date], rules: CareRules) -> date | None:
    """The day of the connected call that brought this order (招揽入库), or None: a walk-in.

    The latest connected call on or before the order's day, at most ``called_in_days`` days before.
    """
    earlier = [d for d in connected_call_days if d <= order_day]
    if not earlier:
        return None
    last = max(earlier)
    return last if (order_day - last).days <= rules.called_in_days else None


def check_rules(rules: CareRules) -> list[Problem]:
    """Settings that make sense: positive intervals, lapsing before lost."""
    problems: list[Problem] = []
    positive = (
        rules.first_service_days,
        rules.first_service_km,
        rules.interval_days,
        rules.interval_km,
        rules.first_service_missed_days,
        rules.lapsing_days,
        rules.default_km_per_day,
        rules.called_in_days,
        *rules.model_km_per_day.values(),
    )
    if any(v <= 0 for v in positive) or rules.due_soon_days < 0 or rules.due_soon_km < 0:
        problems.append(
            Problem("care_rules", QT_TRANSLATE_NOOP("Messages", "Care intervals and thresholds are above zero."))
        )
    if rules.lost_days <= rules.lapsing_days:
        problems.append(
            Problem(
                "care_lost_days",
                QT_TRANSLATE_NOOP("Messages", "A customer is lost later than lapsing: more days for lost."),
            )
        )
    return problems


def parse_model_km(text: str) -> tuple[dict[str, int], list[Problem]]:
    """ "Passat = 60" a line (or "Passat 60"): a model's km per day by the start of its name."""
    found: dict[str, int] = {}
    problems: list[Problem] = []
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        model, _sep, km = line.replace("=", " ").replace("：", " ").replace(":", " ").rpartition(" ")
        if not model.strip() or not km.strip().isdigit() or not 0 < int(km) <= MAX_KM_PER_DAY:
            problems.append(
                Problem(
                    "care_model_km_per_day",
                    QT_TRANSLATE_NOOP("Messages", "Line {line}: a model, then its km a day (1 to {most})."),
                    {"line": n, "most": MAX_KM_PER_DAY},
                )
            )
            continue
        found[model.strip()] = int(km)
    return found, problems


def model_km_text(model_km: Mapping[str, int]) -> str:
    return "\n".join(f"{model} = {km}" for model, km in model_km.items())
