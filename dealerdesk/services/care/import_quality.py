"""What the sales lists brought: the import batches, and each sender's data quality by month.

The seed's outlets send their sales late or wrong; the service manager holds them to it with
these figures: rows sent, rejected, and late (received after the day after the sale), per
outlet (the sales side and other senders per channel) and month of receipt (local time).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import ImportBatch, Outlet, User
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.care.sales_import import IMPORT_ROLES, KIND

BATCHES_SHOWN = 200


@dataclass(frozen=True)
class BatchView:
    id: int
    imported_at: datetime
    file_name: str
    channel: SourceChannel | None
    outlet: str  # "" unless the channel is an outlet
    sent: int
    created: int
    updated: int
    rejected: int
    late: int
    by: str


@dataclass(frozen=True)
class QualityRow:
    month: str  # "2026-11", the month the lists were received
    channel: SourceChannel | None
    outlet: str
    batches: int
    sent: int
    rejected: int
    late: int

    @property
    def rejected_pct(self) -> float:
        return 100 * self.rejected / self.sent if self.sent else 0.0

    @property
    def late_pct(self) -> float:
        """Of the rows taken (a rejected row has no trustworthy sale date)."""
        taken = self.sent - self.rejected
        return 100 * self.late / taken if taken else 0.0


def list_batches(db: Database, actor: Actor, limit: int = BATCHES_SHOWN) -> list[BatchView]:
    with db.read() as s:
        current_actor(s, actor, *IMPORT_ROLES)
        q = (
            select(ImportBatch, Outlet.name, User.full_name)
            .outerjoin(Outlet, Outlet.id == ImportBatch.outlet_id)
            .join(User, User.id == ImportBatch.imported_by_id)
            .where(ImportBatch.kind == KIND)
            .order_by(ImportBatch.imported_at.desc(), ImportBatch.id.desc())
            .limit(limit)
        )
        return [
            BatchView(
                b.id,
                b.imported_at,
                b.file_name,
                SourceChannel(b.source_channel) if b.source_channel else None,
                outlet or "",
                b.rows_sent,
                b.rows_created,
                b.rows_updated,
                b.rows_rejected,
                b.rows_late,
                by,
            )
            for b, outlet, by in s.execute(q)
        ]


def outlet_quality(db: Database, actor: Actor, since: date) -> list[QualityRow]:
    """Per month received (from ``since``, local) and sender: newest month first, then by sender."""
    with db.read() as s:
        current_actor(s, actor, *IMPORT_ROLES)
        q = (
            select(ImportBatch, Outlet.name)
            .outerjoin(Outlet, Outlet.id == ImportBatch.outlet_id)
            .where(ImportBatch.kind == KIND)
        )
        counts: dict[tuple[str, str | None, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for batch, outlet in s.execute(q):
            local = batch.imported_at.astimezone()
            if local.date() < since:
                continue
            key = (f"{local.year:04d}-{local.month:02d}", batch.source_channel, outlet or "")
            row = counts[key]
            row[0] += 1
            row[1] += batch.rows_sent
            row[2] += batch.rows_rejected
            row[3] += batch.rows_late
    rows = [
        QualityRow(month, SourceChannel(channel) if channel else None, outlet, *values)
        for (month, channel, outlet), values in counts.items()
    ]
    rows.sort(key=lambda r: (r.outlet, r.channel or ""))
    rows.sort(key=lambda r: r.month, reverse=True)
    return rows
