"""The database itself refuses an out-of-order or tampered signature, whatever path writes it.

Raw SQL through the driver's own connection (sqlite3 or psycopg): no service, no ORM, no
SQLAlchemy. Each refusal has a positive twin, so the tests fail if a trigger refuses everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.qc import rounds as qc
from tests.db.qc_helpers import make_order
from tests.db.raw_sql import RawConnection, raw_connection, refused_errors
from tests.helpers import UserSet

NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S.000000")


@pytest.fixture
def raw(db: Database) -> Iterator[RawConnection]:
    with raw_connection(db) as conn:
        yield conn


@pytest.fixture
def round_id(db: Database, people: UserSet) -> int:
    order_id = make_order(db, people.advisor, people.tech)
    return qc.finish_work(db, people.tech, order_id).id


def sign(conn: RawConnection, round_id: int, level: int, signer: int, outcome: str = "pass") -> int:
    row = conn.execute(
        "INSERT INTO qc_signoffs (round_id, level, signer_id, signed_at, outcome, void_reason) "
        "VALUES (?, ?, ?, ?, ?, '') RETURNING id",
        (round_id, level, signer, NOW, outcome),
    ).fetchone()
    assert row is not None
    return int(row[0])


def draft(conn: RawConnection, round_id: int, level: int, code: str, answer: str = "pass") -> int:
    row = conn.execute(
        "INSERT INTO qc_item_results (round_id, level, item_code, answer, value, note) "
        "VALUES (?, ?, ?, ?, '', '') RETURNING id",
        (round_id, level, code, answer),
    ).fetchone()
    assert row is not None
    return int(row[0])


def on_the_order(conn: RawConnection, round_id: int, user_id: int) -> None:
    """Give ``user_id`` a labour line on the round's order (the self-check needs one)."""
    conn.execute(
        "INSERT INTO labour_lines (order_id, position, operation, hours_x100, rate_fen, amount_fen, technician_id) "
        "SELECT order_id, 9, '检查', 100, 0, 0, ? FROM qc_rounds WHERE id = ?",
        (user_id, round_id),
    )


def refused(conn: RawConnection, sql: str, params: tuple[object, ...], reason: str) -> None:
    with pytest.raises(refused_errors(), match=reason):
        conn.execute(sql, params)


INSERT_SIGNOFF = (
    "INSERT INTO qc_signoffs (round_id, level, signer_id, signed_at, outcome, void_reason) VALUES (?, ?, ?, ?, ?, '')"
)


def test_levels_in_order_by_the_right_people_are_accepted(raw: RawConnection, round_id: int, people: UserSet) -> None:
    for level, user in ((1, people.tech), (2, people.lead2), (3, people.qc)):
        sign(raw, round_id, level, user.id)
    raw.execute("UPDATE work_orders SET status = ?", (OrderStatus.READY.value,))
    sign(raw, round_id, 4, people.advisor.id)
    assert raw.execute("SELECT count(*) FROM qc_signoffs WHERE round_id = ?", (round_id,)).fetchone() == (4,)


def test_level_without_the_level_below_is_aborted(raw: RawConnection, round_id: int, people: UserSet) -> None:
    refused(raw, INSERT_SIGNOFF, (round_id, 2, people.lead2.id, NOW, "pass"), "level below has no valid passed")
    refused(raw, INSERT_SIGNOFF, (round_id, 3, people.qc.id, NOW, "pass"), "level below has no valid passed")
    sign(raw, round_id, 1, people.tech.id)
    refused(raw, INSERT_SIGNOFF, (round_id, 3, people.qc.id, NOW, "pass"), "level below has no valid passed")


def test_level_above_a_failed_level_is_aborted(raw: RawConnection, db: Database, people: UserSet) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    round_id = qc.finish_work(db, people.tech, order_id).id
    sign(raw, round_id, 1, people.tech.id, outcome="fail")
    refused(raw, INSERT_SIGNOFF, (round_id, 2, people.lead2.id, NOW, "pass"), "level below has no valid passed")


def test_level_above_a_voided_level_is_aborted(raw: RawConnection, round_id: int, people: UserSet) -> None:
    first = sign(raw, round_id, 1, people.tech.id)
    raw.execute(
        "UPDATE qc_signoffs SET voided_at = ?, voided_by_id = ?, void_reason = 'wrong car' WHERE id = ?",
        (NOW, people.manager.id, first),
    )
    refused(raw, INSERT_SIGNOFF, (round_id, 2, people.lead2.id, NOW, "pass"), "level below has no valid passed")


def test_signer_of_a_lower_level_is_aborted(raw: RawConnection, round_id: int, people: UserSet) -> None:
    # lead1 is technician and team lead: may sign level 1 or level 2, never both in one round.
    on_the_order(raw, round_id, people.lead.id)
    first = sign(raw, round_id, 1, people.lead.id)
    refused(raw, INSERT_SIGNOFF, (round_id, 2, people.lead.id, NOW, "pass"), "signed a lower level")
    # Still after that signature was voided: whoever checked the car once is not independent.
    raw.execute(
        "UPDATE qc_signoffs SET voided_at = ?, voided_by_id = ?, void_reason = 'redo' WHERE id = ?",
        (NOW, people.manager.id, first),
    )
    sign(raw, round_id, 1, people.tech.id)
    refused(raw, INSERT_SIGNOFF, (round_id, 2, people.lead.id, NOW, "pass"), "signed a lower level")
    sign(raw, round_id, 2, people.lead2.id)


