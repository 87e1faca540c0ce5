"""Follow-up calls (招揽): each person's list of the day, the call log, the data-to-fix queue, called-in.

The list is one row per customer, whatever number of cars and reasons: the call is about the
customer. What the person chooses applies to the cars they tick (a car sold is one car), kept as
one ``care_calls`` row per car at the same moment; the figures count a call once per moment.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import CareCall, CareDataFix, CareStatus, Customer, User, Vehicle, WorkOrder
from dealerdesk.domain import care_rules as rules
from dealerdesk.domain.care_calls import FIX_FOR_OUTCOME, OUTCOME_CLASS, CallOutcome, FixKind, OutcomeClass
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, NotFound, Problem, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.care.status import CARE_ROLES, is_visit_filter, local_day, visit_time
from dealerdesk.services.rework.views import day_start
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.services.settings import care_rules, get_settings

FIX_ROLES = (*CARE_ROLES, Role.ADVISOR)  # the front desk corrects a number when the customer is there
TEXT_MAX = 500


class Whom(str):
    """Who the number to dial belongs to: the contact, the usual driver or the owner."""


CONTACT, DRIVER, OWNER = Whom("contact"), Whom("driver"), Whom("owner")


def number_to_call(contact_mobile: str, driver_mobile: str, owner_mobile: str) -> tuple[str, Whom]:
    """The contact first (who the record says to call), then the usual driver, then the owner.

    The seed's lost customers were mostly cars whose person on file was not the car's user.
    """
    for number, whom in ((contact_mobile, CONTACT), (driver_mobile, DRIVER), (owner_mobile, OWNER)):
        if number.strip():
            return number.strip(), whom
    return "", OWNER


@dataclass(frozen=True)
class CallVehicle:
    vehicle_id: int
    plate: str
    vin: str
    model: str
    status: rules.CareStatusCode
    due_kind: rules.DueKind | None
    due_on: date | None
    due_km: int | None
    est_km: int | None
    km_per_day: float | None
    km_per_day_own: bool
    sale_on: date | None
    last_visit_on: date | None
    reasons: tuple[rules.CallReason, ...]


@dataclass(frozen=True)
class CallListRow:
    key: int  # the customer's id; minus the vehicle's for a car without an owner
    customer_id: int | None
    name: str
    phone: str  # the number to dial
    phone_whom: Whom
    owner_mobile: str
    contact_name: str
    contact_mobile: str
    driver_name: str
    driver_mobile: str
    vehicles: tuple[CallVehicle, ...]
    reasons: tuple[rules.CallReason, ...]  # of every car, strongest first
    priority: int
    assigned_to_id: int | None
    assigned_to_name: str
    called_today: CallOutcome | None  # the latest call made today, None: still to call
    last_call_on: date | None  # the latest call before today
    last_outcome: CallOutcome | None
    last_note: str


def call_list(db: Database, actor: Actor, person_id: int | None = None, today: date | None = None) -> list[CallListRow]:
    """The day's list of ``person_id`` (None: everyone's), still-to-call first by rank, called ones last."""
    today = today or dealer_today()
    with db.read() as s:
        current_actor(s, actor, *CARE_ROLES)
        query = (
            select(
                CareStatus,
                Vehicle.plate,
                Vehicle.vin,
                Vehicle.model,
                Vehicle.contact_name,
                Vehicle.contact_mobile,
                Vehicle.driver_name,
                Vehicle.driver_mobile,
                Customer.name,
                Customer.mobile,
                User.full_name,
            )
            .join(Vehicle, Vehicle.id == CareStatus.vehicle_id)
            .outerjoin(Customer, Customer.id == CareStatus.customer_id)
            .outerjoin(User, User.id == CareStatus.assigned_to_id)
            .where(CareStatus.listed_on == today)
            .order_by(CareStatus.priority.desc(), CareStatus.vehicle_id)
        )
        if person_id is not None:
            query = query.where(CareStatus.assigned_to_id == person_id)
        rows = s.execute(query).all()
        calls = _calls_of(s, [r.CareStatus.vehicle_id for r in rows])
    groups: dict[int, list[Any]] = defaultdict(list)  # sqlalchemy Rows of the query above
    for r in rows:
        st = r.CareStatus
        groups[st.customer_id if st.customer_id is not None else -st.vehicle_id].append(r)
    start = day_start(today)
    result = []
    for key, members in groups.items():
        first = members[0]
        phone, whom = number_to_call(first.contact_mobile, first.driver_mobile, first.mobile or "")
        vehicles = tuple(_vehicle(m) for m in members)
        reasons = sorted({r for v in vehicles for r in v.reasons}, key=lambda r: -rules.REASON_WEIGHTS[r])
        own_calls = sorted((c for v in vehicles for c in calls.get(v.vehicle_id, [])), key=lambda c: c[0])
        today_calls = [c for c in own_calls if c[0] >= start]
        before = [c for c in own_calls if c[0] < start]
        result.append(
            CallListRow(
                key=key,
                customer_id=first.CareStatus.customer_id,
                name=first.name or "",
                phone=phone,
                phone_whom=whom,
                owner_mobile=first.mobile or "",
                contact_name=first.contact_name,
                contact_mobile=first.contact_mobile,
                driver_name=first.driver_name,
                driver_mobile=first.driver_mobile,
                vehicles=vehicles,
                reasons=tuple(reasons),
                priority=max(m.CareStatus.priority for m in members),
                assigned_to_id=first.CareStatus.assigned_to_id,
                assigned_to_name=first.full_name or "",
                called_today=CallOutcome(today_calls[-1][1]) if today_calls else None,
                last_call_on=local_day(before[-1][0]) if before else None,
                last_outcome=CallOutcome(before[-1][1]) if before else None,
                last_note=before[-1][2] if before else "",
            )
        )
    result.sort(key=lambda r: (r.called_today is not None, -r.priority, r.key))
    return result


def _calls_of(s: Session, vehicle_ids: list[int]) -> dict[int, list[tuple[datetime, str, str]]]:
    calls: dict[int, list[tuple[datetime, str, str]]] = defaultdict(list)
    for i in range(0, len(vehicle_ids), 500):
        chunk = vehicle_ids[i : i + 500]
        for vehicle_id, at, outcome, note in s.execute(
            select(CareCall.vehicle_id, CareCall.called_at, CareCall.outcome, CareCall.note).where(
                CareCall.vehicle_id.in_(chunk)
            )
        ):
            calls[vehicle_id].append((at, outcome, note))
    return calls


def _vehicle(member: Any) -> CallVehicle:
    st: CareStatus = member.CareStatus
    return CallVehicle(
        vehicle_id=st.vehicle_id,
        plate=member.plate or "",
        vin=member.vin,
        model=member.model,
        status=rules.CareStatusCode(st.status),
        due_kind=rules.DueKind(st.due_kind) if st.due_kind else None,
        due_on=st.due_on,
        due_km=st.due_km,
        est_km=st.est_km,
        km_per_day=st.km_per_day_x10 / 10 if st.km_per_day_x10 is not None else None,
        km_per_day_own=st.km_per_day_own,
        sale_on=st.sale_on,
        last_visit_on=st.last_visit_on,
        reasons=tuple(rules.CallReason(r) for r in st.reasons.split(",") if r),
    )


@dataclass(frozen=True)
class CallLogged:
    call_ids: tuple[int, ...]
    fixes_opened: int  # new entries in the data-to-fix queue


def log_call(
    db: Database,
    actor: Actor,
    vehicle_ids: list[int],
    outcome: CallOutcome,
    *,
    promised_on: date | None = None,
    next_call_on: date | None = None,
    other_shop: str = "",
    other_reason: str = "",
    note: str = "",
    today: date | None = None,
) -> CallLogged:
    """Keep one call about the customer's ticked cars, with its coded outcome and what follows."""
    today = today or dealer_today()
    other_shop, other_reason, note = other_shop.strip(), other_reason.strip(), note.strip()
    problems = rules.check_call(outcome, today, promised_on, next_call_on, other_shop)
    if not vehicle_ids:
        problems.append(Problem("vehicles", QT_TRANSLATE_NOOP("Messages", "Tick the car this call is about.")))
    for field_name, value in (("other_shop", other_shop), ("other_reason", other_reason), ("note", note)):
        if len(value) > TEXT_MAX:
            problems.append(
                Problem(field_name, QT_TRANSLATE_NOOP("Messages", "At most {most} characters."), {"most": TEXT_MAX})
            )
    if problems:
        raise ValidationError(problems)
    if outcome is not CallOutcome.WILL_COME:
        promised_on = None
    if outcome is not CallOutcome.OTHER_SHOP:
        other_shop = other_reason = ""
    at = utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, *CARE_ROLES)
        ids: list[int] = []
        opened = 0
        for vehicle_id in dict.fromkeys(vehicle_ids):
            vehicle = s.get(Vehicle, vehicle_id)
            if vehicle is None:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "The vehicle no longer exists."))
            owner_mobile = vehicle.owner.mobile if vehicle.owner is not None else ""
            phone, _whom = number_to_call(vehicle.contact_mobile, vehicle.driver_mobile, owner_mobile)
            status = s.get(CareStatus, vehicle_id)
            call = CareCall(
                vehicle_id=vehicle_id,
                customer_id=vehicle.owner_id,
                called_at=at,
                called_by_id=actor.id,
                phone=phone,
                outcome=outcome.value,
                outcome_class=OUTCOME_CLASS[outcome].value,
                reasons=status.reasons if status is not None else "",
                promised_on=promised_on,
                next_call_on=next_call_on,
                other_shop=other_shop,
                other_reason=other_reason,
                note=note,
            )
            s.add(call)
            s.flush()
            ids.append(call.id)
            kind = FIX_FOR_OUTCOME.get(outcome)
            if kind is not None and _open_fix(s, vehicle_id, kind) is None:
                s.add(CareDataFix(vehicle_id=vehicle_id, call_id=call.id, kind=kind.value, opened_at=at))
                opened += 1
            audit.record(
                s,
                actor,
                "care_call",
                "care_call",
                call.id,
                {
                    "vehicle": vehicle.vin,
                    "outcome": outcome.value,
                    "promised_on": promised_on,
                    "next_call_on": next_call_on,
                    "other_shop": other_shop,
                },
            )
    return CallLogged(tuple(ids), opened)


