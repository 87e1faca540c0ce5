"""Vehicles and visits written straight through the ORM for the customer care tests."""

from __future__ import annotations

import itertools
from datetime import date, datetime

from dealerdesk.db.database import Database
from dealerdesk.db.models import CareCall, Customer, LabourLine, Outlet, Vehicle, WorkOrder
from dealerdesk.domain.care_calls import OUTCOME_CLASS, CallOutcome
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, PaymentType, ServiceCategory
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from tests.helpers import PASSWORD

_numbers = itertools.count(1)
MAINT = ServiceCategory.PERIODIC_MAINTENANCE
REPAIR = ServiceCategory.GENERAL_REPAIR


def china(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CHINA_TIME)


def add_vehicle(
    db: Database,
    *,
    model: str = "朗逸",
    sold: date | None = None,
    mileage: int | None = None,
    owner: str = "王芳",
    mobile: str = "13812345678",
) -> int:
    n = next(_numbers)
    with db.write() as s:
        customer = Customer(name=owner, mobile=mobile)
        vehicle = Vehicle(
            vin=f"TESTCARE{n:09d}",
            plate=f"川A{n:05d}",
            model=model,
            warranty_start=sold,
            last_mileage=mileage,
            owner=customer,
        )
        s.add(vehicle)
        s.flush()
        return vehicle.id


def add_visit(
    db: Database,
    advisor_id: int,
    vehicle_id: int,
    at: datetime,
    *,
    category: ServiceCategory = MAINT,
    status: OrderStatus = OrderStatus.DELIVERED,
    payment: PaymentType = PaymentType.CUSTOMER,
    amount_fen: int = 300_00,
    mileage: int = 20_000,
) -> int:
    n = next(_numbers)
    with db.write() as s:
        vehicle = s.get(Vehicle, vehicle_id)
        assert vehicle is not None
        order = WorkOrder(
            number=f"WO{at:%Y%m%d}-{n:04d}",
            status=status.value,
            advisor_id=advisor_id,
            customer_id=vehicle.owner_id,
            vehicle_id=vehicle_id,
            customer_name="王芳",
            customer_mobile="13812345678",
            plate=vehicle.plate or "",
            vin=vehicle.vin,
            model=vehicle.model,
            mileage_in=mileage,
            category=category.value,
            payment_type=payment.value,
            checked_in_at=at,
            created_at=at,
            updated_at=at,
            opened_at=at,
            delivered_at=at if status is OrderStatus.DELIVERED else None,
        )
        order.labour_lines = [
            LabourLine(position=0, operation="常规保养", hours_x100=100, rate_fen=amount_fen, amount_fen=amount_fen)
        ]
        s.add(order)
        s.flush()
        return order.id


def add_call(db: Database, caller_id: int, vehicle_id: int, at: datetime, outcome: CallOutcome) -> None:
    with db.write() as s:
        s.add(
            CareCall(
                vehicle_id=vehicle_id,
                called_at=at,
                called_by_id=caller_id,
                phone="13812345678",
                outcome=outcome.value,
                outcome_class=OUTCOME_CLASS[outcome].value,
            )
        )


def add_outlet(db: Database, name: str) -> int:
    with db.write() as s:
        outlet = Outlet(name=name)
        s.add(outlet)
        s.flush()
        return outlet.id


def set_source(db: Database, vehicle_id: int, channel: SourceChannel, outlet_id: int | None = None) -> None:
    with db.write() as s:
        vehicle = s.get(Vehicle, vehicle_id)
        assert vehicle is not None
        vehicle.source_channel = channel.value
        vehicle.outlet_id = outlet_id


def care_user(db: Database, admin: Actor, username: str, name: str) -> Actor:
    view = users.create_user(db, admin, username, name, PASSWORD, {Role.CUSTOMER_CARE}, "")
    return Actor(view.id, view.username, view.full_name, view.roles)
