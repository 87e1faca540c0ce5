"""How many work orders are in each status, kept by triggers in ``work_order_counts``.

The work-order list shows how many orders match. With no filter but the status, that is a sum
over a handful of rows here instead of ``count(*)`` over every order (PostgreSQL counts exactly
by visiting each row: 6-15 ms at 150,000 orders, ten times that at 1.5 million). The triggers
run inside the transaction that inserts, deletes or moves an order, so the counts are exact
for every reader. On PostgreSQL a status change takes its two counter rows in name order, so
two workstations moving orders in opposite directions cannot deadlock on them.

``dealerdesk db copy`` copies this table like any other (its triggers are off while it copies).
"""

from __future__ import annotations

from typing import Any

TABLE = "work_order_counts"
_FUNCTION = "work_order_counts_keep"
_ADD_SQLITE = (
    f"INSERT INTO {TABLE} (status, orders) VALUES ({{status}}, {{delta}}) "
    f"ON CONFLICT (status) DO UPDATE SET orders = orders + excluded.orders"
)


def fill_sql() -> str:
    """The counts from the orders as they are (the migration)."""
    return f"INSERT INTO {TABLE} (status, orders) SELECT status, count(*) FROM work_orders GROUP BY status"


def sqlite_ddl() -> list[str]:
    def add(status: str, delta: int) -> str:
        return _ADD_SQLITE.format(status=status, delta=delta)

    return [
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON work_orders BEGIN {add('NEW.status', 1)}; END",
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON work_orders BEGIN {add('OLD.status', -1)}; END",
        f"CREATE TRIGGER {TABLE}_status AFTER UPDATE OF status ON work_orders WHEN NEW.status IS NOT OLD.status "
        f"BEGIN {add('OLD.status', -1)}; {add('NEW.status', 1)}; END",
    ]


def sqlite_drop_ddl() -> list[str]:
    return [f"DROP TRIGGER {TABLE}_{event}" for event in ("insert", "delete", "status")]


def postgresql_ddl() -> list[str]:
    add = (
        f"INSERT INTO {TABLE} (status, orders) VALUES (%s, %s) "
        f"ON CONFLICT (status) DO UPDATE SET orders = {TABLE}.orders + excluded.orders"
    )
    body = (
        "BEGIN\n"
        "    IF TG_OP = 'INSERT' THEN\n"
        f"        {add % ('NEW.status', 1)};\n"
        "        RETURN NEW;\n"
        "    ELSIF TG_OP = 'DELETE' THEN\n"
        f"        {add % ('OLD.status', -1)};\n"
        "        RETURN OLD;\n"
        "    END IF;\n"
        "    -- Both rows locked in name order, whichever way the order moves: no deadlock between two saves.\n"
        "    IF OLD.status < NEW.status THEN\n"
        f"        {add % ('OLD.status', -1)};\n"
        f"        {add % ('NEW.status', 1)};\n"
        "    ELSE\n"
        f"        {add % ('NEW.status', 1)};\n"
        f"        {add % ('OLD.status', -1)};\n"
        "    END IF;\n"
        "    RETURN NEW;\n"
        "END"
    )
    return [
        f"CREATE FUNCTION {_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $body$\n{body}\n$body$",
        f"CREATE TRIGGER {TABLE}_insert_delete AFTER INSERT OR DELETE ON work_orders "
        f"FOR EACH ROW EXECUTE FUNCTION {_FUNCTION}()",
        f"CREATE TRIGGER {TABLE}_status AFTER UPDATE OF status ON work_orders "
        f"FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION {_FUNCTION}()",
    ]


def postgresql_drop_ddl() -> list[str]:
    return [
        f"DROP TRIGGER {TABLE}_status ON work_orders",
        f"DROP TRIGGER {TABLE}_insert_delete ON work_orders",
        f"DROP FUNCTION {_FUNCTION}()",
    ]


def drift(conn: Any) -> list[tuple[str, int, int]]:
    """(status, kept, counted) for every status whose kept count is not the orders' real count.

    The triggers keep the counts inside each write; what they cannot see is a write made with
    them switched off or, on PostgreSQL, a TRUNCATE. ``dealerdesk check`` reports it and
    ``dealerdesk db recount`` rebuilds the counts. One statement, so one snapshot: two SELECTs
    would see a workstation's save between them as drift (PostgreSQL, READ COMMITTED)."""
    rows = conn.exec_driver_sql(
        "SELECT status, sum(kept), sum(counted) FROM ("
        f"SELECT status, orders AS kept, 0 AS counted FROM {TABLE} "
        "UNION ALL SELECT status, 0, count(*) FROM work_orders GROUP BY status"
        ") AS both_sides GROUP BY status HAVING sum(kept) <> sum(counted) ORDER BY status"
    ).all()
    return [(status, int(kept), int(counted)) for status, kept, counted in rows]


def recount(conn: Any, is_sqlite: bool) -> list[tuple[str, int, int]]:
    """Rebuild the counts from the orders, in the caller's transaction; what was wrong, as ``drift`` says.

    On PostgreSQL the orders are locked against writes (reads go on) while they are counted, so
    no order moves between the count and the rows written; SQLite's caller holds the write lock."""
    if not is_sqlite:
        conn.exec_driver_sql("LOCK TABLE work_orders IN SHARE MODE")
    wrong = drift(conn)
    if wrong:
        conn.exec_driver_sql(f"DELETE FROM {TABLE}")
        conn.exec_driver_sql(fill_sql())
    return wrong
