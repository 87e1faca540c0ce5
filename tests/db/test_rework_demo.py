"""The demo's rework register reads as it would in use: every case in the audit log, nothing in the future."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from dealerdesk.db.database import open_database
from dealerdesk.db.models import AuditEntry, ReworkRecord, WorkOrder
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.domain.rework_rules import closing_problems
from dealerdesk.domain.vocabulary import CauseCategory, ReworkKind
from dealerdesk.services.rework import register as rework
from dealerdesk.services.rework.views import ReworkStatus
from dealerdesk.services.users import authenticate

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_demo_reworks_are_in_the_audit_log_and_in_the_past(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    write_demo_database(url, seed=11, orders=300, now=NOW)
    db = open_database(url)
    try:
        rework_order = aliased(WorkOrder)
        with db.read() as s:
            records = s.scalars(select(ReworkRecord)).all()
            entries = {
                (e.entity_id, e.action): e for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "rework"))
            }
            comebacks = s.execute(
                select(WorkOrder.vin, rework_order.vin, rework_order.delivered_at, ReworkRecord.detected_at)
                .join(WorkOrder, WorkOrder.id == ReworkRecord.original_order_id)
                .join(rework_order, rework_order.id == ReworkRecord.rework_order_id)
            ).all()
        kinds = {r.kind for r in records}
        assert kinds == {k.value for k in ReworkKind}
        closed = [r for r in records if r.status == ReworkStatus.CLOSED.value]
        assert closed and any(r.status == ReworkStatus.OPEN.value for r in records)
        for r in closed:  # closed as the service would allow, and logged at the closing time
            cause = CauseCategory(r.cause_category) if r.cause_category else None
            assert closing_problems(cause, r.corrective_action) == []
            entry = entries[(str(r.id), "close_rework")]
            assert entry.at == r.closed_at and entry.user_id == r.closed_by_id and r.closed_at <= NOW
            assert json.loads(entry.changes)["status"] == ["open", "closed"]
        for r in records:
            if r.kind == ReworkKind.EXTERNAL.value:
                entry = entries[(str(r.id), "register_external_rework")]
                assert entry.at == r.detected_at and entry.user_id == r.detected_by_id
        assert comebacks and all(vin == back_vin for vin, back_vin, _d, _at in comebacks)
        assert all(delivered <= NOW and detected < delivered for _v, _b, delivered, detected in comebacks)
        # The history the manager opens shows the case from registration to closing.
        manager = authenticate(db, "manager", "manager1")
        external_closed = next(r for r in closed if r.kind == ReworkKind.EXTERNAL.value)
        actions = [h.action for h in rework.get_rework(db, manager, external_closed.id).history]
        assert actions == ["register_external_rework", "close_rework"]
        assert NOW - max(r.detected_at for r in records) < timedelta(days=30)
    finally:
        db.dispose()
