"""Work orders at the front desk: drafts, opening, dispatch, cancelling, extra work, loading.

Every path that writes an order goes through here, and an order that is not a draft is
validated in full on every write, so an incomplete order cannot reach the database as
open by any path. Each use case is one write transaction (BEGIN IMMEDIATE), which also
serialises the per-day order-number counter between workstations.

Two people editing one order: the dialog passes the version it loaded; a save against a
newer version is refused with who changed it and when (SQLAlchemy's version counter
guards the UPDATE as well), so nothing is overwritten silently.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    Concern,
    Discount,
    ExtraWork,
    JobClockEvent,
    LabourLine,
    OrderNumberCounter,
    PartsLine,
    User,
    WorkOrder,
)
from dealerdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    DealerDeskError,
    NotFound,
    Problem,
    ValidationError,
)
from dealerdesk.domain.order_lifecycle import EDITABLE, check_transition
from dealerdesk.domain.order_rules import (
    LABOUR_LINES,
    PARTS_LINES,
    ExtraWorkInput,
    LabourLineInput,
    OrderInput,
    PartsLineInput,
    check_cancel_reason,
    check_extra_work,
    check_for_opening,
)
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation import (
    CONTACT_MOBILE,
    CUSTOMER_MOBILE,
    ESTIMATE,
    MILEAGE_IN,
    VIN,
    decode_make,
    normalise_mobile,
    normalise_vin,
)
from dealerdesk.domain.vocabulary import (
    STATUS_LABELS,
    ApprovalMethod,
    FuelLevel,
    OrderStatus,
    PaymentType,
    ServiceCategory,
)
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor, require_role
from dealerdesk.services.orders.customers import last_recorded_km, record_visit, vin_mileage_floor
from dealerdesk.services.packages import redemption
from dealerdesk.services.rework import register as rework
from dealerdesk.services.workshop import parts as workshop_parts

__all__ = [
    "ExtraWorkInput",
    "ExtraWorkView",
    "LabourLineInput",
    "LabourLineView",
    "OrderDetail",
    "OrderInput",
    "PartsLineInput",
    "PartsLineView",
    "add_extra_work",
    "cancel_order",
    "dispatch_to_workshop",
    "load_order",
    "load_order_by_number",
    "open_order",
    "save_draft",
]

ENTITY = "work_order"
# Statuses in which extra work can still be found and approved.
EXTRA_WORK_STATUSES = frozenset({OrderStatus.OPEN, OrderStatus.IN_WORKSHOP, OrderStatus.AWAITING_QC})

NOT_EDITABLE = QT_TRANSLATE_NOOP("Messages", "Order {number} is {status}: its intake data can no longer be changed.")
CHANGED_BY_OTHER = QT_TRANSLATE_NOOP(
    "Messages",
    "{user} changed order {number} at {time:%Y-%m-%d %H:%M}, after you loaded it. Your changes were not saved; "
    "what you typed is still in the form.",
)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Messages", "Order {number} was changed by someone else while saving. Your changes were not saved."
)
ORDER_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no work order {ref}.")
NO_TECHNICIAN = QT_TRANSLATE_NOOP(
    "Messages", "Labour line {row} has no technician: assign one before the car goes to the workshop."
)
NO_LABOUR = QT_TRANSLATE_NOOP(
    "Messages", "Add at least one labour line with its technician before the car goes to the workshop."
)
EXTRA_WORK_STATUS = QT_TRANSLATE_NOOP("Messages", "Extra work cannot be added to an order that is {status}.")
LINE_IN_USE = QT_TRANSLATE_NOOP(
    "Messages",
    "Line {row} ({what}) has time clocked or a discount given on it: it cannot be removed from the order.",
)


@dataclass(frozen=True)
class LabourLineView:
    operation: str
    hours_x100: int
    rate_fen: int
    amount_fen: int
    technician_id: int | None
    technician_name: str  # empty: not assigned yet
    package_sale_id: int | None = None
    voucher_id: int | None = None
    id: int | None = None  # None only for a line not saved yet


@dataclass(frozen=True)
class PartsLineView:
    part_no: str
    name: str
    quantity_x1000: int
    unit_price_fen: int
    amount_fen: int
    package_sale_id: int | None = None
    voucher_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class ExtraWorkView:
    id: int
    description: str
    amount_fen: int
    new_promised_at: datetime
    approver_name: str
    method: ApprovalMethod
    approved_at: datetime
    recorded_by_id: int
    recorded_by_name: str
    recorded_at: datetime


@dataclass(frozen=True)
class OrderDetail:
    """One work order with everything the dialog, the paper and QC show; never a live ORM object."""

    id: int
    number: str
    status: OrderStatus
    version: int
    advisor_id: int
    advisor_name: str
    customer_id: int | None
    vehicle_id: int | None
    customer_name: str
    customer_mobile: str
    contact_name: str  # empty: the owner brought the car
    contact_mobile: str
    no_plate: bool
    plate: str
    vin: str
    make: str
    model: str
    colour: str
    mileage_in: int | None
    fuel_level: FuelLevel | None
    category: ServiceCategory | None
    payment_type: PaymentType | None
    estimate_fen: int | None
    checked_in_at: datetime | None
    promised_at: datetime | None
    valuables: str
    damage_notes: str
    customer_waits: bool | None
    wash: bool
    old_parts_returned: bool
    concerns: tuple[str, ...]
    labour_lines: tuple[LabourLineView, ...]
    parts_lines: tuple[PartsLineView, ...]
    extra_work: tuple[ExtraWorkView, ...]
    cancel_reason: str
    road_test_out_km: int | None
    road_test_in_km: int | None
    created_at: datetime
    updated_at: datetime
    updated_by_id: int | None
    updated_by_name: str
    opened_at: datetime | None
    finished_at: datetime | None
    delivered_at: datetime | None
    last_recorded_km: int | None  # the vehicle's highest reading on orders checked in before this one

    @property
    def contact_is_owner(self) -> bool:
        return not (self.contact_name or self.contact_mobile)

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    def to_input(self) -> OrderInput:
        """The form's values, for editing this order again."""
        return OrderInput(
            customer_name=self.customer_name,
            customer_mobile=self.customer_mobile,
            contact_is_owner=self.contact_is_owner,
            contact_name=self.contact_name,
            contact_mobile=self.contact_mobile,
            no_plate=self.no_plate,
            plate=self.plate,
            vin=self.vin,
            model=self.model,
            colour=self.colour,
            mileage_in=self.mileage_in,
            fuel_level=self.fuel_level,
            category=self.category,
            payment_type=self.payment_type,
            concerns=list(self.concerns),
            labour_lines=[
                LabourLineInput(
                    x.operation, x.hours_x100, x.rate_fen, x.technician_id, x.package_sale_id, x.voucher_id, x.id
                )
                for x in self.labour_lines
            ],
            parts_lines=[
                PartsLineInput(
                    x.part_no, x.name, x.quantity_x1000, x.unit_price_fen, x.package_sale_id, x.voucher_id, x.id
                )
                for x in self.parts_lines
            ],
            estimate_fen=self.estimate_fen,
            checked_in_at=self.checked_in_at,
            promised_at=self.promised_at,
            valuables=self.valuables,
            damage_notes=self.damage_notes,
            customer_waits=self.customer_waits,
            wash=self.wash,
            old_parts_returned=self.old_parts_returned,
        )


