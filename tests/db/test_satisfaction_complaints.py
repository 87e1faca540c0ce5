"""Satisfaction calls from day 3 to day 15 after delivery, one reached call per order, a low mark leads to a
complaint that only the manager closes, with cause, person responsible, apology and remedy; the car is flagged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Vehicle, WorkOrder
from dealerdesk.domain.messages import ConflictError, DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.packages_rules import VoucherKind, VoucherSource
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.domain.satisfaction import (
    CallOutcome,
    ComplaintCause,
    ComplaintSource,
    call_window,
    check_call,
    gift_voucher_terms,
    low_items,
)
from dealerdesk.domain.vocabulary import STATUS_LABELS
from dealerdesk.i18n import MessageTranslator
from dealerdesk.services import users
from dealerdesk.services.packages import vouchers
from dealerdesk.services.review import complaints, satisfaction
from dealerdesk.services.review.complaints import COMPLAINT_STATUS_LABELS, ComplaintEdit, ComplaintStatus
from tests.db.qc_helpers import deliver_order
from tests.helpers import PASSWORD, UserSet

GOOD = {"reception": 5, "quality": 5, "timeliness": 4, "price": 4, "overall": 5}


def today() -> date:
    return utcnow().astimezone(CHINA_TIME).date()


def delivered_days_ago(db: Database, people: UserSet, days: int) -> int:
    order_id = deliver_order(db, people, hours_ago=3, promised_in=4)
    with db.write() as s:
        order = s.get(WorkOrder, order_id)
        assert order is not None and order.delivered_at is not None
        order.delivered_at -= timedelta(days=days)
    return order_id


def test_call_window_edges() -> None:
    w = call_window(date(2026, 11, 1))
    assert (w.first, w.last) == (date(2026, 11, 4), date(2026, 11, 16))
    assert not w.contains(date(2026, 11, 3)) and w.contains(date(2026, 11, 4))
    assert w.contains(date(2026, 11, 16)) and not w.contains(date(2026, 11, 17))


def test_call_checks() -> None:
    assert check_call(CallOutcome.REACHED, GOOD, "很满意") == []
    missing = check_call(CallOutcome.REACHED, {**GOOD, "price": None}, "")
    assert [p.field for p in missing] == ["price"]
    assert [p.field for p in check_call(CallOutcome.REACHED, {**GOOD, "overall": 6}, "")] == ["overall"]
    assert [p.field for p in check_call(CallOutcome.NO_ANSWER, GOOD, "")] == ["outcome"]
    assert low_items({**GOOD, "timeliness": 3}, 3) == ["timeliness"]
    assert low_items(GOOD, 3) == []


def test_the_list_holds_day_3_to_day_15_until_reached(db: Database, people: UserSet) -> None:
    on_day = {d: delivered_days_ago(db, people, d) for d in (2, 3, 15, 16)}
    listed = {t.order_id: t.day_after for t in satisfaction.call_list(db, people.manager, today())}
    assert listed == {on_day[3]: 3, on_day[15]: 15}

    first = satisfaction.record_call(db, people.manager, on_day[3], CallOutcome.NO_ANSWER, {}, "")
    assert first.low_items == []
    task = next(t for t in satisfaction.call_list(db, people.manager, today()) if t.order_id == on_day[3])
    assert (task.attempts, task.last_outcome) == (1, CallOutcome.NO_ANSWER)

    satisfaction.record_call(db, people.manager, on_day[3], CallOutcome.REACHED, GOOD, "  师傅很专业  ")
    assert on_day[3] not in {t.order_id for t in satisfaction.call_list(db, people.manager, today())}
    with pytest.raises(ConflictError):
        satisfaction.record_call(db, people.manager, on_day[3], CallOutcome.REACHED, GOOD, "")
    week = satisfaction.summary(db, people.manager, today() - timedelta(days=6), today())
    assert (week.reached, week.unreached) == (1, 0)
    assert week.averages["timeliness"] == 4.0 and week.averages["overall"] == 5.0


def test_only_care_and_manager_call(db: Database, people: UserSet) -> None:
    with pytest.raises(PermissionDenied):
        satisfaction.call_list(db, people.advisor, today())


def test_low_mark_complaint_closed_only_by_the_manager_when_complete(db: Database, people: UserSet) -> None:
    order_id = delivered_days_ago(db, people, 4)
    call = satisfaction.record_call(
        db, people.manager, order_id, CallOutcome.REACHED, {**GOOD, "timeliness": 2}, "等了两个小时，没人通知"
    )
    assert call.low_items == ["timeliness"]
    c = complaints.open_complaint(
        db, people.manager, ComplaintSource.LOW_RATING, "等了两个小时，没人通知", call_id=call.call_id
    )
    assert (c.order_id, c.plate, c.customer_name, c.status) == (order_id, "川A12345", "张三", ComplaintStatus.OPEN)
    assert c.close_by == today() + timedelta(days=7)
    assert [f.id for f in complaints.flags_for_car(db, "川a12345", "")] == [c.id]

    with pytest.raises(PermissionDenied):
        complaints.close_complaint(db, people.advisor, c.id, c.version, PASSWORD)
    with pytest.raises(ValidationError) as err:
        complaints.close_complaint(db, people.manager, c.id, c.version, PASSWORD)
    assert [p.field for p in err.value.problems] == ["cause", "responsible", "apology", "remedy"]

    edit = ComplaintEdit(
        ComplaintCause.SLOW, people.advisor.id, people.manager.id, "", "Wheel alignment (400 yuan)", c.close_by
    )
    c = complaints.update_complaint(db, people.advisor, c.id, c.version, edit)
    assert (c.cause, c.responsible_name, c.apology_by_name) == (ComplaintCause.SLOW, "李晓明", "周经理")
    assert c.apology_at is not None
    with pytest.raises(ConflictError):
        complaints.update_complaint(db, people.advisor, c.id, c.version - 1, edit)
    with pytest.raises(DealerDeskError):
        complaints.close_complaint(db, people.manager, c.id, c.version, "wrong-password")
    closed = complaints.close_complaint(db, people.manager, c.id, c.version, PASSWORD)
    assert (closed.status, closed.closed_by_name) == (ComplaintStatus.CLOSED, "周经理")
    # The gift became a voucher on the car, in the same transaction as the closing.
    with db.read() as s:
        vehicle_id = s.scalar(select(Vehicle.id).where(Vehicle.vin == "LSVAU218XN2183294"))
    assert vehicle_id is not None
    [voucher] = vouchers.vehicle_vouchers(db, vehicle_id)
    assert voucher.code == closed.voucher_code != ""
    assert (voucher.terms.kind, voucher.terms.source, voucher.terms.service, voucher.terms.value_fen) == (
        VoucherKind.SERVICE,
        VoucherSource.COMPLAINT,
        "Wheel alignment",
        40_000,
    )
    with pytest.raises(ValidationError):
        complaints.update_complaint(db, people.manager, c.id, closed.version, replace(edit, remedy="x"))
    # Closed recently: still flags the car; the counts see it opened and closed this week.
    assert [f.status for f in complaints.flags_for_car(db, "", "LSVAU218XN2183294")] == [ComplaintStatus.CLOSED]
    assert complaints.flags_for_car(db, "", "", today()) == []
    assert complaints.flags_for_car(db, "川A12345", "", today() + timedelta(days=91)) == []
    week = complaints.counts(db, today() - timedelta(days=6), today())
    assert (week.opened, week.closed, week.open_now) == ({ComplaintCause.SLOW: 1}, {ComplaintCause.SLOW: 1}, 0)


def test_complaint_needs_words_and_a_car(db: Database, people: UserSet) -> None:
    with pytest.raises(ValidationError) as err:
        complaints.open_complaint(db, people.advisor, ComplaintSource.FRONT_DESK, "  ")
    assert [p.field for p in err.value.problems] == ["description", "order"]
    with pytest.raises(ValidationError) as err:
        complaints.open_complaint(db, people.advisor, ComplaintSource.FRONT_DESK, "x", order_number="WO-NOPE")
    assert err.value.problems[0].params == {"number": "WO-NOPE"}
    walk_in = complaints.open_complaint(db, people.advisor, ComplaintSource.FRONT_DESK, "前台态度差", plate="川B00001")
    assert (walk_in.order_id, walk_in.plate) == (None, "川B00001")


def test_complaint_status_reads_as_a_complaint_in_chinese() -> None:
    # One source text has one translation: a complaint "Open" showed as the work order's 已开单.
    assert not set(COMPLAINT_STATUS_LABELS.values()) & set(STATUS_LABELS.values())
    zh = MessageTranslator("zh_CN")
    assert zh.text(COMPLAINT_STATUS_LABELS[ComplaintStatus.OPEN]) == "未关闭"


def test_a_manager_whose_role_was_taken_away_cannot_close(db: Database, people: UserSet) -> None:
    # Rights follow the database: the sign-off read the role from the sign-in, not the database.
    c = complaints.open_complaint(db, people.manager, ComplaintSource.FRONT_DESK, "等了两个小时", plate="川A12345")
    edit = ComplaintEdit(ComplaintCause.SLOW, people.advisor.id, people.manager.id, "", "免费洗车", c.close_by)
    c = complaints.update_complaint(db, people.advisor, c.id, c.version, edit)
    users.update_user(db, people.admin, people.manager.id, "周经理", {Role.ADVISOR}, "")
    with pytest.raises(PermissionDenied, match="Service manager"):
        complaints.close_complaint(db, people.manager, c.id, c.version, PASSWORD)
    assert complaints.load_complaint(db, c.id).status is ComplaintStatus.OPEN


@pytest.mark.parametrize(
    ("gift", "kind", "value", "service"),
    [
        ("Wheel alignment (400 yuan)", VoucherKind.SERVICE, 40_000, "Wheel alignment"),
        ("Renewal voucher (100 yuan)", VoucherKind.VALUE, 10_000, ""),
        ("转介绍购车基金（500元）", VoucherKind.VALUE, 50_000, ""),
        ("四轮定位（400元）", VoucherKind.SERVICE, 40_000, "四轮定位"),
        ("免费洗车", VoucherKind.SERVICE, 0, "免费洗车"),
    ],
)
def test_a_gift_becomes_the_voucher_it_names(gift: str, kind: VoucherKind, value: int, service: str) -> None:
    terms = gift_voucher_terms(gift, 7, date(2026, 12, 2))
    assert (terms.kind, terms.value_fen, terms.service, terms.source) == (kind, value, service, VoucherSource.COMPLAINT)
    assert terms.valid_until == date(2027, 12, 2) and terms.reason.endswith("#7")
