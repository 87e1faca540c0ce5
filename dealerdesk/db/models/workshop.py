"""The workshop floor: parts issued to an order and taken back (出库/退库), and what the self-check said of them.

Movements are append-only (a trigger refuses UPDATE and DELETE): a mistaken issue is
corrected by a return, so the record of what left stores is never rewritten. Parts are
keyed by part number, not by parts line, because a part issued is the same part whichever line asked for it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class PartsMovement(Base):
    __tablename__ = "parts_movements"
    __table_args__ = (
        CheckConstraint("quantity_x1000 > 0", name="quantity_positive"),
        CheckConstraint("kind IN ('issue', 'return')", name="kind_known"),
        Index("ix_parts_movements_order_part", "order_id", "part_no"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"))
    slip_no: Mapped[str] = mapped_column(String(32), index=True)  # one printed slip per act of the clerk
    kind: Mapped[str] = mapped_column(String(8))
    part_no: Mapped[str] = mapped_column(Text)
    part_name: Mapped[str] = mapped_column(Text)
    quantity_x1000: Mapped[int] = mapped_column(Integer)
    technician_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # received it, or brought it back
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    reason: Mapped[str | None] = mapped_column(String(16))  # returns only
    note: Mapped[str] = mapped_column(Text, default="")


class PartAccount(Base):
    """The technician's word on one part number of an order: how many were fitted, and the old part."""

    __tablename__ = "part_accounts"
    __table_args__ = (CheckConstraint("fitted_x1000 >= 0", name="fitted_not_negative"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), primary_key=True)
    part_no: Mapped[str] = mapped_column(Text, primary_key=True)
    fitted_x1000: Mapped[int] = mapped_column(Integer)
    old_part: Mapped[str] = mapped_column(String(16))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Discount(Base):
    """A discount on one line or on the whole order, with its reason and, above the limit, who approved it."""

    __tablename__ = "discounts"
    __table_args__ = (CheckConstraint("amount_fen > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    target: Mapped[str] = mapped_column(String(8))  # order / labour / parts
    # The line by its id (its row moves when the order's lines are edited); both None for the order.
    labour_line_id: Mapped[int | None] = mapped_column(ForeignKey("labour_lines.id"), index=True)
    parts_line_id: Mapped[int | None] = mapped_column(ForeignKey("parts_lines.id"), index=True)
    line_label: Mapped[str] = mapped_column(Text, default="")  # the operation or part, as it was
    base_fen: Mapped[int] = mapped_column(Integer)  # what it was taken off
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    given_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class JobClockEvent(Base):
    """One technician's start, pause, resume or finish on a labour line, confirmed by their PIN.

    The line is named by its id, never its row (a line inserted before it moves the row), with
    the operation as it read, so a report still names it after the line was edited. NULL only
    for events converted from the row numbers of old, whose line had already gone.
    """

    __tablename__ = "job_clock_events"
    __table_args__ = (Index("ix_job_clock_events_line_technician", "labour_line_id", "technician_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"))
    labour_line_id: Mapped[int | None] = mapped_column(ForeignKey("labour_lines.id"))
    operation: Mapped[str] = mapped_column(Text)
    technician_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str | None] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class CustomerNotice(Base):
    """The advisor told the customer the work runs late: when, how, the new promised time."""

    __tablename__ = "customer_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    cause: Mapped[str] = mapped_column(String(16))  # overrun / late
    # Overrun: the ids of the labour lines told of, "12,15" (ids: a row number moves when lines are edited).
    line_ids: Mapped[str] = mapped_column(String(200), default="")
    told_at: Mapped[datetime] = mapped_column(UTCDateTime)
    method: Mapped[str] = mapped_column(String(16))
    old_promised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    new_promised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
