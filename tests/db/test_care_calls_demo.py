"""The demo's follow-up calls read as the desk would have left them: today's list dealt to both
customer-care users, calls in the past, a data-to-fix queue, and visits that a call brought in."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from dealerdesk.db.database import open_database
from dealerdesk.db.models import CareCall, CareStatus
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.services.care import calls
from dealerdesk.services.users import authenticate

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
TODAY = date(2026, 3, 1)


def test_demo_calls_list_and_queue(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    write_demo_database(url, seed=11, orders=300, now=NOW)
    db = open_database(url)
    try:
        cr1 = authenticate(db, "cr1", "care1234")
        cr2 = authenticate(db, "cr2", "care2345")
        manager = authenticate(db, "manager", "manager1")
        mine, theirs = calls.call_list(db, cr1, cr1.id, TODAY), calls.call_list(db, cr2, cr2.id, TODAY)
        assert mine and theirs and abs(len(mine) - len(theirs)) <= 1
        assert {r.key for r in mine}.isdisjoint({r.key for r in theirs})
        with db.read() as s:
            latest = s.scalar(select(func.max(CareCall.called_at)))
            listed = s.scalar(select(func.count()).where(CareStatus.listed_on == TODAY))
        assert latest is not None and latest < NOW
        assert listed and listed >= len(mine) + len(theirs)
        fixes = calls.open_fixes(db, manager)
        assert fixes and all(f.phone for f in fixes)  # the number that was dialled, shown to whoever fixes it
        sources = calls.visit_sources(db, manager, date(2026, 1, 1), TODAY)
        assert any(v.called_in for v in sources) and not all(v.called_in for v in sources)
        counts = {p.name for p in calls.call_counts(db, manager, date(2026, 2, 1), TODAY)}
        assert counts == {"何客服", "孙客服"}
    finally:
        db.dispose()
