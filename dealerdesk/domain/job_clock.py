"""The job clock: each technician's start, pause (why), resume and finish on a labour line, and what it adds up to.

Times are aware datetimes (UTC in the database), so a job that runs past midnight or
across a change of day is plain subtraction. A line worked by two technicians clocks
the time of both: what the customer is billed (the line's hours) is compared with
all the time spent on it.

The overrun rule (seed: work running late with nobody telling the customer): a line
is over when its clocked time passes its estimate; an order is late when the work
still estimated no longer fits before the promised time.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError


class ClockAction(enum.StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"


class ClockState(enum.StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class PauseReason(enum.StrEnum):
    WAITING_PARTS = "waiting_parts"
    CUSTOMER_APPROVAL = "customer_approval"
    OTHER_JOB = "other_job"


PAUSE_REASON_LABELS: dict[PauseReason, str] = {
    PauseReason.WAITING_PARTS: QT_TRANSLATE_NOOP("Messages", "Waiting for parts"),
    PauseReason.CUSTOMER_APPROVAL: QT_TRANSLATE_NOOP("Messages", "Waiting for the customer's approval"),
    PauseReason.OTHER_JOB: QT_TRANSLATE_NOOP("Messages", "Called to another job"),
}
CLOCK_STATE_LABELS: dict[ClockState, str] = {
    ClockState.NOT_STARTED: QT_TRANSLATE_NOOP("Messages", "Not started"),
    ClockState.RUNNING: QT_TRANSLATE_NOOP("Messages", "Working"),
    ClockState.PAUSED: QT_TRANSLATE_NOOP("Messages", "Paused"),
    ClockState.FINISHED: QT_TRANSLATE_NOOP("Messages", "Finished"),
}
ACTION_LABELS: dict[ClockAction, str] = {
    ClockAction.START: QT_TRANSLATE_NOOP("Messages", "Start"),
    ClockAction.PAUSE: QT_TRANSLATE_NOOP("Messages", "Pause"),
    ClockAction.RESUME: QT_TRANSLATE_NOOP("Messages", "Resume"),
    ClockAction.FINISH: QT_TRANSLATE_NOOP("Messages", "Finish"),
}

# What each action needs the technician's clock on the line to be.
_FROM: dict[ClockAction, frozenset[ClockState]] = {
    ClockAction.START: frozenset({ClockState.NOT_STARTED}),
    ClockAction.PAUSE: frozenset({ClockState.RUNNING}),
    ClockAction.RESUME: frozenset({ClockState.PAUSED}),
    ClockAction.FINISH: frozenset({ClockState.RUNNING, ClockState.PAUSED}),
}
_TO: dict[ClockAction, ClockState] = {
    ClockAction.START: ClockState.RUNNING,
    ClockAction.PAUSE: ClockState.PAUSED,
    ClockAction.RESUME: ClockState.RUNNING,
    ClockAction.FINISH: ClockState.FINISHED,
}

NOT_NOW = QT_TRANSLATE_NOOP("Messages", "{action} is not possible: the line is {state} for {name}.")
PAUSE_NEEDS_REASON = QT_TRANSLATE_NOOP("Messages", "Say why the work pauses.")
BEFORE_LAST = QT_TRANSLATE_NOOP("Messages", "The time is before the line's last entry at {time:%Y-%m-%d %H:%M}.")


@dataclass(frozen=True)
class ClockEvent:
    action: ClockAction
    at: datetime
    reason: PauseReason | None = None


def state_of(events: Sequence[ClockEvent]) -> ClockState:
    state = ClockState.NOT_STARTED
    for event in events:
        state = _TO[event.action]
    return state


def check_action(
    events: Sequence[ClockEvent], action: ClockAction, at: datetime, reason: PauseReason | None, name: str
) -> None:
    """Refuse an action out of order (a second start, a resume never paused), one in the past, a silent pause."""
    state = state_of(events)
    if state not in _FROM[action]:
        raise DealerDeskError(NOT_NOW, action=ACTION_LABELS[action], state=CLOCK_STATE_LABELS[state], name=name)
    if action is ClockAction.PAUSE and reason is None:
        raise DealerDeskError(PAUSE_NEEDS_REASON)
    if events and at < events[-1].at:
        raise DealerDeskError(BEFORE_LAST, time=events[-1].at.astimezone())


def worked(events: Sequence[ClockEvent], now: datetime) -> timedelta:
    """Time spent working: from each start or resume to the next pause or finish (or ``now`` while running)."""
    total = timedelta()
    since: datetime | None = None
    for event in events:
        if event.action in (ClockAction.START, ClockAction.RESUME):
            since = event.at
        elif since is not None:
            total += event.at - since
            since = None
    if since is not None and now > since:
        total += now - since
    return total


def paused(events: Sequence[ClockEvent], now: datetime) -> dict[PauseReason, timedelta]:
    """Time spent paused, by reason: what the workshop waited for."""
    out: dict[PauseReason, timedelta] = {}
    since: datetime | None = None
    reason: PauseReason | None = None
    for event in events:
        if event.action is ClockAction.PAUSE:
            since, reason = event.at, event.reason
        elif since is not None and reason is not None:
            out[reason] = out.get(reason, timedelta()) + (event.at - since)
            since = None
    if since is not None and reason is not None and now > since:
        out[reason] = out.get(reason, timedelta()) + (now - since)
    return out


def hours_x100(duration: timedelta) -> int:
    """Hundredths of an hour, as labour hours are kept (rounded to the nearest)."""
    return round(duration.total_seconds() / 36)


@dataclass(frozen=True)
class LineClock:
    """One labour line: its estimate and each technician's events on it."""

    estimate_x100: int
    by_technician: dict[int, Sequence[ClockEvent]]

    def worked(self, now: datetime) -> timedelta:
        return sum((worked(events, now) for events in self.by_technician.values()), timedelta())

    def finished(self) -> bool:
        """Done when someone clocked on it and every technician on it has finished."""
        states = [state_of(events) for events in self.by_technician.values()]
        return bool(states) and all(s is ClockState.FINISHED for s in states)

    def over_estimate(self, now: datetime) -> bool:
        return hours_x100(self.worked(now)) > self.estimate_x100

    def remaining(self, now: datetime) -> timedelta:
        """Estimated work still to do: nothing once finished, else the estimate less what was clocked."""
        if self.finished():
            return timedelta()
        return max(timedelta(hours=self.estimate_x100 / 100) - self.worked(now), timedelta())


def will_be_late(lines: Iterable[LineClock], promised_at: datetime, now: datetime) -> bool:
    """The work still estimated, done one line after another, ends after the promised time."""
    remaining = sum((line.remaining(now) for line in lines), timedelta())
    return now + remaining > promised_at
