"""``db copy``: a whole database to the other backend and back, verified, guards intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from dealerdesk.db.base import Base
from dealerdesk.db.copy import copy_database, table_checksum
from dealerdesk.db.database import Database, open_database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.orders import work_orders
from tests.conftest import PgServer
from tests.db.qc_helpers import deliver_order
from tests.db.raw_sql import raw_connection, refused_errors
from tests.helpers import UserSet
from tests.order_samples import complete_order


def checksums(db: Database) -> dict[str, tuple[int, str]]:
    with db.engine.connect() as conn:
        return {t.name: table_checksum(conn, t) for t in Base.metadata.sorted_tables}


@pytest.fixture
def other_backend(backend: str, pg_server: PgServer, tmp_path: Path) -> str:
    """A new, empty database on the other backend."""
    if backend == "sqlite":
        name = pg_server.create()
        return pg_server.url_of(name)
    return f"sqlite:///{tmp_path / 'copy.sqlite'}"


def test_copy_there_and_back_keeps_everything(
    db: Database, people: UserSet, other_backend: str, tmp_path: Path, pg_server: PgServer
) -> None:
    deliver_order(db, people, hours_ago=30, promised_in=8)
    work_orders.save_draft(db, people.advisor, complete_order())
    original = checksums(db)
    assert original["audit_log"][0] > 5 and original["qc_item_results"][0] > 10

    seen: list[tuple[str, int, int]] = []
    there = copy_database(db.url, other_backend, lambda t, done, total: seen.append((t, done, total)))
    assert {t.table: (t.rows, t.checksum) for t in there.tables} == original
    assert ("audit_log", original["audit_log"][0], original["audit_log"][0]) in seen

    back_url = f"sqlite:///{tmp_path / 'back.sqlite'}" if db.is_sqlite else pg_server.url_of(pg_server.create())
    copy_database(other_backend, back_url)
    back = open_database(back_url)
    try:
        assert checksums(back) == original  # the audit log arrives unchanged, both ways
        assert planned_with_statistics(back) and planned_with_statistics(open_database(other_backend))
        # The copy is a working database: new ids follow the copied ones, the guards are back on.
        highest = max(order_ids(back))
        assert work_orders.open_order(back, people.advisor, complete_order(mileage=90_000)).id == highest + 1
        with raw_connection(back) as raw, pytest.raises(refused_errors(), match="append-only"):
            raw.execute("DELETE FROM audit_log")
    finally:
        back.dispose()


def planned_with_statistics(db: Database) -> bool:
    """The copy ran ANALYZE (and on PostgreSQL VACUUM) itself, not left to autovacuum."""
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                return bool(
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'work_orders'").scalar()
                )
            row = conn.exec_driver_sql(
                "SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname = 'work_orders'"
            ).scalar()
            return bool(row)
    finally:
        db.dispose()


def order_ids(db: Database) -> list[int]:
    with db.engine.connect() as conn:
        return list(conn.execute(text("SELECT id FROM work_orders")).scalars())


def test_a_target_holding_data_is_refused_and_untouched(db: Database, people: UserSet, tmp_path: Path) -> None:
    target = tmp_path / "used.sqlite"
    copy_database(db.url, f"sqlite:///{target}")
    used = open_database(f"sqlite:///{target}")
    before = checksums(used)
    used.dispose()
    with pytest.raises(DealerDeskError, match="already holds data"):
        copy_database(db.url, f"sqlite:///{target}")
    used = open_database(f"sqlite:///{target}")
    assert checksums(used) == before
    used.dispose()


def test_a_workstation_saving_during_the_copy_neither_tears_it_nor_fails_its_check(
    db: Database, people: UserSet, other_backend: str
) -> None:
    deliver_order(db, people, hours_ago=30, promised_in=8)
    before = checksums(db)
    saved: list[int] = []

    def progress(table: str, done: int, _total: int) -> None:
        # Halfway through, another workstation opens an order: orders, concerns, lines, audit rows.
        if table == "concerns" and done == 0 and not saved:
            saved.append(work_orders.open_order(db, people.advisor, complete_order(mileage=70_000)).id)

    report = copy_database(db.url, other_backend, progress)
    assert saved  # the save went through while the copy held its snapshot
    assert {t.table: (t.rows, t.checksum) for t in report.tables} == before  # the database as the copy began
    copied = open_database(other_backend)
    try:
        assert saved[0] not in order_ids(copied) and checksums(copied) == before
    finally:
        copied.dispose()
