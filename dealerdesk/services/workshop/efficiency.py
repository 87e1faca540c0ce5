"""Technician efficiency (billed / clocked hours) and overruns by service category, per week or month.

A labour line counts in the period its last finish falls in. Its billed hours (the
line's hours on the order) are shared among the technicians who clocked on it in
proportion to their clocked time; efficiency is billed over clocked, so above 100%
the work went faster than the book time. A line is an overrun when everyone's clocked
time passed its hours.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from dealerdesk.db.database import Database
from dealerdesk.db.models import JobClockEvent, User, WorkOrder
from dealerdesk.domain import job_clock
from dealerdesk.domain.job_clock import ClockAction, ClockEvent, PauseReason
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ServiceCategory
from dealerdesk.services.actor import Actor, current_actor

Period = Literal["week", "month"]
REPORT_ROLES = (Role.MANAGER, Role.TEAM_LEAD)


@dataclass(frozen=True)
class TechnicianRow:
    technician: str
    lines: int
    billed_x100: int
    clocked_x100: int

    @property
    def efficiency_pct(self) -> int | None:
        return round(self.billed_x100 * 100 / self.clocked_x100) if self.clocked_x100 else None


@dataclass(frozen=True)
class CategoryRow:
    category: ServiceCategory | None
    lines: int
    overruns: int
    overrun_x100: int  # clocked beyond the estimate, summed over the overrun lines


@dataclass(frozen=True)
class PeriodRow:
    start: date  # Monday of the week, or the 1st of the month
    lines: int
    overruns: int
    billed_x100: int
    clocked_x100: int

    @property
    def efficiency_pct(self) -> int | None:
        return round(self.billed_x100 * 100 / self.clocked_x100) if self.clocked_x100 else None


@dataclass(frozen=True)
class WorkshopReport:
    start: date
    end: date
    period: Period
    technicians: tuple[TechnicianRow, ...]
    categories: tuple[CategoryRow, ...]
    periods: tuple[PeriodRow, ...]


@dataclass(frozen=True)
class _Line:
    finished_at: datetime
    category: ServiceCategory | None
    estimate_x100: int
    worked_x100: dict[int, int]  # technician -> clocked


def period_start(day: date, period: Period) -> date:
    return day - timedelta(days=day.weekday()) if period == "week" else day.replace(day=1)


def _finished_lines(db: Database, actor: Actor, start: date, end: date) -> tuple[list[_Line], dict[int, str]]:
    """Every line whose last finish is in [start, end] (local days)."""
    lo = datetime.combine(start, time()).astimezone()
    hi = datetime.combine(end + timedelta(days=1), time()).astimezone()
    with db.read() as s:
        current_actor(s, actor, *REPORT_ROLES)
        # The orders with a finish in the period; then all their events, since work may have started before it.
        order_ids = set(
            s.scalars(
                select(JobClockEvent.order_id).where(
                    JobClockEvent.action == ClockAction.FINISH.value, JobClockEvent.at >= lo, JobClockEvent.at < hi
                )
            )
        )
        if not order_ids:
            return [], {}
        orders = {
            o.id: o
            for o in s.scalars(
                select(WorkOrder).where(WorkOrder.id.in_(order_ids)).options(selectinload(WorkOrder.labour_lines))
            )
        }
        estimates = {x.id: x.hours_x100 for o in orders.values() for x in o.labour_lines}
        events: dict[tuple[int, int], dict[int, list[ClockEvent]]] = defaultdict(lambda: defaultdict(list))
        q = (
            select(JobClockEvent)
            .where(JobClockEvent.order_id.in_(order_ids), JobClockEvent.labour_line_id.in_(list(estimates)))
            .order_by(JobClockEvent.at, JobClockEvent.id)
        )
        for e in s.scalars(q):
            assert e.labour_line_id is not None
            reason = PauseReason(e.reason) if e.reason else None
            action = ClockEvent(ClockAction(e.action), e.at, reason)
            events[(e.order_id, e.labour_line_id)][e.technician_id].append(action)
        names = {u.id: u.full_name for u in s.scalars(select(User))}
    lines: list[_Line] = []
    for (order_id, line_id), by_tech in events.items():
        order = orders[order_id]
        clock = job_clock.LineClock(0, dict(by_tech))
        if not clock.finished():
            continue
        finished_at = max(evs[-1].at for evs in by_tech.values())
        if not lo <= finished_at < hi:
            continue
        worked = {t: job_clock.hours_x100(job_clock.worked(evs, finished_at)) for t, evs in by_tech.items()}
        category = ServiceCategory(order.category) if order.category else None
        lines.append(_Line(finished_at, category, estimates[line_id], worked))
    return lines, names


def _share(line: _Line) -> dict[int, int]:
    """The line's billed hours shared by clocked time (the last technician takes the rounding)."""
    total = sum(line.worked_x100.values())
    techs = sorted(line.worked_x100)
    if total == 0:
        return {t: line.estimate_x100 // len(techs) for t in techs}
    shares = {t: line.estimate_x100 * line.worked_x100[t] // total for t in techs[:-1]}
    shares[techs[-1]] = line.estimate_x100 - sum(shares.values())
    return shares


def _periods(lines: Iterable[_Line], period: Period) -> tuple[PeriodRow, ...]:
    buckets: dict[date, list[_Line]] = defaultdict(list)
    for line in lines:
        buckets[period_start(line.finished_at.astimezone().date(), period)].append(line)
    return tuple(
        PeriodRow(
            start,
            len(group),
            sum(1 for x in group if sum(x.worked_x100.values()) > x.estimate_x100),
            sum(x.estimate_x100 for x in group),
            sum(sum(x.worked_x100.values()) for x in group),
        )
        for start, group in sorted(buckets.items())
    )


def build(db: Database, actor: Actor, start: date, end: date, period: Period = "week") -> WorkshopReport:
    lines, names = _finished_lines(db, actor, start, end)
    billed: dict[int, int] = defaultdict(int)
    clocked: dict[int, int] = defaultdict(int)
    count: dict[int, int] = defaultdict(int)
    for line in lines:
        for tech, share in _share(line).items():
            billed[tech] += share
            clocked[tech] += line.worked_x100[tech]
            count[tech] += 1
    technicians = sorted(
        (TechnicianRow(names.get(t, str(t)), count[t], billed[t], clocked[t]) for t in billed),
        key=lambda r: r.technician,
    )
    by_category: dict[ServiceCategory | None, list[_Line]] = defaultdict(list)
    for line in lines:
        by_category[line.category].append(line)
    categories = []
    for category in [*ServiceCategory, None]:
        group = by_category.get(category, [])
        if not group:
            continue
        over = [x for x in group if sum(x.worked_x100.values()) > x.estimate_x100]
        categories.append(
            CategoryRow(
                category, len(group), len(over), sum(sum(x.worked_x100.values()) - x.estimate_x100 for x in over)
            )
        )
    return WorkshopReport(start, end, period, tuple(technicians), tuple(categories), _periods(lines, period))
