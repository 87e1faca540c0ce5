"""Each vehicle's care status of the day, and the day's call list dealt to the customer-care users.

Recomputed once a day, by the first workstation that opens the call list (or ``refresh_status``
from a scheduled task): every vehicle's visits and odometer readings are replayed through
domain/care_rules.py and stored in ``care_status``, so that the call list and the segments read
60k vehicles without replaying their history. The day's list is fixed at that moment: calls made
during the day do not reshuffle anyone's list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import CareCall, CareDataFix, CareStatus, CareStatusDay, User, UserRole, Vehicle, WorkOrder
from dealerdesk.db.sql_functions import day_at_offset
from dealerdesk.domain import care_rules as rules
from dealerdesk.domain.care_calls import FIX_FOR_OUTCOME, CallOutcome
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.services.settings import DealerSettings, care_rules, get_settings

CARE_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN)
_MAINTENANCE = (ServiceCategory.FIRST_SERVICE.value, ServiceCategory.PERIODIC_MAINTENANCE.value)
# Not visits: a draft never came in, a cancelled order was not worked on, PDS is before the sale.
_NOT_VISITS = (OrderStatus.DRAFT.value, OrderStatus.CANCELLED.value)


@dataclass(frozen=True)
class Refreshed:
    day: date
    vehicles: int
    listed: int  # customers on the day's list
    done_now: bool  # False: another workstation had already done it today


CHINA_HOURS = 8  # CHINA_TIME's offset, for the database's own day arithmetic


def local_day(moment: datetime) -> date:
    return moment.astimezone(CHINA_TIME).date()


def visit_time() -> ColumnElement[datetime]:
    """When the visit began: the order's opening (a draft turned order may lack the check-in)."""
    return func.coalesce(WorkOrder.opened_at, WorkOrder.checked_in_at, WorkOrder.created_at)


def is_visit_filter() -> list[ColumnElement[bool]]:
    """An order that is a visit (入库): the car came in and was worked on."""
    return [
        WorkOrder.vehicle_id.is_not(None),
        WorkOrder.status.not_in(_NOT_VISITS),
        func.coalesce(WorkOrder.category, "") != ServiceCategory.PDS.value,
    ]


def _visits(s: Session) -> dict[int, list[rules.Visit]]:
    """Every car's visits (predict sorts them); the China-time day is computed by the database (60k cars)."""
    by_vehicle: dict[int, list[rules.Visit]] = defaultdict(list)
    day = day_at_offset(visit_time(), CHINA_HOURS)
    rows = (
        s.connection()
        .execute(select(WorkOrder.vehicle_id, day, WorkOrder.mileage_in, WorkOrder.category).where(*is_visit_filter()))
        .all()
    )
    for vehicle_id, visit_day, km, category in rows:
        assert vehicle_id is not None  # is_visit_filter
        by_vehicle[vehicle_id].append(rules.Visit(date.fromisoformat(visit_day), km, category in _MAINTENANCE))
    return by_vehicle


@dataclass(frozen=True)
class _Latest:
    call: rules.LastCall
    by_id: int


def _latest_calls(s: Session) -> dict[int, _Latest]:
    """Each vehicle's latest call; a wrong-number or car-sold call whose record was fixed no longer counts."""
    latest_ids = select(func.max(CareCall.id)).group_by(CareCall.vehicle_id)
    rows = s.execute(
        select(
            CareCall.id,
            CareCall.vehicle_id,
            CareCall.called_at,
            CareCall.outcome,
            CareCall.next_call_on,
            CareCall.promised_on,
            CareCall.called_by_id,
        ).where(CareCall.id.in_(latest_ids))
    ).all()
    # A fix resolved after the call that raised it (or a later one like it) clears that call.
    fixed = dict(
        s.execute(
            select(CareDataFix.vehicle_id, func.max(CareDataFix.resolved_at))
            .where(CareDataFix.resolved_at.is_not(None))
            .group_by(CareDataFix.vehicle_id)
        ).all()
    )
    latest = {}
    for r in rows:
        outcome = CallOutcome(r.outcome)
        resolved = fixed.get(r.vehicle_id)
        if outcome in FIX_FOR_OUTCOME and resolved is not None and resolved >= r.called_at:
            continue
        latest[r.vehicle_id] = _Latest(
            rules.LastCall(local_day(r.called_at), outcome, r.next_call_on, r.promised_on), r.called_by_id
        )
    return latest


def care_user_ids(s: Session) -> list[int]:
    """The active customer-care users, the people the day's list is dealt to."""
    return list(
        s.scalars(
            select(User.id)
            .join(UserRole, UserRole.user_id == User.id)
            .where(User.is_active.is_(True), UserRole.role == Role.CUSTOMER_CARE.value)
            .order_by(User.id)
        )
    )


Progress = Callable[[int, int], None]  # (cars done, cars in all): the page's progress bar

PROGRESS_EVERY = 2000  # cars between two progress calls: often enough for a smooth bar, cheap


