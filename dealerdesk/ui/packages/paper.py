"""The package-sale receipt and the month-end count as A4 documents, in the language of the screen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from dealerdesk.domain.money import format_yuan, to_chinese_capital
from dealerdesk.domain.payments import PAYMENT_METHOD_LABELS
from dealerdesk.reports.finance_doc import FinanceDocument
from dealerdesk.reports.rework_report_pdf import ReportTable
from dealerdesk.services.actor import Actor
from dealerdesk.services.packages.reconciliation import MonthReconciliation
from dealerdesk.services.packages.sales import SaleView
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.packages.models import litres_text, month_cells, rate_label
from dealerdesk.ui.widgets.date_times import local_text


def _printed(actor: Actor) -> str:
    now = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate("PackagesPaper", "Printed {when} by {name}").format(
        when=now, name=actor.full_name
    )


def receipt_document(sale: SaleView, dealer: str, actor: Actor) -> FinanceDocument:
    uses = ReportTable(
        QCoreApplication.translate("PackagesPaper", "Uses and their rates"),
        [
            QCoreApplication.translate("PackagesPaper", "Use"),
            QCoreApplication.translate("PackagesPaper", "Customer pays"),
            QCoreApplication.translate("PackagesPaper", "Oil (L)"),
        ],
        [
            [str(n), rate_label(rate), litres_text(sale.oil_litres_x1000)]
            for n, rate in enumerate(sale.pay_pct, start=1)
        ],
    )
    contents = ReportTable(
        QCoreApplication.translate("PackagesPaper", "Each use covers"),
        [QCoreApplication.translate("PackagesPaper", "Item"), QCoreApplication.translate("PackagesPaper", "Quantity")],
        [[c.name, litres_text(c.quantity_x1000)] for c in sale.contents],
    )
    return FinanceDocument(
        dealer=dealer,
        title=QCoreApplication.translate("PackagesPaper", "Prepaid package receipt"),
        reference=sale.number,
        generated=_printed(actor),
        page_label=QCoreApplication.translate("PackagesPaper", "Page {page} of {total}"),
        fields=[
            (QCoreApplication.translate("PackagesPaper", "Customer"), f"{sale.customer_name} {sale.customer_mobile}"),
            (QCoreApplication.translate("PackagesPaper", "Plate"), sale.plate),
            (QCoreApplication.translate("PackagesPaper", "VIN"), sale.vin),
            (QCoreApplication.translate("PackagesPaper", "Model"), sale.model),
            (QCoreApplication.translate("PackagesPaper", "Package"), sale.name),
            (QCoreApplication.translate("PackagesPaper", "Uses"), str(sale.uses)),
            (QCoreApplication.translate("PackagesPaper", "Amount paid (CNY)"), format_yuan(sale.price_fen)),
            (QCoreApplication.translate("PackagesPaper", "In capitals"), to_chinese_capital(sale.price_fen)),
            (
                QCoreApplication.translate("PackagesPaper", "Paid by"),
                tr_message(PAYMENT_METHOD_LABELS[sale.payment_method]),
            ),
            (QCoreApplication.translate("PackagesPaper", "Valid until"), sale.valid_until.isoformat()),
            (QCoreApplication.translate("PackagesPaper", "Sold by"), sale.sold_by_name),
            (QCoreApplication.translate("PackagesPaper", "Sold at"), local_text(sale.sold_at)),
        ],
        tables=[uses, *([contents] if sale.contents else [])],
        notes=[
            QCoreApplication.translate(
                "PackagesPaper",
                "A named prepaid card: at most 5,000 yuan. The package is used only on a work order for this "
                "vehicle; each use is booked when the car is handed over. Uses left at the end of the validity expire.",
            )
        ],
        signatures=[
            QCoreApplication.translate("PackagesPaper", "Customer"),
            QCoreApplication.translate("PackagesPaper", "Cashier"),
        ],
    )


def month_document(month: MonthReconciliation, dealer: str, actor: Actor) -> FinanceDocument:
    header = [
        QCoreApplication.translate("PackagesPaper", "Package"),
        QCoreApplication.translate("PackagesPaper", "Sold"),
        QCoreApplication.translate("PackagesPaper", "Sold (CNY)"),
        QCoreApplication.translate("PackagesPaper", "Uses"),
        QCoreApplication.translate("PackagesPaper", "Discount (CNY)"),
        QCoreApplication.translate("PackagesPaper", "Oil owed at start (L)"),
        QCoreApplication.translate("PackagesPaper", "Sold (L)"),
        QCoreApplication.translate("PackagesPaper", "Used (L)"),
        QCoreApplication.translate("PackagesPaper", "Expired (L)"),
        QCoreApplication.translate("PackagesPaper", "Owed at end (L)"),
    ]
    total_label = QCoreApplication.translate("PackagesPaper", "Total")
    rows = [month_cells(line, total_label) for line in month.lines] + [month_cells(month.total, total_label)]
    tables = [ReportTable(QCoreApplication.translate("PackagesPaper", "Packages this month"), header, rows)]
    if month.discrepancies:
        tables.append(
            ReportTable(
                QCoreApplication.translate("PackagesPaper", "Where the count does not balance"),
                [
                    QCoreApplication.translate("PackagesPaper", "Sale no."),
                    QCoreApplication.translate("PackagesPaper", "Plate"),
                    QCoreApplication.translate("PackagesPaper", "Oil owed in the ledger (L)"),
                    QCoreApplication.translate("PackagesPaper", "Uses left x litres (L)"),
                ],
                [
                    [d.sale_number, d.plate, litres_text(d.ledger_litres_x1000), litres_text(d.expected_litres_x1000)]
                    for d in month.discrepancies
                ],
                numeric_from=2,
            )
        )
    t = month.total.litres
    equation = QCoreApplication.translate(
        "PackagesPaper",
        "Owed at start {start} + sold {sold} - used {used} - expired {expired} = {expected} L; counted {end} L.",
    )
    verdict = (
        QCoreApplication.translate("PackagesPaper", "The count balances.")
        if month.balances
        else QCoreApplication.translate("PackagesPaper", "The count does not balance: see the packages listed above.")
    )
    return FinanceDocument(
        dealer=dealer,
        title=QCoreApplication.translate("PackagesPaper", "Prepaid packages: month-end count"),
        reference=f"{month.year}-{month.month:02d}",
        generated=_printed(actor),
        page_label=QCoreApplication.translate("PackagesPaper", "Page {page} of {total}"),
        fields=[
            (QCoreApplication.translate("PackagesPaper", "Month"), f"{month.year}-{month.month:02d}"),
            (QCoreApplication.translate("PackagesPaper", "Packages sold"), str(month.total.sold_count)),
            (QCoreApplication.translate("PackagesPaper", "Sold (CNY)"), format_yuan(month.total.sold_fen)),
            (QCoreApplication.translate("PackagesPaper", "Uses"), str(month.total.uses)),
            (QCoreApplication.translate("PackagesPaper", "Oil owed at start (L)"), litres_text(t.owed_start_x1000)),
            (QCoreApplication.translate("PackagesPaper", "Owed at end (L)"), litres_text(t.owed_end_x1000)),
        ],
        tables=tables,
        verdict=verdict,
        verdict_alert=not month.balances,
        notes=[
            equation.format(
                start=litres_text(t.owed_start_x1000),
                sold=litres_text(t.sold_x1000),
                used=litres_text(t.used_x1000),
                expired=litres_text(t.expired_x1000),
                expected=litres_text(t.expected_end_x1000),
                end=litres_text(t.owed_end_x1000),
            ),
            QCoreApplication.translate(
                "PackagesPaper",
                "Reversals count against what they reverse. The oil owed at the end goes to the parts count.",
            ),
        ],
        signatures=[
            QCoreApplication.translate("PackagesPaper", "Prepared by"),
            QCoreApplication.translate("PackagesPaper", "Finance"),
            QCoreApplication.translate("PackagesPaper", "Service manager"),
            QCoreApplication.translate("PackagesPaper", "Parts"),
        ],
        wide=True,
    )
