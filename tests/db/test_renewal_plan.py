"""The weekly plan: every policy in the window planned once, an even split, gaps shown, rebuilds only add."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied
from dealerdesk.domain.renewal_rules import CallEntry, CallOutcome
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.renewal.followups import log_call
from dealerdesk.services.renewal.plan import build_plan, ensure_week_plan, plan_rows, plan_view
from tests.db.renewal_helpers import insure, make_cars, make_specialist
from tests.helpers import UserSet

MONDAY = date(2026, 11, 30)  # the plan runs to Sunday 6 December; first contact 45 days ahead: due ≤ 20 January
LAST_IN = MONDAY + timedelta(days=6 + 45)


@pytest.fixture
def team(db: Database, people: UserSet) -> list[Actor]:
    return [make_specialist(db, people, f"rn{i}", name) for i, name in enumerate(("钱续保", "冯续保", "陈续保"), 1)]


def cars_due(db: Database, people: UserSet, days: list[date]) -> list[int]:
    cars = make_cars(db, len(days))
    for car, due in zip(cars, days, strict=True):
        insure(db, people.manager, car, due)
    return cars


def test_every_policy_in_the_window_is_planned_once_and_split_evenly(
    db: Database, people: UserSet, team: list[Actor]
) -> None:
    inside = [MONDAY + timedelta(days=d) for d in range(0, 52, 2)] + [LAST_IN] * 5  # 26 + 5 = 31
    outside = [MONDAY - timedelta(days=1), LAST_IN + timedelta(days=1)]  # expired before the plan; too early
    cars_due(db, people, inside + outside)
    before = plan_view(db, people.manager, MONDAY)
    assert before.built_at is None and before.gap_count == len(before.gaps) == 31  # not built: all of them are nobody's

    built = build_plan(db, people.manager, MONDAY)
    assert (built.added, built.reassigned, built.total) == (31, 0, 31)
    view = plan_view(db, people.manager, MONDAY)
    assert view.gaps == []
    rows = plan_rows(db, people.manager, MONDAY)
    plates = [r.plate for r in rows]
    assert len(plates) == len(set(plates)) == 31
    assert "苏A00031" not in plates and "苏A00032" not in plates  # the two outside the window
    assert sorted(load.planned for load in view.loads) == [10, 10, 11]
    assert {load.name for load in view.loads} == {"钱续保", "冯续保", "陈续保"}
    # The first call falls 45 days before expiry (or on Monday for policies nearer than that).
    row = next(r for r in rows if r.due_on == LAST_IN)
    assert row.call_on == LAST_IN - timedelta(days=45) and row.first_contact


def test_a_policy_added_after_the_build_is_a_gap_until_built_again_which_only_adds(
    db: Database, people: UserSet, team: list[Actor]
) -> None:
    cars_due(db, people, [MONDAY + timedelta(days=10)] * 6)
    build_plan(db, people.manager, MONDAY)
    first = {r.followup_id: r.specialist_id for r in plan_rows(db, people.manager, MONDAY)}
    late = make_cars(db, 1, start=100)[0]
    insure(db, people.manager, late, MONDAY + timedelta(days=20))
    gaps = plan_view(db, people.manager, MONDAY).gaps
    assert [g.plate for g in gaps] == ["苏A00100"]

    again = build_plan(db, people.manager, MONDAY)
    assert (again.added, again.total) == (1, 7)
    view = plan_view(db, people.manager, MONDAY)
    assert view.gaps == []
    rows = plan_rows(db, people.manager, MONDAY)
    assert {r.followup_id: r.specialist_id for r in rows if r.followup_id in first} == first  # nobody reshuffled


def test_a_specialist_who_left_is_a_gap_and_their_records_go_to_the_others(
    db: Database, people: UserSet, team: list[Actor]
) -> None:
    cars_due(db, people, [MONDAY + timedelta(days=5)] * 9)
    build_plan(db, people.manager, MONDAY)
    users.set_active(db, people.admin, team[0].id, False)
    left = plan_view(db, people.manager, MONDAY)
    assert left.gap_count == len(left.gaps) == 3
    assert [(x.name, x.active, x.planned) for x in left.loads][-1] == ("钱续保", False, 3)  # listed last, as left
    again = build_plan(db, people.manager, MONDAY)
    assert again.reassigned == 3
    view = plan_view(db, people.manager, MONDAY)
    assert view.gaps == []
    assert sorted(Counter(r.specialist for r in plan_rows(db, people.manager, MONDAY)).values()) == [4, 5]
    assert sorted((x.name, x.planned) for x in view.loads) == [("冯续保", 4), ("陈续保", 5)] or sorted(
        (x.name, x.planned) for x in view.loads
    ) == [("冯续保", 5), ("陈续保", 4)]


def test_after_the_first_call_the_record_comes_back_on_its_next_call_date(
    db: Database, people: UserSet, team: list[Actor]
) -> None:
    cars_due(db, people, [MONDAY + timedelta(days=30)])
    build_plan(db, people.manager, MONDAY)
    record = plan_rows(db, people.manager, MONDAY)[0]
    who = next(a for a in team if a.id == record.specialist_id)
    called_at = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
    next_call = date(2026, 12, 9)  # Wednesday of the week after
    log_call(
        db,
        who,
        record.followup_id,
        CallEntry(CallOutcome.NO_ANSWER, next_call_on=next_call),
        calls_seen=0,
        now=called_at,
    )
    this_week = plan_view(db, people.manager, MONDAY)
    assert plan_rows(db, people.manager, MONDAY, who.id)[0].called  # planned and called this week
    assert plan_rows(db, people.manager, MONDAY, who.id + 1) == []
    assert next(x for x in this_week.loads if x.specialist_id == who.id).called == 1
    next_monday = MONDAY + timedelta(days=7)
    assert [g.call_on for g in plan_view(db, people.manager, next_monday).gaps] == [next_call]
    build_plan(db, people.manager, next_monday, rule="keep")
    rows = plan_rows(db, people.manager, next_monday)
    assert [(r.followup_id, r.specialist_id, r.first_contact) for r in rows] == [
        (record.followup_id, who.id, False)  # "keep": the same voice on the phone
    ]


def test_monday_build_by_the_first_screen_and_who_may_build(db: Database, people: UserSet, team: list[Actor]) -> None:
    cars_due(db, people, [MONDAY + timedelta(days=3)] * 4)
    assert ensure_week_plan(db, team[1], MONDAY + timedelta(days=2)) is not None  # Wednesday, none yet: built
    assert ensure_week_plan(db, team[1], MONDAY) is None  # built already
    assert plan_view(db, people.manager, MONDAY).gaps == []
    with pytest.raises(PermissionDenied):
        build_plan(db, team[0], MONDAY)


def test_no_specialist_no_plan(db: Database, people: UserSet) -> None:
    cars_due(db, people, [MONDAY + timedelta(days=3)])
    with pytest.raises(DealerDeskError, match="no active renewal specialist"):
        build_plan(db, people.manager, MONDAY)
    assert ensure_week_plan(db, people.manager, MONDAY) is None
    assert len(plan_view(db, people.manager, MONDAY).gaps) == 1


def test_the_error_list_counts_every_gap_and_shows_the_earliest(
    db: Database, people: UserSet, team: list[Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    cars_due(db, people, [MONDAY + timedelta(days=d) for d in (30, 10, 20)])
    monkeypatch.setattr("dealerdesk.services.renewal.plan.GAPS_SHOWN", 2)
    view = plan_view(db, people.manager, MONDAY)
    assert view.gap_count == 3
    assert [g.due_on for g in view.gaps] == [MONDAY + timedelta(days=10), MONDAY + timedelta(days=20)]
