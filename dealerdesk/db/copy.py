"""Copy a whole DealerDesk database to another, SQLite <-> PostgreSQL (``dealerdesk db copy``).

Moving an office from one PC's file to the server (or back) must carry everything — users,
orders, QC, rework, the audit log, settings — exactly. So the copy:

- refuses a source not at this version's schema and a target that already holds rows;
- creates the target's schema with the same migrations, then copies every table in
  foreign-key order, ids included, in one transaction (a failure leaves the target empty);
- switches the target's guard triggers off while copying (they check *changes*: a signed
  round inserted as history would be refused as "not in progress") and back on before the
  commit; on PostgreSQL it moves each id sequence past the copied ids;
- verifies each table afterwards: the row count and a SHA-256 over every row in id order,
  read back through the same column types on both sides. The audit log is one of them;
- reads the source in one transaction, copy and check alike: a workstation that saves while
  the copy runs changes neither (the target is the database as it was when the copy began).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, func, inspect, select
from sqlalchemy import table as sql_table

from dealerdesk.db import models  # noqa: F401 - registers every table on Base.metadata
from dealerdesk.db.base import Base
from dealerdesk.db.database import Database, open_database
from dealerdesk.db.migrate import HEAD_REVISION, current_revision, upgrade
from dealerdesk.db.search_index import is_index_table, rebuild_sql
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

BATCH = 2000

Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in the table


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str  # SHA-256 of the rows as read back from the target; equal to the source's


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    tables: list[TableCopy]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def copy_database(source_url: str, target_url: str, progress: Progress | None = None) -> CopyReport:
    source = open_database(source_url)
    target = None
    try:
        revision = current_revision(source)
        if revision != HEAD_REVISION:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The source database {name} is at schema {current}, this version needs {head}: "
                    "start DealerDesk on it once to migrate it, then copy.",
                ),
                name=source.display_name,
                current=revision or "-",
                head=HEAD_REVISION,
            )
        target = open_database(target_url)
        if source.display_name == target.display_name:
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "The source and the target are the same database."))
        _refuse_non_empty(target)
        upgrade(target)
        tables = Base.metadata.sorted_tables
        with _snapshot(source) as src:
            with target.engine.begin() as dst:
                _guards_off(dst)
                # Rows the migrations seed (the default package templates) make way for the source's own.
                for table in reversed(tables):
                    if dst.execute(select(func.count()).select_from(table)).scalar():
                        dst.execute(table.delete())
                for table in tables:
                    _copy_table(src, dst, table, progress)
                _guards_on(dst)
                _advance_sequences(dst, tables)
                if dst.dialect.name == "sqlite":  # the search index's triggers were off: index the rows once
                    for statement in rebuild_sql():
                        dst.exec_driver_sql(statement)
            with target.engine.connect() as dst:
                copied = [_verify(src, dst, table) for table in tables]
            # Statistics for the planner (and the pages marked all-visible for index-only scans) now,
            # not when autovacuum comes by: without them the first searches of the moved office ran
            # 16x slower at p95 (150k orders). ANALYZE on SQLite does the same for its planner.
            if target.is_sqlite:
                with target.engine.begin() as dst:
                    dst.exec_driver_sql("ANALYZE")
            else:  # VACUUM runs outside a transaction only
                with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as dst:
                    dst.exec_driver_sql("VACUUM ANALYZE")
        return CopyReport(source.display_name, target.display_name, copied)
    finally:
        source.dispose()
        if target is not None:
            target.dispose()


def _snapshot(source: Database) -> Connection:
    """One read transaction over the whole copy and its check: a workstation still saving meanwhile
    neither tears the copy (an order without its lines) nor fails the check; the target is the
    database as it was when the copy began. SQLite's BEGIN on a WAL file is such a snapshot already;
    PostgreSQL needs REPEATABLE READ (READ COMMITTED takes a new one per statement)."""
    conn = source.engine.connect()
    if conn.dialect.name == "postgresql":
        conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def _refuse_non_empty(target: Database) -> None:
    with target.engine.connect() as conn:
        names = sorted(n for n in inspect(conn).get_table_names() if n != "alembic_version" and not is_index_table(n))
        holding = [n for n in names if conn.execute(select(func.count()).select_from(sql_table(n))).scalar()]
    if holding:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The target database {name} already holds data ({tables}); nothing was copied. "
                "Copy into a new, empty database.",
            ),
            name=target.display_name,
            tables=", ".join(holding[:5]),
        )


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def _copy_table(src: Connection, dst: Connection, table: Table, progress: Progress | None) -> None:
    total = src.execute(select(func.count()).select_from(table)).scalar_one()
    done = 0
    if progress is not None:
        progress(table.name, done, total)
    result = src.execution_options(yield_per=BATCH).execute(_ordered(table))
    for rows in result.partitions(BATCH):
        dst.execute(table.insert(), [row._asdict() for row in rows])
        done += len(rows)
        if progress is not None:
            progress(table.name, done, total)


def _guards_off(dst: Connection) -> None:
    if dst.dialect.name == "postgresql":
        for table in Base.metadata.sorted_tables:
            dst.exec_driver_sql(f'ALTER TABLE "{table.name}" DISABLE TRIGGER USER')
        return
    rows = dst.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
    dst.info["dealerdesk_triggers"] = rows
    for name, _sql in rows:
        dst.exec_driver_sql(f'DROP TRIGGER "{name}"')


def _guards_on(dst: Connection) -> None:
    if dst.dialect.name == "postgresql":
        for table in Base.metadata.sorted_tables:
            dst.exec_driver_sql(f'ALTER TABLE "{table.name}" ENABLE TRIGGER USER')
        return
    for _name, sql in dst.info.pop("dealerdesk_triggers"):
        dst.exec_driver_sql(sql)


def _advance_sequences(dst: Connection, tables: list[Table]) -> None:
    """PostgreSQL hands out ids from a sequence that copied rows did not move."""
    if dst.dialect.name != "postgresql":
        return
    for table in tables:
        for column in table.primary_key.columns:
            sequence = dst.exec_driver_sql(
                f"SELECT pg_get_serial_sequence('\"{table.name}\"', '{column.name}')"
            ).scalar()
            if sequence:
                highest = f'SELECT coalesce(max("{column.name}"), 0) + 1 FROM "{table.name}"'
                dst.exec_driver_sql(f"SELECT setval('{sequence}', ({highest}), false)")


def _canonical(value: Any) -> str:
    """One spelling per value on both backends (bool vs 0/1, aware datetimes, None)."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return repr(value)


def table_checksum(conn: Connection, table: Table) -> tuple[int, str]:
    digest = hashlib.sha256()
    rows = 0
    for row in _rows(conn, table):
        digest.update("\x1f".join(_canonical(v) for v in row).encode("utf-8") + b"\x1e")
        rows += 1
    return rows, digest.hexdigest()


def _rows(conn: Connection, table: Table) -> Iterator[Any]:
    yield from conn.execution_options(yield_per=BATCH).execute(_ordered(table))


def _verify(src: Connection, dst: Connection, table: Table) -> TableCopy:
    expected, copied = table_checksum(src, table), table_checksum(dst, table)
    if expected != copied:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The copy of table {table} does not match its source ({source_rows} rows, {target_rows} copied): "
                "do not use the target.",
            ),
            table=table.name,
            source_rows=expected[0],
            target_rows=copied[0],
        )
    return TableCopy(table.name, copied[0], copied[1])
