"""The settlement at delivery: totals with a package and mixed payers, approval over the estimate, payments,
the lock on a settled order (services and raw SQL), a manager's correction, receivables and on-account delivery."""

from __future__ import annotations

import pytest

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import WorkOrder
from dealerdesk.domain.discount_rules import DiscountInput, DiscountReason, DiscountTarget
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.settlement_rules import APPROVAL, InvoiceKind, Payer, Payment
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import sales
from dealerdesk.services.packages.common import local_day
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.settlement import day_end, settle
from dealerdesk.services.settlement.settle import InvoiceRequest, LineChoice
from dealerdesk.services.workshop import discounts
from tests.db.package_helpers import FIVE_SERVICES, make_ready, order_with, template_id, vehicle_of
from tests.db.raw_sql import RawConnection, raw_connection, refused_errors
from tests.db.workshop_helpers import labour_line
from tests.helpers import UserSet

CUSTOMER = LineChoice(Payer.CUSTOMER)


def set_estimate(db: Database, order_id: int, fen: int) -> None:
    with db.write() as s:
        order = s.get(WorkOrder, order_id)
        assert order is not None
        order.estimate_fen = fen


@pytest.fixture
def ready(db: Database, people: UserSet) -> int:
    """A ready order: labour 300.00 and the oil filter 88.00 (estimate 388.00)."""
    order_id = order_with(db, people)
    make_ready(db, people, order_id)
    return order_id


def test_totals_with_a_package_use_and_an_insurer_line(db: Database, people: UserSet) -> None:
    first = order_with(db, people)
    work_orders.cancel_order(db, people.advisor, first, "改期")
    sale = sales.sell_package(
        db, people.advisor, template_id(db, FIVE_SERVICES), vehicle_of(db, first), PaymentMethod.CASH
    )
    order_id = order_with(db, people, package_sale_id=sale.id)
    make_ready(db, people, order_id)
    draft = settle.prepare(db, order_id)
    assert [(x.amount_fen, x.discount_fen) for x in draft.lines] == [(300_00, 30_00), (88_00, 8_80)]
    st = settle.settle(
        db,
        people.advisor,
        order_id,
        [CUSTOMER, LineChoice(Payer.INSURER, "PICC-001")],
        [Payment(PaymentMethod.CASH, 300_00)],
        invoice=InvoiceRequest(InvoiceKind.ORDINARY, "张三"),
    )
    assert (st.gross_fen, st.discount_fen, st.net_fen, st.customer_fen) == (388_00, 38_80, 349_20, 270_00)
    assert st.by_payer == {Payer.CUSTOMER: 270_00, Payer.INSURER: 79_20}
    assert (st.change_fen, st.balance_fen) == (30_00, 0)
    qc.deliver(db, people.advisor, order_id)
    assert work_orders.load_order(db, order_id).status is OrderStatus.DELIVERED
    assert sales.load_sale(db, sale.id).balance.uses_left == 4


def test_an_insurer_line_needs_its_claim_number(db: Database, people: UserSet, ready: int) -> None:
    with pytest.raises(ValidationError, match="claim number"):
        settle.settle(
            db, people.advisor, ready, [CUSTOMER, LineChoice(Payer.INSURER)], [Payment(PaymentMethod.CASH, 300_00)]
        )


def test_over_the_estimate_by_more_than_the_margin_needs_the_customers_approval(
    db: Database, people: UserSet, ready: int
) -> None:
    # The final bill is 388.00 and the margin 10%: an estimate of 352.73 (x 1.1 = 388.003) still covers it.
    set_estimate(db, ready, 352_73)
    settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.WECHAT, 388_00)])
    assert settle.load_current(db, ready) is not None


def test_one_fen_over_the_margin_is_refused_without_approval(db: Database, people: UserSet, ready: int) -> None:
    set_estimate(db, ready, 352_72)  # x 1.1 = 387.992: the bill is over by more than the margin
    with pytest.raises(ValidationError) as err:
        settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.WECHAT, 388_00)])
    assert err.value.problems[0].field == APPROVAL
    st = settle.settle(
        db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.WECHAT, 388_00)], approval_name="张三"
    )
    assert st.approval_name == "张三"


def test_no_delivery_without_settlement_or_with_a_balance(db: Database, people: UserSet, ready: int) -> None:
    with pytest.raises(DealerDeskError, match="no settlement yet"):
        qc.deliver(db, people.advisor, ready)
    settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.ALIPAY, 300_00)])
    with pytest.raises(DealerDeskError, match=r"88\.00 yuan to pay"):
        qc.deliver(db, people.advisor, ready)
    [row] = settle.receivables(db)
    assert (row.order_id, row.balance_fen, row.on_account_fen) == (ready, 88_00, 0)
    settle.pay_balance(db, people.advisor, ready, [Payment(PaymentMethod.CASH, 100_00)])
    assert settle.receivables(db) == []
    assert settle.load_current(db, ready).change_fen == 0  # type: ignore[union-attr]
    qc.deliver(db, people.advisor, ready)


def test_on_account_delivers_and_stays_receivable(db: Database, people: UserSet, ready: int) -> None:
    settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.ON_ACCOUNT, 388_00)])
    qc.deliver(db, people.advisor, ready)
    [row] = settle.receivables(db)
    assert (row.balance_fen, row.on_account_fen) == (0, 388_00)


