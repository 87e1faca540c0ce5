"""A discount on a line or on the order, with its reason; above the giver's limit a manager approves there and then.

``ManagerApprovalDialog`` is the reusable part (the settlement at delivery asks the same
way): the manager types their user name and password on this screen, and the dialog runs
the act with those credentials, so a wrong password keeps it open with the message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import discount_rules
from dealerdesk.domain.discount_rules import DISCOUNT_REASON_LABELS, DiscountInput, DiscountReason, DiscountTarget
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.money import format_yuan
from dealerdesk.services.orders.work_orders import load_order
from dealerdesk.services.workshop import discounts
from dealerdesk.services.workshop.approval import ApprovalCredentials, ApprovalNeeded
from dealerdesk.services.workshop.discounts import DiscountView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, failure_text, problem_text, tr_message
from dealerdesk.ui.widgets.parsed_input import ParsedLineEdit, yuan_parser
from dealerdesk.ui.workshop.widgets import error_label


class ManagerApprovalDialog(QDialog):
    """A service manager approves on the requester's screen; ``action(credentials)`` does the approved act."""

    def __init__(
        self, prompt: str, action: Callable[[ApprovalCredentials], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(self.tr("Service manager's approval"))
        self.setMinimumWidth(460)
        text = QLabel(prompt)
        text.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("managerUsername")
        self.password = QLineEdit()
        self.password.setObjectName("managerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("errorLabel")
        form = QFormLayout()
        form.addRow(self.tr("Manager's &user name:"), self.username)
        form.addRow(self.tr("Manager's &password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Approve"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_accept(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.error.setText(self.tr("The manager enters their user name and password."))
            return
        try:
            self.action(ApprovalCredentials(self.username.text(), self.password.text()))
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class DiscountDialog(QDialog):
    def __init__(self, ctx: UiContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.given: DiscountView | None = None
        self.approval: ManagerApprovalDialog | None = None
        order = load_order(ctx.db, order_id)
        self.setWindowTitle(self.tr("Discount on order {number}").format(number=order.number))
        self.setMinimumWidth(520)
        self.target = QComboBox()
        self.target.setObjectName("target")
        self.target.addItem(
            self.tr("Whole order ({amount} yuan)").format(amount=format_yuan(order.estimate_fen or 0)),
            f"{DiscountTarget.ORDER.value}:0",
        )
        for n, labour in enumerate(order.labour_lines, start=1):
            self.target.addItem(
                self.tr("Labour {n}: {what} ({amount} yuan)").format(
                    n=n, what=labour.operation, amount=format_yuan(labour.amount_fen)
                ),
                f"{DiscountTarget.LABOUR.value}:{labour.id}",
            )
        for n, part in enumerate(order.parts_lines, start=1):
            self.target.addItem(
                self.tr("Part {n}: {what} ({amount} yuan)").format(
                    n=n, what=part.name, amount=format_yuan(part.amount_fen)
                ),
                f"{DiscountTarget.PARTS.value}:{part.id}",
            )
        self.amount = ParsedLineEdit(yuan_parser(discount_rules.AMOUNT))
        self.amount.setObjectName("amount")
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.addItem("", None)
        for reason in DiscountReason:
            self.reason.addItem(tr_message(DISCOUNT_REASON_LABELS[reason]), reason.value)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.error = error_label("errorLabel")
        self.amount.refused.connect(lambda problem: self.error.setText(problem_text(problem)))
        form = QFormLayout()
        form.addRow(self.tr("&On:"), self.target)
        form.addRow(self.tr("&Discount (yuan):"), self.amount)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def data(self) -> DiscountInput:
        kind, line = str(self.target.currentData()).split(":")  # "parts:812": the parts line with id 812
        reason = self.reason.currentData()
        return DiscountInput(
            DiscountTarget(kind),
            int(line) or None,
            self.amount.value(),
            DiscountReason(reason) if reason else None,
            self.note.text(),
        )

    def _give(self, approval: ApprovalCredentials | None) -> None:
        self.given = discounts.give_discount(self.ctx.db, self.ctx.actor, self.order_id, self.data(), approval)

    def save(self) -> None:
        try:
            self._give(None)
        except ApprovalNeeded as err:
            self.error.setText(error_text(err))
            self.approval = ManagerApprovalDialog(error_text(err), self._give, self)
            self.approval.accepted.connect(self.accept)
            self.approval.open()
            return
        except DealerDeskError as err:
            self.error.setText(failure_text(err))
            return
        self.accept()
