"""The benchmark dataset: ten years of a busy dealership's service office.

150,000 work orders (about 41 a day), ~60,000 vehicles and their owners, concerns,
labour and parts lines, extra-work approvals, QC rounds with their signatures
(levels 1-4 by different people), and the rework register (QC rework ~1.5 %,
internal ~0.5 %, external comebacks ~0.3 % linked to the original order).

The schema comes from the real migrations (``open_database`` + ``upgrade``); rows are
then written with raw ``sqlite3.executemany`` in one transaction, because going
through the ORM would take many minutes. Values come from ``services/demo_values.py``
(names, mobiles, plates, VINs with check digits) so they pass the validators.
Times are stored the way SQLAlchemy's DateTime stores them in SQLite: naive UTC
``YYYY-MM-DD HH:MM:SS.ffffff``.

Checklist answers (qc_item_results) are written for the last year only: ten years of
them would be ~5 million rows (~0.5 GB) that no screen reads in bulk.

Same seed, same order count and same end day give the same file. The staff of
``dealerdesk demo`` (sa1/advisor1, manager/manager1 ...) exist with the same
passwords, so the application can be started on this file too.

    .venv/bin/python bench/generate_dataset.py [--orders N] [--seed S] [--force]
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import sqlite3
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from dataset_texts import (  # noqa: E402 - after the path set-up above
    CANCEL_REASONS,
    CAUSE_DETAILS,
    COMEBACK_CONCERNS,
    CORRECTIVE_ACTIONS,
    DAMAGE_NOTES,
    EXTRA_WORK,
    FAIL_NOTES,
    NOTE_NONE,
    VALUABLES,
)

from dealerdesk.db import order_counts  # noqa: E402
from dealerdesk.db.database import open_database  # noqa: E402
from dealerdesk.db.migrate import HEAD_REVISION, current_revision, upgrade  # noqa: E402
from dealerdesk.db.search_index import rebuild_sql  # noqa: E402
from dealerdesk.demo.values import (  # noqa: E402
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
from dealerdesk.domain.checklists import HANDOVER, ChecklistItem, ItemKind, load_templates  # noqa: E402
from dealerdesk.domain.roles import Role  # noqa: E402
from dealerdesk.domain.search_text import search_key  # noqa: E402
from dealerdesk.domain.validation.vin import decode_make  # noqa: E402
from dealerdesk.domain.vocabulary import (  # noqa: E402
    ApprovalMethod,
    CauseCategory,
    FuelLevel,
    OrderStatus,
    PaymentType,
    QcLevel,
    ReworkKind,
    ServiceCategory,
)
from dealerdesk.paths import checklists_dir  # noqa: E402
from dealerdesk.services.passwords import hash_password  # noqa: E402
from dealerdesk.services.settings import DealerSettings  # noqa: E402

DATASET_VERSION = 4  # bump when the generator changes what it writes: cached files are rebuilt
DEFAULT_ORDERS = 150_000
DEFAULT_SEED = 4_2026
DATA_DIR = Path(__file__).resolve().parent / "data"
YEARS = 10
CHINA = timedelta(hours=8)  # mainland China keeps UTC+8 all year
END_OF_DATA = timedelta(hours=15, minutes=30)  # local time on the last day
METADATA_KEY = "bench_dataset"  # a settings row the application ignores
BENCH_PASSWORD = "bench1234"  # for the staff beyond the demo's

QC_REWORK_RATE = 0.015
INTERNAL_REWORK_RATE = 0.005
COMEBACK_RATE = 0.003
EXTRA_WORK_RATE = 0.08
REOPEN_RATE = 0.002  # a manager reopened a level-3 signature (voided, signed again)
ITEM_RESULTS_DAYS = 365

S = OrderStatus
C = ServiceCategory


@dataclass(frozen=True)
class Staff:
    """A member of staff and the part of the ten years (0 = first day, 1 = last) they worked."""

    username: str
    full_name: str
    password: str
    roles: frozenset[Role]
    team: str
    start: float = 0.0
    end: float = 1.0


def _staff(username: str, name: str, roles: set[Role], team: str = "", start: float = 0.0, end: float = 1.0) -> Staff:
    demo = {
        "admin": "admin123",
        "manager": "manager1",
        "sa1": "advisor1",
        "sa2": "advisor2",
        "tech1": "tech1234",
        "tech2": "tech2345",
        "tech3": "tech3456",
        "tech4": "tech4567",
        "lead1": "lead1234",
        "lead2": "lead2345",
        "qc1": "qc123456",
    }
    return Staff(username, name, demo.get(username, BENCH_PASSWORD), frozenset(roles), team, start, end)


A, T, L, Q, M = Role.ADVISOR, Role.TECHNICIAN, Role.TEAM_LEAD, Role.QC_INSPECTOR, Role.MANAGER
TEAM1, TEAM2, BODY = "机电一组", "机电二组", "钣喷组"
# The demo's staff (still employed at the end) plus colleagues who came and went over ten years.
ROSTER = [
    _staff("admin", "系统管理员", {Role.ADMIN}),
    _staff("manager", "周经理", {M}, start=0.45),
    _staff("manager0", "黄经理", {M}, end=0.45),
    _staff("sa1", "李晓明", {A}, start=0.55),
    _staff("sa2", "陈静", {A}, start=0.7),
    _staff("sa3", "王丽", {A}),
    _staff("sa4", "赵敏", {A}, end=0.55),
    _staff("sa5", "刘洋", {A}, start=0.3),
    _staff("sa6", "杨娟", {A}, end=0.7),
    _staff("tech1", "王师傅", {T}, TEAM1),
    _staff("tech2", "张伟", {T}, TEAM1, start=0.4),
    _staff("tech3", "刘强", {T}, TEAM2, start=0.2),
    _staff("tech4", "赵磊", {T}, BODY),
    _staff("tech5", "马超", {T}, TEAM1, end=0.4),
    _staff("tech6", "朱军", {T}, TEAM2),
    _staff("tech7", "胡勇", {T}, TEAM2, end=0.6),
    _staff("tech8", "郭杰", {T}, TEAM2, start=0.6),
    _staff("tech9", "何平", {T}, BODY, end=0.5),
    _staff("tech10", "林刚", {T}, BODY, start=0.5),
    _staff("tech11", "罗建华", {T}, TEAM1, start=0.75),
    _staff("tech12", "梁志强", {T}, TEAM1, end=0.3),
    _staff("lead1", "孙班长", {L, T}, TEAM1),
    _staff("lead2", "吴班长", {L, T}, TEAM2, start=0.35),
    _staff("lead3", "谢班长", {L, T}, TEAM2, end=0.35),
    _staff("lead4", "宋班长", {L, T}, BODY),
    _staff("qc1", "郑质检", {Q}, start=0.3),
    _staff("qc2", "唐质检", {Q}, end=0.3),
    _staff("qc3", "许质检", {Q}, start=0.6),
]

CATEGORY_WEIGHTS = {
    C.PERIODIC_MAINTENANCE: 44,
    C.GENERAL_REPAIR: 27,
    C.BODY_PAINT: 9,
    C.WARRANTY: 7,
    C.INSURANCE_CLAIM: 9,
}
PAYMENT = {C.WARRANTY: PaymentType.WARRANTY, C.INSURANCE_CLAIM: PaymentType.INSURANCE, C.PDS: PaymentType.INTERNAL}
COMEBACK_WINDOW = {C.PERIODIC_MAINTENANCE: (30, 5000)}  # (days, km); others: minor repairs' 10 days, 2,000 km
REWORK_LABOUR = [("返修检查及重新装配", 100), ("返修：重新诊断", 80), ("返修：更换缺陷配件", 150)]


def default_path(orders: int = DEFAULT_ORDERS) -> Path:
    size = f"{orders // 1000}k" if orders % 1000 == 0 else str(orders)
    return DATA_DIR / f"dataset-{size}.sqlite"


def ensure_dataset(path: Path | None = None, orders: int = DEFAULT_ORDERS) -> Path:
    """The cached dataset file, generated first if missing or written by another generator version;
    a cached file from before a new migration is migrated (as the application would on start)."""
    path = path or default_path(orders)
    wanted = {"version": DATASET_VERSION, "orders": orders, "seed": DEFAULT_SEED}
    found = read_metadata(path)
    if found is not None and all(found.get(k) == v for k, v in wanted.items()):
        db = open_database(f"sqlite:///{path}")
        try:
            if current_revision(db) != HEAD_REVISION:
                log(f"migrating {path.name} to the newest schema")  # the 1.5M file takes an hour to build
                upgrade(db, backup_first=False)
        finally:
            db.dispose()
        return path
    generate(path, orders=orders, seed=DEFAULT_SEED)
    return path


def read_metadata(path: Path) -> dict[str, object] | None:
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (METADATA_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    data = json.loads(row[0])
    return data if isinstance(data, dict) else None


def ts(moment: datetime) -> str:
    """A naive UTC datetime as SQLAlchemy's DateTime writes it in SQLite."""
    return moment.isoformat(" ", "microseconds")


