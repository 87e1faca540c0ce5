"""Insurance renewal (续保): policies per vehicle, the follow-up record per policy, its call log, the weekly plan.

Stage, outcome and loss-reason values are those of ``domain/renewal_rules.py``; CHECK constraints in
migration 0021 hold the rules any writer must keep (a lost record has a reason, a call log is append-only).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow
from dealerdesk.domain.renewal_rules import CONNECTED, CallOutcome, Stage


def _sql_list(values: Iterable[str]) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))


_STAGES = _sql_list(Stage)
_OUTCOMES = _sql_list(CallOutcome)
_CONNECTED = _sql_list(CONNECTED)
_DUE_IS_EARLIER = (
    "(due_on = compulsory_expiry OR due_on = commercial_expiry) "
    "AND (compulsory_expiry IS NULL OR due_on <= compulsory_expiry) "
    "AND (commercial_expiry IS NULL OR due_on <= commercial_expiry)"
)
_ELSEWHERE_NAMED = "loss_reason IS NULL OR loss_reason <> 'insured_elsewhere' OR loss_insurer <> ''"
_QUOTE_OK = (
    "(quote_premium_fen IS NULL OR quote_premium_fen > 0) AND (quote_discount_fen IS NULL OR quote_discount_fen >= 0)"
)


class InsurancePolicy(Base):
    """One vehicle's policy for one policy year (the year of its earlier expiry, ``due_on``)."""

    __tablename__ = "insurance_policies"
    __table_args__ = (
        UniqueConstraint("vehicle_id", "policy_year", name="uq_insurance_policies_vehicle_year"),
        # The weekly plan reads policies by due date.
        Index("ix_insurance_policies_due_on", "due_on"),
        CheckConstraint("premium_fen >= 0", name="premium_not_negative"),
        CheckConstraint("compulsory_expiry IS NOT NULL OR commercial_expiry IS NOT NULL", name="has_expiry"),
        CheckConstraint(_DUE_IS_EARLIER, name="due_is_earlier_expiry"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    policy_year: Mapped[int] = mapped_column(Integer)
    insurer: Mapped[str] = mapped_column(String(60))
    policy_no: Mapped[str] = mapped_column(String(40), default="")
    compulsory_expiry: Mapped[date | None] = mapped_column(Date)  # 交强险
    commercial_expiry: Mapped[date | None] = mapped_column(Date)  # 商业险
    due_on: Mapped[date] = mapped_column(Date)  # the earlier expiry: when the renewal is due
    premium_fen: Mapped[int] = mapped_column(Integer)
    last_year_insurer: Mapped[str] = mapped_column(String(60), default="")
    source: Mapped[str] = mapped_column(String(12), default="manual")  # manual / import / renewal
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class RenewalFollowUp(Base):
    """The tracking sheet's record (跟踪表) of one policy's renewal: stage, owner, next call, result."""

    __tablename__ = "renewal_followups"
    __table_args__ = (
        CheckConstraint(f"stage IN ({_STAGES})", name="stage_known"),
        CheckConstraint("(stage = 'lost') = (loss_reason IS NOT NULL)", name="lost_has_reason"),
        CheckConstraint(_ELSEWHERE_NAMED, name="elsewhere_named"),
        CheckConstraint("(stage IN ('won', 'lost')) = (closed_at IS NOT NULL)", name="closed_when_final"),
        # Nobody drops out of the plan: an open record that was called knows its next call.
        CheckConstraint("stage IN ('won', 'lost') OR calls = 0 OR next_call_on IS NOT NULL", name="next_call_known"),
        CheckConstraint(_QUOTE_OK, name="quote_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("insurance_policies.id"), unique=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    policy_year: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(12), default="invite", index=True)
    specialist_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    next_call_on: Mapped[date | None] = mapped_column(Date, index=True)
    calls: Mapped[int] = mapped_column(Integer, default=0)  # calls logged: 0 means first contact is still due
    # The last quote, kept on the record so the list and the dialog need not read the log.
    quote_insurer: Mapped[str] = mapped_column(String(60), default="")
    quote_premium_fen: Mapped[int | None] = mapped_column(Integer)
    quote_discount_fen: Mapped[int | None] = mapped_column(Integer)
    loss_reason: Mapped[str | None] = mapped_column(String(20))
    loss_insurer: Mapped[str] = mapped_column(String(60), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class RenewalCall(Base):
    """One call, recorded as it went (如实记录): append-only, with the stage it left the record in."""

    __tablename__ = "renewal_calls"
    __table_args__ = (
        Index("ix_renewal_calls_by_called", "by_id", "called_at"),
        CheckConstraint(f"outcome IN ({_OUTCOMES})", name="outcome_known"),
        CheckConstraint(f"connected = (outcome IN ({_CONNECTED}))", name="connected_matches_outcome"),
        CheckConstraint(_QUOTE_OK, name="quote_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    followup_id: Mapped[int] = mapped_column(ForeignKey("renewal_followups.id"), index=True)
    called_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    connected: Mapped[bool] = mapped_column(default=False)  # the outcome reached the customer
    note: Mapped[str] = mapped_column(Text, default="")
    quote_insurer: Mapped[str] = mapped_column(String(60), default="")
    quote_premium_fen: Mapped[int | None] = mapped_column(Integer)
    quote_discount_fen: Mapped[int | None] = mapped_column(Integer)
    next_call_on: Mapped[date | None] = mapped_column(Date)
    stage_before: Mapped[str] = mapped_column(String(12))
    stage_after: Mapped[str] = mapped_column(String(12))
    loss_reason: Mapped[str | None] = mapped_column(String(20))
    loss_insurer: Mapped[str] = mapped_column(String(60), default="")


class RenewalPlan(Base):
    """The weekly follow-up plan, built each Monday (and again on demand, which only adds)."""

    __tablename__ = "renewal_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[date] = mapped_column(Date, unique=True)
    rule: Mapped[str] = mapped_column(String(12))  # even / keep
    built_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    built_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class RenewalPlanEntry(Base):
    """One follow-up record in one week's plan, for one specialist; ``due_on`` is when its call falls."""

    __tablename__ = "renewal_plan_entries"
    __table_args__ = (
        UniqueConstraint("plan_id", "followup_id", name="uq_renewal_plan_entries_plan_followup"),
        Index("ix_renewal_plan_entries_specialist", "plan_id", "specialist_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("renewal_plans.id"))
    followup_id: Mapped[int] = mapped_column(ForeignKey("renewal_followups.id"), index=True)
    specialist_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    due_on: Mapped[date] = mapped_column(Date)
    first_contact: Mapped[bool] = mapped_column(default=False)
