"""Customers and vehicles: the front desk's lookup and the records an opened order keeps up to date.

Typing a plate, a VIN or a mobile number finds the vehicle and what was recorded at its
last visit (owner, who brought it, model, colour, highest mileage), so a returning
customer's order is filled in rather than typed again. Records are written only when an
order is opened: a draft may hold anything, and must not leave half-typed customers behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select, true
from sqlalchemy.orm import Session, selectinload

from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, User, Vehicle, WorkOrder
from dealerdesk.domain.validation import normalise_mobile, normalise_plate, normalise_vin
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory

HISTORY_LIMIT = 20
VISITS_SHOWN = 100  # the dialog's history tab: ten years of a regular customer
MATCH_LIMIT = 20
# Orders whose mileage counts as recorded: a draft may hold a typo, a cancelled order never happened.
_NOT_RECORDED = (OrderStatus.DRAFT.value, OrderStatus.CANCELLED.value)
_MOBILE = re.compile(r"1[3-9]\d{9}")


@dataclass(frozen=True)
class VisitView:
    order_id: int
    number: str
    status: OrderStatus
    category: ServiceCategory | None
    checked_in_at: datetime | None
    mileage_in: int | None
    concerns: tuple[str, ...]  # verbatim, one per request
    advisor_name: str

    @property
    def first_concern(self) -> str:
        return self.concerns[0] if self.concerns else ""


@dataclass(frozen=True)
class VehicleCard:
    """A vehicle as the form fills it in: its record plus the last visit's contact."""

    vehicle_id: int
    vin: str
    plate: str
    make: str
    model: str
    colour: str
    last_recorded_km: int | None
    owner_id: int | None
    owner_name: str
    owner_mobile: str
    last_contact_name: str  # empty: the owner brought it last time
    last_contact_mobile: str
    visits: tuple[VisitView, ...]  # newest first


def last_recorded_km(
    s: Session, vehicle_id: int, exclude_order_id: int | None = None, before: datetime | None = None
) -> int | None:
    """The vehicle's highest reading before an order: the floor for that order's mileage in.

    Only orders checked in before ``before`` count (at the same moment, those with a lower
    id), so an old order being corrected is never held to a later visit's reading; without
    ``before`` (a new order, the front-desk lookup) every recorded visit counts.
    ``exclude_order_id`` is the order itself. The vehicle's own ``last_mileage`` counts
    only when no order was ever opened for it (a record imported without history): an
    opened order has raised it, so it may be the very reading being corrected.
    A delivered order's road test counts: the car left with the odometer read after it.
    """
    road_test_at_delivery = case(
        (WorkOrder.status == OrderStatus.DELIVERED.value, WorkOrder.road_test_in_km), else_=None
    )
    q = select(func.max(WorkOrder.mileage_in), func.max(road_test_at_delivery)).where(
        WorkOrder.vehicle_id == vehicle_id, WorkOrder.status.not_in(_NOT_RECORDED)
    )
    if exclude_order_id is not None:
        q = q.where(WorkOrder.id != exclude_order_id)
    if before is not None:
        # At the same moment the lower id came first; a new order (no id yet) comes after every one.
        same_moment_first = WorkOrder.id < exclude_order_id if exclude_order_id is not None else true()
        q = q.where(or_(WorkOrder.checked_in_at < before, and_(WorkOrder.checked_in_at == before, same_moment_first)))
    readings = [int(km) for km in s.execute(q).one() if km is not None]
    if readings:
        return max(readings)
    # Drafts are linked to the vehicle only once opened: any linked order means real history.
    if s.scalar(select(WorkOrder.id).where(WorkOrder.vehicle_id == vehicle_id).limit(1)) is not None:
        return None
    vehicle = s.get(Vehicle, vehicle_id)
    return vehicle.last_mileage if vehicle is not None else None


def vin_mileage_floor(s: Session, vin: str, order_id: int | None, before: datetime | None) -> int | None:
    """:func:`last_recorded_km` for the vehicle with this VIN; None when no vehicle has it (or no VIN)."""
    vehicle_id = vehicle_id_for_vin(s, vin) if vin.strip() else None
    return last_recorded_km(s, vehicle_id, order_id, before) if vehicle_id is not None else None


def mileage_floor(db: Database, vin: str, checked_in_at: datetime, order_id: int | None = None) -> int | None:
    """:func:`last_recorded_km` for the vehicle with this VIN, as the form checks a typed mileage."""
    with db.read() as s:
        return vin_mileage_floor(s, vin, order_id, checked_in_at)


def _visits(
    s: Session, vehicle_id: int, limit: int = HISTORY_LIMIT, exclude_order_id: int | None = None
) -> list[VisitView]:
    q = (
        select(WorkOrder, func.coalesce(User.full_name, ""))
        .outerjoin(User, User.id == WorkOrder.advisor_id)
        .options(selectinload(WorkOrder.concerns))
        .where(WorkOrder.vehicle_id == vehicle_id)
        .order_by(WorkOrder.checked_in_at.desc(), WorkOrder.id.desc())
        .limit(limit)
    )
    if exclude_order_id is not None:
        q = q.where(WorkOrder.id != exclude_order_id)
    return [
        VisitView(
            o.id,
            o.number,
            OrderStatus(o.status),
            ServiceCategory(o.category) if o.category else None,
            o.checked_in_at,
            o.mileage_in,
            tuple(c.text for c in o.concerns),
            advisor,
        )
        for o, advisor in s.execute(q).all()
    ]


