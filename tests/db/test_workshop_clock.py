"""The job clock through the services: PINs, two technicians on one line across midnight, refusals, the audit."""

from __future__ import annotations

from datetime import datetime
from unittest.mock import patch
from zoneinfo import ZoneInfo

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.job_clock import ClockAction, ClockState, PauseReason
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.services import audit
from dealerdesk.services.workshop import clock
from tests.db.workshop_helpers import labour_line, workshop_order
from tests.helpers import PASSWORD, UserSet, _hash_once

SH = ZoneInfo("Asia/Shanghai")
START, PAUSE, RESUME, FINISH = ClockAction.START, ClockAction.PAUSE, ClockAction.RESUME, ClockAction.FINISH


def pins(db: Database, people: UserSet) -> None:
    with patch.object(clock, "hash_password", _hash_once):
        clock.set_pin(db, people.tech, people.tech.id, PASSWORD, "1234")
        clock.set_pin(db, people.admin, people.tech2.id, PASSWORD, "5678")  # an administrator sets it


def test_two_technicians_clock_one_line_across_midnight(db: Database, people: UserSet) -> None:
    pins(db, people)
    order_id = workshop_order(db, people)  # line 1: 0.3 h, dispatched to 王师傅
    line = labour_line(db, order_id)

    def act(who: int, pin: str, action: ClockAction, at: datetime, reason: PauseReason | None = None) -> ClockState:
        return clock.clock(db, people.advisor, who, pin, order_id, line, action, reason, at=at.replace(tzinfo=SH))

    assert act(people.tech.id, "1234", START, datetime(2026, 3, 1, 23, 40)) is ClockState.RUNNING
    act(people.tech2.id, "5678", START, datetime(2026, 3, 1, 23, 50))
    act(people.tech.id, "1234", PAUSE, datetime(2026, 3, 2, 0, 10), PauseReason.WAITING_PARTS)
    act(people.tech.id, "1234", RESUME, datetime(2026, 3, 2, 8, 0))
    act(people.tech.id, "1234", FINISH, datetime(2026, 3, 2, 8, 20))
    now = datetime(2026, 3, 2, 8, 30, tzinfo=SH)
    [wang_line, *_] = clock.board(db, people.tech.id, now)
    assert (wang_line.line_no, wang_line.state, wang_line.mine_x100) == (1, ClockState.FINISHED, 83)  # 30 + 20 min
    zhang = next(r for r in clock.board(db, people.tech2.id, now) if r.order_id == order_id and r.line_no == 1)
    assert (zhang.state, zhang.mine_x100) == (ClockState.RUNNING, 867)  # 23:50 to 08:30
    assert zhang.all_x100 == 950 and zhang.over_estimate  # both: 9.5 h on a 0.3 h line
    actions = [e.action for e in audit.list_entries(db, "work_order", order_id)][-5:]
    assert actions == ["clock_start", "clock_start", "clock_pause", "clock_resume", "clock_finish"]


def test_the_pin_and_the_order_are_checked(db: Database, people: UserSet) -> None:
    pins(db, people)
    order_id = workshop_order(db, people)
    line = labour_line(db, order_id)
    with pytest.raises(DealerDeskError, match="PIN is wrong"):
        clock.clock(db, people.advisor, people.tech.id, "0000", order_id, line, START)
    with pytest.raises(DealerDeskError, match="has no PIN yet"):
        clock.clock(db, people.advisor, people.lead.id, "1234", order_id, line, START)
    with pytest.raises(DealerDeskError, match="not an active technician"):
        clock.clock(db, people.advisor, people.qc.id, "1234", order_id, line, START)
    other = workshop_order(db, people)
    with pytest.raises(DealerDeskError, match="no longer on order"):  # another order's line
        clock.clock(db, people.advisor, people.tech.id, "1234", order_id, labour_line(db, other), START)
    with pytest.raises(ValidationError, match="4 to 6 digits"):
        clock.set_pin(db, people.tech, people.tech.id, PASSWORD, "12a4")
    with pytest.raises(DealerDeskError, match="password is wrong"):
        clock.set_pin(db, people.tech, people.tech.id, "nope", "4321")
    not_dispatched = workshop_order(db, people, dispatch=False)
    with pytest.raises(DealerDeskError, match="clock runs only in the workshop"):
        clock.clock(db, people.advisor, people.tech.id, "1234", not_dispatched, labour_line(db, not_dispatched), START)
    clock.clock(db, people.advisor, people.tech.id, "1234", order_id, line, START)
    with pytest.raises(DealerDeskError, match="Say why"):
        clock.clock(db, people.advisor, people.tech.id, "1234", order_id, line, PAUSE)


def test_technicians_for_the_name_buttons(db: Database, people: UserSet) -> None:
    pins(db, people)
    names = {t.name: t.has_pin for t in clock.technicians(db)}
    assert names == {"王师傅": True, "张伟": True, "孙班长": False, "吴班长": False}
    assert clock.board(db, people.tech.id) == []
