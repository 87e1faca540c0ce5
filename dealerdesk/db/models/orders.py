"""Work orders and their lines.

A work order keeps a snapshot of the customer and vehicle as typed at intake: a draft
may have no vehicle record yet, and paper must print what the customer signed even
after the customer record changes later.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from dealerdesk.db.base import Base, UTCDateTime, utcnow
from dealerdesk.domain.search_text import search_key

if TYPE_CHECKING:
    from dealerdesk.db.models.customers import Customer, Vehicle


class OrderNumberCounter(Base):
    """Last sequence number handed out per day; bumped inside the order's own write transaction."""

    __tablename__ = "order_number_counters"

    day: Mapped[str] = mapped_column(String(8), primary_key=True)  # YYYYMMDD, local date
    last: Mapped[int] = mapped_column(Integer, default=0)


class WorkOrderCount(Base):
    """How many orders are in a status, kept by triggers on work_orders (db/order_counts.py)."""

    __tablename__ = "work_order_counts"

    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer)


class WorkOrder(Base):
    __tablename__ = "work_orders"
    __table_args__ = (
        Index("ix_work_orders_status_promised", "status", "promised_at"),
        # The list's page of the statuses shown, newest first: its ids read off this index alone.
        Index("ix_work_orders_status_checked_in", "status", "checked_in_at", "id"),
        Index("ix_work_orders_created_at", "created_at"),
        # The list's default order (newest check-in first) reads its first page straight off this index.
        Index("ix_work_orders_checked_in_at", "checked_in_at"),
        # The care desk's figures count visits by day and car from this index alone (services/care/figures.py).
        Index("ix_work_orders_visits", "checked_in_at", "vehicle_id", "status", "category"),
        # The search's page among a vehicle's or customer's orders in check-in order, from the index alone
        # (services/orders/search.py); they also serve the plain look-ups by vehicle or customer.
        Index("ix_work_orders_vehicle_checked_in", "vehicle_id", "checked_in_at", postgresql_include=["id"]),
        Index("ix_work_orders_customer_checked_in", "customer_id", "checked_in_at", postgresql_include=["id"]),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    advisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))

    customer_name: Mapped[str] = mapped_column(Text, default="")
    # search_key(customer_name), kept in step by _keep_name_key (drafts are searched by it).
    customer_name_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    customer_mobile: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")  # empty: the owner brought the car
    contact_mobile: Mapped[str] = mapped_column(Text, default="")
    plate: Mapped[str] = mapped_column(Text, default="")
    # Said explicitly, so that a plate not typed yet in a draft never passes as "no plate".
    no_plate: Mapped[bool] = mapped_column(Boolean, default=False)  # new car without plate (PDS)
    vin: Mapped[str] = mapped_column(Text, default="")
    make: Mapped[str] = mapped_column(Text, default="")
    model: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(Text, default="")
    mileage_in: Mapped[int | None] = mapped_column(Integer)
    fuel_level: Mapped[str | None] = mapped_column(String(4))
    category: Mapped[str | None] = mapped_column(String(32), index=True)
    payment_type: Mapped[str | None] = mapped_column(String(16))
    estimate_fen: Mapped[int | None] = mapped_column(Integer)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    promised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    valuables: Mapped[str] = mapped_column(Text, default="")
    damage_notes: Mapped[str] = mapped_column(Text, default="")
    customer_waits: Mapped[bool | None] = mapped_column(Boolean)
    wash: Mapped[bool] = mapped_column(Boolean, default=False)
    old_parts_returned: Mapped[bool] = mapped_column(Boolean, default=False)
    road_test_out_km: Mapped[int | None] = mapped_column(Integer)
    road_test_in_km: Mapped[int | None] = mapped_column(Integer)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)

    customer: Mapped[Customer | None] = relationship()
    vehicle: Mapped[Vehicle | None] = relationship()
    concerns: Mapped[list[Concern]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Concern.position"
    )
    labour_lines: Mapped[list[LabourLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="LabourLine.position"
    )
    parts_lines: Mapped[list[PartsLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="PartsLine.position"
    )
    extra_work: Mapped[list[ExtraWork]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="ExtraWork.recorded_at"
    )

    # Optimistic locking: a stale save raises StaleDataError, turned into a ConflictError by the service.
    __mapper_args__ = {"version_id_col": version}

    @validates("customer_name")
    def _keep_name_key(self, _field: str, value: str) -> str:
        self.customer_name_key = search_key(value)
        return value


class Concern(Base):
    """One customer request, verbatim (客户描述)."""

    __tablename__ = "concerns"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    order: Mapped[WorkOrder] = relationship(back_populates="concerns")


class LabourLine(Base):
    __tablename__ = "labour_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(Text)
    hours_x100: Mapped[int] = mapped_column(Integer)  # labour hours in hundredths
    rate_fen: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # A prepaid package or a voucher chosen for this line (at most one of the two).
    package_sale_id: Mapped[int | None] = mapped_column(ForeignKey("package_sales.id"), index=True)
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), index=True)

    order: Mapped[WorkOrder] = relationship(back_populates="labour_lines")


class PartsLine(Base):
    __tablename__ = "parts_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    part_no: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    quantity_x1000: Mapped[int] = mapped_column(Integer)  # thousandths: litres of oil are fractional
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    package_sale_id: Mapped[int | None] = mapped_column(ForeignKey("package_sales.id"), index=True)
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), index=True)

    order: Mapped[WorkOrder] = relationship(back_populates="parts_lines")


class ExtraWork(Base):
    """Extra work found during the job (二次增修) with the customer's approval."""

    __tablename__ = "extra_work"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    amount_fen: Mapped[int] = mapped_column(Integer)
    new_promised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    approver_name: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(16))
    approved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[WorkOrder] = relationship(back_populates="extra_work")
