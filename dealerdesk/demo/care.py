"""Demo customer base for the care desk: years of history, where each car was sold, who to call.

Written after the workshop's last six months exist: each car gets a sale date that fits its
odometer, a source channel (own sales, one of three second-tier outlets, walk-in, another
dealer), usage flags, a contact and a usual driver where the owner is not the user, some
people verified by the care desk, and its earlier visits back to the sale: loyal cars every
half-year, occasional ones yearly, lost ones not since the first service or never (most
outlet cars, as in the seed). Then three months of sales lists from the outlets and the sales
side arrive through the real import, with rejected and late rows, for the data-quality report.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    Concern,
    ImportBatch,
    LabourLine,
    OrderNumberCounter,
    Outlet,
    User,
    UserRole,
    Vehicle,
    WorkOrder,
)
from dealerdesk.demo.values import CONCERNS, LABOUR, make_and_model, mobile, person_name, plate, vin
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus, PaymentType, ServiceCategory
from dealerdesk.services.actor import Actor
from dealerdesk.services.care.sales_import import COLUMNS, check_sale_row, import_sales_list
from dealerdesk.services.imports.checks import CheckedRow, Preview
from dealerdesk.services.imports.reader import SourceRow
from dealerdesk.services.settings import DealerSettings

OUTLETS = (("星河汽车二级网点", "郭经理", "13908170011"), ("锦江车城", "罗店长", "13808230022"),
           ("新都通达汽贸", "唐经理", "13982110033"))  # fmt: skip
CHANNEL_WEIGHTS = {
    SourceChannel.OWN_SALES: 48,
    SourceChannel.OUTLET: 30,
    SourceChannel.WALK_IN: 14,
    SourceChannel.OTHER_DEALER: 8,
}
# How a car comes back: every half-year, about yearly, once or twice then gone, never after the sale.
HABITS = {"loyal": 30, "occasional": 35, "faded": 20, "never": 15}
MAX_AGE_DAYS = 6 * 365
WINDOW_DAYS = 182  # the workshop's own demo orders cover the last 180 days


def _local(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))), CHINA_TIME).astimezone(UTC)


def _people(s_vehicle: Vehicle, rng: random.Random, care_ids: list[int], today: date) -> None:
    """A contact when the owner is not the user (a company, a parent's car), a usual driver, some verified."""
    if rng.random() < 0.3 or s_vehicle.usage_company_car:
        s_vehicle.contact_name, s_vehicle.contact_mobile = person_name(rng), mobile(rng)
    if rng.random() < 0.2 or s_vehicle.usage_taxi or s_vehicle.usage_ride_hailing:
        s_vehicle.driver_name, s_vehicle.driver_mobile = person_name(rng), mobile(rng)
    for who in ("owner", "contact", "driver"):
        if who != "owner" and not getattr(s_vehicle, f"{who}_mobile"):
            continue
        if rng.random() < 0.35:
            day = today - timedelta(days=rng.randint(1, 400))
            setattr(s_vehicle, f"{who}_verified_at", _local(day, rng))
            setattr(s_vehicle, f"{who}_verified_by_id", rng.choice(care_ids))


def _history(sale: date, before: date, km_per_day: float, habit: str, rng: random.Random) -> list[tuple[date, int]]:
    """Visits between the sale and ``before``: the first service at 3-6 months, then by habit."""
    if habit == "never":
        return []
    visits: list[tuple[date, int]] = []
    day = sale + timedelta(days=rng.randint(90, 180))
    gaps = {"loyal": (150, 220), "occasional": (280, 420), "faded": (300, 500)}[habit]
    while day < before:
        km = max(300, int((day - sale).days * km_per_day * rng.uniform(0.9, 1.1)))
        visits.append((day, km))
        if habit == "faded" and len(visits) >= rng.randint(1, 2):
            break
        day += timedelta(days=rng.randint(*gaps))
    return visits


def _write_history(db: Database, rng: random.Random, now: datetime) -> None:
    today = now.astimezone(CHINA_TIME).date()
    window_start = today - timedelta(days=WINDOW_DAYS)  # the six months' writer numbers the days after
    with db.write() as s:
        care_ids = list(
            s.scalars(
                select(UserRole.user_id).where(UserRole.role == Role.CUSTOMER_CARE.value).order_by(UserRole.user_id)
            )
        )
        advisors = list(s.scalars(select(UserRole.user_id).where(UserRole.role == Role.ADVISOR.value)))
        technicians = list(s.scalars(select(UserRole.user_id).where(UserRole.role == Role.TECHNICIAN.value)))
        outlets = [Outlet(name=n, contact_name=c, contact_mobile=m, active=True) for n, c, m in OUTLETS]
        s.add_all(outlets)
        s.flush()
        first_visit = {
            vid: (at, km)
            for vid, at, km in s.execute(
                select(WorkOrder.vehicle_id, func.min(WorkOrder.checked_in_at), func.min(WorkOrder.mileage_in))
                .where(WorkOrder.vehicle_id.is_not(None), WorkOrder.status != OrderStatus.DRAFT.value)
                .group_by(WorkOrder.vehicle_id)
            )
        }
        counters: dict[str, int] = {}
        rate = DealerSettings().labour_rate_fen
        channels, channel_weights = list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values())
        habits, habit_weights = list(HABITS), list(HABITS.values())
        for v in s.scalars(select(Vehicle).order_by(Vehicle.id)):
            v.usage_taxi = rng.random() < 0.04
            v.usage_ride_hailing = not v.usage_taxi and rng.random() < 0.07
            v.usage_company_car = rng.random() < 0.09
            km_per_day = rng.uniform(120, 220) if v.usage_taxi or v.usage_ride_hailing else rng.uniform(18, 55)
            first = first_visit.get(v.id)
            if first is not None and first[0] is not None and first[1] is not None:
                first_day = first[0].astimezone(CHINA_TIME).date()
                age = min(MAX_AGE_DAYS, max(60, int(first[1] / km_per_day)))
                sale = first_day - timedelta(days=age)
                before = min(first_day - timedelta(days=30), window_start)
            else:
                sale = today - timedelta(days=rng.randint(200, MAX_AGE_DAYS))
                before = today - timedelta(days=rng.randint(200, 900))  # not seen for a long while
            v.warranty_start = sale
            channel = rng.choices(channels, channel_weights)[0]
            v.source_channel = channel.value
            v.outlet_id = rng.choice(outlets).id if channel is SourceChannel.OUTLET else None
            _people(v, rng, care_ids, today)
            # The seed's outlet cars mostly never came back; a walk-in was first seen in the workshop.
            habit = (
                "never"
                if channel is SourceChannel.OUTLET and rng.random() < 0.6
                else rng.choices(habits, habit_weights)[0]
            )
            owner = v.owner
            for n, (day, km) in enumerate(_history(sale, before, km_per_day, habit, rng)):
                key = day.strftime("%Y%m%d")
                counters[key] = counters.get(key, 0) + 1
                category = (
                    ServiceCategory.FIRST_SERVICE
                    if n == 0
                    else rng.choice((ServiceCategory.PERIODIC_MAINTENANCE,) * 4 + (ServiceCategory.GENERAL_REPAIR,))
                )
                at = _local(day, rng)
                operation, hours = rng.choice(LABOUR[category.value])
                order = WorkOrder(
                    number=f"WO{key}-{counters[key]:04d}",
                    status=OrderStatus.DELIVERED.value,
                    advisor_id=rng.choice(advisors),
                    customer_id=owner.id if owner else None,
                    vehicle_id=v.id,
                    customer_name=owner.name if owner else "",
                    customer_mobile=owner.mobile if owner else "",
                    plate=v.plate or "",
                    vin=v.vin,
                    make=v.make or "",
                    model=v.model,
                    colour=v.colour or "",
                    mileage_in=km,
                    fuel_level="1/2",
                    category=category.value,
                    payment_type=PaymentType.CUSTOMER.value,
                    checked_in_at=at,
                    promised_at=at + timedelta(hours=3),
                    created_at=at,
                    updated_at=at,
                    opened_at=at,
                    delivered_at=at + timedelta(hours=rng.randint(2, 5)),
                    estimate_fen=hours * rate // 100,
                )
                order.concerns = [Concern(position=0, text=rng.choice(CONCERNS[category.value]))]
                order.labour_lines = [
                    LabourLine(
                        position=0,
                        operation=operation,
                        hours_x100=hours,
                        rate_fen=rate,
                        amount_fen=hours * rate // 100,
                        technician_id=rng.choice(technicians) if technicians else None,
                    )
                ]
                s.add(order)
        s.add_all(OrderNumberCounter(day=key, last=last) for key, last in counters.items())


