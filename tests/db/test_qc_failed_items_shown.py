"""After a failed level the workshop sees what failed: in the queue while the car is back,
and in the next round's checklist while it is checked again."""

from __future__ import annotations

from decimal import Decimal

from dealerdesk.db.database import Database
from dealerdesk.domain.qc_rules import RoadTest
from dealerdesk.domain.vocabulary import ItemAnswer, QcLevel
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import QueueStage
from tests.db.qc_helpers import make_order, passing_answers, with_failure
from tests.helpers import PASSWORD, UserSet

L1, L2, L3, L4 = QcLevel


def test_failed_items_follow_the_car_back_to_the_workshop_and_into_the_next_round(
    db: Database, people: UserSet
) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    first = qc.finish_work(db, people.tech, order_id)
    assert first.previous_failure is None
    qc.sign_level(db, people.tech, first.id, L1, PASSWORD, passing_answers(first, L1))
    answers = with_failure(passing_answers(first, L2), "brake_pad_thickness", "2.1", "左前片只剩2.1mm")
    answers = with_failure(answers, "underbody_inspection", note="防尘套破损")
    qc.sign_level(db, people.lead2, first.id, L2, PASSWORD, answers)

    row = next(r for r in qc.qc_queue(db, people.tech) if r.order_id == order_id)
    assert (row.stage, row.may_act) == (QueueStage.FINISH, True)
    failure = row.failure
    assert failure is not None
    assert (failure.round_no, failure.level, failure.signer) == (1, L2, "吴班长")
    assert [(i.code, i.value, i.note, i.effective) for i in failure.items] == [
        ("brake_pad_thickness", "2.1", "左前片只剩2.1mm", ItemAnswer.FAIL),
        ("underbody_inspection", "", "防尘套破损", ItemAnswer.FAIL),
    ]
    assert failure.items[0].item.minimum == Decimal(3)

    second = qc.finish_work(db, people.tech, order_id)
    assert second.previous_failure == failure  # the same list, shown in the new round's checklist
    assert next(r for r in qc.qc_queue(db, people.tech) if r.order_id == order_id).failure is None
    # Reloading the round (as the checklist screen does) keeps it.
    loaded = qc.load_round(db, second.id, actor=people.lead2).previous_failure
    assert loaded is not None and [i.code for i in loaded.items] == ["brake_pad_thickness", "underbody_inspection"]


def test_a_failed_hand_over_check_is_listed_too(db: Database, people: UserSet) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    view = qc.finish_work(db, people.tech, order_id)
    for who, level in ((people.tech, L1), (people.lead2, L2), (people.qc, L3)):
        road = RoadTest(42_010, 42_015) if level is L3 else None
        qc.sign_level(db, who, view.id, level, PASSWORD, passing_answers(view, level), road)
    answers = with_failure(passing_answers(view, L4), "car_clean", note="后座有油污")
    qc.handover_check(db, people.advisor, view.id, PASSWORD, answers)
    failure = next(r for r in qc.qc_queue(db, people.tech) if r.order_id == order_id).failure
    assert failure is not None and failure.level is L4 and failure.signer == "李晓明"
    assert [(i.code, i.note) for i in failure.items] == [("car_clean", "后座有油污")]


def test_a_passed_round_has_no_failure_to_show(db: Database, people: UserSet) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    view = qc.finish_work(db, people.tech, order_id)
    qc.sign_level(db, people.tech, view.id, L1, PASSWORD, passing_answers(view, L1))
    row = next(r for r in qc.qc_queue(db, people.tech) if r.order_id == order_id)
    assert row.failure is None and row.stage is QueueStage.LEVEL_2
