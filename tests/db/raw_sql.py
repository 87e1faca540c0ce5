"""Raw SQL on either backend through the driver itself (sqlite3 / psycopg), autocommit.

The guard tests write as a script or a hand-typed statement would: no service, no ORM, no
SQLAlchemy. Statements use ``?`` placeholders; on PostgreSQL they become ``%s``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from dealerdesk.db.database import Database


class RawConnection:
    def __init__(self, conn: Any, *, postgresql: bool) -> None:
        self._conn = conn
        self.postgresql = postgresql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Runs one statement and returns the driver's cursor (``fetchone``/``fetchall``)."""
        if self.postgresql:
            return self._conn.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))
        return self._conn.execute(sql, tuple(params))


@contextmanager
def raw_connection(db: Database) -> Iterator[RawConnection]:
    if db.is_sqlite:
        assert db.path is not None
        conn: Any = sqlite3.connect(db.path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys=ON")
    else:
        url = make_url(db.url)
        conn = psycopg.connect(
            dbname=url.database,
            user=url.username,
            password=url.password,
            host=url.host or url.query.get("host"),
            port=url.port,
            autocommit=True,
        )
    try:
        yield RawConnection(conn, postgresql=not db.is_sqlite)
    finally:
        conn.close()


def refused_errors() -> tuple[type[Exception], ...]:
    """What a guard's refusal raises in either driver (RAISE(ABORT) / SQLSTATE 23000)."""
    return (sqlite3.IntegrityError, psycopg.errors.IntegrityError)
