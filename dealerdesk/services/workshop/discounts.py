"""Discounts on a line or on the order: reason always, a manager's approval above the giver's limit.

Discounts on one line (or on the order) add up before the limit is applied, so a large
discount cannot pass as several small ones. Every discount is one audit row on the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Discount, User, WorkOrder
from dealerdesk.domain import discount_rules as rules
from dealerdesk.domain.discount_rules import DiscountInput, DiscountReason, DiscountTarget
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound, Problem, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import STATUS_LABELS, OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.settings import get_settings
from dealerdesk.services.settlement import settle as settlement
from dealerdesk.services.workshop.approval import ApprovalCredentials, ApprovalNeeded, manager_approval

ENTITY = "work_order"
REPORT_ROLES = (Role.MANAGER,)
DISCOUNT_STATUSES = frozenset({OrderStatus.OPEN, OrderStatus.IN_WORKSHOP, OrderStatus.AWAITING_QC, OrderStatus.READY})
NO_DISCOUNT_NOW = QT_TRANSLATE_NOOP("Messages", "Order {number} is {status}: no discount can be given on it.")
ORDER_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no work order {ref}.")
LINE_KINDS = {
    DiscountTarget.LABOUR: QT_TRANSLATE_NOOP("Messages", "labour"),
    DiscountTarget.PARTS: QT_TRANSLATE_NOOP("Messages", "parts"),
}


@dataclass(frozen=True)
class DiscountView:
    id: int
    order_id: int
    target: DiscountTarget
    line_id: int | None  # the labour or parts line (by target); None for the order
    line_label: str
    base_fen: int
    amount_fen: int
    reason: DiscountReason
    note: str
    given_by: str
    approved_by: str  # empty: within the giver's own limit
    at: datetime


@dataclass(frozen=True)
class ReportRow:
    """One advisor and reason in a month: how many, how much, how many needed a manager."""

    advisor: str
    reason: DiscountReason
    count: int
    amount_fen: int
    approved: int


def _order(s: Session, order_id: int) -> WorkOrder:
    q = select(WorkOrder).where(WorkOrder.id == order_id).options(selectinload(WorkOrder.labour_lines))
    order = s.scalar(q.options(selectinload(WorkOrder.parts_lines)).with_for_update())
    if order is None:
        raise NotFound(ORDER_NOT_FOUND, ref=order_id)
    return order


def _target(order: WorkOrder, data: DiscountInput) -> tuple[int, str]:
    """The amount the discount is taken off, and the line's label."""
    if data.target is DiscountTarget.ORDER:
        return order.estimate_fen or 0, ""
    if data.target is DiscountTarget.LABOUR:
        labour = next((x for x in order.labour_lines if x.id == data.line), None)
        if labour is not None:
            return labour.amount_fen, labour.operation
    else:
        part = next((x for x in order.parts_lines if x.id == data.line), None)
        if part is not None:
            return part.amount_fen, f"{part.part_no} {part.name}"
    raise ValidationError([Problem(rules.TARGET, rules.NO_LINE, {"kind": LINE_KINDS[data.target]})])


def _given(s: Session, order_id: int, data: DiscountInput | None = None) -> int:
    """Discounts already on the order (or, with ``data``, on the same line or on the order itself)."""
    q = select(func.coalesce(func.sum(Discount.amount_fen), 0)).where(Discount.order_id == order_id)
    if data is not None:
        q = q.where(Discount.target == data.target.value)
        if data.target is DiscountTarget.LABOUR:
            q = q.where(Discount.labour_line_id == data.line)
        elif data.target is DiscountTarget.PARTS:
            q = q.where(Discount.parts_line_id == data.line)
    return int(s.scalar(q) or 0)


def give_discount(
    db: Database,
    actor: Actor,
    order_id: int,
    data: DiscountInput,
    approval: ApprovalCredentials | None = None,
) -> DiscountView:
    """Record a discount; raises ApprovalNeeded when above the giver's limit and no valid approval came with it."""
    if data.target is DiscountTarget.ORDER:
        data = DiscountInput(data.target, None, data.amount_fen, data.reason, data.note)
    limits = get_settings(db).discount_limits_pct
    approver = manager_approval(db, actor, approval) if approval is not None else None
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADVISOR, Role.MANAGER)
        order = _order(s, order_id)
        status = OrderStatus(order.status)
        if status not in DISCOUNT_STATUSES:
            raise DealerDeskError(NO_DISCOUNT_NOW, number=order.number, status=STATUS_LABELS[status])
        if settlement.current(s, order.id) is not None:  # the bill is final: a manager corrects the settlement
            raise DealerDeskError(settlement.ALREADY_SETTLED, number=order.number)
        base, label = _target(order, data)
        before = _given(s, order.id, data)
        # Never more than is left of the line, nor than is left of the whole order.
        left = min(base - before, (order.estimate_fen or 0) - _given(s, order.id))
        problems = rules.check_discount(data, max(left, 0))
        if problems:
            raise ValidationError(problems)
        assert data.amount_fen is not None and data.reason is not None
        limit = rules.limit_pct(actor.roles, limits)
        if approver is None and rules.needs_approval(before + data.amount_fen, base, limit):
            raise ApprovalNeeded(
                rules.NEEDS_APPROVAL,
                percent=f"{rules.percent_x100(before + data.amount_fen, base) / 100:g}",
                limit=limit,
            )
        row = Discount(
            order_id=order.id,
            target=data.target.value,
            labour_line_id=data.line if data.target is DiscountTarget.LABOUR else None,
            parts_line_id=data.line if data.target is DiscountTarget.PARTS else None,
            line_label=label,
            base_fen=base,
            amount_fen=data.amount_fen,
            reason=data.reason.value,
            note=data.note.strip(),
            given_by_id=actor.id,
            approved_by_id=approver.manager_id if approver else None,
            at=utcnow(),
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "give_discount",
            ENTITY,
            order.id,
            {
                "target": data.target.value,
                "line_id": data.line,
                "label": label,
                "base_fen": base,
                "amount_fen": data.amount_fen,
                "reason": data.reason.value,
                "note": row.note,
                "approved_by": approver.manager_name if approver else None,
            },
        )
        return _view(row, _names(s, {row.given_by_id, row.approved_by_id}))


