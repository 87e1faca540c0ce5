"""The pool pings a PostgreSQL connection only when it may be dead: after a few idle seconds, or
when the server has spoken on it unasked (it is going away); back-to-back reads make no extra
round trip. A connection found dead is replaced before the read, never shown as an error."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from dealerdesk.db import database
from dealerdesk.db.database import Database, ServerUnreachable, open_database
from dealerdesk.db.models import User
from tests.conftest import PgServer
from tests.helpers import make_users

USERS = select(User.id)


def count_pings(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The pings made (the dialect's, also pool_pre_ping's), each True if it found the connection alive."""
    pings: list[bool] = []
    real = db.engine.dialect.do_ping

    def counted(dbapi_conn: Any) -> bool:
        try:
            real(dbapi_conn)
        except Exception:
            pings.append(False)
            raise
        pings.append(True)
        return True

    monkeypatch.setattr(db.engine.dialect, "do_ping", counted)
    return pings


def cut_sessions(pg_server: PgServer, db: Database) -> None:
    """The server ends this workstation's sessions (a restart), waiting until they are gone."""
    cut = pg_server.execute_scalar(
        "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
        f"WHERE datname = '{db.engine.url.database}' AND pid <> pg_backend_pid()"
    )
    assert cut >= 1


@pytest.fixture
def db(pg_server: PgServer) -> Any:
    opened = open_database(pg_server.emptied())
    make_users(opened)
    yield opened
    opened.dispose()


def test_reads_a_moment_apart_make_no_ping(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    pings = count_pings(db, monkeypatch)
    for _ in range(5):
        assert len(db.rows(USERS, {})) == 9
        with db.read() as s:
            assert len(s.execute(USERS).all()) == 9
    assert pings == []


def test_a_connection_idle_past_the_limit_is_pinged_once_per_use(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    pings = count_pings(db, monkeypatch)
    monkeypatch.setattr(database, "PG_PING_AFTER_IDLE_S", 0.0)
    for _ in range(3):
        assert len(db.rows(USERS, {})) == 9
    assert pings == [True, True, True]


def test_a_server_that_closed_the_connection_is_noticed_without_waiting(
    db: Database, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pings = count_pings(db, monkeypatch)
    assert len(db.rows(USERS, {})) == 9
    cut_sessions(pg_server, db)
    assert len(db.rows(USERS, {})) == 9  # its socket said so: pinged, replaced, read
    assert pings == [False]


def test_a_silently_dead_connection_idle_past_the_limit_is_replaced(
    db: Database, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pings = count_pings(db, monkeypatch)
    monkeypatch.setattr(database, "_server_spoke", lambda _conn: False)  # a cut cable says nothing
    assert len(db.rows(USERS, {})) == 9
    cut_sessions(pg_server, db)
    monkeypatch.setattr(database, "PG_PING_AFTER_IDLE_S", 0.0)
    with db.read() as s:
        assert len(s.execute(USERS).all()) == 9
    assert pings == [False]


def test_a_silently_dead_connection_used_at_once_is_the_message_and_the_retry_works(
    db: Database, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "_server_spoke", lambda _conn: False)
    assert len(db.rows(USERS, {})) == 9
    cut_sessions(pg_server, db)
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        db.rows(USERS, {})
    assert len(db.rows(USERS, {})) == 9
