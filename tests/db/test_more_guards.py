"""Guards added in migration 0006, refused by the database itself on both backends.

Raw SQL through the driver (tests/db/raw_sql.py), as a script would write; each refusal
has its accepted twin so that a guard refusing everything fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.qc import rounds as qc
from tests.db.qc_helpers import deliver_order, make_order
from tests.db.raw_sql import RawConnection, raw_connection, refused_errors
from tests.helpers import UserSet

NOW = "2026-03-01 10:00:00.000000"
SIGN = (
    "INSERT INTO qc_signoffs (round_id, level, signer_id, signed_at, outcome, void_reason) "
    "VALUES (?, ?, ?, ?, 'pass', '') RETURNING id"
)


@pytest.fixture
def raw(db: Database) -> Iterator[RawConnection]:
    with raw_connection(db) as conn:
        yield conn


@pytest.fixture
def started(db: Database, people: UserSet) -> tuple[int, int]:
    """(order id, round id) of an order whose work is finished: QC round 1 in progress."""
    order_id = make_order(db, people.advisor, people.tech)
    return order_id, qc.finish_work(db, people.tech, order_id).id


def sign_all(raw: RawConnection, round_id: int, people: UserSet, levels: tuple[int, ...] = (1, 2, 3, 4)) -> None:
    signers = {1: people.tech, 2: people.lead2, 3: people.qc, 4: people.advisor}
    for level in levels:
        raw.execute(SIGN, (round_id, level, signers[level].id, NOW))


def refused(raw: RawConnection, sql: str, params: tuple[object, ...], reason: str) -> None:
    with pytest.raises(refused_errors(), match=reason):
        raw.execute(sql, params)


def test_a_deactivated_user_cannot_sign(raw: RawConnection, started: tuple[int, int], people: UserSet) -> None:
    _order, round_id = started
    raw.execute("UPDATE users SET is_active = FALSE WHERE id = ?", (people.tech.id,))
    refused(raw, SIGN, (round_id, 1, people.tech.id, NOW), "the signer is deactivated")
    raw.execute("UPDATE users SET is_active = TRUE WHERE id = ?", (people.tech.id,))
    raw.execute(SIGN, (round_id, 1, people.tech.id, NOW))


def test_delivered_only_after_a_passed_handover(raw: RawConnection, started: tuple[int, int], people: UserSet) -> None:
    order_id, round_id = started
    deliver = "UPDATE work_orders SET status = 'delivered' WHERE id = ?"
    refused(raw, deliver, (order_id,), "delivered only after the newest QC round passed")
    sign_all(raw, round_id, people, (1, 2, 3))
    raw.execute("UPDATE work_orders SET status = ? WHERE id = ?", (OrderStatus.READY.value, order_id))
    refused(raw, deliver, (order_id,), "delivered only after the newest QC round passed")  # no hand-over yet
    sign_all(raw, round_id, people, (4,))
    raw.execute("UPDATE qc_rounds SET status = 'passed' WHERE id = ?", (round_id,))
    raw.execute(deliver, (order_id,))
    row = raw.execute("SELECT status FROM work_orders WHERE id = ?", (order_id,)).fetchone()
    assert row is not None and row[0] == "delivered"


def test_a_round_passes_only_with_every_level_signed(
    raw: RawConnection, started: tuple[int, int], people: UserSet
) -> None:
    _order, round_id = started
    passed = "UPDATE qc_rounds SET status = 'passed' WHERE id = ?"
    refused(raw, passed, (round_id,), "a round passes only with a valid passed signature at every level")
    sign_all(raw, round_id, people, (1, 2, 3))
    refused(raw, passed, (round_id,), "a round passes only with a valid passed signature at every level")
    sign_all(raw, round_id, people, (4,))
    raw.execute(passed, (round_id,))


def test_the_services_still_deliver(db: Database, people: UserSet) -> None:
    """The normal path through the services passes the new guards: QC round passed, order delivered."""
    order_id = deliver_order(db, people, hours_ago=5, promised_in=6)
    with raw_connection(db) as raw:
        assert raw.execute("SELECT status FROM work_orders WHERE id = ?", (order_id,)).fetchone()[0] == "delivered"
        assert raw.execute("SELECT status FROM qc_rounds WHERE order_id = ?", (order_id,)).fetchone()[0] == "passed"
