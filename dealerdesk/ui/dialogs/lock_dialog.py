"""The locked workstation: the same person types their password, or someone else signs in.

Shown instead of the windows (they are hidden, not closed: what was typed stays as it was).
The password check is the signature dialog's; Escape and the window's X do not unlock.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from dealerdesk.db.database import Database
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.ui.dialogs.password_confirm_dialog import PasswordConfirmDialog


class LockDialog(PasswordConfirmDialog):
    switch_requested = Signal()

    def __init__(self, db: Database, actor: Actor, minutes: int) -> None:
        prompt = self.tr("Locked after {minutes} idle minutes. {name} is signed in: type the password to go on.")
        super().__init__(
            prompt.format(minutes=minutes, name=actor.full_name),
            lambda password: users.confirm_password(db, actor, password),
        )
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("DealerDesk – locked"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.removeButton(cancel)
        cancel.deleteLater()
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.switch_button = QPushButton(self.tr("&Switch user…"))
        self.buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.switch_button.clicked.connect(self._switch)

    def _switch(self) -> None:
        self.accept()
        self.switch_requested.emit()

    def reject(self) -> None:
        """Escape and the window's X do not unlock."""
