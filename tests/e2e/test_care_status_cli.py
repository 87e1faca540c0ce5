"""``dealerdesk care-status``: the day's care status computed by a scheduled task, once a day."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from dealerdesk.cli import main
from dealerdesk.db.database import Database
from dealerdesk.services.care import calls, status
from dealerdesk.services.rework.views import today as dealer_today
from tests.db.care_helpers import car, customer, days_ago
from tests.helpers import UserSet


def test_care_status_ahead_of_the_office(
    backend: str, db_url: str, db: Database, people: UserSet, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dealer_today()
    car(db, customer(db, "陈先生", "13800138001"), days_ago(today, 400))
    car(db, customer(db, "林女士", "13800138002"), days_ago(today, 20))
    where = db_url if backend == "postgresql" else str(make_url(db_url).database)
    assert main(["care-status", "--db", where, "--lang", "en"]) == 0
    day = today.isoformat()
    assert capsys.readouterr().out.strip() == f"Care status of {day}: 2 cars, 1 customers on the call list."
    assert status.is_fresh(db, today)
    assert [r.name for r in calls.call_list(db, people.manager, None, today)] == ["陈先生"]
    assert main(["care-status", "--db", where, "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == f"Care status of {day} was already computed: 1 customers listed."
