"""The month-end count of prepaid packages, and the warranty lists and extension contracts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.packages_rules import EXTENSIONS, WarrantyTerms
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.services import settings
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import reconciliation, sales, warranty
from dealerdesk.services.packages.common import local_day
from tests.db.package_helpers import PREPAID_OIL, deliver, order_with, template_id, vehicle_of
from tests.db.raw_sql import raw_connection
from tests.helpers import UserSet


@pytest.fixture
def vehicle(db: Database, people: UserSet) -> int:
    order_id = order_with(db, people)
    work_orders.cancel_order(db, people.advisor, order_id, "客户改期")
    return vehicle_of(db, order_id)


def this_month() -> tuple[int, int]:
    today = local_day(utcnow())
    return today.year, today.month


def test_the_month_balances_with_sales_uses_reversals_and_expiry(db: Database, people: UserSet, vehicle: int) -> None:
    oil = sales.sell_package(db, people.advisor, template_id(db, PREPAID_OIL), vehicle, PaymentMethod.CASH)
    order_id = order_with(db, people, package_sale_id=oil.id)
    deliver(db, people, order_id)
    use_row = sales.vehicle_ledger(db, vehicle)[-1]
    sales.reverse_entry(db, people.manager, use_row.id, "更正")
    deliver(db, people, order_with(db, people, package_sale_id=oil.id))
    sales.book_expiries(db, people.manager, oil.valid_until + timedelta(days=1))

    month = reconciliation.month_reconciliation(db, people.manager, *this_month())
    [line] = month.lines
    assert (line.name, line.sold_count, line.sold_fen, line.uses) == (PREPAID_OIL, 1, 960_00, 1)
    litres = line.litres
    assert (litres.owed_start_x1000, litres.sold_x1000, litres.used_x1000, litres.expired_x1000) == (
        0,
        20_000,
        4000,
        16_000,
    )
    assert litres.owed_end_x1000 == 0 and month.balances and not month.discrepancies
    # Next month starts with what this one ended with.
    year, mon = this_month()
    nxt = reconciliation.month_reconciliation(db, people.manager, year + mon // 12, mon % 12 + 1)
    assert nxt.total.litres.owed_start_x1000 == 0 and nxt.total.sold_count == 0


def test_a_row_written_around_the_services_is_named(db: Database, people: UserSet, vehicle: int) -> None:
    oil = sales.sell_package(db, people.advisor, template_id(db, PREPAID_OIL), vehicle, PaymentMethod.CASH)
    now = utcnow()
    with raw_connection(db) as raw:
        # A use that took a use but no oil: the litres owed no longer match the uses left.
        raw.execute(
            "INSERT INTO package_ledger (sale_id, vehicle_id, kind, uses_delta, litres_x1000_delta, discount_fen, "
            "reason, at, by_id) VALUES (?, ?, 'use', -1, 0, 0, '', ?, ?)",
            (oil.id, vehicle, now if raw.postgresql else now.strftime("%Y-%m-%d %H:%M:%S.000000"), people.advisor.id),
        )
    month = reconciliation.month_reconciliation(db, people.manager, *this_month())
    assert not month.balances
    [d] = month.discrepancies
    assert (d.sale_number, d.ledger_litres_x1000, d.expected_litres_x1000) == (oil.number, 20_000, 16_000)


def test_the_month_is_finances_and_the_managers(db: Database, people: UserSet) -> None:
    with pytest.raises(PermissionDenied):
        reconciliation.month_reconciliation(db, people.advisor, *this_month())
    with pytest.raises(ValidationError):
        reconciliation.month_reconciliation(db, people.manager, 2026, 13)


TODAY = date(2026, 12, 2)


def test_the_lists_take_each_vehicles_own_pace(db: Database, people: UserSet, vehicle: int) -> None:
    # Sold 2024-01-01; today's order reads about 42,000 km. 3 years would end 2027-01-01 (30 days from TODAY).
    order = work_orders.load_order(db, order_with(db, people))
    warranty.set_warranty_start(db, people.advisor, vehicle, date(2024, 1, 1))
    w = warranty.vehicle_warranty(db, vehicle, TODAY)
    assert w is not None and w.last_km == order.mileage_in
    assert (w.end.end_date, w.end.by_km, w.days_left, w.call_list) == (date(2027, 1, 1), False, 30, 30)
    assert [x.vin for x in warranty.call_lists(db, TODAY)] == [w.vin]
    assert warranty.call_lists(db, TODAY - timedelta(days=60))[0].call_list == 90
    assert warranty.call_lists(db, TODAY - timedelta(days=61)) == []  # 91 days before: not yet
    assert warranty.call_lists(db, date(2027, 1, 2)) == []  # ended: off the list

    # A model whose terms in Settings are 5 years / 50,000 km reaches 50,000 km first, at its own pace.
    current = settings.get_settings(db)
    settings.save_settings(
        db, people.manager, current.__class__(**{**current.__dict__, "warranty_terms": {order.model[:2]: [5, 50_000]}})
    )
    w = warranty.vehicle_warranty(db, vehicle, TODAY)
    assert w is not None and w.terms == WarrantyTerms(5, 50_000) and w.end.by_km


def test_selling_an_extension_records_the_contract(db: Database, people: UserSet, vehicle: int) -> None:
    with pytest.raises(DealerDeskError, match="no warranty start"):
        warranty.sell_extension(db, people.advisor, vehicle, EXTENSIONS[0], 2_800_00, TODAY)
    warranty.set_warranty_start(db, people.advisor, vehicle, date(2024, 1, 1))
    with pytest.raises(ValidationError):
        warranty.sell_extension(db, people.advisor, vehicle, WarrantyTerms(5, 1), 2_800_00, TODAY)
    x = warranty.sell_extension(db, people.advisor, vehicle, EXTENSIONS[1], 4_800_00, TODAY)
    assert (x.start_date, x.end_date, x.end_km, x.sold_by_name) == (
        date(2027, 1, 1),
        date(2029, 1, 1),
        160_000,
        "李晓明",
    )
    w = warranty.vehicle_warranty(db, vehicle, TODAY)
    assert w is not None and w.extensions == (x,) and w.call_list is None
    with pytest.raises(DealerDeskError, match="already has"):
        warranty.sell_extension(db, people.advisor, vehicle, EXTENSIONS[0], 2_800_00, TODAY)


def test_no_extension_after_the_factory_warranty(db: Database, people: UserSet, vehicle: int) -> None:
    warranty.set_warranty_start(db, people.advisor, vehicle, date(2022, 1, 1))
    with pytest.raises(DealerDeskError, match="ended on"):
        warranty.sell_extension(db, people.advisor, vehicle, EXTENSIONS[0], 2_800_00, TODAY)
