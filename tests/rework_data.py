"""Orders and rework records written straight through the ORM for the rework tests.

The rework register reads orders other features write; these helpers give the tests
exactly the orders they need without going through the work-order and QC flows.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from dealerdesk.db.database import Database
from dealerdesk.db.models import Concern, LabourLine, PartsLine, ReworkRecord, WorkOrder
from dealerdesk.domain.vocabulary import CauseCategory, OrderStatus, ReworkKind, ServiceCategory

_numbers = itertools.count(1)
VIN = "LSVAU2180N2183294"
VIN2 = "LFV2A21K6G3045573"


def add_order(
    db: Database,
    advisor_id: int,
    *,
    vin: str = VIN,
    status: OrderStatus = OrderStatus.DELIVERED,
    delivered_at: datetime | None = datetime(2025, 3, 1, 2, 0, tzinfo=UTC),
    mileage_in: int = 40_000,
    road_test_in_km: int | None = None,
    category: ServiceCategory = ServiceCategory.GENERAL_REPAIR,
    technician_ids: tuple[int, ...] = (),
    concerns: tuple[str, ...] = ("油箱附近有汽油味",),
    parts_fen: int = 0,
) -> int:
    checked_in = delivered_at or datetime(2025, 3, 1, tzinfo=UTC)
    n = next(_numbers)
    order = WorkOrder(
        number=f"WO20250301-{n:04d}",
        status=status.value,
        advisor_id=advisor_id,
        customer_name="王芳",
        customer_mobile="13812345678",
        plate="川A12345",
        vin=vin,
        model="朗逸",
        mileage_in=mileage_in,
        road_test_in_km=road_test_in_km,
        category=category.value,
        checked_in_at=checked_in,
        created_at=checked_in,
        updated_at=checked_in,
        opened_at=checked_in,
        delivered_at=delivered_at if status is OrderStatus.DELIVERED else None,
    )
    order.concerns = [Concern(position=i, text=t) for i, t in enumerate(concerns)]
    order.labour_lines = [
        LabourLine(
            position=i,
            operation=f"检查燃油箱及油管 {i + 1}",
            hours_x100=100,
            rate_fen=30000,
            amount_fen=30000,
            technician_id=t,
        )
        for i, t in enumerate(technician_ids)
    ]
    if parts_fen:
        order.parts_lines = [
            PartsLine(
                position=0,
                part_no="1K0201060",
                name="燃油箱",
                quantity_x1000=1000,
                unit_price_fen=parts_fen,
                amount_fen=parts_fen,
            )
        ]
    with db.write() as s:
        s.add(order)
        s.flush()
        return order.id


def add_rework(
    db: Database,
    original_order_id: int,
    detected_by_id: int,
    *,
    kind: ReworkKind = ReworkKind.QC,
    detected_at: datetime = datetime(2025, 3, 1, 1, 0, tzinfo=UTC),
    technician_id: int | None = None,
    cause: CauseCategory | None = None,
    labour_fen: int = 0,
    parts_fen: int = 0,
    qc_level: int | None = 1,
    failed_items: str = "[]",
) -> int:
    """A record as the QC service writes it when a level or the hand-over check fails."""
    record = ReworkRecord(
        original_order_id=original_order_id,
        kind=kind.value,
        detected_at=detected_at,
        detected_by_id=detected_by_id,
        qc_level=qc_level if kind is not ReworkKind.EXTERNAL else None,
        failed_items=failed_items,
        responsible_technician_id=technician_id,
        cause_category=cause.value if cause else None,
        labour_cost_fen=labour_fen,
        parts_cost_fen=parts_fen,
    )
    with db.write() as s:
        s.add(record)
        s.flush()
        return record.id
