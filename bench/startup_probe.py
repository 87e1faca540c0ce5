"""One start-up, in a fresh process, for bench_startup.py (not a benchmark by itself).

    python bench/startup_probe.py app  DB_PATH   # DealerDesk: cli parser, app pieces, sign-in, MainWindow
    python bench/startup_probe.py bare          # a bare PySide6 QMainWindow, for comparison

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


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        dealerdesk(sys.argv[2])
