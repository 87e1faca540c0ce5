"""GUI composition root: QApplication, database, translator, sign-in, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from dealerdesk.db.database import Database, open_database, resolve_url
from dealerdesk.db.migrate import upgrade
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.i18n import AppTranslators, resolve_language, translators_for
from dealerdesk.paths import icons_dir
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.feedback import error_text
from dealerdesk.ui.health_check import StartupHealthCheck
from dealerdesk.ui.lock_wait import LockWaitNotice
from dealerdesk.ui.widgets.window_geometry import app_qsettings


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    installed = translators_for(lang)
    for t in installed:
        app.installTranslator(t)
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


def run_gui(db_arg: str | None, lang_arg: str | None) -> int:
    from dealerdesk.ui.main_window import MainWindow
    from dealerdesk.ui.session import GuiSession

    app = get_application()
    translators = AppTranslators(app)
    # Until the database is open, follow --lang or the system locale for any error box.
    translators.use(resolve_language(lang_arg))
    try:
        db, backup = prepare_database(resolve_url(db_arg))
    except DealerDeskError as err:
        QMessageBox.critical(None, "DealerDesk", error_text(err))
        return 2
    db.lock_wait = LockWaitNotice()
    # The sign-in dialog opens in the dealership's language; each person's own follows on sign-in.
    translators.use(resolve_language(lang_arg, get_settings(db).ui_language))
    session = GuiSession(app, db, translators, lang_arg, app_qsettings)

    def first_window(window: MainWindow) -> None:
        if backup:
            message = QCoreApplication.translate("App", "Database upgraded; the previous version was saved as {path}")
            window.statusBar().showMessage(message.format(path=backup), 15000)
        if db.path is not None:  # SQLite only; once per start
            StartupHealthCheck(db.path, window).start()

    session.on_window = first_window
    session.ask_sign_in()
    return app.exec()
