"""The manager's review: the daily document audit's runs, scope and findings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
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


class SatisfactionCall(Base):
    """One attempt to reach the customer after delivery (满意度回访); a reached one holds the five marks."""

    __tablename__ = "satisfaction_calls"
    __table_args__ = (
        # One reached call per order: the marks of an order are given once.
        Index(
            "uq_satisfaction_calls_reached",
            "order_id",
            unique=True,
            sqlite_where=text("outcome = 'reached'"),
            postgresql_where=text("outcome = 'reached'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    called_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    called_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    reception: Mapped[int | None] = mapped_column(Integer)
    quality: Mapped[int | None] = mapped_column(Integer)
    timeliness: Mapped[int | None] = mapped_column(Integer)
    price: Mapped[int | None] = mapped_column(Integer)
    overall: Mapped[int | None] = mapped_column(Integer)
    words: Mapped[str] = mapped_column(Text, default="")  # the customer's own words, verbatim


class Complaint(Base):
    """A complaint (投诉): what the customer said, the cause, who answers for it, apology and remedy."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), index=True)
    plate: Mapped[str] = mapped_column(Text, default="", index=True)
    vin: Mapped[str] = mapped_column(Text, default="", index=True)
    customer_name: Mapped[str] = mapped_column(Text, default="")
    customer_mobile: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("satisfaction_calls.id"))
    description: Mapped[str] = mapped_column(Text)
    cause: Mapped[str | None] = mapped_column(String(16))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    apology_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    apology_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    remedy: Mapped[str] = mapped_column(Text, default="")
    gift: Mapped[str] = mapped_column(Text, default="")
    close_by: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="open", index=True)  # open / closed
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class MeetingMinutes(Base):
    """The Monday meeting's minutes (周一例会纪要), kept with the week they discuss."""

    __tablename__ = "meeting_minutes"

    week_start: Mapped[date] = mapped_column(Date, primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    saved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


# The audit finds a day's orders by these times. Declared here, beside their one user, so the
# orders' and QC's own table definitions stay as they are.
Index("ix_work_orders_updated_at", WorkOrder.updated_at)
Index("ix_qc_signoffs_signed_at", QcSignoff.signed_at)
Index("ix_extra_work_recorded_at", ExtraWork.recorded_at)
