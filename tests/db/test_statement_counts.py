"""Lists load in a number of statements that does not grow with their rows.

The QC queue once ran two statements per order in it (each round's signatures and
answers loaded one by one); its history four per round. Each list is read with 10 rows
and with 1,000 and must run the same statements, and show the same rows scaled up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.services.orders.search import OrderQuery, count_orders, search_orders
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import QueueRow, RoundView
from dealerdesk.services.rework.register import list_reworks
from dealerdesk.services.users import list_users
from tests.db.bulk_copies import copy_ended_rounds, copy_orders
from tests.db.qc_helpers import make_order, passing_answers, with_failure
from tests.helpers import PASSWORD, UserSet, statements

# The 1,000-row copies are SQLite SQL (tests/db/bulk_copies.py); the statement counts are the ORM's, alike on both.
pytestmark = pytest.mark.sqlite_only


def run_counted(db: Database, load: Callable[[], Any]) -> tuple[Any, int]:
    with statements(db) as seen:
        result = load()
    return result, len(seen)


def sign(db: Database, people: UserSet, view: RoundView, levels: range, fail_at: int | None = None) -> None:
    signers = {1: people.tech, 2: people.lead2, 3: people.qc, 4: people.advisor}
    for level in levels:
        answers = passing_answers(view, QcLevel(level))
        if level == fail_at:
            answers = with_failure(answers, answers[0].code)
        road = RoadTest(42_010, 42_015) if level == 3 else None
        qc.sign_level(db, signers[level], view.id, level, PASSWORD, answers, road)


@pytest.fixture
def queue(db: Database, people: UserSet) -> dict[str, int]:
    """Five orders, one at each stage of the queue (a failed round behind two of them), and drafts."""
    out: dict[str, int] = {}
    failed = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    sign(db, people, failed, range(1, 3), fail_at=2)
    out["back_in_workshop"] = failed.order_id
    again = qc.finish_work(db, people.tech, failed.order_id)
    out["second_round"] = again.order_id
    qc.save_answers(db, people.tech, again.id, 1, passing_answers(again, QcLevel.SELF_CHECK)[:3])
    level3 = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    sign(db, people, level3, range(1, 3))
    out["level3"] = level3.order_id
    ready = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    sign(db, people, ready, range(1, 4))
    out["handover"] = ready.order_id
    deliver = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    sign(db, people, deliver, range(1, 5))
    out["deliver"] = deliver.order_id
    out["workshop"] = make_order(db, people.advisor, people.tech)
    return out


def test_the_qc_queue_reads_1000_orders_in_the_statements_of_10(
    db: Database, people: UserSet, queue: dict[str, int]
) -> None:
    base = qc.qc_queue(db, people.qc)
    assert len(base) == 5  # the failed order is in its second round
    copy_orders(db, 1)
    small, small_count = run_counted(db, lambda: qc.qc_queue(db, people.qc))
    copy_orders(db, 99)  # 10 x 100
    large, large_count = run_counted(db, lambda: qc.qc_queue(db, people.qc))
    assert (len(small), len(large)) == (10, 1_000)
    assert large_count == small_count <= 6

    def stages(rows: list[QueueRow]) -> Counter[tuple[object, ...]]:
        return Counter(
            (r.stage, r.may_act, r.round_no, r.last_signoff.level if r.last_signoff else None, r.failure is not None)
            for r in rows
        )

    assert stages(large) == Counter({k: v * 100 for k, v in stages(small).items()})
    assert stages(small) == Counter({k: v * 2 for k, v in stages(base).items()})


def test_qc_history_reads_1000_rounds_in_the_statements_of_10(
    db: Database, people: UserSet, queue: dict[str, int]
) -> None:
    assert qc.qc_history(db, queue["workshop"]).rounds == ()  # not yet finished: no round at all
    order_id = queue["second_round"]
    copy_ended_rounds(db, order_id, 8)  # round 1, 8 copies of it and the newest: 10 rounds
    small, small_count = run_counted(db, lambda: qc.qc_history(db, order_id))
    copy_ended_rounds(db, order_id, 110)  # 10 + 9 ended x 110 = 1,000 rounds
    large, large_count = run_counted(db, lambda: qc.qc_history(db, order_id))
    assert (len(small.rounds), len(large.rounds)) == (10, 1_000)
    assert large_count == small_count <= 7
    newest = large.rounds[-1]
    assert newest.previous_failure is not None and newest.previous_failure.level is QcLevel.TEAM_LEAD
    assert all(len(r.signoffs) == 2 for r in large.rounds[:-1])
    assert [r.round_no for r in large.rounds] == sorted(r.round_no for r in large.rounds)


def test_the_order_list_rework_register_and_users_read_in_fixed_statements(
    db: Database, people: UserSet, queue: dict[str, int]
) -> None:
    def loads() -> list[int]:
        counts = []
        for load in (
            lambda: search_orders(db, OrderQuery()),
            lambda: count_orders(db, OrderQuery()),
            lambda: list_reworks(db, people.manager),
            lambda: list_users(db),
        ):
            _rows, n = run_counted(db, load)
            counts.append(n)
        return counts

    reworks = len(list_reworks(db, people.manager))
    assert reworks >= 1  # the failed round's
    copy_orders(db, 1)
    small = loads()
    copy_orders(db, 99)
    assert len(search_orders(db, OrderQuery(), limit=2_000)) == 1_000  # 5 orders x 2 x 100
    assert len(list_reworks(db, people.manager)) == reworks * 200
    assert loads() == small
