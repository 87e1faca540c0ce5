"""Settling an order between the hand-over check and delivery, correcting a settlement, paying a balance.

The lines come from the saved order (its labour and parts lines, with the discount of the
package or voucher chosen on each, see packages.redemption); the cashier or advisor says
who pays each line and records the payments. A settled order's lines are locked (database
trigger); a manager corrects with a new settlement and a reason, never by editing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    Discount,
    LabourLine,
    PartsLine,
    Settlement,
    SettlementLine,
    SettlementPayment,
    User,
    WorkOrder,
)
from dealerdesk.domain.discount_rules import DISCOUNT_REASON_LABELS, DiscountReason, DiscountTarget
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound, Problem, ValidationError
from dealerdesk.domain.order_rules import LABOUR_LINES, PARTS_LINES
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.roles import Role
from dealerdesk.domain.settlement_rules import (
    APPROVAL,
    OVER_ESTIMATE,
    REASON,
    InvoiceKind,
    Line,
    LineKind,
    Payer,
    Payment,
    apply_payments,
    check_invoice,
    check_line_changes,
    check_lines,
    needs_customer_approval,
    totals,
    vat_in,
)
from dealerdesk.domain.vocabulary import STATUS_LABELS, OrderStatus, PaymentType
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.packages import redemption
from dealerdesk.services.settings import DealerSettings, get_settings

ENTITY = "work_order"
SETTLERS = (Role.CASHIER, Role.ADVISOR, Role.MANAGER)
ORDER_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no work order {ref}.")
NOT_READY = QT_TRANSLATE_NOOP(
    "Messages",
    "Order {number} is settled once its hand-over check has passed (ready for delivery), not while {status}.",
)
ALREADY_SETTLED = QT_TRANSLATE_NOOP(
    "Messages", "Order {number} is settled already: a manager corrects the settlement, with a reason."
)
NOT_SETTLED = QT_TRANSLATE_NOOP("Messages", "Order {number} has no settlement yet: settle it before delivery.")
OPEN_BALANCE = QT_TRANSLATE_NOOP(
    "Messages",
    "Order {number} still has {balance} yuan to pay: take the payment, put it on account, "
    "or a manager allows delivery with the balance open.",
)
ONLY_MANAGER_ALLOWS = QT_TRANSLATE_NOOP("Messages", "Only a service manager allows delivery with a balance open.")
CORRECTION_REASON = QT_TRANSLATE_NOOP("Messages", "Say why the settlement is corrected (for finance and the audit).")
LINES_CHANGED = QT_TRANSLATE_NOOP("Messages", "The order has {count} lines; the settlement was given {given}.")
NO_BALANCE = QT_TRANSLATE_NOOP("Messages", "Order {number} has nothing left to pay.")

# The order's payment type says who pays its lines unless the cashier says otherwise.
DEFAULT_PAYER = {
    PaymentType.CUSTOMER: Payer.CUSTOMER,
    PaymentType.INSURANCE: Payer.INSURER,
    PaymentType.WARRANTY: Payer.WARRANTY,
    PaymentType.INTERNAL: Payer.INTERNAL,
}


@dataclass(frozen=True)
class LineChoice:
    """The cashier's word on one line: who pays it, and (with a reason) a final amount other than the order's."""

    payer: Payer
    claim_no: str = ""
    amount_fen: int | None = None  # None: the order's amount
    reason: str = ""  # why the amount differs from the order's


@dataclass(frozen=True)
class InvoiceRequest:
    kind: InvoiceKind
    title: str
    tax_id: str = ""


@dataclass(frozen=True)
class Draft:
    """What the settlement dialog starts from: the order's lines with their discounts and default payers."""

    order_id: int
    order_number: str
    customer_name: str
    plate: str
    estimate_fen: int | None
    margin_pct: int
    lines: tuple[Line, ...]
    vat_rate_pct: int | None = None  # the VAT in the prices, when Settings shows it


@dataclass(frozen=True)
class PaymentView:
    method: PaymentMethod
    amount_fen: int
    by_name: str
    at: datetime


