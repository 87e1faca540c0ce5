"""The monthly figures on small hand-made histories; every expected value is counted by hand."""

from __future__ import annotations

from datetime import date

from dealerdesk.db.database import Database
from dealerdesk.domain.care_figures import FrequencyClass, Month, Ratio
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services.care import figures
from tests.db.care_data import REPAIR, add_vehicle, add_visit, china
from tests.helpers import UserSet

AUG = Month(2026, 8)


def test_maintenance_return_rate_counts_the_cars_due_in_the_month(db: Database, people: UserSet) -> None:
    sa = people.advisor.id
    v1, v2, v3, v4, v5, v6 = (add_vehicle(db) for _ in range(6))
    add_visit(db, sa, v1, china(date(2026, 2, 10)))
    add_visit(db, sa, v1, china(date(2026, 8, 5)))  # due and came: counted in both
    add_visit(db, sa, v2, china(date(2026, 2, 28), 20))  # due, came only for a repair
    add_visit(db, sa, v2, china(date(2026, 8, 20)), category=REPAIR)
    add_visit(db, sa, v3, china(date(2026, 2, 15)))  # maintained again in May: due in November
    add_visit(db, sa, v3, china(date(2026, 5, 1)))
    add_visit(db, sa, v4, china(date(2026, 1, 31)))  # due in July
    add_visit(db, sa, v5, china(date(2026, 3, 1), 0, 30))  # 28 Feb in UTC, 1 March here: due in September
    add_visit(db, sa, v6, china(date(2026, 2, 10)), category=REPAIR)  # no maintenance: never due
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
    with db.read() as s:
        assert figures.first_service(s, AUG) == Ratio(1, 4)
        assert figures.first_service(s, Month(2026, 7)) == Ratio(1, 1)
        assert figures.first_service(s, Month(2026, 6)) == Ratio(0, 0)


def test_retention_and_lost(db: Database, people: UserSet) -> None:
    sa = people.advisor.id
    r1, r2, r3, r4, r5 = (add_vehicle(db) for _ in range(5))
    add_visit(db, sa, r1, china(date(2024, 10, 3)))  # seen, and again: retained
    add_visit(db, sa, r1, china(date(2026, 1, 9)))
    add_visit(db, sa, r2, china(date(2025, 8, 31), 23))  # seen, not again
    add_visit(db, sa, r3, china(date(2024, 8, 31)))  # before the window
    add_visit(db, sa, r4, china(date(2025, 9, 1), 0, 10))  # only in the last 12 months
    add_visit(db, sa, r5, china(date(2025, 2, 1)), status=OrderStatus.DRAFT)  # a draft is no visit
    with db.read() as s:
        assert figures.seen_again(s, *figures.retention_windows(AUG)) == Ratio(1, 2)

    l1, l2, l3, l4 = (add_vehicle(db) for _ in range(4))
    add_visit(db, sa, l1, china(date(2023, 9, 1), 8))  # seen 2023-09, back 2025-01: not lost
    add_visit(db, sa, l1, china(date(2025, 1, 5)))
    add_visit(db, sa, l2, china(date(2023, 11, 30)))  # seen, never since: lost
    add_visit(db, sa, l3, china(date(2024, 3, 3)))  # back on 2024-09-01: not lost
    add_visit(db, sa, l3, china(date(2024, 9, 1)))
    add_visit(db, sa, l4, china(date(2023, 8, 31)))  # before the window
    with db.read() as s:
        # r3 (2024-08-31) falls in this window too, and never came back.
        assert figures.lost(s, AUG) == Ratio(2, 4)


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
    with db.read() as s:
        assert figures.frequency_counts(s, AUG) == {
            FrequencyClass.A: 1,
            FrequencyClass.B: 2,
            FrequencyClass.C: 1,
            FrequencyClass.D: 2,
        }
