"""Several workstations writing at the same moment, on both backends: SQLite's BEGIN IMMEDIATE
and PostgreSQL's advisory write lock make the read-then-write of the order number atomic."""

from __future__ import annotations

import threading
from dataclasses import replace

from dealerdesk.db.database import Database, open_database
from dealerdesk.services.orders import work_orders
from tests.helpers import UserSet
from tests.order_samples import complete_order

WORKSTATIONS = 4
ORDERS_EACH = 5


def test_four_workstations_opening_orders_get_unique_consecutive_numbers(db: Database, people: UserSet) -> None:
    start = threading.Barrier(WORKSTATIONS)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def workstation(index: int) -> None:
        own = open_database(db.url)  # each PC has its own engine and connections
        try:
            start.wait()
            for n in range(ORDERS_EACH):
                vin_free = replace(complete_order(), customer_name=f"客户{index}-{n}")
                numbers.append(work_orders.open_order(own, people.advisor, vin_free).number)
        except BaseException as exc:  # reported below, with the thread's own traceback
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=workstation, args=(i,)) for i in range(WORKSTATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert len(numbers) == WORKSTATIONS * ORDERS_EACH == len(set(numbers))
    days = {n.split("-")[0] for n in numbers}
    for day in days:
        sequence = sorted(int(n.split("-")[1]) for n in numbers if n.startswith(day))
        assert sequence == list(range(sequence[0], sequence[0] + len(sequence)))
