"""Opening the database: URL resolution, SQLite pragmas, read and write sessions.

Two backends, one schema: an SQLite file for one PC, PostgreSQL (``postgresql+psycopg://``)
for an office of several workstations. One user action is one transaction
(``with db.write() as s:``). Write transactions never interleave a read-then-write (order
numbers, version counters): on SQLite they start with ``BEGIN IMMEDIATE``; on PostgreSQL,
which has no twin of it, they first take one transaction-scoped advisory lock. Either way the
second writer waits instead of failing, and readers are never blocked.
"""

from __future__ import annotations

import os
import select
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, InvalidatePoolError, NotSupportedError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from dealerdesk.db import driver_sql
from dealerdesk.db.health import damage_error, is_damage

# Moved to db/location (no SQLAlchemy there, for the start-up); still importable from here.
from dealerdesk.db.location import ENV_URL as ENV_URL
from dealerdesk.db.location import default_db_path as default_db_path
from dealerdesk.db.location import is_url as is_url
from dealerdesk.db.location import normalise_url as normalise_url
from dealerdesk.db.location import resolve_url as resolve_url
from dealerdesk.db.network_share import network_share_kind
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Problem, ValidationError
from dealerdesk.domain.validation.text import control_character_problem

BUSY_TIMEOUT_MS = 10_000
# Taking the write lock is tried in short steps, so the person hears within a second that another
# workstation (or program) holds it, and the wait can go on well past SQLite's own busy timeout.
LOCK_STEP_MS = 500
LOCK_PATIENCE_S = 120.0

# Told how long a write has waited for the lock so far, then None once it has it (or gave up).
LockWaitCallback = Callable[[float | None], None]
# The one advisory lock every PostgreSQL write transaction takes first (any constant bigint;
# this one spells "DDWRITE" so that it is recognisable in pg_locks).
PG_WRITE_LOCK_KEY = 0x4444_5752_4954_45
# Every PostgreSQL write transaction notifies the other workstations on this channel (db/changes.py).
PG_CHANGES_CHANNEL = "dealerdesk_changes"
# How long a workstation waits to reach the office server before saying so.
PG_CONNECT_TIMEOUT_S = 10
# A pooled connection idle for longer than this is pinged before use (one round trip); one used a
# moment ago is pinged only if the server has spoken on it since (see _install_postgresql_idle_ping).
PG_PING_AFTER_IDLE_S = 5.0
_IDLE_SINCE = "dealerdesk_idle_since"  # a pooled connection's info key: when it went back to the pool
# The server option of Database.rows(plan_once=True)'s connections.
_KEEP_PLANS = "SET plan_cache_mode = force_generic_plan"


def server_password(url: str) -> str | None:
    """The URL's own password, else the one kept in this PC's keyring for that server."""
    u = make_url(url)
    if u.password is not None:
        return str(u.password)
    from dealerdesk.db.server_config import stored_password

    return stored_password(u)


class ServerUnreachable(DealerDeskError):
    """The office server did not answer (down, network cut, restarted)."""


def mask_url(url: str | URL) -> str:
    """The URL as it may be shown or logged: never with its password."""
    try:
        return (make_url(url) if isinstance(url, str) else url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(not a database URL)"


def server_label(url: str) -> str:
    """``user@host:port/database`` as a person reads it (a socket folder as the host); no password."""
    try:
        u = make_url(url)
    except ArgumentError:
        return "(not a database URL)"
    host = u.host or u.query.get("host") or "localhost"
    port = u.port or u.query.get("port")
    where = f"{host}:{port}" if port else str(host)
    return f"{u.username}@{where}/{u.database}" if u.username else f"{where}/{u.database}"


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
    if (share := network_share_kind(folder)) is not None:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is on a network share ({kind}). An SQLite database there is damaged when several PCs "
                "use it. Keep the file on this PC, or let the PCs share an office server (PostgreSQL): see "
                '"Several workstations" in the README.',
            ),
            path=str(path),
            kind=share,
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
        options = conn.get_execution_options()
        if options.get("immediate"):
            _begin_immediate(conn, db)
        elif not options.get("single_select"):  # Database.rows
            conn.exec_driver_sql("BEGIN")


def _is_busy(exc: OperationalError) -> bool:
    return isinstance(exc.orig, sqlite3.OperationalError) and "locked" in str(exc.orig)


