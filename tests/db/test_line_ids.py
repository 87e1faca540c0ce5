"""Clock events, discounts and customer notices stay on their line when the order's lines are edited.

They used to name a line by its row: a line inserted or removed before a clocked one moved the
time, the discount and the "customer told" mark onto another line.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from unittest.mock import patch

import pytest
from alembic import command
from sqlalchemy import text

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.migrate import alembic_config, upgrade
from dealerdesk.domain.discount_rules import DiscountInput, DiscountReason, DiscountTarget
from dealerdesk.domain.job_clock import ClockAction
from dealerdesk.domain.messages import ValidationError
from dealerdesk.domain.order_rules import LabourLineInput
from dealerdesk.domain.vocabulary import ApprovalMethod
from dealerdesk.services.orders import work_orders
from dealerdesk.services.workshop import alerts, clock, discounts
from dealerdesk.services.workshop.alerts import NoticeInput
from tests.db.workshop_helpers import labour_line, parts_line, workshop_order
from tests.helpers import PASSWORD, UserSet, _hash_once

FILTER, BATTERY = "更换空气滤清器", "更换蓄电池"


def _pin(db: Database, people: UserSet) -> None:
    with patch.object(clock, "hash_password", _hash_once):
        clock.set_pin(db, people.tech, people.tech.id, PASSWORD, "1234")


def _edit_labour(db: Database, people: UserSet, order_id: int, lines: list[LabourLineInput]) -> None:
    """The advisor corrects the order in the workshop: its labour lines become ``lines``."""
    detail = work_orders.load_order(db, order_id)
    data = replace(detail.to_input(), labour_lines=lines)
    work_orders.open_order(db, people.advisor, data, order_id, detail.version)


def _board(db: Database, people: UserSet, order_id: int) -> dict[str, tuple[int, int]]:
    """Operation -> (its row now, 王师傅's minutes on it)."""
    return {
        r.operation: (r.line_no, r.mine_x100 * 60 // 100)
        for r in clock.board(db, people.tech.id)
        if r.order_id == order_id
    }


def test_a_line_inserted_before_a_clocked_one_leaves_the_time_on_its_line(db: Database, people: UserSet) -> None:
    _pin(db, people)
    order_id = workshop_order(db, people)  # labour: 1 air filter, 2 battery
    start = utcnow() - timedelta(minutes=40)
    battery = labour_line(db, order_id, 2)
    clock.clock(db, people.advisor, people.tech.id, "1234", order_id, battery, ClockAction.START, at=start)
    clock.clock(
        db,
        people.advisor,
        people.tech.id,
        "1234",
        order_id,
        battery,
        ClockAction.FINISH,
        at=start + timedelta(minutes=30),
    )
    lines = list(work_orders.load_order(db, order_id).to_input().labour_lines)
    _edit_labour(db, people, order_id, [LabourLineInput("检查刹车", 20, 30000, people.tech.id), *lines])
    assert labour_line(db, order_id, 3) == battery  # the battery line kept its id, one row down
    assert _board(db, people, order_id) == {"检查刹车": (1, 0), FILTER: (2, 0), BATTERY: (3, 30)}


def test_a_line_removed_before_a_discounted_one_leaves_the_discount_on_its_line(db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)
    battery = labour_line(db, order_id, 2)  # 0.5 h at 300.00 = 150.00 yuan
    oil = parts_line(db, order_id, 3)
    discounts.give_discount(
        db, people.manager, order_id, DiscountInput(DiscountTarget.LABOUR, battery, 20_00, DiscountReason.STAFF)
    )
    discounts.give_discount(
        db, people.manager, order_id, DiscountInput(DiscountTarget.PARTS, oil, 5_00, DiscountReason.STAFF)
    )
    detail = work_orders.load_order(db, order_id)
    data = detail.to_input()
    data = replace(data, labour_lines=data.labour_lines[1:], parts_lines=data.parts_lines[1:])
    work_orders.open_order(db, people.advisor, data, order_id, detail.version)
    after = work_orders.load_order(db, order_id)
    assert [x.operation for x in after.labour_lines] == [BATTERY] and after.labour_lines[0].id == battery
    assert after.parts_lines[1].id == oil
    given = {(d.target, d.line_id): d.amount_fen for d in discounts.order_discounts(db, order_id)}
    assert given == {(DiscountTarget.LABOUR, battery): 20_00, (DiscountTarget.PARTS, oil): 5_00}


def test_a_clocked_or_discounted_line_cannot_be_removed(db: Database, people: UserSet) -> None:
    _pin(db, people)
    order_id = workshop_order(db, people)
    first = labour_line(db, order_id, 1)
    clock.clock(db, people.advisor, people.tech.id, "1234", order_id, first, ClockAction.START)
    lines = list(work_orders.load_order(db, order_id).to_input().labour_lines)
    lines_before = [x.line_id for x in lines]
    with pytest.raises(ValidationError, match=f"Line 1 \\({FILTER}\\) has time clocked"):
        _edit_labour(db, people, order_id, lines[1:])
    assert [x.id for x in work_orders.load_order(db, order_id).labour_lines] == lines_before  # nothing written


def test_the_customer_told_mark_stays_on_its_line(db: Database, people: UserSet) -> None:
    _pin(db, people)
    order_id = workshop_order(db, people)
    now = utcnow()
    first = labour_line(db, order_id, 1)  # 0.3 h: 30 minutes is past it
    clock.clock(
        db, people.advisor, people.tech.id, "1234", order_id, first, ClockAction.START, at=now - timedelta(minutes=30)
    )
    told = NoticeInput(now - timedelta(minutes=1), ApprovalMethod.PHONE, now + timedelta(hours=2))
    alerts.record_notice(db, people.advisor, order_id, told, now)
    lines = list(work_orders.load_order(db, order_id).to_input().labour_lines)
    _edit_labour(db, people, order_id, [LabourLineInput("检查刹车", 20, 30000, people.tech.id), *lines])
    assert alerts.advisor_alerts(db, people.advisor.id, now + timedelta(minutes=1)) == []  # still told
    assert [n.lines for n in alerts.order_notices(db, order_id)] == [(FILTER,)]


def test_migration_0023_turns_rows_into_line_ids_and_back(db: Database, people: UserSet) -> None:
    _pin(db, people)
    order_id = workshop_order(db, people)
    battery, oil = labour_line(db, order_id, 2), parts_line(db, order_id, 3)
    clock.clock(db, people.advisor, people.tech.id, "1234", order_id, battery, ClockAction.START)
    discounts.give_discount(
        db, people.manager, order_id, DiscountInput(DiscountTarget.PARTS, oil, 5_00, DiscountReason.STAFF)
    )
    cfg = alembic_config(db)
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0022")
        with db.engine.begin() as conn:
            assert conn.execute(text("SELECT line_no FROM job_clock_events")).scalar_one() == 2
            assert conn.execute(text("SELECT line_no FROM discounts")).scalar_one() == 3
            # A row an old edit left pointing past the order's lines converts to no line at all.
            conn.execute(
                text(
                    "INSERT INTO job_clock_events (order_id, line_no, operation, technician_id, action, at, "
                    "recorded_by_id) SELECT order_id, 9, operation, technician_id, 'finish', at, recorded_by_id "
                    "FROM job_clock_events"
                )
            )
    finally:
        upgrade(db, backup_first=False)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT action, labour_line_id FROM job_clock_events ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [("start", battery), ("finish", None)]
        assert conn.execute(text("SELECT parts_line_id FROM discounts")).scalar_one() == oil
