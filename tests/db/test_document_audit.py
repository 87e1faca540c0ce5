"""The daily document audit on real orders: clean ones give nothing, a late one is found once,
decisions stay when the day is audited again, and scores count only what was not excused."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database, open_database
from dealerdesk.db.models import DocumentFinding, WorkOrder
from dealerdesk.demo.writer import write_demo_database
from dealerdesk.domain.document_audit import Rule
from dealerdesk.domain.messages import PermissionDenied, ValidationError
from dealerdesk.domain.order_rules import ExtraWorkInput, LabourLineInput
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ApprovalMethod
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders import work_orders
from dealerdesk.services.review import document_audit as da
from dealerdesk.services.rework.views import day_start
from dealerdesk.services.workshop import alerts
from dealerdesk.services.workshop.alerts import NoticeInput
from tests.db.qc_helpers import deliver_order
from tests.helpers import UserSet
from tests.order_samples import complete_order


def local_today() -> date:
    return utcnow().astimezone(CHINA_TIME).date()


def audit_today(db: Database, actor: Actor) -> da.AuditDay:
    today = local_today()
    return da.run_audit(db, actor, today, now=day_start(today + timedelta(days=1)))


def test_clean_orders_give_no_finding_and_score_everyone_full(db: Database, people: UserSet) -> None:
    deliver_order(db, people, hours_ago=2, promised_in=4)
    deliver_order(db, people, hours_ago=1, promised_in=4)
    day = audit_today(db, people.manager)
    assert day.orders_checked == 2
    assert day.findings == []
    today = local_today()
    rows = da.scores(db, people.manager, today, today, da.Grain.DAY)
    assert {(r.name, r.score.orders, r.score.score) for r in rows} == {
        ("李晓明", 2, 100),
        ("王师傅", 2, 100),
        ("吴班长", 2, 100),
        ("郑质检", 2, 100),
    }


def test_late_order_is_found_once_and_decisions_survive_a_second_run(db: Database, people: UserSet) -> None:
    deliver_order(db, people, hours_ago=2, promised_in=4)
    late = deliver_order(db, people, hours_ago=5, promised_in=1)  # promised 4 h ago, ready just now
    day = audit_today(db, people.manager)
    assert [(f.order_id, f.rule, f.responsible_name, f.status) for f in day.findings] == [
        (late, Rule.PROMISED_TIME, "李晓明", da.FindingStatus.OPEN)
    ]
    finding = day.findings[0]
    assert finding.params["minutes"] >= 239

    with pytest.raises(ValidationError):
        da.decide(db, people.manager, finding.id, da.FindingStatus.EXCUSED, "  ")
    excused = da.decide(db, people.manager, finding.id, da.FindingStatus.EXCUSED, "客户同意延后取车")
    assert (excused.status, excused.reason, excused.decided_by_name) == (
        da.FindingStatus.EXCUSED,
        "客户同意延后取车",
        "周经理",
    )

    again = audit_today(db, people.manager)
    assert [(f.id, f.status) for f in again.findings] == [(finding.id, da.FindingStatus.EXCUSED)]
    with db.read() as s:
        assert s.query(DocumentFinding).count() == 1

    today = local_today()
    advisor = {r.name: r.score for r in da.scores(db, people.manager, today, today, da.Grain.WEEK)}["李晓明"]
    assert (advisor.orders, advisor.orders_with_findings, advisor.score) == (2, 0, 100)
    da.decide(db, people.manager, finding.id, da.FindingStatus.ACCEPTED)
    advisor = {r.name: r.score for r in da.scores(db, people.manager, today, today, da.Grain.MONTH)}["李晓明"]
    assert (advisor.orders, advisor.orders_with_findings, advisor.score) == (2, 1, 50)


def test_only_the_manager_audits_and_only_days_that_are_over(db: Database, people: UserSet) -> None:
    with pytest.raises(PermissionDenied):
        da.run_audit(db, people.advisor, local_today() - timedelta(days=1))
    with pytest.raises(ValidationError):
        da.run_audit(db, people.manager, local_today())


def test_a_day_without_activity_is_empty(db: Database, people: UserSet) -> None:
    deliver_order(db, people, hours_ago=2, promised_in=4)
    yesterday = local_today() - timedelta(days=1)
    day = da.run_audit(db, people.manager, yesterday)
    assert (day.orders_checked, day.findings) == (0, [])
    assert da.load_day(db, people.manager, yesterday).run_at is not None
    assert da.load_day(db, people.manager, yesterday - timedelta(days=1)).run_at is None


def test_demo_orders_break_no_rule_but_the_promises_the_demo_leaves_overdue(tmp_path: Path) -> None:
    """Every day of a demo database audited: its only findings are orders really not ready in time."""
    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    write_demo_database(url, seed=11, orders=200, now=now)
    db = open_database(url)
    try:
        admin = Actor(1, "admin", "admin", frozenset({Role.ADMIN}))
        with db.read() as s:
            # The workshop's six months in DealerDesk; the care demo's earlier visits (history from
            # before the dealership used DealerDesk) have no QC rounds and are not audited days.
            since = now - timedelta(days=181)
            first = s.scalar(select(func.min(WorkOrder.updated_at)).where(WorkOrder.updated_at >= since))
        assert first is not None
        day, findings, checked = first.astimezone(CHINA_TIME).date(), [], 0
        while day_start(day + timedelta(days=1)) <= now:
            result = da.run_audit(db, admin, day, now=now)
            findings += result.findings
            checked += result.orders_checked
            day += timedelta(days=1)
        assert checked > 200
        assert {f.rule for f in findings} <= {Rule.PROMISED_TIME}
        with db.read() as s:
            for f in findings:
                order = s.get(WorkOrder, f.order_id)
                assert order is not None and order.promised_at is not None
                assert (
                    order.status != "delivered" or order.delivered_at is None or order.delivered_at > order.promised_at
                )
    finally:
        db.dispose()


def test_a_week_is_audited_in_one_go_and_a_quarter_is_refused(db: Database, people: UserSet) -> None:
    deliver_order(db, people, hours_ago=5, promised_in=1)
    today = local_today()
    days = da.run_audits(db, people.manager, today - timedelta(days=6), today, now=day_start(today + timedelta(days=1)))
    assert [d.day for d in days] == [today - timedelta(days=6 - n) for n in range(7)]
    assert [len(d.findings) for d in days] == [0, 0, 0, 0, 0, 0, 1]
    assert all(d.run_at is not None for d in days)
    with pytest.raises(ValidationError) as err:
        da.run_audits(db, people.manager, today - timedelta(days=90), today - timedelta(days=1))
    assert "at most 62 days" in str(err.value)


@pytest.mark.parametrize(("approved_hours_ago", "late"), [(4.5, False), (2.0, True)])
def test_extra_work_tells_the_customer_in_time_or_too_late(
    db: Database, people: UserSet, approved_hours_ago: float, late: bool
) -> None:
    """Promised 4 h ago; extra work moved the promise. Told before it passed: clean; after: a finding
    (the order only keeps the new promise: the audit finds the first one in the change log)."""
    now = utcnow().replace(microsecond=0)
    checked_in = now - timedelta(hours=5)
    data = replace(
        complete_order(technician_id=people.tech.id, checked_in_at=checked_in),
        promised_at=checked_in + timedelta(hours=1),
    )
    order_id = work_orders.open_order(db, people.advisor, data).id
    work_orders.dispatch_to_workshop(db, people.advisor, order_id)
    work = ExtraWorkInput(
        description="更换刹车片",
        amount_fen=45_000,
        new_promised_at=now + timedelta(days=2),  # after the audited day's end
        approver_name="张三",
        method=ApprovalMethod.PHONE,
        approved_at=now - timedelta(hours=approved_hours_ago),
        labour_lines=[LabourLineInput("更换刹车片", 150, 30000, people.tech.id)],  # its line: 1.5 h at 300
    )
    work_orders.add_extra_work(db, people.advisor, order_id, work)
    day = audit_today(db, people.manager)
    assert [(f.order_id, f.rule) for f in day.findings] == ([(order_id, Rule.PROMISED_TIME)] if late else [])


@pytest.mark.parametrize(("told_hours_ago", "late"), [(4.5, False), (2.0, True)])
def test_a_late_notice_counts_only_when_given_before_the_promise_passed(
    db: Database, people: UserSet, told_hours_ago: float, late: bool
) -> None:
    now = utcnow().replace(microsecond=0)
    checked_in = now - timedelta(hours=5)
    data = replace(
        complete_order(technician_id=people.tech.id, checked_in_at=checked_in),
        promised_at=checked_in + timedelta(hours=1),
    )
    order_id = work_orders.open_order(db, people.advisor, data).id
    work_orders.dispatch_to_workshop(db, people.advisor, order_id)
    told = NoticeInput(now - timedelta(hours=told_hours_ago), ApprovalMethod.PHONE, now + timedelta(days=2), "")
    alerts.record_notice(db, people.advisor, order_id, told)
    day = audit_today(db, people.manager)
    assert [(f.order_id, f.rule) for f in day.findings] == ([(order_id, Rule.PROMISED_TIME)] if late else [])