def _busy_message(waited: float) -> DealerDeskError:
    return DealerDeskError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Another workstation or program has kept the database busy for {seconds} seconds. "
            "Nothing was saved and what you entered is still here: try again in a moment.",
        ),
        seconds=round(waited),
    )


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
                    raise _busy_message(waited) from exc
                if db.lock_wait is not None:
                    db.lock_wait(waited)
                    told = True
    finally:
        if told and db.lock_wait is not None:
            db.lock_wait(None)
        conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _install_postgresql_write_lock(engine: Engine, db: Database) -> None:
    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("immediate"):
            _take_write_lock(conn, db)


def _install_postgresql_idle_ping(engine: Engine) -> None:
    """Pessimistic disconnect handling without a round trip per use: pool_pre_ping's SELECT 1 on
    every checkout cost ~0.1 ms of a 1.2 ms search over a local socket. A connection back from the pool
    after a few idle seconds, or one whose socket is readable though no query is pending (the
    server said it is going away, or closed it: a restart, a terminated session), is pinged; a
    failed ping raises DisconnectionError, so the pool drops its connections (all of them, as
    pool_pre_ping does: a restarted server cut them all) and checks out a fresh one. Within the
    idle window a silently cut network shows on the statement itself: Database._server_lost's
    message, and the retry reconnects."""

    @event.listens_for(engine, "checkin")
    def on_checkin(dbapi_conn: Any, record: Any) -> None:
        if dbapi_conn is not None:  # None: the connection was invalidated
            record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop(_IDLE_SINCE, None)
        if idle_since is None:  # just connected (a reconnect clears info too)
            return
        if time.monotonic() - idle_since < PG_PING_AFTER_IDLE_S and not _server_spoke(dbapi_conn):
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # any failure of SELECT 1 means this connection is unusable
            raise InvalidatePoolError(f"ping failed: {type(exc).__name__}") from exc


def _server_spoke(dbapi_conn: Any) -> bool:
    """Whether an idle connection's socket has something to read (no round trip). Pool connections
    never LISTEN, so it is readable only when the server sent something unasked (a FATAL notice
    before it closes) or closed it."""
    try:
        return bool(select.select([dbapi_conn.fileno()], [], [], 0)[0])
    except Exception:  # closed already (psycopg is not imported here: the SQLite start-up skips it)
        return True


def _kept_plans_engine(url: str, echo: bool, connect_args: dict[str, Any]) -> Engine:
    """PostgreSQL's second pool, only for Database.rows(plan_once=True): its connections prepare
    each statement at its first call and keep one generic plan for it (plan_cache_mode). A pool of
    its own, so no other read gets a generic plan: the work-order list's first page took 40 ms with one.
    Its connections stay in autocommit: setting and resetting it per call cost ~0.02 ms of a 0.5 ms search."""
    engine = create_engine(
        url, echo=echo, isolation_level="AUTOCOMMIT", connect_args={**connect_args, "prepare_threshold": 0}
    )

    # Set once per connection, not as libpq's "options": those would replace the office's own
    # (PGOPTIONS, a service file's options=, e.g. its search_path) for the searches alone.
    @event.listens_for(engine, "connect")
    def keep_plans(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(_KEEP_PLANS)
        dbapi_conn.commit()  # a session setting; the pool then switches the connection to autocommit

    _install_postgresql_idle_ping(engine)
    return engine


def _take_write_lock(conn: Any, db: Database) -> None:
    """The twin of SQLite's BEGIN IMMEDIATE: one advisory lock per write transaction, tried in the
    same short steps with the same notice and patience. Released by COMMIT or ROLLBACK, also when
    the workstation's process dies mid-save (the server ends its session)."""
    started = time.monotonic()
    told = False
    try:
        while not conn.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({PG_WRITE_LOCK_KEY})").scalar():
            waited = time.monotonic() - started
            if waited >= db.lock_patience:
                raise _busy_message(waited)
            if db.lock_wait is not None:
                db.lock_wait(waited)
                told = True
            time.sleep(LOCK_STEP_MS / 1000 / 5)  # ask five times per step: a free lock is taken at once
    finally:
        if told and db.lock_wait is not None:
            db.lock_wait(None)


def _refuse_control_characters(session: Session, _context: Any, _instances: Any) -> None:
    """Last line before the driver: no row is written with a character one backend refuses."""
    problems: list[Problem] = []
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)  # only values set or loaded: never a lazy load mid-flush
            if isinstance(value, str) and (problem := control_character_problem(value, attr.key)) is not None:
                problems.append(problem)
    if problems:
        raise ValidationError(problems)


