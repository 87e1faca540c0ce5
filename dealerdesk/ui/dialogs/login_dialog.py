"""Sign-in: checks the password through the users service and keeps the dialog open on failure."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.ui.feedback import error_text
from dealerdesk.ui.generated.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.db = db
        self.actor: Actor | None = None
        self.ui.subtitleLabel.setText(self.tr("Service office – please sign in"))
        self.ui.databaseLabel.setText(self.tr("Database: {name}").format(name=db.display_name))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus()

    def try_sign_in(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        if not username:
            self.ui.errorLabel.setText(self.tr("Enter your user name."))
            self.ui.usernameEdit.setFocus()
            return
        try:
            self.actor = users.authenticate(self.db, username, self.ui.passwordEdit.text())
        except DealerDeskError as err:
            self.ui.errorLabel.setText(error_text(err))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()
