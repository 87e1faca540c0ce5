"""The job clock's arithmetic: pauses, midnight, two technicians on one line, and the overrun rule at its edges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dealerdesk.domain.job_clock import (
    ClockAction,
    ClockEvent,
    ClockState,
    LineClock,
    PauseReason,
    check_action,
    hours_x100,
    paused,
    state_of,
    will_be_late,
    worked,
)
from dealerdesk.domain.messages import DealerDeskError

SH = ZoneInfo("Asia/Shanghai")
START, PAUSE, RESUME, FINISH = ClockAction.START, ClockAction.PAUSE, ClockAction.RESUME, ClockAction.FINISH


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SH)


def test_pause_and_resume_across_midnight() -> None:
    """Started 22:40, paused 23:10 for parts (overnight), resumed 08:30, finished 09:15: 75 minutes of work."""
    events = [
        ClockEvent(START, at(1, 22, 40)),
        ClockEvent(PAUSE, at(1, 23, 10), PauseReason.WAITING_PARTS),
        ClockEvent(RESUME, at(2, 8, 30)),
        ClockEvent(FINISH, at(2, 9, 15)),
    ]
    assert worked(events, at(3, 0)) == timedelta(minutes=75)
    assert paused(events, at(3, 0)) == {PauseReason.WAITING_PARTS: timedelta(hours=9, minutes=20)}
    assert hours_x100(worked(events, at(3, 0))) == 125
    assert state_of(events) is ClockState.FINISHED


def test_running_work_runs_past_midnight_to_now() -> None:
    events = [ClockEvent(START, at(1, 23, 50))]
    assert worked(events, at(2, 0, 20)) == timedelta(minutes=30)
    # Stored in UTC and read back: the same half hour.
    utc = [ClockEvent(START, at(1, 23, 50).astimezone(UTC))]
    assert worked(utc, at(2, 0, 20).astimezone(UTC)) == timedelta(minutes=30)


def test_two_technicians_on_one_line_add_up() -> None:
    """王 works 9:00-10:00 with a 15-minute pause; 张 joins 9:30-10:30: 1 h 45 min on a 1.5 h line."""
    wang = [
        ClockEvent(START, at(1, 9)),
        ClockEvent(PAUSE, at(1, 9, 20), PauseReason.OTHER_JOB),
        ClockEvent(RESUME, at(1, 9, 35)),
        ClockEvent(FINISH, at(1, 10)),
    ]
    zhang = [ClockEvent(START, at(1, 9, 30)), ClockEvent(FINISH, at(1, 10, 30))]
    line = LineClock(150, {1: wang, 2: zhang})
    assert line.worked(at(1, 12)) == timedelta(minutes=105)
    assert line.finished() and line.over_estimate(at(1, 12))
    assert line.remaining(at(1, 12)) == timedelta()
    half = LineClock(150, {1: wang, 2: [ClockEvent(START, at(1, 9, 30))]})
    assert not half.finished()  # 张 still working


def test_over_estimate_at_its_edge() -> None:
    line = LineClock(100, {1: [ClockEvent(START, at(1, 9))]})
    assert not line.over_estimate(at(1, 10))  # exactly the estimate
    assert not line.over_estimate(at(1, 10, 0) + timedelta(seconds=17))  # rounds to 1.00 h
    assert line.over_estimate(at(1, 10, 1))  # 1.02 h


def test_late_when_the_remaining_work_no_longer_fits() -> None:
    now = at(1, 15)
    lines = [
        LineClock(200, {1: [ClockEvent(START, at(1, 14))]}),  # 1 h of 2 h left
        LineClock(50, {}),  # not started: all 0.5 h left
    ]
    assert not will_be_late(lines, promised_at=at(1, 16, 30), now=now)  # ends exactly at the promise
    assert will_be_late(lines, promised_at=at(1, 16, 29), now=now)
    assert not will_be_late([LineClock(100, {})], promised_at=at(1, 16), now=now)


def test_actions_out_of_order_are_refused() -> None:
    events = [ClockEvent(START, at(1, 9))]
    with pytest.raises(DealerDeskError, match="Start is not possible: the line is Working"):
        check_action(events, START, at(1, 10), None, "王师傅")
    with pytest.raises(DealerDeskError, match="Say why"):
        check_action(events, PAUSE, at(1, 10), None, "王师傅")
    with pytest.raises(DealerDeskError, match="before the line's last entry"):
        check_action(events, FINISH, at(1, 8), None, "王师傅")
    with pytest.raises(DealerDeskError, match="Resume is not possible"):
        check_action(events, RESUME, at(1, 10), None, "王师傅")
    check_action(events, PAUSE, at(1, 10), PauseReason.CUSTOMER_APPROVAL, "王师傅")
