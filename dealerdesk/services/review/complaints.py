"""Complaints (投诉): opened from a low mark, a customer's call or the front desk; answered with an
apology and a remedy; closed only by the service manager, who signs with their password.

An open complaint, or one closed in the last 90 days, flags the car when it next checks in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Complaint, SatisfactionCall, User, Vehicle, WorkOrder
from dealerdesk.domain import satisfaction as rules
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ValidationError
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit, users
from dealerdesk.services.actor import Actor, current_actor, require_role
from dealerdesk.services.packages.vouchers import add_voucher
from dealerdesk.services.rework.views import day_start
from dealerdesk.services.rework.views import today as dealer_today

OPEN_ROLES = (Role.CUSTOMER_CARE, Role.ADVISOR, Role.MANAGER, Role.ADMIN)
CLOSE_ROLES = (Role.MANAGER,)
ENTITY = "complaint"
DEFAULT_DAYS_TO_CLOSE = 7
TEXT_MAX = 2000


class ComplaintStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


# Not plain "Open": that is the work order's status (已开单) and one source text has one translation.
COMPLAINT_STATUS_LABELS = {
    ComplaintStatus.OPEN: QT_TRANSLATE_NOOP("Messages", "Still open"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("Messages", "Closed"),
}


@dataclass(frozen=True)
class ComplaintView:
    id: int
    version: int
    order_id: int | None
    order_number: str
    plate: str
    vin: str
    customer_name: str
    customer_mobile: str
    source: rules.ComplaintSource
    description: str
    cause: rules.ComplaintCause | None
    responsible_id: int | None
    responsible_name: str
    apology_by_id: int | None
    apology_by_name: str
    apology_at: datetime | None
    remedy: str
    gift: str
    close_by: date
    status: ComplaintStatus
    opened_at: datetime
    opened_by_name: str
    closed_at: datetime | None
    closed_by_name: str
    voucher_code: str = ""  # the consolation gift's voucher, when the closing issued one

    def overdue(self, today: date) -> bool:
        return self.status is ComplaintStatus.OPEN and today > self.close_by

    def state(self) -> rules.ComplaintState:
        return rules.ComplaintState(
            self.description, self.cause, self.responsible_id, self.apology_by_id, self.remedy, self.gift
        )


@dataclass(frozen=True)
class ComplaintEdit:
    """What may change on an open complaint (the manager's and the front desk's follow-up)."""

    cause: rules.ComplaintCause | None
    responsible_id: int | None
    apology_by_id: int | None
    remedy: str
    gift: str
    close_by: date


def _view(s: Session, c: Complaint) -> ComplaintView:
    ids = {c.responsible_id, c.apology_by_id, c.opened_by_id, c.closed_by_id} - {None}
    names = dict(s.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all()) if ids else {}
    number = s.scalar(select(WorkOrder.number).where(WorkOrder.id == c.order_id)) if c.order_id else None
    return ComplaintView(
        id=c.id,
        version=c.version,
        order_id=c.order_id,
        order_number=number or "",
        plate=c.plate,
        vin=c.vin,
        customer_name=c.customer_name,
        customer_mobile=c.customer_mobile,
        source=rules.ComplaintSource(c.source),
        description=c.description,
        cause=rules.ComplaintCause(c.cause) if c.cause else None,
        responsible_id=c.responsible_id,
        responsible_name=names.get(c.responsible_id, "") if c.responsible_id else "",
        apology_by_id=c.apology_by_id,
        apology_by_name=names.get(c.apology_by_id, "") if c.apology_by_id else "",
        apology_at=c.apology_at,
        remedy=c.remedy,
        gift=c.gift,
        close_by=c.close_by,
        status=ComplaintStatus(c.status),
        opened_at=c.opened_at,
        opened_by_name=names.get(c.opened_by_id, ""),
        closed_at=c.closed_at,
        closed_by_name=names.get(c.closed_by_id, "") if c.closed_by_id else "",
    )


def _check_text(field: str, value: str, problems: list[Problem]) -> None:
    if len(value) > TEXT_MAX:
        problems.append(Problem(field, QT_TRANSLATE_NOOP("Messages", "At most {max} characters."), {"max": TEXT_MAX}))
    if "\x00" in value:
        problems.append(Problem(field, QT_TRANSLATE_NOOP("Messages", "The text contains a NUL character.")))


_NO_ORDER = QT_TRANSLATE_NOOP("Messages", "No work order {number}.")


def open_complaint(
    db: Database,
    actor: Actor,
    source: rules.ComplaintSource,
    description: str,
    order_number: str = "",
    plate: str = "",
    call_id: int | None = None,
    today: date | None = None,
) -> ComplaintView:
    """Record what the customer said, against an order (its car and customer come with it) or a plate."""
    description, order_number, plate = description.strip(), order_number.strip().upper(), plate.strip().upper()
    problems = rules.check_open(description, bool(plate or order_number or call_id is not None))
    _check_text("description", description, problems)
    if problems:
        raise ValidationError(problems)
    today = today or dealer_today()
    with db.write() as s:
        actor = current_actor(s, actor, *OPEN_ROLES)
        order = None
        if order_number:
            order = s.scalars(select(WorkOrder).where(WorkOrder.number == order_number)).first()
            if order is None:
                raise ValidationError([Problem("order", _NO_ORDER, {"number": order_number})])
        elif call_id is not None:
            call = s.get(SatisfactionCall, call_id)
            order = s.get(WorkOrder, call.order_id) if call else None
        if order is None and plate:
            order = s.scalars(
                select(WorkOrder).where(WorkOrder.plate == plate).order_by(WorkOrder.id.desc()).limit(1)
            ).first()
        c = Complaint(
            order_id=order.id if order else None,
            vehicle_id=order.vehicle_id if order else None,
            plate=order.plate if order else plate,
            vin=order.vin if order else "",
            customer_name=order.customer_name if order else "",
            customer_mobile=order.customer_mobile if order else "",
            source=source.value,
            call_id=call_id,
            description=description,
            close_by=today + timedelta(days=DEFAULT_DAYS_TO_CLOSE),
            status=ComplaintStatus.OPEN.value,
            opened_at=utcnow(),
            opened_by_id=actor.id,
        )
        s.add(c)
        s.flush()
        audit.record(s, actor, "open_complaint", ENTITY, c.id, {"source": source.value, "plate": c.plate})
        return _view(s, c)


_CLOSED = QT_TRANSLATE_NOOP("Messages", "The complaint is closed: it cannot be changed.")
_STALE = QT_TRANSLATE_NOOP("Messages", "Someone else changed this complaint meanwhile. Open it again.")
_GONE = QT_TRANSLATE_NOOP("Messages", "The complaint no longer exists.")


def _load(s: Session, complaint_id: int, version: int) -> Complaint:
    c = s.get(Complaint, complaint_id)
    if c is None:
        raise NotFound(_GONE)
    if c.version != version:
        raise ConflictError(_STALE)
    if c.status != ComplaintStatus.OPEN.value:
        raise ValidationError([Problem("status", _CLOSED)])
    return c


def update_complaint(db: Database, actor: Actor, complaint_id: int, version: int, edit: ComplaintEdit) -> ComplaintView:
    problems: list[Problem] = []
    _check_text("remedy", edit.remedy, problems)
    if len(edit.gift) > 100:
        problems.append(Problem("gift", QT_TRANSLATE_NOOP("Messages", "At most {max} characters."), {"max": 100}))
    if problems:
        raise ValidationError(problems)
    try:
        with db.write() as s:
            actor = current_actor(s, actor, *OPEN_ROLES)
            c = _load(s, complaint_id, version)
            before = {
                "cause": c.cause,
                "responsible_id": c.responsible_id,
                "apology_by_id": c.apology_by_id,
                "remedy": c.remedy,
                "gift": c.gift,
                "close_by": c.close_by.isoformat(),
            }
            if edit.apology_by_id != c.apology_by_id:
                c.apology_at = utcnow() if edit.apology_by_id else None
            c.cause = edit.cause.value if edit.cause else None
            c.responsible_id = edit.responsible_id
            c.apology_by_id = edit.apology_by_id
            c.remedy = edit.remedy.strip()
            c.gift = edit.gift.strip()
            c.close_by = edit.close_by
            after = {**before, "cause": c.cause, "responsible_id": c.responsible_id, "apology_by_id": c.apology_by_id,
                     "remedy": c.remedy, "gift": c.gift, "close_by": c.close_by.isoformat()}  # fmt: skip
            changed = audit.diff(before, after)
            s.flush()
            if changed:
                audit.record(s, actor, "update_complaint", ENTITY, c.id, changed)
            return _view(s, c)
    except StaleDataError as err:
        raise ConflictError(_STALE) from err


def close_complaint(db: Database, actor: Actor, complaint_id: int, version: int, password: str) -> ComplaintView:
    """The manager's sign-off: refused until cause, person responsible, apology and remedy are recorded."""
    require_role(actor, *CLOSE_ROLES)
    with db.read() as s:
        c = _load(s, complaint_id, version)
        problems = rules.check_close(_view(s, c).state())
    if problems:
        raise ValidationError(problems)
    users.confirm_password(db, actor, password)
    try:
        with db.write() as s:
            # The role as the database says now: the check above read the actor from sign-in.
            actor = current_actor(s, actor, *CLOSE_ROLES)
            c = _load(s, complaint_id, version)
            now = utcnow()
            c.status = ComplaintStatus.CLOSED.value
            c.closed_at = now
            c.closed_by_id = actor.id
            s.flush()
            # The consolation gift becomes a voucher on the car, redeemable on a later work order, in the
            # same transaction: a complaint is never closed with its gift lost, nor a gift given twice.
            code = ""
            vehicle_id = _vehicle_of(s, c)
            if c.gift.strip() and vehicle_id is not None:
                terms = rules.gift_voucher_terms(c.gift, c.id, now.astimezone(CHINA_TIME).date())
                code = add_voucher(s, actor, terms, vehicle_id, now).code
            audit.record(s, actor, "close_complaint", ENTITY, c.id, {"status": ["open", "closed"], "voucher": code})
            return replace(_view(s, c), voucher_code=code)
    except StaleDataError as err:
        raise ConflictError(_STALE) from err


