"""Searching the order list: any part of plate or VIN, mobile, name, order number; filters; sort; pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.order_rules import OrderInput
from dealerdesk.domain.validation import with_check_digit
from dealerdesk.domain.vocabulary import OrderStatus, ServiceCategory
from dealerdesk.services.orders.search import OrderQuery, SortColumn, count_orders, search_orders
from dealerdesk.services.orders.work_orders import OrderDetail, cancel_order, open_order, save_draft
from tests.helpers import UserSet
from tests.order_samples import complete_order

CARS = [
    # plate, VIN body (check digit filled in), customer, mobile
    ("川A12345", "LSVAU2180N2100001", "张三", "13800138000"),
    ("川A1234D", "LFV2A2150L4100002", "李四", "13912345678"),
    ("粤B88888", "LGXC16DF0N0100003", "王小明", "13698765432"),
]


@pytest.fixture
def orders(db: Database, people: UserSet) -> list[OrderDetail]:
    made = []
    base = datetime(2026, 1, 10, 2, 0, tzinfo=UTC)
    for i, (plate, body, name, mobile) in enumerate(CARS):
        data = complete_order(
            plate=plate,
            vin=with_check_digit(body),
            customer_name=name,
            mobile=mobile,
            checked_in_at=base + timedelta(hours=i),
        )
        data.category = ServiceCategory.GENERAL_REPAIR if i == 2 else ServiceCategory.PERIODIC_MAINTENANCE
        made.append(open_order(db, people.advisor if i < 2 else people.advisor2, data))
    draft = OrderInput(customer_name="赵六", customer_mobile="13511112222", plate="川C99999", vin="LZZ")
    made.append(save_draft(db, people.advisor, draft))
    return made


def numbers(db: Database, query: OrderQuery) -> list[str]:
    return [r.number for r in search_orders(db, query)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A1234", [0, 1]),  # any part of a plate
        ("川a 12", [0, 1]),
        ("88888", [2]),
        ("100003", [2]),  # VIN suffix
        ("lsvau", [0]),  # VIN prefix, lower case
        ("13912345678", [1]),
        ("1391234", [1]),  # part of a mobile number
        ("王小明", [2]),  # a name
        ("3小明", []),
        ("王小", [2]),  # shorter than the index's three characters: the start of a name ...
        ("小明", []),  # ... not its middle
        ("川C", [3]),  # ... or of a plate
        ("赵六", [3]),  # a draft without vehicle record: its own typed values
        ("C999", [3]),
        ("1351111", [3]),
        ("nothing-like-this", []),
    ],
)
def test_one_box_finds_plate_vin_mobile_and_name(
    db: Database, orders: list[OrderDetail], text: str, expected: list[int]
) -> None:
    found = numbers(db, OrderQuery(text=text))
    assert sorted(found) == sorted(orders[i].number for i in expected)
    assert count_orders(db, OrderQuery(text=text)) == len(expected)


def test_order_number_by_prefix(db: Database, orders: list[OrderDetail]) -> None:
    full = orders[1].number
    assert numbers(db, OrderQuery(text=full.lower())) == [full]
    day = full[2:10]
    assert len(numbers(db, OrderQuery(text=day))) == 4
    assert numbers(db, OrderQuery(text=f"{day}-0002")) == [full]


def test_filters(db: Database, people: UserSet, orders: list[OrderDetail]) -> None:
    drafts = OrderQuery(statuses=frozenset({OrderStatus.DRAFT}))
    assert numbers(db, drafts) == [orders[3].number]
    assert sorted(numbers(db, OrderQuery(advisor_id=people.advisor2.id))) == [orders[2].number]
    assert numbers(db, OrderQuery(category=ServiceCategory.GENERAL_REPAIR)) == [orders[2].number]
    today = datetime.now(UTC).astimezone().date()
    assert numbers(db, OrderQuery(date_from=today, date_to=today)) == [orders[3].number]
    day = orders[0].checked_in_at.astimezone().date()  # type: ignore[union-attr]
    same_day = [o.number for o in orders[:3] if o.checked_in_at.astimezone().date() == day]  # type: ignore[union-attr]
    assert sorted(numbers(db, OrderQuery(date_from=day, date_to=day))) == sorted(same_day)
    assert len(numbers(db, OrderQuery(date_to=day - timedelta(days=1)))) == 0


def test_sort_and_pages(db: Database, orders: list[OrderDetail]) -> None:
    newest_first = numbers(db, OrderQuery())
    assert newest_first[0] == orders[3].number  # the draft was checked in just now
    by_name = search_orders(db, OrderQuery(sort_by=SortColumn.CUSTOMER, descending=False))
    assert [r.customer_name for r in by_name] == sorted(r.customer_name for r in by_name)
    page = [r.number for r in search_orders(db, OrderQuery(), limit=2, offset=0)]
    rest = [r.number for r in search_orders(db, OrderQuery(), limit=2, offset=2)]
    assert page + rest == newest_first


def test_rows_carry_what_the_list_shows_and_know_when_they_are_due(
    db: Database, people: UserSet, orders: list[OrderDetail]
) -> None:
    (row,) = search_orders(db, OrderQuery(text="粤B88888"))
    assert (row.plate, row.customer_name, row.advisor_name) == ("粤B88888", "王小明", "陈静")
    assert row.status is OrderStatus.OPEN
    assert row.estimate_fen == 38800 and row.category is ServiceCategory.GENERAL_REPAIR
    assert row.promised_at is not None
    assert row.is_due(row.promised_at - timedelta(minutes=29))
    assert not row.is_due(row.promised_at - timedelta(minutes=31))
    cancel_order(db, people.advisor, row.id, "客户取消")
    (cancelled,) = search_orders(db, OrderQuery(text="粤B88888"))
    assert not cancelled.is_due(cancelled.promised_at + timedelta(days=1))  # type: ignore[operator]


def test_due_filter(db: Database, orders: list[OrderDetail]) -> None:
    # The first three were promised in January: all overdue. The draft has no promise.
    due = OrderQuery(due_before=datetime.now(UTC) + timedelta(minutes=30))
    assert sorted(numbers(db, due)) == sorted(o.number for o in orders[:3])
