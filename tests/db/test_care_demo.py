"""The demo's customer base: years of history, channels and outlets, people verified, sales lists with
rejected, late and re-sent rows, so every care list shows something real."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from dealerdesk.db.database import open_database
from dealerdesk.db.models import ImportBatch, ImportRow, Outlet, Vehicle, WorkOrder
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.domain.care_records import SourceChannel

NOW = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


def test_the_demo_customer_base(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    write_demo_database(url, seed=5, orders=200, now=NOW)
    db = open_database(url)
    try:
        with db.read() as s:
            assert set(s.scalars(select(Outlet.name))) == {"星河汽车二级网点", "锦江车城", "新都通达汽贸"}
            assert s.scalar(select(func.count()).select_from(Vehicle).where(Vehicle.warranty_start.is_(None))) == 0
            channels = set(s.scalars(select(Vehicle.source_channel).distinct()))
            assert channels == {c.value for c in SourceChannel}
            outlet_cars = s.scalars(select(Vehicle).where(Vehicle.source_channel == "outlet")).all()
            assert outlet_cars and all(v.outlet_id is not None for v in outlet_cars)
            assert s.scalar(select(func.count()).where(Vehicle.contact_verified_at.is_not(None))) > 0
            assert s.scalar(select(func.count()).where(Vehicle.owner_verified_by_id.is_not(None))) > 0
            assert s.scalar(select(func.count()).where(Vehicle.usage_ride_hailing.is_(True))) > 0
            first = s.scalar(select(func.min(WorkOrder.checked_in_at)).where(WorkOrder.status == "delivered"))
            assert first is not None and first.date() < date(2023, 12, 1)  # three years and more of visits
            numbers = s.scalars(select(WorkOrder.number)).all()
            assert len(numbers) == len(set(numbers))

            batches = s.scalars(select(ImportBatch).order_by(ImportBatch.imported_at)).all()
            assert len(batches) == 9
            assert sum(b.rows_rejected for b in batches) > 0 and sum(b.rows_late for b in batches) > 0
            assert sum(b.rows_updated for b in batches) > 0  # cars sent again with their plate
            assert batches[0].imported_at.date() < batches[-1].imported_at.date()
            rows = s.scalar(select(func.count()).select_from(ImportRow))
            assert rows == sum(b.rows_sent for b in batches)
    finally:
        db.dispose()