def _card(s: Session, v: Vehicle) -> VehicleCard:
    visits = tuple(_visits(s, v.id))
    last_id = next((x.order_id for x in visits if x.status.value not in _NOT_RECORDED), None)
    last = s.get(WorkOrder, last_id) if last_id is not None else None
    owner = v.owner
    return VehicleCard(
        vehicle_id=v.id,
        vin=v.vin,
        plate=v.plate or "",
        make=v.make or "",
        model=v.model,
        colour=v.colour or "",
        last_recorded_km=last_recorded_km(s, v.id),
        owner_id=owner.id if owner else None,
        owner_name=owner.name if owner else "",
        owner_mobile=owner.mobile if owner else "",
        last_contact_name=last.contact_name if last else "",
        last_contact_mobile=last.contact_mobile if last else "",
        visits=visits,
    )


def find_by_vin(db: Database, vin: str) -> VehicleCard | None:
    with db.read() as s:
        v = s.scalar(select(Vehicle).where(Vehicle.vin == normalise_vin(vin)))
        return _card(s, v) if v is not None else None


def find_by_plate(db: Database, plate: str) -> list[VehicleCard]:
    """Vehicles carrying this plate now (usually one; a reissued plate can give two)."""
    with db.read() as s:
        q = select(Vehicle).where(Vehicle.plate == normalise_plate(plate)).order_by(Vehicle.updated_at.desc())
        return [_card(s, v) for v in s.scalars(q.limit(MATCH_LIMIT))]


def find_by_mobile(db: Database, mobile: str) -> list[VehicleCard]:
    """The vehicles of every customer with this mobile number, most recently updated first."""
    number = normalise_mobile(mobile)
    with db.read() as s:
        q = (
            select(Vehicle)
            .join(Customer, Customer.id == Vehicle.owner_id)
            .where(Customer.mobile == number)
            .order_by(Vehicle.updated_at.desc())
            .limit(MATCH_LIMIT)
        )
        return [_card(s, v) for v in s.scalars(q)]


def lookup(db: Database, text: str) -> list[VehicleCard]:
    """Whatever was typed: a 17-character VIN, an 11-digit mobile number, or a plate."""
    vin = normalise_vin(text)
    if len(vin) == 17:
        card = find_by_vin(db, vin)
        return [card] if card else []
    if _MOBILE.fullmatch(normalise_mobile(text)):
        return find_by_mobile(db, text)
    plate = normalise_plate(text)
    return find_by_plate(db, plate) if plate else []


def vehicle_history(db: Database, vehicle_id: int, limit: int = HISTORY_LIMIT) -> list[VisitView]:
    with db.read() as s:
        return _visits(s, vehicle_id, limit)


def earlier_visits(db: Database, vin: str, order_id: int | None = None, limit: int = VISITS_SHOWN) -> list[VisitView]:
    """The other orders of the vehicle with this VIN, newest first, for the advisor to read at intake.

    Orders reach a vehicle when they are opened, so a draft lists the vehicle's opened
    (and since cancelled) orders, never other drafts that may hold typos.
    """
    if not vin.strip():
        return []
    with db.read() as s:
        vehicle_id = vehicle_id_for_vin(s, vin)
        return _visits(s, vehicle_id, limit, order_id) if vehicle_id is not None else []


def record_visit(
    s: Session,
    *,
    customer_name: str,
    customer_mobile: str,
    vin: str,
    plate: str,
    make: str,
    model: str,
    colour: str,
    mileage_km: int,
) -> tuple[Customer, Vehicle]:
    """Find or create the owner and the vehicle for an order being opened, and bring them up to date.

    Inside the caller's write transaction. A customer is the same person when name and
    mobile both match (families share phones; names repeat). The vehicle is keyed by VIN;
    a plate typed now replaces the old one (plates move with re-registration).
    """
    # No autoflush: the order being written is flushed once by the caller (one version bump).
    with s.no_autoflush:
        customer = s.scalar(
            select(Customer).where(Customer.mobile == customer_mobile, Customer.name == customer_name).limit(1)
        )
        if customer is None:
            customer = Customer(name=customer_name, mobile=customer_mobile)
            s.add(customer)
        vehicle = s.scalar(select(Vehicle).where(Vehicle.vin == vin))
        if vehicle is None:
            vehicle = Vehicle(vin=vin, model=model)
            s.add(vehicle)
    vehicle.plate = plate or vehicle.plate
    vehicle.make = make or vehicle.make
    vehicle.model = model
    vehicle.colour = colour or vehicle.colour
    vehicle.owner = customer
    vehicle.last_mileage = max(vehicle.last_mileage or 0, mileage_km)
    return customer, vehicle


def vehicle_id_for_vin(s: Session, vin: str) -> int | None:
    return s.scalar(select(Vehicle.id).where(Vehicle.vin == normalise_vin(vin)))
