"""The sign-off rules against every shipped checklist: what the domain tests prove on a sample
template must hold for the files the workshop actually uses."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from dealerdesk.domain import qc_rules
from dealerdesk.domain.checklists import HANDOVER, ChecklistItem, ItemKind, load_templates
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.qc_rules import ItemEntry, Outcome, QcRound, RoadTest, Signer
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import ItemAnswer, QcLevel, ServiceCategory

LIBRARY = load_templates(Path(__file__).resolve().parents[2] / "resources" / "checklists")
NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
SIGNERS = {
    QcLevel.SELF_CHECK: Signer(1, frozenset({Role.TECHNICIAN})),
    QcLevel.TEAM_LEAD: Signer(2, frozenset({Role.TEAM_LEAD})),
    QcLevel.FINAL: Signer(3, frozenset({Role.QC_INSPECTOR})),
    QcLevel.HANDOVER: Signer(4, frozenset({Role.ADVISOR})),
}
MEASURED = sorted(
    {
        (t.category, item.code): item for t in LIBRARY.templates for item in t.items if item.kind is ItemKind.MEASURED
    }.items()
)


def passing(item: ChecklistItem, level: QcLevel) -> ItemEntry:
    if item.kind is ItemKind.MEASURED:
        value = item.minimum if item.minimum is not None else item.maximum
        return ItemEntry(level, item.code, None, str(value))
    return ItemEntry(level, item.code, ItemAnswer.PASS, note="无" if item.kind is ItemKind.NOTE else "")


def fresh(category: ServiceCategory) -> QcRound:
    qc_round = QcRound(
        LIBRARY.get(category), LIBRARY.get(HANDOVER), mileage_at_check_in=42_000, technicians=((1, "王师傅"),)
    )
    return replace(qc_round, road_test=RoadTest(42_001, 42_009))


@pytest.mark.parametrize("category", list(ServiceCategory))
def test_every_shipped_checklist_signs_through_four_levels(category: ServiceCategory) -> None:
    qc_round = fresh(category)
    for level in QcLevel:
        assert qc_round.next_level() is level
        for item in qc_round.items_for(level):
            qc_round = qc_round.with_entry(passing(item, level))
        signature = qc_rules.sign_level(qc_round, level, SIGNERS[level], NOW)
        assert signature.outcome is Outcome.PASS, [p.render() for p in qc_rules.level_problems(qc_round, level)]
        qc_round = qc_round.with_signature(signature)
    assert qc_round.next_level() is None and qc_round.failed_level() is None


@pytest.mark.parametrize(("key", "item"), MEASURED, ids=[f"{c}:{code}" for (c, code), _ in MEASURED])
def test_each_measured_item_passes_on_its_limits_and_fails_just_outside(
    key: tuple[str, str], item: ChecklistItem
) -> None:
    step = Decimal("0.1")
    for limit, outside in ((item.minimum, -step), (item.maximum, step)):
        if limit is None:
            continue
        entry = ItemEntry(item.level, item.code, None, str(limit))
        assert qc_rules.effective_answer(item, entry) is ItemAnswer.PASS
        beyond = ItemEntry(item.level, item.code, ItemAnswer.PASS, str(limit + outside), note="超出范围")
        assert qc_rules.effective_answer(item, beyond) is ItemAnswer.FAIL
        assert qc_rules.item_problems(item, beyond) == []  # a noted out-of-range value is a valid fail


def test_a_reopened_level_is_signed_again_before_the_level_above() -> None:
    qc_round = fresh(ServiceCategory.GENERAL_REPAIR)
    for level in (QcLevel.SELF_CHECK, QcLevel.TEAM_LEAD):
        for item in qc_round.items_for(level):
            qc_round = qc_round.with_entry(passing(item, level))
        qc_round = qc_round.with_signature(qc_rules.sign_level(qc_round, level, SIGNERS[level], NOW))
    manager = Signer(9, frozenset({Role.MANAGER}))
    qc_round = qc_round.with_reopened(qc_rules.reopen_level(qc_round, QcLevel.SELF_CHECK, manager, "填错", NOW))
    assert qc_round.next_level() is QcLevel.SELF_CHECK
    refusal = qc_rules.sign_refusal(qc_round, QcLevel.TEAM_LEAD, SIGNERS[QcLevel.TEAM_LEAD])
    assert refusal is not None and refusal.render() == "Level 1 must be signed before level 2."
    # The technician whose signature was reopened signs the corrected self-check again.
    assert qc_rules.sign_refusal(qc_round, QcLevel.SELF_CHECK, SIGNERS[QcLevel.SELF_CHECK]) is None
    again = qc_round.with_signature(qc_rules.sign_level(qc_round, QcLevel.SELF_CHECK, SIGNERS[QcLevel.SELF_CHECK], NOW))
    assert qc_rules.sign_refusal(again, QcLevel.TEAM_LEAD, SIGNERS[QcLevel.TEAM_LEAD]) is None


def test_a_level_above_a_failed_one_is_refused_whoever_asks() -> None:
    qc_round = fresh(ServiceCategory.PERIODIC_MAINTENANCE)
    for item in qc_round.items_for(QcLevel.SELF_CHECK):
        entry = passing(item, QcLevel.SELF_CHECK)
        if item.code == "washer_fluid":
            entry = ItemEntry(QcLevel.SELF_CHECK, item.code, ItemAnswer.FAIL, note="未加注")
        qc_round = qc_round.with_entry(entry)
    signature = qc_rules.sign_level(qc_round, QcLevel.SELF_CHECK, SIGNERS[QcLevel.SELF_CHECK], NOW)
    assert signature.outcome is Outcome.FAIL
    qc_round = qc_round.with_signature(signature)
    for level in (QcLevel.TEAM_LEAD, QcLevel.FINAL, QcLevel.HANDOVER):
        with pytest.raises(DealerDeskError):
            qc_rules.sign_level(qc_round, level, SIGNERS[level], NOW)
    assert [f.item.code for f in qc_rules.failed_items(qc_round, QcLevel.SELF_CHECK)] == ["washer_fluid"]
