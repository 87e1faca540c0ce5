"""Another workstation's commit is noticed; a rolled-back save and reads are not."""

from __future__ import annotations

import time

import pytest

from dealerdesk.db.changes import ChangeWatcher
from dealerdesk.db.database import Database, open_database
from dealerdesk.domain.order_rules import OrderInput
from dealerdesk.services.orders.work_orders import save_draft
from dealerdesk.services.users import list_users
from tests.helpers import UserSet


def noticed_within(watcher: ChangeWatcher, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watcher.changed():
            return True
        time.sleep(0.05)
    return False


def test_a_commit_elsewhere_is_noticed_once(db: Database, people: UserSet) -> None:
    watcher = ChangeWatcher(db)
    other = open_database(db.url)  # the other workstation
    try:
        assert not watcher.changed()
        list_users(other)  # reading changes nothing
        assert not noticed_within(watcher, 0.3)
        save_draft(other, people.advisor, OrderInput(customer_name="王五"))
        assert noticed_within(watcher, 2.0)
        assert not watcher.changed()  # once per batch of commits
        with pytest.raises(RuntimeError), other.write() as s:
            s.connection().exec_driver_sql("UPDATE settings SET value = value")
            raise RuntimeError("the save failed half-way")
        assert not noticed_within(watcher, 0.3)
    finally:
        other.dispose()
        watcher.close()
