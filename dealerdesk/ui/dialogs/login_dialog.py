"""Sign-in: checks the password through the users service and keeps the dialog open on failure.

The language picker switches the dialog at once (the whole application's translators), so a
person who reads only English finds the way in; the choice is remembered as theirs on sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from dealerdesk.ui.generated.ui_login_dialog import Ui_LoginDialog

if TYPE_CHECKING:
    # At start-up the dialog paints before the database layer (SQLAlchemy) and the domain are
    # loaded (app.py), with a function returning the database once a worker thread has opened it;
    # what signing in needs is imported when OK is pressed.
    from dealerdesk.db.database import Database
    from dealerdesk.i18n import AppTranslators
    from dealerdesk.services.actor import Actor

# Each language named in itself: whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES = (("zh_CN", "中文"), ("en", "English"))


class LoginDialog(QDialog):
    def __init__(
        self,
        db: Database | Callable[[], Database],
        parent: QWidget | None = None,
        translators: AppTranslators | None = None,
        *,
        display_name: str | None = None,
    ) -> None:
        """``db``: the database, or a function returning it (waiting for it to be opened), then with
        ``display_name`` for the database line."""
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._database = db
        self._display_name = display_name if display_name is not None or callable(db) else db.display_name
        self.translators = translators
        self.actor: Actor | None = None
        self.chosen_language: str | None = None  # set only when the person picks one here
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.ui.formLayout.addRow(self.language_label, self.language)
        if translators is None:  # no application translators to switch (a test, a tool): no picker
            self.language.hide()
            self.language_label.hide()
        else:
            self.language.setCurrentIndex(max(0, self.language.findData(translators.lang)))
        self.language.currentIndexChanged.connect(self._language_picked)
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate()
        self.ui.usernameEdit.setFocus()
        # After too many wrong passwords: the wait counts down once a second; the name is kept.
        self._throttled: str | None = None  # the name that must wait
        self._seconds_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.ui.usernameEdit.textChanged.connect(lambda _t: self._update_button())

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.subtitleLabel.setText(self.tr("Service office – please sign in"))
        self.ui.databaseLabel.setText(self.tr("Database: {name}").format(name=self._display_name or ""))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.language_label.setText(self.tr("&Language:"))

    @property
    def db(self) -> Database:
        return self._database() if callable(self._database) else self._database

    def _language_picked(self) -> None:
        self.chosen_language = str(self.language.currentData())
        if self.translators is not None:
            self.translators.use(self.chosen_language)
        self.retranslate()

    def try_sign_in(self) -> None:
        from dealerdesk.domain.messages import DealerDeskError
        from dealerdesk.services import users
        from dealerdesk.ui.feedback import error_text

        username = self.ui.usernameEdit.text().strip()
        if not username:
            self.ui.errorLabel.setText(self.tr("Enter your user name."))
            self.ui.usernameEdit.setFocus()
            return
        try:
            self.actor = users.authenticate(self.db, username, self.ui.passwordEdit.text())
        except users.SignInThrottled as err:
            self.ui.passwordEdit.clear()
            self._throttled, self._seconds_left = err.params["username"], err.seconds
            self._countdown.start()
            self._show_wait()
            return
        except DealerDeskError as err:
            self.ui.errorLabel.setText(error_text(err))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()

    def _show_wait(self) -> None:
        from dealerdesk.services import users
        from dealerdesk.ui.feedback import error_text

        assert self._throttled is not None
        self.ui.errorLabel.setText(error_text(users.SignInThrottled(self._throttled, self._seconds_left)))
        self._update_button()

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left > 0:
            self._show_wait()
            return
        self._countdown.stop()
        self._throttled = None
        self.ui.errorLabel.clear()
        self._update_button()
        self.ui.passwordEdit.setFocus()

    def _update_button(self) -> None:
        """Only the throttled name waits: another person may sign in at this workstation meanwhile."""
        waiting = self._throttled is not None and self.ui.usernameEdit.text().strip()[:64] == self._throttled
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not waiting)
