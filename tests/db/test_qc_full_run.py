"""A car's whole way through QC, told by the audit log: opened at the front desk, sent to
the workshop, finished, a failed level 2, rework, finished again, three levels passed,
the hand-over check, delivery."""

from __future__ import annotations

import json

from dealerdesk.db.database import Database
from dealerdesk.db.models import ReworkRecord
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel, ReworkKind
from dealerdesk.services import audit
from dealerdesk.services.orders import work_orders
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import RoundStatus
from tests.db.qc_helpers import passing_answers, with_failure
from tests.db.settlement_helpers import settle_in_full
from tests.helpers import PASSWORD, UserSet
from tests.order_samples import complete_order


def test_order_through_failed_and_passed_rounds_to_delivery(db: Database, people: UserSet) -> None:
    opened = work_orders.open_order(db, people.advisor, complete_order(mileage=42_000, technician_id=people.tech.id))
    assert opened.status is OrderStatus.OPEN
    order_id = opened.id
    work_orders.dispatch_to_workshop(db, people.advisor, order_id)

    first = qc.finish_work(db, people.tech, order_id)
    assert (first.round_no, first.order_status, first.next_level) == (1, OrderStatus.AWAITING_QC, QcLevel.SELF_CHECK)
    assert first.template_version == 1 and first.handover_version == 1

    l1 = qc.sign_level(db, people.tech, first.id, 1, PASSWORD, passing_answers(first, QcLevel.SELF_CHECK))
    assert l1.signoff.passed and l1.order_status is OrderStatus.AWAITING_QC

    level2 = with_failure(passing_answers(first, QcLevel.TEAM_LEAD), "brake_pad_thickness", "2.1", "左前片只剩2.1mm")
    l2 = qc.sign_level(db, people.lead2, first.id, 2, PASSWORD, level2)
    assert not l2.signoff.passed
    assert (l2.round_status, l2.order_status) == (RoundStatus.FAILED, OrderStatus.IN_WORKSHOP)
    assert [item.code for item in l2.failed_items] == ["brake_pad_thickness"]
    assert l2.rework_id is not None
    with db.read() as s:
        record = s.get(ReworkRecord, l2.rework_id)
        assert record is not None
        assert (record.kind, record.qc_level, record.qc_round_id) == (ReworkKind.QC.value, 2, first.id)
        assert (record.detected_by_id, record.responsible_technician_id) == (people.lead2.id, people.tech.id)
        failed = json.loads(record.failed_items)
        assert [(f["code"], f["value"], f["note"]) for f in failed] == [
            ("brake_pad_thickness", "2.1", "左前片只剩2.1mm")
        ]

    second = qc.finish_work(db, people.tech, order_id)
    assert (second.round_no, second.next_level) == (2, QcLevel.SELF_CHECK)
    # The new round's checklist lists what round 1 failed, for every level to check again.
    assert second.previous_failure is not None
    assert [(i.code, i.value, i.note) for i in second.previous_failure.items] == [
        ("brake_pad_thickness", "2.1", "左前片只剩2.1mm")
    ]
    qc.sign_level(db, people.tech, second.id, 1, PASSWORD, passing_answers(second, QcLevel.SELF_CHECK))
    qc.sign_level(db, people.lead2, second.id, 2, PASSWORD, passing_answers(second, QcLevel.TEAM_LEAD))
    l3 = qc.sign_level(
        db,
        people.qc,
        second.id,
        3,
        PASSWORD,
        passing_answers(second, QcLevel.FINAL),
        RoadTest(42_010, 42_018),
    )
    assert (l3.order_status, l3.round_status) == (OrderStatus.READY, RoundStatus.IN_PROGRESS)
    assert qc.load_round(db, second.id).next_level is QcLevel.HANDOVER

    handover = qc.handover_check(db, people.advisor, second.id, PASSWORD, passing_answers(second, QcLevel.HANDOVER))
    assert handover.round_status is RoundStatus.PASSED and handover.order_status is OrderStatus.READY
    settle_in_full(db, people.advisor, order_id)
    qc.deliver(db, people.advisor, order_id)

    final = qc.load_round(db, order_id=order_id)
    assert final.order_status is OrderStatus.DELIVERED
    assert [(so.level, so.signer, so.passed) for so in qc.latest_signoffs(db, order_id)] == [
        (QcLevel.SELF_CHECK, "王师傅", True),
        (QcLevel.TEAM_LEAD, "吴班长", False),
        (QcLevel.SELF_CHECK, "王师傅", True),
        (QcLevel.TEAM_LEAD, "吴班长", True),
        (QcLevel.FINAL, "郑质检", True),
        (QcLevel.HANDOVER, "李晓明", True),
    ]

    story = [
        (e.action, e.user, e.changes.get("level"), e.changes.get("outcome"))
        for e in audit.list_entries(db, "work_order", order_id)
    ]
    assert story == [
        ("open_order", "李晓明", None, None),
        ("dispatch_to_workshop", "李晓明", None, None),
        ("finish_work", "王师傅", None, None),
        ("sign_qc_level", "王师傅", 1, "pass"),
        ("sign_qc_level", "吴班长", 2, "fail"),
        ("record_rework", "吴班长", 2, None),
        ("finish_work", "王师傅", None, None),
        ("sign_qc_level", "王师傅", 1, "pass"),
        ("sign_qc_level", "吴班长", 2, "pass"),
        ("sign_qc_level", "郑质检", 3, "pass"),
        ("sign_handover_check", "李晓明", 4, "pass"),
        ("settle", "李晓明", None, None),
        ("deliver", "李晓明", None, None),
    ]
    entries = audit.list_entries(db, "work_order", order_id)
    failed_sign, rework = entries[4].changes, entries[5].changes
    assert (failed_sign["qc_round"], failed_sign["failed_items"]) == (1, ["brake_pad_thickness"])
    assert rework == {
        "rework_id": l2.rework_id,
        "kind": "qc",
        "level": 2,
        "status": ["awaiting_qc", "in_workshop"],
    }
    assert [e.changes.get("qc_round") for e in entries if e.action == "finish_work"] == [1, 2]
    assert entries[9].changes["outcome"] == "pass" and entries[9].changes["qc_round"] == 2
    assert entries[-1].changes["status"] == ["ready_for_delivery", "delivered"]
