"""The monthly figures on small hand-made histories; every expected value is counted by hand."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import Vehicle, WorkOrder
from dealerdesk.domain import care_figures as cf
from dealerdesk.domain.care_calls import CallOutcome
from dealerdesk.domain.care_figures import CallerRow, FrequencyClass, History, Month, OutletRow, Ratio, Visit
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.domain.messages import PermissionDenied
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.vocabulary import OrderStatus, PaymentType, ServiceCategory
from dealerdesk.services.care import figures
from dealerdesk.services.settings import get_settings, save_settings
from tests.db.care_data import (
    REPAIR,
    add_call,
    add_outlet,
    add_vehicle,
    add_visit,
    care_user,
    china,
    set_source,
)
from tests.helpers import UserSet

AUG = Month(2026, 8)


def history(db: Database) -> History:
    """The domain's reference input, one object per visit, read straight from the orders."""
    with db.read() as s:
        orders = list(s.scalars(select(WorkOrder)))
        sales = {v.id: v.warranty_start for v in s.scalars(select(Vehicle)) if v.warranty_start}
    visits = [
        Visit(
            o.vehicle_id,
            o.checked_in_at.astimezone(CHINA_TIME).date(),
            o.category in ("periodic_maintenance", "first_service"),
            o.payment_type == "customer" and o.category != "pds",
            o.category == "pds",
        )
        for o in orders
        if o.vehicle_id and o.checked_in_at and o.status not in ("draft", "cancelled")
    ]
    return History(visits, sales)


def both(db: Database, month: Month = AUG) -> tuple[figures.BaseFigures, figures.BaseFigures]:
    """(SQL, domain reference)."""
    with db.read() as s:
        fast = figures.base_figures(s, month)
    h = history(db)
    return fast, figures.BaseFigures(cf.retention(h, month), cf.lost(h, month), cf.frequency_counts(h, month))


def test_maintenance_return_rate_counts_the_cars_due_in_the_month(db: Database, people: UserSet) -> None:
    sa = people.advisor.id
    v1, v2, v3, v4, v5, v6 = (add_vehicle(db) for _ in range(6))
    add_visit(db, sa, v1, china(date(2026, 2, 10)))
    add_visit(db, sa, v1, china(date(2026, 8, 5)))  # due and came: counted in both
    add_visit(db, sa, v2, china(date(2026, 3, 4), 20))  # due on 31 August, came only for a repair
    add_visit(db, sa, v2, china(date(2026, 8, 20)), category=REPAIR)
    add_visit(db, sa, v3, china(date(2026, 2, 15)))  # maintained again in May: due in November
    add_visit(db, sa, v3, china(date(2026, 5, 1)))
    add_visit(db, sa, v4, china(date(2026, 2, 1)))  # due on 31 July
    add_visit(db, sa, v5, china(date(2026, 3, 5), 0, 30))  # 4 March in UTC, 5 March here: due on 1 September
    add_visit(db, sa, v6, china(date(2026, 2, 10)), category=REPAIR)  # no maintenance: never due
    assert cf.maintenance_return(history(db), AUG) == Ratio(1, 2)
    with db.read() as s:
        assert figures.maintenance_return(s, AUG) == Ratio(1, 2)


def test_first_service_rate_counts_a_years_old_sales_to_their_deadline(db: Database, people: UserSet) -> None:
    sa = people.advisor.id
    s1 = add_vehicle(db, sold=date(2025, 8, 1))
    s2 = add_vehicle(db, sold=date(2025, 8, 31))
    s3 = add_vehicle(db, sold=date(2025, 8, 15))
    s4 = add_vehicle(db, sold=date(2025, 7, 31))
    s5 = add_vehicle(db, sold=date(2025, 8, 20))
    add_visit(db, sa, s1, china(date(2026, 8, 1), 17))  # on the deadline's day: done
    add_visit(db, sa, s2, china(date(2026, 9, 1), 9))  # a day past the deadline: missed
    add_visit(db, sa, s3, china(date(2025, 8, 14)), category=ServiceCategory.PDS)  # PDS, then only a repair
    add_visit(db, sa, s3, china(date(2025, 12, 1)), category=REPAIR)
    add_visit(db, sa, s4, china(date(2025, 10, 1)))  # sold in July: another month's cohort
    add_visit(db, sa, s5, china(date(2025, 11, 20)), status=OrderStatus.CANCELLED)  # cancelled: no visit
    h = history(db)
    with db.read() as s:
        for month, expected in ((AUG, Ratio(1, 4)), (Month(2026, 7), Ratio(1, 1)), (Month(2026, 6), Ratio(0, 0))):
            assert cf.first_service(h, month) == expected
            assert figures.first_service(s, month) == expected


