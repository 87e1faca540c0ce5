"""A manager reopens the QC of a car that passed final inspection but is not yet handed over.

The car goes back to awaiting QC, the reopened levels come back as drafts to sign again,
both signatures stay in the history; after delivery nothing reopens.
"""

from __future__ import annotations

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import QueueStage, RoundStatus, RoundView, SignResult
from tests.db.qc_helpers import make_order, passing_answers
from tests.db.settlement_helpers import settle_in_full
from tests.helpers import PASSWORD, UserSet

L1, L2, L3, L4 = QcLevel


def sign(db: Database, who: Actor, view: RoundView, level: QcLevel, road: RoadTest | None = None) -> SignResult:
    if level is L3 and road is None:
        road = RoadTest(42_010, 42_015)
    return qc.sign_level(db, who, view.id, level, PASSWORD, passing_answers(view, level), road)


@pytest.fixture
def ready(db: Database, people: UserSet) -> RoundView:
    """A car whose levels 1-3 passed: ready for delivery, hand-over check not yet signed."""
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    sign(db, people.tech, view, L1)
    sign(db, people.lead2, view, L2)
    assert sign(db, people.qc, view, L3).order_status is OrderStatus.READY
    return view


def test_reopening_the_final_inspection_sends_a_ready_car_back_to_qc(
    db: Database, people: UserSet, ready: RoundView
) -> None:
    view = qc.reopen_level(db, people.manager, ready.id, L3, "路试里程记录有误")
    assert (view.order_status, view.status, view.next_level) == (OrderStatus.AWAITING_QC, RoundStatus.IN_PROGRESS, L3)
    assert view.level(L3).signoff is None
    assert all(item.answer is not None for item in view.level(L3).items)  # the signed answers, as a draft
    assert (view.road_test_out_km, view.road_test_in_km) == (42_010, 42_015)
    assert view.level(L1).signoff is not None and view.level(L2).signoff is not None

    # The queue shows it waiting for final inspection again, for the inspector.
    row = next(r for r in qc.qc_queue(db, people.qc) if r.order_id == ready.order_id)
    assert (row.stage, row.may_act) == (QueueStage.LEVEL_3, True)
    # The advisor can neither sign the hand-over check nor deliver meanwhile.
    refusal = qc.load_round(db, ready.id, actor=people.advisor).level(L4).refusal
    assert refusal is not None and "Level 3 must be signed before" in refusal.render()
    with pytest.raises(DealerDeskError, match="cannot become"):
        qc.deliver(db, people.advisor, ready.order_id)

    again = sign(db, people.qc, ready, L3, RoadTest(42_010, 42_016))
    assert again.order_status is OrderStatus.READY
    sign(db, people.advisor, ready, L4)
    settle_in_full(db, people.advisor, ready.order_id)
    qc.deliver(db, people.advisor, ready.order_id)

    history = qc.qc_history(db, ready.order_id).rounds[0]
    assert [(so.level, so.signer, so.valid, so.voided_by, so.void_reason) for so in history.signoffs] == [
        (L1, "王师傅", True, "", ""),
        (L2, "吴班长", True, "", ""),
        (L3, "郑质检", False, "周经理", "路试里程记录有误"),
        (L3, "郑质检", True, "", ""),
        (L4, "李晓明", True, "", ""),
    ]
    entries = [(e.action, e.changes.get("status")) for e in audit.list_entries(db, "work_order", ready.order_id)]
    assert ("reopen_qc_level", ["ready_for_delivery", "awaiting_qc"]) in entries


def test_reopening_level_1_of_a_ready_car_reopens_every_level_above(
    db: Database, people: UserSet, ready: RoundView
) -> None:
    sign(db, people.advisor, ready, L4)  # hand-over passed, car not yet delivered
    view = qc.reopen_level(db, people.manager, ready.id, L1, "自检记录漏项")
    assert (view.order_status, view.status, view.next_level) == (OrderStatus.AWAITING_QC, RoundStatus.IN_PROGRESS, L1)
    assert not any(level.signed for level in view.levels)
    assert [so.level for so in view.signoffs if not so.valid] == [L1, L2, L3, L4]


def test_reopening_only_the_hand_over_check_leaves_the_car_ready(
    db: Database, people: UserSet, ready: RoundView
) -> None:
    sign(db, people.advisor, ready, L4)
    row = next(r for r in qc.qc_queue(db, people.manager) if r.order_id == ready.order_id)
    assert row.stage is QueueStage.DELIVER and row.last_signoff is not None  # the page enables "Reopen"
    view = qc.reopen_level(db, people.manager, ready.id, L4, "客户要求重新检查")
    assert (view.order_status, view.next_level) == (OrderStatus.READY, L4)


def test_only_a_manager_reopens_and_never_after_delivery(db: Database, people: UserSet, ready: RoundView) -> None:
    for someone in (people.qc, people.advisor, people.lead):
        with pytest.raises(PermissionDenied):
            qc.reopen_level(db, someone, ready.id, L3, "x")
    assert qc.load_round(db, ready.id).order_status is OrderStatus.READY
    sign(db, people.advisor, ready, L4)
    settle_in_full(db, people.advisor, ready.order_id)
    qc.deliver(db, people.advisor, ready.order_id)
    for level in (L1, L3, L4):
        with pytest.raises(DealerDeskError, match="is delivered; its QC signatures stay as they are"):
            qc.reopen_level(db, people.manager, ready.id, level, "x")
    assert qc.load_round(db, ready.id).order_status is OrderStatus.DELIVERED
