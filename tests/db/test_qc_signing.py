"""Sign-off rules as the services apply them: refusals that say why, drafts, reopening, delivery."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import QcItemResult, QcSignoff, ReworkRecord
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.qc_rules import ItemEntry, RoadTest
from dealerdesk.domain.vocabulary import ItemAnswer, OrderStatus, QcLevel, ReworkKind
from dealerdesk.paths import checklists_dir
from dealerdesk.services.actor import Actor
from dealerdesk.services.qc import checklist_templates
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import QueueStage, RoundStatus, RoundView, SignResult
from tests.db.qc_helpers import add_labour_line, make_order, passing_answers, with_failure
from tests.db.settlement_helpers import settle_in_full
from tests.helpers import PASSWORD, UserSet

L1, L2, L3, L4 = QcLevel


@pytest.fixture
def started(db: Database, people: UserSet) -> RoundView:
    return qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))


def sign(db: Database, who: Actor, view: RoundView, level: QcLevel) -> SignResult:
    road = RoadTest(42_010, 42_015) if level is L3 else None
    return qc.sign_level(db, who, view.id, level, PASSWORD, passing_answers(view, level), road)


def test_finish_work_needs_the_workshop_and_its_roles(db: Database, people: UserSet) -> None:
    order_id = make_order(db, people.advisor, people.tech)
    with pytest.raises(DealerDeskError, match="needs the role Team lead / Technician"):
        qc.finish_work(db, people.advisor, order_id)
    opened = make_order(db, people.advisor, status=OrderStatus.OPEN)
    with pytest.raises(DealerDeskError, match="An order that is Open cannot become Awaiting QC"):
        qc.finish_work(db, people.tech, opened)
    view = qc.finish_work(db, people.lead, order_id)
    assert view.started_by == "孙班长" and view.status is RoundStatus.IN_PROGRESS
    assert [len(level.items) for level in view.levels] == [12, 5, 5, 13]


def test_refusals_say_exactly_why(db: Database, people: UserSet, started: RoundView) -> None:
    with pytest.raises(DealerDeskError, match=r"^Level 1 must be signed before level 2\.$"):
        sign(db, people.lead2, started, L2)
    with pytest.raises(PermissionDenied, match="can be signed only by a technician"):
        sign(db, people.qc, started, L1)
    with pytest.raises(PermissionDenied, match="The self-check is signed by a technician of this order"):
        sign(db, people.lead, started, L1)  # lead1 is a technician too, with no labour line on this order
    add_labour_line(db, started.order_id, people.lead.id)
    sign(db, people.lead, started, L1)
    with pytest.raises(
        PermissionDenied, match="You signed level 1 of this QC round, so someone else must sign level 2"
    ):
        sign(db, people.lead, started, L2)
    with pytest.raises(DealerDeskError, match="Level 1 is signed and final"):
        sign(db, people.tech, started, L1)
    with pytest.raises(DealerDeskError, match=r"^The password is wrong\.$"):
        qc.sign_level(db, people.lead2, started.id, L2, "nope", passing_answers(started, L2))
    with db.read() as s:
        assert s.scalar(select(QcSignoff.level).where(QcSignoff.level == 2)) is None


def test_unanswered_and_unexplained_items_are_refused_at_the_field(
    db: Database, people: UserSet, started: RoundView
) -> None:
    answers = passing_answers(started, L1)
    missing = [e for e in answers if e.code != "washer_fluid"]
    with pytest.raises(ValidationError) as refusal:
        qc.sign_level(db, people.tech, started.id, L1, PASSWORD, missing)
    assert [(p.field, p.text) for p in refusal.value.problems] == [
        ("item:washer_fluid", "Answer this item: pass, fail or not applicable.")
    ]
    no_note = with_failure(answers, "tyre_pressure", "1.9", note="")
    with pytest.raises(ValidationError) as refusal:
        qc.sign_level(db, people.tech, started.id, L1, PASSWORD, no_note)
    assert [p.field for p in refusal.value.problems] == ["item:tyre_pressure"]
    assert "needs a note" in refusal.value.problems[0].text


def test_a_value_outside_its_range_fails_the_level(db: Database, people: UserSet, started: RoundView) -> None:
    answers = with_failure(passing_answers(started, L1), "tyre_pressure", "1.9", "右后胎慢漏气")
    result = qc.sign_level(db, people.tech, started.id, L1, PASSWORD, answers)
    assert not result.signoff.passed
    assert [(i.code, i.value, i.effective) for i in result.failed_items] == [("tyre_pressure", "1.9", ItemAnswer.FAIL)]
    with db.read() as s:
        record = s.scalars(select(ReworkRecord)).one()
    assert (record.kind, record.qc_level, record.stage) == (ReworkKind.QC.value, 1, "qc_level_1")


def test_road_test_warnings_need_confirmation(db: Database, people: UserSet, started: RoundView) -> None:
    sign(db, people.tech, started, L1)
    sign(db, people.lead2, started, L2)
    answers = passing_answers(started, L3)
    with pytest.raises(ValidationError) as missing:
        qc.sign_level(db, people.qc, started.id, L3, PASSWORD, answers)
    assert {p.field for p in missing.value.problems} == {"road_test.mileage_out", "road_test.mileage_in"}
    with pytest.raises(ValidationError) as below:
        qc.sign_level(db, people.qc, started.id, L3, PASSWORD, answers, RoadTest(41_000, 41_005))
    assert "below the mileage at check-in (42000 km)" in below.value.problems[0].render()
    zero = RoadTest(42_000, 42_000)
    with pytest.raises(ValidationError) as warning:
        qc.sign_level(db, people.qc, started.id, L3, PASSWORD, answers, zero)
    assert [p.is_error for p in warning.value.problems] == [False]
    result = qc.sign_level(db, people.qc, started.id, L3, PASSWORD, answers, zero, confirm_warnings=True)
    assert result.order_status is OrderStatus.READY
    view = qc.load_round(db, started.id)
    assert (view.road_test_out_km, view.road_test_in_km) == (42_000, 42_000)


def test_drafts_are_kept_and_a_signed_level_cannot_be_edited(db: Database, people: UserSet, started: RoundView) -> None:
    qc.save_answers(
        db,
        people.tech,
        started.id,
        L1,
        [
            ItemEntry(L1, "tyre_pressure", value="2.4"),
            ItemEntry(L1, "fault_codes", note="P0420"),
            ItemEntry(L1, "washer_fluid"),  # untouched: stores nothing
        ],
    )
    qc.save_answers(db, people.tech, started.id, L1, [ItemEntry(L1, "tyre_pressure", value="2.5")])
    level = qc.load_round(db, started.id).level(L1)
    typed = {i.code: (i.value, i.note, i.effective, i.answered_by) for i in level.items if i.answered_at}
    assert typed == {
        "tyre_pressure": ("2.5", "", ItemAnswer.PASS, "王师傅"),
        "fault_codes": ("", "P0420", None, "王师傅"),
    }
    with pytest.raises(PermissionDenied):
        qc.save_answers(db, people.advisor, started.id, L1, [])
    with pytest.raises(DealerDeskError, match="is not on the level 1 checklist"):
        qc.save_answers(db, people.tech, started.id, L1, [ItemEntry(L1, "no_such_item", ItemAnswer.PASS)])
    sign(db, people.tech, started, L1)
    with pytest.raises(DealerDeskError, match="Level 1 is signed and final"):
        qc.save_answers(db, people.tech, started.id, L1, [ItemEntry(L1, "tyre_pressure", value="2.2")])


def test_load_round_tells_each_user_what_they_may_sign(db: Database, people: UserSet, started: RoundView) -> None:
    sign(db, people.tech, started, L1)
    as_lead = qc.load_round(db, started.id, actor=people.lead2)
    assert as_lead.level(L2).refusal is None
    signed = as_lead.level(L1).signoff
    assert signed is not None and signed.signer == "王师傅"
    as_qc = qc.load_round(db, order_id=started.order_id, actor=people.qc)
    refusal = as_qc.level(L3).refusal
    assert refusal is not None and refusal.render() == "Level 2 must be signed before level 3."


def test_manager_reopens_with_reason_and_history_keeps_both(db: Database, people: UserSet, started: RoundView) -> None:
    first = sign(db, people.tech, started, L1)
    sign(db, people.lead2, started, L2)
    with pytest.raises(PermissionDenied, match="needs the role Service manager"):
        qc.reopen_level(db, people.qc, started.id, L1, "写错了")
    with pytest.raises(ValidationError, match="Enter the reason for reopening"):
        qc.reopen_level(db, people.manager, started.id, L1, "  ")
    view = qc.reopen_level(db, people.manager, started.id, L1, "机油液位记录错误")
    assert view.next_level is L1 and view.level(L1).signoff is None and view.level(L2).signoff is None
    # The signed answers come back as the draft, to be corrected rather than typed again.
    assert all(item.answer is not None for item in view.level(L1).items)
    voided = [(so.level, so.signer, so.voided_by, so.void_reason) for so in view.signoffs]
    assert voided == [(L1, "王师傅", "周经理", "机油液位记录错误"), (L2, "吴班长", "周经理", "机油液位记录错误")]
    with db.read() as s:
        kept = s.scalars(select(QcItemResult).where(QcItemResult.signoff_id == first.signoff.id)).all()
    assert len(kept) == 12
    sign(db, people.tech, started, L1)
    sign(db, people.lead2, started, L2)  # the voided signature of level 2 is no lower level
    history = qc.qc_history(db, started.order_id)
    assert [(so.level, so.valid) for so in history.rounds[0].signoffs] == [
        (L1, False),
        (L2, False),
        (L1, True),
        (L2, True),
    ]
    assert all(len(so.results) == len(history.rounds[0].level(so.level).items) for so in history.rounds[0].signoffs)


def test_reopen_is_refused_where_it_would_break_the_order(db: Database, people: UserSet, started: RoundView) -> None:
    with pytest.raises(DealerDeskError, match="Level 1 is not signed"):
        qc.reopen_level(db, people.manager, started.id, L1, "x")
    sign(db, people.tech, started, L1)
    sign(db, people.lead2, started, L2)
    sign(db, people.qc, started, L3)
    sign(db, people.advisor, started, L4)
    reopened = qc.reopen_level(db, people.manager, started.id, L4, "客户要求重新检查")
    assert reopened.status is RoundStatus.IN_PROGRESS and reopened.next_level is L4
    with pytest.raises(DealerDeskError, match="the hand-over check has not passed"):
        qc.deliver(db, people.advisor, started.order_id)
    sign(db, people.advisor2, started, L4)
    settle_in_full(db, people.advisor, started.order_id)
    qc.deliver(db, people.advisor, started.order_id)
    with pytest.raises(DealerDeskError, match="is delivered"):
        qc.reopen_level(db, people.manager, started.id, L4, "x")


def test_failed_round_cannot_be_reopened(db: Database, people: UserSet, started: RoundView) -> None:
    answers = with_failure(passing_answers(started, L1), "washer_fluid")
    qc.sign_level(db, people.tech, started.id, L1, PASSWORD, answers)
    with pytest.raises(DealerDeskError, match="QC round 1 failed and the car went back to the workshop"):
        qc.reopen_level(db, people.manager, started.id, L1, "x")


def test_failed_handover_is_internal_rework_and_restarts_qc(db: Database, people: UserSet, started: RoundView) -> None:
    for who, level in ((people.tech, L1), (people.lead2, L2), (people.qc, L3)):
        sign(db, who, started, level)
    with pytest.raises(DealerDeskError, match="the hand-over check has not passed"):
        qc.deliver(db, people.advisor, started.order_id)
    answers = with_failure(passing_answers(started, L4), "car_clean", note="后座有油污")
    result = qc.handover_check(db, people.advisor, started.id, PASSWORD, answers)
    assert (result.order_status, result.round_status) == (OrderStatus.IN_WORKSHOP, RoundStatus.FAILED)
    with db.read() as s:
        record = s.scalars(select(ReworkRecord)).one()
    assert (record.kind, record.qc_level, record.stage) == (ReworkKind.INTERNAL.value, 4, "handover")
    assert record.responsible_technician_id == people.tech.id
    again = qc.finish_work(db, people.tech, started.order_id)
    assert (again.round_no, again.next_level) == (2, L1)


def test_queue_puts_what_the_user_can_sign_first(db: Database, people: UserSet) -> None:
    in_workshop = make_order(db, people.advisor, people.tech)
    waiting_l1 = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    waiting_l3 = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    sign(db, people.tech, waiting_l3, L1)
    sign(db, people.lead2, waiting_l3, L2)
    ready = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    for who, level in ((people.tech, L1), (people.lead2, L2), (people.qc, L3), (people.advisor, L4)):
        sign(db, who, ready, level)
    make_order(db, people.advisor, status=OrderStatus.DELIVERED)

    rows = qc.qc_queue(db, people.qc)
    assert [(r.order_id, r.stage, r.may_act) for r in rows] == [
        (waiting_l3.order_id, QueueStage.LEVEL_3, True),
        (in_workshop, QueueStage.FINISH, False),
        (waiting_l1.order_id, QueueStage.LEVEL_1, False),
        (ready.order_id, QueueStage.DELIVER, False),
    ]
    assert rows[0].last_signoff is not None and rows[0].last_signoff.signer == "吴班长"
    by_advisor = qc.qc_queue(db, people.advisor)
    assert by_advisor[0].order_id == ready.order_id and by_advisor[0].may_act
    by_tech = [r.order_id for r in qc.qc_queue(db, people.tech) if r.may_act]
    assert by_tech == [in_workshop, waiting_l1.order_id]


@pytest.fixture
def template_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "checklists"
    shutil.copytree(checklists_dir(), folder)
    checklist_templates.use_folder(folder)
    yield folder
    checklist_templates.use_folder(None)


def test_an_old_round_keeps_its_template_version(db: Database, people: UserSet, template_folder: Path) -> None:
    old = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    v1 = (template_folder / "periodic_maintenance.v1.toml").read_text(encoding="utf-8")
    v2 = v1.replace("version = 1", "version = 2").replace("min = 2.2", "min = 2.3")
    v2 += '\n[[items]]\ncode = "wiper_blades"\nlevel = 1\nkind = "check"\n'
    v2 += 'zh = "雨刮片检查"\nen = "Wiper blades checked"\n'
    (template_folder / "periodic_maintenance.v2.toml").write_text(v2, encoding="utf-8")
    checklist_templates.use_folder(template_folder)

    new = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    assert (old.template_version, new.template_version) == (1, 2)
    old_again = qc.load_round(db, old.id)
    assert len(old_again.level(L1).items) == 12 and len(new.level(L1).items) == 13
    tyre = {i.code: i.item for i in old_again.level(L1).items}["tyre_pressure"]
    assert tyre.range_text == "2.2–2.6 bar"
