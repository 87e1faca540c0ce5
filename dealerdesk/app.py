"""GUI composition root: QApplication, database, translator, sign-in, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dealerdesk.db.database import Database, open_database, resolve_url
from dealerdesk.db.migrate import upgrade
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.i18n import QtMnemonicFallback, app_translator, qt_translator, resolve_language
from dealerdesk.paths import icons_dir
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text
from dealerdesk.ui.health_check import StartupHealthCheck
from dealerdesk.ui.lock_wait import LockWaitNotice
from dealerdesk.ui.widgets.window_geometry import app_qsettings


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    installed = []
    qt = qt_translator(lang)
    for t in (qt, QtMnemonicFallback(qt) if qt is not None else None, app_translator(lang)):
        if t is not None:
            app.installTranslator(t)
            installed.append(t)
    return installed  # keep references: Qt does not own them


def get_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("DealerDesk")
    app.setApplicationName("DealerDesk")
    app.setWindowIcon(QIcon(str(icons_dir() / "dealerdesk.svg")))
    return app


def prepare_database(url: str) -> tuple[Database, str | None]:
    """Open and migrate; returns the backup path made before migrating, if any."""
    db = open_database(url)
    try:
        backup = upgrade(db)
    except Exception:
        db.dispose()
        raise
    return db, (str(backup) if backup else None)


def sign_in(db: Database) -> Actor | None:
    from dealerdesk.ui.dialogs.first_admin_dialog import FirstAdminDialog
    from dealerdesk.ui.dialogs.login_dialog import LoginDialog

    dialog: FirstAdminDialog | LoginDialog = FirstAdminDialog(db) if users.needs_first_admin(db) else LoginDialog(db)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def run_gui(db_arg: str | None, lang_arg: str | None) -> int:
    from dealerdesk.ui.main_window import MainWindow

    app = get_application()
    # Until the database is open, follow --lang or the system locale for any error box.
    first_lang = resolve_language(lang_arg)
    keep = install_translators(app, first_lang)
    try:
        db, backup = prepare_database(resolve_url(db_arg))
    except DealerDeskError as err:
        QMessageBox.critical(None, "DealerDesk", error_text(err))
        return 2
    db.lock_wait = LockWaitNotice()
    settings = get_settings(db)
    lang = resolve_language(lang_arg, settings.ui_language)
    if lang != first_lang:  # the Settings choice differs: swap, rather than load the same files again
        for t in keep:
            app.removeTranslator(t)
        keep = install_translators(app, lang)
    checked = False
    while True:  # back to the sign-in when the account is deactivated while signed in
        actor = sign_in(db)
        if actor is None:
            return 0
        window = MainWindow(UiContext(db, actor, settings, lang), app_qsettings())
        if backup:
            window.statusBar().showMessage(
                QCoreApplication.translate("App", "Database upgraded; the previous version was saved as {path}").format(
                    path=backup
                ),
                15000,
            )
            backup = None
        window.show()
        if db.path is not None and not checked:  # SQLite only; once per start
            checked = True
            StartupHealthCheck(db.path, window).start()
        code = app.exec()
        if not window.signed_out:
            return code
