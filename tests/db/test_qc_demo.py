"""The demo's QC rounds: every car delivered in its six months was signed through all four levels, failures
left rework."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from dealerdesk.db.database import open_database
from dealerdesk.db.models import QcRound, QcSignoff, ReworkRecord, WorkOrder
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import QueueStage, RoundStatus
from dealerdesk.services.users import authenticate

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SINCE = NOW - timedelta(days=181)


def test_demo_orders_carry_signed_qc_rounds(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    write_demo_database(url, seed=7, orders=200, now=NOW)
    db = open_database(url)
    try:
        with db.read() as s:
            # The workshop's six months in DealerDesk; the care demo's earlier visits predate its QC.
            delivered = s.scalars(
                select(WorkOrder.id)
                .where(WorkOrder.status == OrderStatus.DELIVERED.value, WorkOrder.checked_in_at >= SINCE)
                .order_by(WorkOrder.id)
            ).all()
            failed_rounds = s.scalar(select(func.count()).where(QcRound.status == RoundStatus.FAILED.value))
            qc_reworks = s.scalar(
                select(func.count()).where(
                    ReworkRecord.kind.in_(["qc", "internal"]), ReworkRecord.qc_round_id.is_not(None)
                )
            )
            signatures = s.scalar(select(func.count()).select_from(QcSignoff))
        assert len(delivered) > 150 and failed_rounds and signatures
        assert qc_reworks == failed_rounds  # each failure left its record
        for order_id in delivered[:40]:
            rounds = qc.qc_history(db, order_id).rounds
            assert rounds[-1].status is RoundStatus.PASSED
            last = [so.level for so in rounds[-1].signoffs if so.valid and so.passed]
            assert [int(level) for level in last] == [1, 2, 3, 4]
            assert all(len(so.results) == len(rounds[-1].level(so.level).items) for so in rounds[-1].signoffs)
        queue = qc.qc_queue(db, authenticate(db, "qc1", "qc123456"))
        waiting = {row.order_id: row.stage for row in queue if row.order_status is OrderStatus.AWAITING_QC}
        assert waiting and set(waiting.values()) <= {QueueStage.LEVEL_1, QueueStage.LEVEL_2, QueueStage.LEVEL_3}
    finally:
        db.dispose()
