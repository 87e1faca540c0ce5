"""The settlement statement (结算单) the customer signs, as an A4 PDF, in Chinese or English.

Built from the saved settlement only (never from a form being typed), so the window and
``dealerdesk print settlement ORDER_NO`` print the same paper. Texts are "Messages" source
texts: the window translates them with Qt, the command line with its own translator.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError
from dealerdesk.domain.money import format_yuan, to_chinese_capital
from dealerdesk.domain.payments import PAYMENT_METHOD_LABELS
from dealerdesk.domain.settlement_rules import PAYER_LABELS, InvoiceKind, Line, LineKind
from dealerdesk.reports.finance_doc import FinanceDocument, render_finance_document
from dealerdesk.reports.rework_report_pdf import ReportTable
from dealerdesk.services.orders.work_orders import load_order
from dealerdesk.services.settings import get_settings
from dealerdesk.services.settlement.settle import SettlementView, load_current, load_current_by_number

NOT_SETTLED = QT_TRANSLATE_NOOP("Messages", "Order {number} has no settlement yet: settle it before printing.")
INVOICE_KINDS = {
    InvoiceKind.ORDINARY: QT_TRANSLATE_NOOP("Messages", "Ordinary VAT invoice"),
    InvoiceKind.SPECIAL: QT_TRANSLATE_NOOP("Messages", "Special VAT invoice"),
}
T = {
    "title": QT_TRANSLATE_NOOP("Messages", "Settlement statement"),
    "page": QT_TRANSLATE_NOOP("Messages", "Page {page} of {total}"),
    "printed": QT_TRANSLATE_NOOP("Messages", "Printed {when}"),
    "order": QT_TRANSLATE_NOOP("Messages", "Work order no."),
    "customer": QT_TRANSLATE_NOOP("Messages", "Customer"),
    "plate": QT_TRANSLATE_NOOP("Messages", "Plate"),
    "settled": QT_TRANSLATE_NOOP("Messages", "Settled"),
    "by": QT_TRANSLATE_NOOP("Messages", "Settled by"),
    "estimate": QT_TRANSLATE_NOOP("Messages", "Estimate (CNY)"),
    "difference": QT_TRANSLATE_NOOP("Messages", "Difference from the estimate (CNY)"),
    "lines": QT_TRANSLATE_NOOP("Messages", "Lines"),
    "item": QT_TRANSLATE_NOOP("Messages", "Item"),
    "amount": QT_TRANSLATE_NOOP("Messages", "Amount (CNY)"),
    "discount": QT_TRANSLATE_NOOP("Messages", "Discount (CNY)"),
    "net": QT_TRANSLATE_NOOP("Messages", "Net (CNY)"),
    "payer": QT_TRANSLATE_NOOP("Messages", "Paid by"),
    "claim": QT_TRANSLATE_NOOP("Messages", "Claim no."),
    "total": QT_TRANSLATE_NOOP("Messages", "Total"),
    "customer_share": QT_TRANSLATE_NOOP("Messages", "The customer pays (CNY)"),
    "capitals": QT_TRANSLATE_NOOP("Messages", "In capitals"),
    "payments": QT_TRANSLATE_NOOP("Messages", "Payments"),
    "method": QT_TRANSLATE_NOOP("Messages", "Method"),
    "time": QT_TRANSLATE_NOOP("Messages", "Time"),
    "taken_by": QT_TRANSLATE_NOOP("Messages", "Taken by"),
    "change": QT_TRANSLATE_NOOP("Messages", "Change given (CNY)"),
    "balance": QT_TRANSLATE_NOOP("Messages", "Balance open (CNY)"),
    "invoice": QT_TRANSLATE_NOOP("Messages", "Invoice requested"),
    "none": QT_TRANSLATE_NOOP("Messages", "None"),
    "approval": QT_TRANSLATE_NOOP("Messages", "Over the estimate, approved by {name}."),
    "correction": QT_TRANSLATE_NOOP("Messages", "Correcting settlement no. {seq}: {reason}"),
    "rounding": QT_TRANSLATE_NOOP(
        "Messages", "Prices include VAT. Each line is rounded to the fen; totals are the sums of the lines."
    ),
    "vat": QT_TRANSLATE_NOOP("Messages", "Of which VAT {rate}% (CNY)"),
    "by_payer": QT_TRANSLATE_NOOP("Messages", "Who pays"),
    "claims": QT_TRANSLATE_NOOP("Messages", "Claim nos."),
    "changed": QT_TRANSLATE_NOOP("Messages", "Line {row} ({item}) settled at {now} instead of {was} yuan: {reason}"),
    "sign_customer": QT_TRANSLATE_NOOP("Messages", "Customer's signature"),
    "sign_cashier": QT_TRANSLATE_NOOP("Messages", "Cashier"),
}


def _described(line: Line, tr: Callable[[str], str]) -> str:
    """The line's text (an order line's stored words translated), starred when its amount was changed."""
    text = tr(line.description) if line.kind is LineKind.ORDER else line.description
    return text + (" *" if line.changed else "")


def statement_document(st: SettlementView, dealer: str, tr: Callable[[str], str]) -> FinanceDocument:
    # Text columns first, the money after them: a column of amounts is right-aligned, so its fen line up.
    lines = [
        [
            _described(x, tr),
            tr(PAYER_LABELS[x.payer]),
            x.claim_no,
            format_yuan(x.amount_fen),
            format_yuan(x.discount_fen) if x.discount_fen else "",
            format_yuan(x.net_fen),
        ]
        for x in st.lines
    ]
    lines.append(
        [tr(T["total"]), "", "", format_yuan(st.gross_fen), format_yuan(st.discount_fen), format_yuan(st.net_fen)]
    )
    payers = [
        [
            tr(PAYER_LABELS[payer]),
            "、".join(dict.fromkeys(x.claim_no for x in st.lines if x.payer is payer and x.claim_no)),
            format_yuan(fen),
        ]
        for payer, fen in st.by_payer.items()
    ]
    payments = [
        [
            tr(PAYMENT_METHOD_LABELS[p.method]),
            p.by_name,
            p.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            format_yuan(p.amount_fen),
        ]
        for p in st.payments
    ]
    invoice = tr(T["none"])
    if st.invoice is not None:
        kind = tr(INVOICE_KINDS[st.invoice.kind])
        invoice = " · ".join([kind, f"{st.invoice.title} {st.invoice.tax_id}".strip()])
    fields = [
        (tr(T["order"]), st.order_number),
        (tr(T["customer"]), st.customer_name),
        (tr(T["plate"]), st.plate),
        (tr(T["settled"]), st.settled_at.astimezone().strftime("%Y-%m-%d %H:%M")),
        (tr(T["by"]), st.settled_by_name),
        (tr(T["estimate"]), format_yuan(st.estimate_fen) if st.estimate_fen is not None else ""),
        (tr(T["difference"]), format_yuan(st.net_fen - (st.estimate_fen or 0))),
        *([(tr(T["vat"]).format(rate=st.vat_rate_pct), format_yuan(st.vat_fen or 0))] if st.vat_rate_pct else []),
        (tr(T["customer_share"]), format_yuan(st.customer_fen)),
        (tr(T["capitals"]), to_chinese_capital(st.customer_fen)),
        (tr(T["change"]), format_yuan(st.change_fen)),
        (tr(T["balance"]), format_yuan(st.balance_fen)),
        (tr(T["invoice"]), invoice),
    ]
    notes = [
        tr(T["changed"]).format(
            row=row,
            item=x.description,
            now=format_yuan(x.amount_fen),
            was=format_yuan(x.order_amount_fen or 0),
            reason=x.change_reason,
        )
        for row, x in enumerate(st.lines, start=1)
        if x.changed
    ]
    notes.append(tr(T["rounding"]))
    if st.approval_name:
        notes.insert(0, tr(T["approval"]).format(name=st.approval_name))
    if st.corrects_id is not None:
        notes.insert(0, tr(T["correction"]).format(seq=st.seq, reason=st.reason))
    return FinanceDocument(
        dealer=dealer,
        title=tr(T["title"]),
        reference=st.order_number,
        generated=tr(T["printed"]).format(when=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")),
        page_label=tr(T["page"]),
        fields=fields,
        tables=[
            ReportTable(
                tr(T["lines"]),
                [tr(T[k]) for k in ("item", "payer", "claim", "amount", "discount", "net")],
                lines,
                numeric_from=3,
            ),
            ReportTable(tr(T["by_payer"]), [tr(T[k]) for k in ("payer", "claims", "amount")], payers, numeric_from=2),
            ReportTable(
                tr(T["payments"]),
                [tr(T[k]) for k in ("method", "taken_by", "time", "amount")],
                payments,
                numeric_from=3,
            ),
        ],
        notes=notes,
        signatures=[tr(T["sign_customer"]), tr(T["sign_cashier"])],
    )


def statement_of_order(db: Database, order_id: int, tr: Callable[[str], str]) -> tuple[str, bytes]:
    """The order's current statement (its number, the PDF), for the order window's print preview."""
    settings = get_settings(db)
    st = load_current(db, order_id)
    if st is None:
        raise DealerDeskError(NOT_SETTLED, number=load_order(db, order_id).number)
    doc = statement_document(st, settings.dealer_name, tr)
    return st.order_number, render_finance_document(doc, settings.font_path or None)


def render_statement(db: Database, number: str, tr: Callable[[str], str]) -> bytes:
    settings = get_settings(db)
    st = load_current_by_number(db, number)
    if st is None:
        raise DealerDeskError(NOT_SETTLED, number=number.strip().upper())
    return render_finance_document(statement_document(st, settings.dealer_name, tr), settings.font_path or None)
