"""Settlement totals to the fen with discounts and mixed payers; the over-estimate rule at its edge; payments."""

from __future__ import annotations

import pytest

from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.settlement_rules import (
    InvoiceKind,
    Line,
    Payer,
    Payment,
    apply_payments,
    check_invoice,
    check_lines,
    needs_customer_approval,
    totals,
)

LINES = [
    Line("更换机油机滤", 300_00, 30_00, Payer.CUSTOMER),  # package use at 9折
    Line("机油滤清器", 88_00, 8_80, Payer.CUSTOMER),
    Line("前保险杠喷漆", 1_200_00, 0, Payer.INSURER, "PICC-2026-001"),
    Line("刹车片", 456_78, 100_00, Payer.CUSTOMER),  # a 100-yuan voucher
    Line("PDS 检查", 150_00, 0, Payer.INTERNAL),
]


def test_totals_to_the_fen_by_payer() -> None:
    t = totals(LINES)
    assert (t.gross_fen, t.discount_fen, t.net_fen) == (2_194_78, 138_80, 2_055_98)
    assert t.by_payer == {Payer.CUSTOMER: 705_98, Payer.INSURER: 1_200_00, Payer.INTERNAL: 150_00}
    assert t.customer_fen == 705_98


def test_an_insurer_or_warranty_line_needs_its_claim_number() -> None:
    bad = [Line("x", 100, 0, Payer.WARRANTY), Line("y", 100, 0, Payer.INSURER, " "), LINES[2]]
    assert [p.params["row"] for p in check_lines(bad)] == [1, 2]


@pytest.mark.parametrize(
    ("final", "estimate", "needs"),
    [(110_00, 100_00, False), (110_01, 100_00, True), (100_00, None, False), (0, 0, False), (1, 0, True)],
)
def test_over_the_estimate_by_more_than_the_margin(final: int, estimate: int | None, needs: bool) -> None:
    assert needs_customer_approval(final, estimate, 10) is needs


def test_cash_gives_change_and_a_short_payment_leaves_a_balance() -> None:
    result, problems = apply_payments(
        705_98, [Payment(PaymentMethod.WECHAT, 500_00), Payment(PaymentMethod.CASH, 300_00)]
    )
    assert problems == [] and (result.paid_fen, result.change_fen, result.balance_fen) == (800_00, 94_02, 0)
    short, problems = apply_payments(705_98, [Payment(PaymentMethod.ALIPAY, 700_00)])
    assert problems == [] and short.balance_fen == 5_98 and not short.settled_in_full
    fleet, _ = apply_payments(705_98, [Payment(PaymentMethod.ON_ACCOUNT, 705_98)])
    assert (fleet.on_account_fen, fleet.balance_fen) == (705_98, 0)


def test_no_change_from_a_card() -> None:
    _, problems = apply_payments(100_00, [Payment(PaymentMethod.BANK_CARD, 120_00)])
    assert problems[0].params == {"over": "20.00"}
    _, problems = apply_payments(100_00, [Payment(PaymentMethod.CASH, 0)])
    assert problems[0].params == {"row": 1}


def test_invoice_request() -> None:
    assert check_invoice(None, "", "") == []
    assert check_invoice(InvoiceKind.ORDINARY, "张三", "") == []
    assert len(check_invoice(InvoiceKind.SPECIAL, "", "123")) == 2
    assert check_invoice(InvoiceKind.SPECIAL, "成都某某物流有限公司", "91510100MA6CXXXX1X") == []