def _sales_row(rng: random.Random, sold: date, n: int, fault: str) -> dict[str, str]:
    wmi, _make, model = make_and_model(rng)
    number = vin(rng, wmi)
    cells = {c.key: "" for c in COLUMNS} | {
        "vin": number,
        "plate": plate(rng) if rng.random() < 0.5 else "",
        "model": model,
        "colour": rng.choice(("白色", "黑色", "银色", "灰色")),
        "sale_date": sold.isoformat(),
        "owner_name": person_name(rng),
        "owner_mobile": mobile(rng),
    }
    if rng.random() < 0.3:
        cells["contact_name"], cells["contact_mobile"] = person_name(rng), mobile(rng)
    if rng.random() < 0.1:
        cells["usage"] = rng.choice(("网约车", "公司车", "出租车"))
    if fault == "vin":  # one character mistyped: the check digit catches it
        cells["vin"] = number[:8] + ("0" if number[8] != "0" else "1") + number[9:]
    elif fault == "mobile":
        cells["owner_mobile"] = cells["owner_mobile"][:-1]
    elif fault == "date":
        cells["sale_date"] = ""
    elif fault == "plate":
        cells["plate"] = "川AO" + str(1000 + n)
    elif fault == "contact":
        cells["contact_name"], cells["contact_mobile"] = person_name(rng), ""
    return cells


