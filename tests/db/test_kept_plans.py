"""A text search on PostgreSQL keeps its plan: prepared at its first call on a pool of its own
whose connections use generic plans; every other read is planned for its values as before
(a generic plan of the first page sorted every order). PostgreSQL only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import column, func, select, table

from dealerdesk.db.database import Database, open_database
from dealerdesk.services.orders.search import OrderQuery, count_orders, search_orders
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


def test_a_text_search_is_planned_once_and_the_first_page_for_its_values(db: Database) -> None:
    for text in ("京A1", "京B2", "沪C3"):  # one shape of search: one statement each
        search_orders(db, OrderQuery(text=text), limit=100)
        count_orders(db, OrderQuery(text=text))
    search_orders(db, OrderQuery(), limit=100)
    kept = select(PREPARED.c.statement, PREPARED.c.generic_plans, PREPARED.c.custom_plans)
    plans = {statement: (generic, custom) for statement, generic, custom in db.rows(kept, {}, plan_once=True)}
    searches = {s: p for s, p in plans.items() if "LIKE" in s}
    assert len(searches) == 2  # the page and the count, each prepared at its first call
    assert all(custom == 0 and generic >= 3 for generic, custom in searches.values())
    # The list as it opens ran on the other pool, whose statements are planned for their values.
    assert not any("LIKE" not in s and "work_orders" in s for s in plans)


def test_the_kept_plans_pool_reconnects_after_a_restart(db: Database, pg_server: PgServer) -> None:
    assert search_orders(db, OrderQuery(text="京A1"), limit=100) == []
    cut = pg_server.execute_scalar(
        "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
        f"WHERE datname = '{db.engine.url.database}' AND pid <> pg_backend_pid()"
    )
    assert cut >= 2  # both pools' connections
    assert search_orders(db, OrderQuery(text="京A1"), limit=100) == []
    assert db.rows(PLAN_MODE, {}, plan_once=True)[0][0] == "force_generic_plan"