@dataclass(frozen=True)
class SettlementView:
    id: int
    order_id: int
    order_number: str
    customer_name: str
    plate: str
    seq: int
    corrects_id: int | None
    reason: str
    estimate_fen: int | None
    lines: tuple[Line, ...]
    gross_fen: int
    discount_fen: int
    net_fen: int
    customer_fen: int
    payments: tuple[PaymentView, ...]
    change_fen: int
    balance_fen: int
    on_account_fen: int
    approval_name: str
    open_balance_allowed_by: str
    invoice: InvoiceRequest | None
    settled_by_name: str
    settled_at: datetime
    vat_rate_pct: int | None = None

    @property
    def by_payer(self) -> dict[Payer, int]:
        return totals(self.lines).by_payer

    @property
    def vat_fen(self) -> int | None:
        """The VAT inside the net total, when the settlement showed it."""
        return None if self.vat_rate_pct is None else vat_in(self.net_fen, self.vat_rate_pct)


def _order(s: Session, order_id: int) -> WorkOrder:
    o = s.get(WorkOrder, order_id)
    if o is None:
        raise NotFound(ORDER_NOT_FOUND, ref=order_id)
    return o


def _order_lines(s: Session, o: WorkOrder) -> list[Line]:
    """The order's lines with the package or voucher discount on each and the discounts given on the
    workshop floor (per line; one for the whole order is its own line), never more than the line."""
    result = redemption.compute(s, o)
    off = {(d.field, d.row): d.discount_fen for d in result.lines}
    rows: dict[tuple[str, int | None], int] = {(LABOUR_LINES, x.id): n for n, x in enumerate(o.labour_lines, start=1)}
    rows |= {(PARTS_LINES, x.id): n for n, x in enumerate(o.parts_lines, start=1)}
    given = list(s.scalars(select(Discount).where(Discount.order_id == o.id).order_by(Discount.id)))
    for d in given:
        field, line_id = (
            (LABOUR_LINES, d.labour_line_id) if d.target == DiscountTarget.LABOUR else (PARTS_LINES, d.parts_line_id)
        )
        row = rows.get((field, line_id)) if d.target != DiscountTarget.ORDER else None
        if row is not None:
            off[(field, row)] = off.get((field, row), 0) + d.amount_fen
    payer = DEFAULT_PAYER[PaymentType(o.payment_type)] if o.payment_type else Payer.CUSTOMER
    # The package or voucher a line uses is named on it, so the statement says what its discount is.
    used = {(True, p.sale_id): f"{p.name} {p.sale_number}" for p in result.packages}
    used |= {(False, v.voucher.id): v.voucher.code for v in result.vouchers}

    def described(text: str, line: LabourLine | PartsLine) -> str:
        key = (True, line.package_sale_id) if line.package_sale_id is not None else (False, line.voucher_id)
        return f"{text} [{used[key]}]" if key in used else text

    lines = [
        Line(
            described(x.operation, x),
            x.amount_fen,
            min(x.amount_fen, off.get((LABOUR_LINES, i), 0)),
            payer,
            kind=LineKind.LABOUR,
        )
        for i, x in enumerate(o.labour_lines, start=1)
    ]
    lines += [
        Line(
            described(x.name, x),
            x.amount_fen,
            min(x.amount_fen, off.get((PARTS_LINES, i), 0)),
            payer,
            kind=LineKind.PARTS,
        )
        for i, x in enumerate(o.parts_lines, start=1)
    ]
    lines += [
        Line(DISCOUNT_REASON_LABELS[DiscountReason(d.reason)], 0, d.amount_fen, payer, kind=LineKind.ORDER)
        for d in given
        if d.target == DiscountTarget.ORDER
    ]
    return lines


def _vat_rate(settings: DealerSettings) -> int | None:
    return settings.vat_rate_pct if settings.show_vat else None


def prepare(db: Database, order_id: int) -> Draft:
    settings = get_settings(db)
    with db.read() as s:
        o = _order(s, order_id)
        lines = tuple(_order_lines(s, o))
        return Draft(
            o.id,
            o.number,
            o.customer_name,
            o.plate,
            o.estimate_fen,
            settings.settlement_margin_pct,
            lines,
            _vat_rate(settings),
        )


def current(s: Session, order_id: int) -> Settlement | None:
    return s.scalar(
        select(Settlement)
        .options(selectinload(Settlement.lines), selectinload(Settlement.payments))
        .where(Settlement.order_id == order_id)
        .order_by(Settlement.seq.desc())
        .limit(1)
    )


def _balance(st: Settlement) -> tuple[int, int]:
    """(open balance, owed on account) of a settlement with the payments made so far.

    What is owed is the customer's share plus the change given, less the money taken; the
    part of it put on a fleet customer's account does not hold up delivery, the rest does.
    """
    paid = sum(p.amount_fen for p in st.payments if p.method != PaymentMethod.ON_ACCOUNT)
    on_account = sum(p.amount_fen for p in st.payments if p.method == PaymentMethod.ON_ACCOUNT)
    owed = max(0, st.customer_fen + st.change_fen - paid)
    return max(0, owed - on_account), min(on_account, owed)


