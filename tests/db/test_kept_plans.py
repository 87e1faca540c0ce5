"""A text search on PostgreSQL keeps its plan: prepared at its first call on a pool of its own
whose connections use generic plans; so does the list by status, whose values are in its SQL
(a generic plan of its page with them as parameters sorted every order); every other read is
planned for its values as before. PostgreSQL only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import column, func, select, table

from dealerdesk.db.database import Database, open_database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.orders.search import OrderQuery, count_orders, count_with_due, search_orders
from tests.conftest import PgServer
from tests.helpers import make_users

PLAN_MODE = select(func.current_setting("plan_cache_mode"))
PREPARED = table("pg_prepared_statements", column("statement"), column("generic_plans"), column("custom_plans"))


@pytest.fixture
def db(pg_server: PgServer) -> Iterator[Database]:
    opened = open_database(pg_server.emptied())
    make_users(opened)
    yield opened
    opened.dispose()


def test_only_the_reads_asking_for_it_keep_a_generic_plan(db: Database) -> None:
    assert db.rows(PLAN_MODE, {}, plan_once=True)[0][0] == "force_generic_plan"
    assert db.rows(PLAN_MODE, {})[0][0] == "auto"
    with db.read() as s:
        assert s.execute(PLAN_MODE).scalar_one() == "auto"
    with db.write() as s:
        assert s.execute(PLAN_MODE).scalar_one() == "auto"


def test_a_text_search_is_planned_once_and_the_list_by_status_once_for_each_of_its_sqls(db: Database) -> None:
    for text in ("京A1", "京B2", "沪C3"):  # one shape of search: one statement each
        search_orders(db, OrderQuery(text=text), limit=100)
        count_orders(db, OrderQuery(text=text))
    active = OrderQuery(statuses=frozenset({OrderStatus.DRAFT, OrderStatus.OPEN}))
    for _ in range(3):  # the list as it opens, and scrolled to its second page
        search_orders(db, active, limit=100)
        search_orders(db, active, limit=100, offset=100)
    count_with_due(db, active, datetime.now(UTC))
    kept = select(PREPARED.c.statement, PREPARED.c.generic_plans, PREPARED.c.custom_plans)
    plans = {statement: (generic, custom) for statement, generic, custom in db.rows(kept, {}, plan_once=True)}
    searches = {s: p for s, p in plans.items() if "LIKE" in s}
    assert len(searches) == 2  # the page and the count, each prepared at its first call
    assert all(custom == 0 and generic >= 3 for generic, custom in searches.values())
    # Each page of the list has its statuses, LIMIT and OFFSET in its SQL: its kept plan guessed nothing.
    pages = [s for s in plans if "LIKE" not in s and "FROM work_orders" in s]
    assert len(pages) == 2 and all("'draft'" in s and "'open'" in s and "LIMIT 100" in s for s in pages)
    assert {"OFFSET 0" in s for s in pages} == {True, False}
    # The due count's time changes with every call: it is planned for its values on the other pool.
    assert not any("promised_at <=" in s for s in plans)


def test_the_kept_plans_pool_reconnects_after_a_restart(db: Database, pg_server: PgServer) -> None:
    assert search_orders(db, OrderQuery(text="京A1"), limit=100) == []
    cut = pg_server.execute_scalar(
        "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
        f"WHERE datname = '{db.engine.url.database}' AND pid <> pg_backend_pid()"
    )
    assert cut >= 2  # both pools' connections
    assert search_orders(db, OrderQuery(text="京A1"), limit=100) == []
    assert db.rows(PLAN_MODE, {}, plan_once=True)[0][0] == "force_generic_plan"


def test_the_offices_own_server_options_reach_the_kept_plans_pool_too(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An office may set its server options outside the URL (PGOPTIONS, a service file): a search
    # path, a time limit. The searches' pool keeps them and adds its plan mode.
    monkeypatch.setenv("PGOPTIONS", "-c statement_timeout=12345")
    opened = open_database(pg_server.emptied())
    try:
        timeout = select(func.current_setting("statement_timeout"))
        assert opened.rows(timeout, {}, plan_once=True)[0][0] == "12345ms"
        assert opened.rows(timeout, {})[0][0] == "12345ms"
        assert opened.rows(PLAN_MODE, {}, plan_once=True)[0][0] == "force_generic_plan"
    finally:
        opened.dispose()


def test_a_table_changed_under_the_kept_plans_is_read_afresh(db: Database, pg_server: PgServer) -> None:
    """Another workstation's newer version migrates a searched column while this one runs."""
    query = OrderQuery(text="京A1")
    for _ in range(3):
        assert search_orders(db, query, limit=100) == []
    with db.engine.begin() as conn:  # a result column's type changes: the kept plan no longer fits
        conn.exec_driver_sql("ALTER TABLE work_orders ALTER COLUMN estimate_fen TYPE bigint")
    try:
        assert search_orders(db, query, limit=100) == []  # no "cached plan must not change result type"
        assert search_orders(db, query, limit=100) == []
    finally:  # the migrated database is shared by the tests after this one (models_match_migrations)
        db.dispose()
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE work_orders ALTER COLUMN estimate_fen TYPE integer")
