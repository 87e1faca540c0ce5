"""Another program holding the write lock: the save waits and says so, then succeeds or gives a clear message."""

from __future__ import annotations

import sqlite3
import threading
import time
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from dealerdesk.db.database import PG_WRITE_LOCK_KEY, Database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.orders import work_orders
from dealerdesk.services.orders.search import OrderQuery, count_orders
from tests.helpers import UserSet
from tests.order_samples import complete_order


def hold_write_lock(db: Database) -> Any:
    """Another program holding the write lock: BEGIN IMMEDIATE on SQLite, the advisory lock on PostgreSQL."""
    if db.is_sqlite:
        assert db.path is not None
        other = sqlite3.connect(db.path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        return other
    u = make_url(db.url)
    conn = psycopg.connect(dbname=u.database, user=u.username, host=u.host or u.query.get("host"))
    conn.execute(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})")
    return conn


def test_a_save_waits_for_the_lock_says_so_and_succeeds(db: Database, people: UserSet) -> None:
    waits: list[float | None] = []
    db.lock_wait = waits.append
    other = hold_write_lock(db)
    threading.Timer(1.6, other.rollback).start()
    started = time.monotonic()
    detail = work_orders.save_draft(db, people.advisor, complete_order())
    assert time.monotonic() - started >= 1.5
    assert detail.number and count_orders(db, OrderQuery()) == 1
    assert len(waits) >= 2 and waits[-1] is None and all(w is not None and w >= 0 for w in waits[:-1])
    other.close()


def test_past_the_patience_a_clear_message_and_nothing_half_written(db: Database, people: UserSet) -> None:
    db.lock_patience = 1.2
    waits: list[float | None] = []
    db.lock_wait = waits.append
    other = hold_write_lock(db)
    try:
        with pytest.raises(DealerDeskError) as err:
            work_orders.save_draft(db, people.advisor, complete_order())
        text = str(err.value)
        assert "Another workstation or program has kept the database busy" in text
        assert "locked" not in text
        assert waits[-1] is None
    finally:
        other.rollback()
        other.close()
    assert count_orders(db, OrderQuery()) == 0
    db.lock_wait = None
    assert work_orders.save_draft(db, people.advisor, complete_order()).number  # the next try works
