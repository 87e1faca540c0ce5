"""Settling an order in full before delivery, as the cashier does."""

from __future__ import annotations

from dealerdesk.db.database import Database
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.settlement_rules import Payment
from dealerdesk.services.actor import Actor
from dealerdesk.services.settlement import settle


def settle_in_full(db: Database, actor: Actor, order_id: int, method: PaymentMethod = PaymentMethod.WECHAT) -> None:
    """Each line to its default payer, the customer's share paid in one payment (none when nothing is due)."""
    draft = settle.prepare(db, order_id)
    choices = [
        settle.LineChoice(x.payer, "CLAIM-1" if x.payer.value in ("insurer", "warranty") else "") for x in draft.lines
    ]
    due = sum(x.net_fen for x, c in zip(draft.lines, choices, strict=True) if c.payer.value == "customer")
    payments = [Payment(method, due)] if due else []
    settle.settle(db, actor, order_id, choices, payments, approval_name="客户本人")
