"""GUI composition root: QApplication, database, translator, sign-in, main window.

The sign-in dialog comes first, before the database layer is loaded: a plain sqlite3 (or, for
the office server, psycopg) glance (db/location.first_look) tells whether the database has
users and which language was chosen, the dialog paints, and SQLAlchemy, the services and the
main window's modules are imported and the database opened on a worker thread while the person
types (:class:`Preparation`). A new file, a server that does not answer or an empty database
(first administrator) take the full way: the database is opened before any dialog.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from dealerdesk.db.location import ENV_URL, first_look, resolve_url
from dealerdesk.i18n import AppTranslators, resolve_language, translators_for
from dealerdesk.paths import icons_dir
from dealerdesk.ui.widgets.first_paint import AfterFirstPaint

if TYPE_CHECKING:
    from dealerdesk.db.database import Database
    from dealerdesk.services.settings import DealerSettings
    from dealerdesk.ui.main_window import MainWindow
    from dealerdesk.ui.session import GuiSession


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
    from dealerdesk.db.database import open_database
    from dealerdesk.db.migrate import upgrade

    db = open_database(url)
    try:
        backup = upgrade(db)
    except Exception:
        db.dispose()
        raise
    return db, (str(backup) if backup else None)


class Preparation:
    """The database layer and the main window's modules loaded, the database opened and migrated,
    on a worker thread; :meth:`result` waits for it (normally done long before the password is)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._thread = threading.Thread(target=self._run, name="dealerdesk-prepare", daemon=True)
        self._result: tuple[Database, str | None, DealerSettings] | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _run(self) -> None:
        try:
            # The heavy imports and the first page's statements, here rather than after the password.
            import dealerdesk.ui.health_check
            import dealerdesk.ui.lock_wait
            import dealerdesk.ui.session  # noqa: F401
            from dealerdesk.services.settings import get_settings
            from dealerdesk.ui.orders import work_orders_page

            db, backup = prepare_database(self.url)
        except BaseException as exc:  # handed to the main thread, which shows it
            self._error = exc
            return
        try:
            settings = get_settings(db)
            work_orders_page.warm_up(db)
            self._result = (db, backup, settings)
        except BaseException as exc:
            db.dispose()  # the next try opens it again: no second pool left holding server connections
            self._error = exc

    def result(self) -> tuple[Database, str | None, DealerSettings]:
        """The prepared database; raises what went wrong, and the next call tries again (the office
        server may have been restarting while the person typed: signing in again must not need a
        new start of the program)."""
        self.start()
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            self._thread = threading.Thread(target=self._run, name="dealerdesk-prepare", daemon=True)
            raise error
        assert self._result is not None
        return self._result

    def database(self) -> Database:
        return self.result()[0]


def choose_url(db_arg: str | None) -> str | None:
    """--db, DEALERDESK_DATABASE_URL, or this PC's choice; at the very first start (no choice made,
    no file in the data folder) the person picks "this PC only" or "office server". None: cancelled."""

    from dealerdesk.db.location import default_db_path

    chosen_here = db_arg is None and not os.environ.get(ENV_URL)
    if not chosen_here or default_db_path().exists():
        return resolve_url(db_arg)
    from dealerdesk.db.server_config import load_choice

    if load_choice() is not None:
        return resolve_url(db_arg)

    from dealerdesk.ui.dialogs.connection_dialog import ConnectionDialog

    first = ConnectionDialog(first_start=True)
    if first.exec() != QDialog.DialogCode.Accepted:
        return None
    return with_password(resolve_url(db_arg), first.password_typed or None)