def test_retention_and_lost(db: Database, people: UserSet) -> None:
    sa = people.advisor.id
    r1, r2, r3, r4, r5 = (add_vehicle(db) for _ in range(5))
    add_visit(db, sa, r1, china(date(2024, 10, 3)))  # seen, and again: retained
    add_visit(db, sa, r1, china(date(2026, 1, 9)))
    add_visit(db, sa, r2, china(date(2025, 8, 31), 23))  # seen, not again
    add_visit(db, sa, r3, china(date(2024, 8, 31)))  # before the window
    add_visit(db, sa, r4, china(date(2025, 9, 1), 0, 10))  # only in the last 12 months
    add_visit(db, sa, r5, china(date(2025, 2, 1)), status=OrderStatus.DRAFT)  # a draft is no visit
    fast, reference = both(db)
    assert fast.retention == reference.retention == Ratio(1, 2)

    l1, l2, l3, l4 = (add_vehicle(db) for _ in range(4))
    add_visit(db, sa, l1, china(date(2023, 9, 1), 8))  # seen 2023-09, back 2025-01: not lost
    add_visit(db, sa, l1, china(date(2025, 1, 5)))
    add_visit(db, sa, l2, china(date(2023, 11, 30)))  # seen, never since: lost
    add_visit(db, sa, l3, china(date(2024, 3, 3)))  # back on 2024-09-01: not lost
    add_visit(db, sa, l3, china(date(2024, 9, 1)))
    add_visit(db, sa, l4, china(date(2023, 8, 31)))  # before the window
    # r3 (2024-08-31) falls in this window too, and never came back.
    fast, reference = both(db)
    assert fast.lost == reference.lost == Ratio(2, 4)


def test_frequency_classes_of_the_customer_base(db: Database, people: UserSet) -> None:
    sa = people.advisor.id
    f = [add_vehicle(db) for _ in range(6)]
    for month in (9, 12):
        add_visit(db, sa, f[0], china(date(2025, month, 3)))
    for month in (2, 5):
        add_visit(db, sa, f[0], china(date(2026, month, 3)))  # 4 visits: A
    for month in (10, 11, 12):
        add_visit(db, sa, f[1], china(date(2025, month, 3)))  # 3: B
    add_visit(db, sa, f[2], china(date(2026, 1, 3)))
    add_visit(db, sa, f[2], china(date(2026, 8, 31), 23))  # 2: B
    add_visit(db, sa, f[3], china(date(2026, 6, 3)))  # 1: C
    add_visit(db, sa, f[3], china(date(2026, 9, 1), 0, 5))  # after the month: not counted
    add_visit(db, sa, f[4], china(date(2025, 3, 3)))  # in the base, no visit this year: D
    add_visit(db, sa, f[5], china(date(2024, 6, 3)))  # lost: not in the base
    add_visit(db, sa, f[5], china(date(2026, 3, 3)), status=OrderStatus.CANCELLED)
    add_vehicle(db, sold=date(2025, 1, 10))  # sold, never came: D
    add_vehicle(db, sold=date(2024, 8, 31))  # sold too long ago: not in the base
    fast, reference = both(db)
    assert (
        fast.frequency
        == reference.frequency
        == {
            FrequencyClass.A: 1,
            FrequencyClass.B: 2,
            FrequencyClass.C: 1,
            FrequencyClass.D: 2,
        }
    )


