"""Segments of the customer base: filter, count, save by name, export for a campaign.

The filters are ``domain/care_segments.py``'s; a saved one holds its outlet by id, so it follows a
rename. Model, age, mileage, usage, channel, outlet,
status and frequency class are SQL conditions (the visits of the last 12 months are counted
in one grouped subquery); km per day is the daily care status's, or the car's own last
reading over its days since the sale when the status has none, and is filtered here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import CareSegment, CareStatus, Customer, Outlet, Vehicle, WorkOrder
from dealerdesk.db.sql_functions import like_any_case
from dealerdesk.domain.care_figures import FrequencyClass, Window, class_visit_range, frequency_class
from dealerdesk.domain.care_records import Usage
from dealerdesk.domain.care_segments import (
    NAME,
    SegmentFilters,
    age_years,
    check_filters,
    check_name,
    in_range,
    km_per_day,
    sale_range,
)
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, NotFound, Problem, ValidationError
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ServiceCategory
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.care.figures import in_window, is_visit
from dealerdesk.services.care.sales_import import find_outlet

SEGMENT_ROLES = (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN)
ENTITY = "care_segment"
NAME_TAKEN = QT_TRANSLATE_NOOP("Messages", "There is already a segment named {name}.")
NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no segment {ref}.")

_USAGE_COLUMNS = {
    Usage.TAXI: Vehicle.usage_taxi,
    Usage.RIDE_HAILING: Vehicle.usage_ride_hailing,
    Usage.COMPANY_CAR: Vehicle.usage_company_car,
}


@dataclass(frozen=True, slots=True)
class SegmentRow:
    vehicle_id: int
    vin: str
    plate: str
    model: str
    owner: str
    mobile: str
    contact: str  # who to call about the car, when not the owner
    contact_mobile: str
    sale_on: date | None
    age_years: int | None
    mileage: int | None
    visits_12m: int
    frequency: FrequencyClass
    km_per_day: float | None
    usage: tuple[Usage, ...]
    channel: str | None
    outlet: str
    status: str | None
    last_visit_on: date | None


@dataclass(frozen=True)
class SavedSegment:
    id: int
    name: str
    filters: SegmentFilters
    updated_at: datetime


def today() -> date:
    return datetime.now(CHINA_TIME).date()


def _conditions(f: SegmentFilters, day: date, visits: ColumnElement[int]) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.model.strip():
        pattern = "%" + f.model.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        out.append(like_any_case(Vehicle.model, pattern))
    first, last = sale_range(day, f.age_min, f.age_max)
    if first is not None:
        out.append(Vehicle.warranty_start >= first)
    if last is not None:
        out.append(Vehicle.warranty_start <= last)
    if f.km_min is not None:
        out.append(Vehicle.last_mileage >= f.km_min)
    if f.km_max is not None:
        out.append(Vehicle.last_mileage <= f.km_max)
    if f.usage:
        out.append(or_(*(_USAGE_COLUMNS[u].is_(True) for u in f.usage)))
    if f.channel is not None:
        out.append(Vehicle.source_channel == f.channel.value)
    if f.outlet_id is not None:
        out.append(Vehicle.outlet_id == f.outlet_id)
    elif f.outlet:  # an outlet no longer on file (see _resolved): no car, never every car
        out.append(false())
    if f.statuses:
        out.append(CareStatus.status.in_(f.statuses))
    if f.classes:
        spans = []
        for cls in f.classes:
            low, high = class_visit_range(cls)
            spans.append(and_(visits >= low, visits <= high) if high is not None else visits >= low)
        out.append(or_(*spans))
    return out


def _rows(s: Session, f: SegmentFilters, day: date) -> list[SegmentRow]:
    year = Window(day - timedelta(days=365), day)
    per_vehicle = (
        select(WorkOrder.vehicle_id.label("vehicle_id"), func.count().label("n"))
        .where(is_visit(), WorkOrder.category != ServiceCategory.PDS.value, in_window(WorkOrder.checked_in_at, year))
        .group_by(WorkOrder.vehicle_id)
        .subquery()
    )
    visits = func.coalesce(per_vehicle.c.n, 0)
    q = (
        select(
            Vehicle.id,
            Vehicle.vin,
            Vehicle.plate,
            Vehicle.model,
            Vehicle.contact_name,
            Vehicle.contact_mobile,
            Vehicle.warranty_start,
            Vehicle.last_mileage,
            Vehicle.source_channel,
            Vehicle.usage_taxi,
            Vehicle.usage_ride_hailing,
            Vehicle.usage_company_car,
            Customer.name,
            Customer.mobile,
            Outlet.name,
            CareStatus.status,
            CareStatus.km_per_day_x10,
            CareStatus.last_visit_on,
            visits.label("visits"),
        )
        .outerjoin(Customer, Customer.id == Vehicle.owner_id)
        .outerjoin(Outlet, Outlet.id == Vehicle.outlet_id)
        .outerjoin(CareStatus, CareStatus.vehicle_id == Vehicle.id)
        .outerjoin(per_vehicle, per_vehicle.c.vehicle_id == Vehicle.id)
        .where(*_conditions(f, day, visits))
        .order_by(Vehicle.id)
    )
    out = []
    # Columns, not Vehicle objects: the whole base is 60,000 cars on a large database.
    for (
        vehicle_id, vin, plate, model, contact, contact_mobile, sale, mileage, channel, taxi, ride_hailing,
        company_car, owner, mobile, outlet, status, pace_x10, last_visit, visits_12m,
    ) in s.execute(q):  # fmt: skip
        pace = pace_x10 / 10 if pace_x10 is not None else km_per_day(mileage, sale, day)
        if not in_range(pace, f.km_per_day_min, f.km_per_day_max):
            continue
        n = int(visits_12m)
        flags = (taxi, ride_hailing, company_car)
        out.append(
            SegmentRow(
                vehicle_id,
                vin,
                plate or "",
                model,
                owner or "",
                mobile or "",
                contact,
                contact_mobile,
                sale,
                age_years(sale, day) if sale else None,
                mileage,
                n,
                frequency_class(n),
                round(pace, 1) if pace is not None else None,
                tuple(u for u, on in zip(_USAGE_COLUMNS, flags, strict=True) if on) if any(flags) else (),
                channel,
                outlet or "",
                status,
                last_visit,
            )
        )
    return out


def segment_rows(db: Database, actor: Actor, f: SegmentFilters, day: date | None = None) -> list[SegmentRow]:
    """The cars of the segment today, by vehicle; the count is their number."""
    problems = check_filters(f)
    if problems:
        raise ValidationError(problems)
    with db.read() as s:
        current_actor(s, actor, *SEGMENT_ROLES)
        return _rows(s, _resolved(s, f), day or today())


def _resolved(s: Session, f: SegmentFilters) -> SegmentFilters:
    """The filters with their outlet as it is on file now: by id under its current name, or, given only a
    name (a segment saved before 0030), the outlet of that name. Not on file: the id stays None and the
    name stays, so the filter finds no car and the page says so."""
    outlet = s.get(Outlet, f.outlet_id) if f.outlet_id is not None else None
    if outlet is None and f.outlet:
        outlet = find_outlet(s, f.outlet)
    if outlet is None:
        return replace(f, outlet_id=None)
    return replace(f, outlet_id=outlet.id, outlet=outlet.name)


def outlet_choices(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Every outlet, deactivated too (their cars are still there), as (id, name) by name."""
    with db.read() as s:
        current_actor(s, actor, *SEGMENT_ROLES)
        return [(o.id, o.name) for o in s.scalars(select(Outlet).order_by(Outlet.name))]


