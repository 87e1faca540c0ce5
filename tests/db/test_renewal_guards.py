"""Renewal guards of migration 0021, refused by the database itself on both backends.

Raw SQL as a script would write; each refusal has its accepted twin so that a guard refusing
everything fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dealerdesk.db.database import Database
from tests.db.raw_sql import RawConnection, raw_connection, refused_errors
from tests.helpers import UserSet

NOW = "2026-12-01 02:00:00.000000"
POLICY = (
    "INSERT INTO insurance_policies (vehicle_id, policy_year, insurer, policy_no, compulsory_expiry, "
    "commercial_expiry, due_on, premium_fen, last_year_insurer, source, created_at, updated_at) "
    "VALUES (?, 2027, '人保财险', '', ?, ?, ?, ?, '', 'manual', ?, ?) RETURNING id"
)
FOLLOWUP = (
    "INSERT INTO renewal_followups (policy_id, vehicle_id, policy_year, stage, calls, next_call_on, quote_insurer, "
    "loss_reason, loss_insurer, closed_at, created_at, updated_at) "
    "VALUES (?, ?, 2027, ?, ?, ?, '', ?, ?, ?, ?, ?) RETURNING id"
)
CALL = (
    "INSERT INTO renewal_calls (followup_id, called_at, by_id, outcome, connected, note, quote_insurer, "
    "stage_before, stage_after, loss_insurer) VALUES (?, ?, ?, ?, ?, '', '', 'invite', 'invite', '') RETURNING id"
)


@pytest.fixture
def raw(db: Database) -> Iterator[RawConnection]:
    with raw_connection(db) as conn:
        yield conn


@pytest.fixture
def vehicle(raw: RawConnection) -> int:
    row = raw.execute(
        "INSERT INTO vehicles (vin, model, created_at, updated_at) VALUES ('LSVAU2180N2183311', '朗逸', ?, ?) "
        "RETURNING id",
        (NOW, NOW),
    ).fetchone()
    return int(row[0])


def refused(raw: RawConnection, sql: str, params: tuple[object, ...]) -> None:
    with pytest.raises(refused_errors()):
        raw.execute(sql, params)


def test_a_policy_is_due_on_its_earlier_expiry(raw: RawConnection, vehicle: int) -> None:
    refused(raw, POLICY, (vehicle, "2027-01-20", "2027-01-10", "2027-01-20", 480000, NOW, NOW))
    refused(raw, POLICY, (vehicle, None, None, "2027-01-20", 480000, NOW, NOW))
    refused(raw, POLICY, (vehicle, "2027-01-20", None, "2027-01-20", -1, NOW, NOW))
    raw.execute(POLICY, (vehicle, "2027-01-20", "2027-01-10", "2027-01-10", 480000, NOW, NOW))


def test_a_lost_record_has_a_reason_and_an_insurer_when_insured_elsewhere(raw: RawConnection, vehicle: int) -> None:
    policy = raw.execute(POLICY, (vehicle, "2027-01-20", None, "2027-01-20", 480000, NOW, NOW)).fetchone()[0]
    refused(raw, FOLLOWUP, (policy, vehicle, "lost", 1, None, None, "", NOW, NOW, NOW))
    refused(raw, FOLLOWUP, (policy, vehicle, "lost", 1, None, "insured_elsewhere", "", NOW, NOW, NOW))
    refused(raw, FOLLOWUP, (policy, vehicle, "lost", 1, None, "price", "", None, NOW, NOW))  # closed, no time
    refused(raw, FOLLOWUP, (policy, vehicle, "won", 1, None, "price", "", NOW, NOW, NOW))
    raw.execute(FOLLOWUP, (policy, vehicle, "lost", 1, None, "insured_elsewhere", "平安", NOW, NOW, NOW))


def test_an_open_called_record_knows_its_next_call(raw: RawConnection, vehicle: int) -> None:
    policy = raw.execute(POLICY, (vehicle, "2027-01-20", None, "2027-01-20", 480000, NOW, NOW)).fetchone()[0]
    refused(raw, FOLLOWUP, (policy, vehicle, "follow_up", 1, None, None, "", None, NOW, NOW))
    refused(raw, FOLLOWUP, (policy, vehicle, "someday", 0, None, None, "", None, NOW, NOW))
    raw.execute(FOLLOWUP, (policy, vehicle, "follow_up", 1, "2026-12-05", None, "", None, NOW, NOW))


def test_the_call_log_is_append_only_and_connected_follows_the_outcome(
    raw: RawConnection, vehicle: int, people: UserSet
) -> None:
    policy = raw.execute(POLICY, (vehicle, "2027-01-20", None, "2027-01-20", 480000, NOW, NOW)).fetchone()[0]
    record = raw.execute(FOLLOWUP, (policy, vehicle, "invite", 0, None, None, "", None, NOW, NOW)).fetchone()[0]
    refused(raw, CALL, (record, NOW, people.manager.id, "no_answer", True))
    refused(raw, CALL, (record, NOW, people.manager.id, "reached", False))
    call = raw.execute(CALL, (record, NOW, people.manager.id, "no_answer", False)).fetchone()[0]
    raw.execute(CALL, (record, NOW, people.manager.id, "reached", True))
    refused(raw, "UPDATE renewal_calls SET outcome = 'reached', connected = TRUE WHERE id = ?", (call,))
    refused(raw, "DELETE FROM renewal_calls WHERE id = ?", (call,))
