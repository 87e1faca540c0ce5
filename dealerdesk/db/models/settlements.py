"""Settlements at delivery (结算): the final lines with their payers, the payments, the invoice request.

A settlement is never edited: a correction is a new settlement (the next ``seq``) that names
the one it corrects and why; the newest is the order's current settlement. Payments made
later against an open balance are added rows. Database triggers keep all three tables
append-only and lock a settled order's lines.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class Settlement(Base):
    __tablename__ = "settlements"
    __table_args__ = (UniqueConstraint("order_id", "seq", name="uq_settlements_order_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)  # 1, then each correction
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("settlements.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text, default="")  # a correction's reason
    estimate_fen: Mapped[int | None] = mapped_column(Integer)
    gross_fen: Mapped[int] = mapped_column(Integer)
    discount_fen: Mapped[int] = mapped_column(Integer)
    net_fen: Mapped[int] = mapped_column(Integer)
    customer_fen: Mapped[int] = mapped_column(Integer)  # the customer's share
    change_fen: Mapped[int] = mapped_column(Integer)
    approval_name: Mapped[str] = mapped_column(String(100), default="")  # over the estimate: who approved
    open_balance_allowed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    vat_rate_pct: Mapped[int | None] = mapped_column(Integer)  # the VAT shown in the prices; None: not shown
    invoice_kind: Mapped[str | None] = mapped_column(String(12))
    invoice_title: Mapped[str] = mapped_column(String(200), default="")
    invoice_tax_id: Mapped[str] = mapped_column(String(20), default="")
    settled_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    settled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    lines: Mapped[list[SettlementLine]] = relationship(order_by="SettlementLine.position")
    payments: Mapped[list[SettlementPayment]] = relationship(order_by="SettlementPayment.id")


class SettlementLine(Base):
    __tablename__ = "settlement_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(200))
    amount_fen: Mapped[int] = mapped_column(Integer)
    discount_fen: Mapped[int] = mapped_column(Integer)
    payer: Mapped[str] = mapped_column(String(12))
    claim_no: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(8), server_default="")  # labour / parts / order (a discount)
    # Set when the settlement changed the order's amount for the line: the order's amount, and why.
    order_amount_fen: Mapped[int | None] = mapped_column(Integer)
    change_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class SettlementPayment(Base):
    __tablename__ = "settlement_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id"), index=True)
    method: Mapped[str] = mapped_column(String(12))
    amount_fen: Mapped[int] = mapped_column(Integer)
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
