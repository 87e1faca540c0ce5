"""The orders per status kept by triggers (db/order_counts.py) and the list's counts and first page
read from them (issue 13: PostgreSQL's exact count(*) over every order took 6-15 ms at 150,000).

Whatever writes an order (a service, a script, raw SQL), the kept counts equal a real count, on
both backends; the list counts a status-only query from them and reads its page's ids off the
(status, checked-in, id) index, with the same rows, order and pages as before.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from dealerdesk.db.database import Database, open_database
from dealerdesk.db.models import WorkOrder
from dealerdesk.domain.order_rules import OrderInput
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.orders.search import (
    CLOSED_STATUSES,
    OrderCounts,
    OrderQuery,
    SortColumn,
    count_orders,
    count_with_due,
    search_orders,
)
from dealerdesk.services.orders.work_orders import cancel_order, dispatch_to_workshop, open_order, save_draft
from tests.db.raw_sql import raw_connection
from tests.helpers import UserSet, statements
from tests.order_samples import complete_order

ACTIVE = frozenset(OrderStatus) - CLOSED_STATUSES


def kept(db: Database) -> dict[str, int]:
    with raw_connection(db) as conn:
        return {s: n for s, n in conn.execute("SELECT status, orders FROM work_order_counts").fetchall() if n}


def real(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {st: n for st, n in s.execute(select(WorkOrder.status, func.count()).group_by(WorkOrder.status))}


@pytest.fixture
def orders(db: Database, people: UserSet) -> list[int]:
    """Seven orders checked in an hour apart (two on the same minute), in four statuses."""
    base = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    ids = []
    for i in range(6):
        at = base + timedelta(hours=min(i, 4))  # the last two share a check-in time: ties go by id
        data = complete_order(checked_in_at=at, plate=f"川A1234{i}", mileage=10_000 + i, technician_id=people.tech.id)
        ids.append(open_order(db, people.advisor if i % 2 else people.advisor2, data).id)
    dispatch_to_workshop(db, people.advisor, ids[1])
    cancel_order(db, people.advisor, ids[2], "客户取消")
    ids.append(save_draft(db, people.advisor, OrderInput(customer_name="赵六", plate="川C99999")).id)
    return ids


def test_the_kept_counts_follow_every_write(db: Database, people: UserSet, orders: list[int]) -> None:
    assert kept(db) == real(db) == {"open": 4, "in_workshop": 1, "cancelled": 1, "draft": 1}
    with raw_connection(db) as conn:  # as a script or a database tool would
        conn.execute("UPDATE work_orders SET status = 'awaiting_qc' WHERE id = ?", (orders[1],))
        conn.execute("UPDATE work_orders SET model = 'X3' WHERE id = ?", (orders[0],))  # status unchanged
        conn.execute("DELETE FROM work_orders WHERE id = ?", (orders[6],))
    assert kept(db) == real(db) == {"open": 4, "awaiting_qc": 1, "cancelled": 1}
    save_draft(db, people.advisor, OrderInput(customer_name="钱七", plate="川C88888"))
    assert kept(db) == real(db) == {"open": 4, "awaiting_qc": 1, "cancelled": 1, "draft": 1}


def test_a_status_only_count_reads_the_kept_counts_and_equals_a_real_count(
    db: Database, people: UserSet, orders: list[int]
) -> None:
    for statuses in (frozenset(), ACTIVE, frozenset({OrderStatus.OPEN}), frozenset({OrderStatus.DELIVERED})):
        query = OrderQuery(statuses=statuses)
        with statements(db) as seen:
            total = count_orders(db, query)
        assert len(seen) == 1 and "work_order_counts" in seen[0], seen
        with db.read() as s:
            where = [WorkOrder.status.in_([st.value for st in statuses])] if statuses else []
            assert total == s.scalar(select(func.count()).select_from(WorkOrder).where(*where))
    assert count_orders(db, OrderQuery()) == 7
    assert count_orders(db, OrderQuery(statuses=ACTIVE)) == 6
    # Five were promised on 2 March: all due now; the draft has no promise, the cancelled one is closed.
    assert count_with_due(db, OrderQuery(statuses=ACTIVE), datetime.now(UTC)) == OrderCounts(6, 5)
    assert count_with_due(db, OrderQuery(), datetime(2026, 1, 1, tzinfo=UTC)) == OrderCounts(7, 0)
    # Any other filter counts the orders themselves.
    with statements(db) as seen:
        assert count_orders(db, OrderQuery(advisor_id=people.advisor.id)) == 4
    assert "work_order_counts" not in seen[0]


@pytest.mark.parametrize("statuses", [frozenset(), ACTIVE, frozenset({OrderStatus.OPEN})])
def test_the_page_has_the_same_rows_in_the_same_order_on_every_sort(
    db: Database, orders: list[int], statuses: frozenset[OrderStatus]
) -> None:
    """Ids first (off the index), then their rows: compared with the rows sorted in one statement."""
    with db.read() as s:
        where = [WorkOrder.status.in_([st.value for st in statuses])] if statuses else []
        for column in SortColumn:
            if column is SortColumn.ADVISOR:
                continue  # sorted on the joined advisor's name: read in one statement as before
            key = getattr(WorkOrder, {"customer": "customer_name", "mobile": "customer_mobile",
                                      "checked_in": "checked_in_at", "promised": "promised_at",
                                      "estimate": "estimate_fen"}.get(column.value, column.value))  # fmt: skip
            for descending in (False, True):
                order = [key.desc(), WorkOrder.id.desc()] if descending else [key.asc(), WorkOrder.id.asc()]
                expected = list(s.scalars(select(WorkOrder.id).where(*where).order_by(*order)))
                query = OrderQuery(statuses=statuses, sort_by=column, descending=descending)
                pages = [search_orders(db, query, limit=3, offset=n) for n in (0, 3, 6)]
                assert [r.id for page in pages for r in page] == expected, (column, descending)


def test_four_workstations_moving_orders_at_once_leave_exact_counts(db: Database, people: UserSet) -> None:
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def workstation(index: int) -> None:
        own = open_database(db.url)  # each PC has its own engine and connections
        try:
            start.wait()
            for n in range(4):
                data = complete_order(plate=f"川B{index}{n}345", technician_id=people.tech.id)
                opened = open_order(own, people.advisor, data)
                if n % 2:
                    dispatch_to_workshop(own, people.advisor, opened.id)
                else:
                    cancel_order(own, people.advisor, opened.id, "客户取消")
        except BaseException as exc:  # reported below, with the thread's own traceback
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=workstation, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert kept(db) == real(db) == {"in_workshop": 8, "cancelled": 8}


def test_drift_is_read_in_one_statement(db: Database, orders: list[int]) -> None:
    """Two SELECTs would see another workstation's save between them as drift (PostgreSQL, READ COMMITTED:
    the review found 175 false reports in 1,777 checks while an order moved back and forth)."""
    from dealerdesk.db import order_counts

    with db.engine.connect() as conn:
        assert order_counts.drift(conn) == []
    with raw_connection(db) as raw:
        raw.execute("UPDATE work_order_counts SET orders = orders + 2 WHERE status = 'open'")
    with statements(db) as seen, db.engine.connect() as conn:
        wrong = order_counts.drift(conn)
    assert wrong == [("open", real(db)["open"] + 2, real(db)["open"])]
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 1
