"""The settlement at delivery (结算): who pays which line, the customer's share, payments and change.

Rounding (one rule, in fen): every line's amount is already rounded half up to the fen
(labour hours x rate, quantity x unit price); a line's discount (package use, voucher) is
rounded half up to the fen on that line (``packages_rules.pay_share``); every total is the
plain sum of its lines and is never rounded again (no 抹零: a customer owes the fen).
Prices include VAT; when Settings shows it, the VAT in the net total is worked out once on
that total, rounded half up to the fen (``vat_in``), never line by line.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.payments import PaymentMethod

LINES = "settlement_lines"
PAYMENTS = "payments"
APPROVAL = "customer_approval"
INVOICE = "invoice"
REASON = "reason"


class Payer(enum.StrEnum):
    CUSTOMER = "customer"  # 客户自付
    INSURER = "insurer"  # 保险公司 (claim number)
    WARRANTY = "warranty"  # 厂家保修 (claim number)
    INTERNAL = "internal"  # 内部 (PDS, rework)


PAYER_LABELS: dict[Payer, str] = {
    Payer.CUSTOMER: QT_TRANSLATE_NOOP("Messages", "Customer"),
    Payer.INSURER: QT_TRANSLATE_NOOP("Messages", "Insurer"),
    Payer.WARRANTY: QT_TRANSLATE_NOOP("Messages", "Manufacturer warranty"),
    Payer.INTERNAL: QT_TRANSLATE_NOOP("Messages", "Internal"),
}
NEEDS_CLAIM = frozenset({Payer.INSURER, Payer.WARRANTY})


class LineKind(enum.StrEnum):
    LABOUR = "labour"
    PARTS = "parts"
    ORDER = "order"  # a discount given on the whole order


class InvoiceKind(enum.StrEnum):
    ORDINARY = "ordinary"  # 增值税普通发票
    SPECIAL = "special"  # 增值税专用发票


NO_CLAIM = QT_TRANSLATE_NOOP("Messages", "Line {row}: the {payer} pays it, so enter the claim number.")
CHANGE_REASON = QT_TRANSLATE_NOOP(
    "Messages", "Line {row}: its amount was changed from {was} to {now} yuan: say why (for finance and the audit)."
)
NO_CHANGE_ON_DISCOUNT = QT_TRANSLATE_NOOP(
    "Messages", "Line {row} is a discount on the whole order: its amount is not changed here."
)
NO_PAYMENT_AMOUNT = QT_TRANSLATE_NOOP("Messages", "Payment {row}: enter an amount above zero.")
CHANGE_WITHOUT_CASH = QT_TRANSLATE_NOOP(
    "Messages", "{over} yuan more than is due was paid, but only cash gives change: correct the amounts."
)
OVER_ESTIMATE = QT_TRANSLATE_NOOP(
    "Messages",
    "The final amount {final} yuan is more than {margin}% above the estimate of {estimate} yuan: "
    "record who of the customer approved it.",
)
INVOICE_TITLE = QT_TRANSLATE_NOOP("Messages", "An invoice needs its title (the buyer's name).")
INVOICE_TAX_ID = QT_TRANSLATE_NOOP(
    "Messages", "A special VAT invoice needs the buyer's 18-character tax ID (统一社会信用代码); you typed {value}."
)


@dataclass(frozen=True)
class Line:
    description: str
    amount_fen: int  # the line as priced, rounded half up already
    discount_fen: int  # package or voucher on this line
    payer: Payer
    claim_no: str = ""
    kind: LineKind = LineKind.LABOUR
    order_amount_fen: int | None = None  # the order's amount, when the settlement changed it
    change_reason: str = ""

    @property
    def net_fen(self) -> int:
        return self.amount_fen - self.discount_fen

    @property
    def changed(self) -> bool:
        return self.order_amount_fen is not None and self.order_amount_fen != self.amount_fen


@dataclass(frozen=True)
class Payment:
    method: PaymentMethod
    amount_fen: int


@dataclass(frozen=True)
class Totals:
    gross_fen: int
    discount_fen: int
    net_fen: int
    by_payer: dict[Payer, int]

    @property
    def customer_fen(self) -> int:
        return self.by_payer.get(Payer.CUSTOMER, 0)


def totals(lines: Sequence[Line]) -> Totals:
    by_payer: dict[Payer, int] = {}
    for x in lines:
        by_payer[x.payer] = by_payer.get(x.payer, 0) + x.net_fen
    gross = sum(x.amount_fen for x in lines)
    discount = sum(x.discount_fen for x in lines)
    return Totals(gross, discount, gross - discount, by_payer)


def check_lines(lines: Sequence[Line]) -> list[Problem]:
    return [
        Problem(LINES, NO_CLAIM, {"row": row, "payer": PAYER_LABELS[x.payer]})
        for row, x in enumerate(lines, start=1)
        if x.payer in NEEDS_CLAIM and not x.claim_no.strip()
    ]


def check_line_changes(lines: Sequence[Line]) -> list[Problem]:
    """Each line whose amount differs from the order's needs its reason; a whole-order discount is not edited."""
    problems = []
    for row, x in enumerate(lines, start=1):
        if not x.changed:
            continue
        if x.kind is LineKind.ORDER:
            problems.append(Problem(LINES, NO_CHANGE_ON_DISCOUNT, {"row": row}))
        elif not x.change_reason.strip():
            was = f"{(x.order_amount_fen or 0) / 100:,.2f}"
            problems.append(
                Problem(LINES, CHANGE_REASON, {"row": row, "was": was, "now": f"{x.amount_fen / 100:,.2f}"})
            )
    return problems


