"""Three-level QC sign-off and hand-over: one test per rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from dealerdesk.domain.checklists import HANDOVER, ChecklistItem, ChecklistTemplate, ItemKind
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, Severity, ValidationError
from dealerdesk.domain.qc_rules import (
    REASON_FIELD,
    ROAD_TEST_IN_FIELD,
    ROAD_TEST_OUT_FIELD,
    ItemEntry,
    Outcome,
    QcRound,
    RoadTest,
    Signer,
    edit_refusal,
    effective_answer,
    failed_items,
    item_field,
    judge_measurement,
    level_problems,
    parse_measurement,
    reopen_level,
    rework_kind_for,
    sign_level,
    sign_refusal,
)
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ItemAnswer, QcLevel, ReworkKind, ServiceCategory

L1, L2, L3, L4 = QcLevel.SELF_CHECK, QcLevel.TEAM_LEAD, QcLevel.FINAL, QcLevel.HANDOVER
PASS, FAIL, NA = ItemAnswer.PASS, ItemAnswer.FAIL, ItemAnswer.NOT_APPLICABLE
NOW = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)

TYRE = ChecklistItem(
    "tyre_pressure", L1, ItemKind.MEASURED, "轮胎气压", "Tyre pressure", "bar", Decimal("2.2"), Decimal("2.6")
)
CHECKLIST = ChecklistTemplate(
    ServiceCategory.GENERAL_REPAIR,
    1,
    (
        ChecklistItem("concerns_fixed", L1, ItemKind.CHECK, "故障已排除", "Concerns fixed"),
        TYRE,
        ChecklistItem("fault_codes", L1, ItemKind.NOTE, "故障码", "Fault codes"),
        ChecklistItem("l2_steering_shaft", L2, ItemKind.CHECK, "转向中间轴", "Steering shaft"),
        ChecklistItem("road_test", L3, ItemKind.CHECK, "路试", "Road test"),
    ),
    road_test=True,
)
HANDOVER_CHECK = ChecklistTemplate(
    HANDOVER, 1, (ChecklistItem("car_clean", L4, ItemKind.CHECK, "车辆清洁", "Car clean"),)
)

TECHNICIAN = Signer(1, frozenset({Role.TECHNICIAN}))
TEAM_LEAD = Signer(2, frozenset({Role.TEAM_LEAD}))
INSPECTOR = Signer(3, frozenset({Role.QC_INSPECTOR}))
ADVISOR = Signer(4, frozenset({Role.ADVISOR}))
MANAGER = Signer(9, frozenset({Role.MANAGER}))
# The seed's gap: one person holding several QC roles.
ALL_ROUNDER = Signer(5, frozenset({Role.TECHNICIAN, Role.TEAM_LEAD, Role.QC_INSPECTOR, Role.ADVISOR}))
ON_THE_ORDER = ((TECHNICIAN.user_id, "王师傅"), (ALL_ROUNDER.user_id, "全师傅"))  # their labour lines
SIGNERS = {L1: TECHNICIAN, L2: TEAM_LEAD, L3: INSPECTOR, L4: ADVISOR}

PASSING_ENTRIES = (
    ItemEntry(L1, "concerns_fixed", PASS),
    ItemEntry(L1, "tyre_pressure", value="2.4"),
    ItemEntry(L1, "fault_codes", PASS, note="P0171 read and cleared"),
    ItemEntry(L2, "l2_steering_shaft", PASS),
    ItemEntry(L3, "road_test", PASS),
    ItemEntry(L4, "car_clean", PASS),
)


def fresh_round(**changes: Any) -> QcRound:
    qc_round = QcRound(
        CHECKLIST,
        HANDOVER_CHECK,
        PASSING_ENTRIES,
        road_test=RoadTest(12_000, 12_008),
        mileage_at_check_in=11_990,
        technicians=ON_THE_ORDER,
    )
    return replace(qc_round, **changes)


def signed_up_to(last: QcLevel, qc_round: QcRound | None = None) -> QcRound:
    """The round with every level up to ``last`` signed by its usual person."""
    qc_round = qc_round or fresh_round()
    for level in QcLevel:
        if level > last:
            break
        qc_round = qc_round.with_signature(sign_level(qc_round, level, SIGNERS[level], NOW))
    return qc_round


def with_entry(qc_round: QcRound, entry: ItemEntry) -> QcRound:
    return qc_round.with_entry(entry)


def errors_of(qc_round: QcRound, level: QcLevel, signer: Signer) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        sign_level(qc_round, level, signer, NOW)
    return [(problem.field, problem.render()) for problem in caught.value.problems]


# --- the happy path ------------------------------------------------------------------


def test_all_four_levels_signed_in_order_pass() -> None:
    qc_round = signed_up_to(L4)
    assert [(s.level, s.user_id, s.outcome) for s in qc_round.signatures] == [
        (L1, 1, Outcome.PASS),
        (L2, 2, Outcome.PASS),
        (L3, 3, Outcome.PASS),
        (L4, 4, Outcome.PASS),
    ]
    assert qc_round.next_level() is None and qc_round.failed_level() is None


def test_next_level_follows_the_signatures() -> None:
    assert fresh_round().next_level() is L1
    assert signed_up_to(L2).next_level() is L3


# --- order of levels -------------------------------------------------------------------


def test_a_level_needs_the_level_below_signed() -> None:
    refusal = sign_refusal(fresh_round(), L2, TEAM_LEAD)
    assert refusal is not None and refusal.render() == "Level 1 must be signed before level 2."
    with pytest.raises(DealerDeskError, match="Level 2 must be signed before level 3"):
        sign_level(signed_up_to(L1), L3, INSPECTOR, NOW)


def test_handover_only_after_level_3_passed() -> None:
    with pytest.raises(DealerDeskError, match="Level 3 must be signed before level 4"):
        sign_level(signed_up_to(L2), L4, ADVISOR, NOW)
    failing = with_entry(signed_up_to(L2), ItemEntry(L3, "road_test", FAIL, note="pulls to the left"))
    failed = failing.with_signature(sign_level(failing, L3, INSPECTOR, NOW))
    with pytest.raises(DealerDeskError) as caught:
        sign_level(failed, L4, ADVISOR, NOW)
    assert caught.value.render() == (
        "Level 3 failed, so level 4 cannot be signed: the car goes back for rework and a new QC round starts."
    )
    assert failed.next_level() is None and failed.failed_level() is L3


def test_a_signed_level_cannot_be_signed_again() -> None:
    with pytest.raises(DealerDeskError) as caught:
        sign_level(signed_up_to(L1), L1, TECHNICIAN, NOW)
    assert caught.value.render() == "Level 1 is signed and final. Only a service manager can reopen it, with a reason."


# --- roles -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "wrong", "message"),
    [
        (L1, TEAM_LEAD, "Level 1 (self-check) can be signed only by a technician."),
        (L2, TECHNICIAN, "Level 2 (team lead check) can be signed only by a team lead."),
        (L3, TEAM_LEAD, "Level 3 (final inspection) can be signed only by a QC inspector."),
        (L4, INSPECTOR, "The hand-over check can be signed only by a service advisor."),
    ],
)
def test_each_level_needs_its_role(level: QcLevel, wrong: Signer, message: str) -> None:
    qc_round = signed_up_to(QcLevel(level - 1)) if level > L1 else fresh_round()
    with pytest.raises(PermissionDenied) as caught:
        sign_level(qc_round, level, wrong, NOW)
    assert caught.value.render() == message
    assert sign_level(qc_round, level, SIGNERS[level], NOW).outcome is Outcome.PASS


def test_a_manager_cannot_sign_a_qc_level() -> None:
    with pytest.raises(PermissionDenied):
        sign_level(fresh_round(), L1, Signer(9, frozenset({Role.MANAGER, Role.ADMIN})), NOW)


# --- separation of duties ----------------------------------------------------------------


def test_whoever_signed_a_lower_level_cannot_sign_the_next() -> None:
    qc_round = fresh_round()
    qc_round = qc_round.with_signature(sign_level(qc_round, L1, ALL_ROUNDER, NOW))
    with pytest.raises(PermissionDenied) as caught:
        sign_level(qc_round, L2, ALL_ROUNDER, NOW)
    assert caught.value.render() == "You signed level 1 of this QC round, so someone else must sign level 2."


def test_separation_reaches_past_the_level_directly_below() -> None:
    qc_round = fresh_round()
    qc_round = qc_round.with_signature(sign_level(qc_round, L1, ALL_ROUNDER, NOW))
    qc_round = qc_round.with_signature(sign_level(qc_round, L2, TEAM_LEAD, NOW))
    with pytest.raises(PermissionDenied, match="You signed level 1 of this QC round"):
        sign_level(qc_round, L3, ALL_ROUNDER, NOW)


def test_handover_not_by_anyone_who_signed_levels_1_to_3() -> None:
    for level in (L1, L2, L3):
        signers = {**SIGNERS, level: ALL_ROUNDER}
        qc_round = fresh_round()
        for lower in (L1, L2, L3):
            qc_round = qc_round.with_signature(sign_level(qc_round, lower, signers[lower], NOW))
        with pytest.raises(PermissionDenied, match=f"You signed level {int(level)} of this QC round"):
            sign_level(qc_round, L4, ALL_ROUNDER, NOW)


def test_a_person_with_several_roles_may_sign_one_level_of_a_round() -> None:
    qc_round = signed_up_to(L1)
    assert sign_level(qc_round, L2, ALL_ROUNDER, NOW).user_id == ALL_ROUNDER.user_id


def test_a_reopened_signature_still_counts_for_separation() -> None:
    qc_round = signed_up_to(L1)
    qc_round = qc_round.with_signature(sign_level(qc_round, L2, ALL_ROUNDER, NOW))
    qc_round = qc_round.with_reopened(reopen_level(qc_round, L2, MANAGER, "wrong torque recorded", NOW))
    qc_round = qc_round.with_signature(sign_level(qc_round, L2, TEAM_LEAD, NOW))
    with pytest.raises(PermissionDenied, match="You signed level 2 of this QC round"):
        sign_level(qc_round, L3, ALL_ROUNDER, NOW)


# --- items answered ------------------------------------------------------------------------


def test_every_item_must_be_answered() -> None:
    qc_round = fresh_round(entries=())
    assert errors_of(qc_round, L1, TECHNICIAN) == [
        (item_field("concerns_fixed"), "Answer this item: pass, fail or not applicable."),
        (item_field("tyre_pressure"), "Enter the measured value, or mark the item not applicable."),
        (item_field("fault_codes"), "Answer this item: pass, fail or not applicable."),
        (item_field("fault_codes"), "This item needs a note."),
    ]


def test_an_entry_of_another_level_does_not_answer_this_one() -> None:
    entries = (*(e for e in PASSING_ENTRIES if e.level is not L3), ItemEntry(L1, "road_test", PASS))
    qc_round = signed_up_to(L2, fresh_round(entries=entries))
    assert errors_of(qc_round, L3, INSPECTOR) == [
        (item_field("road_test"), "Answer this item: pass, fail or not applicable.")
    ]


def test_not_applicable_is_an_answer() -> None:
    qc_round = with_entry(fresh_round(), ItemEntry(L1, "concerns_fixed", NA))
    qc_round = with_entry(qc_round, ItemEntry(L1, "tyre_pressure", NA))
    assert sign_level(qc_round, L1, TECHNICIAN, NOW).outcome is Outcome.PASS


# --- measured items -------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "outcome"), [("2.2", Outcome.PASS), ("2.6", Outcome.PASS), ("2.4", Outcome.PASS)])
def test_measured_value_inside_the_range_passes(typed: str, outcome: Outcome) -> None:
    qc_round = with_entry(fresh_round(), ItemEntry(L1, "tyre_pressure", value=typed))
    assert sign_level(qc_round, L1, TECHNICIAN, NOW).outcome is outcome


@pytest.mark.parametrize("typed", ["2.19", "2.61", "0", "-2.4"])
def test_measured_value_outside_the_range_fails_even_if_passed(typed: str) -> None:
    entry = ItemEntry(L1, "tyre_pressure", PASS, value=typed)
    assert effective_answer(TYRE, entry) is FAIL
    qc_round = with_entry(fresh_round(), entry)
    assert errors_of(qc_round, L1, TECHNICIAN) == [
        (item_field("tyre_pressure"), "A failed item needs a note saying what is wrong.")
    ]
    noted = with_entry(qc_round, replace(entry, note="valve leaking, customer to replace"))
    assert sign_level(noted, L1, TECHNICIAN, NOW).outcome is Outcome.FAIL


def test_a_checker_may_fail_an_in_range_value() -> None:
    entry = ItemEntry(L1, "tyre_pressure", FAIL, value="2.4", note="sidewall bulge on left front")
    assert effective_answer(TYRE, entry) is FAIL
    assert sign_level(with_entry(fresh_round(), entry), L1, TECHNICIAN, NOW).outcome is Outcome.FAIL


@pytest.mark.parametrize("typed", ["abc", "2,4", "2.4 bar", "1e3", "NaN", "Infinity", "--2"])
def test_a_value_that_is_not_a_number_is_a_problem(typed: str) -> None:
    qc_round = with_entry(fresh_round(), ItemEntry(L1, "tyre_pressure", value=typed))
    assert errors_of(qc_round, L1, TECHNICIAN) == [(item_field("tyre_pressure"), f'"{typed}" is not a number.')]


def test_full_width_digits_from_a_chinese_input_method_are_numbers() -> None:
    assert parse_measurement("２．４") == Decimal("2.4")
    assert parse_measurement(" −25 ") == Decimal(-25)
    assert parse_measurement(".5") == Decimal("0.5")


def test_not_applicable_measured_item_takes_no_value() -> None:
    qc_round = with_entry(fresh_round(), ItemEntry(L1, "tyre_pressure", NA, value="2.4"))
    assert errors_of(qc_round, L1, TECHNICIAN) == [
        (
            item_field("tyre_pressure"),
            "A not-applicable item takes no measured value: clear the value or answer the item.",
        )
    ]


def test_judge_measurement_gives_instant_feedback() -> None:
    assert judge_measurement(TYRE, "2.5") == (PASS, [])
    answer, problems = judge_measurement(TYRE, "2.8")
    assert answer is FAIL
    assert [(p.severity, p.render()) for p in problems] == [
        (Severity.WARNING, "2.8 bar is outside 2.2–2.6 bar: the item fails.")
    ]
    answer, problems = judge_measurement(TYRE, "x")
    assert answer is None and problems[0].is_error
    answer, problems = judge_measurement(TYRE, "  ")
    assert answer is None and problems[0].render() == "Enter the measured value, or mark the item not applicable."


def test_judge_measurement_is_for_measured_items_only() -> None:
    with pytest.raises(ValueError):
        judge_measurement(CHECKLIST.item("concerns_fixed"), "1")


# --- notes ----------------------------------------------------------------------------------


def test_a_failed_item_needs_a_note() -> None:
    qc_round = signed_up_to(L1).with_entry(ItemEntry(L2, "l2_steering_shaft", FAIL, note="   "))
    assert errors_of(qc_round, L2, TEAM_LEAD) == [
        (item_field("l2_steering_shaft"), "A failed item needs a note saying what is wrong.")
    ]


def test_a_note_item_needs_a_note_even_when_passed() -> None:
    qc_round = with_entry(fresh_round(), ItemEntry(L1, "fault_codes", PASS))
    assert errors_of(qc_round, L1, TECHNICIAN) == [(item_field("fault_codes"), "This item needs a note.")]
    na_round = with_entry(fresh_round(), ItemEntry(L1, "fault_codes", NA))
    assert errors_of(na_round, L1, TECHNICIAN) == [(item_field("fault_codes"), "This item needs a note.")]


# --- outcome and failed items ------------------------------------------------------------------


def test_outcome_fails_when_any_item_fails() -> None:
    qc_round = signed_up_to(L1).with_entry(ItemEntry(L2, "l2_steering_shaft", FAIL, note="pinch bolt not in groove"))
    signature = sign_level(qc_round, L2, TEAM_LEAD, NOW)
    assert signature.outcome is Outcome.FAIL
    failed = failed_items(qc_round, L2)
    assert [(f.item.code, f.entry.note) for f in failed] == [("l2_steering_shaft", "pinch bolt not in groove")]
    assert rework_kind_for(L2) is ReworkKind.QC


def test_failed_items_include_out_of_range_measurements_in_checklist_order() -> None:
    qc_round = with_entry(fresh_round(), ItemEntry(L1, "concerns_fixed", FAIL, note="still noisy"))
    qc_round = with_entry(qc_round, ItemEntry(L1, "tyre_pressure", value="3.1", note="over-inflated"))
    assert [f.item.code for f in failed_items(qc_round, L1)] == ["concerns_fixed", "tyre_pressure"]
    assert failed_items(fresh_round(), L1) == ()


def test_a_failed_handover_is_an_internal_rework() -> None:
    assert rework_kind_for(L4) is ReworkKind.INTERNAL
    assert {rework_kind_for(level) for level in (L1, L2, L3)} == {ReworkKind.QC}


# --- road test ----------------------------------------------------------------------------------


def road_problems(road_test: RoadTest) -> list[tuple[str, str, Severity]]:
    qc_round = fresh_round(road_test=road_test)
    return [(p.field, p.render(), p.severity) for p in level_problems(qc_round, L3)]


def test_final_inspection_needs_the_road_test_mileage() -> None:
    assert road_problems(RoadTest()) == [
        (ROAD_TEST_OUT_FIELD, "Enter the odometer reading before the road test.", Severity.ERROR),
        (ROAD_TEST_IN_FIELD, "Enter the odometer reading after the road test.", Severity.ERROR),
    ]


def test_road_test_mileage_must_not_go_backwards() -> None:
    assert road_problems(RoadTest(12_010, 12_000)) == [
        (ROAD_TEST_IN_FIELD, "The odometer after the road test cannot be below the reading before it.", Severity.ERROR)
    ]
    assert road_problems(RoadTest(11_000, 11_005)) == [
        (ROAD_TEST_OUT_FIELD, "The road test cannot start below the mileage at check-in (11990 km).", Severity.ERROR)
    ]


def test_odd_road_test_distances_are_warnings_that_do_not_block() -> None:
    assert road_problems(RoadTest(12_000, 12_000)) == [
        (ROAD_TEST_IN_FIELD, "The road test covered 0 km.", Severity.WARNING)
    ]
    assert road_problems(RoadTest(12_000, 12_051)) == [
        (ROAD_TEST_IN_FIELD, "The road test covered 51 km: check the odometer readings.", Severity.WARNING)
    ]
    assert road_problems(RoadTest(12_000, 12_050)) == []
    qc_round = replace(signed_up_to(L2), road_test=RoadTest(12_000, 12_000))
    assert sign_level(qc_round, L3, INSPECTOR, NOW).outcome is Outcome.PASS


def test_road_test_is_required_only_when_the_template_says_so() -> None:
    no_road_test = replace(CHECKLIST, road_test=False)
    qc_round = signed_up_to(L2, fresh_round(checklist=no_road_test, road_test=RoadTest()))
    assert level_problems(qc_round, L3) == []
    with pytest.raises(ValidationError):
        sign_level(signed_up_to(L2, fresh_round(road_test=RoadTest())), L3, INSPECTOR, NOW)


# --- reopening ----------------------------------------------------------------------------------


def test_a_signed_level_is_final_for_editing() -> None:
    qc_round = signed_up_to(L1)
    refusal = edit_refusal(qc_round, L1)
    assert refusal is not None and "signed and final" in refusal.render()
    assert edit_refusal(qc_round, L2) is None


def test_reopening_needs_the_manager_role() -> None:
    with pytest.raises(PermissionDenied) as caught:
        reopen_level(signed_up_to(L1), L1, TEAM_LEAD, "typo", NOW)
    assert caught.value.render() == "Only a service manager can reopen a signed QC level."


def test_reopening_needs_a_reason() -> None:
    with pytest.raises(ValidationError) as caught:
        reopen_level(signed_up_to(L1), L1, MANAGER, "  \n", NOW)
    assert [(p.field, p.render()) for p in caught.value.problems] == [(REASON_FIELD, "Enter the reason for reopening.")]


def test_only_a_signed_level_can_be_reopened() -> None:
    with pytest.raises(DealerDeskError, match=r"Level 2 is not signed; there is nothing to reopen\."):
        reopen_level(signed_up_to(L1), L2, MANAGER, "why not", NOW)


def test_reopening_a_level_reopens_the_levels_above_and_keeps_history() -> None:
    qc_round = signed_up_to(L3)
    later = datetime(2025, 3, 1, 11, 0, tzinfo=UTC)
    reopened = reopen_level(qc_round, L2, MANAGER, " torque value entered wrongly ", later)
    assert [(s.level, s.user_id) for s in reopened] == [(L2, 2), (L3, 3)]
    assert all(s.reopening is not None and s.reopening.reason == "torque value entered wrongly" for s in reopened)
    assert all(
        s.reopening is not None and (s.reopening.user_id, s.reopening.reopened_at) == (9, later) for s in reopened
    )
    after = qc_round.with_reopened(reopened)
    assert len(after.signatures) == 3  # nothing is lost
    assert after.active_signature(L1) is not None and after.active_signature(L2) is None
    assert after.next_level() is L2 and edit_refusal(after, L2) is None
    assert sign_level(after, L2, TEAM_LEAD, later).outcome is Outcome.PASS


def test_round_refuses_swapped_templates() -> None:
    with pytest.raises(ValueError):
        QcRound(HANDOVER_CHECK, HANDOVER_CHECK)
    with pytest.raises(ValueError):
        QcRound(CHECKLIST, CHECKLIST)


def test_the_self_check_is_signed_by_a_technician_of_the_order_one_for_all() -> None:
    other_technician = Signer(6, frozenset({Role.TECHNICIAN}))
    refusal = sign_refusal(fresh_round(), L1, other_technician)
    assert isinstance(refusal, PermissionDenied)
    assert refusal.text.startswith("The self-check is signed by a technician of this order")
    assert refusal.params == {"names": "王师傅、全师傅"}
    # Either technician of the order signs for the whole order: one signature, level 2 next.
    for one in (TECHNICIAN, ALL_ROUNDER):
        qc_round = fresh_round().with_signature(sign_level(fresh_round(), L1, one, NOW))
        assert qc_round.next_level() is L2
    nobody = sign_refusal(fresh_round(technicians=()), L1, TECHNICIAN)
    assert isinstance(nobody, PermissionDenied) and "No labour line" in nobody.text