def _open_fix(s: Session, vehicle_id: int, kind: FixKind) -> int | None:
    return s.scalar(
        select(CareDataFix.id).where(
            CareDataFix.vehicle_id == vehicle_id, CareDataFix.kind == kind.value, CareDataFix.resolved_at.is_(None)
        )
    )


@dataclass(frozen=True)
class CallRecord:
    call_id: int
    vehicle_id: int
    called_at: datetime
    called_by: str
    phone: str
    outcome: CallOutcome
    reasons: tuple[rules.CallReason, ...]
    promised_on: date | None
    next_call_on: date | None
    other_shop: str
    other_reason: str
    note: str


def calls_of_vehicle(db: Database, actor: Actor, vehicle_id: int) -> list[CallRecord]:
    """A car's follow-up calls, newest first (the vehicle page shows them)."""
    with db.read() as s:
        current_actor(s, actor)
        rows = s.execute(
            select(CareCall, User.full_name)
            .join(User, User.id == CareCall.called_by_id)
            .where(CareCall.vehicle_id == vehicle_id)
            .order_by(CareCall.called_at.desc(), CareCall.id.desc())
        ).all()
        return [
            CallRecord(
                c.id,
                c.vehicle_id,
                c.called_at,
                name,
                c.phone,
                CallOutcome(c.outcome),
                tuple(rules.CallReason(r) for r in c.reasons.split(",") if r),
                c.promised_on,
                c.next_call_on,
                c.other_shop,
                c.other_reason,
                c.note,
            )
            for c, name in rows
        ]


