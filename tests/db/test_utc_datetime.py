"""UTCDateTime: aware UTC in, naive UTC stored, aware UTC out, on both backends.

SQLite's values are parsed straight from the stored text (issue 14: a list reads thousands);
text written outside SQLAlchemy (a date alone, whole seconds, an offset) still reads as UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, select

from dealerdesk.db.base import UTCDateTime
from dealerdesk.db.database import Database

_metadata = MetaData()
_times = Table("utc_times_probe", _metadata, Column("id", Integer, primary_key=True), Column("at", UTCDateTime))


@pytest.mark.both_backends
def test_aware_times_come_back_equal_and_in_utc(db: Database) -> None:
    china = timezone(timedelta(hours=8))
    written = [
        datetime(2026, 3, 1, 12, 34, 56, 123456, tzinfo=UTC),
        datetime(2026, 3, 1, 12, 34, 56, tzinfo=UTC),  # no microseconds: stored without a fraction
        datetime(2026, 3, 1, 20, 0, tzinfo=china),
        None,
    ]
    with db.engine.begin() as conn:
        _metadata.create_all(conn)
        conn.execute(_times.insert(), [{"id": i, "at": at} for i, at in enumerate(written)])
        read = conn.execute(select(_times.c.at).order_by(_times.c.id)).scalars().all()
        _metadata.drop_all(conn)
    assert read == written
    assert [at.tzinfo for at in read if at is not None] == [UTC, UTC, UTC]
    assert read[2] is not None and read[2].hour == 12  # 20:00 in China is 12:00 UTC


@pytest.mark.sqlite_only
def test_text_written_outside_sqlalchemy_reads_as_utc(db: Database) -> None:
    stored = ["2026-03-01 12:34:56.123456", "2026-03-01 12:34:56", "2026-03-01", "2026-03-01 12:34:56+00:00"]
    with db.engine.begin() as conn:
        _metadata.create_all(conn)
        for i, text in enumerate(stored):
            conn.exec_driver_sql("INSERT INTO utc_times_probe (id, at) VALUES (?, ?)", (i, text))
        read = conn.execute(select(_times.c.at).order_by(_times.c.id)).scalars().all()
        _metadata.drop_all(conn)
    assert read == [
        datetime(2026, 3, 1, 12, 34, 56, 123456, tzinfo=UTC),
        datetime(2026, 3, 1, 12, 34, 56, tzinfo=UTC),
        datetime(2026, 3, 1, tzinfo=UTC),
        datetime(2026, 3, 1, 12, 34, 56, tzinfo=UTC),
    ]
    assert all(at is not None and at.tzinfo is UTC for at in read)