# --- reading ---------------------------------------------------------------------------------


def _names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {user_id: name for user_id, name in s.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))}


def _detail(s: Session, o: WorkOrder) -> OrderDetail:
    names = _names(
        s,
        {o.advisor_id, o.updated_by_id}
        | {x.technician_id for x in o.labour_lines}
        | {x.recorded_by_id for x in o.extra_work},
    )
    return OrderDetail(
        id=o.id,
        number=o.number,
        status=OrderStatus(o.status),
        version=o.version,
        advisor_id=o.advisor_id,
        advisor_name=names.get(o.advisor_id, ""),
        customer_id=o.customer_id,
        vehicle_id=o.vehicle_id,
        customer_name=o.customer_name,
        customer_mobile=o.customer_mobile,
        contact_name=o.contact_name,
        contact_mobile=o.contact_mobile,
        no_plate=o.no_plate,
        plate=o.plate,
        vin=o.vin,
        make=o.make,
        model=o.model,
        colour=o.colour,
        mileage_in=o.mileage_in,
        fuel_level=FuelLevel(o.fuel_level) if o.fuel_level else None,
        category=ServiceCategory(o.category) if o.category else None,
        payment_type=PaymentType(o.payment_type) if o.payment_type else None,
        estimate_fen=o.estimate_fen,
        checked_in_at=o.checked_in_at,
        promised_at=o.promised_at,
        valuables=o.valuables,
        damage_notes=o.damage_notes,
        customer_waits=o.customer_waits,
        wash=o.wash,
        old_parts_returned=o.old_parts_returned,
        concerns=tuple(c.text for c in o.concerns),
        labour_lines=tuple(
            LabourLineView(
                x.operation,
                x.hours_x100,
                x.rate_fen,
                x.amount_fen,
                x.technician_id,
                names.get(x.technician_id, "") if x.technician_id else "",
                x.package_sale_id,
                x.voucher_id,
                x.id,
            )
            for x in o.labour_lines
        ),
        parts_lines=tuple(
            PartsLineView(
                x.part_no,
                x.name,
                x.quantity_x1000,
                x.unit_price_fen,
                x.amount_fen,
                x.package_sale_id,
                x.voucher_id,
                x.id,
            )
            for x in o.parts_lines
        ),
        extra_work=tuple(
            ExtraWorkView(
                x.id,
                x.description,
                x.amount_fen,
                x.new_promised_at,
                x.approver_name,
                ApprovalMethod(x.method),
                x.approved_at,
                x.recorded_by_id,
                names.get(x.recorded_by_id, ""),
                x.recorded_at,
            )
            for x in o.extra_work
        ),
        cancel_reason=o.cancel_reason,
        road_test_out_km=o.road_test_out_km,
        road_test_in_km=o.road_test_in_km,
        created_at=o.created_at,
        updated_at=o.updated_at,
        updated_by_id=o.updated_by_id,
        updated_by_name=names.get(o.updated_by_id, "") if o.updated_by_id else "",
        opened_at=o.opened_at,
        finished_at=o.finished_at,
        delivered_at=o.delivered_at,
        last_recorded_km=_mileage_floor(s, o),
    )