@dataclass
class Vehicle:
    id: int
    vin: str
    plate: str
    make: str
    model: str
    colour: str
    owner_id: int
    registered: datetime  # naive UTC: sold / first on the road
    daily_km: float
    last_mileage: int | None = None
    visits: int = 0


@dataclass
class Delivered:
    """A delivered order a comeback may refer to."""

    order_id: int
    vehicle: Vehicle
    category: ServiceCategory
    delivered_at: datetime
    mileage: int
    technician_id: int


@dataclass(frozen=True)
class QcResult:
    """Where an order that reached QC stands at the end of the data."""

    status: OrderStatus
    last_change: datetime
    delivered_at: datetime | None
    road_test: tuple[int, int] | None  # odometer out, in (level 3)
    rounds: int


@dataclass(frozen=True)
class RoundResult:
    signed: int  # levels signed, 0-4
    last_signature: datetime
    road_test: tuple[int, int] | None  # level 3's odometer out, in
    failed_item: dict[str, str] | None  # as the QC service writes it into the rework record


@dataclass
class Rows:
    """Rows per table, in column order of the INSERT statements below."""

    tables: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)

    def add(self, table: str, row: tuple[object, ...]) -> None:
        self.tables.setdefault(table, []).append(row)

    def count(self, table: str) -> int:
        return len(self.tables.get(table, []))


COLUMNS: dict[str, tuple[str, ...]] = {
    "users": ("id", "username", "full_name", "password_hash", "team", "is_active", "created_at"),
    "user_roles": ("user_id", "role"),
    "settings": ("key", "value"),
    "customers": ("id", "name", "mobile", "created_at", "updated_at", "name_key"),
    "vehicles": (
        "id", "vin", "plate", "make", "model", "colour", "last_mileage", "owner_id", "created_at", "updated_at",
    ),
    "work_orders": (
        "id", "number", "status", "version", "advisor_id", "customer_id", "vehicle_id", "customer_name",
        "customer_mobile", "contact_name", "contact_mobile", "plate", "no_plate", "vin", "make", "model", "colour",
        "mileage_in", "fuel_level", "category", "payment_type", "estimate_fen", "checked_in_at", "promised_at",
        "valuables", "damage_notes", "customer_waits", "wash", "old_parts_returned", "road_test_out_km",
        "road_test_in_km", "cancel_reason", "created_at", "updated_at", "updated_by_id", "opened_at",
        "finished_at", "delivered_at", "customer_name_key",
    ),
    "concerns": ("id", "order_id", "position", "text"),
    "labour_lines": (
        "id", "order_id", "position", "operation", "hours_x100", "rate_fen", "amount_fen", "technician_id",
    ),
    "parts_lines": (
        "id", "order_id", "position", "part_no", "name", "quantity_x1000", "unit_price_fen", "amount_fen",
    ),
    "extra_work": (
        "id", "order_id", "description", "amount_fen", "new_promised_at", "approver_name", "method",
        "approved_at", "recorded_by_id", "recorded_at",
    ),
    "order_number_counters": ("day", "last"),
    "qc_rounds": (
        "id", "order_id", "round_no", "category", "template_version", "handover_version", "status", "started_at",
        "started_by_id", "ended_at", "road_test_out_km", "road_test_in_km",
    ),
    "qc_signoffs": (
        "id", "round_id", "level", "signer_id", "signed_at", "outcome", "voided_at", "voided_by_id", "void_reason",
    ),
    "qc_item_results": (
        "id", "round_id", "signoff_id", "level", "item_code", "answer", "value", "note", "answered_by_id",
        "answered_at",
    ),
    "rework_records": (
        "id", "version", "original_order_id", "rework_order_id", "kind", "detected_at", "detected_by_id",
        "qc_round_id", "qc_level", "stage", "failed_items", "description", "responsible_technician_id",
        "cause_category", "cause_detail", "corrective_action", "labour_cost_fen", "parts_cost_fen", "status",
        "closed_at", "closed_by_id",
    ),
    "audit_log": ("id", "at", "user_id", "action", "entity", "entity_id", "changes"),
}  # fmt: skip


