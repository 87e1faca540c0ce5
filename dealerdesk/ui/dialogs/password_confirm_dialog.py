"""Asks the signed-in user's password again before a signature: a signature is an authenticated act.

The dialog runs the signing itself (``action(password)``), so a wrong password keeps it
open with the message, as at sign-in, and any other refusal is shown the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.ui.feedback import error_text


class PasswordConfirmDialog(QDialog):
    def __init__(self, prompt: str, action: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(self.tr("Confirm your signature"))
        self.setMinimumWidth(440)  # the prompt names the level, the order and the signer
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_accept(self) -> None:
        if not self.password.text():
            self.error.setText(self.tr("Enter your password."))
            return
        try:
            self.action(self.password.text())
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