def _mileage_floor(s: Session, o: WorkOrder) -> int | None:
    """The reading this order's mileage may not go below (a draft's vehicle is found by its VIN)."""
    if o.vehicle_id is not None:
        return last_recorded_km(s, o.vehicle_id, o.id, o.checked_in_at)
    return vin_mileage_floor(s, o.vin, o.id, o.checked_in_at)


def _query() -> Select[WorkOrder]:
    return select(WorkOrder).options(
        selectinload(WorkOrder.concerns),
        selectinload(WorkOrder.labour_lines),
        selectinload(WorkOrder.parts_lines),
        selectinload(WorkOrder.extra_work),
    )


def load_order(db: Database, order_id: int) -> OrderDetail:
    with db.read() as s:
        o = s.scalar(_query().where(WorkOrder.id == order_id))
        if o is None:
            raise NotFound(ORDER_NOT_FOUND, ref=order_id)
        return _detail(s, o)


def load_order_by_number(db: Database, number: str) -> OrderDetail:
    with db.read() as s:
        o = s.scalar(_query().where(WorkOrder.number == number.strip().upper()))
        if o is None:
            raise NotFound(ORDER_NOT_FOUND, ref=number)
        return _detail(s, o)


# --- writing ---------------------------------------------------------------------------------


def _local_day(at: datetime) -> str:
    # The number reads as the day at the dealership (this workstation's zone), not in UTC.
    return at.astimezone().strftime("%Y%m%d")


