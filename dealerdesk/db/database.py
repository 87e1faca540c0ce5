"""Opening the database: URL resolution, SQLite pragmas, read and write sessions.

One user action is one transaction (``with db.write() as s:``). Write transactions
start with ``BEGIN IMMEDIATE`` so two workstations never interleave a read-then-write
(order numbers, version counters): the second waits (busy timeout) instead of failing.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from dealerdesk.db.health import damage_error, is_damage

# Moved to db/location (no SQLAlchemy there, for the start-up); still importable from here.
from dealerdesk.db.location import ENV_URL as ENV_URL
from dealerdesk.db.location import default_db_path as default_db_path
from dealerdesk.db.location import resolve_url as resolve_url
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

BUSY_TIMEOUT_MS = 10_000
# Taking the write lock is tried in short steps, so the person hears within a second that another
# workstation (or program) holds it, and the wait can go on well past SQLite's own busy timeout.
LOCK_STEP_MS = 500
LOCK_PATIENCE_S = 120.0

# Told how long a write has waited for the lock so far, then None once it has it (or gave up).
LockWaitCallback = Callable[[float | None], None]


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def check_location(url: str, *, writable: bool = True) -> None:
    """Refuse, with a message the user can act on, a file we could not use or would damage."""
    path = sqlite_path(url)
    if path is None:
        return
    folder = path.parent
    if not folder.is_dir():
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "The folder {folder} does not exist. Create it or choose another path."),
            folder=str(folder),
        )
    if path.exists():
        if not os.access(path, os.R_OK | (os.W_OK if writable else 0)):
            raise DealerDeskError(
                QT_TRANSLATE_NOOP("Messages", "The database file {path} cannot be read and written by you."),
                path=str(path),
            )
        if path.stat().st_size > 0:
            with path.open("rb") as f:
                if f.read(16) != b"SQLite format 3\x00":
                    raise DealerDeskError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{path} is not a DealerDesk database (not an SQLite file). It was left untouched.",
                        ),
                        path=str(path),
                    )
    if writable and not os.access(folder, os.W_OK):
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The folder {folder} is read-only: the database needs to write its journal there. "
                "Choose a folder you can write to.",
            ),
            folder=str(folder),
        )


def _install_sqlite_pragmas(engine: Engine, read_only: bool, db: Database) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is deferred and late).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:  # switching the journal mode writes to the file
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("immediate"):
            _begin_immediate(conn, db)
        else:
            conn.exec_driver_sql("BEGIN")


def _is_busy(exc: OperationalError) -> bool:
    return isinstance(exc.orig, sqlite3.OperationalError) and "locked" in str(exc.orig)


def _begin_immediate(conn: Any, db: Database) -> None:
    """BEGIN IMMEDIATE, retried while another connection holds the write lock; never a raw "database is locked"."""
    started = time.monotonic()
    told = False
    conn.exec_driver_sql(f"PRAGMA busy_timeout={LOCK_STEP_MS}")
    try:
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                waited = time.monotonic() - started
                if not _is_busy(exc):
                    raise
                if waited >= db.lock_patience:
                    raise DealerDeskError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Another workstation or program has kept the database busy for {seconds} seconds. "
                            "Nothing was saved and what you entered is still here: try again in a moment.",
                        ),
                        seconds=round(waited),
                    ) from exc
                if db.lock_wait is not None:
                    db.lock_wait(waited)
                    told = True
    finally:
        if told and db.lock_wait is not None:
            db.lock_wait(None)
        conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


class Database:
    """The engine plus the two kinds of session the services use."""

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        path = sqlite_path(url)
        if read_only and path is not None:
            # mode=ro: SQLite itself refuses to create, extend or rewrite the file.
            uri = path.as_uri() + "?mode=ro"
            self.engine = create_engine(
                "sqlite://", echo=echo, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
            )
        else:
            self.engine = create_engine(url, echo=echo)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        # The window sets lock_wait to show "waiting for another workstation…" (SQLite only).
        self.lock_wait: LockWaitCallback | None = None
        self.lock_patience = LOCK_PATIENCE_S
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine, read_only, self)
        write_bind = self.engine.execution_options(immediate=True) if self.is_sqlite else self.engine
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(write_bind, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._damage_as_message(), self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._damage_as_message(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def _damage_as_message(self) -> Iterator[None]:
        """A damaged page hit by any use case reaches the person as what to do, not a raw DatabaseError."""
        try:
            yield
        except SADatabaseError as exc:
            if self.is_sqlite and exc.orig is not None and is_damage(exc.orig):
                raise damage_error(self.display_name, exc.orig) from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def require_existing(url: str) -> None:
    """For commands that only read: a mistyped path or an empty file is an error, never a new database."""
    path = sqlite_path(url)
    if path is None:
        return
    if not path.is_file():
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "The database {path} does not exist. Give an existing file with --db PATH."),
            path=str(path),
        )
    if path.stat().st_size == 0:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "{path} is empty: it holds no DealerDesk database. It was left untouched."),
            path=str(path),
        )


def open_database(url: str, *, read_only: bool = False) -> Database:
    """Open (not yet migrate) a database, turning low-level failures into messages.

    ``read_only`` opens an existing file without creating or changing anything (``check``, ``print``).
    """
    if read_only:
        require_existing(url)
    check_location(url, writable=not read_only)
    db = Database(url, read_only=read_only)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").all()
    except SADatabaseError as exc:
        db.dispose()
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "The database {name} cannot be opened: {detail}"),
            name=db.display_name,
            detail=str(exc.orig),
        ) from exc
    return db
