"""The cashier's page: the receivables (open balances, on account) and the day-end report (日结)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.money import format_yuan, parse_yuan
from dealerdesk.domain.payments import PAYMENT_METHOD_LABELS, PREPAID_METHODS, PaymentMethod
from dealerdesk.domain.settlement_rules import Payment
from dealerdesk.services.settlement import day_end as day_end_service
from dealerdesk.services.settlement import settle
from dealerdesk.services.settlement.day_end import DayEnd
from dealerdesk.services.settlement.day_end_paper import METHODS, write_day_end_pdf, write_day_end_xlsx
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text, show_error, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import from_qdate, local_text

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ReceivablesModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [
            self.tr("Work order"),
            self.tr("Customer"),
            self.tr("Settled"),
            self.tr("Customer pays (CNY)"),
            self.tr("Balance open (CNY)"),
            self.tr("On account (CNY)"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            r.order_number,
            f"{r.customer_name} {r.plate}",
            local_text(r.settled_at),
            format_yuan(r.customer_fen),
            format_yuan(r.balance_fen),
            format_yuan(r.on_account_fen),
        ][index.column()]


class DayEndModel(RowTableModel):
    COLUMNS = len(METHODS) + 2

    def headers(self) -> list[str]:
        return [self.tr("Person"), *(tr_message(PAYMENT_METHOD_LABELS[m]) for m in METHODS), self.tr("Total")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.rows[index.row()]
        cells = [p.name, *(format_yuan(p.by_method.get(m, 0)) for m in METHODS), format_yuan(p.total_fen)]
        return cells[index.column()]


def _table(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CashierPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.report: DayEnd | None = None
        self.receivables = ReceivablesModel()
        self.receivables_view = _table(self.receivables)
        self.pay_button = QPushButton(self.tr("Take &payment…"))
        self.pay_button.clicked.connect(self.take_payment)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        show = QPushButton(self.tr("&Show day"))
        show.clicked.connect(self.show_day)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button = QPushButton(self.tr("Save .&xlsx…"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.day_model = DayEndModel()
        self.day_view = _table(self.day_model)
        self.totals = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>" + self.tr("Receivables") + "</b>"))
        top.addStretch(1)
        top.addWidget(self.pay_button)
        day_bar = QHBoxLayout()
        day_bar.addWidget(QLabel("<b>" + self.tr("Day-end report") + "</b>"))
        for w in (self.day, show, self.pdf_button, self.xlsx_button):
            day_bar.addWidget(w)
        day_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.receivables_view, 1)
        layout.addLayout(day_bar)
        layout.addWidget(self.day_view, 1)
        layout.addWidget(self.totals)
        self.refresh()

    def refresh(self) -> None:
        self.receivables.set_rows(settle.receivables(self.ctx.db))
        self.show_day()

    def show_day(self) -> None:
        try:
            self.report = day_end_service.day_end(self.ctx.db, self.ctx.actor, from_qdate(self.day.date()))
        except DealerDeskError as err:
            self.report = None
            self.totals.setText(error_text(err))
            for b in (self.pdf_button, self.xlsx_button):
                b.setEnabled(False)
            return
        self.day_model.set_rows(list(self.report.people))
        self.totals.setText(
            self.tr("{count} settlement(s); taken {total} CNY; month to date {month} CNY.").format(
                count=self.report.settlements,
                total=format_yuan(self.report.total_fen),
                month=format_yuan(self.report.month_total_fen),
            )
        )

    def take_payment(self) -> None:
        rows = self.receivables_view.selectionModel().selectedRows()
        if not rows:
            return
        r = self.receivables.rows[rows[0].row()]
        labels = [tr_message(PAYMENT_METHOD_LABELS[m]) for m in PREPAID_METHODS]
        label, ok = QInputDialog.getItem(self, self.tr("Take payment"), self.tr("Paid by"), labels, 0, False)
        if not ok:
            return
        method = PREPAID_METHODS[labels.index(label)]
        text, ok = QInputDialog.getText(
            self, self.tr("Take payment"), self.tr("Amount (CNY)"), text=format_yuan(r.balance_fen or r.on_account_fen)
        )
        if not ok:
            return
        self.pay(r.order_id, method, text)

    def pay(self, order_id: int, method: PaymentMethod, text: str) -> bool:
        amount = parse_yuan(text, field="payments")
        try:
            if amount.value is None:
                raise ValidationError(amount.problems)
            settle.pay_balance(self.ctx.db, self.ctx.actor, order_id, [Payment(method, amount.value)])
        except ValidationError as err:
            show_error(self, "\n".join(problem_text(p) for p in err.problems))
            return False
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return False
        self.refresh()
        return True

    def save(self, kind: str, path: str | None = None) -> str | None:
        if self.report is None:
            return None
        if path is None:
            pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("Excel workbooks (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save day-end report"), f"day-end-{self.report.day.isoformat()}.{kind}", pattern
            )
        if not path:
            return None
        try:
            if kind == "pdf":
                write_day_end_pdf(
                    path, self.report, self.ctx.settings.dealer_name, tr_message, self.ctx.settings.font_path or None
                )
            else:
                write_day_end_xlsx(path, self.report, tr_message)
        except (DealerDeskError, OSError) as err:
            show_error(self, error_text(err) if isinstance(err, DealerDeskError) else str(err))
            return None
        return path