# --- the data-to-fix queue ---------------------------------------------------------------------


@dataclass(frozen=True)
class FixRow:
    fix_id: int
    vehicle_id: int
    kind: FixKind
    plate: str
    vin: str
    model: str
    owner_name: str
    phone: str  # the number that was dialled
    opened_at: datetime
    called_by: str
    note: str


def open_fixes(db: Database, actor: Actor) -> list[FixRow]:
    """Records a call found wrong, oldest first."""
    with db.read() as s:
        current_actor(s, actor, *FIX_ROLES)
        rows = s.execute(
            select(CareDataFix, Vehicle.plate, Vehicle.vin, Vehicle.model, Customer.name, CareCall, User.full_name)
            .join(Vehicle, Vehicle.id == CareDataFix.vehicle_id)
            .outerjoin(Customer, Customer.id == Vehicle.owner_id)
            .join(CareCall, CareCall.id == CareDataFix.call_id)
            .join(User, User.id == CareCall.called_by_id)
            .where(CareDataFix.resolved_at.is_(None))
            .order_by(CareDataFix.opened_at, CareDataFix.id)
        ).all()
        return [
            FixRow(
                f.id,
                f.vehicle_id,
                FixKind(f.kind),
                plate or "",
                vin,
                model,
                owner or "",
                call.phone,
                f.opened_at,
                caller,
                call.note,
            )
            for f, plate, vin, model, owner, call, caller in rows
        ]


