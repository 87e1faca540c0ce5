"""Prepaid packages, the per-vehicle package ledger, vouchers and extended-warranty contracts.

A sale copies its template's terms (price, rates per use, litres, contents): a template
changed later never changes what a customer bought. Sales, ledger rows and warranty
contracts are never edited or deleted (database triggers); a wrong row is reversed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class PackageTemplate(Base):
    __tablename__ = "package_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    price_fen: Mapped[int] = mapped_column(Integer)
    pay_pct: Mapped[str] = mapped_column(String(100))  # "90,80,70": what the customer pays per use, percent
    validity_days: Mapped[int] = mapped_column(Integer)
    oil_litres_x1000: Mapped[int] = mapped_column(Integer, default=0)  # litres of oil owed per use
    contents: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[kind, name, quantity_x1000], ...]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PackageSale(Base):
    """A package sold to a vehicle: its own record for finance, with the payment."""

    __tablename__ = "package_sales"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # PK20261202-0001
    template_id: Mapped[int] = mapped_column(ForeignKey("package_templates.id"))
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    name: Mapped[str] = mapped_column(String(100))
    price_fen: Mapped[int] = mapped_column(Integer)
    pay_pct: Mapped[str] = mapped_column(String(100))
    oil_litres_x1000: Mapped[int] = mapped_column(Integer)
    contents: Mapped[str] = mapped_column(Text)
    valid_until: Mapped[date] = mapped_column(Date)
    payment_method: Mapped[str] = mapped_column(String(16))
    sold_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    sold_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class PackageLedgerEntry(Base):
    """One movement of a vehicle's package: sale (+uses), use (-1), reversal (undoes one row), expiry."""

    __tablename__ = "package_ledger"
    __table_args__ = (Index("ix_package_ledger_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("package_sales.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    uses_delta: Mapped[int] = mapped_column(Integer)
    litres_x1000_delta: Mapped[int] = mapped_column(Integer)
    use_no: Mapped[int | None] = mapped_column(Integer)  # a use: which use of the package it was
    order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    discount_fen: Mapped[int] = mapped_column(Integer, default=0)
    # A row is reversed at most once (unique), and only by a reversal.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("package_ledger.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Voucher(Base):
    """One model for every voucher, whichever desk issues it (care, renewals, complaints, sales)."""

    __tablename__ = "vouchers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # V20261202-0001
    kind: Mapped[str] = mapped_column(String(12))  # value / service
    source: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str] = mapped_column(Text)
    value_fen: Mapped[int] = mapped_column(Integer, default=0)
    service: Mapped[str] = mapped_column(String(200), default="")
    pay_pct: Mapped[int] = mapped_column(Integer, default=0)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), index=True)
    valid_until: Mapped[date] = mapped_column(Date)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    redeemed_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    redeemed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    redeemed_discount_fen: Mapped[int | None] = mapped_column(Integer)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # a renewal gift taken back by a correction


class WarrantyExtension(Base):
    """An extended-warranty contract (延保) sold for a vehicle."""

    __tablename__ = "warranty_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    years: Mapped[int] = mapped_column(Integer)
    km: Mapped[int] = mapped_column(Integer)
    price_fen: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    end_km: Mapped[int] = mapped_column(Integer)
    sold_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    sold_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