def test_signer_without_the_role_is_aborted(raw: RawConnection, round_id: int, people: UserSet) -> None:
    on_the_order(raw, round_id, people.advisor.id)
    refused(raw, INSERT_SIGNOFF, (round_id, 1, people.advisor.id, NOW, "pass"), "lacks the role")
    sign(raw, round_id, 1, people.tech.id)
    refused(raw, INSERT_SIGNOFF, (round_id, 2, people.tech2.id, NOW, "pass"), "lacks the role")


def test_nonsense_and_ended_rounds_are_aborted(raw: RawConnection, round_id: int, people: UserSet) -> None:
    refused(raw, INSERT_SIGNOFF, (round_id, 1, people.tech.id, NOW, "maybe"), "outcome must be pass or fail")
    refused(raw, INSERT_SIGNOFF, (round_id, 0, people.tech.id, NOW, "pass"), "level must be 1 to 4")
    refused(
        raw,
        "INSERT INTO qc_signoffs (round_id, level, signer_id, signed_at, outcome, voided_at, voided_by_id, void_reason)"
        " VALUES (?, 1, ?, ?, 'pass', ?, ?, 'x')",
        (round_id, people.tech.id, NOW, NOW, people.manager.id),
        "cannot be voided already",
    )
    raw.execute("UPDATE qc_rounds SET status = 'failed' WHERE id = ?", (round_id,))
    refused(raw, INSERT_SIGNOFF, (round_id, 1, people.tech.id, NOW, "pass"), "not in progress")


def test_a_signature_is_final(raw: RawConnection, round_id: int, people: UserSet) -> None:
    first = sign(raw, round_id, 1, people.tech.id)
    refused(raw, "UPDATE qc_signoffs SET outcome = 'fail' WHERE id = ?", (first,), "signature is final")
    refused(raw, "UPDATE qc_signoffs SET signer_id = ? WHERE id = ?", (people.tech2.id, first), "signature is final")
    refused(raw, "DELETE FROM qc_signoffs WHERE id = ?", (first,), "never deleted")
    refused(
        raw,
        "UPDATE qc_signoffs SET voided_at = ?, voided_by_id = ?, void_reason = ' ' WHERE id = ?",
        (NOW, people.manager.id, first),
        "signature is final",
    )
    refused(
        raw,
        "UPDATE qc_signoffs SET voided_at = ?, voided_by_id = ?, void_reason = 'x' WHERE id = ?",
        (NOW, people.qc.id, first),
        "only a service manager",
    )
    second = sign(raw, round_id, 2, people.lead2.id)
    void = "UPDATE qc_signoffs SET voided_at = ?, voided_by_id = ?, void_reason = 'typo' WHERE id = ?"
    refused(raw, void, (NOW, people.manager.id, first), "void the higher levels")
    raw.execute(void, (NOW, people.manager.id, second))
    raw.execute(void, (NOW, people.manager.id, first))
    refused(raw, void, (NOW, people.manager.id, first), "signature is final")  # voided once only


def test_signed_item_results_cannot_change(raw: RawConnection, round_id: int, people: UserSet) -> None:
    result = draft(raw, round_id, 1, "washer_fluid")
    raw.execute("UPDATE qc_item_results SET answer = 'fail', note = 'x' WHERE id = ?", (result,))  # a draft may
    signoff = sign(raw, round_id, 1, people.tech.id, outcome="fail")
    raw.execute("UPDATE qc_item_results SET signoff_id = ? WHERE id = ?", (signoff, result))
    refused(raw, "UPDATE qc_item_results SET answer = 'pass' WHERE id = ?", (result,), "signed result cannot change")
    refused(raw, "UPDATE qc_item_results SET signoff_id = NULL WHERE id = ?", (result,), "signed result cannot change")
    refused(raw, "DELETE FROM qc_item_results WHERE id = ?", (result,), "signed result cannot be deleted")
    refused(
        raw,
        "INSERT INTO qc_item_results (round_id, signoff_id, level, item_code, answer, value, note)"
        " VALUES (?, ?, 1, 'coolant_level', 'pass', '80', '')",
        (round_id, signoff),
        "inserted unsigned",
    )
    # A later draft cannot join the signature under an item it already holds, nor another level's.
    again = draft(raw, round_id, 1, "washer_fluid")
    refused(
        raw,
        "UPDATE qc_item_results SET signoff_id = ? WHERE id = ?",
        (signoff, again),
        "already holds a result",
    )
    other = draft(raw, round_id, 2, "brake_pad_thickness")
    refused(raw, "UPDATE qc_item_results SET signoff_id = ? WHERE id = ?", (signoff, other), "its own round and level")


def test_results_of_a_voided_signature_stay_as_signed(raw: RawConnection, round_id: int, people: UserSet) -> None:
    result = draft(raw, round_id, 1, "washer_fluid")
    signoff = sign(raw, round_id, 1, people.tech.id)
    raw.execute("UPDATE qc_item_results SET signoff_id = ? WHERE id = ?", (signoff, result))
    raw.execute(
        "UPDATE qc_signoffs SET voided_at = ?, voided_by_id = ?, void_reason = 'redo' WHERE id = ?",
        (NOW, people.manager.id, signoff),
    )
    refused(raw, "UPDATE qc_item_results SET answer = 'fail' WHERE id = ?", (result,), "signed result cannot change")
    assert raw.execute("SELECT signoff_id, answer FROM qc_item_results WHERE id = ?", (result,)).fetchone() == (
        signoff,
        "pass",
    )


def test_self_check_by_a_technician_without_a_line_on_the_order_is_aborted(
    raw: RawConnection, round_id: int, people: UserSet
) -> None:
    refused(raw, INSERT_SIGNOFF, (round_id, 1, people.tech2.id, NOW, "pass"), "no labour line on the order")
    on_the_order(raw, round_id, people.tech2.id)
    sign(raw, round_id, 1, people.tech2.id)
