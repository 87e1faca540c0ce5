"""战败分析: losses by reason, competing insurer and specialist for a day, a week and a month; the weekly
plan's completion; the trend; who may read it."""

from __future__ import annotations

from datetime import date

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import PermissionDenied
from dealerdesk.domain.renewal_loss_rules import PeriodKind
from dealerdesk.domain.renewal_rules import CallOutcome, LossReason, Stage
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.renewal import losses
from tests.db.renewal_loss_data import call, followup, plan
from tests.helpers import PASSWORD, UserSet

MON = date(2026, 11, 30)
WED = date(2026, 12, 2)


def specialist(db: Database, people: UserSet, username: str, name: str) -> Actor:
    view = users.create_user(db, people.admin, username, name, PASSWORD, {Role.RENEWAL_SPECIALIST})
    return Actor(view.id, view.username, view.full_name, view.roles)


@pytest.fixture
def team(db: Database, people: UserSet) -> tuple[Actor, Actor]:
    return specialist(db, people, "rs1", "赵续保"), specialist(db, people, "rs2", "钱续保")


def test_the_days_week_and_months_losses_by_reason_insurer_and_specialist(
    db: Database, people: UserSet, team: tuple[Actor, Actor]
) -> None:
    zhao, qian = team
    followup(db, zhao.id, Stage.WON, WED)
    followup(db, zhao.id, Stage.LOST, WED, LossReason.PRICE)
    followup(db, qian.id, Stage.LOST, WED, LossReason.INSURED_ELSEWHERE, "人保")
    followup(db, qian.id, Stage.LOST, MON, LossReason.INSURED_ELSEWHERE, "人保")
    followup(db, qian.id, Stage.LOST, date(2026, 12, 20), LossReason.CAR_SOLD)
    followup(db, zhao.id, Stage.WON, date(2026, 11, 20))  # last month
    followup(db, zhao.id, Stage.INVITE, None)  # open: counts nowhere

    day = losses.loss_analysis(db, people.manager, PeriodKind.DAY, WED)
    assert (day.won, day.lost, day.loss_rate_pct) == (1, 2, 66.7)
    assert [(x.key, x.count, x.share_pct) for x in day.by_reason] == [
        (LossReason.INSURED_ELSEWHERE.value, 1, 50.0),
        (LossReason.PRICE.value, 1, 50.0),
    ]
    assert [(x.key, x.count) for x in day.by_insurer] == [("人保", 1)]
    assert [(x.name, x.won, x.lost, x.loss_rate_pct) for x in day.by_specialist] == [
        ("赵续保", 1, 1, 50.0),
        ("钱续保", 0, 1, 100.0),
    ]  # most losses first, then by name

    week = losses.loss_analysis(db, people.manager, PeriodKind.WEEK, WED)
    assert (week.start, week.won, week.lost) == (MON, 1, 3)
    assert [(x.key, x.count, x.share_pct) for x in week.by_insurer] == [("人保", 2, 66.7)]

    month = losses.loss_analysis(db, people.manager, PeriodKind.MONTH, WED)
    assert (month.start, month.won, month.lost) == (date(2026, 12, 1), 1, 3)  # Monday 30 Nov is November's
    assert {x.key for x in month.by_reason} == {"price", "insured_elsewhere", "car_sold"}
    assert [(x.name, x.lost) for x in month.by_specialist] == [("钱续保", 2), ("赵续保", 1)]
    assert [(p.label, p.won, p.lost) for p in month.trend[-2:]] == [("2026-11", 1, 1), ("2026-12", 1, 3)]
    assert len(month.trend) == losses.TREND_PERIODS


def test_the_weekly_plan_planned_called_and_won(db: Database, people: UserSet, team: tuple[Actor, Actor]) -> None:
    zhao, qian = team
    a = followup(db, zhao.id, Stage.WON, WED)
    b = followup(db, zhao.id, Stage.INVITE, None)
    c = followup(db, qian.id, Stage.INVITE, None)
    d = followup(db, qian.id, Stage.WON, date(2026, 12, 9))  # won, but after the plan's week
    plan(db, MON, [(a, zhao.id), (b, zhao.id), (c, qian.id), (d, qian.id)])
    call(db, a, zhao.id, MON)
    call(db, b, zhao.id, date(2026, 11, 29))  # the Sunday before: not this week's call
    call(db, c, qian.id, WED, CallOutcome.NO_ANSWER)  # called, unanswered: it was called
    call(db, d, qian.id, date(2026, 12, 8))  # the week after
    week = losses.loss_analysis(db, people.manager, PeriodKind.WEEK, WED)
    assert [(p.name, p.planned, p.called, p.won) for p in week.plan] == [("赵续保", 2, 1, 1), ("钱续保", 2, 1, 0)]
    assert week.plan_total == (4, 2, 1)
    day = losses.loss_analysis(db, people.manager, PeriodKind.DAY, date(2026, 12, 6))  # Sunday: still that week
    assert day.plan_total == (4, 2, 1)
    assert losses.loss_analysis(db, people.manager, PeriodKind.DAY, date(2026, 12, 7)).plan == ()


def test_a_specialist_reads_it_an_advisor_does_not(db: Database, people: UserSet, team: tuple[Actor, Actor]) -> None:
    assert losses.loss_analysis(db, team[0], PeriodKind.MONTH, WED).closed == 0
    with pytest.raises(PermissionDenied):
        losses.loss_analysis(db, people.advisor, PeriodKind.MONTH, WED)
