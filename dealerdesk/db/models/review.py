"""The manager's review: the daily document audit's runs, scope and findings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow
from dealerdesk.db.models.orders import ExtraWork, WorkOrder
from dealerdesk.db.models.qc import QcSignoff


class DocumentAuditRun(Base):
    """One run of the audit over one local day; a day may be audited again (the latest run counts)."""

    __tablename__ = "document_audit_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    rules_version: Mapped[int] = mapped_column(Integer)
    orders_checked: Mapped[int] = mapped_column(Integer)
    findings_new: Mapped[int] = mapped_column(Integer)
    run_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    run_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class DocumentAuditScope(Base):
    """Who took part in which audited order on which day: the base of each person's score."""

    __tablename__ = "document_audit_scope"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class DocumentFinding(Base):
    """One rule broken on one order, against one person; the manager accepts or excuses it (why)."""

    __tablename__ = "document_findings"
    __table_args__ = (
        # Auditing a day again adds only what is new: the same finding is found by its fingerprint.
        UniqueConstraint("day", "order_id", "rule", "fingerprint", name="uq_document_findings_same"),
        Index("ix_document_findings_day_status", "day", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    rule: Mapped[str] = mapped_column(String(32))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    message: Mapped[str] = mapped_column(Text)  # English source text, context "Messages"
    params: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    fingerprint: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="open")  # open / accepted / excused
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")


# The audit finds a day's orders by these times. Declared here, beside their one user, so the
# orders' and QC's own table definitions stay as they are.
Index("ix_work_orders_updated_at", WorkOrder.updated_at)
Index("ix_qc_signoffs_signed_at", QcSignoff.signed_at)
Index("ix_extra_work_recorded_at", ExtraWork.recorded_at)