def next_order_number(s: Session, at: datetime) -> str:
    """WO20261126-0001: per local day, never reused (a cancelled draft keeps its number).

    Must run inside a write transaction: BEGIN IMMEDIATE makes the read-increment-write
    of the counter atomic between workstations.
    """
    day = _local_day(at)
    counter = s.get(OrderNumberCounter, day)
    if counter is None:
        counter = OrderNumberCounter(day=day, last=0)
        s.add(counter)
    while True:
        counter.last += 1
        number = f"WO{day}-{counter.last:04d}"
        # A number written by an import or an older version without the counter is skipped, not reused.
        if s.scalar(select(WorkOrder.id).where(WorkOrder.number == number)) is None:
            return number


def _load_for_write(s: Session, order_id: int, expected_version: int | None) -> WorkOrder:
    o = s.scalar(_query().where(WorkOrder.id == order_id))
    if o is None:
        raise NotFound(ORDER_NOT_FOUND, ref=order_id)
    if expected_version is not None and o.version != expected_version:
        who = s.get(User, o.updated_by_id) if o.updated_by_id else None
        raise ConflictError(
            CHANGED_BY_OTHER,
            user=who.full_name if who else "?",
            number=o.number,
            time=o.updated_at.astimezone(),
        )
    return o


def _snapshot(o: WorkOrder) -> dict[str, Any]:
    """The values audited for a change (lines summarised as lists)."""
    return {
        "customer_name": o.customer_name,
        "customer_mobile": o.customer_mobile,
        "contact_name": o.contact_name,
        "contact_mobile": o.contact_mobile,
        "no_plate": o.no_plate,
        "plate": o.plate,
        "vin": o.vin,
        "model": o.model,
        "colour": o.colour,
        "mileage_in": o.mileage_in,
        "fuel_level": o.fuel_level,
        "category": o.category,
        "payment_type": o.payment_type,
        "estimate_fen": o.estimate_fen,
        "checked_in_at": o.checked_in_at,
        "promised_at": o.promised_at,
        "valuables": o.valuables,
        "damage_notes": o.damage_notes,
        "customer_waits": o.customer_waits,
        "wash": o.wash,
        "old_parts_returned": o.old_parts_returned,
        "concerns": [c.text for c in o.concerns],
        "labour_lines": [
            [x.operation, x.hours_x100, x.rate_fen, x.technician_id, *_redemption(x)] for x in o.labour_lines
        ],
        "parts_lines": [
            [x.part_no, x.name, x.quantity_x1000, x.unit_price_fen, *_redemption(x)] for x in o.parts_lines
        ],
    }


def _redemption(line: LabourLine | PartsLine) -> list[str]:
    """A package or voucher chosen for a line, audited with it (nothing when none: older entries read alike)."""
    if line.package_sale_id is not None:
        return [f"package:{line.package_sale_id}"]
    if line.voucher_id is not None:
        return [f"voucher:{line.voucher_id}"]
    return []


