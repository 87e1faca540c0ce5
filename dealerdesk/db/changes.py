"""Has another workstation (or window) changed the data? A cheap, non-blocking question the
open lists ask about once a second, so that they refresh by themselves.

- PostgreSQL: every write transaction sends ``NOTIFY dealerdesk_changes`` (delivered only if
  it commits; see ``Database.write``); the watcher LISTENs on a connection of its own.
- SQLite: ``PRAGMA data_version`` on a connection of its own changes whenever any other
  connection commits to the file (another process, or this one's sessions).

A watcher that loses its server stays quiet and tries again later: the lists keep what
they show, and the next user action reports the lost server with a message.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from dealerdesk.db.database import PG_CHANGES_CHANNEL, Database, server_password

RECONNECT_EVERY_S = 10.0
CONNECT_TIMEOUT_S = 2


class ChangeWatcher:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._conn: Any = None
        self._version: int | None = None
        self._next_try = 0.0
        self._connect()  # now: a commit between this and the first question must count

    def changed(self) -> bool:
        """True once per batch of commits made elsewhere since the last call; never blocks long."""
        if self._conn is None and not self._connect():
            return False
        try:
            return self._poll()
        except (sqlite3.Error, psycopg.Error):
            self.close()
            self._next_try = time.monotonic() + RECONNECT_EVERY_S
            return False

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error, psycopg.Error):  # already gone with its server
                self._conn.close()
            self._conn = None

    def _connect(self) -> bool:
        if time.monotonic() < self._next_try:
            return False
        try:
            if self.db.is_sqlite:
                assert self.db.path is not None
                self._conn = sqlite3.connect(self.db.path, check_same_thread=False)
                self._version = self._data_version()
            else:
                self._conn = psycopg.connect(**_conninfo(self.db.url), autocommit=True)
                self._conn.execute(f"LISTEN {PG_CHANGES_CHANNEL}")
            return True
        except (sqlite3.Error, psycopg.Error, OSError):
            self._conn = None
            self._next_try = time.monotonic() + RECONNECT_EVERY_S
            return False

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _poll(self) -> bool:
        if self.db.is_sqlite:
            version = self._data_version()
            changed, self._version = version != self._version, version
            return changed
        return any(True for _ in self._conn.notifies(timeout=0))


def _conninfo(url: str) -> dict[str, Any]:
    u = make_url(url)
    info: dict[str, Any] = {"dbname": u.database, "user": u.username, "password": server_password(url), "port": u.port}
    info["host"] = u.host or u.query.get("host")
    info["connect_timeout"] = CONNECT_TIMEOUT_S
    info["application_name"] = "dealerdesk-watch"
    return {k: v for k, v in info.items() if v is not None}
