"""战败分析: the loss analysis of a day, a week or a month, for the specialists' meeting.

Counts the follow-up records closed in the period (won or lost) by loss reason, competing insurer
and specialist, the weekly plans' completion (planned / called / won in their week) and a trend
of the periods before. Every count is one grouped query on indexed columns: the month on the
60k-vehicle dataset stays well under 300 ms (bench/bench_renewal_losses.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import RenewalCall, RenewalFollowUp, RenewalPlan, RenewalPlanEntry, User
from dealerdesk.domain.renewal_loss_rules import PeriodKind, period_label, period_of, periods_before, rate_pct
from dealerdesk.domain.renewal_rules import LossReason, Stage
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.renewal.common import VIEW_ROLES

READERS = VIEW_ROLES  # the specialists, their manager, the administrator
TREND_PERIODS = 8


@dataclass(frozen=True)
class Share:
    key: str  # a LossReason value, an insurer's name
    count: int
    share_pct: float  # of the period's losses


@dataclass(frozen=True)
class SpecialistLine:
    specialist_id: int | None
    name: str
    won: int
    lost: int

    @property
    def closed(self) -> int:
        return self.won + self.lost

    @property
    def loss_rate_pct(self) -> float:
        return rate_pct(self.lost, self.closed)


@dataclass(frozen=True)
class PlanLine:
    week_start: date
    specialist_id: int
    name: str
    planned: int
    called: int  # entries called at least once in the plan's week
    won: int  # entries won in the plan's week

    @property
    def called_pct(self) -> float:
        return rate_pct(self.called, self.planned)

    @property
    def won_pct(self) -> float:
        return rate_pct(self.won, self.planned)


@dataclass(frozen=True)
class TrendPoint:
    start: date
    label: str
    short_label: str  # five characters for a narrow chart: 11-30 (a day, a week's Monday), 26-11 (a month)
    won: int
    lost: int

    @property
    def loss_rate_pct(self) -> float:
        return rate_pct(self.lost, self.won + self.lost)


@dataclass(frozen=True)
class LossAnalysis:
    kind: PeriodKind
    start: date
    end: date  # the day after the period
    won: int
    lost: int
    by_reason: tuple[Share, ...]
    by_insurer: tuple[Share, ...]
    by_specialist: tuple[SpecialistLine, ...]
    plan: tuple[PlanLine, ...]
    trend: tuple[TrendPoint, ...]

    @property
    def closed(self) -> int:
        return self.won + self.lost

    @property
    def loss_rate_pct(self) -> float:
        return rate_pct(self.lost, self.closed)

    @property
    def label(self) -> str:
        return period_label(self.kind, self.start)

    @property
    def plan_total(self) -> tuple[int, int, int]:
        return (
            sum(x.planned for x in self.plan),
            sum(x.called for x in self.plan),
            sum(x.won for x in self.plan),
        )


def _local(day: date) -> datetime:
    """Local midnight of ``day`` at the dealership (this workstation's zone), as an aware datetime."""
    return datetime.combine(day, time(), datetime.now().astimezone().tzinfo)


def _shares(counts: Counter[str], lost: int) -> tuple[Share, ...]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(Share(k, n, rate_pct(n, lost)) for k, n in ranked)


def _closed_counts(s: Session, start: datetime, end: datetime) -> list[tuple[str, str | None, str, int | None, int]]:
    f = RenewalFollowUp
    q = (
        select(f.stage, f.loss_reason, f.loss_insurer, f.specialist_id, func.count())
        .where(f.closed_at >= start, f.closed_at < end)
        .group_by(f.stage, f.loss_reason, f.loss_insurer, f.specialist_id)
    )
    return [(st, r, i, sp, int(n)) for st, r, i, sp, n in s.execute(q)]


def _trend(s: Session, kind: PeriodKind, day: date, count: int) -> list[TrendPoint]:
    """Won and lost per period, the periods read in one range scan of the closed-records index."""
    periods = periods_before(kind, day, count)
    f = RenewalFollowUp
    bounds = [_local(end) for _start, end in periods]
    bucket = case(*((f.closed_at < b, i) for i, b in enumerate(bounds)), else_=len(bounds))
    q = (
        select(bucket, f.stage, func.count())
        .where(f.closed_at >= _local(periods[0][0]), f.closed_at < bounds[-1])
        .group_by(bucket, f.stage)
    )
    n: dict[tuple[int, str], int] = {(int(i), st): int(c) for i, st, c in s.execute(q)}
    return [
        TrendPoint(
            start,
            period_label(kind, start),
            start.strftime("%y-%m") if kind is PeriodKind.MONTH else start.strftime("%m-%d"),
            n.get((i, Stage.WON.value), 0),
            n.get((i, Stage.LOST.value), 0),
        )
        for i, (start, _end) in enumerate(periods)
    ]


def _plan(s: Session, start: date, end: date) -> list[tuple[date, int, int, int, int]]:
    """(week, specialist, planned, called, won) of every weekly plan overlapping the period; called and won
    count what happened in the plan's own week (Monday to Sunday)."""
    plans = s.execute(
        select(RenewalPlan.id, RenewalPlan.week_start)
        .where(RenewalPlan.week_start > start - timedelta(days=7), RenewalPlan.week_start < end)
        .order_by(RenewalPlan.week_start)
    ).all()
    e = RenewalPlanEntry
    out = []
    for plan_id, week in plans:
        w0, w1 = _local(week), _local(week + timedelta(days=7))
        # Each an IN (the week's calls / wins, read from an index alone) checked against the plan's
        # entries: a correlated lookup per entry took 20 times longer on the 60k-vehicle dataset.
        called = select(RenewalCall.followup_id).where(RenewalCall.called_at >= w0, RenewalCall.called_at < w1)
        won = select(RenewalFollowUp.id).where(
            RenewalFollowUp.closed_at >= w0, RenewalFollowUp.closed_at < w1, RenewalFollowUp.stage == Stage.WON.value
        )
        q = (
            select(
                e.specialist_id,
                func.count(),
                func.sum(case((e.followup_id.in_(called), 1), else_=0)),
                func.sum(case((e.followup_id.in_(won), 1), else_=0)),
            )
            .where(e.plan_id == plan_id)
            .group_by(e.specialist_id)
        )
        out += [(week, sp, int(n), int(c or 0), int(w or 0)) for sp, n, c, w in s.execute(q)]
    return out


def loss_analysis(
    db: Database, actor: Actor, kind: PeriodKind, day: date, trend_periods: int = TREND_PERIODS
) -> LossAnalysis:
    start, end = period_of(kind, day)
    with db.read() as s:
        current_actor(s, actor, *READERS)
        closed = _closed_counts(s, _local(start), _local(end))
        plan_rows = _plan(s, start, end)
        trend = _trend(s, kind, day, trend_periods)
        ids = {sp for *_, sp, _ in closed if sp is not None} | {sp for _, sp, *_ in plan_rows}
        names = {i: n for i, n in s.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}
    won = sum(n for st, *_, n in closed if st == Stage.WON.value)
    lost = sum(n for st, *_, n in closed if st == Stage.LOST.value)
    reasons: Counter[str] = Counter()
    insurers: Counter[str] = Counter()
    per: dict[int | None, list[int]] = {}
    for st, reason, insurer, sp, n in closed:
        tally = per.setdefault(sp, [0, 0])
        if st == Stage.WON.value:
            tally[0] += n
        elif st == Stage.LOST.value:
            tally[1] += n
            reasons[reason or LossReason.OTHER.value] += n
            if insurer.strip():
                insurers[insurer.strip()] += n
    specialists = sorted(
        (SpecialistLine(sp, names.get(sp, "") if sp is not None else "", w, lo) for sp, (w, lo) in per.items()),
        key=lambda x: (-x.lost, x.name),
    )
    plan = [PlanLine(week, sp, names.get(sp, ""), n, c, w) for week, sp, n, c, w in plan_rows]
    plan.sort(key=lambda x: (x.week_start, x.name))
    return LossAnalysis(
        kind,
        start,
        end,
        won,
        lost,
        _shares(reasons, lost),
        _shares(insurers, lost),
        tuple(specialists),
        tuple(plan),
        tuple(trend),
    )