def _vehicle_of(s: Session, c: Complaint) -> int | None:
    """The car the complaint is about: its order's, else the one with its VIN or plate."""
    if c.vehicle_id is not None:
        return c.vehicle_id
    for column, value in ((Vehicle.vin, c.vin), (Vehicle.plate, c.plate)):
        if value:
            found = s.scalar(select(Vehicle.id).where(column == value).limit(1))
            if found is not None:
                return found
    return None


def load_complaint(db: Database, complaint_id: int) -> ComplaintView:
    with db.read() as s:
        c = s.get(Complaint, complaint_id)
        if c is None:
            raise NotFound(_GONE)
        return _view(s, c)


def list_complaints(db: Database, actor: Actor, open_only: bool = True) -> list[ComplaintView]:
    with db.read() as s:
        actor = current_actor(s, actor, *OPEN_ROLES)
        q = select(Complaint).order_by(Complaint.status.desc(), Complaint.close_by, Complaint.id)
        q = q.where(Complaint.status == ComplaintStatus.OPEN.value) if open_only else q.limit(500)
        return [_view(s, c) for c in s.scalars(q)]


def flags_for_car(db: Database, plate: str, vin: str, today: date | None = None) -> list[ComplaintView]:
    """Open complaints, and those closed in the last 90 days, about this car: shown at check-in."""
    plate, vin = plate.strip().upper(), vin.strip().upper()
    if not plate and not vin:
        return []
    today = today or dealer_today()
    since = day_start(today - timedelta(days=90))
    with db.read() as s:
        keys = [k for k in ((Complaint.plate, plate), (Complaint.vin, vin)) if k[1]]
        rows = s.scalars(
            select(Complaint)
            .where(or_(*(col == value for col, value in keys)))
            .where(or_(Complaint.status == ComplaintStatus.OPEN.value, Complaint.closed_at >= since))
            .order_by(Complaint.id.desc())
        ).all()
        return [_view(s, c) for c in rows]


