"""Every document-audit rule on an order built to break exactly that rule, and none on a clean one."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dealerdesk.domain import document_audit as da
from dealerdesk.domain.messages import DealerDeskError

T0 = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # 09:00 China time
ADVISOR, TECH, LEAD, QC, MANAGER = 10, 20, 30, 40, 50
RULES = da.parse_rule_set(
    (Path(__file__).resolve().parents[2] / "resources" / "review" / "document_rules.toml").read_text("utf-8")
)
END = T0 + timedelta(hours=15)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def sig(level: int, who: int, at: float, outcome: str = "pass") -> da.Signature:
    return da.Signature(level, who, h(at), outcome)


CLEAN = da.OrderFacts(
    order_id=1,
    number="WO20261130-0001",
    status="delivered",
    advisor_id=ADVISOR,
    customer_name="张三",
    customer_mobile="13800138000",
    plate="川A12345",
    vin="LSVAU218XN2183294",
    model="朗逸",
    mileage_in=42_000,
    fuel_level="1/2",
    category="periodic_maintenance",
    estimate_fen=38_800,
    checked_in_at=h(0),
    promised_at=h(4),
    customer_waits=True,
    concerns=("做保养", "刹车有异响"),
    opened_at=h(0.1),
    finished_at=h(2),
    delivered_at=h(3.5),
    rounds=(
        da.RoundFacts(1, "passed", h(2), (sig(1, TECH, 2.1), sig(2, LEAD, 2.3), sig(3, QC, 2.6), sig(4, ADVISOR, 3.2))),
    ),
    technician_ids=(TECH,),
)


def findings(o: da.OrderFacts, end: datetime = END) -> list[tuple[da.Rule, int | None]]:
    return [(f.rule, f.responsible_id) for f in da.audit_order(o, RULES, end)]


def test_clean_order_has_no_finding() -> None:
    assert findings(CLEAN) == []
    assert CLEAN.participants() == {ADVISOR, TECH, LEAD, QC}


def test_draft_and_cancelled_orders_are_not_documents_yet() -> None:
    assert findings(replace(CLEAN, status="draft", customer_name="")) == []
    assert findings(replace(CLEAN, status="cancelled", customer_name="")) == []


@pytest.mark.parametrize(
    ("change", "label"),
    [
        ({"customer_name": " "}, "customer name"),
        ({"customer_mobile": ""}, "mobile"),
        ({"plate": ""}, "plate"),
        ({"vin": ""}, "VIN"),
        ({"mileage_in": None}, "mileage"),
        ({"fuel_level": None}, "fuel level"),
        ({"estimate_fen": None}, "estimate"),
        ({"customer_waits": None}, "customer waits or leaves"),
    ],
)
def test_mandatory_field_missing_is_the_advisors(change: dict[str, object], label: str) -> None:
    found = da.audit_order(replace(CLEAN, **change), RULES, END)  # type: ignore[arg-type]
    assert [(f.rule, f.responsible_id) for f in found] == [(da.Rule.MANDATORY_FIELDS, ADVISOR)]
    assert found[0].params["fields"] == (label,)


def test_no_plate_for_a_new_car_is_not_missing() -> None:
    assert findings(replace(CLEAN, plate="", no_plate=True)) == []


def test_concerns_none_or_blank() -> None:
    assert findings(replace(CLEAN, concerns=())) == [(da.Rule.CONCERNS_RECORDED, ADVISOR)]
    found = da.audit_order(replace(CLEAN, concerns=("做保养", "  ")), RULES, END)
    assert [(f.rule, f.params["count"]) for f in found] == [(da.Rule.CONCERNS_RECORDED, 1)]


def extra(**kw: object) -> da.ExtraWorkFacts:
    base = da.ExtraWorkFacts("更换刹车片", 45_000, "张三", "phone", h(1.5), h(4.5), h(1.6), ADVISOR + 1)
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "change",
    [
        {"approver_name": ""},
        {"method": ""},
        {"approved_at": None},
        {"amount_fen": 0},
        {"new_promised_at": None},
        {"approved_at": h(1.7)},  # recorded at 1.6, before the customer said yes
        {"new_promised_at": h(1.5)},  # not after the approval
    ],
)
def test_extra_work_incomplete_is_the_recorders(change: dict[str, object]) -> None:
    assert findings(replace(CLEAN, extra_work=(extra(**change),))) == [(da.Rule.EXTRA_WORK_COMPLETE, ADVISOR + 1)]


def test_complete_extra_work_is_clean() -> None:
    assert findings(replace(CLEAN, extra_work=(extra(),))) == []


def test_promised_time_edges_with_grace() -> None:
    # Ready (final inspection) at 2.6 h; promised at 4 h. Grace 15 min.
    late_ok = replace(CLEAN, promised_at=h(2.6) - timedelta(minutes=15))
    assert findings(late_ok) == []
    late = replace(CLEAN, promised_at=h(2.6) - timedelta(minutes=16))
    found = da.audit_order(late, RULES, END)
    assert [(f.rule, f.responsible_id, f.params["minutes"]) for f in found] == [(da.Rule.PROMISED_TIME, ADVISOR, 16)]


def test_customer_told_before_the_promise_passed_moves_it() -> None:
    told_in_time = replace(CLEAN, promised_at=h(2), extra_work=(extra(approved_at=h(1.5), new_promised_at=h(3)),))
    assert findings(told_in_time) == []
    told_late = replace(CLEAN, promised_at=h(1), extra_work=(extra(approved_at=h(1.5), new_promised_at=h(3)),))
    assert findings(told_late) == [(da.Rule.PROMISED_TIME, ADVISOR)]
    by_call = replace(CLEAN, promised_at=h(2), promise_changes=(da.PromiseChange(h(1.9), h(3)),))
    assert findings(by_call) == []


def test_not_ready_and_promise_passed_by_the_days_end() -> None:
    waiting = replace(CLEAN, status="in_workshop", delivered_at=None, rounds=(), finished_at=None, promised_at=h(5))
    assert findings(waiting, end=h(5)) == []
    assert findings(waiting, end=h(6)) == [(da.Rule.PROMISED_TIME, ADVISOR)]


def test_qc_gap_and_same_signer() -> None:
    gap = replace(
        CLEAN, rounds=(da.RoundFacts(1, "passed", h(2), (sig(1, TECH, 2.1), sig(3, QC, 2.6), sig(4, ADVISOR, 3.2))),)
    )
    assert findings(gap) == [(da.Rule.QC_THREE_SIGNERS, QC)]
    same = replace(
        CLEAN,
        rounds=(
            da.RoundFacts(
                1, "passed", h(2), (sig(1, LEAD, 2.1), sig(2, LEAD, 2.3), sig(3, QC, 2.6), sig(4, ADVISOR, 3.2))
            ),
        ),
    )
    assert findings(same) == [(da.Rule.QC_THREE_SIGNERS, LEAD)]


def test_qc_only_the_last_round_counts() -> None:
    failed = da.RoundFacts(1, "failed", h(1), (sig(1, TECH, 1.1), sig(2, LEAD, 1.2, "fail")))
    assert findings(replace(CLEAN, rounds=(failed, *CLEAN.rounds))) == []


def test_handover_missing_or_after_delivery() -> None:
    no_handover = replace(CLEAN, rounds=(da.RoundFacts(1, "passed", h(2), CLEAN.rounds[0].signatures[:3]),))
    assert findings(no_handover) == [(da.Rule.HANDOVER_BEFORE_DELIVERY, ADVISOR)]
    after = replace(CLEAN, delivered_at=h(3.1))
    assert findings(after) == [(da.Rule.HANDOVER_BEFORE_DELIVERY, ADVISOR)]


def test_times_out_of_order() -> None:
    assert findings(replace(CLEAN, opened_at=h(-1))) == [(da.Rule.TIMES_IN_ORDER, ADVISOR)]
    early_self_check = replace(
        CLEAN, rounds=(da.RoundFacts(1, "passed", h(2), (sig(1, TECH, 1.9), *CLEAN.rounds[0].signatures[1:])),)
    )
    assert findings(early_self_check) == [(da.Rule.TIMES_IN_ORDER, TECH)]
    swapped = replace(
        CLEAN,
        rounds=(
            da.RoundFacts(
                1, "passed", h(2), (sig(1, TECH, 2.1), sig(2, LEAD, 2.7), sig(3, QC, 2.6), sig(4, ADVISOR, 3.2))
            ),
        ),
    )
    assert findings(swapped) == [(da.Rule.TIMES_IN_ORDER, QC)]


def test_disabled_rule_finds_nothing() -> None:
    off = da.RuleSet(RULES.version, tuple(replace(r, enabled=r.rule != da.Rule.CONCERNS_RECORDED) for r in RULES.rules))
    assert da.audit_order(replace(CLEAN, concerns=()), off, END) == []


def test_scores_count_orders_kept_clean_and_ignore_excused() -> None:
    participation = [(1, ADVISOR), (2, ADVISOR), (3, ADVISOR), (4, ADVISOR), (1, TECH)]
    against = [(1, ADVISOR, da.Rule.MANDATORY_FIELDS), (1, ADVISOR, da.Rule.PROMISED_TIME)]
    by_user = {s.user_id: s for s in da.person_scores(participation, against, RULES)}
    assert (by_user[ADVISOR].orders, by_user[ADVISOR].orders_with_findings, by_user[ADVISOR].score) == (4, 1, 75)
    assert by_user[ADVISOR].weighted == 4
    assert by_user[TECH].score == 100


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("version = 0", "version"),
        ('version = 1\n[[rule]]\ncode = "nope"', "unknown rule"),
        ('version = 1\n[[rule]]\ncode = "times_in_order"', "missing rules"),
        ('version = 1\n[[rule]]\ncode = "times_in_order"\nweight = 0', "weight"),
        ("version = [", "cannot be read"),
    ],
)
def test_rule_file_refused_with_a_reason(text: str, why: str) -> None:
    with pytest.raises(DealerDeskError) as err:
        da.parse_rule_set(text, "rules.toml")
    assert why in str(err.value)
