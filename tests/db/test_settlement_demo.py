"""The demo's cashier (收银员) signs in and settles a car the demo left ready for delivery."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from dealerdesk.db.database import open_database
from dealerdesk.db.models import WorkOrder
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.roles import Role
from dealerdesk.domain.settlement_rules import Payment
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.settlement import settle
from dealerdesk.services.settlement.settle import LineChoice
from dealerdesk.services.users import authenticate


def test_the_demo_cashier_settles_a_ready_car(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    write_demo_database(url, now=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))  # the default demo
    db = open_database(url)
    try:
        cashier = authenticate(db, "cashier1", "cash1234")
        assert cashier.roles == frozenset({Role.CASHIER}) and cashier.full_name == "林收银"
        with db.read() as s:
            ready = s.scalars(select(WorkOrder.id).where(WorkOrder.status == OrderStatus.READY.value)).all()
        assert ready
        draft = settle.prepare(db, ready[0])
        choices = [
            LineChoice(x.payer, "DEMO-1" if x.payer.value in ("insurer", "warranty") else "") for x in draft.lines
        ]
        due = sum(x.net_fen for x in draft.lines if x.payer.value == "customer")
        payments = [Payment(PaymentMethod.WECHAT, due)] if due else []
        st = settle.settle(db, cashier, ready[0], choices, payments, approval_name="客户本人")
        assert st.settled_by_name == "林收银" and st.balance_fen == 0
    finally:
        db.dispose()