def _apply(o: WorkOrder, data: OrderInput) -> None:
    o.customer_name = data.customer_name.strip()
    o.customer_mobile = data.customer_mobile.strip()
    # "The owner brought the car" is kept as empty contact fields (see WorkOrder.contact_name).
    o.contact_name = "" if data.contact_is_owner else data.contact_name.strip()
    o.contact_mobile = "" if data.contact_is_owner else data.contact_mobile.strip()
    o.no_plate = data.no_plate
    o.plate = "" if data.no_plate else data.plate.strip()
    o.vin = data.vin.strip()
    o.make = (decode_make(o.vin) or "") if o.vin else ""
    o.model = data.model.strip()
    o.colour = data.colour.strip()
    o.mileage_in = data.mileage_in
    o.fuel_level = data.fuel_level.value if data.fuel_level else None
    o.category = data.category.value if data.category else None
    o.payment_type = data.payment_type.value if data.payment_type else None
    o.estimate_fen = data.estimate_fen
    o.checked_in_at = data.checked_in_at or o.checked_in_at
    o.promised_at = data.promised_at
    o.valuables = data.valuables.strip()
    o.damage_notes = data.damage_notes.strip()
    o.customer_waits = data.customer_waits
    o.wash = data.wash
    o.old_parts_returned = data.old_parts_returned
    o.concerns = [Concern(position=i, text=t) for i, t in enumerate(data.concern_lines())]
    # A saved line keeps its row (its id) however the lines around it move: the job clock and
    # the discounts name it by that id. A line left out is deleted, a line without an id added.
    saved_labour: dict[int | None, LabourLine] = {x.id: x for x in o.labour_lines}
    o.labour_lines = [
        _fill_labour(saved_labour.pop(x.line_id, LabourLine()), i, x) for i, x in enumerate(data.labour_lines)
    ]
    saved_parts: dict[int | None, PartsLine] = {x.id: x for x in o.parts_lines}
    o.parts_lines = [_fill_parts(saved_parts.pop(x.line_id, PartsLine()), i, x) for i, x in enumerate(data.parts_lines)]


def _require_removable(s: Session, o: WorkOrder, data: OrderInput) -> None:
    """A line with time clocked on it or a discount given on it stays on the order (its record would lose it)."""
    kept = {x.line_id for x in data.labour_lines}
    kept_parts = {x.line_id for x in data.parts_lines}
    labour = {x.id: (row, x.operation) for row, x in enumerate(o.labour_lines, start=1) if x.id not in kept}
    parts = {x.id: (row, x.name) for row, x in enumerate(o.parts_lines, start=1) if x.id not in kept_parts}
    if not labour and not parts:
        return
    with s.no_autoflush:  # the order is flushed once, at the end: one UPDATE, one version
        clocked = set(s.scalars(select(JobClockEvent.labour_line_id).where(JobClockEvent.labour_line_id.in_(labour))))
        discounted = set(s.scalars(select(Discount.labour_line_id).where(Discount.labour_line_id.in_(labour))))
        discounted_parts = set(s.scalars(select(Discount.parts_line_id).where(Discount.parts_line_id.in_(parts))))
    problems = [
        Problem(LABOUR_LINES, LINE_IN_USE, {"row": row, "what": what})
        for line_id, (row, what) in labour.items()
        if line_id in clocked or line_id in discounted
    ]
    problems += [
        Problem(PARTS_LINES, LINE_IN_USE, {"row": row, "what": what})
        for line_id, (row, what) in parts.items()
        if line_id in discounted_parts
    ]
    if problems:
        raise ValidationError(problems)


def _fill_labour(line: LabourLine, position: int, x: LabourLineInput) -> LabourLine:
    line.position = position
    line.operation = x.operation.strip()
    line.hours_x100 = x.hours_x100
    line.rate_fen = x.rate_fen
    line.amount_fen = x.amount_fen
    line.technician_id = x.technician_id
    line.package_sale_id = x.package_sale_id
    line.voucher_id = x.voucher_id
    return line


def _fill_parts(line: PartsLine, position: int, x: PartsLineInput) -> PartsLine:
    line.position = position
    line.part_no = x.part_no.strip()
    line.name = x.name.strip()
    line.quantity_x1000 = x.quantity_x1000
    line.unit_price_fen = x.unit_price_fen
    line.amount_fen = x.amount_fen
    line.package_sale_id = x.package_sale_id
    line.voucher_id = x.voucher_id
    return line


def _touch(o: WorkOrder, actor: Actor, now: datetime) -> None:
    o.updated_at = now
    o.updated_by_id = actor.id


