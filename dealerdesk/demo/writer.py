"""``dealerdesk demo``: a realistic demo database for trying DealerDesk and for screenshots.

Historical orders are written directly (they happened in the past, not through today's
use cases), but every value passes the same validators as typed input.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from dealerdesk.db.database import open_database
from dealerdesk.db.migrate import has_tables, upgrade
from dealerdesk.db.models import (
    Concern,
    Customer,
    LabourLine,
    OrderNumberCounter,
    PartsLine,
    Setting,
    User,
    UserRole,
    Vehicle,
    WorkOrder,
)
from dealerdesk.demo.care import write_demo_care
from dealerdesk.demo.care_calls import write_demo_care_calls
from dealerdesk.demo.packages import write_demo_packages
from dealerdesk.demo.qc import write_demo_qc
from dealerdesk.demo.renewal import write_demo_renewal
from dealerdesk.demo.review import write_demo_review
from dealerdesk.demo.rework import write_demo_reworks
from dealerdesk.demo.settlement import write_demo_settlements
from dealerdesk.demo.values import (
    COLOURS,
    CONCERNS,
    LABOUR,
    PARTS,
    make_and_model,
    mobile,
    person_name,
    plate,
    vin,
)
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError
from dealerdesk.domain.roles import ROLE_LABELS, Role
from dealerdesk.domain.validation.vin import decode_make
from dealerdesk.domain.vocabulary import FuelLevel, OrderStatus, PaymentType, ServiceCategory
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor
from dealerdesk.services.passwords import hash_password
from dealerdesk.services.settings import DealerSettings

LOCAL = ZoneInfo("Asia/Shanghai")

# (username, full name, password, roles, team)
DEMO_USERS: list[tuple[str, str, str, set[Role], str]] = [
    ("admin", "系统管理员", "admin123", {Role.ADMIN}, ""),
    ("manager", "周经理", "manager1", {Role.MANAGER}, ""),
    ("sa1", "李晓明", "advisor1", {Role.ADVISOR}, ""),
    ("sa2", "陈静", "advisor2", {Role.ADVISOR}, ""),
    ("tech1", "王师傅", "tech1234", {Role.TECHNICIAN}, "机电一组"),
    ("tech2", "张伟", "tech2345", {Role.TECHNICIAN}, "机电一组"),
    ("tech3", "刘强", "tech3456", {Role.TECHNICIAN}, "机电二组"),
    ("tech4", "赵磊", "tech4567", {Role.TECHNICIAN}, "钣喷组"),
    ("lead1", "孙班长", "lead1234", {Role.TEAM_LEAD, Role.TECHNICIAN}, "机电一组"),
    ("lead2", "吴班长", "lead2345", {Role.TEAM_LEAD, Role.TECHNICIAN}, "机电二组"),
    ("qc1", "郑质检", "qc123456", {Role.QC_INSPECTOR}, ""),
    ("cr1", "何客服", "care1234", {Role.CUSTOMER_CARE}, ""),
    ("cr2", "孙客服", "care2345", {Role.CUSTOMER_CARE}, ""),
    ("parts1", "刘配件", "parts123", {Role.PARTS_CLERK}, ""),
    ("cashier1", "林收银", "cash1234", {Role.CASHIER}, ""),
    ("rn1", "钱续保", "renew123", {Role.RENEWAL_SPECIALIST}, ""),
    ("rn2", "冯续保", "renew234", {Role.RENEWAL_SPECIALIST}, ""),
]

CATEGORY_WEIGHTS = {
    ServiceCategory.PERIODIC_MAINTENANCE: 40,
    ServiceCategory.FIRST_SERVICE: 8,
    ServiceCategory.GENERAL_REPAIR: 25,
    ServiceCategory.BODY_PAINT: 8,
    ServiceCategory.WARRANTY: 6,
    ServiceCategory.INSURANCE_CLAIM: 8,
    ServiceCategory.PDS: 5,
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role_labels: tuple[str, ...]


@dataclass(frozen=True)
class DemoReport:
    path: str
    users: list[DemoUser]
    customers: int
    vehicles: int
    orders: int


def write_demo_database(url: str, seed: int = 2026, orders: int = 600, now: datetime | None = None) -> DemoReport:
    db = open_database(url)
    try:
        if has_tables(db):
            with db.read() as s:
                if "users" in s.connection().dialect.get_table_names(s.connection()) and s.scalar(
                    select(func.count()).select_from(User)
                ):
                    raise DealerDeskError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{name} already holds data; nothing was changed. Choose a new file for the demo.",
                        ),
                        name=db.display_name,
                    )
        upgrade(db)
        rng = random.Random(seed)
        now = now or datetime.now(UTC)
        with db.write() as s:
            user_rows: dict[str, User] = {}
            for username, full_name, password, roles, team in DEMO_USERS:
                u = User(
                    username=username,
                    full_name=full_name,
                    password_hash=hash_password(password),
                    team=team or None,
                    is_active=True,
                    roles=[UserRole(role=r.value) for r in sorted(roles)],
                )
                s.add(u)
                user_rows[username] = u
            s.flush()
            for key, value in {
                "dealer_name": "成都锦程汽车销售服务有限公司",
                "dealer_address": "成都市武侯区机场路二段188号",
                "dealer_phone": "028-8555 6666",
                "teams": list(dict.fromkeys(team for *_, team in DEMO_USERS if team)),
            }.items():
                s.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
            advisors = [user_rows["sa1"], user_rows["sa2"]]
            technicians = [user_rows[k] for k in ("tech1", "tech2", "tech3", "tech4", "lead1", "lead2")]
            n_vehicles = max(1, orders * 2 // 5)
            vehicles: list[Vehicle] = []
            customers: list[Customer] = []
            for _ in range(n_vehicles):
                c = Customer(name=person_name(rng), mobile=mobile(rng))
                wmi, make, model = make_and_model(rng)
                number = vin(rng, wmi)
                v = Vehicle(
                    vin=number,
                    plate=plate(rng, new_energy=(make == "比亚迪")),
                    make=decode_make(number) or make,
                    model=model,
                    colour=rng.choice(COLOURS),
                    last_mileage=None,
                    owner=c,
                )
                customers.append(c)
                vehicles.append(v)
                s.add(v)
            s.flush()
            mileage = {v.id: rng.randint(3000, 90000) for v in vehicles}
            counters: dict[str, int] = {}
            categories = list(CATEGORY_WEIGHTS)
            weights = list(CATEGORY_WEIGHTS.values())
            span = timedelta(days=180)
            times = sorted(now - span * rng.random() for _ in range(orders))
            ready: WorkOrder | None = None  # the newest car waiting for delivery
            for t in times:
                v = rng.choice(vehicles)
                owner = v.owner
                assert owner is not None
                category = rng.choices(categories, weights)[0]
                # Business hours in Chengdu: 8:30 to 17:30 local.
                local = t.astimezone(LOCAL).replace(hour=rng.randint(8, 17), minute=rng.choice((0, 10, 20, 30, 40, 50)))
                checked_in = local.astimezone(UTC)
                if checked_in > now:
                    checked_in = now - timedelta(minutes=rng.randint(5, 120))
                day = checked_in.astimezone(LOCAL).strftime("%Y%m%d")
                counters[day] = counters.get(day, 0) + 1
                mileage[v.id] += rng.randint(800, 6000)
                age = now - checked_in
                status = _status_for_age(rng, age)
                promised = checked_in + timedelta(hours=rng.choice((2, 3, 4, 6, 24, 48)))
                contact_other = rng.random() < 0.25
                order = WorkOrder(
                    number=f"WO{day}-{counters[day]:04d}",
                    status=status.value,
                    advisor_id=rng.choice(advisors).id,
                    customer_id=owner.id,
                    vehicle_id=v.id,
                    customer_name=owner.name,
                    customer_mobile=owner.mobile,
                    contact_name=person_name(rng) if contact_other else "",
                    contact_mobile=mobile(rng) if contact_other else "",
                    plate=v.plate or "",
                    vin=v.vin,
                    make=v.make or "",
                    model=v.model,
                    colour=v.colour or "",
                    mileage_in=mileage[v.id],
                    fuel_level=rng.choice(list(FuelLevel)).value,
                    category=category.value,
                    payment_type=_payment_for(category).value,
                    checked_in_at=checked_in,
                    promised_at=promised,
                    valuables=rng.choice(["", "", "行车记录仪", "车内有雨伞一把", "后备箱有儿童座椅"]),
                    damage_notes=rng.choice(["", "", "", "左后门轻微划痕", "前保险杠下沿擦伤"]),
                    customer_waits=rng.random() < 0.4,
                    wash=rng.random() < 0.7,
                    old_parts_returned=rng.random() < 0.3,
                    created_at=checked_in,
                    updated_at=checked_in,
                    opened_at=None if status is OrderStatus.DRAFT else checked_in,
                    delivered_at=(min(promised, now) if status is OrderStatus.DELIVERED else None),
                    cancel_reason="客户改期" if status is OrderStatus.CANCELLED else "",
                )
                texts = rng.sample(CONCERNS[category.value], k=min(len(CONCERNS[category.value]), rng.randint(1, 2)))
                order.concerns = [Concern(position=i, text=tx) for i, tx in enumerate(texts)]
                labour = rng.sample(LABOUR[category.value], k=min(len(LABOUR[category.value]), rng.randint(1, 3)))
                rate = DealerSettings().labour_rate_fen
                order.labour_lines = [
                    LabourLine(
                        position=i,
                        operation=op,
                        hours_x100=h,
                        rate_fen=rate,
                        amount_fen=h * rate // 100,
                        technician_id=rng.choice(technicians).id,
                    )
                    for i, (op, h) in enumerate(labour)
                ]
                parts = PARTS[category.value]
                order.parts_lines = [
                    PartsLine(
                        position=i, part_no=no, name=name, quantity_x1000=q, unit_price_fen=p, amount_fen=q * p // 1000
                    )
                    for i, (no, name, q, p) in enumerate(parts[: rng.randint(0, len(parts))])
                ]
                order.estimate_fen = sum(x.amount_fen for x in order.labour_lines) + sum(
                    x.amount_fen for x in order.parts_lines
                )
                if status is not OrderStatus.DRAFT:
                    v.last_mileage = mileage[v.id]
                s.add(order)
                if status is OrderStatus.READY:
                    ready = order
            if ready is not None:
                _accident_repair(ready)
            for day, last in counters.items():
                s.add(OrderNumberCounter(day=day, last=last))
            admin = user_rows["admin"]
            audit.record(
                s,
                Actor(admin.id, admin.username, admin.full_name, frozenset({Role.ADMIN})),
                "create_demo",
                "database",
                "demo",
                {"orders": orders, "seed": seed},
            )
        write_demo_qc(db, random.Random(seed + 3), now)  # QC rounds: before the rework register
        write_demo_packages(db, random.Random(seed + 6), now)  # packages use the delivered orders' lines
        write_demo_reworks(db, random.Random(seed + 4), now)  # rework register: after the QC rounds
        write_demo_review(db, random.Random(seed + 5), now)  # calls, complaints, audits: after every order is done
        write_demo_care(db, random.Random(seed + 9), now)  # years of history, channels, sales lists
        write_demo_care_calls(db, random.Random(seed + 8), now)  # follow-up calls: after the customer base
        write_demo_settlements(db, random.Random(seed + 10), now)  # the last two weeks' deliveries, every order's lines
        write_demo_renewal(db, random.Random(seed + 7), now)  # policies, follow-ups; offers on delivered claims
        return DemoReport(
            path=db.display_name,
            users=[DemoUser(u, p, tuple(ROLE_LABELS[r] for r in sorted(roles))) for u, _n, p, roles, _t in DEMO_USERS],
            customers=len(customers),
            vehicles=len(vehicles),
            orders=orders,
        )
    finally:
        db.dispose()


def _accident_repair(order: WorkOrder) -> None:
    """The newest car waiting for delivery is an insurer's accident repair of more than 5,000 yuan: the
    cashier settles it with the claim number and, before it leaves, the advisor makes the renewal offer
    (续保前移). Made after the draws, so the rest of the demo is what the seed gives."""
    claim = ServiceCategory.INSURANCE_CLAIM.value
    order.category = claim
    order.payment_type = PaymentType.INSURANCE.value
    order.concerns = [Concern(position=0, text=CONCERNS[claim][0])]
    technician = order.labour_lines[0].technician_id if order.labour_lines else None
    rate = DealerSettings().labour_rate_fen
    order.labour_lines = [
        LabourLine(
            position=i, operation=op, hours_x100=h, rate_fen=rate, amount_fen=h * rate // 100, technician_id=technician
        )
        for i, (op, h) in enumerate(LABOUR[claim])
    ]
    order.parts_lines = [
        PartsLine(position=i, part_no=no, name=name, quantity_x1000=q, unit_price_fen=p, amount_fen=q * p // 1000)
        for i, (no, name, q, p) in enumerate(PARTS[claim])
    ]
    order.estimate_fen = sum(x.amount_fen for x in order.labour_lines) + sum(x.amount_fen for x in order.parts_lines)


def _status_for_age(rng: random.Random, age: timedelta) -> OrderStatus:
    if age > timedelta(days=3):
        return OrderStatus.CANCELLED if rng.random() < 0.02 else OrderStatus.DELIVERED
    return rng.choice(
        [
            OrderStatus.DRAFT,
            OrderStatus.OPEN,
            OrderStatus.IN_WORKSHOP,
            OrderStatus.AWAITING_QC,
            OrderStatus.READY,
            OrderStatus.DELIVERED,
        ]
    )


def _payment_for(category: ServiceCategory) -> PaymentType:
    return {
        ServiceCategory.WARRANTY: PaymentType.WARRANTY,
        ServiceCategory.INSURANCE_CLAIM: PaymentType.INSURANCE,
        ServiceCategory.PDS: PaymentType.INTERNAL,
        ServiceCategory.REWORK: PaymentType.INTERNAL,
    }.get(category, PaymentType.CUSTOMER)
