"""The demo's cashier (收银员) signs in and settles a car the demo left ready for delivery."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from dealerdesk.db.database import open_database
from dealerdesk.db.models import QcRound, QcSignoff, WorkOrder
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.renewal_offer_rules import DeclineReason, OfferResult
from dealerdesk.domain.roles import Role
from dealerdesk.domain.settlement_rules import Payer, Payment
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.renewal import offers
from dealerdesk.services.settlement import settle
from dealerdesk.services.settlement.day_end import day_end
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
        # The newest car waiting is an insurer's accident repair over 5,000 yuan: once settled, the
        # advisor has to make the renewal offer (续保前移) before it leaves.
        assert {x.payer for x in draft.lines} == {Payer.INSURER} and st.net_fen >= 5_000_00
        state = offers.offer_state(db, ready[0])
        assert state.due and state.offer is None and state.packages
        advisor = authenticate(db, "sa1", "advisor1")
        offers.record_offer(db, advisor, ready[0], OfferResult.DECLINED, decline=DeclineReason.DECIDE_LATER)
        assert offers.offer_state(db, ready[0]).offer is not None
    finally:
        db.dispose()


def test_the_demo_has_the_last_two_weeks_settled_and_a_day_end_that_adds_up(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    write_demo_database(url, now=now)
    db = open_database(url)
    try:
        with db.read() as s:
            recent = s.scalars(
                select(WorkOrder.id).where(
                    WorkOrder.status == OrderStatus.DELIVERED.value, WorkOrder.delivered_at >= now - timedelta(days=14)
                )
            ).all()
            ready = s.scalars(select(WorkOrder.id).where(WorkOrder.status == OrderStatus.READY.value)).all()
        assert len(recent) >= 10
        views = [settle.load_current(db, order_id) for order_id in recent]
        assert all(v is not None and v.balance_fen == 0 for v in views)  # every delivered car paid in full
        assert all(settle.load_current(db, order_id) is None for order_id in ready)  # left for the cashier
        settled = [v for v in views if v is not None]
        with db.read() as s:  # each settled after its final inspection passed and before the car left
            for v in settled:
                order = s.get(WorkOrder, v.order_id)
                assert order is not None and order.delivered_at is not None
                final = s.scalar(
                    select(func.max(QcSignoff.signed_at))
                    .join(QcRound, QcRound.id == QcSignoff.round_id)
                    .where(QcRound.order_id == v.order_id, QcSignoff.level == 3)
                )
                assert final is not None and final < v.settled_at < order.delivered_at
        # Each settlement's lines are the order's own: the draft the dialog would start from.
        first = settled[0]
        assert [x.net_fen for x in first.lines] == [x.net_fen for x in settle.prepare(db, first.order_id).lines]
        # The day-end of a day with settlements (local days, as the cashier page): taken = the shares settled.
        day = settled[-1].settled_at.astimezone().date()
        that_day = [v for v in settled if v.settled_at.astimezone().date() == day]
        report = day_end(db, authenticate(db, "cashier1", "cash1234"), day)
        assert report.settlements == len(that_day)
        on_account = sum(p.amount_fen for v in that_day for p in v.payments if p.method is PaymentMethod.ON_ACCOUNT)
        assert report.total_fen == sum(v.customer_fen for v in that_day) - on_account
        # The fleet bills put on account are what the cashier still has to collect.
        owed = {r.order_number for r in settle.receivables(db)}
        assert owed and owed == {
            v.order_number for v in settled if any(p.method is PaymentMethod.ON_ACCOUNT for p in v.payments)
        }
        assert [p.name for p in report.people] == ["林收银"]
    finally:
        db.dispose()