def _flush(s: Session, o: WorkOrder) -> None:
    try:
        s.flush()
    except StaleDataError as exc:  # a writer that did not pass expected_version lost the race
        raise ConflictError(CHANGED_MEANWHILE, number=o.number) from exc


def _new_order(s: Session, actor: Actor, data: OrderInput, now: datetime) -> WorkOrder:
    o = WorkOrder(
        number=next_order_number(s, now),
        status=OrderStatus.DRAFT.value,
        advisor_id=actor.id,
        created_at=now,
        checked_in_at=data.checked_in_at or now,
        cancel_reason="",
    )
    s.add(o)
    return o


def _unchanged_warning_fields(o: WorkOrder, data: OrderInput) -> frozenset[str]:
    """Warnings already accepted when this (open) order was saved: not asked again while the value stands."""
    same = {
        VIN: o.vin == normalise_vin(data.vin),
        MILEAGE_IN: o.mileage_in == data.mileage_in,
        ESTIMATE: o.estimate_fen == data.estimate_fen,
        CUSTOMER_MOBILE: o.customer_mobile == normalise_mobile(data.customer_mobile),
        CONTACT_MOBILE: o.contact_mobile == normalise_mobile(data.contact_mobile),
    }
    return frozenset(f for f, unchanged in same.items() if unchanged)


def _validated_write(
    s: Session,
    actor: Actor,
    o: WorkOrder,
    data: OrderInput,
    confirmed: frozenset[str],
    now: datetime,
    *,
    was_checked: bool,
) -> OrderInput:
    """Check ``data`` as complete and store it normalised, with the customer and vehicle records."""
    checked_in = data.checked_in_at or o.checked_in_at
    # Local zone: the check-in time appears in the message the advisor reads.
    data = replace(data, checked_in_at=checked_in.astimezone() if checked_in else None)
    with s.no_autoflush:  # the order is flushed once, at the end: one UPDATE, one version
        last_km = vin_mileage_floor(s, data.vin, o.id, checked_in)
    check = check_for_opening(data, advisor_id=o.advisor_id, last_recorded_km=last_km)
    if was_checked:  # the stored values passed this check before (a draft's never did)
        confirmed = confirmed | _unchanged_warning_fields(o, data)
    blocking = check.blocking(confirmed)
    if blocking:
        raise ValidationError(blocking)
    clean = check.normalised
    assert clean is not None and clean.mileage_in is not None
    _require_removable(s, o, clean)
    _apply(o, clean)
    customer, vehicle = record_visit(
        s,
        customer_name=clean.customer_name,
        customer_mobile=clean.customer_mobile,
        vin=clean.vin,
        plate=clean.plate,
        make=o.make,
        model=clean.model,
        colour=clean.colour,
        mileage_km=clean.mileage_in,
    )
    o.customer = customer
    o.vehicle = vehicle
    _touch(o, actor, now)
    lines: list[LabourLine | PartsLine] = [*o.labour_lines, *o.parts_lines]
    if any(x.package_sale_id or x.voucher_id for x in lines):
        _flush(s, o)  # the checks read the vehicle and the other orders' lines from the database
        redemption.require_valid(s, o, now)
    return clean


def save_draft(
    db: Database,
    actor: Actor,
    data: OrderInput,
    order_id: int | None = None,
    expected_version: int | None = None,
    confirmed_warnings: frozenset[str] = frozenset(),
) -> OrderDetail:
    """Keep whatever the form holds. A draft is never checked; an order already open is checked
    in full (it may not become incomplete), keeping its status."""
    now = utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADVISOR)
        if order_id is None:
            o = _new_order(s, actor, data, now)
            before: dict[str, Any] = {}
        else:
            o = _load_for_write(s, order_id, expected_version)
            _require_editable(o)
            before = _snapshot(o)
        if o.status == OrderStatus.DRAFT.value:
            _require_removable(s, o, data)
            _apply(o, data)
            _touch(o, actor, now)
            action = "save_draft"
        else:
            _validated_write(s, actor, o, data, confirmed_warnings, now, was_checked=True)
            action = "update_order"
        _flush(s, o)
        changes = audit.diff(before, _snapshot(o)) if before else {"number": o.number}
        audit.record(s, actor, action, ENTITY, o.id, changes)
        return _detail(s, o)