def compute(
    s: Session, today: date, settings: DealerSettings, progress: Progress | None = None
) -> tuple[list[dict[str, object]], int]:
    """Every vehicle's status row for ``today`` with the day's list dealt; and how many customers are listed."""
    care = care_rules(settings)
    cars = s.execute(select(Vehicle.id, Vehicle.owner_id, Vehicle.model, Vehicle.warranty_start)).all()
    if progress is not None:
        progress(0, len(cars))
    visits = _visits(s)
    latest = _latest_calls(s)
    rows: list[dict[str, object]] = []
    # customer key (the owner; a car without an owner stands alone) -> its listed rows
    customers: dict[int, list[dict[str, object]]] = defaultdict(list)
    callers: dict[int, int] = {}
    for done, (vehicle_id, owner_id, model, sale_on) in enumerate(cars, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(cars))
        car_visits = visits.get(vehicle_id, [])
        car = rules.predict(car_visits, sale_on, model or "", today, care)
        last = latest.get(vehicle_id)
        last_call = (
            last.call if last is not None and (car.last_visit is None or last.call.day > car.last_visit) else None
        )
        reasons = rules.call_reasons(car, last_call, today)
        row: dict[str, object] = {
            "vehicle_id": vehicle_id,
            "customer_id": owner_id,
            "status": car.status.value,
            "due_kind": car.due.kind.value if car.due else None,
            "due_on": car.due.on if car.due else None,
            "due_km": car.due.by_km if car.due else None,
            "est_km": car.est_km,
            "km_per_day_x10": round(car.km_per_day * 10),
            "km_per_day_own": car.km_per_day_own,
            "sale_on": sale_on,
            "last_visit_on": car.last_visit,
            "visits_12m": sum(1 for v in car_visits if 0 <= (today - v.day).days < 365),
            "reasons": ",".join(reasons),
            "priority": rules.priority(reasons, car, today),
            "listed_on": None,
            "assigned_to_id": None,
            "computed_on": today,
        }
        rows.append(row)
        if reasons:
            key = owner_id if owner_id is not None else -vehicle_id
            customers[key].append(row)
            if (
                last is not None
                and last_call is not None
                and {
                    rules.CallReason.CALL_BACK,
                    rules.CallReason.PROMISE_BROKEN,
                }.intersection(reasons)
            ):
                callers[key] = last.by_id
    if progress is not None:
        progress(len(cars), len(cars))
    listed = _deal(customers, callers, care_user_ids(s), settings.care_calls_per_day, today)
    return rows, listed


def _deal(
    customers: dict[int, list[dict[str, object]]],
    callers: dict[int, int],
    users: list[int],
    per_day: int,
    today: date,
) -> int:
    """Put the best-ranked customers on the day's list, ``per_day`` each, evenly among ``users``.

    A call-back or a broken promise goes to the person who made that call when they are still
    on the desk; the others are dealt in rank order to whoever has the fewest so far. Without
    any customer-care user the list is kept unassigned (the manager sees it).
    """

    def rank(key: int) -> tuple[int, int, int]:
        group = customers[key]
        return (-max(int(r["priority"]) for r in group), -len(group), key)  # type: ignore[call-overload]

    ordered = sorted(customers, key=rank)[: per_day * max(1, len(users))]
    load = dict.fromkeys(users, 0)
    chosen: dict[int, int | None] = {}
    for key in ordered:
        caller = callers.get(key)
        if caller is not None and caller in load and load[caller] < per_day:
            chosen[key] = caller
            load[caller] += 1
    for key in ordered:
        if key in chosen:
            continue
        if users:
            fewest = min(users, key=lambda u: (load[u], users.index(u)))
            load[fewest] += 1
            chosen[key] = fewest
        else:
            chosen[key] = None
    for key, person in chosen.items():
        for row in customers[key]:
            row["listed_on"] = today
            row["assigned_to_id"] = person
    return len(chosen)


def refresh_status(
    db: Database,
    actor: Actor | None,
    today: date | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> Refreshed:
    """Recompute every vehicle's status and deal the day's list, unless done today (``force``: again).

    ``actor`` None: the system's scheduled task (``dealerdesk care-status``), before opening time.
    ``progress`` hears how many cars are done (seconds on a large base).
    """
    today = today or dealer_today()
    settings = get_settings(db)
    with db.read() as s:
        if actor is not None:
            current_actor(s, actor, *CARE_ROLES)
        done = s.get(CareStatusDay, today)
        if done is not None and not force:
            return Refreshed(today, done.vehicles, done.listed, False)
        rows, listed = compute(s, today, settings, progress)
    try:
        with db.write() as s:
            day_row = s.get(CareStatusDay, today)
            if day_row is not None and not force:  # another workstation finished first
                return Refreshed(today, day_row.vehicles, day_row.listed, False)
            s.execute(delete(CareStatus))
            if rows:  # Core's executemany: the ORM's bulk path took twice as long for 60k rows
                s.connection().execute(insert(CareStatus.__table__), rows)  # type: ignore[arg-type]
            if day_row is None:
                s.add(CareStatusDay(day=today, vehicles=len(rows), listed=listed))
            else:
                day_row.vehicles, day_row.listed = len(rows), listed
    except IntegrityError:  # two workstations inserted the same day at once: theirs stands
        with db.read() as s:
            theirs = s.get(CareStatusDay, today)
            assert theirs is not None
            return Refreshed(today, theirs.vehicles, theirs.listed, False)
    return Refreshed(today, len(rows), listed, True)


def is_fresh(db: Database, today: date | None = None) -> bool:
    """Whether today's status is computed (the page shows a wait cursor only when it is not)."""
    with db.read() as s:
        return s.get(CareStatusDay, today or dealer_today()) is not None
