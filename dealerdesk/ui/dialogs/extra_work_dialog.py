"""Extra work found during the job (二次增修): nothing is added without the customer's recorded approval."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.db.base import utcnow
from dealerdesk.domain import order_rules as rules
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.money import AMOUNT_NEGATIVE
from dealerdesk.domain.order_rules import ExtraWorkInput
from dealerdesk.domain.vocabulary import APPROVAL_LABELS, ApprovalMethod
from dealerdesk.services.work_orders import OrderDetail, add_extra_work
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message
from dealerdesk.ui.widgets.date_times import from_qdatetime, round_up_to_half_hour, to_qdatetime
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems, report_refusal
from dealerdesk.ui.widgets.parsed_input import install, parsed_value, yuan_parser

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


class ExtraWorkDialog(QDialog):
    def __init__(self, ctx: UiContext, order: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order = order
        self.result_detail: OrderDetail | None = None
        self.setWindowTitle(self.tr("Extra work for order {number}").format(number=order.number))
        self.setStyleSheet(STYLE)
        now = utcnow()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.amount = QLineEdit()
        self.amount_validator = install(
            self.amount, yuan_parser(rules.EXTRA_AMOUNT), negative_text=AMOUNT_NEGATIVE, field=rules.EXTRA_AMOUNT
        )
        self.amount.inputRejected.connect(self._amount_refused)
        self.new_promised = QDateTimeEdit()
        self.new_promised.setCalendarPopup(True)
        self.new_promised.setDisplayFormat(DATE_TIME_FORMAT)
        base = max(order.promised_at or now, now)
        self.new_promised.setDateTime(to_qdatetime(round_up_to_half_hour(base + timedelta(hours=1))))
        self.approver = QLineEdit(order.contact_name or order.customer_name)
        self.method = QComboBox()
        self.method.addItem(self.tr("— choose —"), None)
        for method in ApprovalMethod:
            self.method.addItem(tr_message(APPROVAL_LABELS[method]), method)
        self.approved_at = QDateTimeEdit()
        self.approved_at.setCalendarPopup(True)
        self.approved_at.setDisplayFormat(DATE_TIME_FORMAT)
        self.approved_at.setDateTime(to_qdatetime(now))
        recorded_by = QLabel(ctx.actor.full_name)

        self.problems = FieldProblems()
        form = QFormLayout()
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("&What was found, what will be done:"), self.description, rules.EXTRA_DESCRIPTION),
            (self.tr("Added &amount (CNY):"), self.amount, rules.EXTRA_AMOUNT),
            (self.tr("&New promised delivery:"), self.new_promised, rules.EXTRA_NEW_PROMISED_AT),
            (self.tr("Approved &by (customer side):"), self.approver, rules.EXTRA_APPROVER),
            (self.tr("&How:"), self.method, rules.EXTRA_METHOD),
            (self.tr("Approved a&t:"), self.approved_at, rules.EXTRA_APPROVED_AT),
            (self.tr("Recorded by:"), recorded_by, None),
        ]
        for text, widget, field in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            if field is None:
                form.addRow(label, widget)
                continue
            # Field and message in one cell: as separate form rows, the message of the fixed-height
            # description box was laid over the box itself.
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            problem = QLabel()
            problem.setVisible(False)
            column.addWidget(widget)
            column.addWidget(problem)
            form.addRow(label, cell)
            self.problems.add(field, widget, problem)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record approval"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.description.setFocus()

    def _amount_refused(self) -> None:
        refusal = self.amount_validator.last_refusal
        if refusal is not None:
            self.problems.set(rules.EXTRA_AMOUNT, [refusal])

    def _fit_height(self) -> None:
        """Grow to hold the messages now shown: a window does not follow word-wrapped labels by itself,
        and squeezed rows laid the messages over their fields."""
        layout = self.layout()
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.minimumSize().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def work(self) -> ExtraWorkInput:
        method = self.method.currentData()
        return ExtraWorkInput(
            description=self.description.toPlainText(),
            amount_fen=parsed_value(self.amount, self.amount_validator),
            new_promised_at=from_qdatetime(self.new_promised.dateTime()),
            approver_name=self.approver.text(),
            method=ApprovalMethod(method) if method else None,  # Qt returns StrEnum data as str
            approved_at=from_qdatetime(self.approved_at.dateTime()),
        )

    def confirm(self) -> None:
        self.error.clear()
        try:
            self.result_detail = add_extra_work(
                self.ctx.db, self.ctx.actor, self.order.id, self.work(), self.order.version
            )
        except ValidationError as err:
            report_refusal(self.problems, err.problems, self.error, self.tr("Not recorded yet:"))
            self._fit_height()
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.accept()
