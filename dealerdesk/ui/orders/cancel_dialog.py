"""Cancelling a work order: the reason is required and kept in the order and its change log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.services.orders.work_orders import OrderDetail, cancel_order
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text


class CancelDialog(QDialog):
    def __init__(self, ctx: UiContext, order: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order = order
        self.result_detail: OrderDetail | None = None
        self.setWindowTitle(self.tr("Cancel order {number}").format(number=order.number))
        prompt = QLabel(self.tr("&Why is order {number} cancelled?").format(number=order.number))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        prompt.setBuddy(self.reason)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Cancel the &order"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep the order"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def confirm(self) -> None:
        try:
            self.result_detail = cancel_order(
                self.ctx.db, self.ctx.actor, self.order.id, self.reason.toPlainText(), self.order.version
            )
        except ValidationError as err:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            self.reason.setFocus()
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.accept()
