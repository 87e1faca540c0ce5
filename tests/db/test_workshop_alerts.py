"""Overrun alerts at their edges, and the advisor recording that the customer was told."""

from __future__ import annotations

from datetime import timedelta
from unittest.mock import patch

import pytest

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.job_clock import ClockAction
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.vocabulary import ApprovalMethod
from dealerdesk.services import audit
from dealerdesk.services.orders import work_orders
from dealerdesk.services.workshop import alerts, clock
from dealerdesk.services.workshop.alerts import NoticeInput
from tests.db.workshop_helpers import labour_line, workshop_order
from tests.helpers import PASSWORD, UserSet, _hash_once


def started(db: Database, people: UserSet, minutes_ago: int) -> tuple[int, object]:
    """An order whose line 1 (0.3 h = 18 min) 王师傅 started ``minutes_ago``."""
    with patch.object(clock, "hash_password", _hash_once):
        clock.set_pin(db, people.tech, people.tech.id, PASSWORD, "1234")
    order_id = workshop_order(db, people)
    now = utcnow()
    clock.clock(
        db,
        people.advisor,
        people.tech.id,
        "1234",
        order_id,
        labour_line(db, order_id),
        ClockAction.START,
        at=now - timedelta(minutes=minutes_ago),
    )
    return order_id, now


def test_a_line_past_its_estimate_alerts_its_advisor_only(db: Database, people: UserSet) -> None:
    order_id, now = started(db, people, 18)
    assert alerts.advisor_alerts(db, people.advisor.id, now) == []  # exactly the estimate
    later = now + timedelta(seconds=40)  # 18 min 40 s: 0.31 h on a 0.3 h line
    [alert] = alerts.advisor_alerts(db, people.advisor.id, later)
    assert alert.order_id == order_id and [x.line_no for x in alert.over_lines] == [1] and not alert.late
    assert alerts.advisor_alerts(db, people.advisor2.id, later) == []
    assert len(alerts.advisor_alerts(db, None, later)) == 1  # a manager sees every advisor's


def test_late_when_the_remaining_work_passes_the_promise(db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)  # nothing clocked yet
    detail = work_orders.load_order(db, order_id)
    # Left: 0.3 h on line 1 and 0.5 h on line 2 = 48 minutes, done one after the other.
    assert detail.promised_at is not None
    edge = detail.promised_at - timedelta(minutes=48)
    assert alerts.advisor_alerts(db, people.advisor.id, edge) == []
    [alert] = alerts.advisor_alerts(db, people.advisor.id, edge + timedelta(minutes=1))
    assert alert.late and alert.over_lines == ()


def test_telling_the_customer_ends_the_alert_and_moves_the_promise(db: Database, people: UserSet) -> None:
    order_id, now = started(db, people, 30)
    [alert] = alerts.advisor_alerts(db, people.advisor.id, now)
    with pytest.raises(ValidationError) as bad:
        alerts.record_notice(db, people.advisor, order_id, NoticeInput(now + timedelta(hours=1), None, now), now)
    fields = {p.field for p in bad.value.problems}
    assert fields == {"told_at", "method", "new_promised_at"}
    told = NoticeInput(now - timedelta(minutes=2), ApprovalMethod.PHONE, now + timedelta(hours=2), "客户同意晚两小时")
    view = alerts.record_notice(db, people.advisor, order_id, told, now)
    assert (view.cause, view.lines, view.recorded_by) == ("overrun", ("更换空气滤清器",), "李晓明")
    assert alerts.advisor_alerts(db, people.advisor.id, now + timedelta(minutes=5)) == []
    assert work_orders.load_order(db, order_id).promised_at == now + timedelta(hours=2)
    entry = audit.list_entries(db, "work_order", order_id)[-1]
    assert entry.action == "customer_told_late" and entry.changes["method"] == "phone"
    assert [n.note for n in alerts.order_notices(db, order_id)] == ["客户同意晚两小时"]
    with pytest.raises(DealerDeskError, match="on time"):
        alerts.record_notice(db, people.advisor, order_id, told, now)
    assert alert.order_id == order_id