def _write_imports(db: Database, rng: random.Random, now: datetime) -> None:
    """Three months of sales lists: the outlets' late and with mistakes, the sales side's mostly clean."""
    today = now.astimezone(CHINA_TIME).date()
    with db.read() as s:
        care = s.execute(
            select(User)
            .join(UserRole, UserRole.user_id == User.id)
            .where(UserRole.role == Role.CUSTOMER_CARE.value)
            .order_by(User.id)
            .limit(1)
        ).scalar_one_or_none()
    if care is None:
        return
    actor = Actor(care.id, care.username, care.full_name, frozenset({Role.CUSTOMER_CARE}))
    faults = ("vin", "mobile", "date", "plate", "contact")
    # (channel, outlet, share of rows with a mistake, days between the sale and the list, drawn from)
    senders = ((SourceChannel.OUTLET, OUTLETS[0][0], 0.3, (0, 1, 1, 2, 3, 5, 9)),
               (SourceChannel.OUTLET, OUTLETS[1][0], 0.15, (0, 0, 1, 1, 1, 2, 4)),
               (SourceChannel.OWN_SALES, "", 0.03, (0, 0, 0, 1)))  # fmt: skip
    sent_before: dict[str, dict[str, str]] = {}  # an outlet's cars sent without a plate, by outlet
    for months_ago in (2, 1, 0):
        received = today - timedelta(days=30 * months_ago + rng.randint(1, 5))
        for channel, outlet, fault_rate, delays in senders:
            rows = []
            lines = [_sales_row(rng, received - timedelta(days=rng.choice(delays)), n, "") for n in range(6)]
            for n in range(6, rng.randint(8, 12)):
                fault = rng.choice(faults) if rng.random() < fault_rate else ""
                lines.append(_sales_row(rng, received - timedelta(days=rng.choice(delays)), n, fault))
            earlier = sent_before.get(outlet)
            if earlier is not None:  # sent again with its plate: the import updates the car
                lines.append(earlier | {"plate": plate(rng)})
            for n, cells in enumerate(lines):
                key, value, problems = check_sale_row(SourceRow(n + 3, cells), received)
                rows.append(CheckedRow(n + 3, key, cells, value, tuple(problems)))
                if value is not None and not cells["plate"]:
                    sent_before[outlet] = cells
            name = f"{outlet or '本店销售'}{received.month}月销售明细.xlsx"
            result = import_sales_list(
                db, actor, Preview(name, tuple(rows)), channel, outlet, received, only_good_rows=True
            )
            with db.write() as s:  # received that day, at the office
                batch = s.get(ImportBatch, result.batch_id)
                assert batch is not None
                batch.imported_at = _local(received, rng)


def write_demo_care(db: Database, rng: random.Random, now: datetime) -> None:
    _write_history(db, rng, now)
    _write_imports(db, rng, now)
