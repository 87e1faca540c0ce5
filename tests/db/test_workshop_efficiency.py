"""Technician efficiency (billed / clocked) and overruns by category, per week and month."""

from __future__ import annotations

from datetime import date, datetime
from unittest.mock import patch

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.job_clock import ClockAction
from dealerdesk.domain.messages import PermissionDenied
from dealerdesk.domain.vocabulary import ServiceCategory
from dealerdesk.services.workshop import clock, efficiency
from tests.db.workshop_helpers import labour_line, workshop_order
from tests.helpers import PASSWORD, UserSet, _hash_once

LOCAL = datetime.now().astimezone().tzinfo


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=LOCAL)


def test_efficiency_and_overruns(db: Database, people: UserSet) -> None:
    with patch.object(clock, "hash_password", _hash_once):
        clock.set_pin(db, people.tech, people.tech.id, PASSWORD, "1234")
        clock.set_pin(db, people.tech2, people.tech2.id, PASSWORD, "5678")
    order_id = workshop_order(db, people)  # line 1: 0.30 h, line 2: 0.50 h; periodic maintenance

    def act(who: int, pin: str, line: int, action: ClockAction, when: datetime) -> None:
        clock.clock(db, people.advisor, who, pin, order_id, labour_line(db, order_id, line), action, at=when)

    # Line 1: 王 alone, 12 minutes (0.20 h) -> fast. Line 2: 王 30 min + 张 30 min = 1 h on 0.5 h -> overrun.
    act(people.tech.id, "1234", 1, ClockAction.START, at(2, 9))
    act(people.tech.id, "1234", 1, ClockAction.FINISH, at(2, 9, 12))
    act(people.tech.id, "1234", 2, ClockAction.START, at(2, 10))
    act(people.tech2.id, "5678", 2, ClockAction.START, at(2, 10))
    act(people.tech.id, "1234", 2, ClockAction.FINISH, at(2, 10, 30))
    act(people.tech2.id, "5678", 2, ClockAction.FINISH, at(9, 10, 30))  # 张 finishes a week later: 7 days + 30 min

    week1 = efficiency.build(db, people.manager, date(2026, 3, 2), date(2026, 3, 8), "week")
    assert [(r.technician, r.lines, r.billed_x100, r.clocked_x100) for r in week1.technicians] == [
        ("王师傅", 1, 30, 20)
    ]
    assert week1.technicians[0].efficiency_pct == 150
    month = efficiency.build(db, people.manager, date(2026, 3, 1), date(2026, 3, 31), "month")
    rows = {r.technician: r for r in month.technicians}
    assert (rows["王师傅"].billed_x100, rows["王师傅"].clocked_x100) == (30 + 0, 20 + 50)
    assert rows["张伟"].clocked_x100 == 16850 and rows["张伟"].billed_x100 == 50  # shared by clocked time
    [category] = month.categories
    assert (category.category, category.lines, category.overruns) == (ServiceCategory.PERIODIC_MAINTENANCE, 2, 1)
    assert category.overrun_x100 == 16850 + 50 - 50
    assert [(p.start, p.lines) for p in month.periods] == [(date(2026, 3, 1), 2)]
    weeks = efficiency.build(db, people.manager, date(2026, 3, 1), date(2026, 3, 31), "week").periods
    assert [(p.start, p.lines, p.overruns) for p in weeks] == [(date(2026, 3, 2), 1, 0), (date(2026, 3, 9), 1, 1)]
    with pytest.raises(PermissionDenied):
        efficiency.build(db, people.advisor, date(2026, 3, 1), date(2026, 3, 31))
