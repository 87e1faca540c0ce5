"""The customer care desk on the database: daily status, each person's list, the call log, the data-to-fix
queue and the called-in attribution."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import AuditEntry, CareCall, CareStatus
from dealerdesk.domain.care_calls import CallOutcome, FixKind
from dealerdesk.domain.care_rules import CallReason, CareStatusCode, DueKind
from dealerdesk.domain.messages import PermissionDenied, ValidationError
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services.care import calls, status
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.services.settings import get_settings, save_settings
from tests.db.care_helpers import car, care_user, customer, days_ago, past_call, visit
from tests.helpers import UserSet


@pytest.fixture
def today() -> date:
    return dealer_today()


def overdue_car(db: Database, people: UserSet, today: date, name: str, mobile: str) -> tuple[int, int]:
    """A customer whose car had its last maintenance 200 days ago (due at 180): overdue."""
    owner = customer(db, name, mobile)
    vehicle = car(db, owner, days_ago(today, 600))
    visit(db, people, vehicle, days_ago(today, 400), 9000, ServiceCategory.FIRST_SERVICE)
    visit(db, people, vehicle, days_ago(today, 200), 15000)
    return owner, vehicle


def test_status_is_computed_once_a_day_and_stored(db: Database, people: UserSet, today: date) -> None:
    _owner, late = overdue_car(db, people, today, "陈先生", "13800138001")
    fresh = car(db, customer(db, "林女士", "13800138002"), days_ago(today, 20))
    never = car(db, customer(db, "黄先生", "13800138003"), days_ago(today, 366))
    lapsing = car(db, customer(db, "吴女士", "13800138004"), days_ago(today, 900))
    visit(db, people, lapsing, days_ago(today, 500), 30000)
    visit(db, people, lapsing, days_ago(today, 10), None, status=OrderStatus.CANCELLED)  # not a visit

    assert not status.is_fresh(db, today)
    heard: list[tuple[int, int]] = []
    done = status.refresh_status(db, people.manager, today, progress=lambda n, total: heard.append((n, total)))
    assert (done.vehicles, done.listed, done.done_now) == (4, 3, True)
    assert heard == [(0, 4), (4, 4)]  # the page's progress bar: from none to every car
    assert status.is_fresh(db, today)
    with db.read() as s:
        rows = {r.vehicle_id: r for r in s.scalars(select(CareStatus))}
    assert rows[late].status == CareStatusCode.OVERDUE
    assert rows[late].due_kind == DueKind.PERIODIC
    assert rows[late].due_on == days_ago(today, 20)  # 180 days after the last maintenance
    assert rows[late].km_per_day_own
    assert rows[late].km_per_day_x10 == 375  # 15000 km in 400 days since the sale
    assert rows[late].visits_12m == 1
    assert rows[fresh].status == CareStatusCode.ACTIVE and rows[fresh].listed_on is None
    assert rows[never].status == CareStatusCode.FIRST_SERVICE_MISSED
    assert rows[lapsing].status == CareStatusCode.LAPSING
    assert rows[lapsing].last_visit_on == days_ago(today, 500)

    again = status.refresh_status(db, people.manager, today)
    assert (again.vehicles, again.listed, again.done_now) == (4, 3, False)


def test_one_row_per_customer_with_every_reason(db: Database, people: UserSet, today: date) -> None:
    owner, first = overdue_car(db, people, today, "陈先生", "13800138001")
    second = car(db, owner, days_ago(today, 400), model="Tiguan L")  # first service missed
    status.refresh_status(db, people.manager, today)
    rows = calls.call_list(db, people.manager, None, today)
    assert len(rows) == 1
    row = rows[0]
    assert row.name == "陈先生" and row.phone == "13800138001"
    assert {v.vehicle_id for v in row.vehicles} == {first, second}
    assert row.reasons == (CallReason.FIRST_SERVICE_MISSED, CallReason.MAINTENANCE_OVERDUE)
    assert row.called_today is None


def test_contact_number_is_called_before_the_owner(db: Database, people: UserSet, today: date) -> None:
    owner = customer(db, "某公司", "13800138009")
    car(db, owner, days_ago(today, 400), contact_mobile="13900139000")
    status.refresh_status(db, people.manager, today)
    (row,) = calls.call_list(db, people.manager, None, today)
    assert (row.phone, row.phone_whom) == ("13900139000", calls.CONTACT)


def test_the_day_is_split_evenly_in_rank_order(db: Database, people: UserSet, today: date) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    b = care_user(db, people, "cr2", "客服乙")
    for i in range(5):
        overdue_car(db, people, today, f"客户{i}", f"1380013800{i}")
    settings = get_settings(db)
    save_settings(db, people.manager, replace(settings, care_calls_per_day=2), base=settings)
    done = status.refresh_status(db, people.manager, today)
    assert done.listed == 4  # two each: the fifth waits for another day
    mine = calls.call_list(db, a, a.id, today)
    theirs = calls.call_list(db, b, b.id, today)
    assert len(mine) == len(theirs) == 2
    assert {r.assigned_to_name for r in mine} == {"客服甲"}
    everyone = calls.call_list(db, people.manager, None, today)
    assert len(everyone) == 4
    assert [r.priority for r in everyone] == sorted((r.priority for r in everyone), reverse=True)


def test_calls_of_the_day_do_not_reshuffle_the_list(db: Database, people: UserSet, today: date) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    _o1, v1 = overdue_car(db, people, today, "陈先生", "13800138001")
    _o2, v2 = overdue_car(db, people, today, "林女士", "13800138002")
    status.refresh_status(db, a, today)
    before = [r.key for r in calls.call_list(db, a, a.id, today)]
    top = calls.call_list(db, a, a.id, today)[0]
    logged = calls.log_call(
        db, a, [v.vehicle_id for v in top.vehicles], CallOutcome.NO_ANSWER, next_call_on=today + timedelta(days=1)
    )
    assert len(logged.call_ids) == 1 and logged.fixes_opened == 0
    status.refresh_status(db, a, today)  # another workstation opening the desk: nothing recomputed
    after = calls.call_list(db, a, a.id, today)
    assert sorted(r.key for r in after) == sorted(before)
    assert after[-1].key == top.key and after[-1].called_today is CallOutcome.NO_ANSWER
    assert after[0].called_today is None
    with db.read() as s:
        call = s.scalars(select(CareCall)).one()
        assert call.phone == top.phone and call.outcome_class == "not_connected"
        assert call.reasons == "maintenance_overdue"
        assert s.scalar(select(func.count()).where(AuditEntry.action == "care_call")) == 1
    assert {v1, v2} >= {v.vehicle_id for v in top.vehicles}


def test_next_day_a_call_back_goes_to_the_same_person(db: Database, people: UserSet, today: date) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    b = care_user(db, people, "cr2", "客服乙")
    vehicles = [overdue_car(db, people, today, f"客户{i}", f"1380013800{i}")[1] for i in range(4)]
    yesterday = today - timedelta(days=1)
    past_call(db, b, vehicles[0], yesterday, CallOutcome.BUSY, next_call_on=today)
    past_call(db, a, vehicles[1], days_ago(today, 5), CallOutcome.NOT_DUE_KM, next_call_on=today + timedelta(days=20))
    status.refresh_status(db, people.manager, today)
    theirs = calls.call_list(db, b, b.id, today)
    assert theirs[0].vehicles[0].vehicle_id == vehicles[0]
    assert theirs[0].reasons[0] is CallReason.CALL_BACK
    assert theirs[0].last_outcome is CallOutcome.BUSY and theirs[0].last_call_on == yesterday
    everyone = {v.vehicle_id for r in calls.call_list(db, people.manager, None, today) for v in r.vehicles}
    assert vehicles[1] not in everyone  # not due by km: called again in 20 days
    assert len(calls.call_list(db, a, a.id, today)) + len(theirs) == 3


def test_a_visit_after_the_call_starts_over(db: Database, people: UserSet, today: date) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    _owner, vehicle = overdue_car(db, people, today, "陈先生", "13800138001")
    past_call(db, a, vehicle, days_ago(today, 300), CallOutcome.CAR_SOLD)
    status.refresh_status(db, a, today)
    assert [v.vehicle_id for r in calls.call_list(db, a, a.id, today) for v in r.vehicles] == [vehicle]


def test_call_record_checks_and_rights(db: Database, people: UserSet, today: date) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    _owner, vehicle = overdue_car(db, people, today, "陈先生", "13800138001")
    with pytest.raises(ValidationError) as err:
        calls.log_call(db, a, [vehicle], CallOutcome.WILL_COME)
    assert [p.field for p in err.value.problems] == ["promised_on"]
    with pytest.raises(ValidationError) as err:
        calls.log_call(db, a, [], CallOutcome.NO_ANSWER)
    assert [p.field for p in err.value.problems] == ["vehicles"]
    with pytest.raises(PermissionDenied):
        calls.log_call(db, people.advisor, [vehicle], CallOutcome.NO_ANSWER)
    logged = calls.log_call(
        db, a, [vehicle], CallOutcome.WILL_COME, promised_on=today + timedelta(days=3), note=" 周六上午 "
    )
    (record,) = calls.calls_of_vehicle(db, people.advisor, vehicle)
    assert record.call_id == logged.call_ids[0]
    assert (record.outcome, record.promised_on, record.note, record.called_by) == (
        CallOutcome.WILL_COME,
        today + timedelta(days=3),
        "周六上午",
        "客服甲",
    )


def test_wrong_number_and_car_sold_feed_the_fix_queue(db: Database, people: UserSet, today: date) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    _o1, wrong = overdue_car(db, people, today, "陈先生", "13800138001")
    _o2, sold = overdue_car(db, people, today, "林女士", "13800138002")
    first = calls.log_call(db, a, [wrong], CallOutcome.WRONG_NUMBER)
    again = calls.log_call(db, a, [wrong], CallOutcome.WRONG_NUMBER)
    calls.log_call(db, a, [sold], CallOutcome.CAR_SOLD, note="卖给了朋友")
    assert (first.fixes_opened, again.fixes_opened) == (1, 0)
    queue = calls.open_fixes(db, people.advisor)
    assert [(f.vehicle_id, f.kind) for f in queue] == [(wrong, FixKind.WRONG_NUMBER), (sold, FixKind.CAR_SOLD)]
    assert queue[0].phone == "13800138001" and queue[1].note == "卖给了朋友"

    tomorrow = today + timedelta(days=1)
    status.refresh_status(db, people.manager, tomorrow)
    assert calls.call_list(db, people.manager, None, tomorrow) == []  # neither is called while the record is wrong

    with pytest.raises(ValidationError):
        calls.resolve_fix(db, people.advisor, queue[0].fix_id, "  ")
    calls.resolve_fix(db, people.advisor, queue[0].fix_id, "客户到店，新号码 13900139001")
    with pytest.raises(ValidationError):
        calls.resolve_fix(db, people.advisor, queue[0].fix_id, "again")
    assert [f.vehicle_id for f in calls.open_fixes(db, people.advisor)] == [sold]
    status.refresh_status(db, people.manager, tomorrow, force=True)
    listed = calls.call_list(db, people.manager, None, tomorrow)
    assert [v.vehicle_id for r in listed for v in r.vehicles] == [wrong]  # back on the list once fixed


@pytest.mark.parametrize(("days_after", "expected"), [(0, True), (30, True), (31, False)])
def test_called_in_within_thirty_days_of_a_connected_call(
    db: Database, people: UserSet, today: date, days_after: int, expected: bool
) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    vehicle = car(db, customer(db, "陈先生", "13800138001"), days_ago(today, 900))
    call_day = days_ago(today, 60)
    past_call(db, a, vehicle, call_day, CallOutcome.WILL_COME, promised_on=call_day + timedelta(days=2))
    order = visit(db, people, vehicle, call_day + timedelta(days=days_after), 40000)
    (source,) = calls.visit_sources(db, people.manager, call_day, today)
    assert source.order_id == order
    assert source.called_in is expected
    assert source.caller_id == (a.id if expected else None)


def test_a_call_that_did_not_connect_brings_nobody(db: Database, people: UserSet, today: date) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    vehicle = car(db, customer(db, "陈先生", "13800138001"), days_ago(today, 900))
    past_call(db, a, vehicle, days_ago(today, 10), CallOutcome.NO_ANSWER, next_call_on=days_ago(today, 9))
    visit(db, people, vehicle, days_ago(today, 5), 40000)
    visit(db, people, vehicle, days_ago(today, 4), None, ServiceCategory.PDS)  # not a visit
    (source,) = calls.visit_sources(db, people.manager, days_ago(today, 30), today)
    assert not source.called_in


def test_calls_per_person_count_a_call_about_two_cars_once(db: Database, people: UserSet, today: date) -> None:
    a = care_user(db, people, "cr1", "客服甲")
    owner, first = overdue_car(db, people, today, "陈先生", "13800138001")
    second = car(db, owner, days_ago(today, 400))
    calls.log_call(db, a, [first, second], CallOutcome.NO_ANSWER)
    calls.log_call(db, a, [first, second], CallOutcome.WILL_COME, promised_on=today)
    _o, other = overdue_car(db, people, today, "林女士", "13800138002")
    calls.log_call(db, people.manager, [other], CallOutcome.EMPTY_NUMBER)
    counts = {p.name: p for p in calls.call_counts(db, people.manager, today, today)}
    assert (counts["客服甲"].made, counts["客服甲"].connected, counts["客服甲"].not_connected) == (2, 1, 1)
    assert (counts["周经理"].made, counts["周经理"].invalid) == (1, 1)
    assert calls.call_counts(db, people.manager, today + timedelta(days=1), today + timedelta(days=1)) == []


def test_care_settings_are_checked(db: Database, people: UserSet) -> None:
    settings = get_settings(db)
    with pytest.raises(ValidationError) as err:
        save_settings(db, people.manager, replace(settings, care_lapsing_days=800, care_lost_days=730), base=settings)
    assert [p.field for p in err.value.problems] == ["care_lost_days"]
    with pytest.raises(ValidationError) as err:
        save_settings(db, people.manager, replace(settings, care_calls_per_day=0), base=settings)
    assert [p.field for p in err.value.problems] == ["care_calls_per_day"]
    saved = save_settings(db, people.manager, replace(settings, care_model_km_per_day={"Tiguan": 55}), base=settings)
    assert get_settings(db).care_model_km_per_day == {"Tiguan": 55} == saved.care_model_km_per_day
