"""One start-up, in a fresh process, for bench_startup.py (not a benchmark by itself).

    python bench/startup_probe.py app  DB_PATH   # DealerDesk: cli parser, app pieces, sign-in, MainWindow
    python bench/startup_probe.py bare          # a bare PySide6 QMainWindow, for comparison
    python bench/startup_probe.py signin DB_PATH TYPING_S   # the real start (app.run_gui): sign-in, OK, window
    python bench/startup_probe.py bare_dialog   # a bare QDialog, the floor for the sign-in dialog

Prints one line per milestone, ``<name> <CLOCK_MONOTONIC seconds>``: the parent reads the
same clock (system-wide on Linux), so it can subtract the moment it launched this process.
The last milestone, ``painted``, is taken on the first turn of the event loop after the
window's first paint event: the window is on screen.
"""

from __future__ import annotations

import time


def mark(name: str) -> None:
    print(name, time.clock_gettime(time.CLOCK_MONOTONIC), flush=True)


mark("python")  # the interpreter is up and has read this file

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def watch_first_paint(window: object) -> None:
    """Report once the window (or any widget in it) has painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance()
    assert app is not None

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.done
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                self.done = True
                QTimer.singleShot(0, finished)  # after this paint cycle has been flushed
            return False

    def finished() -> None:
        mark("painted")
        app.quit()

    def too_slow() -> None:
        mark("timeout")
        app.exit(3)

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(20_000, too_slow)
    app.exec()
    app.removeEventFilter(watcher)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imports")
    app = QApplication(sys.argv[:1])
    mark("qapplication")
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    mark("window_built")
    window.show()
    mark("shown")
    watch_first_paint(window)
    del app


def dealerdesk(db_path: str) -> None:
    # The path of `dealerdesk --db PATH`: cli.main parses, then app.run_gui; only the sign-in
    # dialog is replaced by the call its OK button makes (users.authenticate).
    from dealerdesk.cli import build_parser

    args = build_parser().parse_args(["--db", db_path, "--lang", "en"])
    from dealerdesk.app import get_application, install_translators, prepare_database
    from dealerdesk.db.database import resolve_url
    from dealerdesk.i18n import resolve_language
    from dealerdesk.services import users
    from dealerdesk.services.settings import get_settings
    from dealerdesk.ui.context import UiContext
    from dealerdesk.ui.main_window import MainWindow
    from dealerdesk.ui.widgets.window_geometry import app_qsettings

    mark("imports")
    app = get_application()
    keep = install_translators(app, resolve_language(args.lang))
    mark("qapplication")
    db, _backup = prepare_database(resolve_url(args.db))
    settings = get_settings(db)
    lang = resolve_language(args.lang, settings.ui_language)
    for t in keep:
        app.removeTranslator(t)
    keep = install_translators(app, lang)
    mark("database")
    from dealerdesk.ui.dialogs.login_dialog import LoginDialog

    assert not users.needs_first_admin(db)
    dialog = LoginDialog(db)  # built as sign_in() builds it; the person's typing is not timed
    mark("sign_in_dialog")
    actor = users.authenticate(db, "sa1", "advisor1")  # what the dialog's OK button does
    dialog.accept()
    mark("signed_in")
    window = MainWindow(UiContext(db, actor, settings, lang), app_qsettings())
    mark("window_built")
    window.show()
    mark("shown")
    watch_first_paint(window)
    db.dispose()


def bare_dialog() -> None:
    """A bare QDialog shown the same way: the floor for the sign-in dialog's first paint."""
    from PySide6.QtWidgets import QApplication, QDialog

    mark("imports")
    app = QApplication(sys.argv[:1])
    dialog = QDialog()
    dialog.setWindowTitle("bare")
    dialog.show()
    watch_first_paint(dialog)
    del app


def rss_kib() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def sign_in(db_path: str, typing: float) -> None:
    """The real start (app.run_gui): sign-in dialog painted; after ``typing`` seconds the name and
    password are in and OK is clicked; main window painted; then the resident memory."""
    from dealerdesk.app import Preparation, get_application, run_gui

    mark("imports")
    prepare = Preparation._run

    def timed_run(self: Preparation) -> None:
        prepare(self)
        mark("prepared")  # the worker is done: the database is open, the first page's statements ran

    Preparation._run = timed_run  # type: ignore[method-assign]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

    app = get_application()

    class Person(QObject):
        dialog: QWidget | None = None
        window_painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            top = watched.window()
            if type(top).__name__ == "LoginDialog" and self.dialog is None:
                self.dialog = top
                QTimer.singleShot(0, self.dialog_painted)  # as watch_first_paint: that paint flushed
            elif type(top).__name__ == "MainWindow" and not self.window_painted:
                self.window_painted = True
                QTimer.singleShot(0, self.finish)
            return False

        def dialog_painted(self) -> None:
            mark("dialog_painted")
            QTimer.singleShot(int(typing * 1000), self.press_ok)

        def press_ok(self) -> None:
            dialog = self.dialog
            assert dialog is not None
            dialog.ui.usernameEdit.setText("sa1")  # type: ignore[attr-defined]
            dialog.ui.passwordEdit.setText("advisor1")  # type: ignore[attr-defined]
            mark("ok")
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

        def finish(self) -> None:
            mark("painted")
            print("rss_kib", rss_kib(), flush=True)
            QApplication.quit()

    person = Person()
    # Watching from the event loop on, as watch_first_paint does for the floor: a filter on the
    # whole application while the dialog is built would see each of Qt's internal objects (style,
    # window handles) and have PySide build a Python type for each, ~20 ms the real start never spends.
    run_loop = QApplication.exec

    def watched_exec(self: QApplication) -> int:
        self.installEventFilter(person)
        return run_loop()

    QApplication.exec = watched_exec  # type: ignore[method-assign, assignment]
    QTimer.singleShot(60_000, lambda: app.exit(3))
    run_gui(db_path, "en")


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    elif sys.argv[1] == "bare_dialog":
        bare_dialog()
    elif sys.argv[1] == "signin":
        sign_in(sys.argv[2], float(sys.argv[3]))
    else:
        dealerdesk(sys.argv[2])
