"""Settling a ready order: who pays each line, the payments with change, the invoice request, the statement.

The lines, their package and voucher discounts and the totals come from the services;
the dialog gathers the payer per line, a final amount other than the order's with its
reason, the payments and the invoice request, and shows what the services say at the
field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.money import format_yuan, to_chinese_capital
from dealerdesk.domain.payments import PAYMENT_METHOD_LABELS, PaymentMethod
from dealerdesk.domain.roles import Role
from dealerdesk.domain.settlement_rules import (
    APPROVAL,
    INVOICE,
    LINES,
    NEEDS_CLAIM,
    PAYER_LABELS,
    PAYMENTS,
    InvoiceKind,
    Line,
    LineKind,
    Payer,
    Payment,
    apply_payments,
    needs_customer_approval,
    totals,
    vat_in,
)
from dealerdesk.reports.finance_doc import render_finance_document
from dealerdesk.reports.writing import write_pdf
from dealerdesk.services.settlement import settle
from dealerdesk.services.settlement.settle import InvoiceRequest, LineChoice, SettlementView
from dealerdesk.services.settlement.statement import INVOICE_KINDS, statement_document
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems
from dealerdesk.ui.widgets.parsed_input import ParsedLineEdit, yuan_parser
from dealerdesk.ui.widgets.rows_scroll import RowsScroll, wrapping
from dealerdesk.ui.widgets.window_geometry import fit_window

PAYMENT_ROWS = 3


class SettlementDialog(QDialog):
    def __init__(self, ctx: UiContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(STYLE)
        self.draft = settle.prepare(ctx.db, order_id)
        self.result_view: SettlementView | None = None
        self.setWindowTitle(self.tr("Settle {number}").format(number=self.draft.order_number))
        self.problems = FieldProblems()

        grid = QGridLayout()
        for col, head in enumerate(
            (
                self.tr("Item"),
                self.tr("Amount"),
                self.tr("Discount"),
                self.tr("Net"),
                self.tr("Paid by"),
                self.tr("Claim no."),
                self.tr("Why the amount changed"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{head}</b>"), 0, col)
        self.payers: list[QComboBox] = []
        self.claims: list[QLineEdit] = []
        self.line_amounts: list[ParsedLineEdit] = []
        self.reasons: list[QLineEdit] = []
        self.nets: list[QLabel] = []
        for row, line in enumerate(self.draft.lines, start=1):
            payer = QComboBox()
            for p in Payer:
                payer.addItem(tr_message(PAYER_LABELS[p]), p.value)
            payer.setCurrentIndex(payer.findData(line.payer.value))
            claim = QLineEdit()
            claim.setMaxLength(40)
            payer.currentIndexChanged.connect(self.update_totals)
            claim.textChanged.connect(self.update_totals)
            # The final amount starts as the order's; changing it asks why (whole-order discounts stay as given).
            amount = ParsedLineEdit(yuan_parser(LINES))
            amount.setText(format_yuan(line.amount_fen))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setMaximumWidth(110)
            amount.setEnabled(line.kind is not LineKind.ORDER)
            amount.textChanged.connect(self.update_totals)
            reason = QLineEdit()
            reason.setMaxLength(200)
            reason.setPlaceholderText(self.tr("as on the order"))
            net = QLabel(format_yuan(line.net_fen))
            net.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(
                wrapping(tr_message(line.description) if line.kind is LineKind.ORDER else line.description), row, 0
            )
            grid.addWidget(amount, row, 1)
            discount = QLabel(format_yuan(line.discount_fen) if line.discount_fen else "")
            discount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(discount, row, 2)
            grid.addWidget(net, row, 3)
            grid.addWidget(payer, row, 4)
            grid.addWidget(claim, row, 5)
            grid.addWidget(reason, row, 6)
            self.payers.append(payer)
            self.claims.append(claim)
            self.line_amounts.append(amount)
            self.reasons.append(reason)
            self.nets.append(net)
        grid.setColumnStretch(0, 1)
        lines_box = QGroupBox(self.tr("Lines"))
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addWidget(RowsScroll(grid), 1)
        self.lines_problem = QLabel()
        self.lines_problem.hide()
        lines_layout.addWidget(self.lines_problem)
        self.problems.add(LINES, lines_box, self.lines_problem)

        self.totals = QLabel()
        self.totals.setWordWrap(True)

        pay_box = QGroupBox(self.tr("Payment"))
        pay_layout = QGridLayout(pay_box)
        self.methods: list[QComboBox] = []
        self.amounts: list[ParsedLineEdit] = []
        for row in range(PAYMENT_ROWS):
            method = QComboBox()
            for m in PaymentMethod:
                method.addItem(tr_message(PAYMENT_METHOD_LABELS[m]), m.value)
            amount = ParsedLineEdit(yuan_parser(PAYMENTS))
            amount.textChanged.connect(self.update_totals)
            method.currentIndexChanged.connect(self.update_totals)
            pay_layout.addWidget(method, row, 0)
            pay_layout.addWidget(amount, row, 1)
            self.methods.append(method)
            self.amounts.append(amount)
        self.change = QLabel()
        pay_layout.addWidget(self.change, PAYMENT_ROWS, 0, 1, 2)
        self.pay_problem = QLabel()
        self.pay_problem.hide()
        pay_layout.addWidget(self.pay_problem, PAYMENT_ROWS + 1, 0, 1, 2)
        self.problems.add(PAYMENTS, pay_box, self.pay_problem)

        more = QFormLayout()
        self.approval = QLineEdit()
        self.approval.setMaxLength(100)
        self.approval_problem = QLabel()
        self.approval_problem.hide()
        self.problems.add(APPROVAL, self.approval, self.approval_problem)
        more.addRow(self.tr("Customer approved the excess"), self._with(self.approval, self.approval_problem))
        self.invoice_kind = QComboBox()
        self.invoice_kind.addItem(self.tr("No invoice"), None)
        for kind in InvoiceKind:
            self.invoice_kind.addItem(tr_message(INVOICE_KINDS[kind]), kind.value)
        self.invoice_title = QLineEdit()
        self.invoice_title.setMaxLength(200)
        self.invoice_tax_id = QLineEdit()
        self.invoice_tax_id.setMaxLength(20)
        invoice_row = QHBoxLayout()
        for w in (self.invoice_kind, self.invoice_title, self.invoice_tax_id):
            invoice_row.addWidget(w)
        holder = QWidget()
        holder.setLayout(invoice_row)
        self.invoice_problem = QLabel()
        self.invoice_problem.hide()
        self.problems.add(INVOICE, holder, self.invoice_problem)
        more.addRow(self.tr("Invoice (title, tax ID)"), self._with(holder, self.invoice_problem))
        self.allow_open = QCheckBox(self.tr("Allow delivery with the balance open (manager)"))
        self.allow_open.setVisible(ctx.actor.has(Role.MANAGER))
        more.addRow("", self.allow_open)

        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b00020;")
        self.general.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Settle"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(lines_box, 1)
        layout.addWidget(self.totals)
        layout.addWidget(pay_box)
        layout.addLayout(more)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.update_totals()
        fit_window(self, self.sizeHint())

    @staticmethod
    def _with(widget: QWidget, problem: QLabel) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(widget)
        lay.addWidget(problem)
        return box

    def _amount(self, row: int) -> int:
        """The final amount typed on a line (the order's while the box holds nothing valid)."""
        value = self.line_amounts[row].value()
        return self.draft.lines[row].amount_fen if value is None else value

    def choices(self) -> list[LineChoice]:
        return [
            LineChoice(Payer(p.currentData()), c.text(), self._amount(row), r.text())
            for row, (p, c, r) in enumerate(zip(self.payers, self.claims, self.reasons, strict=True))
        ]

    def lines(self) -> list[Line]:
        lines = []
        for x, c in zip(self.draft.lines, self.choices(), strict=True):
            amount = x.amount_fen if c.amount_fen is None else c.amount_fen
            discount = min(x.discount_fen, amount) if x.kind is not LineKind.ORDER else x.discount_fen
            lines.append(Line(x.description, amount, discount, c.payer, c.claim_no, x.kind))
        return lines

    def payments(self) -> list[Payment]:
        out = []
        for method, amount in zip(self.methods, self.amounts, strict=True):
            value = amount.value()
            if value:
                out.append(Payment(PaymentMethod(method.currentData()), value))
        return out

    def update_totals(self) -> None:
        lines = self.lines()
        for row, (line, net, reason) in enumerate(zip(lines, self.nets, self.reasons, strict=True)):
            net.setText(format_yuan(line.net_fen))
            reason.setEnabled(line.amount_fen != self.draft.lines[row].amount_fen)
        t = totals(lines)
        parts = [
            self.tr("Total {gross}, discount {discount}, net {net} CNY.").format(
                gross=format_yuan(t.gross_fen), discount=format_yuan(t.discount_fen), net=format_yuan(t.net_fen)
            )
        ]
        for payer, fen in t.by_payer.items():
            if payer is not Payer.CUSTOMER:
                parts.append(f"{tr_message(PAYER_LABELS[payer])}: {format_yuan(fen)}")
        parts.append(
            self.tr("The customer pays {due} CNY ({capitals}).").format(
                due=format_yuan(t.customer_fen), capitals=to_chinese_capital(t.customer_fen)
            )
        )
        if self.draft.vat_rate_pct:
            parts.append(
                self.tr("Of which VAT {rate}%: {vat} CNY.").format(
                    rate=self.draft.vat_rate_pct, vat=format_yuan(vat_in(t.net_fen, self.draft.vat_rate_pct))
                )
            )
        if self.draft.estimate_fen is not None:
            parts.append(
                self.tr("Estimate {estimate}; difference {diff}.").format(
                    estimate=format_yuan(self.draft.estimate_fen), diff=format_yuan(t.net_fen - self.draft.estimate_fen)
                )
            )
        over = needs_customer_approval(t.net_fen, self.draft.estimate_fen, self.draft.margin_pct)
        self.approval.setEnabled(over)
        if over:
            parts.append(
                self.tr("More than {margin}% over the estimate: the customer's approval is needed.").format(
                    margin=self.draft.margin_pct
                )
            )
        self.totals.setText(" ".join(parts))
        result, _ = apply_payments(t.customer_fen, self.payments())
        self.change.setText(
            self.tr("Paid {paid}; change {change}; balance open {balance} CNY.").format(
                paid=format_yuan(result.paid_fen + result.on_account_fen),
                change=format_yuan(result.change_fen),
                balance=format_yuan(result.balance_fen),
            )
        )
        for payer, claim in zip(self.payers, self.claims, strict=True):
            claim.setEnabled(Payer(payer.currentData()) in NEEDS_CLAIM)

    def submit(self) -> None:
        self.general.hide()
        kind = self.invoice_kind.currentData()
        invoice = (
            InvoiceRequest(InvoiceKind(kind), self.invoice_title.text(), self.invoice_tax_id.text()) if kind else None
        )
        try:
            self.result_view = settle.settle(
                self.ctx.db,
                self.ctx.actor,
                self.draft.order_id,
                self.choices(),
                self.payments(),
                approval_name=self.approval.text(),
                invoice=invoice,
                allow_open_balance=self.allow_open.isChecked(),
            )
        except ValidationError as err:
            self.problems.show_all(err.problems)
            return
        except DealerDeskError as err:
            self.general.setText(error_text(err))
            self.general.show()
            return
        self.problems.show_all([])
        self.accept()

    def save_statement(self, path: str | None = None) -> str | None:
        """The statement of the settlement just made, as PDF (asks where, unless given a path)."""
        if self.result_view is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save settlement statement"),
                f"{self.draft.order_number}-settlement.pdf",
                self.tr("PDF files (*.pdf)"),
            )
        if not path:
            return None
        doc = statement_document(self.result_view, self.ctx.settings.dealer_name, tr_message)
        write_pdf(path, render_finance_document(doc, self.ctx.settings.font_path or None))
        return path
