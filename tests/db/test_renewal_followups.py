"""The follow-up record: calls move it through its stages, a loss needs its reason, a win brings next
year's policy; the day's count is of connected calls only and the loss summary opens at 17:00."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import InsurancePolicy
from dealerdesk.domain.messages import ConflictError, ValidationError
from dealerdesk.domain.renewal_rules import CallEntry, CallOutcome, LossReason, PolicyInput, Quote, Stage
from dealerdesk.services.actor import Actor
from dealerdesk.services.renewal.followups import get_followup, log_call
from dealerdesk.services.renewal.plan import build_plan
from dealerdesk.services.renewal.policies import save_policy
from dealerdesk.services.renewal.today import today_view
from tests.db.renewal_helpers import insure, make_cars, make_specialist
from tests.helpers import UserSet

MONDAY = date(2026, 11, 30)
# Tuesday 1 December, China time: 10:00 and 17:30.
MORNING = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
EVENING = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
TOMORROW = date(2026, 12, 2)


@pytest.fixture
def specialist(db: Database, people: UserSet) -> Actor:
    return make_specialist(db, people, "rn1", "钱续保")


@pytest.fixture
def records(db: Database, people: UserSet, specialist: Actor) -> list[int]:
    """Five planned records of the specialist, expiring from 3 to 30 December."""
    cars = make_cars(db, 5)
    for n, car in enumerate(cars):
        insure(db, people.manager, car, date(2026, 12, 3) + timedelta(days=n * 6))
    build_plan(db, people.manager, MONDAY)
    return [d.followup_id for d in today_view(db, specialist, MORNING).due]


def call(db: Database, who: Actor, record: int, entry: CallEntry, at: datetime = MORNING) -> None:
    seen = get_followup(db, who, record).calls_logged
    log_call(db, who, record, entry, calls_seen=seen, now=at)


def test_a_record_goes_from_invitation_to_a_won_policy_and_next_years_policy(
    db: Database, people: UserSet, specialist: Actor, records: list[int]
) -> None:
    record = records[0]
    call(db, specialist, record, CallEntry(CallOutcome.NO_ANSWER, next_call_on=TOMORROW))
    call(
        db,
        specialist,
        record,
        CallEntry(CallOutcome.REACHED, "客户考虑中", next_call_on=TOMORROW, stage=Stage.FOLLOW_UP),
    )
    quote = Quote("太平洋保险", 452_000, 48_000)
    call(db, specialist, record, CallEntry(CallOutcome.REACHED, next_call_on=TOMORROW, stage=Stage.QUOTE, quote=quote))
    call(db, specialist, record, CallEntry(CallOutcome.CALL_BACK, next_call_on=TOMORROW, stage=Stage.VISIT))
    call(db, specialist, record, CallEntry(CallOutcome.REACHED, "到店刷卡", stage=Stage.WON))
    view = get_followup(db, specialist, record)
    assert view.stage is Stage.WON and view.next_call_on is None and view.quote == quote
    assert [c.stage_after for c in view.calls] == [Stage.WON, Stage.VISIT, Stage.QUOTE, Stage.FOLLOW_UP, Stage.INVITE]
    assert [c.connected for c in view.calls] == [True, True, True, True, False]
    with db.read() as s:
        policies = s.execute(
            select(InsurancePolicy.policy_year, InsurancePolicy.insurer, InsurancePolicy.premium_fen,
                   InsurancePolicy.compulsory_expiry, InsurancePolicy.last_year_insurer, InsurancePolicy.source)
            .order_by(InsurancePolicy.policy_year)
            .where(InsurancePolicy.id.in_(select(InsurancePolicy.id).where(InsurancePolicy.vehicle_id == 1)))
        ).all()  # fmt: skip
    assert [tuple(p) for p in policies] == [
        (2026, "人保财险", 480_000, date(2026, 12, 3), "平安", "manual"),
        (2027, "太平洋保险", 452_000, date(2027, 12, 3), "人保财险", "renewal"),
    ]
    # Closed: nothing more is logged on it.
    with pytest.raises(ValidationError) as refused:
        call(db, specialist, record, CallEntry(CallOutcome.REACHED, next_call_on=TOMORROW))
    assert [p.field for p in refused.value.problems] == ["stage"]


def test_losing_needs_a_reason_from_the_list_and_the_competitor(
    db: Database, specialist: Actor, records: list[int]
) -> None:
    record = records[1]
    with pytest.raises(ValidationError) as refused:
        call(db, specialist, record, CallEntry(CallOutcome.REACHED, stage=Stage.LOST))
    assert [p.field for p in refused.value.problems] == ["loss_reason"]
    elsewhere = CallEntry(CallOutcome.REACHED, stage=Stage.LOST, loss_reason=LossReason.INSURED_ELSEWHERE)
    with pytest.raises(ValidationError) as refused:
        call(db, specialist, record, elsewhere)
    assert [p.field for p in refused.value.problems] == ["loss_insurer"]
    assert get_followup(db, specialist, record).calls == []  # a refused call leaves nothing behind
    call(
        db,
        specialist,
        record,
        CallEntry(CallOutcome.REACHED, stage=Stage.LOST, loss_reason=LossReason.INSURED_ELSEWHERE, loss_insurer="平安"),
    )
    view = get_followup(db, specialist, record)
    assert (view.stage, view.loss_reason, view.loss_insurer) == (Stage.LOST, LossReason.INSURED_ELSEWHERE, "平安")


def test_a_call_logged_meanwhile_is_a_conflict(
    db: Database, people: UserSet, specialist: Actor, records: list[int]
) -> None:
    record = records[2]
    seen = get_followup(db, specialist, record).calls_logged
    # At the test's own morning: the real clock would make TOMORROW a past day from 3 December on.
    busy = CallEntry(CallOutcome.BUSY, next_call_on=TOMORROW)
    log_call(db, people.manager, record, busy, calls_seen=seen, now=MORNING)
    with pytest.raises(ConflictError, match="周经理 logged a call"):
        reached = CallEntry(CallOutcome.REACHED, next_call_on=TOMORROW)
        log_call(db, specialist, record, reached, calls_seen=seen, now=MORNING)


def test_the_days_target_counts_connected_calls_only(db: Database, specialist: Actor, records: list[int]) -> None:
    view = today_view(db, specialist, MORNING)
    assert (len(view.due), view.calls_today, view.connected_today, view.target) == (5, 0, 0, 20)
    for outcome, record in zip(
        (CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.SWITCHED_OFF, CallOutcome.REACHED, CallOutcome.REFUSED),
        records,
        strict=True,
    ):
        call(db, specialist, record, CallEntry(outcome, next_call_on=TOMORROW))
    view = today_view(db, specialist, MORNING)
    assert (view.calls_today, view.connected_today) == (5, 2)  # three unanswered calls do not count
    assert view.due == []  # all called: next calls tomorrow
    tomorrow = today_view(db, specialist, MORNING + timedelta(days=1))
    assert (len(tomorrow.due), tomorrow.calls_today, tomorrow.connected_today) == (5, 0, 0)  # a new day


def test_the_loss_summary_opens_at_the_summary_hour(
    db: Database, people: UserSet, specialist: Actor, records: list[int]
) -> None:
    for record, reason in zip(records[:3], (LossReason.PRICE, LossReason.CAR_SOLD, LossReason.PRICE), strict=True):
        call(db, specialist, record, CallEntry(CallOutcome.REACHED, stage=Stage.LOST, loss_reason=reason))
    morning = today_view(db, specialist, MORNING)
    assert not morning.summary_open
    evening = today_view(db, specialist, EVENING)
    assert evening.summary_open and evening.summary_hour == 17
    assert evening.loss_counts == [(LossReason.PRICE, 2), (LossReason.CAR_SOLD, 1)]
    assert [line.specialist for line in evening.losses] == ["钱续保"] * 3
    team = today_view(db, people.manager, EVENING)  # the manager sees the team's day
    assert team.team and len(team.losses) == 3 and team.target == 20


def test_policies_are_one_per_car_and_year(db: Database, people: UserSet) -> None:
    car = make_cars(db, 1)[0]
    first = save_policy(db, people.manager, car, PolicyInput("人保财险", date(2027, 3, 1), None, 300_000))
    again = save_policy(db, people.manager, car, PolicyInput("人保财险", date(2027, 3, 1), None, 310_000))
    assert first.created and not again.created and first.policy_id == again.policy_id
    with pytest.raises(ValidationError) as refused:
        save_policy(db, people.manager, car, PolicyInput(" ", None, None, -1))
    assert [p.field for p in refused.value.problems] == ["insurer", "expiry", "premium"]
