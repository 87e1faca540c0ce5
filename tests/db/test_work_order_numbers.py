"""Order numbers: per-day sequence, never reused, unique with two workstations saving at the same moment."""

from __future__ import annotations

import multiprocessing
import re
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dealerdesk.db.database import Database, open_database
from dealerdesk.db.models import OrderNumberCounter, WorkOrder
from dealerdesk.domain.order_rules import OrderInput
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders.work_orders import cancel_order, next_order_number, save_draft
from tests.helpers import UserSet

PER_WORKER = 15


def _today() -> str:
    return datetime.now(UTC).astimezone().strftime("%Y%m%d")


def test_numbers_count_up_per_day_and_are_never_reused(db: Database, people: UserSet) -> None:
    first = save_draft(db, people.advisor, OrderInput(customer_name="甲"))
    second = save_draft(db, people.advisor, OrderInput(customer_name="乙"))
    assert first.number == f"WO{_today()}-0001" and second.number == f"WO{_today()}-0002"
    cancel_order(db, people.advisor, second.id, "录错")
    third = save_draft(db, people.advisor, OrderInput(customer_name="丙"))
    assert third.number == f"WO{_today()}-0003"  # the cancelled number stays taken


def test_a_number_already_in_the_table_is_skipped(db: Database, people: UserSet) -> None:
    taken = save_draft(db, people.advisor, OrderInput())
    with db.write() as s:  # e.g. imported orders written without the counter
        s.get_one(OrderNumberCounter, _today()).last = 0
    assert taken.number.endswith("-0001")
    assert save_draft(db, people.advisor, OrderInput()).number.endswith("-0002")


def test_days_have_their_own_sequence(db: Database) -> None:
    with db.write() as s:
        a = next_order_number(s, datetime(2026, 1, 5, 4, 0, tzinfo=UTC))
        b = next_order_number(s, datetime(2026, 1, 6, 4, 0, tzinfo=UTC))
        c = next_order_number(s, datetime(2026, 1, 5, 5, 0, tzinfo=UTC))
    assert re.fullmatch(r"WO2026010[56]-0001", a) and b.endswith("-0001") and c.endswith("-0002")


def _save_many(url: str, actor: Actor, start: threading.Barrier | None, out: list[str]) -> None:
    db = open_database(url)  # its own engine and connections: a second workstation
    try:
        if start is not None:
            start.wait()
        for i in range(PER_WORKER):
            out.append(save_draft(db, actor, OrderInput(customer_name=f"客户{i}")).number)
    finally:
        db.dispose()


def _process_worker(url: str, actor: Actor, go: Any, queue: Any) -> None:
    go.wait()
    numbers: list[str] = []
    _save_many(url, actor, None, numbers)
    queue.put(numbers)


def _assert_unique_sequence(db: Database, numbers: list[str], expected: int) -> None:
    assert len(numbers) == expected
    assert len(set(numbers)) == expected
    sequence = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert sequence == list(range(1, expected + 1))
    with db.read() as s:
        assert sorted(s.scalars(select(WorkOrder.number))) == sorted(numbers)


def test_two_workstations_saving_at_the_same_moment_get_distinct_numbers(
    db: Database, people: UserSet, tmp_path: Path
) -> None:
    results: list[list[str]] = [[], []]
    start = threading.Barrier(2)
    workers = [
        threading.Thread(target=_save_many, args=(db.url, actor, start, out))
        for actor, out in zip((people.advisor, people.advisor2), results, strict=True)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    _assert_unique_sequence(db, results[0] + results[1], 2 * PER_WORKER)


def test_two_processes_saving_at_the_same_moment_get_distinct_numbers(db: Database, people: UserSet) -> None:
    ctx = multiprocessing.get_context("spawn")
    go = ctx.Event()
    queue = ctx.Queue()
    procs = [
        ctx.Process(target=_process_worker, args=(db.url, actor, go, queue))
        for actor in (people.advisor, people.advisor2)
    ]
    for p in procs:
        p.start()
    go.set()
    numbers = queue.get(timeout=120) + queue.get(timeout=120)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    _assert_unique_sequence(db, numbers, 2 * PER_WORKER)
