"""Declarative base and column types shared by every model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Named constraints let Alembic's batch mode alter SQLite tables later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, naive UTC in SQLite, aware UTC out.

    SQLite drops time zones; storing naive UTC everywhere keeps ordering and
    comparisons right, and the UI converts to local time for display.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return _as_utc(value)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], datetime | None] | None:
        # SQLite hands back the stored text: parse it as UTC in one step, a few times faster than
        # the generic parse and then a replace(tzinfo) (a list reads thousands of these).
        if dialect.name == "sqlite":
            return _sqlite_utc
        return super().result_processor(dialect, coltype)


def _as_utc(value: datetime) -> datetime:
    """The naive UTC value made aware (combine: datetime.replace(tzinfo=...) is four times slower)."""
    return datetime.combine(value.date(), value.time(), UTC)


def _sqlite_utc(value: str | None) -> datetime | None:
    """SQLite's stored text (SQLAlchemy's ISO format, naive UTC) as an aware UTC datetime."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value + "+00:00")
        if parsed.tzinfo is not None:  # a date alone would read "+00:00" as its time
            return parsed
    except ValueError:  # text written outside SQLAlchemy with an offset already
        pass
    return _as_utc(datetime.fromisoformat(value))


def utcnow() -> datetime:
    return datetime.now(UTC)
