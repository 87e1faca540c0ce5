"""The cashier's last two weeks for the demo: every order delivered in that time was settled
(结算) shortly before the car left, so the day-end report, the statements and the receivables
(a few fleet bills put on account) have something to show. Orders still waiting for delivery
are left for the cashier to settle.

The rows are written as history (the way the rest of the demo is), from the same order lines
the settlement dialog starts from (``settle.prepare``) and the same totals and payment rules.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import QcRound, QcSignoff, Settlement, SettlementPayment, User, WorkOrder
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.settlement_rules import (
    NEEDS_CLAIM,
    InvoiceKind,
    Line,
    Payer,
    Payment,
    apply_payments,
    needs_customer_approval,
    totals,
)
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.services import audit
from dealerdesk.services.settlement import settle

DAYS = 14  # how far back the cashier's history goes
# How customers pay at a Chengdu service desk: mostly by phone, some by card, a few in cash.
METHODS = (PaymentMethod.WECHAT, PaymentMethod.ALIPAY, PaymentMethod.BANK_CARD, PaymentMethod.CASH)
METHOD_WEIGHTS = (45, 25, 20, 10)
CLAIM_PREFIX = {Payer.INSURER: "PICC", Payer.WARRANTY: "FW"}  # 保险报案号 / 厂家索赔单号


def write_demo_settlements(db: Database, rng: random.Random, now: datetime) -> int:
    """Settle the orders delivered in the last ``DAYS`` days; returns how many."""
    with db.read() as s:
        cashier_id = s.scalar(select(User.id).where(User.username == "cashier1"))
        # Settled once the final inspection passed (the order was ready), before the car left.
        inspected = (
            select(QcRound.order_id, func.max(QcSignoff.signed_at).label("at"))
            .join(QcSignoff, QcSignoff.round_id == QcRound.id)
            .where(QcSignoff.level == QcLevel.FINAL.value, QcSignoff.voided_at.is_(None))
            .group_by(QcRound.order_id)
            .subquery()
        )
        delivered = s.execute(
            select(WorkOrder.id, inspected.c.at, WorkOrder.delivered_at, WorkOrder.customer_name)
            .join(inspected, inspected.c.order_id == WorkOrder.id)
            .where(
                WorkOrder.status == OrderStatus.DELIVERED.value, WorkOrder.delivered_at >= now - timedelta(days=DAYS)
            )
            .order_by(WorkOrder.delivered_at, WorkOrder.id)
        ).all()
    if cashier_id is None:
        return 0
    drafts = [
        (settle.prepare(db, order_id), ready, left, name)
        for order_id, ready, left, name in delivered
        if ready is not None and left is not None
    ]
    big = 0
    with db.write() as s:
        for draft, ready, left, customer in drafts:
            at = ready + (left - ready) * rng.uniform(0.2, 0.8)
            lines = [_with_claim(x, draft.order_number, rng) for x in draft.lines]
            t = totals(lines)
            # Every fifth bill over 1,000 yuan is a fleet's: a share, not a draw, so a small demo has some.
            big += t.customer_fen > 1000_00
            payments = _payments(t.customer_fen, t.customer_fen > 1000_00 and big % 5 == 1, rng)
            result, _ = apply_payments(t.customer_fen, payments)
            invoice = rng.random() < 0.3
            st = Settlement(
                order_id=draft.order_id,
                seq=1,
                corrects_id=None,
                reason="",
                estimate_fen=draft.estimate_fen,
                gross_fen=t.gross_fen,
                discount_fen=t.discount_fen,
                net_fen=t.net_fen,
                customer_fen=t.customer_fen,
                change_fen=result.change_fen,
                vat_rate_pct=draft.vat_rate_pct,
                approval_name=customer
                if needs_customer_approval(t.net_fen, draft.estimate_fen, draft.margin_pct)
                else "",
                open_balance_allowed_by_id=None,
                invoice_kind=InvoiceKind.ORDINARY.value if invoice else None,
                invoice_title=customer if invoice else "",
                invoice_tax_id="",
                settled_by_id=cashier_id,
                settled_at=at,
            )
            s.add(st)
            s.flush()
            s.add_all(settle.line_row(st.id, i, x) for i, x in enumerate(lines))
            for p in payments:
                s.add(
                    SettlementPayment(
                        settlement_id=st.id, method=p.method.value, amount_fen=p.amount_fen, by_id=cashier_id, at=at
                    )
                )
        audit.record(s, None, "create_demo_settlements", "database", "demo", {"settlements": len(drafts)})
    return len(drafts)


def _with_claim(line: Line, number: str, rng: random.Random) -> Line:
    """An insurer's or the maker's line carries its claim number, as the cashier must enter it."""
    if line.payer not in NEEDS_CLAIM:
        return line
    return replace(line, claim_no=f"{CLAIM_PREFIX[line.payer]}{number[2:10]}{rng.randrange(1000, 9999)}")


def _payments(due_fen: int, fleet: bool, rng: random.Random) -> list[Payment]:
    """The customer's share paid in full (some fleet bills on account): one method, sometimes split,
    cash rounded up with change."""
    if due_fen <= 0:
        return []
    if fleet:  # a fleet customer's bill goes on its account (挂账)
        return [Payment(PaymentMethod.ON_ACCOUNT, due_fen)]
    method = rng.choices(METHODS, METHOD_WEIGHTS)[0]
    if method is PaymentMethod.CASH:
        return [Payment(PaymentMethod.CASH, -(-due_fen // 100_00) * 100_00)]  # next 100 yuan note up
    if due_fen > 2000_00 and rng.random() < 0.2:  # a big bill split between a card and the phone
        card = due_fen // 2 // 100 * 100
        phone = PaymentMethod.WECHAT if method is PaymentMethod.BANK_CARD else method
        return [Payment(PaymentMethod.BANK_CARD, card), Payment(phone, due_fen - card)]
    return [Payment(method, due_fen)]
