"""Customer care's campaigns: saved segments of the customer base and the loyalty rounds.

A segment is a named set of filters (stored as JSON), counted and exported again whenever it
is opened, so it always reflects today's records. A loyalty round (忠诚客户回馈) is one period
(a half-year or a year) whose most frequent visitors each got a free periodic-maintenance
voucher; the period is unique, so a period is never rewarded twice.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class CareSegment(Base):
    __tablename__ = "care_segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    filters: Mapped[str] = mapped_column(Text)  # JSON of domain.care_segments.SegmentFilters
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LoyaltyRound(Base):
    __tablename__ = "loyalty_rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(8), unique=True)  # "2026-H1" or "2026"
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    min_visits: Mapped[int] = mapped_column(Integer)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LoyaltyReward(Base):
    """One vehicle rewarded in a round, with the voucher it got and the visits that earned it."""

    __tablename__ = "loyalty_rewards"
    __table_args__ = (UniqueConstraint("round_id", "vehicle_id", name="uq_loyalty_rewards_round_vehicle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("loyalty_rounds.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("vouchers.id"), unique=True)
    visits: Mapped[int] = mapped_column(Integer)
