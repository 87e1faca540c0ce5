"""Imported lists (sales lists now, insurance policy lists next): each batch and each row's outcome.

A batch is written once, in the transaction that imports its rows, so the per-outlet data
quality (rows sent, rejected, late) is read from what really happened, not recounted from
the vehicles (which later imports and edits change).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class ImportBatch(Base):
    __tablename__ = "import_batches"
    __table_args__ = (Index("ix_import_batches_kind_at", "kind", "imported_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "sales", "policies", ...
    file_name: Mapped[str] = mapped_column(Text)
    source_channel: Mapped[str | None] = mapped_column(String(16))  # who sent it (sales lists)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    only_good_rows: Mapped[bool] = mapped_column(Boolean)  # False: every row was good and taken
    rows_sent: Mapped[int] = mapped_column(Integer)
    rows_created: Mapped[int] = mapped_column(Integer)
    rows_updated: Mapped[int] = mapped_column(Integer)
    rows_rejected: Mapped[int] = mapped_column(Integer)
    rows_late: Mapped[int] = mapped_column(Integer)
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportRow(Base):
    """One data row of an imported file: created, updated or rejected (with why), and whether it came late."""

    __tablename__ = "import_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    row_no: Mapped[int] = mapped_column(Integer)  # as the spreadsheet numbers it
    key: Mapped[str] = mapped_column(Text, default="")  # the row's identity as read (a VIN, a policy number)
    outcome: Mapped[str] = mapped_column(String(10))  # created / updated / rejected
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    event_date: Mapped[date | None] = mapped_column(Date)  # the sale (policy start) the lateness is measured from
    problems: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[field, text, params], ...]
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), index=True)