def vat_in(gross_fen: int, rate_pct: int) -> int:
    """The VAT inside a price that includes it: gross x rate / (100 + rate), rounded half up to the fen."""
    if rate_pct <= 0:
        return 0
    return (gross_fen * rate_pct * 2 + (100 + rate_pct)) // (2 * (100 + rate_pct))


def needs_customer_approval(final_fen: int, estimate_fen: int | None, margin_pct: int) -> bool:
    """True when the final amount is more than ``margin_pct`` percent above the estimate (exactly at it: no)."""
    if estimate_fen is None:
        return False
    return final_fen * 100 > estimate_fen * (100 + margin_pct)


@dataclass(frozen=True)
class PaymentResult:
    paid_fen: int  # what was handed over, cash included
    change_fen: int  # cash given back
    on_account_fen: int  # left to a fleet customer's account
    balance_fen: int  # still open (receivable), after change

    @property
    def settled_in_full(self) -> bool:
        return self.balance_fen == 0


def apply_payments(due_fen: int, payments: Sequence[Payment]) -> tuple[PaymentResult, list[Problem]]:
    """Payments against what the customer owes; change comes only out of cash."""
    problems = [
        Problem(PAYMENTS, NO_PAYMENT_AMOUNT, {"row": row})
        for row, p in enumerate(payments, start=1)
        if p.amount_fen <= 0
    ]
    paid = sum(p.amount_fen for p in payments if p.method is not PaymentMethod.ON_ACCOUNT)
    on_account = sum(p.amount_fen for p in payments if p.method is PaymentMethod.ON_ACCOUNT)
    cash = sum(p.amount_fen for p in payments if p.method is PaymentMethod.CASH)
    over = paid + on_account - due_fen
    change = 0
    if over > 0:
        if over > cash or on_account > 0:
            problems.append(Problem(PAYMENTS, CHANGE_WITHOUT_CASH, {"over": f"{over / 100:,.2f}"}))
        else:
            change = over
    balance = max(0, due_fen - paid - on_account)
    return PaymentResult(paid, change, on_account, balance), problems


def check_invoice(kind: InvoiceKind | None, title: str, tax_id: str) -> list[Problem]:
    if kind is None:
        return []
    problems = []
    if not title.strip():
        problems.append(Problem(INVOICE, INVOICE_TITLE))
    if kind is InvoiceKind.SPECIAL and len(tax_id.strip()) != 18:
        problems.append(Problem(INVOICE, INVOICE_TAX_ID, {"value": tax_id.strip()}))
    return problems
