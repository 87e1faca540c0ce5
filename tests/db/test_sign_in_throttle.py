"""Password guessing: a growing wait after five wrong passwords per name, every attempt audited,
and unknown names costing the same time as known ones."""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

import pytest

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services import audit, users
from tests.helpers import PASSWORD, UserSet


def wrong(db: Database, name: str, at=None) -> DealerDeskError:  # type: ignore[no-untyped-def]
    with pytest.raises(DealerDeskError) as err:
        users.authenticate(db, name, "guess", now=at)
    return err.value


def test_five_wrong_then_a_wait_of_30_seconds_doubling(db: Database, people: UserSet) -> None:
    t0 = utcnow()
    for _ in range(4):
        assert not isinstance(wrong(db, "sa1", t0), users.SignInThrottled)
    fifth = wrong(db, "sa1", t0)
    assert isinstance(fifth, users.SignInThrottled) and fifth.seconds == 30
    assert str(fifth) == "Too many wrong passwords for sa1. Try again in 30 seconds."
    # While waiting, even the right password is not tried.
    with pytest.raises(users.SignInThrottled) as err:
        users.authenticate(db, "sa1", PASSWORD, now=t0 + timedelta(seconds=10))
    assert err.value.seconds == 20
    actions = [e.action for e in audit.list_entries(db, entity="user") if e.action.startswith("sign_in")]
    assert actions == ["sign_in_failed"] * 5 + ["sign_in_throttled"]
    sixth = wrong(db, "sa1", t0 + timedelta(seconds=31))
    assert isinstance(sixth, users.SignInThrottled) and sixth.seconds == 60
    seventh = wrong(db, "sa1", t0 + timedelta(seconds=92))
    assert isinstance(seventh, users.SignInThrottled) and seventh.seconds == 120
    # Another name is not held up; the right password after the wait signs in and resets the count.
    assert users.authenticate(db, "sa2", PASSWORD).username == "sa2"
    assert users.authenticate(db, "sa1", PASSWORD, now=t0 + timedelta(seconds=213)).username == "sa1"
    assert not isinstance(wrong(db, "sa1", t0 + timedelta(seconds=214)), users.SignInThrottled)


def test_unknown_names_are_throttled_alike(db: Database, people: UserSet) -> None:
    t0 = utcnow()
    errors = [wrong(db, "ghost", t0) for _ in range(5)]
    assert [isinstance(e, users.SignInThrottled) for e in errors] == [False] * 4 + [True]


def test_sign_ins_good_and_bad_are_in_the_audit_log(db: Database, people: UserSet) -> None:
    wrong(db, "sa1")
    wrong(db, "nobody")
    users.authenticate(db, "sa1", PASSWORD)
    entries = [(e.action, e.changes.get("username"), e.user) for e in audit.list_entries(db, entity="user")]
    assert ("sign_in_failed", "sa1", "") in entries
    assert ("sign_in_failed", "nobody", "") in entries
    assert ("sign_in", "sa1", "李晓明") in entries


def test_unknown_names_cost_the_same_time_as_known_ones(db: Database, people: UserSet) -> None:
    def timed(name: str) -> float:
        start = time.perf_counter()
        with pytest.raises(DealerDeskError):
            users.authenticate(db, name, "guess")
        return time.perf_counter() - start

    known, unknown = [], []
    for i in range(4):  # fewer than five a name: no throttle
        known.append(timed(("sa1", "sa2", "tech1", "qc1")[i]))
        unknown.append(timed(f"ghost{i}"))
    ratio = statistics.median(unknown) / statistics.median(known)
    assert 0.5 < ratio < 2.0, (known, unknown)
