"""The sign-in dialog is up before the database layer is loaded; the database opens while the person types."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.db.location import first_look
from dealerdesk.services.settings import DealerSettings, save_settings
from dealerdesk.ui.widgets.first_paint import AfterFirstPaint
from tests.helpers import PASSWORD, UserSet

# Runs `dealerdesk --db PATH` in a fresh interpreter; the dialog's open() is replaced by what the
# person does (type, OK), and the event loop by reporting what happened.
START = """
import json, sys
from PySide6.QtWidgets import QApplication, QDialog
import dealerdesk.app as app
from dealerdesk.ui.dialogs.login_dialog import LoginDialog

seen = {}

def person(dialog):
    seen["sqlalchemy_when_shown"] = "sqlalchemy" in sys.modules
    # Smaller costs before the first paint, each a few ms: PySide's Qt namespace (built with all
    # its enums on first use), the domain's messages, platformdirs (not needed with --db).
    import PySide6.QtCore
    seen["loaded_when_shown"] = sorted(
        name for name in ("dealerdesk.domain", "platformdirs", "dataclasses") if name in sys.modules
    ) + (["Qt"] if "Qt" in vars(PySide6.QtCore) else [])
    seen["database_line"] = dialog.ui.databaseLabel.text()
    seen["title"] = dialog.windowTitle()
    dialog.ui.usernameEdit.setText("sa1")
    dialog.ui.passwordEdit.setText("%s")
    dialog.try_sign_in()

LoginDialog.open = person
QApplication.exec = lambda self: seen.setdefault("window", [type(w).__name__ for w in QApplication.topLevelWidgets()
                                                            if w.isVisible()]) and 0
code = app.run_gui(sys.argv[1], None)
print(json.dumps(dict(seen, code=code)))
"""


def start(path: Path | str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", START % PASSWORD, str(path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_sign_in_shows_before_sqlalchemy_and_leads_to_the_main_window(db: Database, people: UserSet) -> None:
    save_settings(db, people.admin, DealerSettings(ui_language="zh_CN"))
    assert db.path is not None
    db.dispose()
    seen = start(db.path)
    assert seen["sqlalchemy_when_shown"] is False
    assert seen["loaded_when_shown"] == []
    assert seen["database_line"] == f"数据库：{db.path}"  # in the language chosen in Settings
    assert seen["code"] == 0 and seen["window"] == ["MainWindow"]


def test_first_look_reads_users_and_language_without_opening_the_database(
    db: Database, people: UserSet, tmp_path: Path
) -> None:
    assert db.path is not None
    look = first_look(f"sqlite:///{db.path}")
    assert look is not None and look.has_users and look.ui_language == "system"
    save_settings(db, people.admin, DealerSettings(ui_language="en"))
    assert first_look(f"sqlite:///{db.path}") == type(look)(db.path, True, "en")
    # Anything else takes the full way (which also explains what is wrong).
    assert first_look(f"sqlite:///{tmp_path / 'new.sqlite'}") is None
    (tmp_path / "notes.sqlite").write_text("not a database")
    assert first_look(f"sqlite:///{tmp_path / 'notes.sqlite'}") is None
    assert first_look("postgresql+psycopg://shop@server/dealerdesk") is None


def test_work_after_the_first_paint_waits_for_it_and_runs_once(qtbot: QtBot) -> None:
    # The start-up worker (after the sign-in dialog) and the health check (after the main window).
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    AfterFirstPaint(widget, lambda: calls.append(1))
    qtbot.wait(50)
    assert calls == []  # not on screen yet
    widget.show()
    qtbot.waitUntil(lambda: calls == [1])
    widget.update()
    qtbot.wait(50)
    assert calls == [1]


@pytest.mark.both_backends
def test_a_file_or_a_server_database_leads_to_the_main_window(db: Database, people: UserSet) -> None:
    # A server database (no quick look without loading the database layer) is opened the full way
    # before the sign-in dialog; a file takes the quick way.
    seen = start(db.path if db.path is not None else db.url)
    assert seen["sqlalchemy_when_shown"] is (db.path is None)
    assert seen["code"] == 0 and seen["window"] == ["MainWindow"]
