"""Due prediction, status and called-in attribution of the customer care desk, at their edges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dealerdesk.domain.care_calls import CallOutcome
from dealerdesk.domain.care_rules import (
    CallReason,
    CareRules,
    CareStatusCode,
    DueKind,
    LastCall,
    Visit,
    call_reasons,
    called_in,
    check_call,
    check_rules,
    default_km_per_day,
    km_per_day,
    model_km_text,
    parse_model_km,
    predict,
    priority,
)

RULES = CareRules()
SALE = date(2024, 3, 1)


def day(n: int) -> date:
    return SALE + timedelta(days=n)


# --- status thresholds: a status begins the day after its threshold -----------------------------


@pytest.mark.parametrize(
    ("days_after_sale", "status"),
    [
        (364, CareStatusCode.OVERDUE),  # the first service was due at day 180: overdue, not yet missed
        (365, CareStatusCode.OVERDUE),  # twelve months to the day: still its chance
        (366, CareStatusCode.FIRST_SERVICE_MISSED),
        (730, CareStatusCode.FIRST_SERVICE_MISSED),
        (731, CareStatusCode.LOST),  # never came at all for more than two years
    ],
)
def test_first_service_missed_after_twelve_months(days_after_sale: int, status: CareStatusCode) -> None:
    care = predict([], SALE, "Sagitar 1.4T", day(days_after_sale), RULES)
    assert care.status is status
    assert care.due is not None and care.due.kind is DueKind.FIRST_SERVICE


def test_first_service_done_on_day_365_is_not_missed() -> None:
    visits = [Visit(day(365), 9000, maintenance=True)]
    care = predict(visits, SALE, "Sagitar", day(366), RULES)
    assert care.status is CareStatusCode.ACTIVE
    assert care.due is not None and care.due.kind is DueKind.PERIODIC
    assert care.due.by_time == day(365 + 180)


def test_a_repair_is_not_a_first_service() -> None:
    visits = [Visit(day(200), 6000, maintenance=False)]
    assert predict(visits, SALE, "Sagitar", day(366), RULES).status is CareStatusCode.FIRST_SERVICE_MISSED


@pytest.mark.parametrize(
    ("days_since_visit", "status"),
    [
        (364, CareStatusCode.OVERDUE),
        (365, CareStatusCode.OVERDUE),
        (366, CareStatusCode.LAPSING),
        (730, CareStatusCode.LAPSING),
        (731, CareStatusCode.LOST),
    ],
)
def test_lapsing_after_a_year_lost_after_two(days_since_visit: int, status: CareStatusCode) -> None:
    visits = [Visit(day(150), 4000, maintenance=True)]
    care = predict(visits, SALE, "Sagitar", day(150 + days_since_visit), RULES)
    assert care.status is status
    assert care.last_visit == day(150)


def test_thresholds_follow_the_settings() -> None:
    rules = CareRules(lapsing_days=300, lost_days=400)
    visits = [Visit(day(10), 500, maintenance=True)]
    assert predict(visits, SALE, "X", day(310), rules).status is CareStatusCode.OVERDUE
    assert predict(visits, SALE, "X", day(311), rules).status is CareStatusCode.LAPSING
    assert predict(visits, SALE, "X", day(411), rules).status is CareStatusCode.LOST


# --- due by time ---------------------------------------------------------------------------------


def test_first_service_due_by_time_with_the_model_default() -> None:
    # 40 km a day from the sale reaches 5000 km on day 125: before the 180 days.
    care = predict([], SALE, "Sagitar", day(10), RULES)
    assert care.due is not None
    assert care.due.by_time == day(180)
    assert care.due.km_day == day(125)
    assert care.due.on == day(125)
    assert not care.km_per_day_own
    assert care.est_km == 400


@pytest.mark.parametrize(
    ("today", "status"),
    [(94, CareStatusCode.ACTIVE), (95, CareStatusCode.DUE_SOON), (125, CareStatusCode.DUE_SOON)],
)
def test_due_soon_from_thirty_days_before(today: int, status: CareStatusCode) -> None:
    # Day 125 is due by km at 40 km/day; 30 days before is day 95 (the km left is 1200 on day 95).
    rules = CareRules(due_soon_km=0)
    assert predict([], SALE, "Sagitar", day(today), rules).status is status


def test_overdue_the_day_after_due_by_time() -> None:
    slow = CareRules(default_km_per_day=5)  # 5000 km would take 1000 days: time decides
    assert predict([], SALE, "X", day(180), slow).status is CareStatusCode.DUE_SOON
    assert predict([], SALE, "X", day(181), slow).status is CareStatusCode.OVERDUE


# --- due by km, with the car's own km per day ----------------------------------------------------

MAINT = Visit(day(100), 3000, maintenance=True)  # the next maintenance at 13000 km or day 280


@pytest.mark.parametrize(
    ("km_today", "status"),
    [
        (11999, CareStatusCode.ACTIVE),  # 1001 km left, about two weeks away
        (12000, CareStatusCode.DUE_SOON),  # 1000 km left: the km limit of "due soon"
        (13000, CareStatusCode.DUE_SOON),  # due today by km
        (13001, CareStatusCode.OVERDUE),  # past the km
    ],
)
def test_km_limits(km_today: int, status: CareStatusCode) -> None:
    rules = CareRules(due_soon_days=7)
    visits = [MAINT, Visit(day(160), km_today, maintenance=False)]
    care = predict(visits, SALE, "Sagitar", day(160), rules)
    assert care.km_per_day_own
    assert care.est_km == km_today
    assert care.due is not None and care.due.by_km == 13000
    assert care.status is status


def test_own_km_per_day_from_the_readings_and_the_sale() -> None:
    assert km_per_day([(day(100), 5000)], SALE) == 50.0
    assert km_per_day([(day(100), 5000), (day(200), 6000)], None) == 10.0


@pytest.mark.parametrize(
    "readings",
    [
        [(day(100), 5000), (day(129), 6000)],  # spans 29 days: too short to tell
        [(day(100), 5000), (day(200), 4000)],  # goes backwards
        [(day(100), 5000), (day(200), 500000)],  # 4950 km a day: a typing error
    ],
)
def test_readings_that_say_nothing_fall_back_to_the_model(readings: list[tuple[date, int]]) -> None:
    assert km_per_day(readings, None) is None
    visits = [Visit(d, km, maintenance=False) for d, km in readings]
    care = predict(visits, None, "Lavida 1.5", day(250), CareRules(model_km_per_day={"Lavida": 25}))
    assert care.km_per_day == 25.0
    assert not care.km_per_day_own


def test_model_default_by_the_longest_matching_start() -> None:
    rules = CareRules(default_km_per_day=40, model_km_per_day={"Passat": 60, "Passat B8": 80, "": 1})
    assert default_km_per_day("Passat B8 330TSI", rules) == 80.0
    assert default_km_per_day("Passat 2.0", rules) == 60.0
    assert default_km_per_day("Tiguan", rules) == 40.0


def test_a_fast_car_is_due_by_km_before_time() -> None:
    visits = [Visit(day(30), 3000, maintenance=False)]  # 100 km a day since the sale
    care = predict(visits, SALE, "Sagitar", day(31), RULES)
    assert care.due is not None
    assert care.due.km_day == day(50)  # 5000 km at 100 km a day
    assert care.due.on == day(50)
    assert care.status is CareStatusCode.DUE_SOON


def test_without_sale_day_the_first_visit_starts_the_count() -> None:
    visits = [Visit(day(0), 20000, maintenance=False)]
    care = predict(visits, None, "X", day(10), CareRules(default_km_per_day=10))
    assert care.due is not None
    assert care.due.kind is DueKind.PERIODIC
    assert care.due.by_km == 30000
    assert care.due.by_time == day(180)


def test_future_visits_are_ignored() -> None:
    care = predict([Visit(day(50), 2000, maintenance=True)], SALE, "X", day(40), RULES)
    assert care.last_visit is None
    assert care.due is not None and care.due.kind is DueKind.FIRST_SERVICE


# --- a history that does not follow the sale day: never due before the sale ------------------------


@pytest.mark.parametrize(
    ("km_before_sale", "due_on"),
    [
        (4640, day(0)),  # would reach 5000 km the day before the sale (9 days of 40 km after day -10)
        (4600, day(0)),  # reaches it on the sale day itself
        (4560, day(1)),  # the day after the sale: the km side decides as before
        (9000, day(0)),  # past the first service's km long before the sale
    ],
)
def test_first_service_is_never_due_before_the_sale(km_before_sale: int, due_on: date) -> None:
    # A visit ten days before the recorded sale (a later sale day imported, a demonstration car).
    care = predict([Visit(day(-10), km_before_sale, maintenance=False)], SALE, "X", day(0), RULES)
    assert care.due is not None and care.due.kind is DueKind.FIRST_SERVICE
    assert care.due.km_day == due_on and care.due.on == due_on
    assert care.due.since == SALE


def test_a_reading_just_after_the_sale_past_the_km_is_due_on_the_sale_day() -> None:
    # 6000 km on day 1 (the odometer was not at 0 when sold): 5000 km would be "reached" on day 0 at the
    # earliest; one more day and it would be before the sale.
    for reading_day in (1, 2, 30):
        care = predict([Visit(day(reading_day), 6000 + 1000 * reading_day, False)], SALE, "X", day(31), RULES)
        assert care.due is not None and care.due.on >= SALE


def test_periodic_maintenance_is_never_due_before_the_maintenance() -> None:
    # Maintained at 3000 km on day 100; a later reading typed 30000 km (a slip, but under the speed limit).
    visits = [Visit(day(100), 3000, maintenance=True), Visit(day(160), 30000, maintenance=False)]
    care = predict(visits, SALE, "X", day(160), RULES)
    assert care.due is not None and care.due.kind is DueKind.PERIODIC
    assert care.due.on == care.due.since == day(100)


def test_no_history_before_the_sale_makes_it_due_before_the_sale() -> None:
    for offset in range(-400, 1, 20):  # a reading and a maintenance, both before the sale
        for km in (0, 10, 2000, 4999, 5000, 20000):
            visits = [Visit(day(offset), km, maintenance=False), Visit(day(offset - 100), km // 2, maintenance=True)]
            for today in (day(0), day(1), day(200)):
                care = predict(visits, SALE, "X", today, RULES)
                assert care.due is not None and care.due.kind is DueKind.FIRST_SERVICE, (offset, km)
                assert care.due.on >= SALE and care.due.km_day >= SALE, (offset, km, today)


# --- the status follows the held due day: never overdue on or before it ---------------------------

# "Due soon" covers the due day itself; overdue begins the day after it.
DUE, SOON, LATE, OK = CareStatusCode.DUE_SOON, CareStatusCode.DUE_SOON, CareStatusCode.OVERDUE, CareStatusCode.ACTIVE
SLOW = CareRules(default_km_per_day=5)  # 5000 km would take 1000 days: time decides
# Maintained at 3000 km on day 100; a repair the same day typed 14000 km (past the next 13000 km).
TYPED_HIGH = [Visit(day(100), 3000, maintenance=True), Visit(day(100), 14000, maintenance=False)]


@pytest.mark.parametrize(
    ("visits", "rules", "due_on", "days"),
    [
        # Sold on day 0; read at 4640 km ten days before: 5000 km "reached" on day -1, held at day 0.
        ([Visit(day(-10), 4640, False)], RULES, day(0), [(0, DUE), (1, LATE)]),
        # Already at 6000 km on the sale day: due that day, overdue the next.
        ([Visit(day(0), 6000, False)], RULES, day(0), [(0, DUE), (1, LATE)]),
        # By time: 180 days after the sale.
        ([], SLOW, day(180), [(0, OK), (150, SOON), (180, DUE), (181, LATE)]),
        # Periodic, by km: held at the maintenance day.
        (TYPED_HIGH, RULES, day(100), [(100, DUE), (101, LATE)]),
        # Periodic, by time: 180 days after the maintenance (30 km a day would take 334 days).
        ([Visit(day(100), 3000, True)], RULES, day(280), [(100, OK), (250, SOON), (280, DUE), (281, LATE)]),
    ],
    ids=["first-km-before-sale", "first-km-at-sale", "first-time", "periodic-km", "periodic-time"],
)
def test_not_overdue_on_or_before_the_due_day(
    visits: list[Visit], rules: CareRules, due_on: date, days: list[tuple[int, CareStatusCode]]
) -> None:
    for n, status in days:
        care = predict(visits, SALE, "X", day(n), rules)
        assert care.due is not None and care.due.on == due_on, n
        assert care.status is status, n
        reasons = call_reasons(care, None, day(n))
        overdue = {CallReason.FIRST_SERVICE_OVERDUE, CallReason.MAINTENANCE_OVERDUE}
        assert bool(overdue & set(reasons)) is (status is LATE), (n, reasons)


def test_a_car_sold_today_with_a_reading_before_the_sale_is_first_service_due() -> None:
    care = predict([Visit(day(-10), 4640, False)], SALE, "X", SALE, RULES)
    assert care.est_km is not None and care.due is not None and care.est_km > care.due.by_km
    assert call_reasons(care, None, SALE) == [CallReason.FIRST_SERVICE_DUE]


# --- reasons to call ----------------------------------------------------------------------------


def test_overdue_first_service_is_a_reason() -> None:
    care = predict([], SALE, "X", day(200), RULES)
    assert call_reasons(care, None, day(200)) == [CallReason.FIRST_SERVICE_OVERDUE]


def test_active_car_is_not_called() -> None:
    care = predict([], SALE, "X", day(5), RULES)
    assert care.status is CareStatusCode.ACTIVE
    assert call_reasons(care, None, day(5)) == []


def test_next_call_day_holds_the_car_back_then_brings_it_first() -> None:
    care = predict([], SALE, "X", day(200), RULES)
    call = LastCall(day(190), CallOutcome.NOT_DUE_KM, next_call_on=day(201), promised_on=None)
    assert call_reasons(care, call, day(200)) == []
    later = predict([], SALE, "X", day(201), RULES)
    assert call_reasons(later, call, day(201)) == [CallReason.CALL_BACK, CallReason.FIRST_SERVICE_OVERDUE]


def test_a_promise_holds_until_its_day_has_passed() -> None:
    care = predict([], SALE, "X", day(200), RULES)
    call = LastCall(day(190), CallOutcome.WILL_COME, next_call_on=None, promised_on=day(200))
    assert call_reasons(care, call, day(200)) == []
    later = predict([], SALE, "X", day(201), RULES)
    assert call_reasons(later, call, day(201))[0] is CallReason.PROMISE_BROKEN


@pytest.mark.parametrize(
    "outcome", [CallOutcome.CAR_SOLD, CallOutcome.MOVED_AWAY, CallOutcome.WRONG_NUMBER, CallOutcome.EMPTY_NUMBER]
)
def test_sold_moved_or_wrong_number_leaves_the_list(outcome: CallOutcome) -> None:
    care = predict([], SALE, "X", day(400), RULES)
    assert call_reasons(care, LastCall(day(300), outcome, None, None), day(400)) == []


def test_called_today_waits_for_tomorrow() -> None:
    care = predict([], SALE, "X", day(200), RULES)
    assert call_reasons(care, LastCall(day(200), CallOutcome.NO_ANSWER, day(201), None), day(200)) == []


def test_priority_strongest_reason_then_longest_overdue() -> None:
    today = day(400)
    missed = predict([], SALE, "X", today, RULES)
    lapsing = predict([Visit(day(10), 500, maintenance=True)], SALE, "X", today, RULES)
    assert missed.status is CareStatusCode.FIRST_SERVICE_MISSED
    assert lapsing.status is CareStatusCode.LAPSING
    p_missed = priority(call_reasons(missed, None, today), missed, today)
    p_lapsing = priority(call_reasons(lapsing, None, today), lapsing, today)
    assert p_missed > p_lapsing > 0
    early = predict([], SALE, "X", day(190), RULES)
    late = predict([], SALE, "X", day(250), RULES)
    assert priority(call_reasons(late, None, day(250)), late, day(250)) > priority(
        call_reasons(early, None, day(190)), early, day(190)
    )
    assert priority([], early, day(190)) == 0


# --- a call's record ----------------------------------------------------------------------------


def test_will_come_needs_a_day_not_in_the_past() -> None:
    today = date(2026, 5, 10)
    assert [p.field for p in check_call(CallOutcome.WILL_COME, today, None, None, "")] == ["promised_on"]
    assert [p.field for p in check_call(CallOutcome.WILL_COME, today, date(2026, 5, 9), None, "")] == ["promised_on"]
    assert check_call(CallOutcome.WILL_COME, today, today, None, "") == []


def test_other_shop_needs_the_shop_and_a_next_call() -> None:
    today = date(2026, 5, 10)
    fields = [p.field for p in check_call(CallOutcome.OTHER_SHOP, today, None, None, "  ")]
    assert fields == ["other_shop", "next_call_on"]
    assert check_call(CallOutcome.OTHER_SHOP, today, None, date(2026, 11, 1), "路口快修店") == []


def test_next_call_is_after_today() -> None:
    today = date(2026, 5, 10)
    assert [p.field for p in check_call(CallOutcome.NO_ANSWER, today, None, today, "")] == ["next_call_on"]
    assert check_call(CallOutcome.NO_ANSWER, today, None, None, "") == []


# --- called in (招揽入库) or walk-in ---------------------------------------------------------------

CALL = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("order_day", "expected"),
    [
        (CALL, CALL),  # the same day
        (CALL + timedelta(days=30), CALL),  # day 30 still counts
        (CALL + timedelta(days=31), None),  # day 31: a walk-in
        (CALL - timedelta(days=1), None),  # before the call
    ],
)
def test_called_in_within_thirty_days(order_day: date, expected: date | None) -> None:
    assert called_in(order_day, [CALL], RULES) == expected


def test_called_in_by_the_latest_call_before_the_order() -> None:
    calls = [CALL - timedelta(days=60), CALL, CALL + timedelta(days=40)]
    assert called_in(CALL + timedelta(days=10), calls, RULES) == CALL


def test_rules_check() -> None:
    assert check_rules(RULES) == []
    assert [p.field for p in check_rules(CareRules(lapsing_days=400, lost_days=400))] == ["care_lost_days"]
    assert [p.field for p in check_rules(CareRules(interval_km=0))] == ["care_rules"]


def test_model_km_per_day_lines() -> None:
    found, problems = parse_model_km("Passat B8 = 60\n\nTiguan L：45\nLavida 30\n")
    assert found == {"Passat B8": 60, "Tiguan L": 45, "Lavida": 30}
    assert problems == []
    assert parse_model_km(model_km_text(found)) == (found, [])
    _found, problems = parse_model_km("Passat\n= 40\nTiguan 0\nBora 1001")
    assert [p.params["line"] for p in problems] == [1, 2, 3, 4]