def view(s: Session, st: Settlement) -> SettlementView:
    o = _order(s, st.order_id)
    ids = {st.settled_by_id, *(p.by_id for p in st.payments)}
    if st.open_balance_allowed_by_id:
        ids.add(st.open_balance_allowed_by_id)
    names = {i: n for i, n in s.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}
    balance, on_account = _balance(st)
    return SettlementView(
        id=st.id,
        order_id=o.id,
        order_number=o.number,
        customer_name=o.customer_name,
        plate=o.plate,
        seq=st.seq,
        corrects_id=st.corrects_id,
        reason=st.reason,
        estimate_fen=st.estimate_fen,
        lines=tuple(
            Line(
                x.description,
                x.amount_fen,
                x.discount_fen,
                Payer(x.payer),
                x.claim_no,
                LineKind(x.kind),
                x.order_amount_fen,
                x.change_reason,
            )
            for x in st.lines
        ),
        gross_fen=st.gross_fen,
        discount_fen=st.discount_fen,
        net_fen=st.net_fen,
        customer_fen=st.customer_fen,
        payments=tuple(
            PaymentView(PaymentMethod(p.method), p.amount_fen, names.get(p.by_id, ""), p.at) for p in st.payments
        ),
        change_fen=st.change_fen,
        balance_fen=balance,
        on_account_fen=on_account,
        approval_name=st.approval_name,
        open_balance_allowed_by=names.get(st.open_balance_allowed_by_id, "") if st.open_balance_allowed_by_id else "",
        invoice=InvoiceRequest(InvoiceKind(st.invoice_kind), st.invoice_title, st.invoice_tax_id)
        if st.invoice_kind
        else None,
        settled_by_name=names.get(st.settled_by_id, ""),
        settled_at=st.settled_at,
        vat_rate_pct=st.vat_rate_pct,
    )


def load_current(db: Database, order_id: int) -> SettlementView | None:
    with db.read() as s:
        st = current(s, order_id)
        return view(s, st) if st is not None else None


def load_current_by_number(db: Database, number: str) -> SettlementView | None:
    with db.read() as s:
        o = s.scalar(select(WorkOrder).where(WorkOrder.number == number.strip().upper()))
        if o is None:
            raise NotFound(ORDER_NOT_FOUND, ref=number)
        st = current(s, o.id)
        return view(s, st) if st is not None else None


def _final_line(x: Line, c: LineChoice) -> Line:
    """The order's line as the cashier settles it: their payer, and their amount (the discount never above it)."""
    amount = x.amount_fen if c.amount_fen is None else c.amount_fen
    return Line(
        x.description,
        amount,
        min(x.discount_fen, amount) if x.kind is not LineKind.ORDER else x.discount_fen,
        c.payer,
        c.claim_no.strip(),
        x.kind,
        x.amount_fen if amount != x.amount_fen else None,
        c.reason.strip() if amount != x.amount_fen else "",
    )


def line_row(settlement_id: int, position: int, x: Line) -> SettlementLine:
    """One settled line as stored; an amount the settlement changed keeps the order's amount and why."""
    return SettlementLine(
        settlement_id=settlement_id,
        position=position,
        description=x.description[:200],
        amount_fen=x.amount_fen,
        discount_fen=x.discount_fen,
        payer=x.payer.value,
        claim_no=x.claim_no,
        kind=x.kind.value,
        order_amount_fen=x.order_amount_fen if x.changed else None,
        change_reason=x.change_reason if x.changed else "",
    )


