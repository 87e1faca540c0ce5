"""The note a person sees while a save waits for another workstation."""

from __future__ import annotations

import threading

from dealerdesk.db.database import Database
from dealerdesk.services.orders import work_orders
from dealerdesk.ui.lock_wait import LockWaitNotice
from tests.db.test_lock_wait import hold_write_lock
from tests.helpers import UserSet
from tests.order_samples import complete_order


def test_the_wait_is_shown_on_screen_and_goes_away(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    notice = LockWaitNotice()
    db.lock_wait = notice
    other = hold_write_lock(db)
    seen: list[str] = []
    real = notice.__call__

    def spy(waited: float | None) -> None:
        real(waited)
        if notice.label is not None and notice.label.isVisible():
            seen.append(notice.label.text())

    db.lock_wait = spy
    threading.Timer(1.2, other.rollback).start()
    work_orders.save_draft(db, people.advisor, complete_order())
    assert seen and seen[0] == "Waiting for another workstation… (1 s)"
    assert notice.label is not None and not notice.label.isVisible()
    other.close()