class Database:
    """The engine plus the two kinds of session the services use."""

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        path = sqlite_path(url)
        # PostgreSQL's pool for the reads that keep their plan (rows); it connects on first use.
        self._plans_kept: Engine | None = None
        if read_only and path is not None:
            # mode=ro: SQLite itself refuses to create, extend or rewrite the file.
            uri = path.as_uri() + "?mode=ro"
            self.engine = create_engine(
                "sqlite://", echo=echo, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
            )
        elif self.is_sqlite:
            self.engine = create_engine(url, echo=echo)
        else:
            connect_args: dict[str, Any] = {"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "dealerdesk"}
            if (password := server_password(url)) is not None:
                connect_args["password"] = password
            self.engine = create_engine(url, echo=echo, connect_args=connect_args)
            # A workstation notices a server that went away instead of failing on a dead connection.
            _install_postgresql_idle_ping(self.engine)
            self._plans_kept = _kept_plans_engine(url, echo, connect_args)
        # The window sets lock_wait to show "waiting for another workstation…" (SQLite only).
        self.lock_wait: LockWaitCallback | None = None
        self.lock_patience = LOCK_PATIENCE_S
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine, read_only, self)
        else:
            _install_postgresql_write_lock(self.engine, self)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(immediate=True), expire_on_commit=False)
        for maker in (self._read, self._write):
            event.listen(maker, "before_flush", _refuse_control_characters)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else server_label(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._damage_as_message(), self._server_lost(), self._read() as session, session.begin():
            yield session

    def rows(
        self, statement: Select[Any], params: Mapping[str, Any], *, plan_once: bool = False
    ) -> Sequence[Sequence[Any]]:
        """One SELECT's rows as tuples, for hot reads that need no ORM objects (the search box): a
        Session's set-up and bookkeeping cost as much as SQLite's indexed answer. One statement
        reads one consistent state by itself, so there is no transaction around it: on SQLite no
        BEGIN (and the statement runs as driver SQL, db/driver_sql.py), on PostgreSQL autocommit
        (no BEGIN and ROLLBACK round trips to the server: half the time of a search).

        ``plan_once``: the statement's best plan does not depend on its values (a text search, each
        way of matching through its own index): PostgreSQL plans it once per connection and keeps
        that plan, instead of planning it for every call (0.6 ms of a 1.1 ms search at 150k orders).
        """
        if plan_once and self._plans_kept is not None:
            try:
                with self._server_lost(), self._plans_kept.connect() as conn:  # in autocommit already
                    return conn.execute(statement, params).all()
            except NotSupportedError:
                # "cached plan must not change result type": a newer workstation migrated a table
                # under the kept plans. Drop them; this read is planned afresh.
                self._plans_kept.dispose()
        with self._damage_as_message(), self._server_lost(), self.engine.connect() as conn:
            if self.is_sqlite:
                return driver_sql.run(conn.execution_options(single_select=True), statement, params)
            return conn.execution_options(isolation_level="AUTOCOMMIT").execute(statement, params).all()

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._damage_as_message(), self._server_lost(), self._write() as session, session.begin():
            yield session
            if not self.is_sqlite:  # delivered at COMMIT only: a rolled-back save tells nobody
                session.connection().exec_driver_sql(f"NOTIFY {PG_CHANGES_CHANNEL}")

    @contextmanager
    def _server_lost(self) -> Iterator[None]:
        """A server that went away mid-work is a message, not a traceback: the transaction was
        rolled back, the window keeps what was typed, and the next try reconnects (idle ping)."""
        try:
            yield
        except (OperationalError, InterfaceError) as exc:
            if self.is_sqlite:
                raise
            raise ServerUnreachable(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The office server {name} cannot be reached; nothing was saved. What you typed is kept: "
                    "try again when the server is back (ask whoever looks after it if this lasts).",
                ),
                name=self.display_name,
            ) from exc

    @contextmanager
    def _damage_as_message(self) -> Iterator[None]:
        """A damaged page hit by any use case reaches the person as what to do, not a raw DatabaseError."""
        try:
            yield
        except SADatabaseError as exc:
            if self.is_sqlite and exc.orig is not None and is_damage(exc.orig):
                raise damage_error(self.display_name, exc.orig) from exc
            raise

    @property
    def engines(self) -> tuple[Engine, ...]:
        """Every engine this database's statements run on (PostgreSQL: the kept-plans pool as well),
        for whoever watches them all (the statement counts in tests)."""
        return (self.engine,) if self._plans_kept is None else (self.engine, self._plans_kept)

    def dispose(self) -> None:
        self.engine.dispose()
        if self._plans_kept is not None:
            self._plans_kept.dispose()


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
            # The driver's text is laid out for a terminal (newline and tab): one line in a message box.
            detail=" ".join(str(exc.orig).split()),
        ) from exc
    return db
