"""The rework register: QC rework, internal rework and external rework (comebacks).

QC and hand-over failures write their record from the QC service; external reworks
are registered by the advisor, usually from the comeback prompt when the car returns.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class ReworkRecord(Base):
    __tablename__ = "rework_records"
    __table_args__ = (
        # The register's default view and the reports both select a period of detection.
        Index("ix_rework_records_kind_detected", "kind", "detected_at"),
        # One comeback, one record: an order has at most one external rework (migration 0012).
        Index(
            "uq_rework_records_external_original",
            "original_order_id",
            unique=True,
            sqlite_where=text("kind = 'external'"),
            postgresql_where=text("kind = 'external'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    original_order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    rework_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # qc / internal / external
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    detected_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    qc_round_id: Mapped[int | None] = mapped_column(ForeignKey("qc_rounds.id"))
    qc_level: Mapped[int | None] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(32), default="")
    failed_items: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of item codes and notes
    description: Mapped[str] = mapped_column(Text, default="")  # what was found / what the customer reports
    responsible_technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    cause_category: Mapped[str | None] = mapped_column(String(16))
    cause_detail: Mapped[str] = mapped_column(Text, default="")
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    labour_cost_fen: Mapped[int] = mapped_column(Integer, default=0)
    parts_cost_fen: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(8), default="open")  # open / closed
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    # Two people editing the same record: the second save is refused, not silently lost.
    __mapper_args__ = {"version_id_col": version}