def test_only_a_manager_allows_a_balance_open(db: Database, people: UserSet, ready: int) -> None:
    with pytest.raises(DealerDeskError, match="Only a service manager"):
        settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [], allow_open_balance=True)
    st = settle.settle(db, people.manager, ready, [CUSTOMER, CUSTOMER], [], allow_open_balance=True)
    assert st.open_balance_allowed_by == "周经理" and st.balance_fen == 388_00
    qc.deliver(db, people.advisor, ready)


def test_a_settled_order_is_locked_and_corrected_only_by_a_manager(db: Database, people: UserSet, ready: int) -> None:
    settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.CASH, 388_00)])
    with pytest.raises(DealerDeskError, match="settled already"):
        settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.CASH, 388_00)])
    with pytest.raises(PermissionDenied):
        settle.correct(db, people.advisor, ready, "改为保修", [CUSTOMER, CUSTOMER], [])
    with pytest.raises(ValidationError):
        settle.correct(db, people.manager, ready, " ", [CUSTOMER, CUSTOMER], [])
    fixed = settle.correct(
        db,
        people.manager,
        ready,
        "机滤属保修",
        [CUSTOMER, LineChoice(Payer.WARRANTY, "W-9")],
        [Payment(PaymentMethod.CASH, 300_00)],
    )
    assert (fixed.seq, fixed.reason, fixed.customer_fen, fixed.balance_fen) == (2, "机滤属保修", 300_00, 0)
    assert settle.load_current(db, ready) == fixed

    with raw_connection(db) as raw:
        refused_by_the_database(raw, ready)


def refused_by_the_database(raw: RawConnection, ready: int) -> None:
    for sql in (
        "UPDATE labour_lines SET amount_fen = 1 WHERE order_id = ?",
        "DELETE FROM parts_lines WHERE order_id = ?",
        "INSERT INTO parts_lines (order_id, position, part_no, name, quantity_x1000, unit_price_fen, amount_fen) "
        "VALUES (?, 9, 'X', 'x', 1000, 1, 1)",
    ):
        with pytest.raises(refused_errors(), match="settled"):
            raw.execute(sql, (ready,))
    for sql in (
        "UPDATE settlements SET customer_fen = 0",
        "DELETE FROM settlement_payments",
        "DELETE FROM settlement_lines",
    ):
        with pytest.raises(refused_errors(), match="append-only"):
            raw.execute(sql)


def test_discounts_given_on_the_floor_are_on_the_bill_and_none_after_it(
    db: Database, people: UserSet, ready: int
) -> None:
    discounts.give_discount(
        db,
        people.manager,
        ready,
        DiscountInput(DiscountTarget.LABOUR, labour_line(db, ready), 30_00, DiscountReason.LOYAL_CUSTOMER),
    )
    discounts.give_discount(
        db, people.manager, ready, DiscountInput(DiscountTarget.ORDER, None, 8_00, DiscountReason.COMPLAINT)
    )
    draft = settle.prepare(db, ready)
    assert [(x.amount_fen, x.discount_fen) for x in draft.lines] == [(300_00, 30_00), (88_00, 0), (0, 8_00)]
    st = settle.settle(db, people.advisor, ready, [CUSTOMER] * 3, [Payment(PaymentMethod.WECHAT, 350_00)])
    assert (st.gross_fen, st.discount_fen, st.customer_fen, st.balance_fen) == (388_00, 38_00, 350_00, 0)
    with pytest.raises(DealerDeskError, match="settled already"):
        discounts.give_discount(
            db, people.manager, ready, DiscountInput(DiscountTarget.ORDER, None, 1_00, DiscountReason.OTHER, "x")
        )


def test_the_fleet_pays_its_account_later_and_the_day_end_counts_it(db: Database, people: UserSet, ready: int) -> None:
    settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.ON_ACCOUNT, 388_00)])
    with pytest.raises(ValidationError):
        settle.pay_balance(
            db, people.advisor, ready, [Payment(PaymentMethod.TRANSFER, 400_00)]
        )  # no change by transfer
    settle.pay_balance(db, people.advisor, ready, [Payment(PaymentMethod.TRANSFER, 388_00)])
    assert settle.receivables(db) == []
    with pytest.raises(DealerDeskError, match="nothing left to pay"):
        settle.pay_balance(db, people.advisor, ready, [Payment(PaymentMethod.CASH, 1_00)])
    report = day_end.day_end(db, people.manager, local_day(utcnow()))
    assert report.settlements == 1 and report.total_fen == 388_00
    assert report.by_method == {PaymentMethod.ON_ACCOUNT: 388_00, PaymentMethod.TRANSFER: 388_00}
    assert [(p.name, p.total_fen) for p in report.people] == [("李晓明", 388_00)]
    with pytest.raises(PermissionDenied):
        day_end.day_end(db, people.advisor, local_day(utcnow()))


def test_cash_in_the_drawer_is_net_of_the_change(db: Database, people: UserSet, ready: int) -> None:
    settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.CASH, 400_00)])
    report = day_end.day_end(db, people.manager, local_day(utcnow()))
    assert report.by_method == {PaymentMethod.CASH: 388_00} and report.month_total_fen == 388_00