class Generator:
    def __init__(self, orders: int, seed: int, end_day: date) -> None:
        self.n_orders = orders
        self.rng = random.Random(seed)
        self.seed = seed
        self.end_day = end_day
        # The data ends at 15:30 local on end_day, mid-afternoon: the day's orders are at every stage.
        self.now = datetime.combine(end_day, datetime.min.time()) + END_OF_DATA - CHINA
        self.start = self.now - timedelta(days=365 * YEARS + YEARS // 4)
        self.span = (self.now - self.start).total_seconds()
        self.rows = Rows()
        self.rate = DealerSettings().labour_rate_fen
        library = load_templates(checklists_dir())
        self.templates = {str(t.category): t for t in (library.get(c) for c in [*ServiceCategory, HANDOVER])}
        self.ids: dict[str, int] = {}
        # One external rework per original order (migration 0012): a second comeback is an ordinary visit.
        self.comebacks_registered: set[int] = set()
        self.counters: dict[str, int] = {}
        self.staff_ids: dict[str, int] = {}
        self.active_cache: dict[int, dict[str, list[int]]] = {}

    def next_id(self, table: str) -> int:
        self.ids[table] = self.ids.get(table, 0) + 1
        return self.ids[table]

    def audit(
        self,
        at: datetime,
        user: int,
        action: str,
        entity_id: int,
        changes: dict[str, object],
        entity: str = "work_order",
    ) -> None:
        """An audit row as services/audit.record writes it (the services' action names and entities)."""
        self.rows.add("audit_log", (self.next_id("audit_log"), ts(at), user, action, entity, str(entity_id),
                                    json.dumps(changes, ensure_ascii=False)))  # fmt: skip

    # ── staff ────────────────────────────────────────────────────────────────
    def write_staff(self) -> None:
        hashes = {pw: hash_password(pw) for pw in sorted({s.password for s in ROSTER})}
        created = ts(self.start - timedelta(days=7))
        for member in ROSTER:
            uid = self.next_id("users")
            self.staff_ids[member.username] = uid
            active = 1 if member.end >= 1.0 else 0
            self.rows.add("users", (uid, member.username, member.full_name, hashes[member.password],
                                    member.team or None, active, created))  # fmt: skip
            for role in sorted(member.roles):
                self.rows.add("user_roles", (uid, role.value))

    def active(self, moment: datetime) -> dict[str, list[int]]:
        """Staff working at ``moment``, by role and by team (cached per 1/500 of the span)."""
        bucket = min(500, max(0, int((moment - self.start).total_seconds() / self.span * 500)))
        cached = self.active_cache.get(bucket)
        if cached is not None:
            return cached
        frac = bucket / 500
        out: dict[str, list[int]] = {}
        for member in ROSTER:
            if member.start <= frac <= member.end:
                uid = self.staff_ids[member.username]
                for role in member.roles:
                    out.setdefault(role.value, []).append(uid)
                if Role.TECHNICIAN in member.roles:
                    out.setdefault("team:" + member.team, []).append(uid)
        self.active_cache[bucket] = out
        return out

    # ── customers and vehicles ───────────────────────────────────────────────
    def write_vehicles(self) -> list[Vehicle]:
        rng = self.rng
        n_vehicles = max(10, self.n_orders * 2 // 5)
        n_customers = n_vehicles * 7 // 8  # some customers own two cars
        first_day = self.start - timedelta(days=3 * 365)
        spread = (self.now - timedelta(days=2) - first_day).total_seconds()
        regs = sorted(first_day + timedelta(seconds=spread * rng.random()) for _ in range(n_vehicles))
        customers = []
        for i in range(n_customers):
            cid = self.next_id("customers")
            created = ts(max(regs[min(i * n_vehicles // n_customers, n_vehicles - 1)], self.start))
            customers.append(cid)
            name = person_name(rng)
            self.rows.add("customers", (cid, name, mobile(rng), created, created, search_key(name)))
        owners = customers + [rng.choice(customers) for _ in range(n_vehicles - n_customers)]
        rng.shuffle(owners)
        seen_vins: set[str] = set()
        seen_plates: set[str] = set()
        makes: dict[str, str] = {}
        vehicles = []
        for reg, owner in zip(regs, owners, strict=True):
            wmi, make, model = make_and_model(rng)
            number = vin(rng, wmi)
            while number in seen_vins:
                number = vin(rng, wmi)
            seen_vins.add(number)
            new_energy = make == "比亚迪"
            tag = plate(rng, new_energy=new_energy)
            while tag in seen_plates:
                tag = plate(rng, new_energy=new_energy)
            seen_plates.add(tag)
            if wmi not in makes:
                makes[wmi] = decode_make(number) or make
            vehicles.append(
                Vehicle(
                    id=self.next_id("vehicles"),
                    vin=number,
                    plate=tag,
                    make=makes[wmi],
                    model=model,
                    colour=rng.choice(COLOURS),
                    owner_id=owner,
                    registered=reg,
                    daily_km=rng.uniform(12, 90),
                )
            )
        return vehicles

    def vehicle_rows(self, vehicles: list[Vehicle]) -> None:
        for v in vehicles:
            created = ts(max(v.registered, self.start))
            self.rows.add("vehicles", (v.id, v.vin, v.plate, v.make, v.model, v.colour, v.last_mileage, v.owner_id,
                                       created, created))  # fmt: skip

    # ── orders ───────────────────────────────────────────────────────────────
    def check_in_times(self) -> list[datetime]:
        """Check-ins during business hours, fewer on Sundays, busier in later years."""
        rng = self.rng
        days = (self.now - self.start).days + 1
        first = (self.start + CHINA).date()
        weights = []
        for d in range(days):
            day = first + timedelta(days=d)
            weekday = day.weekday()
            weights.append((0.55 if weekday == 6 else 0.85 if weekday == 5 else 1.0) * (0.7 + 0.6 * d / days))
        picked = rng.choices(range(days), weights, k=self.n_orders)
        times = []
        for d in picked:
            local = datetime.combine(first + timedelta(days=d), datetime.min.time())
            if d == days - 1:  # the last day, until `now`
                minute = int(rng.uniform(8 * 60, END_OF_DATA.total_seconds() / 60 - 1))
            else:
                minute = int(rng.triangular(8 * 60, 17 * 60 + 30, 9 * 60 + 30))
            times.append(local + timedelta(minutes=minute, seconds=rng.randrange(60)) - CHINA)
        times.sort()
        return times

    def fate(self, checked_in: datetime) -> OrderStatus | None:
        """Cancelled or left as a draft; None for an order that runs its course (its status then follows time)."""
        age = self.now - checked_in
        r = self.rng.random()
        cancelled, draft = (
            (0.02, 0.003) if age > timedelta(days=3) else (0.03, 0.03) if age > timedelta(days=1) else (0.02, 0.08)
        )
        return S.CANCELLED if r < cancelled else S.DRAFT if r < cancelled + draft else None

    def generate_orders(self, vehicles: list[Vehicle]) -> None:
        rng = self.rng
        regs = [v.registered for v in vehicles]
        categories = list(CATEGORY_WEIGHTS)
        weights = list(CATEGORY_WEIGHTS.values())
        recent: deque[Delivered] = deque()
        for checked_in in self.check_in_times():
            while recent and checked_in - recent[0].delivered_at > timedelta(days=30):
                recent.popleft()
            original = None
            if recent and rng.random() < COMEBACK_RATE:
                original = self.pick_comeback(recent, checked_in)
            if original is not None:
                vehicle = original.vehicle
                category = C.REWORK
            else:
                k = max(1, bisect.bisect_left(regs, checked_in))
                # Recently sold cars come more often; old ones drift away to independent garages.
                vehicle = vehicles[k - 1 - int(k * rng.random() ** 1.6)]
                category = rng.choices(categories, weights)[0]
                if vehicle.visits == 0 and checked_in - vehicle.registered < timedelta(days=30):
                    category = C.PDS if rng.random() < 0.8 else category
                elif vehicle.visits <= 2 and checked_in - vehicle.registered < timedelta(days=365):
                    category = C.FIRST_SERVICE if rng.random() < 0.6 else category
            delivered = self.write_order(checked_in, vehicle, category, original)
            if delivered is not None:
                recent.append(delivered)

    def pick_comeback(self, recent: deque[Delivered], checked_in: datetime) -> Delivered | None:
        for _ in range(5):
            d = self.rng.choice(recent)
            days, km = COMEBACK_WINDOW.get(d.category, (10, 2000))
            age = checked_in - d.delivered_at
            if timedelta(hours=12) < age < timedelta(days=days) and age.days * d.vehicle.daily_km < km - 100:
                return d
        return None

    def write_order(
        self, checked_in: datetime, vehicle: Vehicle, category: ServiceCategory, original: Delivered | None
    ) -> Delivered | None:
        """One order with its lines, QC and rework; returns it when delivered (a comeback may follow)."""
        rng = self.rng
        now = self.now
        staff = self.active(checked_in)
        oid = self.next_id("work_orders")
        day = (checked_in + CHINA).strftime("%Y%m%d")
        self.counters[day] = self.counters.get(day, 0) + 1
        number = f"WO{day}-{self.counters[day]:04d}"
        advisor = rng.choice(staff[Role.ADVISOR.value])
        team = BODY if category in (C.BODY_PAINT, C.INSURANCE_CLAIM) else rng.choice((TEAM1, TEAM2))
        technician = rng.choice(staff["team:" + team])

        # Customer, contact and vehicle as typed at intake.
        owner_name, owner_mobile = self.customer(vehicle.owner_id)
        contact = rng.random() < 0.25
        contact_name = person_name(rng) if contact else ""
        contact_mobile = mobile(rng) if contact else ""
        if category is C.PDS:
            mileage = rng.randint(5, 60)
        else:
            days = max(0.0, (checked_in - vehicle.registered).total_seconds() / 86400)
            mileage = int(days * vehicle.daily_km * rng.uniform(0.9, 1.1))
        if vehicle.last_mileage is not None:
            mileage = max(mileage, vehicle.last_mileage + rng.randint(3, 300))
        vehicle.visits += 1
        waits = rng.random() < 0.4

        # Lines: verbatim concerns, labour by the team's technicians, parts.
        if original is not None:
            concerns = [rng.choice(COMEBACK_CONCERNS)]
            labour = rng.sample(REWORK_LABOUR, k=rng.randint(1, 2))
            parts: list[tuple[str, str, int, int]] = []
        else:
            pool = CONCERNS[category.value]
            concerns = rng.sample(pool, k=min(len(pool), rng.choice((1, 1, 1, 2, 2, 3))))
            labour = rng.sample(LABOUR[category.value], k=min(len(LABOUR[category.value]), rng.randint(1, 3)))
            parts = PARTS[category.value][: rng.randint(0, len(PARTS[category.value]))]
        for i, text in enumerate(concerns):
            self.rows.add("concerns", (self.next_id("concerns"), oid, i, text))
        hours = 0
        total = 0
        for i, (op, h) in enumerate(labour):
            tech = technician if rng.random() < 0.85 else rng.choice(staff["team:" + team])
            amount = h * self.rate // 100
            hours += h
            total += amount
            self.rows.add("labour_lines", (self.next_id("labour_lines"), oid, i, op, h, self.rate, amount, tech))
        for i, (no, name, q, p) in enumerate(parts):
            amount = q * p // 1000
            total += amount
            self.rows.add("parts_lines", (self.next_id("parts_lines"), oid, i, no, name, q, p, amount))

        # The timeline: open, dispatch, work (plus approved extra work), QC, hand-over, delivery.
        # The status is wherever that timeline stands at `now`, unless the order was cancelled or left a draft.
        fate = self.fate(checked_in)
        # Opening an order links it to the customer and vehicle records; a draft only holds what was typed.
        linked = fate is None or (fate is S.CANCELLED and rng.random() < 0.7)
        opened = checked_in + timedelta(minutes=rng.randint(2, 15))
        dispatched = opened + timedelta(minutes=rng.randint(5, 60))
        work = timedelta(minutes=max(30, int(hours * 0.6 * rng.uniform(0.8, 2.0))) + rng.randint(0, 90))
        promised = checked_in + (
            timedelta(hours=rng.choice((2, 3, 4, 6, 24, 48))) if hours < 300 else timedelta(days=3)
        )
        if linked:
            self.audit(opened, advisor, "open_order", oid, {"number": number, "status": ["draft", "open"]})
        else:
            self.audit(checked_in, advisor, "save_draft", oid, {"number": number})
        if fate is None and dispatched < now:
            self.audit(dispatched, advisor, "dispatch_to_workshop", oid, {"status": ["open", "in_workshop"]})
            if original is None and rng.random() < EXTRA_WORK_RATE:
                approved = dispatched + timedelta(minutes=rng.randint(20, 120))
                if approved < now:
                    added = self.extra_work(oid, approved, promised, advisor, contact_name or owner_name)
                    work += added
                    promised += added
        finished = dispatched + work
        qc: QcResult | None = None
        if fate is S.CANCELLED:
            status, last_change = S.CANCELLED, min(now, opened + timedelta(minutes=rng.randint(5, 600)))
            cancel_reason = rng.choice(CANCEL_REASONS)
            before = "open" if linked else "draft"
            self.audit(last_change, advisor, "cancel_order", oid,
                       {"status": [before, "cancelled"], "reason": cancel_reason})  # fmt: skip
        elif fate is S.DRAFT:
            status, last_change = S.DRAFT, checked_in
        elif now < dispatched:
            status, last_change = S.OPEN, opened
        elif now < finished:
            status, last_change = S.IN_WORKSHOP, dispatched
        else:
            qc = self.qc(oid, category, finished, technician, advisor, mileage, checked_in, waits)
            status, last_change = qc.status, qc.last_change
            if qc.delivered_at is not None:
                self.audit(qc.delivered_at, advisor, "deliver", oid,
                           {"status": ["ready_for_delivery", "delivered"], "qc_round": qc.rounds})  # fmt: skip
        if linked:
            vehicle.last_mileage = mileage
        if original is not None and original.order_id not in self.comebacks_registered:
            self.comebacks_registered.add(original.order_id)
            self.rework(original.order_id, oid, ReworkKind.EXTERNAL, checked_in, advisor, None, None,
                        "after_delivery", [], concerns[0], original.technician_id, staff)  # fmt: skip
            record = self.ids["rework_records"]
            self.audit(checked_in, advisor, "register_external_rework", record,
                       {"original_order_id": original.order_id, "rework_order_id": oid}, entity="rework")  # fmt: skip
        delivered_at = qc.delivered_at if qc else None
        road_test = qc.road_test if qc else None
        stages = (S.DRAFT, S.OPEN, S.IN_WORKSHOP, S.AWAITING_QC, S.READY, S.DELIVERED)
        version = 1 + (stages.index(status) if status in stages else 1) + (qc.rounds - 1 if qc else 0)
        self.rows.add("work_orders", (
            oid, number, status.value, version, advisor, vehicle.owner_id if linked else None,
            vehicle.id if linked else None,
            owner_name, owner_mobile,
            contact_name, contact_mobile, "" if category is C.PDS else vehicle.plate, int(category is C.PDS),
            vehicle.vin, vehicle.make,
            vehicle.model, vehicle.colour, mileage, rng.choice(list(FuelLevel)).value, category.value,
            PAYMENT.get(category, PaymentType.INTERNAL if original else PaymentType.CUSTOMER).value, total,
            ts(checked_in), ts(promised), rng.choice(VALUABLES), rng.choice(DAMAGE_NOTES), int(waits),
            int(rng.random() < 0.7), int(rng.random() < 0.3),
            road_test[0] if road_test else None, road_test[1] if road_test else None,
            cancel_reason if status is S.CANCELLED else "",
            ts(checked_in), ts(last_change), advisor,
            ts(opened) if linked else None,
            ts(finished) if qc else None, ts(delivered_at) if delivered_at else None, search_key(owner_name),
        ))  # fmt: skip
        if delivered_at is None:
            return None
        return Delivered(oid, vehicle, category, delivered_at, mileage, technician)

    def customer(self, customer_id: int) -> tuple[str, str]:
        row = self.rows.tables["customers"][customer_id - 1]
        return str(row[1]), str(row[2])

    def extra_work(self, oid: int, approved: datetime, promised: datetime, advisor: int, approver: str) -> timedelta:
        """An approved extra job (二次增修); returns the time it adds."""
        rng = self.rng
        description, amount, hours = rng.choice(EXTRA_WORK)
        added = timedelta(minutes=hours * 60 + rng.choice((0, 30, 60)))
        self.rows.add("extra_work", (
            self.next_id("extra_work"), oid, description, amount, ts(promised + added), approver,
            rng.choice(list(ApprovalMethod)).value, ts(approved), advisor,
            ts(approved + timedelta(minutes=rng.randint(1, 5))),
        ))  # fmt: skip
        self.audit(approved, advisor, "add_extra_work", oid, {"description": description, "amount_fen": amount})
        return added

    # ── quality control and rework ───────────────────────────────────────────
    def qc(
        self,
        oid: int,
        category: ServiceCategory,
        finished: datetime,
        technician: int,
        advisor: int,
        mileage: int,
        checked_in: datetime,
        waits: bool,
    ) -> QcResult:
        """The QC rounds of an order whose work finished before `now`, signed as far as `now` allows."""
        rng = self.rng
        staff = self.active(finished)
        r = rng.random()
        failed_level = (
            rng.choices((1, 2, 3), (20, 40, 40))[0] if r < QC_REWORK_RATE
            else 4 if r < QC_REWORK_RATE + INTERNAL_REWORK_RATE else None
        )  # fmt: skip
        with_items = self.now - checked_in < timedelta(days=ITEM_RESULTS_DAYS)
        moment = finished
        round_no = 0
        while True:
            round_no += 1
            fails_at = failed_level if round_no == 1 else None
            result = self.qc_round(oid, round_no, category, moment, technician, advisor, staff,
                                   fails_at, with_items, waits, mileage)  # fmt: skip
            signed, moment, road_test = result.signed, result.last_signature, result.road_test
            if result.failed_item is None:
                break
            # The car goes back: to the workshop (QC rework) or from the front desk (internal rework).
            self.qc_rework(oid, signed, moment, result.failed_item, technician, staff)
            back = moment + timedelta(minutes=rng.randint(30, 240))
            if back > self.now:
                return QcResult(S.IN_WORKSHOP, moment, None, None, round_no)
            moment = back
        if signed == 4:
            delivered = min(self.now, moment + timedelta(minutes=rng.randint(1, 20)))
            return QcResult(S.DELIVERED, delivered, delivered, road_test, round_no)
        return QcResult(S.READY if signed == 3 else S.AWAITING_QC, moment, None, road_test, round_no)

    def qc_round(
        self,
        oid: int,
        round_no: int,
        category: ServiceCategory,
        started: datetime,
        technician: int,
        advisor: int,
        staff: dict[str, list[int]],
        fails_at: int | None,
        with_items: bool,
        waits: bool,
        mileage: int,
    ) -> RoundResult:
        """Sign levels 1-4 until one fails or the next would be after `now`."""
        rng = self.rng
        rid = self.next_id("qc_rounds")
        template = self.templates[category.value]
        self.audit(started, technician, "finish_work", oid, {
            "status": ["in_workshop", "awaiting_qc"], "qc_round": round_no, "checklist": template.file_name,
            "handover": self.templates[HANDOVER].file_name,
        })  # fmt: skip
        leads = [u for u in staff[Role.TEAM_LEAD.value] if u != technician]
        signers = {1: technician, 2: rng.choice(leads), 3: rng.choice(staff[Role.QC_INSPECTOR.value]), 4: advisor}
        moment = started
        signed = 0
        ended = None
        failed_item = None
        for level in range(1, 5):
            # The hand-over check (level 4) happens when the customer comes for the car.
            at = moment + timedelta(minutes=rng.randint(3, 45)) if level < 4 else self.pickup(moment, waits)
            if at > self.now:
                break
            moment = at
            outcome = "fail" if level == fails_at else "pass"
            sid = self.next_id("qc_signoffs")
            if level == 3 and outcome == "pass" and rng.random() < REOPEN_RATE:
                # A manager reopened the first signature (voided, kept as history); the inspector signed again.
                voided_at = moment + timedelta(minutes=rng.randint(10, 60))
                manager = rng.choice(staff[Role.MANAGER.value])
                self.rows.add("qc_signoffs", (sid, rid, level, signers[level], ts(moment), outcome, ts(voided_at),
                                              manager, "质检员误签，重新检验"))  # fmt: skip
                self.audit(voided_at, manager, "reopen_qc_level", oid,
                           {"qc_round": round_no, "levels": [3], "reason": "质检员误签，重新检验"})  # fmt: skip
                moment = voided_at + timedelta(minutes=rng.randint(10, 60))
                sid = self.next_id("qc_signoffs")
            self.rows.add("qc_signoffs", (sid, rid, level, signers[level], ts(moment), outcome, None, None, ""))
            failing = self.failing_item(category, level) if outcome == "fail" else None
            self.audit(moment, signers[level], "sign_handover_check" if level == 4 else "sign_qc_level", oid, {
                "qc_round": round_no, "level": level, "outcome": outcome,
                "failed_items": [failing["code"]] if failing else [],
            })  # fmt: skip
            if failing is not None:
                failed_item = failing
            if with_items:
                self.item_results(rid, sid, category, level, signers[level], moment, failing)
            signed = level
            if outcome == "fail" or level == 4:
                ended = moment
                break
        status = "failed" if fails_at and signed == fails_at else "passed" if signed == 4 else "in_progress"
        road_test = None
        if self.templates[category.value].road_test and signed >= 3:
            out = mileage + rng.randint(0, 2)
            road_test = (out, out + rng.randint(3, 15))
        self.rows.add("qc_rounds", (
            rid, oid, round_no, category.value, self.templates[category.value].version,
            self.templates[HANDOVER].version, status, ts(started), technician, ts(ended) if ended else None,
            road_test[0] if road_test else None, road_test[1] if road_test else None,
        ))  # fmt: skip
        return RoundResult(signed, moment, road_test, failed_item)

    def pickup(self, ready: datetime, waits: bool) -> datetime:
        """When the customer collects the car: soon if waiting, else later that day or the next morning."""
        rng = self.rng
        at = ready + timedelta(minutes=rng.randint(10, 60) if waits else rng.randint(30, 20 * 60))
        local = at + CHINA
        if not 8 <= local.hour < 19:  # the front desk is closed: next morning
            morning = datetime.combine(local.date() + timedelta(days=local.hour >= 19), datetime.min.time())
            at = morning + timedelta(minutes=rng.randint(8 * 60 + 30, 11 * 60)) - CHINA
        return at

    def level_items(self, category: ServiceCategory, level: int) -> tuple[ChecklistItem, ...]:
        qc_level = QcLevel(level)
        return self.templates[HANDOVER if qc_level is QcLevel.HANDOVER else category.value].items_for(qc_level)

    def failing_item(self, category: ServiceCategory, level: int) -> dict[str, str]:
        """The item that failed a level, in the QC service's rework-record format."""
        rng = self.rng
        item = rng.choice([i for i in self.level_items(category, level) if i.kind is not ItemKind.NOTE])
        value = ""
        if item.kind is ItemKind.MEASURED:  # just outside the range
            value = str(item.minimum - 1 if item.minimum is not None else (item.maximum or 0) + 1)
        return {
            "code": item.code, "label": item.zh, "zh": item.zh, "en": item.en, "answer": "fail", "value": value,
            "unit": item.unit, "range": item.range_text, "note": rng.choice(FAIL_NOTES),
        }  # fmt: skip

    def item_results(
        self,
        rid: int,
        sid: int,
        category: ServiceCategory,
        level: int,
        signer: int,
        signed: datetime,
        failing: dict[str, str] | None,
    ) -> None:
        answered = ts(signed - timedelta(minutes=1))
        for item in self.level_items(category, level):
            value, note, answer = self.answer(item)
            if failing is not None and item.code == failing["code"]:
                value, note, answer = failing["value"], failing["note"], "fail"
            self.rows.add("qc_item_results", (self.next_id("qc_item_results"), rid, sid, level, item.code, answer,
                                              value, note, signer, answered))  # fmt: skip

    def answer(self, item: ChecklistItem) -> tuple[str, str, str]:
        """(value, note, answer) of a passing item."""
        rng = self.rng
        if item.kind is ItemKind.NOTE:
            return "", rng.choice(NOTE_NONE), "pass"
        if item.kind is ItemKind.CHECK:
            return "", "", "na" if rng.random() < 0.05 else "pass"
        low = item.minimum if item.minimum is not None else (item.maximum or Decimal(1)) * Decimal("0.3")
        high = item.maximum if item.maximum is not None else low + Decimal(8)
        value = Decimal(str(round(rng.uniform(float(low), float(high)), 1))).max(low).min(high)
        return str(value), "", "pass"

    def qc_rework(
        self,
        oid: int,
        level: int,
        detected: datetime,
        failed: dict[str, str],
        technician: int,
        staff: dict[str, list[int]],
    ) -> None:
        """The rework record of the round just failed (the last round and signature written)."""
        kind = ReworkKind.INTERNAL if level == 4 else ReworkKind.QC
        signer = self.rows.tables["qc_signoffs"][-1][3]
        assert isinstance(signer, int)
        stage = "handover" if kind is ReworkKind.INTERNAL else f"qc_level_{level}"
        self.rework(oid, None, kind, detected, signer, self.ids["qc_rounds"], level, stage, [failed], "",
                    technician, staff)  # fmt: skip
        before = "ready_for_delivery" if level == 4 else "awaiting_qc"
        self.audit(detected, signer, "record_rework", oid, {
            "rework_id": self.ids["rework_records"], "kind": kind.value, "level": level,
            "status": [before, "in_workshop"],
        })  # fmt: skip

    def rework(
        self,
        original: int,
        rework_order: int | None,
        kind: ReworkKind,
        detected: datetime,
        detected_by: int,
        round_id: int | None,
        level: int | None,
        stage: str,
        failed_items: list[dict[str, str]],
        description: str,
        technician: int,
        staff: dict[str, list[int]],
    ) -> None:
        rng = self.rng
        cause = rng.choices(list(CauseCategory), (45, 12, 20, 18, 5))[0]
        closed_at = detected + timedelta(days=rng.uniform(0.5, 10))
        is_open = closed_at > self.now or (self.now - detected < timedelta(days=21) and rng.random() < 0.6)
        hours = rng.choice((50, 100, 150, 200))
        parts_cost = rng.choice((0, 0, 6_800, 12_800, 56_000)) if kind is not ReworkKind.QC else 0
        known_cause = not is_open or rng.random() < 0.5
        self.rows.add("rework_records", (
            self.next_id("rework_records"), 1 if is_open else 2, original, rework_order, kind.value, ts(detected),
            detected_by, round_id, level, stage, json.dumps(failed_items, ensure_ascii=False), description,
            technician,
            cause.value if known_cause else None, rng.choice(CAUSE_DETAILS[cause]) if known_cause else "",
            "" if is_open else rng.choice(CORRECTIVE_ACTIONS), hours * self.rate // 100, parts_cost,
            "open" if is_open else "closed", None if is_open else ts(closed_at),
            None if is_open else rng.choice(staff[Role.MANAGER.value]),
        ))  # fmt: skip

    # ── the rest ─────────────────────────────────────────────────────────────
    def finish(self, vehicles: list[Vehicle]) -> None:
        self.vehicle_rows(vehicles)
        for day, last in sorted(self.counters.items()):
            self.rows.add("order_number_counters", (day, last))
        settings = {
            "dealer_name": "成都锦程汽车销售服务有限公司",
            "dealer_address": "成都市武侯区机场路二段188号",
            "dealer_phone": "028-8555 6666",
            METADATA_KEY: {
                "version": DATASET_VERSION,
                "orders": self.n_orders,
                "seed": self.seed,
                "end_day": self.end_day.isoformat(),
            },
        }
        for key, value in settings.items():
            self.rows.add("settings", (key, json.dumps(value, ensure_ascii=False)))
        self.audit(self.now, self.staff_ids["admin"], "create_bench_dataset", 0,
                   {"orders": self.n_orders, "seed": self.seed}, entity="database")  # fmt: skip

    def run(self) -> Rows:
        self.write_staff()
        vehicles = self.write_vehicles()
        self.generate_orders(vehicles)
        self.finish(vehicles)
        return self.rows


# The sign-off rules of migration 0003's triggers, checked once over the whole dataset
# (the triggers themselves are off during the bulk load: they would refuse rounds that
# are written after their signatures, and voided signatures written as such).
RULE_CHECKS = {
    "a status whose kept count (work_order_counts) is not its number of orders": """
        SELECT count(*) FROM (SELECT status, count(*) AS n FROM work_orders GROUP BY status) o
        FULL JOIN work_order_counts k ON k.status = o.status
        WHERE coalesce(o.n, 0) <> coalesce(k.orders, 0)""",
    "a valid signature without a passed valid signature one level below": """
        SELECT count(*) FROM qc_signoffs s WHERE s.level > 1 AND s.voided_at IS NULL AND NOT EXISTS (
            SELECT 1 FROM qc_signoffs b WHERE b.round_id = s.round_id AND b.level = s.level - 1
            AND b.voided_at IS NULL AND b.outcome = 'pass')""",
    "a signer who signed a lower level of the same round": """
        SELECT count(*) FROM qc_signoffs s JOIN qc_signoffs b
        ON b.round_id = s.round_id AND b.level < s.level AND b.signer_id = s.signer_id""",
    "a signer without the level's role": """
        SELECT count(*) FROM qc_signoffs s WHERE NOT EXISTS (
            SELECT 1 FROM user_roles r WHERE r.user_id = s.signer_id AND r.role = CASE s.level
            WHEN 1 THEN 'technician' WHEN 2 THEN 'team_lead' WHEN 3 THEN 'qc_inspector' WHEN 4 THEN 'advisor' END)""",
    "a signature voided by someone not a manager": """
        SELECT count(*) FROM qc_signoffs s WHERE s.voided_at IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM user_roles r WHERE r.user_id = s.voided_by_id AND r.role = 'manager')""",
    "an order number counter behind its orders": """
        SELECT count(*) FROM order_number_counters c LEFT JOIN (
            SELECT substr(number, 3, 8) AS day, count(*) AS n, max(CAST(substr(number, 12) AS INTEGER)) AS top
            FROM work_orders GROUP BY 1) w ON w.day = c.day
        WHERE w.n IS NOT c.last OR w.top IS NOT c.last""",
}


def check_columns(conn: sqlite3.Connection) -> None:
    """Fail loudly when the models changed: a NOT NULL column the generator does not fill, or a gone one."""
    for table, columns in COLUMNS.items():
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        present = {row[1] for row in info}
        unknown = [c for c in columns if c not in present]
        unfilled = [row[1] for row in info if row[1] not in columns and row[3] and row[4] is None]
        if unknown or unfilled:
            raise RuntimeError(
                f"bench/generate_dataset.py is behind the models: table {table} has no {unknown} "
                f"and needs values for {unfilled}"
            )


def write_rows(path: Path, rows: Rows) -> None:
    """Bulk insert into the migrated file: one transaction, indexes and triggers re-created at the end."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        check_columns(conn)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-262144")
        conn.execute("BEGIN")
        # Exactly the DDL the migrations wrote, dropped and re-run: building an index once is faster.
        schema = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
        ).fetchall()
        for kind, name, _sql in schema:
            conn.execute(f'DROP {kind.upper()} "{name}"')
        for table, columns in COLUMNS.items():
            data = rows.tables.get(table, [])
            if data:
                marks = ", ".join("?" * len(columns))
                conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", data)
        for _kind, _name, sql in schema:
            conn.execute(sql)
        for sql in rebuild_sql():  # the search index's triggers were off: index the rows now
            conn.execute(sql)
        conn.execute(f"DELETE FROM {order_counts.TABLE}")  # so were the kept counts': count the rows once
        conn.execute(order_counts.fill_sql())
        conn.execute("COMMIT")
        problems = [(what, conn.execute(sql).fetchone()[0]) for what, sql in RULE_CHECKS.items()]
        broken = [f"{n} x {what}" for what, n in problems if n]
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            broken.append(f"dangling references, e.g. {dangling[:5]}")
        if broken:
            raise RuntimeError("the generated data breaks the rules: " + "; ".join(broken))
        conn.execute("PRAGMA journal_mode=WAL")  # as the application leaves it
    finally:
        conn.close()


def generate(path: Path, orders: int = DEFAULT_ORDERS, seed: int = DEFAULT_SEED, end_day: date | None = None) -> Rows:
    """Write the dataset to ``path`` (replacing it); ``end_day`` defaults to yesterday in China."""
    end_day = end_day or (datetime.now(UTC) + CHINA).date() - timedelta(days=1)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for stale in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm", "-journal"))):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    log(f"generating {path.name}: {orders:,} orders, seed {seed}, up to {end_day}")
    db = open_database(f"sqlite:///{partial}")
    try:
        upgrade(db)
    finally:
        db.dispose()
    log(f"  schema migrated        {time.perf_counter() - started:6.1f} s")
    rows = Generator(orders, seed, end_day).run()
    log(f"  rows generated         {time.perf_counter() - started:6.1f} s")
    write_rows(partial, rows)
    log(f"  written and checked    {time.perf_counter() - started:6.1f} s")
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    partial.replace(path)
    return rows


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--orders", type=int, default=DEFAULT_ORDERS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, help="file to write (default: bench/data/dataset-<N>k.sqlite)")
    parser.add_argument("--end-day", type=date.fromisoformat, help="last day of data, YYYY-MM-DD (default: yesterday)")
    args = parser.parse_args()
    path = args.out or default_path(args.orders)
    started = time.perf_counter()
    rows = generate(path, orders=args.orders, seed=args.seed, end_day=args.end_day)
    elapsed = time.perf_counter() - started
    print(f"{path}: {path.stat().st_size / 2**20:.0f} MiB in {elapsed:.1f} s (target < 120 s)")
    for table in COLUMNS:
        print(f"  {table:<22} {rows.count(table):>9,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
