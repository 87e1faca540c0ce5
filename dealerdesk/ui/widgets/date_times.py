"""Aware datetimes (UTC in the services) to and from the local time a QDateTimeEdit shows; dates for QDateEdit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=UTC)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def local_text(value: datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def round_up_to_half_hour(value: datetime) -> datetime:
    """A promise the customer can remember: 10:37 + 2 h becomes 13:00."""
    value = value.replace(second=0, microsecond=0)
    extra = (30 - value.minute % 30) % 30
    return value + timedelta(minutes=extra)
