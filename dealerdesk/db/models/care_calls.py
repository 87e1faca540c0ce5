"""Customer care desk: follow-up calls, the data-to-fix queue, and each vehicle's status of the day."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class CareCall(Base):
    """One follow-up call (招揽) about one vehicle, with its coded outcome (domain/care_calls.py)."""

    __tablename__ = "care_calls"
    __table_args__ = (
        # The monthly figures count calls per person and month; the vehicle page lists a car's calls.
        Index("ix_care_calls_by_called_at", "called_by_id", "called_at"),
        Index("ix_care_calls_vehicle_called_at", "vehicle_id", "called_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    called_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    called_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    phone: Mapped[str] = mapped_column(Text, default="")  # the number dialled, as it was on file
    outcome: Mapped[str] = mapped_column(String(24))  # CallOutcome
    outcome_class: Mapped[str] = mapped_column(String(16), index=True)  # OutcomeClass, kept for counting
    reasons: Mapped[str] = mapped_column(Text, default="")  # why the car was on the list (CallReason codes, ",")
    promised_on: Mapped[date | None] = mapped_column(Date)  # the visit the customer promised
    next_call_on: Mapped[date | None] = mapped_column(Date)
    other_shop: Mapped[str] = mapped_column(Text, default="")  # which shop the car goes to instead
    other_reason: Mapped[str] = mapped_column(Text, default="")  # and why
    note: Mapped[str] = mapped_column(Text, default="")


class CareDataFix(Base):
    """A record to correct, raised by a call (wrong or empty number, car sold); resolved by someone."""

    __tablename__ = "care_data_fixes"
    __table_args__ = (
        # One open fix of a kind per vehicle: a second wrong-number call does not queue it twice.
        Index(
            "uq_care_data_fixes_open",
            "vehicle_id",
            "kind",
            unique=True,
            sqlite_where=text("resolved_at IS NULL"),
            postgresql_where=text("resolved_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("care_calls.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # FixKind
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str] = mapped_column(Text, default="")


class CareStatus(Base):
    """Each vehicle's care status and due prediction, recomputed once a day (domain/care_rules.py).

    Kept in a table so that the daily call list and the segments read 60k vehicles' status
    without replaying their history; today's call list is the rows with ``listed_on`` today,
    dealt to the customer-care users at the day's recomputation.
    """

    __tablename__ = "care_status"
    __table_args__ = (Index("ix_care_status_list", "listed_on", "assigned_to_id", "priority"),)

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    status: Mapped[str] = mapped_column(String(24), index=True)  # CareStatusCode
    due_kind: Mapped[str | None] = mapped_column(String(16))  # first_service / periodic
    due_on: Mapped[date | None] = mapped_column(Date)
    due_km: Mapped[int | None] = mapped_column(Integer)
    est_km: Mapped[int | None] = mapped_column(Integer)  # the odometer predicted for the day computed
    km_per_day_x10: Mapped[int | None] = mapped_column(Integer)  # tenths of a km per day
    km_per_day_own: Mapped[bool] = mapped_column(Boolean, default=False)  # from its own readings, not the default
    sale_on: Mapped[date | None] = mapped_column(Date)
    last_visit_on: Mapped[date | None] = mapped_column(Date)
    visits_12m: Mapped[int] = mapped_column(Integer, default=0)  # visits in the last 12 months
    reasons: Mapped[str] = mapped_column(Text, default="")  # CallReason codes, ","
    priority: Mapped[int] = mapped_column(Integer, default=0)  # higher: called first
    listed_on: Mapped[date | None] = mapped_column(Date)  # the day's call list it is on
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    computed_on: Mapped[date] = mapped_column(Date)


class CareStatusDay(Base):
    """The days the status was recomputed: the first workstation to open the care desk on a day does it."""

    __tablename__ = "care_status_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    run_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    vehicles: Mapped[int] = mapped_column(Integer, default=0)
    listed: Mapped[int] = mapped_column(Integer, default=0)
