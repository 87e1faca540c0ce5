"""The day-end report as PDF and as .xlsx, in the language asked for (texts are "Messages" sources)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.payments import PAYMENT_METHOD_LABELS, PaymentMethod
from dealerdesk.reports.csv_export import Cell
from dealerdesk.reports.finance_doc import FinanceDocument, render_finance_document
from dealerdesk.reports.rework_report_pdf import ReportTable
from dealerdesk.reports.writing import write_pdf
from dealerdesk.reports.xlsx_export import write_xlsx
from dealerdesk.services.settlement.day_end import DayEnd

T = {
    "title": QT_TRANSLATE_NOOP("Messages", "Day-end report"),
    "page": QT_TRANSLATE_NOOP("Messages", "Page {page} of {total}"),
    "printed": QT_TRANSLATE_NOOP("Messages", "Printed {when}"),
    "day": QT_TRANSLATE_NOOP("Messages", "Day"),
    "settlements": QT_TRANSLATE_NOOP("Messages", "Settlements"),
    "taken": QT_TRANSLATE_NOOP("Messages", "Taken today (CNY)"),
    "month": QT_TRANSLATE_NOOP("Messages", "Month to date (CNY)"),
    "by_person": QT_TRANSLATE_NOOP("Messages", "By person"),
    "person": QT_TRANSLATE_NOOP("Messages", "Person"),
    "method": QT_TRANSLATE_NOOP("Messages", "Method"),
    "total": QT_TRANSLATE_NOOP("Messages", "Total"),
    "cash_note": QT_TRANSLATE_NOOP(
        "Messages", "Cash is net of the change given. On account is owed by fleet customers, not taken."
    ),
    "cashier": QT_TRANSLATE_NOOP("Messages", "Cashier"),
    "finance": QT_TRANSLATE_NOOP("Messages", "Finance"),
}
METHODS = tuple(PaymentMethod)


def _person_rows(report: DayEnd, tr: Callable[[str], str]) -> list[list[str]]:
    rows = [
        [p.name, *(format_yuan(p.by_method.get(m, 0)) for m in METHODS), format_yuan(p.total_fen)]
        for p in report.people
    ]
    rows.append(
        [tr(T["total"]), *(format_yuan(report.by_method.get(m, 0)) for m in METHODS), format_yuan(report.total_fen)]
    )
    return rows


def day_end_document(report: DayEnd, dealer: str, tr: Callable[[str], str]) -> FinanceDocument:
    methods = [tr(PAYMENT_METHOD_LABELS[m]) for m in METHODS]
    return FinanceDocument(
        dealer=dealer,
        title=tr(T["title"]),
        reference=report.day.isoformat(),
        generated=tr(T["printed"]).format(when=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")),
        page_label=tr(T["page"]),
        fields=[
            (tr(T["day"]), report.day.isoformat()),
            (tr(T["settlements"]), str(report.settlements)),
            (tr(T["taken"]), format_yuan(report.total_fen)),
            (tr(T["month"]), format_yuan(report.month_total_fen)),
        ],
        tables=[
            ReportTable(tr(T["by_person"]), [tr(T["person"]), *methods, tr(T["total"])], _person_rows(report, tr)),
            ReportTable(
                tr(T["month"]),
                [tr(T["method"]), tr(T["total"])],
                [[tr(PAYMENT_METHOD_LABELS[m]), format_yuan(report.month_by_method.get(m, 0))] for m in METHODS],
            ),
        ],
        notes=[tr(T["cash_note"])],
        signatures=[tr(T["cashier"]), tr(T["finance"])],
        wide=True,
    )


def write_day_end_pdf(
    path: str | os.PathLike[str], report: DayEnd, dealer: str, tr: Callable[[str], str], font_path: str | None = None
) -> Path:
    return write_pdf(path, render_finance_document(day_end_document(report, dealer, tr), font_path))


def write_day_end_xlsx(path: str | os.PathLike[str], report: DayEnd, tr: Callable[[str], str]) -> Path:
    """One sheet: by person and method, the day's total, then the month to date. Money as yuan numbers."""
    methods = [tr(PAYMENT_METHOD_LABELS[m]) for m in METHODS]

    def yuan(fen: int) -> Decimal:
        return Decimal(fen) / 100

    rows: list[list[Cell]] = [
        [p.name, *(yuan(p.by_method.get(m, 0)) for m in METHODS), yuan(p.total_fen)] for p in report.people
    ]
    rows.append([tr(T["total"]), *(yuan(report.by_method.get(m, 0)) for m in METHODS), yuan(report.total_fen)])
    rows.append([])
    rows.append(
        [tr(T["month"]), *(yuan(report.month_by_method.get(m, 0)) for m in METHODS), yuan(report.month_total_fen)]
    )
    title = tr(T["title"]) + " " + report.day.isoformat()
    return write_xlsx(path, title, [tr(T["person"]), *methods, tr(T["total"])], rows)