def test_the_months_figures_with_outlets_calls_and_callers(db: Database, people: UserSet) -> None:
    sa = people.advisor.id
    east = add_outlet(db, "东门二级网点")
    west = add_outlet(db, "西门二级网点")
    cars = {}
    for key, sold in (
        ("o1", date(2025, 10, 1)),
        ("o2", date(2026, 1, 10)),
        ("o3", date(2026, 2, 1)),
        ("o4", date(2026, 3, 1)),
        ("own", date(2025, 12, 1)),
        ("w", date(2025, 8, 31)),
    ):
        cars[key] = add_vehicle(db, sold=sold)
    for key in ("o1", "o2", "o3", "o4"):
        set_source(db, cars[key], SourceChannel.OUTLET, east)
    set_source(db, cars["w"], SourceChannel.OUTLET, west)  # sold before the 12 months
    set_source(db, cars["own"], SourceChannel.OWN_SALES)
    add_visit(db, sa, cars["o1"], china(date(2025, 9, 30)), category=ServiceCategory.PDS, payment=PaymentType.INTERNAL)
    add_visit(db, sa, cars["o1"], china(date(2026, 3, 1)), category=REPAIR, amount_fen=500_00)  # came back: 500
    add_visit(db, sa, cars["o2"], china(date(2026, 1, 9)), category=ServiceCategory.PDS, payment=PaymentType.INTERNAL)
    add_visit(
        db, sa, cars["o4"], china(date(2026, 5, 1)), category=ServiceCategory.WARRANTY, payment=PaymentType.WARRANTY
    )  # came, paid nothing
    add_visit(db, sa, cars["own"], china(date(2026, 6, 1)), amount_fen=300_00)
    add_visit(db, sa, cars["own"], china(date(2026, 9, 2)), amount_fen=200_00)  # after the month

    cr1 = care_user(db, people.admin, "cr1", "刘客服")
    cr2 = care_user(db, people.admin, "cr2", "赵客服")
    c1, c2, c3, c4, c5 = (add_vehicle(db) for _ in range(5))
    add_call(db, cr1.id, c1, china(date(2026, 7, 5)), CallOutcome.WILL_COME)
    add_visit(db, sa, c1, china(date(2026, 8, 4)))  # 30 days after a connected call: called in
    add_call(db, cr1.id, c2, china(date(2026, 7, 4)), CallOutcome.WILL_COME)
    add_visit(db, sa, c2, china(date(2026, 8, 4)))  # 31 days: walk-in
    add_call(db, cr1.id, c3, china(date(2026, 8, 1)), CallOutcome.NO_ANSWER)
    add_visit(db, sa, c3, china(date(2026, 8, 2)))  # the call did not connect: walk-in
    add_visit(db, sa, c4, china(date(2026, 8, 9)))  # the call came after the visit: walk-in
    add_call(db, cr1.id, c4, china(date(2026, 8, 10)), CallOutcome.NOT_DUE_KM)
    add_call(db, cr2.id, c5, china(date(2026, 8, 20)), CallOutcome.CALL_LATER)

    f = figures.load_figures(db, cr1, AUG)
    assert (f.visits, f.called_in, f.walk_in) == (4, 1, 3)
    assert f.callers == [CallerRow("刘客服", 2, 1), CallerRow("赵客服", 1, 1)]
    assert f.outlets == [OutletRow("", 1, 1, 0, 300_00), OutletRow("东门二级网点", 4, 1, 1, 500_00)]
    trend = figures.load_trend(db, cr1, AUG)
    assert [p.month for p in trend] == [AUG.shifted(-i) for i in range(11, -1, -1)]
    assert (trend[-1].visits, trend[-1].called_in) == (4, 1)
    assert (trend[-2].visits, trend[-2].called_in) == (0, 0)
    assert trend[-1].maintenance_return == f.rates.maintenance_return
    with pytest.raises(PermissionDenied):
        figures.load_figures(db, people.advisor, AUG)
    # The care settings' window: with 31 days, the call 31 days before a visit brought it too.
    save_settings(db, people.admin, dataclasses.replace(get_settings(db), care_called_in_days=31))
    assert figures.load_figures(db, cr1, AUG).called_in == 2


@pytest.mark.parametrize("seed", [1, 2])
def test_sql_agrees_with_the_domains_formulas_on_random_histories(db: Database, people: UserSet, seed: int) -> None:
    rng = random.Random(seed)
    categories = [ServiceCategory.PERIODIC_MAINTENANCE, ServiceCategory.FIRST_SERVICE, REPAIR, ServiceCategory.PDS]
    start = date(2023, 1, 1)
    for _ in range(40):
        sold = start + timedelta(days=rng.randint(-200, 1300)) if rng.random() < 0.7 else None
        car = add_vehicle(db, sold=sold)
        for _ in range(rng.randint(0, 6)):
            day = start + timedelta(days=rng.randint(0, 1400))
            status = OrderStatus.CANCELLED if rng.random() < 0.1 else OrderStatus.DELIVERED
            add_visit(db, people.advisor.id, car, china(day, rng.randint(0, 23)), category=rng.choice(categories),
                      status=status)  # fmt: skip
    h = history(db)
    with db.read() as s:
        for month in (Month(2025, 3), Month(2025, 11), Month(2026, 8)):
            fast, reference = both(db, month)
            assert fast == reference
            assert figures.maintenance_return(s, month) == cf.maintenance_return(h, month)
            assert figures.first_service(s, month) == cf.first_service(h, month)
