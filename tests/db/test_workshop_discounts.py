"""Discounts: the reason, the limit per role from Settings, the manager's approval there and then, the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dealerdesk.db.database import Database
from dealerdesk.db.models import Discount
from dealerdesk.domain.discount_rules import DiscountInput, DiscountReason, DiscountTarget
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.services import audit
from dealerdesk.services.settings import get_settings, save_settings
from dealerdesk.services.workshop import discounts
from dealerdesk.services.workshop.approval import ApprovalCredentials, ApprovalNeeded
from tests.db.workshop_helpers import labour_line, workshop_order
from tests.helpers import PASSWORD, UserSet

MANAGER = ApprovalCredentials("manager", PASSWORD)


def labour(
    line_id: int, amount_fen: int, reason: DiscountReason | None = DiscountReason.LOYAL_CUSTOMER, note: str = ""
) -> DiscountInput:
    return DiscountInput(DiscountTarget.LABOUR, line_id, amount_fen, reason, note)


def test_within_the_limit_no_approval_is_asked(db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)  # labour line 1: 0.3 h at 300.00 = 90.00 yuan
    line = labour_line(db, order_id)
    given = discounts.give_discount(db, people.advisor, order_id, labour(line, 450))  # exactly 5%
    assert (given.amount_fen, given.base_fen, given.line_label, given.approved_by) == (450, 9000, "更换空气滤清器", "")
    entry = audit.list_entries(db, "work_order", order_id)[-1]
    assert entry.action == "give_discount" and entry.changes["reason"] == "loyal_customer"


def test_above_the_limit_a_manager_approves_by_password(db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)
    line = labour_line(db, order_id)
    with pytest.raises(ApprovalNeeded) as needed:
        discounts.give_discount(db, people.advisor, order_id, labour(line, 451))  # 5.02%, rounded up
    assert "5.02% is above your limit of 5%" in needed.value.render()
    with pytest.raises(DealerDeskError, match="user name or password is wrong"):
        discounts.give_discount(db, people.advisor, order_id, labour(line, 451), ApprovalCredentials("manager", "nope"))
    with pytest.raises(DealerDeskError, match="not a service manager"):
        discounts.give_discount(db, people.advisor, order_id, labour(line, 451), ApprovalCredentials("sa2", PASSWORD))
    given = discounts.give_discount(db, people.advisor, order_id, labour(line, 451), MANAGER)
    assert given.approved_by == "周经理"
    assert audit.list_entries(db, "work_order", order_id)[-1].changes["approved_by"] == "周经理"
    with db.read() as s:
        assert s.query(Discount).count() == 1  # the refused attempts wrote nothing


def test_small_discounts_on_one_line_add_up_to_the_limit(db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)
    line = labour_line(db, order_id)
    discounts.give_discount(db, people.advisor, order_id, labour(line, 300))
    with pytest.raises(ApprovalNeeded):
        discounts.give_discount(db, people.advisor, order_id, labour(line, 300))


def test_the_limit_comes_from_settings_and_a_manager_has_none(db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)
    line = labour_line(db, order_id)
    save_settings(db, people.manager, replace(get_settings(db), discount_limits_pct={"advisor": 10}))
    discounts.give_discount(db, people.advisor, order_id, labour(line, 900))
    order = DiscountInput(DiscountTarget.ORDER, None, 150_000, DiscountReason.COMPLAINT)
    assert discounts.give_discount(db, people.manager, order_id, order).approved_by == ""
    with pytest.raises(ValidationError, match="percentage from 0 to 100"):
        save_settings(db, people.manager, replace(get_settings(db), discount_limits_pct={"advisor": 101}))


def test_the_input_is_checked(db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)
    line = labour_line(db, order_id)
    with pytest.raises(ValidationError, match="Choose the reason"):
        discounts.give_discount(db, people.advisor, order_id, labour(line, 100, None))
    with pytest.raises(ValidationError, match="Say in the note"):
        discounts.give_discount(db, people.advisor, order_id, labour(line, 100, DiscountReason.OTHER))
    with pytest.raises(ValidationError, match="more than what it is taken off"):
        discounts.give_discount(db, people.advisor, order_id, labour(line, 9001), MANAGER)
    other_line = labour_line(db, workshop_order(db, people))
    with pytest.raises(ValidationError, match="no longer on the order"):
        discounts.give_discount(
            db, people.advisor, order_id, DiscountInput(DiscountTarget.LABOUR, other_line, 1, DiscountReason.STAFF)
        )
    with pytest.raises(PermissionDenied):
        discounts.give_discount(db, people.tech, order_id, labour(line, 100))


def test_monthly_report_by_advisor_and_reason(db: Database, people: UserSet) -> None:
    order_id = workshop_order(db, people)
    line = labour_line(db, order_id)
    discounts.give_discount(db, people.advisor, order_id, labour(line, 100))
    discounts.give_discount(db, people.advisor, order_id, labour(line, 200))
    discounts.give_discount(db, people.advisor, order_id, labour(line, 2000, DiscountReason.COMPLAINT), MANAGER)
    report = discounts.monthly_report(db, people.manager, date.today())
    assert [(r.advisor, r.reason, r.count, r.amount_fen, r.approved) for r in report.rows] == [
        ("李晓明", DiscountReason.COMPLAINT, 1, 2000, 1),
        ("李晓明", DiscountReason.LOYAL_CUSTOMER, 2, 300, 0),
    ]
    assert (report.count, report.amount_fen, report.approved, report.month) == (3, 2300, 1, date.today().replace(day=1))
    biggest = report.discounts[-1]
    assert (biggest.amount_fen, biggest.given_by, biggest.approved_by, biggest.advisor) == (
        2000,
        "李晓明",
        "周经理",
        "李晓明",
    )
    assert biggest.order_number.startswith("WO") and biggest.line_label == "更换空气滤清器"
    assert discounts.monthly_report(db, people.manager, date(2020, 1, 1)).discounts == ()
    with pytest.raises(PermissionDenied):
        discounts.monthly_report(db, people.advisor, date.today())