@dataclass(frozen=True)
class ComplaintCounts:
    opened: dict[rules.ComplaintCause | None, int]
    closed: dict[rules.ComplaintCause | None, int]
    open_now: int
    overdue_now: int


def counts(db: Database, start: date, end: date, today: date | None = None) -> ComplaintCounts:
    """Complaints opened and closed in [start, end] by cause, and how many are open (and late) now."""
    lo, hi = day_start(start), day_start(end + timedelta(days=1))
    today = today or dealer_today()
    with db.read() as s:
        opened = s.execute(
            select(Complaint.cause, func.count())
            .where(Complaint.opened_at >= lo, Complaint.opened_at < hi)
            .group_by(Complaint.cause)
        ).all()
        closed = s.execute(
            select(Complaint.cause, func.count())
            .where(Complaint.closed_at >= lo, Complaint.closed_at < hi)
            .group_by(Complaint.cause)
        ).all()
        open_now = s.scalar(select(func.count()).where(Complaint.status == ComplaintStatus.OPEN.value)) or 0
        overdue = (
            s.scalar(
                select(func.count()).where(Complaint.status == ComplaintStatus.OPEN.value, Complaint.close_by < today)
            )
            or 0
        )

    def by_cause(rows: list[tuple[str | None, int]]) -> dict[rules.ComplaintCause | None, int]:
        return {rules.ComplaintCause(c) if c else None: n for c, n in rows}

    return ComplaintCounts(by_cause(list(opened)), by_cause(list(closed)), open_now, overdue)


def staff_choices(db: Database) -> list[tuple[int, str]]:
    """Active users, for the person responsible and who apologised."""
    with db.read() as s:
        return list(s.execute(select(User.id, User.full_name).where(User.is_active).order_by(User.full_name)).all())
