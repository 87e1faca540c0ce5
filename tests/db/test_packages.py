"""Packages sold, used on work orders, reversed and expired; vouchers redeemed; the ledger's guards."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.order_rules import LABOUR_LINES
from dealerdesk.domain.packages_rules import (
    LedgerKind,
    TemplateTerms,
    VoucherKind,
    VoucherSource,
    VoucherTerms,
)
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import redemption, sales, templates, vouchers
from tests.db.package_helpers import FIVE_SERVICES, PREPAID_OIL, deliver, order_with, template_id, vehicle_of
from tests.db.raw_sql import RawConnection, raw_connection, refused_errors
from tests.helpers import UserSet


@pytest.fixture
def vehicle(db: Database, people: UserSet) -> int:
    """The sample car, known from an earlier visit (cancelled, so it takes nothing)."""
    order_id = order_with(db, people)
    work_orders.cancel_order(db, people.advisor, order_id, "客户改期")
    return vehicle_of(db, order_id)


def sell(db: Database, people: UserSet, vehicle: int, name: str = FIVE_SERVICES) -> sales.SaleView:
    return sales.sell_package(db, people.advisor, template_id(db, name), vehicle, PaymentMethod.WECHAT)


def use_once(db: Database, people: UserSet, sale_id: int) -> int:
    order_id = order_with(db, people, package_sale_id=sale_id)
    deliver(db, people, order_id)
    return order_id


def test_a_sale_is_its_own_record_with_its_ledger_row(db: Database, people: UserSet, vehicle: int) -> None:
    sale = sell(db, people, vehicle)
    assert sale.number.startswith("PK") and sale.price_fen == 300_00
    assert sale.payment_method is PaymentMethod.WECHAT and sale.sold_by_name == "李晓明"
    assert (sale.balance.uses_left, sale.balance.uses_booked) == (5, 0)
    assert sale.valid_until == date.today() + timedelta(days=1095)
    [row] = sales.vehicle_ledger(db, vehicle)
    assert (row.kind, row.uses_delta, row.uses_after) == (LedgerKind.SALE, 5, 5)
    with pytest.raises(ValidationError, match="never on account"):
        sales.sell_package(db, people.advisor, template_id(db, FIVE_SERVICES), vehicle, PaymentMethod.ON_ACCOUNT)


def test_each_use_number_gets_its_discount_then_a_reversal_makes_it_reusable(
    db: Database, people: UserSet, vehicle: int
) -> None:
    sale = sell(db, people, vehicle)
    lines_fen = 300_00 + 88_00
    for use_no, rate in [(1, 90), (2, 80)]:
        order_id = order_with(db, people, package_sale_id=sale.id)
        before = redemption.order_redemptions(db, order_id)
        assert [(p.use_no, p.pay_pct, p.booked) for p in before.packages] == [(use_no, rate, False)]
        assert before.total_discount_fen == lines_fen * (100 - rate) // 100
        deliver(db, people, order_id)
        after = redemption.order_redemptions(db, order_id)
        assert [(p.use_no, p.booked, p.uses_left_after) for p in after.packages] == [(use_no, True, 5 - use_no)]
    ledger = sales.vehicle_ledger(db, vehicle)
    second_use = ledger[-1]
    assert (second_use.kind, second_use.use_no, second_use.discount_fen) == (LedgerKind.USE, 2, 77_60)

    sales.reverse_entry(db, people.manager, second_use.id, "结算更正：本次不用套餐")
    assert sales.load_sale(db, sale.id).balance.uses_left == 4
    order_id = order_with(db, people, package_sale_id=sale.id)
    assert [p.use_no for p in redemption.order_redemptions(db, order_id).packages] == [2]  # the reversed number again
    deliver(db, people, order_id)
    for use_no in (3, 4, 5):
        use_once(db, people, sale.id)
        assert sales.load_sale(db, sale.id).balance.uses_booked == use_no
    assert [r.use_no for r in sales.vehicle_ledger(db, vehicle) if r.kind is LedgerKind.USE] == [1, 2, 2, 3, 4, 5]
    with pytest.raises(ValidationError) as err:
        order_with(db, people, package_sale_id=sale.id)
    assert err.value.problems[0].field == LABOUR_LINES


def test_a_cancelled_order_gives_its_use_back(db: Database, people: UserSet, vehicle: int) -> None:
    oil = sell(db, people, vehicle, PREPAID_OIL)
    one = sales.sell_package(db, people.advisor, template_id(db, "预存全合成保养 送机滤"), vehicle, PaymentMethod.CASH)
    first = order_with(db, people, package_sale_id=one.id)
    # The only use is taken by the open order: a second order cannot take it too.
    with pytest.raises(ValidationError):
        order_with(db, people, package_sale_id=one.id)
    work_orders.cancel_order(db, people.advisor, first, "客户取消")
    second = order_with(db, people, package_sale_id=one.id)
    assert [p.use_no for p in redemption.order_redemptions(db, second).packages] == [1]
    assert sales.load_sale(db, one.id).balance.uses_left == 1  # nothing was booked for the cancelled order
    # A prepaid-oil use is covered in full and takes its 4 litres at delivery.
    third = order_with(db, people, package_sale_id=oil.id)
    assert redemption.order_redemptions(db, third).total_discount_fen == 388_00
    work_orders.cancel_order(db, people.advisor, second, "客户取消")
    deliver(db, people, third)
    assert sales.load_sale(db, oil.id).balance.litres_x1000_owed == 16_000


def test_a_package_of_another_vehicle_is_refused(db: Database, people: UserSet, vehicle: int) -> None:
    sale = sell(db, people, vehicle)
    with pytest.raises(ValidationError) as err:
        order_with(db, people, package_sale_id=sale.id, vin="LFV2A21K1A3041232")
    assert "another vehicle" in err.value.problems[0].render()


def test_the_named_card_limit_counts_the_vehicles_packages(db: Database, people: UserSet, vehicle: int) -> None:
    big = templates.save_template(db, people.manager, TemplateTerms("大保养储值", 4_500_00, (0, 0), 365))
    sales.sell_package(db, people.advisor, big.id, vehicle, PaymentMethod.CASH)
    with pytest.raises(ValidationError) as err:
        sell(db, people, vehicle)  # 4,500 + 300 is fine ...
        sell(db, people, vehicle)  # ... but another 300 passes 5,000
    assert err.value.problems[0].params["limit"] == "5,000"
    assert len(sales.vehicle_packages(db, vehicle)) == 2


def test_only_the_manager_edits_templates_and_reverses(db: Database, people: UserSet, vehicle: int) -> None:
    with pytest.raises(PermissionDenied):
        templates.save_template(db, people.advisor, TemplateTerms("x", 100, (90,), 30))
    sale = sell(db, people, vehicle)
    row = sales.vehicle_ledger(db, vehicle)[0]
    with pytest.raises(PermissionDenied):
        sales.reverse_entry(db, people.advisor, row.id, "退款")
    with pytest.raises(ValidationError):
        sales.reverse_entry(db, people.manager, row.id, " ")
    sales.reverse_entry(db, people.manager, row.id, "客户退款")
    assert sales.load_sale(db, sale.id).balance.uses_left == 0
    with pytest.raises(DealerDeskError, match="reversed already"):
        sales.reverse_entry(db, people.manager, row.id, "again")


def test_a_sale_with_uses_cannot_be_refunded_before_its_uses(db: Database, people: UserSet, vehicle: int) -> None:
    sale = sell(db, people, vehicle)
    use_once(db, people, sale.id)
    sale_row = sales.vehicle_ledger(db, vehicle)[0]
    with pytest.raises(DealerDeskError, match="uses are booked"):
        sales.reverse_entry(db, people.manager, sale_row.id, "退款")


def test_expiry_books_what_is_left(db: Database, people: UserSet, vehicle: int) -> None:
    sale = sell(db, people, vehicle, PREPAID_OIL)
    use_once(db, people, sale.id)
    assert sales.book_expiries(db, people.manager, sale.valid_until) == 0  # valid through its last day
    assert sales.book_expiries(db, people.manager, sale.valid_until + timedelta(days=1)) == 1
    last = sales.vehicle_ledger(db, vehicle)[-1]
    assert (last.kind, last.uses_delta, last.litres_x1000_delta, last.uses_after) == (LedgerKind.EXPIRY, -4, -16_000, 0)
    assert sales.book_expiries(db, people.manager, sale.valid_until + timedelta(days=2)) == 0


def voucher_terms(**kw: object) -> VoucherTerms:
    base = {
        "kind": VoucherKind.VALUE,
        "source": VoucherSource.RENEWAL,
        "reason": "续保赠送",
        "valid_until": date.today() + timedelta(days=90),
        "value_fen": 100_00,
    }
    base.update(kw)
    return VoucherTerms(**base)  # type: ignore[arg-type]


def test_a_voucher_is_redeemed_once_at_delivery(db: Database, people: UserSet, vehicle: int) -> None:
    v = vouchers.issue_voucher(db, people.advisor, voucher_terms(), vehicle)
    assert v.code.startswith("V") and v.issued_by_name == "李晓明"
    first = order_with(db, people, voucher_id=v.id)
    assert redemption.order_redemptions(db, first).total_discount_fen == 100_00
    with pytest.raises(ValidationError, match="already chosen"):
        order_with(db, people, voucher_id=v.id)
    deliver(db, people, first)
    done = vouchers.load_voucher(db, v.id)
    assert done.redeemed_discount_fen == 100_00 and done.redeemed_order_number
    with pytest.raises(ValidationError, match="was redeemed"):
        order_with(db, people, voucher_id=v.id)


def test_a_service_voucher_and_an_expired_one(db: Database, people: UserSet, vehicle: int) -> None:
    labour = vouchers.issue_voucher(
        db,
        people.manager,
        voucher_terms(
            kind=VoucherKind.SERVICE, source=VoucherSource.FIRST_VISIT, value_fen=0, service="工时", pay_pct=70
        ),
        vehicle,
    )
    order_id = order_with(db, people, voucher_id=labour.id)
    assert redemption.order_redemptions(db, order_id).total_discount_fen == (300_00 + 88_00) * 30 // 100
    with pytest.raises(ValidationError):
        vouchers.issue_voucher(db, people.manager, voucher_terms(valid_until=date.today() - timedelta(days=1)), vehicle)
    with pytest.raises(PermissionDenied):
        vouchers.issue_voucher(db, people.tech, voucher_terms(), vehicle)


def test_choices_list_what_this_vehicle_may_use(db: Database, people: UserSet, vehicle: int) -> None:
    sale = sell(db, people, vehicle)
    v = vouchers.issue_voucher(db, people.advisor, voucher_terms(), vehicle)
    vin = work_orders.load_order(db, order_with(db, people)).vin
    choices = redemption.choices_for(db, vin, utcnow())
    assert [(c.package_sale_id, c.voucher_id, c.next_use_no, c.pay_pct) for c in choices] == [
        (sale.id, None, 1, 90),
        (None, v.id, None, None),
    ]


@pytest.fixture
def raw(db: Database) -> Iterator[RawConnection]:
    with raw_connection(db) as conn:
        yield conn


def test_the_database_keeps_the_ledger_append_only(
    db: Database, people: UserSet, vehicle: int, raw: RawConnection
) -> None:
    sale = sell(db, people, vehicle)
    row = sales.vehicle_ledger(db, vehicle)[0]
    for sql in (
        "UPDATE package_ledger SET uses_delta = 50 WHERE id = ?",
        "DELETE FROM package_ledger WHERE id = ?",
    ):
        with pytest.raises(refused_errors(), match="append-only"):
            raw.execute(sql, (row.id,))
    with pytest.raises(refused_errors(), match="append-only"):
        raw.execute("UPDATE package_sales SET price_fen = 1 WHERE id = ?", (sale.id,))
    insert = (
        "INSERT INTO package_ledger (sale_id, vehicle_id, kind, uses_delta, litres_x1000_delta, discount_fen, "
        "reverses_id, reason, at, by_id) VALUES (?, ?, ?, ?, 0, 0, ?, '', '2026-01-01 00:00:00', ?)"
    )
    with pytest.raises(refused_errors(), match="below zero"):
        raw.execute(insert, (sale.id, vehicle, "use", -6, None, people.advisor.id))
    with pytest.raises(refused_errors(), match="mirror"):
        raw.execute(insert, (sale.id, vehicle, "reversal", -4, row.id, people.advisor.id))  # not the mirror of +5
    raw.execute(insert, (sale.id, vehicle, "use", -1, None, people.advisor.id))  # the positive twin
    assert sales.load_sale(db, sale.id).balance.uses_left == 4


def test_the_database_keeps_a_voucher_final(db: Database, people: UserSet, vehicle: int, raw: RawConnection) -> None:
    v = vouchers.issue_voucher(db, people.advisor, voucher_terms(), vehicle)
    with pytest.raises(refused_errors(), match="never edited"):
        raw.execute("UPDATE vouchers SET value_fen = 99900 WHERE id = ?", (v.id,))
    with pytest.raises(refused_errors(), match="never edited"):
        raw.execute("DELETE FROM vouchers WHERE id = ?", (v.id,))
    order_id = order_with(db, people, voucher_id=v.id)
    deliver(db, people, order_id)
    with pytest.raises(refused_errors(), match="never edited"):
        raw.execute("UPDATE vouchers SET redeemed_order_id = NULL WHERE id = ?", (v.id,))
