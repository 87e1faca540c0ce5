"""A colleague signs in over a form to save what its author typed, when the author's account was deactivated.

Rights follow the database: once an administrator deactivates an account, nothing more is
saved under it, and the window signs its user out. A work order half typed at that moment is
not thrown away: a colleague at the desk signs in here and it is saved as a draft under the
colleague's name (the audit log says who), or the person chooses to discard it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.ui.feedback import error_text


@runtime_checkable
class KeepsTypedWork(Protocol):
    """A form whose typed work is kept when it closes (the work order, a QC checklist)."""

    def windowTitle(self) -> str: ...

    def typed_work(self) -> bool:
        """Something typed that is not saved yet."""
        ...

    def keep_typed_work(self, actor: Actor) -> bool:
        """Save it under ``actor``; False when refused (the form shows why)."""
        ...

    def discard_typed_work(self) -> None: ...


class ColleagueDialog(QDialog):
    """``keep(colleague)`` saves the form under the colleague; False when the form refused (it says why)."""

    def __init__(self, db: Database, what: str, keep: Callable[[Actor], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.keep = keep
        self.colleague: Actor | None = None
        self.setWindowTitle(self.tr("Save under a colleague's account"))
        self.setMinimumWidth(460)
        prompt = QLabel(
            self.tr("{what}: a colleague signs in here and it is saved as a draft under their name.").format(what=what)
        )
        prompt.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("colleagueUsername")
        self.password = QLineEdit()
        self.password.setObjectName("colleaguePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Colleague's &user name:"), self.username)
        form.addRow(self.tr("Colleague's &password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def try_accept(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.error.setText(self.tr("The colleague enters their user name and password."))
            return
        try:
            colleague = users.authenticate(self.db, self.username.text(), self.password.text())
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            self.password.clear()
            self.password.setFocus()
            return
        if not self.keep(colleague):
            self.error.setText(
                self.tr("Not saved under {name}: the form behind says why.").format(name=colleague.full_name)
            )
            return
        self.colleague = colleague
        self.accept()
