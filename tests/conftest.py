"""Shared fixtures: headless Qt, a migrated temporary database, users for every role.

The database tests (tests/db) and the end-to-end tests (tests/e2e) run on both backends:
each test that asks for ``db`` (or ``backend``) runs once on a fresh SQLite file (a copy of
a migrated template) and once on PostgreSQL, in one migrated database emptied before each
test (TRUNCATE … RESTART IDENTITY: ~20 ms, where CREATE DATABASE from a template took 1-2 s).
The PostgreSQL server is the one in ``DEALERDESK_TEST_PG_URL`` (``scripts/dev.sh test`` and ``scripts/dev.sh pytest``
start a throw-away cluster and set it). Without a reachable server those tests fail: they
never skip, so a green run always means both backends were tested. The run ends with the
number of tests per backend.
"""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from dealerdesk.db.database import Database, open_database
from dealerdesk.db.migrate import upgrade
from tests.helpers import UserSet, make_users

PG_ENV = "DEALERDESK_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")
# Test folders whose database tests run on both backends; elsewhere (ui, unit) SQLite only.
BOTH_BACKENDS_IN = ("db", "e2e")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        both = metafunc.definition.path.parent.name in BOTH_BACKENDS_IN
        both = both or metafunc.definition.get_closest_marker("both_backends") is not None
        # About the SQLite file itself (its pages, its backup copies): nothing to run on a server.
        both = both and metafunc.definition.get_closest_marker("sqlite_only") is None
        server = metafunc.definition.get_closest_marker("postgresql_only") is not None
        metafunc.parametrize("backend", BACKENDS[1:] if server else BACKENDS if both else BACKENDS[:1], indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        # The backend is the value of any parameter naming one (``backend``, or a module fixture's own).
        params = getattr(getattr(item, "callspec", None), "params", {})
        backend = next((v for v in params.values() if isinstance(v, str) and v in BACKENDS), "-")
        item.user_properties.append(("backend", backend))


_outcomes: Counter[tuple[str, str]] = Counter()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        backend = str(dict(report.user_properties).get("backend", "-"))
        _outcomes[(backend, report.outcome)] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.section("tests per database backend")
    for backend, label in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL"), ("-", "no database")):
        counts = {outcome: n for (b, outcome), n in _outcomes.items() if b == backend}
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())) or "none"
        terminalreporter.write_line(f"{label}: {sum(counts.values())} run ({summary})")


# Tables a migration fills with defaults (the source document's package templates).
SEEDED = frozenset({"package_templates"})


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Window state from one test (or the developer's own) never leaks into another."""
    from PySide6.QtCore import QSettings

    path = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``; set by pytest_generate_tests."""
    return str(request.param)


class PgServer:
    """The test cluster: one migrated database emptied per test, and empty databases on demand."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"dd_test_{os.getpid()}"
        self.migrated = f"{self.prefix}_migrated"
        self._numbers = itertools.count(1)
        self._tables: list[str] = []
        self._seeds: dict[str, list[dict[str, object]]] = {}

    def prepare_migrated(self) -> None:
        self.execute(f'CREATE DATABASE "{self.migrated}" TEMPLATE template0')
        database = open_database(self.url_of(self.migrated))
        upgrade(database)
        with database.engine.connect() as conn:
            rows = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar_one()
            tables = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
            self._tables = list(conn.execute(text(tables)).scalars())
            assert rows == len(self._tables) + 1
            # The migrations write no rows but seeds: an emptied database, seeds put back, is the migrated one.
            for table in self._tables:
                if table in SEEDED:
                    self._seeds[table] = [dict(r._mapping) for r in conn.execute(text(f'SELECT * FROM "{table}"'))]
                    continue
                assert conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one() == 0, table
        database.dispose()

    def emptied(self) -> str:
        """The migrated database with every table empty and every id counter back at 1."""
        engine = create_engine(self.url_of(self.migrated), isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with engine.connect() as conn:
            conn.execute(text("SET lock_timeout = '10s'"))  # a test that left a transaction open fails here
            tables = ", ".join(f'"{t}"' for t in self._tables)
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            for table, rows in self._seeds.items():
                if rows:
                    columns = list(rows[0])
                    names = ", ".join(f'"{c}"' for c in columns)
                    values = ", ".join(f":{c}" for c in columns)
                    conn.execute(text(f'INSERT INTO "{table}" ({names}) VALUES ({values})'), rows)
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {len(rows)})"))
        engine.dispose()
        return self.url_of(self.migrated)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def execute_scalar(self, sql: str) -> object:
        with self.admin.connect() as conn:
            return conn.execute(text(sql)).scalar()

    def create(self, template: str = "template0") -> str:
        name = f"{self.prefix}_{next(self._numbers)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.fail(
            f"{PG_ENV} is not set: run the tests with `bash scripts/dev.sh test` or `bash scripts/dev.sh pytest …` "
            "(they start a throw-away PostgreSQL), or point it at a PostgreSQL server you may create databases on."
        )
    server = PgServer(url)
    try:
        server.execute("SELECT 1")
    except Exception as exc:  # any failure to reach the server fails every PostgreSQL test
        pytest.fail(f"the PostgreSQL test server in {PG_ENV} cannot be reached: {exc}")
    server.prepare_migrated()
    yield server
    server.drop(server.migrated)
    server.admin.dispose()


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test gets a copy (migrating every time cost ~0.3 s a test)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = open_database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()  # the last connection closing checkpoints the WAL into the file
    return path


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh database at the current schema, on the test's backend."""
    if backend == "sqlite":
        target = tmp_path / "test.sqlite"
        shutil.copyfile(request.getfixturevalue("_migrated_template"), target)
        yield f"sqlite:///{target}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    yield server.emptied()


@pytest.fixture
def empty_db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty database (no schema) on the test's backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'new.sqlite'}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create()
    yield server.url_of(name)
    server.drop(name)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def people(db: Database) -> UserSet:
    return make_users(db)