def open_order(
    db: Database,
    actor: Actor,
    data: OrderInput,
    order_id: int | None = None,
    expected_version: int | None = None,
    confirmed_warnings: frozenset[str] = frozenset(),
    comeback_of: int | None = None,
) -> OrderDetail:
    """Open a draft (or a new order) once it is complete; raises ValidationError with every problem.

    ``confirmed_warnings`` holds the fields whose warnings the advisor confirmed. Called on an
    order that is already open, it saves the corrected order, checked the same way.
    ``comeback_of``: the earlier delivered order this car came back to (the advisor said "same
    fault" in the comeback prompt). The order is linked to it as an external rework in the
    same transaction, so an order is never opened without the link the advisor asked for.
    """
    now = utcnow()
    with db.write() as s:
        actor = current_actor(s, actor)
        if order_id is None:
            require_role(actor, Role.ADVISOR)
            o = _new_order(s, actor, data, now)
            before: dict[str, Any] = {}
        else:
            o = _load_for_write(s, order_id, expected_version)
            before = _snapshot(o)
        status = OrderStatus(o.status)
        if status is OrderStatus.DRAFT:
            check_transition(status, OrderStatus.OPEN, actor.roles)
        else:
            require_role(actor, Role.ADVISOR)
            _require_editable(o)
        if status is OrderStatus.DRAFT:  # set first: the checked write below is one UPDATE, one version
            o.status = OrderStatus.OPEN.value
            o.opened_at = now
        _validated_write(s, actor, o, data, confirmed_warnings, now, was_checked=status is not OrderStatus.DRAFT)
        _flush(s, o)
        changes: dict[str, Any] = audit.diff(before, _snapshot(o)) if before else {"number": o.number}
        if confirmed_warnings:
            changes["confirmed_warnings"] = sorted(confirmed_warnings)
        if comeback_of is not None:
            rework.add_external_record(s, actor, comeback_of, o.id, detected_at=now)
            original = s.get(WorkOrder, comeback_of)  # loaded and checked by add_external_record
            changes["comeback_of"] = original.number if original is not None else comeback_of
        if status is OrderStatus.DRAFT:
            changes["status"] = [status.value, o.status]
            audit.record(s, actor, "open_order", ENTITY, o.id, changes)
        else:
            audit.record(s, actor, "update_order", ENTITY, o.id, changes)
        return _detail(s, o)


def _require_editable(o: WorkOrder) -> None:
    status = OrderStatus(o.status)
    if status not in EDITABLE:
        raise DealerDeskError(NOT_EDITABLE, number=o.number, status=STATUS_LABELS[status])


def _transition(s: Session, actor: Actor, o: WorkOrder, target: OrderStatus, now: datetime) -> OrderStatus:
    source = OrderStatus(o.status)
    check_transition(source, target, actor.roles)
    o.status = target.value
    _touch(o, actor, now)
    return source


def dispatch_to_workshop(db: Database, actor: Actor, order_id: int, expected_version: int | None = None) -> OrderDetail:
    """Open -> in workshop; every labour line must name its technician (the job card prints them)."""
    now = utcnow()
    with db.write() as s:
        actor = current_actor(s, actor)
        o = _load_for_write(s, order_id, expected_version)
        check_transition(OrderStatus(o.status), OrderStatus.IN_WORKSHOP, actor.roles)
        problems = [
            Problem(LABOUR_LINES, NO_TECHNICIAN, {"row": row})
            for row, x in enumerate(o.labour_lines, start=1)
            if x.technician_id is None
        ]
        if not o.labour_lines:
            problems.append(Problem(LABOUR_LINES, NO_LABOUR))
        if problems:
            raise ValidationError(problems)
        source = _transition(s, actor, o, OrderStatus.IN_WORKSHOP, now)
        _flush(s, o)
        audit.record(s, actor, "dispatch_to_workshop", ENTITY, o.id, {"status": [source.value, o.status]})
        return _detail(s, o)