def _write(
    s: Session,
    actor: Actor,
    o: WorkOrder,
    choices: list[LineChoice],
    payments: list[Payment],
    approval_name: str,
    invoice: InvoiceRequest | None,
    allow_open_balance: bool,
    margin_pct: int,
    vat_rate_pct: int | None,
    now: datetime,
    previous: Settlement | None,
    reason: str,
) -> Settlement:
    base = _order_lines(s, o)
    if len(choices) != len(base):
        raise DealerDeskError(LINES_CHANGED, count=len(base), given=len(choices))
    lines = [_final_line(x, c) for x, c in zip(base, choices, strict=True)]
    t = totals(lines)
    result, problems = apply_payments(t.customer_fen, payments)
    problems = check_lines(lines) + check_line_changes(lines) + problems
    if invoice is not None:
        problems += check_invoice(invoice.kind, invoice.title, invoice.tax_id)
    if needs_customer_approval(t.net_fen, o.estimate_fen, margin_pct) and not approval_name.strip():
        problems.append(
            Problem(
                APPROVAL,
                OVER_ESTIMATE,
                {
                    "final": f"{t.net_fen / 100:,.2f}",
                    "margin": margin_pct,
                    "estimate": f"{(o.estimate_fen or 0) / 100:,.2f}",
                },
            )
        )
    if problems:
        raise ValidationError(problems)
    if allow_open_balance and result.balance_fen and not actor.has(Role.MANAGER):
        raise DealerDeskError(ONLY_MANAGER_ALLOWS)
    st = Settlement(
        order_id=o.id,
        seq=(previous.seq + 1) if previous else 1,
        corrects_id=previous.id if previous else None,
        reason=reason,
        estimate_fen=o.estimate_fen,
        gross_fen=t.gross_fen,
        discount_fen=t.discount_fen,
        net_fen=t.net_fen,
        customer_fen=t.customer_fen,
        change_fen=result.change_fen,
        vat_rate_pct=vat_rate_pct,
        approval_name=approval_name.strip(),
        open_balance_allowed_by_id=actor.id if allow_open_balance and result.balance_fen else None,
        invoice_kind=invoice.kind.value if invoice else None,
        invoice_title=invoice.title.strip() if invoice else "",
        invoice_tax_id=invoice.tax_id.strip() if invoice else "",
        settled_by_id=actor.id,
        settled_at=now,
    )
    s.add(st)
    s.flush()
    s.add_all(line_row(st.id, i, x) for i, x in enumerate(lines))
    for p in payments:
        s.add(
            SettlementPayment(
                settlement_id=st.id, method=p.method.value, amount_fen=p.amount_fen, by_id=actor.id, at=now
            )
        )
    s.flush()
    s.refresh(st)
    audit.record(
        s,
        actor,
        "correct_settlement" if previous else "settle",
        ENTITY,
        o.id,
        {
            "settlement": st.seq,
            "net_fen": t.net_fen,
            "customer_fen": t.customer_fen,
            "payments": [[p.method.value, p.amount_fen] for p in payments],
            "change_fen": result.change_fen,
            "balance_fen": result.balance_fen,
            **({"reason": reason} if reason else {}),
            # Each line whose amount the settlement changed: row, item, the order's amount, the final one, why.
            **(
                {
                    "line_changes": [
                        [row, x.description, x.order_amount_fen, x.amount_fen, x.change_reason]
                        for row, x in enumerate(lines, start=1)
                        if x.changed
                    ]
                }
                if any(x.changed for x in lines)
                else {}
            ),
            **({"open_balance_allowed": True} if st.open_balance_allowed_by_id else {}),
        },
    )
    return st


def settle(
    db: Database,
    actor: Actor,
    order_id: int,
    choices: list[LineChoice],
    payments: list[Payment],
    *,
    approval_name: str = "",
    invoice: InvoiceRequest | None = None,
    allow_open_balance: bool = False,
    now: datetime | None = None,
) -> SettlementView:
    """The first settlement of an order ready for delivery (its hand-over check passed)."""
    settings = get_settings(db)
    margin, vat_rate = settings.settlement_margin_pct, _vat_rate(settings)
    now = now or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, *SETTLERS)
        o = _order(s, order_id)
        if o.status != OrderStatus.READY.value:
            raise DealerDeskError(NOT_READY, number=o.number, status=STATUS_LABELS[OrderStatus(o.status)])
        if current(s, o.id) is not None:
            raise DealerDeskError(ALREADY_SETTLED, number=o.number)
        st = _write(
            s, actor, o, choices, payments, approval_name, invoice, allow_open_balance, margin, vat_rate, now, None, ""
        )
        return view(s, st)


