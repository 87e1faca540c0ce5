"""Where the data is kept: the first-start choice, the server fields, the test button; the
password goes to the keyring and never into the file or a message."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from dealerdesk.db import server_config
from dealerdesk.db.database import resolve_url, server_password
from dealerdesk.db.server_config import LOCAL, ServerConnection, config_path, load_choice
from dealerdesk.ui.dialogs import connection_dialog
from dealerdesk.ui.dialogs.connection_dialog import ConnectionDialog
from tests.conftest import PgServer


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def fill(dialog: ConnectionDialog, server: ServerConnection, password: str) -> None:
    dialog.server.setChecked(True)
    dialog.host.setText(server.host)
    dialog.port.setValue(server.port)
    dialog.database.setText(server.database)
    dialog.user.setText(server.user)
    dialog.password.setText(password)


def test_this_pc_only_is_the_default_and_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectionDialog(first_start=True)
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked() and not dialog.server_box.isEnabled()
    assert load_choice() is None
    dialog.accept_choice()
    assert load_choice() == LOCAL and dialog.result() == ConnectionDialog.DialogCode.Accepted


def test_a_server_that_does_not_answer_is_not_saved(qtbot, memory_keyring: MemoryKeyring) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    fill(dialog, ServerConnection("127.0.0.1", 1, "office", "dd"), "S3cret")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "cannot be opened" in dialog.status.text() and "Connection refused" in dialog.status.text()
    assert "S3cret" not in dialog.status.text()
    dialog.accept_choice()
    assert load_choice() is None and memory_keyring.store == {}


def test_the_office_server_is_saved_and_its_password_kept_in_the_keyring(  # type: ignore[no-untyped-def]
    qtbot, pg_server: PgServer, memory_keyring: MemoryKeyring
) -> None:
    url = make_url(pg_server.emptied())
    host = str(url.host or url.query["host"])
    server = ServerConnection(host, int(url.port or 5432), str(url.database), str(url.username))
    dialog = ConnectionDialog(first_start=True)
    qtbot.addWidget(dialog)
    fill(dialog, server, "S3cret")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Connected (schema ")
    dialog.accept_choice()
    assert load_choice() == server
    assert "S3cret" not in config_path().read_text(encoding="utf-8")
    assert memory_keyring.store == {(server_config.KEYRING_SERVICE, server.keyring_name): "S3cret"}
    # The next start connects there, with the password from the keyring.
    assert resolve_url(None) == server.url()
    assert server_password(resolve_url(None)) == "S3cret"
    again = ConnectionDialog()
    qtbot.addWidget(again)
    assert again.server.isChecked() and again.host.text() == host and again.password.text() == ""


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_the_person_is_told(  # type: ignore[no-untyped-def]
    qtbot, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    told: list[str] = []
    monkeypatch.setattr(connection_dialog, "show_info", lambda parent, text: told.append(text))
    url = make_url(pg_server.emptied())
    server = ServerConnection(str(url.query["host"]), int(url.query.get("port", 5432)), str(url.database), "dealerdesk")
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server, "S3cret")
    dialog.accept_choice()  # this machine has no keyring backend: the password is for this session only
    assert dialog.password_typed == "S3cret" and load_choice() == server
    assert told and "no password store" in told[0]