def cancel_order(
    db: Database, actor: Actor, order_id: int, reason: str, expected_version: int | None = None
) -> OrderDetail:
    problems = check_cancel_reason(reason)
    if problems:
        raise ValidationError(problems)
    now = utcnow()
    with db.write() as s:
        actor = current_actor(s, actor)
        o = _load_for_write(s, order_id, expected_version)
        workshop_parts.require_nothing_held(s, o)  # the seed's battery: parts never vanish with an order
        source = _transition(s, actor, o, OrderStatus.CANCELLED, now)
        o.cancel_reason = reason.strip()
        _flush(s, o)
        audit.record(
            s, actor, "cancel_order", ENTITY, o.id, {"status": [source.value, o.status], "reason": o.cancel_reason}
        )
        return _detail(s, o)


def add_extra_work(
    db: Database,
    actor: Actor,
    order_id: int,
    work: ExtraWorkInput,
    expected_version: int | None = None,
) -> OrderDetail:
    """Record extra work the customer approved: its lines join the order, the estimate grows by their
    total (the work's amount), the promise moves."""
    now = utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADVISOR)
        o = _load_for_write(s, order_id, expected_version)
        status = OrderStatus(o.status)
        if status not in EXTRA_WORK_STATUSES:
            raise DealerDeskError(EXTRA_WORK_STATUS, status=STATUS_LABELS[status])
        problems = check_extra_work(work, checked_in_at=o.checked_in_at, now=now, estimate_fen=o.estimate_fen)
        if problems:
            raise ValidationError(problems)
        assert work.amount_fen is not None and work.method is not None
        assert work.new_promised_at is not None and work.approved_at is not None
        before = {"estimate_fen": o.estimate_fen, "promised_at": o.promised_at}
        # The approved work becomes lines of the order: the job card gives them to the technician,
        # and the priced lines and the estimate keep adding up.
        o.labour_lines.extend(
            _fill_labour(LabourLine(), len(o.labour_lines) + i, x) for i, x in enumerate(work.labour_lines)
        )
        o.parts_lines.extend(
            _fill_parts(PartsLine(), len(o.parts_lines) + i, x) for i, x in enumerate(work.parts_lines)
        )
        o.extra_work.append(
            ExtraWork(
                description=work.description.strip(),
                amount_fen=work.amount_fen,
                new_promised_at=work.new_promised_at,
                approver_name=work.approver_name.strip(),
                method=work.method.value,
                approved_at=work.approved_at,
                recorded_by_id=actor.id,
                recorded_at=now,
            )
        )
        o.estimate_fen = (o.estimate_fen or 0) + work.amount_fen
        o.promised_at = work.new_promised_at
        _touch(o, actor, now)
        _flush(s, o)
        changes = audit.diff(before, {"estimate_fen": o.estimate_fen, "promised_at": o.promised_at})
        changes.update(
            description=work.description.strip(),
            amount_fen=work.amount_fen,
            approver_name=work.approver_name.strip(),
            method=work.method.value,
            approved_at=work.approved_at.astimezone(UTC),
            labour_lines=[[x.operation.strip(), x.hours_x100, x.rate_fen, x.technician_id] for x in work.labour_lines],
            parts_lines=[
                [x.part_no.strip(), x.name.strip(), x.quantity_x1000, x.unit_price_fen] for x in work.parts_lines
            ],
        )
        audit.record(s, actor, "add_extra_work", ENTITY, o.id, changes)
        return _detail(s, o)
