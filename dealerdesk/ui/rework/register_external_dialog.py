"""Register an external rework by hand: the car came back, and the comeback prompt did not catch it.

That happens outside the statutory guarantee (the customer still returned with the same
fault) or when the return order was opened before the first one was delivered in the app.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.rework import register as rework
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text
from dealerdesk.ui.widgets.window_geometry import fit_window


class RegisterExternalDialog(QDialog):
    registered = Signal(int)  # the new record's id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Register external rework"))
        self.original = QLineEdit()
        self.original.setPlaceholderText("WO20250301-0001")
        self.rework_order = QLineEdit()
        self.rework_order.setPlaceholderText(self.tr("optional: the order opened for the return"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the customer reports, in their words"))
        form = QFormLayout()
        form.addRow(self.tr("&Delivered order:"), self.original)
        form.addRow(self.tr("&Return order:"), self.rework_order)
        form.addRow(self.tr("&What came back:"), self.description)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Re&gister"))
        ok.setDefault(True)
        buttons.accepted.connect(self.register)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_window(self, QSize(520, 260))

    def register(self) -> None:
        self.error.clear()
        try:
            original = rework.find_order_id(self.ctx.db, self.original.text())
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            self.original.setFocus()
            return
        try:
            back = (
                rework.find_order_id(self.ctx.db, self.rework_order.text())
                if self.rework_order.text().strip()
                else None
            )
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            self.rework_order.setFocus()
            return
        try:
            detail = rework.register_external(
                self.ctx.db, self.ctx.actor, original, back, self.description.toPlainText()
            )
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.accept()
        self.registered.emit(detail.id)
