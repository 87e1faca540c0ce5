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
from sqlalchemy.engine import make_url

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
    assert first_look(f"sqlite:///{db.path}") == type(look)(str(db.path), True, "en")
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
    # The office server takes the quick way too: psycopg alone looks, SQLAlchemy loads while the person types.
    save_settings(db, people.admin, DealerSettings(ui_language="zh_CN"))
    seen = start(db.path if db.path is not None else db.url)
    assert seen["sqlalchemy_when_shown"] is False
    assert seen["database_line"] == f"数据库：{db.display_name}"  # the server named without its password
    assert seen["code"] == 0 and seen["window"] == ["MainWindow"]


@pytest.mark.postgresql_only
def test_the_first_look_at_the_office_server(db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch) -> None:
    """Users and language read with psycopg alone; a server that refuses or is not DealerDesk's takes the full way."""
    look = first_look(db.url)
    assert look == (db.display_name, True, "system")
    save_settings(db, people.admin, DealerSettings(ui_language="en"))
    assert first_look(db.url) == (db.display_name, True, "en")
    wrong_database = db.url.replace(f"/{db.url.rsplit('/', 1)[1].split('?')[0]}", "/no_such_database", 1)
    assert first_look(wrong_database) is None
    assert first_look("postgresql+psycopg://dealerdesk@127.0.0.1:1/dealerdesk") is None  # nobody listening

    # No password in the URL and the server asks for one: the one kept in this PC's keyring.
    import psycopg

    from dealerdesk.db import server_config

    real_connect = psycopg.connect
    passwords: list[str | None] = []

    def asks_for_a_password(conninfo: str, **options: object) -> psycopg.Connection[tuple[object, ...]]:
        passwords.append(options.pop("password", None))  # type: ignore[arg-type]
        if passwords[-1] != "S3cret":
            raise psycopg.OperationalError("fe_sendauth: no password supplied")
        return real_connect(conninfo, **options)  # type: ignore[arg-type]

    kept: list[str] = []
    monkeypatch.setattr(psycopg, "connect", asks_for_a_password)
    monkeypatch.setattr(server_config, "kept_password", lambda name: kept.append(name) or "S3cret")
    assert first_look(db.url) == (db.display_name, True, "en")
    # Under the same name as the full way looks it up (database.server_password).
    assert passwords == [None, "S3cret"] and kept == [server_config.keyring_name_of(make_url(db.url))]


def test_a_preparation_that_failed_is_tried_again_at_the_next_sign_in(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The office server restarting while the person typed: OK says why, and the next OK opens it."""
    import dealerdesk.app as app
    from dealerdesk.db.database import ServerUnreachable
    from dealerdesk.domain.messages import QT_TRANSLATE_NOOP

    real = app.prepare_database
    tries: list[str] = []

    def restarting(url: str) -> tuple[Database, str | None]:
        tries.append(url)
        if len(tries) == 1:
            raise ServerUnreachable(QT_TRANSLATE_NOOP("Messages", "The office server {name} is restarting."), name="x")
        return real(url)

    monkeypatch.setattr(app, "prepare_database", restarting)
    preparation = app.Preparation(db.url)
    preparation.start()
    with pytest.raises(ServerUnreachable):
        preparation.result()
    opened = preparation.database()
    assert len(tries) == 2 and opened.url == db.url
    assert preparation.database() is opened  # once open, it stays open: no third try
    opened.dispose()


def test_the_first_look_asks_the_keyring_only_when_the_server_asks_for_a_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under the name the password was kept under (the host as typed), and one wait only for a silent server."""
    import psycopg

    from dealerdesk.db import server_config

    url = server_config.ServerConnection("Office-PC", 5433, "dealerdesk", "shop").url()
    attempts: list[object] = []
    kept: list[str] = []
    monkeypatch.setattr(server_config, "kept_password", lambda name: kept.append(name) or None)

    def server_says(message: str) -> None:
        def connect(conninfo: str, **options: object) -> None:
            attempts.append(options.get("password"))
            raise psycopg.OperationalError(message)

        monkeypatch.setattr(psycopg, "connect", connect)

    server_says("connection to server at 10.0.0.9, port 5433 failed: timeout expired")
    assert first_look(url) is None
    assert attempts == [None] and kept == []  # no second wait, no keyring
    server_says('FATAL:  password authentication failed for user "shop"')
    assert first_look(url) is None  # nothing kept for it: the full way asks
    assert kept == ["shop@Office-PC:5433/dealerdesk"] == [server_config.keyring_name_of(make_url(url))]


def test_a_preparation_that_failed_after_opening_closes_what_it_opened(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dealerdesk.app as app
    from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError
    from dealerdesk.ui.orders import work_orders_page

    opened: list[Database] = []
    real_prepare = app.prepare_database

    def prepare(url: str) -> tuple[Database, str | None]:
        result = real_prepare(url)
        opened.append(result[0])
        return result

    failures = [DealerDeskError(QT_TRANSLATE_NOOP("Messages", "The first page could not be read."))]

    def warm_up(database: Database) -> None:
        if failures:
            raise failures.pop()

    monkeypatch.setattr(app, "prepare_database", prepare)
    monkeypatch.setattr(work_orders_page, "warm_up", warm_up)
    disposed: list[Database] = []
    monkeypatch.setattr(Database, "dispose", lambda self: disposed.append(self))
    preparation = app.Preparation(db.url)
    with pytest.raises(DealerDeskError):
        preparation.result()
    assert disposed == opened[:1]  # the half-prepared database let go of its connections
    assert preparation.database() is opened[1] and disposed == opened[:1]
