"""A vehicle's care record: found by plate, VIN tail or anyone's mobile; people verified on/by whoever
confirmed them; a changed person loses the old stamp; visits and the odometer history come along."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import AuditEntry, Customer, Outlet, Vehicle
from dealerdesk.domain.care_records import Person, SourceChannel, Usage
from dealerdesk.domain.messages import PermissionDenied, ValidationError
from dealerdesk.services.care import records
from dealerdesk.services.care.records import PersonEdit, RecordEdit
from dealerdesk.services.orders import work_orders
from tests.care_samples import care_user
from tests.helpers import UserSet
from tests.order_samples import VIN_CHINA, complete_order

TODAY = date(2026, 12, 2)


def _car_with_visits(db: Database, people: UserSet) -> int:
    """Three visits a year apart: 5,000 km, 17,000 km, 31,600 km."""
    start = datetime(2024, 3, 1, 2, 0, tzinfo=UTC)
    for days, km in ((0, 5_000), (365, 17_000), (730, 31_600)):
        order = complete_order(mileage=km, checked_in_at=start + timedelta(days=days))
        work_orders.open_order(db, people.advisor, order)
    with db.read() as s:
        vehicle_id = s.scalar(select(Vehicle.id).where(Vehicle.vin == VIN_CHINA))
        assert vehicle_id is not None
        return vehicle_id


def _edit(record: records.VehicleRecord, **changes: object) -> RecordEdit:
    people = {k: PersonEdit(p.name, p.mobile, False) for k, p in record.people.items()}
    edit = RecordEdit(people, record.source_channel, record.outlet, record.sale_date, record.usage)
    for key, value in changes.items():
        if key in ("owner", "contact", "driver"):
            assert isinstance(value, PersonEdit)
            edit.people[Person(key)] = value
        else:
            edit = RecordEdit(**{**edit.__dict__, key: value})
    return edit


def test_found_by_plate_vin_tail_and_mobile_with_visits_and_odometer(db: Database, people: UserSet) -> None:
    care = care_user(db, people.admin)
    vehicle_id = _car_with_visits(db, people)
    for typed in ("川A12345", "川a 12345", VIN_CHINA[-6:], VIN_CHINA.lower(), "138 0013 8000"):
        assert [m.vehicle_id for m in records.find_vehicles(db, care, typed)] == [vehicle_id], typed
    assert records.find_vehicles(db, care, "川A99999") == []
    record = records.vehicle_record(db, care, vehicle_id)
    assert (record.plate, record.model, record.people[Person.OWNER].name) == ("川A12345", "朗逸 1.5L", "张三")
    assert [v.mileage_in for v in record.visits] == [31_600, 17_000, 5_000]
    assert [(r.km, r.km_per_day) for r in record.odometer] == [(5_000, None), (17_000, 12_000 / 365), (31_600, 40.0)]


def test_confirmed_people_are_stamped_and_a_change_drops_the_stamp(db: Database, people: UserSet) -> None:
    care = care_user(db, people.admin)
    vehicle_id = _car_with_visits(db, people)
    record = records.vehicle_record(db, care, vehicle_id)
    edit = _edit(
        record,
        contact=PersonEdit("张小三", "139 0000 1111", True),
        driver=PersonEdit("李师傅", "13900002222", False),
        source_channel=SourceChannel.OUTLET,
        outlet="星河汽车",
        sale_date=date(2024, 1, 15),
        usage=frozenset({Usage.RIDE_HAILING}),
    )
    saved = records.save_record(db, care, vehicle_id, edit, TODAY)
    contact = saved.people[Person.CONTACT]
    assert (contact.name, contact.mobile, contact.verified_by) == ("张小三", "13900001111", "刘客服")
    assert contact.verified_at is not None and saved.people[Person.DRIVER].verified_at is None
    assert (saved.source_channel, saved.outlet, saved.sale_date) == (
        SourceChannel.OUTLET,
        "星河汽车",
        date(2024, 1, 15),
    )
    assert saved.usage == {Usage.RIDE_HAILING}

    # The owner confirmed too; later the contact's number is corrected without calling: the stamp goes.
    saved = records.save_record(
        db, care, vehicle_id, _edit(saved, owner=PersonEdit("张三", "13800138000", True)), TODAY
    )
    assert saved.people[Person.OWNER].verified_by == "刘客服" and saved.people[Person.CONTACT].verified_at is not None
    saved = records.save_record(
        db, care, vehicle_id, _edit(saved, contact=PersonEdit("张小三", "13900001112", False)), TODAY
    )
    assert saved.people[Person.CONTACT].verified_at is None and saved.people[Person.OWNER].verified_at is not None
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "care_record")).all()
        assert len(entries) == 3 and all(e.user_id == care.id for e in entries)
        assert json.loads(entries[-1].changes)["contact"] == [["张小三", "13900001111"], ["张小三", "13900001112"]]
        assert s.scalar(select(Outlet.name)) == "星河汽车"


def test_an_owner_correction_renames_a_sole_car_owner_but_moves_a_shared_one(db: Database, people: UserSet) -> None:
    care = care_user(db, people.admin)
    vehicle_id = _car_with_visits(db, people)
    record = records.vehicle_record(db, care, vehicle_id)
    saved = records.save_record(
        db, care, vehicle_id, _edit(record, owner=PersonEdit("张叁", "13800138000", False)), TODAY
    )
    with db.read() as s:
        assert [(c.name, c.mobile) for c in s.scalars(select(Customer))] == [("张叁", "13800138000")]
    # A second car of the same customer: correcting the first car's owner moves that car only.
    with db.write() as s:
        owner = s.scalar(select(Customer))
        s.add(Vehicle(vin="LSVAU2180N0000019", model="宝来", owner=owner))
    records.save_record(db, care, vehicle_id, _edit(saved, owner=PersonEdit("王五", "13900003333", False)), TODAY)
    with db.read() as s:
        owners = {v.vin: v.owner.name for v in s.scalars(select(Vehicle)) if v.owner}
        assert owners == {VIN_CHINA: "王五", "LSVAU2180N0000019": "张叁"}


def test_wrong_values_are_refused_whole_at_their_fields(db: Database, people: UserSet) -> None:
    care = care_user(db, people.admin)
    vehicle_id = _car_with_visits(db, people)
    record = records.vehicle_record(db, care, vehicle_id)
    edit = _edit(
        record,
        owner=PersonEdit("", "12345", False),
        driver=PersonEdit("李师傅", "", True),
        source_channel=SourceChannel.OUTLET,
        outlet=" ",
        sale_date=TODAY + timedelta(days=1),
    )
    with pytest.raises(ValidationError) as refused:
        records.save_record(db, care, vehicle_id, edit, TODAY)
    assert [(p.field, p.render()) for p in refused.value.problems] == [
        ("owner_name", "Enter the owner's name."),
        ("owner_mobile", "Mobile number must be 11 digits starting with 13–19; you typed 12345."),
        ("driver_mobile", "A person is confirmed on the phone: enter the mobile first."),
        ("outlet", "Name the outlet that sent this list."),
        ("sale_date", "The sale date cannot be in the future."),
    ]
    assert records.vehicle_record(db, care, vehicle_id).people[Person.OWNER].name == "张三"
    with pytest.raises(PermissionDenied):
        records.vehicle_record(db, people.tech, vehicle_id)
    # The front desk corrects a number with the customer at the counter (the data-to-fix queue opens the page).
    fixed = _edit(record, owner=PersonEdit("张三", "13800138001", True))
    saved = records.save_record(db, people.advisor, vehicle_id, fixed, TODAY)
    assert saved.people[Person.OWNER].mobile == "13800138001" and saved.people[Person.OWNER].verified_by == "李晓明"