def _names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {user_id: name for user_id, name in s.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))}


def _view(d: Discount, names: dict[int, str]) -> DiscountView:
    return DiscountView(
        d.id,
        d.order_id,
        DiscountTarget(d.target),
        d.labour_line_id if d.target == DiscountTarget.LABOUR else d.parts_line_id,
        d.line_label,
        d.base_fen,
        d.amount_fen,
        DiscountReason(d.reason),
        d.note,
        names.get(d.given_by_id, ""),
        names.get(d.approved_by_id, "") if d.approved_by_id else "",
        d.at,
    )


def order_discounts(db: Database, order_id: int) -> list[DiscountView]:
    with db.read() as s:
        rows = list(s.scalars(select(Discount).where(Discount.order_id == order_id).order_by(Discount.id)))
        ids: set[int | None] = {r.given_by_id for r in rows}
        ids |= {r.approved_by_id for r in rows}
        names = _names(s, ids)
        return [_view(r, names) for r in rows]


@dataclass(frozen=True)
class MonthDiscount:
    """One discount of the month, as the manager checks it against the order."""

    at: datetime
    order_id: int
    order_number: str
    advisor: str  # the order's advisor
    target: DiscountTarget
    line_label: str
    base_fen: int
    amount_fen: int
    reason: DiscountReason
    note: str
    given_by: str
    approved_by: str  # empty: within the giver's own limit


@dataclass(frozen=True)
class MonthReport:
    month: date  # its first day
    rows: tuple[ReportRow, ...]  # by who gave them and the reason
    discounts: tuple[MonthDiscount, ...]  # each of them, oldest first

    @property
    def count(self) -> int:
        return sum(r.count for r in self.rows)

    @property
    def amount_fen(self) -> int:
        return sum(r.amount_fen for r in self.rows)

    @property
    def approved(self) -> int:
        return sum(r.approved for r in self.rows)


def _month_bounds(month: date) -> tuple[date, datetime, datetime]:
    """The month's first day and its local start and end (the next month's start)."""
    first = month.replace(day=1)
    start = datetime.combine(first, time()).astimezone()
    end = datetime.combine((first + timedelta(days=32)).replace(day=1), time()).astimezone()
    return first, start, end


def monthly_report(db: Database, actor: Actor, month: date) -> MonthReport:
    """Discounts given in the local calendar month of ``month``, by the giver and the reason, and each one.

    The service manager's check on private discounts (私自折扣): who gave what, why, and which
    needed their approval.
    """
    first, start, end = _month_bounds(month)
    with db.read() as s:
        current_actor(s, actor, *REPORT_ROLES)
        q = (
            select(
                User.full_name,
                Discount.reason,
                func.count(Discount.id),
                func.sum(Discount.amount_fen),
                func.count(Discount.approved_by_id),
            )
            .join(User, User.id == Discount.given_by_id)
            .where(Discount.at >= start, Discount.at < end)
            .group_by(User.full_name, Discount.reason)
            .order_by(User.full_name, Discount.reason)
        )
        rows = tuple(
            ReportRow(name, DiscountReason(reason), count, int(total or 0), approved)
            for name, reason, count, total, approved in s.execute(q)
        )
        given = list(
            s.execute(
                select(Discount, WorkOrder.number, WorkOrder.advisor_id)
                .join(WorkOrder, WorkOrder.id == Discount.order_id)
                .where(Discount.at >= start, Discount.at < end)
                .order_by(Discount.at, Discount.id)
            )
        )
        ids: set[int | None] = set()
        for d, _number, advisor in given:
            ids |= {d.given_by_id, d.approved_by_id, advisor}
        names = _names(s, ids)
        discounts = tuple(
            MonthDiscount(
                d.at,
                d.order_id,
                number,
                names.get(advisor, ""),
                DiscountTarget(d.target),
                d.line_label,
                d.base_fen,
                d.amount_fen,
                DiscountReason(d.reason),
                d.note,
                names.get(d.given_by_id, ""),
                names.get(d.approved_by_id, "") if d.approved_by_id else "",
            )
            for d, number, advisor in given
        )
        return MonthReport(first, rows, discounts)