def correct(
    db: Database,
    actor: Actor,
    order_id: int,
    reason: str,
    choices: list[LineChoice],
    payments: list[Payment],
    *,
    approval_name: str = "",
    invoice: InvoiceRequest | None = None,
    allow_open_balance: bool = False,
    now: datetime | None = None,
) -> SettlementView:
    """A manager's correcting settlement: a new one that names the one it replaces and why."""
    if not reason.strip():
        raise ValidationError([Problem(REASON, CORRECTION_REASON)])
    settings = get_settings(db)
    margin, vat_rate = settings.settlement_margin_pct, _vat_rate(settings)
    now = now or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, Role.MANAGER)
        o = _order(s, order_id)
        previous = current(s, o.id)
        if previous is None:
            raise DealerDeskError(NOT_SETTLED, number=o.number)
        st = _write(
            s,
            actor,
            o,
            choices,
            payments,
            approval_name,
            invoice,
            allow_open_balance,
            margin,
            vat_rate,
            now,
            previous,
            reason.strip(),
        )
        return view(s, st)


def pay_balance(
    db: Database, actor: Actor, order_id: int, payments: list[Payment], now: datetime | None = None
) -> SettlementView:
    """Payments against the open balance of a settled order (the receivables list)."""
    now = now or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, *SETTLERS)
        o = _order(s, order_id)
        st = current(s, o.id)
        if st is None:
            raise DealerDeskError(NOT_SETTLED, number=o.number)
        balance, on_account = _balance(st)
        if balance + on_account == 0:
            raise DealerDeskError(NO_BALANCE, number=o.number)
        _, problems = apply_payments(balance + on_account, payments)
        if problems:
            raise ValidationError(problems)
        for p in payments:
            s.add(
                SettlementPayment(
                    settlement_id=st.id, method=p.method.value, amount_fen=p.amount_fen, by_id=actor.id, at=now
                )
            )
        s.flush()
        s.refresh(st)
        audit.record(
            s, actor, "pay_balance", ENTITY, o.id, {"payments": [[p.method.value, p.amount_fen] for p in payments]}
        )
        return view(s, st)


def require_deliverable(s: Session, o: WorkOrder) -> None:
    """Delivery needs a settlement, paid in full, on account, or allowed open by a manager."""
    st = current(s, o.id)
    if st is None:
        raise DealerDeskError(NOT_SETTLED, number=o.number)
    balance, _ = _balance(st)
    if balance and st.open_balance_allowed_by_id is None:
        raise DealerDeskError(OPEN_BALANCE, number=o.number, balance=f"{balance / 100:,.2f}")


@dataclass(frozen=True)
class Receivable:
    order_id: int
    order_number: str
    customer_name: str
    plate: str
    settled_at: datetime
    customer_fen: int
    balance_fen: int
    on_account_fen: int


def receivables(db: Database) -> list[Receivable]:
    """Orders whose current settlement leaves money to collect: an open balance or an on-account amount."""
    out = []
    with db.read() as s:
        newest = (
            select(Settlement.order_id, func.max(Settlement.seq).label("seq")).group_by(Settlement.order_id).subquery()
        )
        q = (
            select(Settlement)
            .join(newest, (newest.c.order_id == Settlement.order_id) & (newest.c.seq == Settlement.seq))
            .options(selectinload(Settlement.payments))
            .order_by(Settlement.settled_at)
        )
        for st in s.scalars(q):
            balance, on_account = _balance(st)
            if balance or on_account:
                o = _order(s, st.order_id)
                out.append(
                    Receivable(
                        o.id, o.number, o.customer_name, o.plate, st.settled_at, st.customer_fen, balance, on_account
                    )
                )
    return out


def settled_amounts(s: Session, order_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Order id -> (labour, parts) as finally settled, net of each line's discount, for the orders settled.

    What the other desks' money figures read once an order is settled (its current settlement,
    corrections included). A discount on the whole order belongs to neither and is left out.
    """
    if not order_ids:
        return {}
    newest = (
        select(Settlement.order_id, func.max(Settlement.seq).label("seq"))
        .where(Settlement.order_id.in_(order_ids))
        .group_by(Settlement.order_id)
        .subquery()
    )
    q = (
        select(
            Settlement.order_id, SettlementLine.kind, func.sum(SettlementLine.amount_fen - SettlementLine.discount_fen)
        )
        .join(newest, (newest.c.order_id == Settlement.order_id) & (newest.c.seq == Settlement.seq))
        .join(SettlementLine, SettlementLine.settlement_id == Settlement.id)
        .group_by(Settlement.order_id, SettlementLine.kind)
    )
    out: dict[int, tuple[int, int]] = {}
    for order_id, kind, net in s.execute(q):
        labour, parts = out.get(order_id, (0, 0))
        if kind == LineKind.LABOUR:
            labour = int(net or 0)
        elif kind == LineKind.PARTS:
            parts = int(net or 0)
        out[order_id] = (labour, parts)
    return out
