"""Quality-control rounds, signatures and item answers.

Signatures are never deleted or edited in place: a manager's reopening voids one
(voided_at/by/reason) and a new signature row follows, so the history keeps both.
Item results belong to the signature they were signed with (signoff_id); answers not
yet signed (drafts) have signoff_id NULL. Triggers in migration 0003 make the database
itself refuse an out-of-order signature and a change to a signed result.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class QcRound(Base):
    """One pass of an order through levels 1-4, started when the workshop finishes the work."""

    __tablename__ = "qc_rounds"
    __table_args__ = (
        UniqueConstraint("order_id", "round_no"),
        # At most one round in progress per order: a second "finish" cannot start a parallel one.
        Index(
            "uq_qc_rounds_order_in_progress",
            "order_id",
            unique=True,
            sqlite_where=text("status = 'in_progress'"),
            postgresql_where=text("status = 'in_progress'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    round_no: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(32))
    template_version: Mapped[int] = mapped_column(Integer)  # the category checklist, levels 1-3
    handover_version: Mapped[int] = mapped_column(Integer)  # the hand-over checklist, level 4
    status: Mapped[str] = mapped_column(String(16), default="in_progress")  # in_progress/passed/failed
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Level 3's road test, kept per round (the order keeps the last one for the job card).
    road_test_out_km: Mapped[int | None] = mapped_column(Integer)
    road_test_in_km: Mapped[int | None] = mapped_column(Integer)

    signoffs: Mapped[list[QcSignoff]] = relationship(back_populates="round", order_by="QcSignoff.id")
    results: Mapped[list[QcItemResult]] = relationship(back_populates="round", order_by="QcItemResult.id")


class QcSignoff(Base):
    __tablename__ = "qc_signoffs"
    __table_args__ = (
        # One valid signature per level and round; voided ones stay as history.
        Index(
            "uq_qc_signoffs_round_level_valid",
            "round_id",
            "level",
            unique=True,
            sqlite_where=text("voided_at IS NULL"),
            postgresql_where=text("voided_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("qc_rounds.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)  # 1..3 QC levels, 4 hand-over check
    signer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[str] = mapped_column(String(8))  # pass / fail
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_reason: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[QcRound] = relationship(back_populates="signoffs")


class QcItemResult(Base):
    __tablename__ = "qc_item_results"
    __table_args__ = (
        # One draft answer per item of a level; signed answers are kept per signature.
        Index(
            "uq_qc_item_results_draft",
            "round_id",
            "level",
            "item_code",
            unique=True,
            sqlite_where=text("signoff_id IS NULL"),
            postgresql_where=text("signoff_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("qc_rounds.id"), index=True)
    signoff_id: Mapped[int | None] = mapped_column(ForeignKey("qc_signoffs.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    item_code: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str | None] = mapped_column(String(4))  # pass / fail / na
    value: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    round: Mapped[QcRound] = relationship(back_populates="results")
