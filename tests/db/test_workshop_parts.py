"""The parts desk and the self-check's account: the seed's air filter issued and never fitted, the battery lost."""

from __future__ import annotations

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.domain.workshop_rules import MovementKind, OldPart, ReturnReason
from dealerdesk.services import audit
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.workshop import parts
from tests.db.qc_helpers import passing_answers
from tests.db.settlement_helpers import settle_in_full
from tests.db.workshop_helpers import AIR_FILTER, BATTERY, make_clerk, workshop_order
from tests.helpers import PASSWORD, UserSet


def test_issue_and_return_count_per_part_and_print_one_slip_each(db: Database, people: UserSet) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    slip = parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000, BATTERY: 1000}, people.tech.id)
    assert slip.kind is MovementKind.ISSUE
    assert slip.slip_no.startswith("CK") and slip.slip_no.endswith("-01")
    assert (slip.technician, slip.clerk) == ("王师傅", "刘配件")
    assert [(x.part_no, x.part_name, x.quantity_x1000) for x in slip.lines] == [
        (AIR_FILTER, "空气滤清器", 1000),
        (BATTERY, "蓄电池 60Ah", 1000),
    ]
    back = parts.return_parts(
        db, clerk, order_id, {AIR_FILTER: 1000}, people.tech.id, ReturnReason.WRONG_PART, "型号不对"
    )
    assert back.slip_no.startswith("TK") and back.slip_no.endswith("-02")
    assert parts.load_slip(db, back.slip_no) == back

    desk = parts.parts_desk(db, slip.order_number.lower())  # typed in lower case, or scanned
    counts = {c.part_no: c for c in desk.parts}
    assert (counts[AIR_FILTER].issued_x1000, counts[AIR_FILTER].returned_x1000, counts[AIR_FILTER].held_x1000) == (
        1000,
        1000,
        0,
    )
    assert counts[BATTERY].held_x1000 == 1000 and counts[BATTERY].unaccounted_x1000 == 1000
    assert [t.name for t in desk.technicians] == ["王师傅", "张伟"]
    actions = [e.action for e in audit.list_entries(db, "work_order", order_id)]
    assert actions[-2:] == ["issue_parts", "return_parts"]


def test_nothing_is_issued_to_an_order_not_in_the_workshop(db: Database, people: UserSet) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people, dispatch=False)
    with pytest.raises(DealerDeskError, match="issued only to an order in the workshop"):
        parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000}, people.tech.id)
    assert parts.parts_desk(db, order_id).movements == ()


def test_issue_is_limited_to_the_order_the_technician_and_the_clerk(db: Database, people: UserSet) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    with pytest.raises(ValidationError) as over:
        parts.issue_parts(db, clerk, order_id, {"G052195M4": 5000}, people.tech.id)
    assert "at most 4.5 more" in over.value.problems[0].render()
    with pytest.raises(ValidationError, match="not on this order"):
        parts.issue_parts(db, clerk, order_id, {"XYZ": 1000}, people.tech.id)
    with pytest.raises(ValidationError, match="works on no labour line"):
        parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000}, people.qc.id)
    with pytest.raises(ValidationError, match="Choose the technician"):
        parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000}, None)
    with pytest.raises(PermissionDenied):
        parts.issue_parts(db, people.advisor, order_id, {AIR_FILTER: 1000}, people.tech.id)
    parts.issue_parts(db, clerk, order_id, {"G052195M4": 4000}, people.tech.id)
    with pytest.raises(ValidationError, match=r"at most 0\.5 more"):
        parts.issue_parts(db, clerk, order_id, {"G052195M4": 1000}, people.tech.id)


def test_a_return_needs_a_reason_and_cannot_take_back_what_was_fitted(db: Database, people: UserSet) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    parts.issue_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id)
    with pytest.raises(ValidationError, match="Say why"):
        parts.return_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id, None)
    parts.account_parts(db, people.tech2, order_id, {BATTERY: (1000, OldPart.SCRAPPED)})
    with pytest.raises(ValidationError, match="only 0 are issued"):
        parts.return_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id, ReturnReason.NOT_NEEDED)


