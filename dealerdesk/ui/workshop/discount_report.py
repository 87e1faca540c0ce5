"""The month's discounts for the service manager: by who gave them and why, with totals, and each one.

The source document's private discounts (私自为客户进行折扣): the manager sees who gave how much
for which reason, which needed their approval, and every discount against its order, and can
take the month to Excel.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.discount_rules import DISCOUNT_REASON_LABELS
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.money import format_yuan
from dealerdesk.reports.csv_export import Cell
from dealerdesk.reports.xlsx_export import write_xlsx
from dealerdesk.services.workshop import discounts
from dealerdesk.services.workshop.discounts import MonthDiscount, MonthReport, ReportRow
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class DiscountSummaryModel(RowTableModel):
    """One row per giver and reason, then the month's total in bold."""

    COLUMNS = 5
    NUMERIC = (2, 3, 4)

    def __init__(self) -> None:
        super().__init__()
        self.total: tuple[int, int, int] | None = None  # count, amount, approved

    def show(self, report: MonthReport) -> None:
        self.total = (report.count, report.amount_fen, report.approved) if report.rows else None
        self.set_rows(report.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + (1 if self.total else 0)

    def headers(self) -> list[str]:
        return [
            self.tr("Given by"),
            self.tr("Reason"),
            self.tr("Discounts"),
            self.tr("Amount (CNY)"),
            self.tr("Approved by a manager"),
        ]

    def values(self, row: int) -> tuple[str, ...]:
        if row == len(self.rows) and self.total is not None:
            count, amount, approved = self.total
            return (self.tr("Total"), "", str(count), format_yuan(amount), str(approved))
        r: ReportRow = self.rows[row]
        return (
            r.advisor,
            tr_message(DISCOUNT_REASON_LABELS[r.reason]),
            str(r.count),
            format_yuan(r.amount_fen),
            str(r.approved),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.values(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self.rows):
            font = QFont()
            font.setBold(True)
            return font
        return None


class MonthDiscountsModel(RowTableModel):
    COLUMNS = 9
    NUMERIC = (5,)

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Order"),
            self.tr("Advisor"),
            self.tr("On"),
            self.tr("Reason"),
            self.tr("Amount (CNY)"),
            self.tr("Note"),
            self.tr("Given by"),
            self.tr("Approved by"),
        ]

    def values(self, row: int) -> tuple[str, ...]:
        d: MonthDiscount = self.rows[row]
        return (
            d.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            d.order_number,
            d.advisor,
            d.line_label or self.tr("Whole order"),
            tr_message(DISCOUNT_REASON_LABELS[d.reason]),
            format_yuan(d.amount_fen),
            d.note,
            d.given_by,
            d.approved_by,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.values(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return _RIGHT
        return None


def _table(model: RowTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class DiscountReportPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: MonthReport | None = None
        self.month = QDateEdit(to_qdate(date.today().replace(day=1)))
        self.month.setObjectName("discountMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setMaximumDate(QDate.currentDate())
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        show = QPushButton(self.tr("Show &discounts"))
        show.clicked.connect(self.refresh)
        self.month.editingFinished.connect(self.refresh)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        bar = QHBoxLayout()
        for w in (month_label, self.month, show, self.export_button):
            bar.addWidget(w)
        bar.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("discountMessage")
        self.message.setWordWrap(True)
        self.summary = DiscountSummaryModel()
        self.each = MonthDiscountsModel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("By who gave them and why")))
        layout.addWidget(_table(self.summary, 1), 1)
        layout.addWidget(QLabel(self.tr("Each discount of the month")))
        layout.addWidget(_table(self.each, 6), 2)
        self.refresh()

    def refresh(self) -> None:
        try:
            report = discounts.monthly_report(self.ctx.db, self.ctx.actor, from_qdate(self.month.date()))
        except DealerDeskError as err:
            self.message.setText(error_text(err))
            return
        self.report = report
        self.summary.show(report)
        self.each.set_rows(report.discounts)
        self.export_button.setEnabled(bool(report.discounts))
        if report.discounts:
            self.message.setText(
                self.tr("{month}: {n} discounts, {amount} CNY; {approved} needed a manager's approval.").format(
                    month=report.month.strftime("%Y-%m"),
                    n=report.count,
                    amount=format_yuan(report.amount_fen),
                    approved=report.approved,
                )
            )
        else:
            self.message.setText(
                self.tr("No discount was given in {month}.").format(month=report.month.strftime("%Y-%m"))
            )

    def export(self, path: str | None = None) -> str | None:
        """Each discount of the month as an Excel workbook, amounts as numbers (yuan), then the totals."""
        if self.report is None or not self.report.discounts:
            return None
        month = self.report.month.strftime("%Y-%m")
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the month's discounts"),
                f"discounts-{month}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        header = self.each.headers()
        rows: list[list[Cell]] = []
        for n, d in enumerate(self.report.discounts):
            values: list[Cell] = list(self.each.values(n))
            values[5] = Decimal(d.amount_fen).scaleb(-2)
            rows.append(values)
        rows.append([self.tr("Total"), "", "", "", "", Decimal(self.report.amount_fen).scaleb(-2), "", "", ""])
        try:
            write_xlsx(path, self.tr("Discounts {month}").format(month=month), header, rows)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        show_info(self, self.tr("{n} discounts were saved to {path}.").format(n=len(self.report.discounts), path=path))
        return path
