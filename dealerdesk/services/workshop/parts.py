"""The parts desk (配件员): parts issued to an order and taken back, and the self-check's account of them.

One use case, one transaction, one audit row on the order. The rules are in
domain/workshop_rules; migration 0005's triggers refuse what slips past them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import LabourLine, PartAccount, PartsLine, PartsMovement, User, WorkOrder
from dealerdesk.domain import workshop_rules as rules
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound, Problem, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import STATUS_LABELS, OrderStatus
from dealerdesk.domain.workshop_rules import MovementKind, OldPart, PartCount, ReturnReason
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor

ENTITY = "work_order"  # audited on the order: its log tells where every part went

ORDER_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no work order {ref}.")
SLIP_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no parts slip {ref}.")
NOT_ORDER_TECHNICIAN = QT_TRANSLATE_NOOP(
    "Messages", "{name} works on no labour line of order {number}: parts go to a technician of the order."
)


@dataclass(frozen=True)
class Technician:
    id: int
    name: str


@dataclass(frozen=True)
class MovementView:
    slip_no: str
    kind: MovementKind
    part_no: str
    part_name: str
    quantity_x1000: int
    technician: str
    clerk: str
    at: datetime
    reason: ReturnReason | None
    note: str


@dataclass(frozen=True)
class PartsDesk:
    """One order as the parts desk sees it: who works on it and where each part number stands."""

    order_id: int
    number: str
    status: OrderStatus
    plate: str
    model: str
    vin: str
    advisor: str
    old_parts_returned: bool
    technicians: tuple[Technician, ...]
    parts: tuple[PartCount, ...]
    movements: tuple[MovementView, ...]

    @property
    def can_issue(self) -> bool:
        return self.status in rules.ISSUE_STATUSES

    @property
    def unaccounted(self) -> list[PartCount]:
        return rules.unaccounted(self.parts)


@dataclass(frozen=True)
class SlipLine:
    part_no: str
    part_name: str
    quantity_x1000: int


@dataclass(frozen=True)
class Slip:
    """One act at the parts desk, as printed on the 出库单 (or the return slip)."""

    slip_no: str
    kind: MovementKind
    order_id: int
    order_number: str
    plate: str
    model: str
    vin: str
    advisor: str
    technician: str
    clerk: str
    at: datetime
    reason: ReturnReason | None
    note: str
    lines: tuple[SlipLine, ...]


# --- reading ---------------------------------------------------------------------------------


def _order(s: Session, ref: int | str) -> WorkOrder:
    if isinstance(ref, int):
        order = s.get(WorkOrder, ref)
    else:
        order = s.scalar(select(WorkOrder).where(WorkOrder.number == ref.strip().upper()))
    if order is None:
        raise NotFound(ORDER_NOT_FOUND, ref=ref)
    return order


def _names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {user_id: name for user_id, name in s.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}


def _movements(s: Session, order_id: int) -> list[PartsMovement]:
    q = select(PartsMovement).where(PartsMovement.order_id == order_id).order_by(PartsMovement.id)
    return list(s.scalars(q))


def _counts(s: Session, order: WorkOrder) -> list[PartCount]:
    ordered = s.execute(
        select(PartsLine.part_no, PartsLine.name, PartsLine.quantity_x1000)
        .where(PartsLine.order_id == order.id)
        .order_by(PartsLine.position)
    ).all()
    movements = [rules.Movement(m.part_no, MovementKind(m.kind), m.quantity_x1000) for m in _movements(s, order.id)]
    return rules.count_parts(ordered, movements, _fitted(s, order.id))


def _fitted(s: Session, order_id: int) -> dict[str, tuple[int, OldPart]]:
    rows = s.scalars(select(PartAccount).where(PartAccount.order_id == order_id))
    return {a.part_no: (a.fitted_x1000, OldPart(a.old_part)) for a in rows}


def _technicians(s: Session, order_id: int) -> list[Technician]:
    q = (
        select(User.id, User.full_name)
        .join(LabourLine, LabourLine.technician_id == User.id)
        .where(LabourLine.order_id == order_id)
        .group_by(User.id, User.full_name)
        .order_by(func.min(LabourLine.position))
    )
    return [Technician(user_id, name) for user_id, name in s.execute(q)]


def _movement_view(m: PartsMovement, names: Mapping[int, str]) -> MovementView:
    return MovementView(
        m.slip_no,
        MovementKind(m.kind),
        m.part_no,
        m.part_name,
        m.quantity_x1000,
        names.get(m.technician_id, ""),
        names.get(m.clerk_id, ""),
        m.at,
        ReturnReason(m.reason) if m.reason else None,
        m.note,
    )


def _desk(s: Session, order: WorkOrder) -> PartsDesk:
    movements = _movements(s, order.id)
    names = _names(s, {order.advisor_id} | {m.technician_id for m in movements} | {m.clerk_id for m in movements})
    return PartsDesk(
        order_id=order.id,
        number=order.number,
        status=OrderStatus(order.status),
        plate=order.plate,
        model=order.model,
        vin=order.vin,
        advisor=names.get(order.advisor_id, ""),
        old_parts_returned=order.old_parts_returned,
        technicians=tuple(_technicians(s, order.id)),
        parts=tuple(_counts(s, order)),
        movements=tuple(_movement_view(m, names) for m in movements),
    )


def parts_desk(db: Database, ref: int | str) -> PartsDesk:
    """The order by id or by number (typed or scanned from the job card's QR / Code 128)."""
    with db.read() as s:
        return _desk(s, _order(s, ref))


def unaccounted_parts(s: Session, order: WorkOrder) -> list[PartCount]:
    """For the QC and delivery services, inside their own transaction."""
    return rules.unaccounted(_counts(s, order))


def require_accounted(s: Session, order: WorkOrder, text: str) -> None:
    """Refuse (``text`` with {number} and {parts}) while an issued quantity is neither fitted nor returned."""
    missing = unaccounted_parts(s, order)
    if missing:
        raise DealerDeskError(text, number=order.number, parts=rules.unaccounted_text(missing))


def require_nothing_held(s: Session, order: WorkOrder) -> None:
    """An order is not cancelled while the workshop holds parts issued to it: they go back to stores first."""
    held = [c for c in _counts(s, order) if c.held_x1000 > 0]
    if held:
        parts = ", ".join(f"{c.part_no} × {rules.format_quantity(c.held_x1000)}" for c in held)
        raise DealerDeskError(rules.HELD_AT_CANCEL, number=order.number, parts=parts)


def load_slip(db: Database, slip_no: str) -> Slip:
    with db.read() as s:
        rows = list(s.scalars(select(PartsMovement).where(PartsMovement.slip_no == slip_no).order_by(PartsMovement.id)))
        if not rows:
            raise NotFound(SLIP_NOT_FOUND, ref=slip_no)
        return _slip(s, rows)


def _slip(s: Session, rows: list[PartsMovement]) -> Slip:
    first = rows[0]
    order = _order(s, first.order_id)
    names = _names(s, {order.advisor_id, first.technician_id, first.clerk_id})
    return Slip(
        slip_no=first.slip_no,
        kind=MovementKind(first.kind),
        order_id=order.id,
        order_number=order.number,
        plate=order.plate,
        model=order.model,
        vin=order.vin,
        advisor=names.get(order.advisor_id, ""),
        technician=names.get(first.technician_id, ""),
        clerk=names.get(first.clerk_id, ""),
        at=first.at,
        reason=ReturnReason(first.reason) if first.reason else None,
        note=first.note,
        lines=tuple(SlipLine(m.part_no, m.part_name, m.quantity_x1000) for m in rows),
    )


# --- the parts desk --------------------------------------------------------------------------


def _check_technician(s: Session, order: WorkOrder, technician_id: int | None) -> int:
    if technician_id is None:
        raise ValidationError([Problem(rules.TECHNICIAN, rules.NO_TECHNICIAN)])
    if technician_id not in {t.id for t in _technicians(s, order.id)}:
        user = s.get(User, technician_id)
        raise ValidationError(
            [
                Problem(
                    rules.TECHNICIAN,
                    NOT_ORDER_TECHNICIAN,
                    {"name": user.full_name if user else str(technician_id), "number": order.number},
                )
            ]
        )
    return technician_id


def _next_slip_no(s: Session, order: WorkOrder, kind: MovementKind) -> str:
    """CK20261202-0001-01 for an issue, TK…-02 for a return: the order's acts at the desk, counted."""
    done = s.scalar(select(func.count(func.distinct(PartsMovement.slip_no))).where(PartsMovement.order_id == order.id))
    prefix = "CK" if kind is MovementKind.ISSUE else "TK"
    return f"{prefix}{order.number.removeprefix('WO')}-{(done or 0) + 1:02d}"


def _locked_order(s: Session, order_id: int) -> WorkOrder:
    # FOR UPDATE on PostgreSQL; on SQLite the write transaction is already BEGIN IMMEDIATE.
    order = s.scalar(select(WorkOrder).where(WorkOrder.id == order_id).with_for_update())
    if order is None:
        raise NotFound(ORDER_NOT_FOUND, ref=order_id)
    return order


def issue_parts(
    db: Database, actor: Actor, order_id: int, quantities: Mapping[str, int], technician_id: int | None
) -> Slip:
    """Issue parts (part number -> quantity in thousandths) to a technician of an order in the workshop."""
    wanted = {part_no: q for part_no, q in quantities.items() if q != 0}
    with db.write() as s:
        actor = current_actor(s, actor, Role.PARTS_CLERK)
        order = _locked_order(s, order_id)
        status = OrderStatus(order.status)
        if status not in rules.ISSUE_STATUSES:
            raise DealerDeskError(rules.NOT_IN_WORKSHOP, number=order.number, status=STATUS_LABELS[status])
        counts = {c.part_no: c for c in _counts(s, order)}
        problems = rules.check_issue(counts, wanted)
        if problems:
            raise ValidationError(problems)
        technician = _check_technician(s, order, technician_id)
        return _record(s, actor, order, MovementKind.ISSUE, wanted, counts, technician, None, "")


def return_parts(
    db: Database,
    actor: Actor,
    order_id: int,
    quantities: Mapping[str, int],
    technician_id: int | None,
    reason: ReturnReason | None,
    note: str = "",
) -> Slip:
    """Take parts back to stores from the order, with why; only what is held and not said fitted."""
    wanted = {part_no: q for part_no, q in quantities.items() if q != 0}
    with db.write() as s:
        actor = current_actor(s, actor, Role.PARTS_CLERK)
        order = _locked_order(s, order_id)
        status = OrderStatus(order.status)
        if status not in rules.RETURN_STATUSES:
            raise DealerDeskError(rules.NO_RETURN_NOW, number=order.number, status=STATUS_LABELS[status])
        counts = {c.part_no: c for c in _counts(s, order)}
        problems = rules.check_return(counts, wanted)
        if reason is None:
            problems.append(Problem(rules.REASON, rules.NO_REASON))
        if problems:
            raise ValidationError(problems)
        technician = _check_technician(s, order, technician_id)
        return _record(s, actor, order, MovementKind.RETURN, wanted, counts, technician, reason, note.strip())


def _record(
    s: Session,
    actor: Actor,
    order: WorkOrder,
    kind: MovementKind,
    wanted: Mapping[str, int],
    counts: Mapping[str, PartCount],
    technician_id: int,
    reason: ReturnReason | None,
    note: str,
) -> Slip:
    now = utcnow()
    slip_no = _next_slip_no(s, order, kind)
    rows = [
        PartsMovement(
            order_id=order.id,
            slip_no=slip_no,
            kind=kind.value,
            part_no=part_no,
            part_name=counts[part_no].name,
            quantity_x1000=quantity,
            technician_id=technician_id,
            clerk_id=actor.id,
            at=now,
            reason=reason.value if reason else None,
            note=note,
        )
        for part_no, quantity in wanted.items()
    ]
    s.add_all(rows)
    s.flush()
    changes: dict[str, object] = {
        "slip_no": slip_no,
        "technician_id": technician_id,
        "parts": [[r.part_no, r.quantity_x1000] for r in rows],
    }
    if reason is not None:
        changes.update(reason=reason.value, note=note)
    audit.record(s, actor, "issue_parts" if kind is MovementKind.ISSUE else "return_parts", ENTITY, order.id, changes)
    return _slip(s, rows)


# --- the self-check's account ------------------------------------------------------------------


def account_parts(db: Database, actor: Actor, order_id: int, fitted: Mapping[str, tuple[int, OldPart]]) -> PartsDesk:
    """The technician says how many of each issued part were fitted, and what became of the old part."""
    with db.write() as s:
        actor = current_actor(s, actor, Role.TECHNICIAN, Role.TEAM_LEAD)
        order = _locked_order(s, order_id)
        status = OrderStatus(order.status)
        if status not in rules.ACCOUNT_STATUSES:
            raise DealerDeskError(rules.NO_ACCOUNT_NOW, number=order.number, status=STATUS_LABELS[status])
        counts = {c.part_no: c for c in _counts(s, order)}
        problems = rules.check_accounts(counts, fitted, order.old_parts_returned)
        if problems:
            raise ValidationError(problems)
        now = utcnow()
        changed: dict[str, list[object]] = {}
        for part_no, (quantity, old) in fitted.items():
            row = s.get(PartAccount, (order.id, part_no))
            before = [row.fitted_x1000, row.old_part] if row else None
            if row is None:
                row = PartAccount(order_id=order.id, part_no=part_no)
                s.add(row)
            row.fitted_x1000, row.old_part = quantity, old.value
            row.recorded_by_id, row.recorded_at = actor.id, now
            if before != [quantity, old.value]:
                changed[part_no] = [before, [quantity, old.value]]
        s.flush()
        if changed:
            audit.record(s, actor, "account_parts", ENTITY, order.id, {"parts": changed})
        return _desk(s, order)