def with_password(url: str, password: str | None) -> str:
    """A password typed this session (no keyring on this PC) goes into the URL in memory only."""
    if not password:
        return url
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def _first_window(db: Database, backup: str | None) -> Callable[[MainWindow], None]:
    def first_window(window: MainWindow) -> None:
        from dealerdesk.ui.health_check import StartupHealthCheck

        if backup:
            message = QCoreApplication.translate("App", "Database upgraded; the previous version was saved as {path}")
            window.statusBar().showMessage(message.format(path=backup), 15000)
        if db.path is not None:  # SQLite only; once per start
            AfterFirstPaint(window, StartupHealthCheck(db.path, window).start)

    return first_window


def _session(app: QApplication, db: Database, translators: AppTranslators, lang_arg: str | None) -> GuiSession:
    from dealerdesk.ui.lock_wait import LockWaitNotice
    from dealerdesk.ui.session import GuiSession
    from dealerdesk.ui.widgets.window_geometry import app_qsettings

    db.lock_wait = LockWaitNotice()
    return GuiSession(app, db, translators, lang_arg, app_qsettings)


def run_gui(db_arg: str | None, lang_arg: str | None) -> int:
    app = get_application()
    translators = AppTranslators(app)
    translators.use(resolve_language(lang_arg))  # for the first-start choice, if it is asked
    chosen = choose_url(db_arg)
    if chosen is None:
        return 0
    url = chosen
    look = first_look(url)
    if look is None or not look.has_users:
        return _run_opened_first(app, translators, url, lang_arg, db_arg)
    # The sign-in dialog opens in the dealership's language; each person's own follows on sign-in.
    translators.use(resolve_language(lang_arg, look.ui_language))
    from dealerdesk.ui.dialogs.login_dialog import LoginDialog

    preparation = Preparation(url)
    dialog = LoginDialog(preparation.database, translators=translators, display_name=look.label)
    AfterFirstPaint(dialog, preparation.start)
    sessions: list[GuiSession] = []  # kept alive for the event loop

    def signed_in() -> None:
        db, backup, _settings = preparation.result()
        session = _session(app, db, translators, lang_arg)
        session.on_window = _first_window(db, backup)
        session.start_with(dialog)
        sessions.append(session)

    app.setQuitOnLastWindowClosed(False)  # the dialog closing is not the end: the session decides
    dialog.accepted.connect(signed_in)
    dialog.rejected.connect(app.quit)
    dialog.open()
    return app.exec()


def open_until_given_up(url: str, db_arg: str | None) -> tuple[Database, str | None] | None:
    """Open and migrate; when that fails, say why and let the person try again (the server may be
    starting), change where the data is kept, or quit (None)."""
    from dealerdesk.domain.messages import DealerDeskError
    from dealerdesk.ui.feedback import error_text
    from dealerdesk.ui.start_failure import StartAction, ask_start_failure

    # Only this PC's own choice can be changed here; --db and the environment variable win over it.
    changeable = db_arg is None and not os.environ.get(ENV_URL)
    while True:
        try:
            return prepare_database(url)
        except DealerDeskError as err:
            action = ask_start_failure(error_text(err), can_change_connection=changeable)
        if action is StartAction.QUIT:
            return None
        if action is StartAction.CONNECTION:
            from dealerdesk.ui.dialogs.connection_dialog import ConnectionDialog

            dialog = ConnectionDialog()
            if dialog.exec() == QDialog.DialogCode.Accepted:
                url = with_password(resolve_url(db_arg), dialog.password_typed or None)


def _run_opened_first(
    app: QApplication, translators: AppTranslators, url: str, lang_arg: str | None, db_arg: str | None = None
) -> int:
    from dealerdesk.services.settings import get_settings

    # Until the database is open, follow --lang or the system locale for any error box.
    translators.use(resolve_language(lang_arg))
    opened = open_until_given_up(url, db_arg)
    if opened is None:
        return 2
    db, backup = opened
    # The sign-in dialog opens in the dealership's language; each person's own follows on sign-in.
    translators.use(resolve_language(lang_arg, get_settings(db).ui_language))
    session = _session(app, db, translators, lang_arg)
    session.on_window = _first_window(db, backup)
    session.ask_sign_in()
    return app.exec()
