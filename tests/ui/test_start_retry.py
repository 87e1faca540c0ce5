"""The office server is not there when DealerDesk starts: the person is told why and can try again
once it is back, change where the data is kept, or quit — never a dead end that needs a restart."""

from __future__ import annotations

import pytest

from dealerdesk import app
from dealerdesk.db.location import ENV_URL
from dealerdesk.ui import start_failure
from dealerdesk.ui.start_failure import StartAction
from tests.conftest import PgServer


def test_retry_opens_the_server_database_once_it_exists(
    qapp: object, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"{pg_server.prefix}_late"
    pg_server.drop(name)
    url = pg_server.url_of(name)
    shown: list[tuple[str, bool]] = []

    def ask(text: str, *, can_change_connection: bool) -> StartAction:
        shown.append((text, can_change_connection))
        pg_server.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')  # the server is back
        return StartAction.RETRY

    monkeypatch.setattr(start_failure, "ask_start_failure", ask)
    try:
        opened = app.open_until_given_up(url, url)
        assert opened is not None
        db, _backup = opened
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM users").scalar_one() == 0  # migrated
        db.dispose()
    finally:
        pg_server.drop(name)
    assert len(shown) == 1
    text, changeable = shown[0]
    assert name in text and "cannot be opened" in text
    assert pg_server.url.password is None or pg_server.url.password not in text
    assert changeable is False  # --db was given: this PC's choice is not what is used


def test_quit_gives_up_and_only_this_pcs_choice_can_be_changed(
    qapp: object, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_URL, raising=False)
    answers = [StartAction.RETRY, StartAction.QUIT]
    seen: list[bool] = []

    def ask(text: str, *, can_change_connection: bool) -> StartAction:
        seen.append(can_change_connection)
        return answers.pop(0)

    monkeypatch.setattr(start_failure, "ask_start_failure", ask)
    # A closed port: nothing listens on 1 on this machine.
    url = "postgresql+psycopg://dealerdesk@127.0.0.1:1/dealerdesk"
    assert app.open_until_given_up(url, None) is None
    assert seen == [True, True]  # asked again after the retry failed; then quit


@pytest.mark.parametrize(
    ("key_button", "expected"), [(None, StartAction.RETRY), (2, StartAction.QUIT), (1, StartAction.CONNECTION)]
)
def test_the_box_says_why_and_enter_tries_again(qtbot: object, key_button: int | None, expected: StartAction) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        if key_button is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        else:
            order = ["&Try again", "&Where the data is kept…", "&Quit"]
            wanted = next(b for b in box.buttons() if b.text() == order[key_button])
            wanted.click()

    QTimer.singleShot(0, answer)
    action = start_failure.ask_start_failure(
        "The database office cannot be opened: refused", can_change_connection=True
    )
    assert action is expected
    assert seen["text"] == "The database office cannot be opened: refused"
    assert sorted(seen["buttons"]) == sorted(["&Try again", "&Where the data is kept…", "&Quit"])  # type: ignore[arg-type]