def resolve_fix(db: Database, actor: Actor, fix_id: int, resolution: str) -> None:
    """Close a queue entry saying what was done; the car comes back on the list by its status."""
    resolution = resolution.strip()
    if not resolution:
        raise ValidationError(
            [Problem("resolution", QT_TRANSLATE_NOOP("Messages", "Say what was corrected (new number, new owner…)."))]
        )
    if len(resolution) > TEXT_MAX:
        raise ValidationError(
            [Problem("resolution", QT_TRANSLATE_NOOP("Messages", "At most {most} characters."), {"most": TEXT_MAX})]
        )
    with db.write() as s:
        actor = current_actor(s, actor, *FIX_ROLES)
        fix = s.get(CareDataFix, fix_id, with_for_update=True)
        if fix is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "The entry no longer exists."))
        if fix.resolved_at is not None:
            raise ValidationError(
                [Problem("resolution", QT_TRANSLATE_NOOP("Messages", "Someone has already resolved this entry."))]
            )
        fix.resolved_at = utcnow()
        fix.resolved_by_id = actor.id
        fix.resolution = resolution
        audit.record(s, actor, "resolve_care_fix", "care_data_fix", fix.id, {"resolution": resolution})


# --- figures care-c's monthly report calls ----------------------------------------------------


@dataclass(frozen=True)
class VisitSource:
    order_id: int
    vehicle_id: int
    day: date
    called_in: bool  # 招揽入库; False: walk-in
    call_day: date | None
    caller_id: int | None


def visit_sources(db: Database, actor: Actor, start: date, end: date) -> list[VisitSource]:
    """Every visit opened in [start, end] (local days), called in or walk-in (domain.care_rules.called_in)."""
    care = care_rules(get_settings(db))
    with db.read() as s:
        current_actor(s, actor, *CARE_ROLES)
        return _visit_sources(s, start, end, care)


def _visit_sources(s: Session, start: date, end: date, care: rules.CareRules) -> list[VisitSource]:
    lo, hi = day_start(start), day_start(end + timedelta(days=1))
    when = visit_time()
    orders = s.execute(
        select(WorkOrder.id, WorkOrder.vehicle_id, when).where(*is_visit_filter(), when >= lo, when < hi)
    ).all()
    vehicle_ids = list({v for _o, v, _w in orders if v is not None})
    calls: dict[int, dict[date, int]] = defaultdict(dict)
    earliest = day_start(start - timedelta(days=care.called_in_days))
    for i in range(0, len(vehicle_ids), 500):
        for called_vehicle, at, caller in s.execute(
            select(CareCall.vehicle_id, CareCall.called_at, CareCall.called_by_id)
            .where(
                CareCall.vehicle_id.in_(vehicle_ids[i : i + 500]),
                CareCall.outcome_class == OutcomeClass.CONNECTED.value,
                CareCall.called_at >= earliest,
                CareCall.called_at < hi,
            )
            .order_by(CareCall.called_at)
        ):
            calls[called_vehicle][local_day(at)] = caller  # the latest call of a day names the caller
    result = []
    for order_id, order_vehicle, at in orders:
        assert order_vehicle is not None  # is_visit_filter
        day = local_day(at)
        call_day = rules.called_in(day, calls.get(order_vehicle, {}), care)
        caller_id = calls[order_vehicle][call_day] if call_day is not None else None
        result.append(VisitSource(order_id, order_vehicle, day, call_day is not None, call_day, caller_id))
    return result


@dataclass(frozen=True)
class PersonCalls:
    user_id: int
    name: str
    made: int
    connected: int
    not_connected: int
    invalid: int


def call_counts(db: Database, actor: Actor, start: date, end: date) -> list[PersonCalls]:
    """Calls made per person in [start, end] (local days) by outcome class; a call about two cars counts once."""
    lo, hi = day_start(start), day_start(end + timedelta(days=1))
    with db.read() as s:
        current_actor(s, actor, *CARE_ROLES)
        rows = s.execute(
            select(
                CareCall.called_by_id,
                User.full_name,
                CareCall.outcome_class,
                func.count(distinct(CareCall.called_at)),
            )
            .join(User, User.id == CareCall.called_by_id)
            .where(CareCall.called_at >= lo, CareCall.called_at < hi)
            .group_by(CareCall.called_by_id, User.full_name, CareCall.outcome_class)
        ).all()
    by_person: dict[int, dict[str, object]] = {}
    for user_id, name, klass, count in rows:
        person = by_person.setdefault(user_id, {"name": name})
        person[klass] = count
    result = []
    for user_id, p in by_person.items():
        counts = [int(p.get(k.value, 0)) for k in OutcomeClass]  # type: ignore[call-overload]
        result.append(PersonCalls(user_id, str(p["name"]), sum(counts), *counts))
    return sorted(result, key=lambda p: (-p.made, p.name))
