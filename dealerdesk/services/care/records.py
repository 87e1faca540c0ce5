"""A vehicle's customer-care record: who owns it, who to call, who drives it, where it was sold, how used.

Customer care confirms each person on the phone; saving with "confirmed" stamps that person
verified now by the signed-in user. A name or mobile changed without confirming drops the old
stamp (it vouched for other data). The owner is the Customer record the orders point at: a
correction of the owner's own details changes it when this is the only car, otherwise the car
moves to the customer with the typed name and mobile (a family member's record is not renamed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, Outlet, User, Vehicle
from dealerdesk.domain.care_records import Person, SourceChannel, Usage
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, NotFound, Problem, ValidationError
from dealerdesk.domain.outlet_names import clean_outlet_name
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation import normalise_mobile, normalise_plate, normalise_vin, validate_mobile
from dealerdesk.domain.validation.text import control_character_problem
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.care.sales_import import OUTLET_NAME_LIMIT, OUTLET_NEEDED, outlet_named
from dealerdesk.services.care.status import CARE_ROLES
from dealerdesk.services.orders.customers import VISITS_SHOWN, VisitView, vehicle_history

# The front desk corrects a record when the customer is at the counter (the data-to-fix queue opens it).
RECORD_ROLES = (*CARE_ROLES, Role.ADVISOR)
MATCHES_SHOWN = 50
NAME_LIMIT = 100

NO_VEHICLE = QT_TRANSLATE_NOOP("Messages", "This vehicle is no longer on file.")
OWNER_NAME_NEEDED = QT_TRANSLATE_NOOP("Messages", "Enter the owner's name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "A name has at most {limit} characters.")
CONFIRM_NEEDS_MOBILE = QT_TRANSLATE_NOOP("Messages", "A person is confirmed on the phone: enter the mobile first.")
SALE_DATE_FUTURE = QT_TRANSLATE_NOOP("Messages", "The sale date cannot be in the future.")

_NOT_VISITS = (OrderStatus.DRAFT, OrderStatus.CANCELLED)


@dataclass(frozen=True)
class VehicleMatch:
    vehicle_id: int
    vin: str
    plate: str
    model: str
    owner_name: str
    owner_mobile: str
    sale_date: date | None


@dataclass(frozen=True)
class PersonView:
    name: str
    mobile: str
    verified_at: datetime | None
    verified_by: str


@dataclass(frozen=True)
class OdometerReading:
    at: datetime
    km: int
    order_number: str
    km_per_day: float | None  # since the reading before; None for the first


@dataclass(frozen=True)
class VehicleRecord:
    vehicle_id: int
    vin: str
    plate: str
    make: str
    model: str
    colour: str
    sale_date: date | None  # the warranty start: the sale to the first owner
    people: dict[Person, PersonView]
    source_channel: SourceChannel | None
    outlet: str
    usage: frozenset[Usage]
    visits: tuple[VisitView, ...]  # newest first
    odometer: tuple[OdometerReading, ...]  # oldest first


@dataclass(frozen=True)
class PersonEdit:
    name: str
    mobile: str
    confirmed: bool  # confirmed with the person now: stamp verified now, by the actor


@dataclass(frozen=True)
class RecordEdit:
    people: dict[Person, PersonEdit]
    source_channel: SourceChannel | None
    outlet: str
    sale_date: date | None
    usage: frozenset[Usage]


def find_vehicles(db: Database, actor: Actor, text: str) -> list[VehicleMatch]:
    """By VIN (or its last characters), plate, or the mobile of the owner, the contact or the driver."""
    typed = text.strip()
    with db.read() as s:
        current_actor(s, actor, *RECORD_ROLES)
        if not typed:
            return []
        mobile = normalise_mobile(typed)
        vin = normalise_vin(typed)
        conditions = [Vehicle.plate == normalise_plate(typed)]
        if mobile.isdigit() and len(mobile) == 11:
            conditions += [Customer.mobile == mobile, Vehicle.contact_mobile == mobile, Vehicle.driver_mobile == mobile]
        if len(vin) == 17:
            conditions.append(Vehicle.vin == vin)
        elif len(vin) >= 6 and vin.isalnum():
            conditions.append(Vehicle.vin.like(f"%{vin}"))  # the last six, as read off a windscreen
        q = (
            select(Vehicle, Customer)
            .outerjoin(Customer, Customer.id == Vehicle.owner_id)
            .where(or_(*conditions))
            .order_by(Vehicle.updated_at.desc(), Vehicle.id.desc())
            .limit(MATCHES_SHOWN)
        )
        return [
            VehicleMatch(
                v.id,
                v.vin,
                v.plate or "",
                v.model,
                c.name if c else "",
                c.mobile if c else "",
                v.warranty_start,
            )
            for v, c in s.execute(q)
        ]


def list_outlets(db: Database, actor: Actor, *, deactivated: bool = False) -> list[str]:
    """The outlets offered for a new list or record; ``deactivated`` too where existing cars are looked up."""
    with db.read() as s:
        current_actor(s, actor, *RECORD_ROLES)
        q = select(Outlet.name).order_by(Outlet.name)
        return list(s.scalars(q if deactivated else q.where(Outlet.active.is_(True))))


def _odometer(visits: list[VisitView]) -> tuple[OdometerReading, ...]:
    readings = sorted(
        (v for v in visits if v.mileage_in is not None and v.checked_in_at is not None and v.status not in _NOT_VISITS),
        key=lambda v: (v.checked_in_at, v.order_id),
    )
    out: list[OdometerReading] = []
    for visit in readings:
        assert visit.checked_in_at is not None and visit.mileage_in is not None
        rate = None
        if out:
            days = (visit.checked_in_at - out[-1].at).total_seconds() / 86400
            rate = (visit.mileage_in - out[-1].km) / days if days >= 1 else None
        out.append(OdometerReading(visit.checked_in_at, visit.mileage_in, visit.number, rate))
    return tuple(out)


def _record(s: Session, vehicle: Vehicle, visits: list[VisitView]) -> VehicleRecord:
    names: dict[int, str] = {}
    ids = {vehicle.owner_verified_by_id, vehicle.contact_verified_by_id, vehicle.driver_verified_by_id} - {None}
    if ids:
        names = {uid: name for uid, name in s.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}
    owner = vehicle.owner

    def person(kind: Person, name: str, mobile: str) -> PersonView:
        by_id = getattr(vehicle, f"{kind.value}_verified_by_id")
        return PersonView(name, mobile, getattr(vehicle, f"{kind.value}_verified_at"), names.get(by_id, ""))

    outlet = s.get(Outlet, vehicle.outlet_id) if vehicle.outlet_id is not None else None
    return VehicleRecord(
        vehicle_id=vehicle.id,
        vin=vehicle.vin,
        plate=vehicle.plate or "",
        make=vehicle.make or "",
        model=vehicle.model,
        colour=vehicle.colour or "",
        sale_date=vehicle.warranty_start,
        people={
            Person.OWNER: person(Person.OWNER, owner.name if owner else "", owner.mobile if owner else ""),
            Person.CONTACT: person(Person.CONTACT, vehicle.contact_name, vehicle.contact_mobile),
            Person.DRIVER: person(Person.DRIVER, vehicle.driver_name, vehicle.driver_mobile),
        },
        source_channel=SourceChannel(vehicle.source_channel) if vehicle.source_channel else None,
        outlet=outlet.name if outlet else "",
        usage=frozenset(u for u in Usage if getattr(vehicle, f"usage_{u.value}")),
        visits=tuple(visits),
        odometer=_odometer(visits),
    )


def vehicle_record(db: Database, actor: Actor, vehicle_id: int) -> VehicleRecord:
    visits = vehicle_history(db, vehicle_id, VISITS_SHOWN)
    with db.read() as s:
        current_actor(s, actor, *RECORD_ROLES)
        vehicle = s.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise NotFound(NO_VEHICLE)
        return _record(s, vehicle, visits)


def _check(edit: RecordEdit, today: date) -> tuple[dict[Person, PersonEdit], list[Problem]]:
    problems: list[Problem] = []
    clean: dict[Person, PersonEdit] = {}
    for kind, p in edit.people.items():
        name_field, mobile_field = f"{kind.value}_name", f"{kind.value}_mobile"
        name = p.name.strip()
        mobile = ""
        found = control_character_problem(name, name_field)
        if found is not None:
            problems.append(found)
        elif len(name) > NAME_LIMIT:
            problems.append(Problem(name_field, NAME_TOO_LONG, {"limit": NAME_LIMIT}))
        if kind is Person.OWNER and not name:
            problems.append(Problem(name_field, OWNER_NAME_NEEDED))
        if p.mobile.strip() or kind is Person.OWNER:
            checked = validate_mobile(p.mobile, field=mobile_field)
            problems.extend(checked.errors)
            mobile = checked.value or ""
        elif p.confirmed:
            problems.append(Problem(mobile_field, CONFIRM_NEEDS_MOBILE))
        clean[kind] = PersonEdit(name, mobile, p.confirmed)
    if edit.source_channel is SourceChannel.OUTLET and not clean_outlet_name(edit.outlet):
        problems.append(Problem("outlet", OUTLET_NEEDED))
    elif len(clean_outlet_name(edit.outlet)) > OUTLET_NAME_LIMIT:
        problems.append(Problem("outlet", NAME_TOO_LONG, {"limit": OUTLET_NAME_LIMIT}))
    if edit.sale_date is not None and edit.sale_date > today:
        problems.append(Problem("sale_date", SALE_DATE_FUTURE))
    return clean, problems


def _snapshot(v: Vehicle) -> dict[str, object]:
    owner = v.owner
    return {
        "owner": [owner.name, owner.mobile] if owner else None,
        "contact": [v.contact_name, v.contact_mobile],
        "driver": [v.driver_name, v.driver_mobile],
        "verified": [str(v.owner_verified_at), str(v.contact_verified_at), str(v.driver_verified_at)],
        "source_channel": v.source_channel,
        "outlet_id": v.outlet_id,
        "sale_date": v.warranty_start.isoformat() if v.warranty_start else None,
        "usage": sorted(u.value for u in Usage if getattr(v, f"usage_{u.value}")),
    }


def _owner(s: Session, vehicle: Vehicle, name: str, mobile: str) -> None:
    owner = vehicle.owner
    if owner is not None and (owner.name, owner.mobile) == (name, mobile):
        return
    others = aliased(Vehicle)
    sole_car = (
        owner is not None
        and s.scalar(select(others.id).where(others.owner_id == owner.id, others.id != vehicle.id).limit(1)) is None
    )
    same = s.scalar(
        select(Customer).where(Customer.name == name, Customer.mobile == mobile).order_by(Customer.id).limit(1)
    )
    if owner is not None and sole_car and same is None:
        owner.name, owner.mobile = name, mobile  # a correction of this car's owner
        return
    vehicle.owner = same if same is not None else Customer(name=name, mobile=mobile)


def save_record(db: Database, actor: Actor, vehicle_id: int, edit: RecordEdit, today: date) -> VehicleRecord:
    """Save the record; refused whole (every problem named at its field) when any value is wrong."""
    people, problems = _check(edit, today)
    if problems:
        raise ValidationError(problems)
    visits = vehicle_history(db, vehicle_id, VISITS_SHOWN)
    with db.write() as s:
        actor = current_actor(s, actor, *RECORD_ROLES)
        vehicle = s.get(Vehicle, vehicle_id)
        if vehicle is None:
            raise NotFound(NO_VEHICLE)
        before = _snapshot(vehicle)
        now = utcnow()
        for kind, p in people.items():
            if kind is Person.OWNER:
                old = (vehicle.owner.name, vehicle.owner.mobile) if vehicle.owner else None
                _owner(s, vehicle, p.name, p.mobile)
                changed = old != (p.name, p.mobile)
            else:
                old = (getattr(vehicle, f"{kind.value}_name"), getattr(vehicle, f"{kind.value}_mobile"))
                changed = old != (p.name, p.mobile)
                setattr(vehicle, f"{kind.value}_name", p.name)
                setattr(vehicle, f"{kind.value}_mobile", p.mobile)
            if p.confirmed:
                setattr(vehicle, f"{kind.value}_verified_at", now)
                setattr(vehicle, f"{kind.value}_verified_by_id", actor.id)
            elif changed:
                setattr(vehicle, f"{kind.value}_verified_at", None)
                setattr(vehicle, f"{kind.value}_verified_by_id", None)
        vehicle.source_channel = edit.source_channel.value if edit.source_channel else None
        if edit.source_channel is SourceChannel.OUTLET:
            vehicle.outlet_id = outlet_named(s, edit.outlet).id
        else:
            vehicle.outlet_id = None
        vehicle.warranty_start = edit.sale_date
        for flag in Usage:
            setattr(vehicle, f"usage_{flag.value}", flag in edit.usage)
        s.flush()
        changes = audit.diff(before, _snapshot(vehicle))
        if changes:
            audit.record(s, actor, "care_record", "vehicle", vehicle.id, changes)
        return _record(s, vehicle, visits)