def test_the_old_part_follows_the_order(db: Database, people: UserSet) -> None:
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people, old_parts_returned=True)
    parts.issue_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id)
    with pytest.raises(ValidationError, match="cannot be scrapped"):
        parts.account_parts(db, people.tech2, order_id, {BATTERY: (1000, OldPart.SCRAPPED)})
    with pytest.raises(ValidationError, match="only 1 issued"):
        parts.account_parts(db, people.tech2, order_id, {BATTERY: (2000, OldPart.CUSTOMER)})
    desk = parts.account_parts(db, people.tech2, order_id, {BATTERY: (1000, OldPart.CUSTOMER)})
    assert desk.unaccounted == []


def test_level_one_is_refused_while_an_issued_part_is_unaccounted(db: Database, people: UserSet) -> None:
    """The seed's air filter: issued, not fitted, not returned. Level 1 says so and signs nothing."""
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    parts.issue_parts(db, clerk, order_id, {AIR_FILTER: 1000, BATTERY: 1000}, people.tech.id)
    qc_round = qc.finish_work(db, people.tech, order_id)
    answers = passing_answers(qc_round, QcLevel.SELF_CHECK)
    parts.account_parts(db, people.tech, order_id, {BATTERY: (1000, OldPart.SCRAPPED)})
    with pytest.raises(DealerDeskError) as refused:
        qc.sign_level(db, people.tech, qc_round.id, 1, PASSWORD, answers)
    assert f"{AIR_FILTER} 空气滤清器 × 1" in refused.value.render()
    assert qc.load_round(db, qc_round.id).level(QcLevel.SELF_CHECK).signoff is None

    # Not fitted: the parts clerk takes it back to stores; then the self-check signs.
    parts.return_parts(db, clerk, order_id, {AIR_FILTER: 1000}, people.tech.id, ReturnReason.NOT_NEEDED)
    signed = qc.sign_level(db, people.tech, qc_round.id, 1, PASSWORD, answers)
    assert signed.signoff.passed


def test_delivery_is_refused_while_an_issued_part_is_unaccounted(db: Database, people: UserSet) -> None:
    """The battery: signed off as fitted at level 1, then found lost before it reached the car."""
    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    parts.issue_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id)
    parts.account_parts(db, people.tech2, order_id, {BATTERY: (1000, OldPart.SCRAPPED)})
    qc_round = qc.finish_work(db, people.tech, order_id)
    qc.sign_level(db, people.tech, qc_round.id, 1, PASSWORD, passing_answers(qc_round, QcLevel.SELF_CHECK))
    parts.account_parts(db, people.tech2, order_id, {BATTERY: (0, OldPart.NONE)})
    qc.sign_level(db, people.lead2, qc_round.id, 2, PASSWORD, passing_answers(qc_round, QcLevel.TEAM_LEAD))
    qc.sign_level(
        db, people.qc, qc_round.id, 3, PASSWORD, passing_answers(qc_round, QcLevel.FINAL), RoadTest(12_350, 12_358)
    )
    qc.handover_check(db, people.advisor, qc_round.id, PASSWORD, passing_answers(qc_round, QcLevel.HANDOVER))
    with pytest.raises(DealerDeskError, match=f"cannot be delivered: issued parts .*{BATTERY}"):
        qc.deliver(db, people.advisor, order_id)
    assert parts.parts_desk(db, order_id).status is OrderStatus.READY
    # Returned to stores after all: the car can go.
    parts.return_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id, ReturnReason.NOT_NEEDED)
    settle_in_full(db, people.advisor, order_id)
    qc.deliver(db, people.advisor, order_id)
    assert parts.parts_desk(db, order_id).status is OrderStatus.DELIVERED


def test_an_order_holding_parts_is_not_cancelled_until_they_are_back(db: Database, people: UserSet) -> None:
    from dealerdesk.services.orders import work_orders

    clerk = make_clerk(db, people)
    order_id = workshop_order(db, people)
    parts.issue_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id)
    with pytest.raises(DealerDeskError, match=f"still holds parts issued from stores \\({BATTERY} × 1\\)"):
        work_orders.cancel_order(db, people.advisor, order_id, "客户取消维修")
    parts.return_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id, ReturnReason.ORDER_CANCELLED)
    assert work_orders.cancel_order(db, people.advisor, order_id, "客户取消维修").status is OrderStatus.CANCELLED
    with pytest.raises(DealerDeskError, match="no parts can be returned"):
        parts.return_parts(db, clerk, order_id, {BATTERY: 1000}, people.tech2.id, ReturnReason.NOT_NEEDED)
