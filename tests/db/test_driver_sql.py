"""Database.rows: the same rows as SQLAlchemy's own execution, one statement seen by the events.

On SQLite the statement runs as driver SQL with its conversions applied by db/driver_sql.py
(aware datetimes both ways, literals bound as parameters); a list parameter (``IN`` of an
expanding parameter) falls back to SQLAlchemy's execution. On PostgreSQL it is SQLAlchemy's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import bindparam, event, func, select

from dealerdesk.db.database import Database
from dealerdesk.db.driver_sql import driver_statement
from dealerdesk.db.models import WorkOrder
from dealerdesk.domain.order_rules import OrderInput
from dealerdesk.services.orders.work_orders import open_order, save_draft
from tests.helpers import UserSet, statements
from tests.order_samples import complete_order

CHECKED_IN = datetime(2026, 3, 5, 1, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture
def made(db: Database, people: UserSet) -> None:
    open_order(db, people.advisor, complete_order(plate="川A12345", checked_in_at=CHECKED_IN))
    save_draft(db, people.advisor, OrderInput(customer_name="赵六", plate="川C99999"))  # no promised time: NULL


def reference(db: Database, statement: object, params: dict[str, object]) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(statement, params)]  # type: ignore[call-overload]


def test_rows_are_sqlalchemys_rows(db: Database, made: None) -> None:
    statement = (
        select(WorkOrder.number, WorkOrder.checked_in_at, WorkOrder.promised_at, func.coalesce(WorkOrder.plate, "-"))
        .where(WorkOrder.created_at >= bindparam("since"))
        .order_by(WorkOrder.id)
        .limit(bindparam("limit"))
    )
    params = {"since": CHECKED_IN - timedelta(days=3650), "limit": 10}
    with statements(db) as seen:
        rows = [tuple(r) for r in db.rows(statement, params)]
    assert rows == reference(db, statement, params)
    assert rows[0][1] == CHECKED_IN and rows[0][1].tzinfo is not None  # aware, to the microsecond
    assert rows[1][2] is None  # the draft has no promised time: NULL stays None
    assert len(seen) == 1  # one statement, seen by the engine's events (the benches replay it)
    assert rows[1][0].startswith("WO") and rows[1][3] == "川C99999"


def test_a_list_parameter_takes_sqlalchemys_way(db: Database, made: None) -> None:
    statement = select(WorkOrder.number).where(WorkOrder.status.in_(bindparam("statuses", expanding=True)))
    if db.is_sqlite:
        assert driver_statement(statement, db.engine.dialect) is None
    params = {"statuses": ["draft", "open"]}
    assert [tuple(r) for r in db.rows(statement, params)] == reference(db, statement, params)
    assert len(db.rows(statement, params)) == 2


@pytest.mark.sqlite_only  # the BEGIN is SQLite's (db/database.py); PostgreSQL's reads start their own
def test_one_select_needs_no_begin(db: Database, made: None) -> None:
    sent: list[str] = []

    def note(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        sent.append(sql)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        db.rows(select(WorkOrder.number), {})
        with db.read() as s:
            s.execute(select(WorkOrder.number))
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert [sql.split()[0] for sql in sent] == ["SELECT", "BEGIN", "SELECT"]  # a Session's read still begins
