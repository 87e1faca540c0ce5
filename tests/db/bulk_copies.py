"""Many orders or QC rounds quickly: copies of rows the services wrote, made in SQL.

Going through the services costs a signature (a password hash) per level: a thousand
orders in QC would take minutes. The copies are exact, with ids shifted past the
originals, so every rule the services applied holds for them as well. The QC triggers
are dropped during the copy and re-created from their own DDL afterwards (as the bench
generator does): they refuse signatures on rounds that have already ended.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from dealerdesk.db.database import Database

ORDER_CHILDREN = ("concerns", "labour_lines", "parts_lines", "extra_work")


def _columns(conn: Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]


def _stride(conn: Connection, table: str) -> int:
    return int(conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar_one())


def _copy(conn: Connection, table: str, where: str, copies: int, exprs: dict[str, str]) -> None:
    columns = _columns(conn, table)
    select = ", ".join(exprs.get(c, c) for c in columns)
    conn.exec_driver_sql(
        f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {copies}) "
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select} FROM {table}, k WHERE {where}"
    )


def _without_triggers(db: Database, work: Callable[[Connection], None]) -> None:
    with db.engine.begin() as conn:
        triggers = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
        for name, _sql in triggers:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        work(conn)
        for _name, sql in triggers:
            conn.exec_driver_sql(sql)


def _round_rows(conn: Connection, where: str, copies: int, exprs: dict[str, str]) -> None:
    """Copy the rounds matching ``where`` with their signatures and answers."""
    rounds, signoffs, results = (_stride(conn, t) for t in ("qc_rounds", "qc_signoffs", "qc_item_results"))
    round_ids = f"SELECT id FROM qc_rounds WHERE {where}"
    _copy(conn, "qc_rounds", where, copies, {"id": f"id + k.n * {rounds}", **exprs})
    _copy(conn, "qc_signoffs", f"round_id IN ({round_ids})", copies,
          {"id": f"id + k.n * {signoffs}", "round_id": f"round_id + k.n * {rounds}"})  # fmt: skip
    _copy(conn, "qc_item_results", f"round_id IN ({round_ids})", copies, {
        "id": f"id + k.n * {results}",
        "round_id": f"round_id + k.n * {rounds}",
        "signoff_id": f"signoff_id + k.n * {signoffs}",
    })  # fmt: skip


def copy_orders(db: Database, copies: int) -> None:
    """Every order, ``copies`` times more, with its lines, QC rounds, signatures, answers and rework records."""

    def work(conn: Connection) -> None:
        orders = _stride(conn, "work_orders")
        moved = f"order_id + k.n * {orders}"
        _copy(conn, "work_orders", f"id <= {orders}", copies,
              {"id": f"id + k.n * {orders}", "number": f"'C' || (id + k.n * {orders})"})  # fmt: skip
        for table in ORDER_CHILDREN:
            _copy(conn, table, f"order_id <= {orders}", copies, {"id": f"id + k.n * {_stride(conn, table)}",
                                                                   "order_id": moved})  # fmt: skip
        rounds = _stride(conn, "qc_rounds")
        _round_rows(conn, f"order_id <= {orders}", copies, {"order_id": moved})
        _copy(conn, "rework_records", f"original_order_id <= {orders}", copies, {
            "id": f"id + k.n * {_stride(conn, 'rework_records')}",
            "original_order_id": f"original_order_id + k.n * {orders}",
            "rework_order_id": f"rework_order_id + k.n * {orders}",
            "qc_round_id": f"qc_round_id + k.n * {rounds}",
        })  # fmt: skip

    _without_triggers(db, work)


def copy_ended_rounds(db: Database, order_id: int, copies: int) -> None:
    """The order's ended rounds again, ``copies`` times, numbered after its newest round, which stays newest
    (round numbers are shifted: the copies come before it)."""

    def work(conn: Connection) -> None:
        top = int(conn.exec_driver_sql(f"SELECT max(round_no) FROM qc_rounds WHERE order_id = {order_id}").scalar_one())
        step = top * copies
        # Move the newest round past the copies, then fill the gap with copies of the ended ones.
        conn.exec_driver_sql(
            f"UPDATE qc_rounds SET round_no = round_no + {step} WHERE order_id = {order_id} AND round_no = {top}"
        )
        ended = f"order_id = {order_id} AND round_no < {top}"
        _round_rows(conn, ended, copies, {"round_no": f"round_no + k.n * {top}"})

    _without_triggers(db, work)
