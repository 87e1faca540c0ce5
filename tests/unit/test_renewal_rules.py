"""The renewal follow-up's stage rules, a call's checks, the plan's dates and its even split."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.renewal_rules import (
    CONNECTED,
    CallEntry,
    CallOutcome,
    LossReason,
    Quote,
    Stage,
    assign_evenly,
    call_due_on,
    can_move,
    check_call,
    first_contact_on,
    next_stages,
    policy_due,
    progress,
    week_start,
)

TODAY = date(2026, 12, 2)
TOMORROW = date(2026, 12, 3)


def fields(entry: CallEntry, current: Stage = Stage.INVITE, *, has_quote: bool = False) -> list[str]:
    return [p.field for p in check_call(entry, current, TODAY, has_quote=has_quote)]


@pytest.mark.parametrize(
    ("current", "target", "allowed"),
    [
        (Stage.INVITE, Stage.FOLLOW_UP, True),
        (Stage.FOLLOW_UP, Stage.QUOTE, True),
        (Stage.QUOTE, Stage.VISIT, True),
        (Stage.VISIT, Stage.WON, True),
        (Stage.INVITE, Stage.VISIT, True),  # straight to the store: a step may be skipped
        (Stage.QUOTE, Stage.QUOTE, True),  # staying is allowed
        (Stage.QUOTE, Stage.FOLLOW_UP, False),  # never back
        (Stage.VISIT, Stage.INVITE, False),
        (Stage.INVITE, Stage.LOST, True),
        (Stage.VISIT, Stage.LOST, True),
        (Stage.WON, Stage.LOST, False),  # closed records are final
        (Stage.LOST, Stage.INVITE, False),
        (Stage.LOST, Stage.WON, False),
    ],
)
def test_stage_moves(current: Stage, target: Stage, allowed: bool) -> None:
    assert can_move(current, target) is allowed


def test_next_stages_of_a_quote_and_of_a_closed_record() -> None:
    assert next_stages(Stage.QUOTE) == (Stage.QUOTE, Stage.VISIT, Stage.WON, Stage.LOST)
    assert next_stages(Stage.WON) == ()
    assert next_stages(Stage.LOST) == ()


def test_an_ordinary_call_needs_an_outcome_and_a_next_date() -> None:
    assert fields(CallEntry(outcome=None, next_call_on=TOMORROW)) == ["outcome"]
    assert fields(CallEntry(outcome=CallOutcome.NO_ANSWER)) == ["next_call_on"]
    assert fields(CallEntry(outcome=CallOutcome.NO_ANSWER, next_call_on=date(2026, 12, 1))) == ["next_call_on"]
    assert fields(CallEntry(outcome=CallOutcome.NO_ANSWER, next_call_on=TODAY)) == []


def test_quoting_and_issuing_need_a_quote_on_record() -> None:
    to_quote = CallEntry(outcome=CallOutcome.REACHED, next_call_on=TOMORROW, stage=Stage.QUOTE)
    assert fields(to_quote, Stage.FOLLOW_UP) == ["quote_premium"]
    assert fields(to_quote, Stage.FOLLOW_UP, has_quote=True) == []
    quoted = CallEntry(
        outcome=CallOutcome.REACHED,
        next_call_on=TOMORROW,
        stage=Stage.QUOTE,
        quote=Quote("人保财险", 480_000, 60_000),
    )
    assert fields(quoted, Stage.FOLLOW_UP) == []
    won = CallEntry(outcome=CallOutcome.REACHED, stage=Stage.WON)
    assert fields(won, Stage.VISIT) == ["quote_premium"]
    assert fields(won, Stage.VISIT, has_quote=True) == []


def test_a_bad_quote_is_refused_at_its_fields() -> None:
    entry = CallEntry(outcome=CallOutcome.REACHED, next_call_on=TOMORROW, quote=Quote(" ", 0, -1))
    assert fields(entry) == ["quote_insurer", "quote_premium", "quote_discount"]


def test_a_closing_call_has_no_next_date_and_a_closed_record_takes_no_call() -> None:
    won = CallEntry(outcome=CallOutcome.REACHED, stage=Stage.WON, next_call_on=TOMORROW)
    assert fields(won, Stage.VISIT, has_quote=True) == ["next_call_on"]
    again = CallEntry(outcome=CallOutcome.REACHED, next_call_on=TOMORROW)
    assert fields(again, Stage.WON) == ["stage"]
    back = CallEntry(outcome=CallOutcome.REACHED, next_call_on=TOMORROW, stage=Stage.INVITE)
    assert fields(back, Stage.QUOTE, has_quote=True) == ["stage"]


def test_losing_needs_a_reason_and_the_insurer_when_insured_elsewhere() -> None:
    lose = CallEntry(outcome=CallOutcome.REACHED, stage=Stage.LOST)
    assert fields(lose) == ["loss_reason"]
    elsewhere = CallEntry(outcome=CallOutcome.REACHED, stage=Stage.LOST, loss_reason=LossReason.INSURED_ELSEWHERE)
    assert fields(elsewhere) == ["loss_insurer"]
    named = CallEntry(
        outcome=CallOutcome.REACHED, stage=Stage.LOST, loss_reason=LossReason.INSURED_ELSEWHERE, loss_insurer="平安"
    )
    assert fields(named) == []
    other = CallEntry(outcome=CallOutcome.REACHED, stage=Stage.LOST, loss_reason=LossReason.OTHER)
    assert fields(other) == ["note"]
    sold = CallEntry(outcome=CallOutcome.REACHED, stage=Stage.LOST, loss_reason=LossReason.CAR_SOLD)
    assert fields(sold, Stage.QUOTE) == []


def test_a_loss_reason_on_an_open_record_is_refused() -> None:
    entry = CallEntry(outcome=CallOutcome.REACHED, next_call_on=TOMORROW, loss_reason=LossReason.PRICE)
    assert fields(entry) == ["loss_reason"]


def test_only_calls_that_reached_the_customer_are_connected() -> None:
    assert {CallOutcome.REACHED, CallOutcome.CALL_BACK, CallOutcome.REFUSED} == CONNECTED
    assert CallOutcome.NO_ANSWER not in CONNECTED and CallOutcome.BUSY not in CONNECTED
    assert progress(0, 20) == 0 and progress(10, 20) == 50 and progress(25, 20) == 100


def test_plan_dates() -> None:
    assert week_start(date(2026, 12, 2)) == date(2026, 11, 30)  # a Wednesday's Monday
    assert week_start(date(2026, 11, 30)) == date(2026, 11, 30)
    assert policy_due(date(2027, 1, 20), date(2027, 1, 10)) == date(2027, 1, 10)
    assert policy_due(date(2027, 1, 20), None) == date(2027, 1, 20)
    assert policy_due(None, None) is None
    assert first_contact_on(date(2027, 1, 14), 45) == date(2026, 11, 30)
    monday = date(2026, 11, 30)
    # Never called: from 45 days before expiry, while the policy has not expired before the plan.
    assert call_due_on(date(2027, 1, 14), 45, called=False, next_call_on=None, start=monday) == monday
    assert call_due_on(date(2026, 11, 29), 45, called=False, next_call_on=None, start=monday) is None
    # Called: by the record's next-call date, an overdue one included.
    assert call_due_on(date(2026, 11, 29), 45, called=True, next_call_on=date(2026, 11, 20), start=monday) == date(
        2026, 11, 20
    )


def test_even_split_keeps_loads_within_one() -> None:
    out = assign_evenly(range(100), [7, 8, 9])
    assert sorted(out) == list(range(100))  # nobody missed
    assert sorted(Counter(out.values()).values()) == [33, 33, 34]


def test_even_split_keeps_the_specialist_who_follows_a_record_and_counts_work_elsewhere() -> None:
    out = assign_evenly([1, 2, 3, 4], [7, 8], keep={1: 8, 2: 99}, load={7: 2}, balance=False)
    assert out[1] == 8  # kept
    assert sorted(Counter(out.values()).items()) == [(7, 1), (8, 3)]  # 7 had 2 already: 3 each
    assert assign_evenly([1, 2], []) == {}


def test_a_balanced_split_keeps_each_record_with_its_specialist_up_to_an_even_share() -> None:
    keep = {item: 7 for item in range(10)} | {10: 8}  # 7 followed ten of them last week
    out = assign_evenly(range(12), [7, 8, 9], keep=keep)
    assert sorted(Counter(out.values()).values()) == [4, 4, 4]
    assert [out[i] for i in range(4)] == [7, 7, 7, 7] and out[10] == 8  # kept up to the share
    unbalanced = assign_evenly(range(12), [7, 8, 9], keep=keep, balance=False)
    assert Counter(unbalanced.values())[7] == 10  # "keep": nobody's records move


@pytest.mark.parametrize("seed", range(20))
def test_a_balanced_split_is_even_whatever_was_kept(seed: int) -> None:
    import random

    rng = random.Random(seed)
    people = [1, 2, 3, 4][: rng.randint(1, 4)]
    items = list(range(rng.randint(0, 40)))
    keep = {i: rng.choice([1, 2, 3, 4, 5]) for i in items if rng.random() < 0.7}
    load = {p: rng.randint(0, 3) for p in people}
    out = assign_evenly(items, people, keep=keep, load=load)
    assert sorted(out) == items
    totals = Counter(out.values())
    final = [totals[p] + load[p] for p in people]
    if items:
        assert max(final) - min(final) <= max(1, max(load.values()) - min(load.values()))


def test_a_short_insurer_name_becomes_the_one_known_insurer_it_names() -> None:
    known = ("人保财险", "平安产险", "太平洋产险", "大地保险", "阳光保险")
    assert rules.known_insurer(" 平安 ", known) == "平安产险"  # one company, one name in the loss analysis
    assert rules.known_insurer("太平洋产险", known) == "太平洋产险"
    assert rules.known_insurer("保险", known) == "保险"  # names two: left as typed
    assert rules.known_insurer("众安保险", known) == "众安保险"  # not known: as typed
    assert rules.known_insurer("  ", known) == ""