def _view(s: Session, seg: CareSegment) -> SavedSegment:
    return SavedSegment(seg.id, seg.name, _resolved(s, SegmentFilters.from_json(seg.filters)), seg.updated_at)


def saved_segments(db: Database, actor: Actor) -> list[SavedSegment]:
    with db.read() as s:
        current_actor(s, actor, *SEGMENT_ROLES)
        return [_view(s, x) for x in s.scalars(select(CareSegment).order_by(CareSegment.name))]


def save_segment(db: Database, actor: Actor, name: str, f: SegmentFilters) -> SavedSegment:
    """Save the filters under a name; saving under a name that exists replaces that segment's filters."""
    problems = check_name(name) + check_filters(f)
    if problems:
        raise ValidationError(problems)
    name = name.strip()
    now = utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, *SEGMENT_ROLES)
        filters = _resolved(s, f).to_json()  # the outlet by its id
        seg = s.scalar(select(CareSegment).where(CareSegment.name == name))
        action = "update_segment" if seg else "save_segment"
        if seg is None:
            seg = CareSegment(name=name, created_by_id=actor.id, created_at=now)
            s.add(seg)
        seg.filters = filters
        seg.updated_by_id = actor.id
        seg.updated_at = now
        try:
            s.flush()
        except IntegrityError as err:  # saved under the same name on another workstation a moment ago
            raise ValidationError([Problem(NAME, NAME_TAKEN, {"name": name})]) from err
        audit.record(s, actor, action, ENTITY, seg.id, {"name": name, "filters": json.loads(seg.filters)})
        return _view(s, seg)


def delete_segment(db: Database, actor: Actor, segment_id: int) -> None:
    with db.write() as s:
        actor = current_actor(s, actor, *SEGMENT_ROLES)
        seg = s.get(CareSegment, segment_id)
        if seg is None:
            raise NotFound(NOT_FOUND, ref=segment_id)
        audit.record(s, actor, "delete_segment", ENTITY, seg.id, {"name": seg.name})
        s.delete(seg)


def log_export(db: Database, actor: Actor, segment_id: int | None, name: str, count: int, file_kind: str) -> None:
    """Customers' names and numbers leave the application: who took which segment, and how many."""
    with db.write() as s:
        actor = current_actor(s, actor, *SEGMENT_ROLES)
        entity_id = "" if segment_id is None else segment_id
        audit.record(s, actor, "export_segment", ENTITY, entity_id, {"name": name, "rows": count, "file": file_kind})
