"""Who is at the keyboard of a shared PC: sign-in, switch user (Ctrl+L), the lock after idle minutes.

The front desk and the QC station are one PC for several people. Switching closes the open
dialogs the way their own Close does (the work order asks Save / Discard / Cancel, a checklist
keeps its draft), then builds the main window again for the next person's roles and language.
The lock hides the windows (nothing is closed, nothing typed is lost) until the same person
types their password, or someone else signs in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from dealerdesk.db.database import Database
from dealerdesk.i18n import AppTranslators, resolve_language
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.first_admin_dialog import FirstAdminDialog
from dealerdesk.ui.dialogs.lock_dialog import LockDialog
from dealerdesk.ui.dialogs.login_dialog import LoginDialog
from dealerdesk.ui.main_window import SWITCH_USER_KEY, MainWindow

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Fires ``timer.timeout`` after the given minutes without a key, click or mouse move anywhere."""

    def __init__(self, app: QCoreApplication, minutes: int) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.minutes > 0:
            self.timer.start()  # restarts the countdown
        return False


def language_for(db: Database, actor: Actor, chosen: str | None, lang_arg: str | None, default: str) -> str:
    """The language the person picked at sign-in (remembered as theirs), else --lang, theirs, the default."""
    if chosen is not None:
        users.set_user_language(db, actor, chosen)
        return chosen
    return resolve_language(lang_arg, users.user_language(db, actor.id) or default)


class GuiSession(QObject):
    def __init__(
        self,
        app: QApplication,
        db: Database,
        translators: AppTranslators,
        lang_arg: str | None,
        qsettings: Callable[[], QSettings],
    ) -> None:
        super().__init__()
        self.app = app
        self.db = db
        self.translators = translators
        self.lang_arg = lang_arg
        self.qsettings = qsettings
        self.window: MainWindow | None = None
        self.sign_in_dialog: LoginDialog | FirstAdminDialog | None = None
        self.lock_dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []  # the windows hidden by the lock, shown again on unlock
        self.idle = IdleWatch(app, 0)
        self.idle.timer.timeout.connect(self.lock)
        self.on_window: Callable[[MainWindow], None] | None = None  # e.g. a status message for the first window
        # The session decides when DealerDesk ends: a switch of user hides every window for a moment.
        app.setQuitOnLastWindowClosed(False)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+L inside a dialog: the main window's menu shortcut is blocked while a dialog is open over it."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() == QKeySequence(SWITCH_USER_KEY)[0].toCombined()
            and self.window is not None
            and self.window.isVisible()
        ):
            QTimer.singleShot(0, self.switch_user)
            return True
        return False

    # --- signing in ---------------------------------------------------------------------------
    def ask_sign_in(self) -> None:
        self.idle.set_minutes(0)  # no lock over the sign-in dialog
        if users.needs_first_admin(self.db):
            dialog: LoginDialog | FirstAdminDialog = FirstAdminDialog(self.db)
        else:
            dialog = LoginDialog(self.db, translators=self.translators)
        dialog.accepted.connect(lambda: self._signed_in(dialog))
        dialog.rejected.connect(self.app.quit)
        self.sign_in_dialog = dialog
        dialog.open()

    def start_with(self, dialog: LoginDialog) -> None:
        """The first sign-in was made in a dialog shown before the session existed (app.run_gui)."""
        self.sign_in_dialog = dialog
        self._signed_in(dialog)

    def _signed_in(self, dialog: LoginDialog | FirstAdminDialog) -> None:
        actor = dialog.actor
        assert actor is not None
        settings = get_settings(self.db)
        chosen = dialog.chosen_language if isinstance(dialog, LoginDialog) else None
        lang = language_for(self.db, actor, chosen, self.lang_arg, settings.ui_language)
        self.translators.use(lang)
        old, self.window = self.window, MainWindow(UiContext(self.db, actor, settings, lang), self.qsettings())
        if old is not None:
            old.deleteLater()
        self.window.switch_user_requested.connect(self.switch_user)
        window = self.window
        window.closed.connect(lambda: self._closed(window))
        if self.on_window is not None:
            self.on_window(self.window)
            self.on_window = None
        self.window.show()
        self.idle.set_minutes(settings.idle_lock_minutes)

    def _closed(self, window: MainWindow) -> None:
        """Quit, unless the account was deactivated while signed in: then the sign-in dialog again."""
        if window.signed_out:
            self.ask_sign_in()
        else:
            self.app.quit()

    def switch_user(self) -> None:
        """Ctrl+L: put away what is open (asking about typed work), then the sign-in dialog again."""
        window = self.window
        if window is None or not window.close_open_dialogs():
            return
        window.save_state()
        window.hide()
        self.ask_sign_in()

    # --- the idle lock ------------------------------------------------------------------------
    def lock(self) -> None:
        if self.window is None or self.lock_dialog is not None:
            return
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isHidden()]
        for w in self._hidden:
            w.hide()
        dialog = LockDialog(self.db, self.window.ctx.actor, self.idle.minutes)
        dialog.accepted.connect(self._unlocked)
        dialog.switch_requested.connect(self.switch_user)
        self.lock_dialog = dialog
        dialog.show()

    def _unlocked(self) -> None:
        self.lock_dialog = None
        for w in self._hidden:
            w.show()
        for w in self._hidden:  # the dialog last in use comes back on top
            if isinstance(w, QDialog):
                w.raise_()
                w.activateWindow()
        self._hidden = []
        self.idle.set_minutes(self.idle.minutes)
