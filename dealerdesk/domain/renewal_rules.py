"""Insurance renewal (续保): the follow-up record's stages, call outcomes, loss reasons and the weekly plan.

A record follows one vehicle's policy for one policy year through 邀约 -> 跟进 -> 报价 -> 到店 -> 出单
(won), or ends 战败 (lost) from any open stage with a reason from a fixed list, so that the loss
analysis counts like with like. Stored values are the enum values; labels are English source texts
translated in the UI (context "Messages").
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem


class Stage(enum.StrEnum):
    INVITE = "invite"  # 邀约
    FOLLOW_UP = "follow_up"  # 跟进
    QUOTE = "quote"  # 报价
    VISIT = "visit"  # 到店
    WON = "won"  # 出单
    LOST = "lost"  # 战败


OPEN_STAGES: tuple[Stage, ...] = (Stage.INVITE, Stage.FOLLOW_UP, Stage.QUOTE, Stage.VISIT)
CLOSED_STAGES: tuple[Stage, ...] = (Stage.WON, Stage.LOST)
# The forward order; WON follows VISIT. LOST sits outside it: reachable from any open stage.
_ORDER: tuple[Stage, ...] = (*OPEN_STAGES, Stage.WON)

STAGE_LABELS: dict[Stage, str] = {
    Stage.INVITE: QT_TRANSLATE_NOOP("Messages", "Invited"),
    Stage.FOLLOW_UP: QT_TRANSLATE_NOOP("Messages", "Following up"),
    Stage.QUOTE: QT_TRANSLATE_NOOP("Messages", "Quoted"),
    Stage.VISIT: QT_TRANSLATE_NOOP("Messages", "At the store"),
    Stage.WON: QT_TRANSLATE_NOOP("Messages", "Policy issued (won)"),
    Stage.LOST: QT_TRANSLATE_NOOP("Messages", "Lost"),
}


class CallOutcome(enum.StrEnum):
    REACHED = "reached"  # 接通
    CALL_BACK = "call_back"  # 接通，约定回电
    REFUSED = "refused"  # 接通，拒绝沟通
    NO_ANSWER = "no_answer"  # 无人接听
    BUSY = "busy"  # 占线
    SWITCHED_OFF = "switched_off"  # 关机/停机
    WRONG_NUMBER = "wrong_number"  # 空号/错号


# Calls that reached the customer: only these count towards the day's target (an unanswered call is no call).
CONNECTED: frozenset[CallOutcome] = frozenset({CallOutcome.REACHED, CallOutcome.CALL_BACK, CallOutcome.REFUSED})

OUTCOME_LABELS: dict[CallOutcome, str] = {
    CallOutcome.REACHED: QT_TRANSLATE_NOOP("Messages", "Reached"),
    CallOutcome.CALL_BACK: QT_TRANSLATE_NOOP("Messages", "Reached, call back later"),
    CallOutcome.REFUSED: QT_TRANSLATE_NOOP("Messages", "Reached, would not talk"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("Messages", "No answer"),
    CallOutcome.BUSY: QT_TRANSLATE_NOOP("Messages", "Busy"),
    CallOutcome.SWITCHED_OFF: QT_TRANSLATE_NOOP("Messages", "Switched off or suspended"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("Messages", "Wrong or empty number"),
}


class LossReason(enum.StrEnum):
    PRICE = "price"  # 价格
    INSURED_ELSEWHERE = "insured_elsewhere"  # 已在他处投保 (which insurer: required)
    CAR_SOLD = "car_sold"  # 车辆已售
    UNREACHABLE = "unreachable"  # 无法联系
    SERVICE = "service"  # 对服务不满
    CLAIMS = "claims"  # 理赔体验差
    LENDER = "lender"  # 贷款车，由银行/金融公司指定投保
    OTHER = "other"  # 其他 (a note: required)


LOSS_LABELS: dict[LossReason, str] = {
    LossReason.PRICE: QT_TRANSLATE_NOOP("Messages", "Price"),
    LossReason.INSURED_ELSEWHERE: QT_TRANSLATE_NOOP("Messages", "Insured elsewhere"),
    LossReason.CAR_SOLD: QT_TRANSLATE_NOOP("Messages", "Car sold"),
    LossReason.UNREACHABLE: QT_TRANSLATE_NOOP("Messages", "Unreachable"),
    LossReason.SERVICE: QT_TRANSLATE_NOOP("Messages", "Unhappy with our service"),
    LossReason.CLAIMS: QT_TRANSLATE_NOOP("Messages", "Unhappy with a claim"),
    LossReason.LENDER: QT_TRANSLATE_NOOP("Messages", "Insurer chosen by the lender"),
    LossReason.OTHER: QT_TRANSLATE_NOOP("Messages", "Other"),
}

# Field names the dialogs show problems at.
STAGE = "stage"
OUTCOME = "outcome"
LOSS_REASON = "loss_reason"
LOSS_INSURER = "loss_insurer"
NOTE = "note"
QUOTE_INSURER = "quote_insurer"
QUOTE_PREMIUM = "quote_premium"
QUOTE_DISCOUNT = "quote_discount"
NEXT_CALL = "next_call_on"
MAX_NAME = 60  # insurer names
MAX_NOTE = 500


def can_move(current: Stage, target: Stage) -> bool:
    """Forward only (a step may be skipped: a customer may come straight to the store); lost from any
    open stage; a won or lost record is final."""
    if current in CLOSED_STAGES:
        return False
    if target is Stage.LOST:
        return True
    return _ORDER.index(target) >= _ORDER.index(current)


def next_stages(current: Stage) -> tuple[Stage, ...]:
    """The stages the record may be moved to from ``current`` (staying where it is included)."""
    return tuple(s for s in (*_ORDER, Stage.LOST) if can_move(current, s))


@dataclass(frozen=True)
class Quote:
    insurer: str
    premium_fen: int
    discount_fen: int = 0


@dataclass(frozen=True)
class CallEntry:
    """What the specialist records for one call: checked by ``check_call`` before anything is written."""

    outcome: CallOutcome | None
    note: str = ""
    quote: Quote | None = None
    next_call_on: date | None = None
    stage: Stage | None = None  # None: the stage stays as it is
    loss_reason: LossReason | None = None
    loss_insurer: str = ""


def check_call(entry: CallEntry, current: Stage, today: date, *, has_quote: bool) -> list[Problem]:
    """Every problem with one call, each at its field.

    A call that leaves the record open says when to call next (today or later): nobody drops out of
    the plan by a forgotten date. A closing call has no next date. Quoting and issuing need a quote
    on record (this call's or an earlier one's).
    """
    problems: list[Problem] = []
    target = entry.stage or current
    if entry.outcome is None:
        problems.append(Problem(OUTCOME, QT_TRANSLATE_NOOP("Messages", "Choose how the call went.")))
    if current in CLOSED_STAGES:
        problems.append(
            Problem(
                STAGE,
                QT_TRANSLATE_NOOP("Messages", "This record is closed ({stage}): nothing more is logged on it."),
                {"stage": STAGE_LABELS[current]},
            )
        )
        return problems
    if not can_move(current, target):
        problems.append(
            Problem(
                STAGE,
                QT_TRANSLATE_NOOP("Messages", "A record moves forward only: {current} cannot go back to {target}."),
                {"current": STAGE_LABELS[current], "target": STAGE_LABELS[target]},
            )
        )
    if len(entry.note) > MAX_NOTE:
        problems.append(Problem(NOTE, QT_TRANSLATE_NOOP("Messages", "At most {most} characters."), {"most": MAX_NOTE}))
    if entry.quote is not None:
        problems.extend(_quote_problems(entry.quote))
    quoted = has_quote or entry.quote is not None
    if target in (Stage.QUOTE, Stage.VISIT, Stage.WON) and not quoted:
        problems.append(
            Problem(
                QUOTE_PREMIUM,
                QT_TRANSLATE_NOOP("Messages", "Record the quote (insurer and premium) before {target}."),
                {"target": STAGE_LABELS[target]},
            )
        )
    if target is not Stage.LOST and (entry.loss_reason is not None or entry.loss_insurer.strip()):
        problems.append(
            Problem(LOSS_REASON, QT_TRANSLATE_NOOP("Messages", "A loss reason is given only when the record is lost."))
        )
    if target is Stage.LOST:
        problems.extend(_loss_problems(entry))
    if target in CLOSED_STAGES:
        if entry.next_call_on is not None:
            problems.append(
                Problem(NEXT_CALL, QT_TRANSLATE_NOOP("Messages", "A closed record has no next call: clear the date."))
            )
    elif entry.next_call_on is None:
        problems.append(Problem(NEXT_CALL, QT_TRANSLATE_NOOP("Messages", "Enter the date of the next call.")))
    elif entry.next_call_on < today:
        problems.append(Problem(NEXT_CALL, QT_TRANSLATE_NOOP("Messages", "The next call cannot be in the past.")))
    return problems


def known_insurer(typed: str, known: Iterable[str]) -> str:
    """The insurer's full name when what was typed names exactly one known insurer ("平安" is
    平安产险), so one company is not counted under two names in the loss analysis; else as typed."""
    name = " ".join(typed.split())
    names = list(dict.fromkeys(known))
    if not name or name in names:
        return name
    matches = [k for k in names if name in k]
    return matches[0] if len(matches) == 1 else name


def _quote_problems(quote: Quote) -> list[Problem]:
    problems: list[Problem] = []
    if not quote.insurer.strip():
        problems.append(Problem(QUOTE_INSURER, QT_TRANSLATE_NOOP("Messages", "Enter the quoting insurer.")))
    elif len(quote.insurer) > MAX_NAME:
        problems.append(
            Problem(QUOTE_INSURER, QT_TRANSLATE_NOOP("Messages", "At most {most} characters."), {"most": MAX_NAME})
        )
    if quote.premium_fen <= 0:
        problems.append(Problem(QUOTE_PREMIUM, QT_TRANSLATE_NOOP("Messages", "Enter the quoted premium.")))
    if quote.discount_fen < 0:
        problems.append(Problem(QUOTE_DISCOUNT, QT_TRANSLATE_NOOP("Messages", "A discount cannot be negative.")))
    return problems


def _loss_problems(entry: CallEntry) -> list[Problem]:
    if entry.loss_reason is None:
        return [Problem(LOSS_REASON, QT_TRANSLATE_NOOP("Messages", "Choose why the renewal was lost."))]
    problems: list[Problem] = []
    insurer = entry.loss_insurer.strip()
    if entry.loss_reason is LossReason.INSURED_ELSEWHERE and not insurer:
        problems.append(Problem(LOSS_INSURER, QT_TRANSLATE_NOOP("Messages", "Which insurer did the customer go to?")))
    if len(insurer) > MAX_NAME:
        problems.append(
            Problem(LOSS_INSURER, QT_TRANSLATE_NOOP("Messages", "At most {most} characters."), {"most": MAX_NAME})
        )
    if entry.loss_reason is LossReason.OTHER and not entry.note.strip():
        problems.append(Problem(NOTE, QT_TRANSLATE_NOOP("Messages", "Say in the note why the renewal was lost.")))
    return problems


# --- the weekly plan ---------------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of ``day``'s week: the plan is built each Monday."""
    return day - timedelta(days=day.weekday())


def first_contact_on(due: date, lead_days: int) -> date:
    """The first call: ``lead_days`` (45 by default) before the policy's earlier expiry."""
    return due - timedelta(days=lead_days)


def policy_due(compulsory: date | None, commercial: date | None) -> date | None:
    """The date the renewal is due: the earlier of the two expiries (a car may have no commercial cover)."""
    dates = [d for d in (compulsory, commercial) if d is not None]
    return min(dates) if dates else None


def call_due_on(due: date, lead_days: int, *, called: bool, next_call_on: date | None, start: date) -> date | None:
    """When the record is due for a call, or None when it is not in a plan starting ``start``.

    Never called: from the first-contact date, while the policy has not expired before the plan's start.
    Called: on its next-call date (an overdue one stays due until it is called).
    """
    if called:
        return next_call_on
    if due < start:
        return None
    return first_contact_on(due, lead_days)


def assign_evenly(
    items: Iterable[int],
    specialists: Iterable[int],
    *,
    keep: Mapping[int, int] | None = None,
    load: Mapping[int, int] | None = None,
    balance: bool = True,
) -> dict[int, int]:
    """Give each item a specialist so that the loads differ by at most one.

    ``keep`` maps an item to the specialist who already follows it: kept when that specialist is in
    ``specialists`` (the customer hears the same voice), with ``balance`` only while they are under an
    even share; ``load`` is each specialist's work already assigned elsewhere. The rest go, in the order
    given, to the least loaded (ties: the first listed).
    """
    people = list(dict.fromkeys(specialists))
    if not people:
        return {}
    items = list(items)
    counts = {p: (load or {}).get(p, 0) for p in people}
    share = -(-(len(items) + sum(counts.values())) // len(people))  # ceiling: an even share
    out: dict[int, int] = {}
    rest: list[int] = []
    for item in items:
        kept = (keep or {}).get(item)
        if kept in counts and (not balance or counts[kept] < share):
            out[item] = kept
            counts[kept] += 1
        else:
            rest.append(item)
    for item in rest:
        who = min(people, key=lambda p: counts[p])
        out[item] = who
        counts[who] += 1
    return out


def progress(connected: int, target: int) -> int:
    """Percent of the day's target reached (capped at 100 for the bar; the figure shows the count)."""
    if target <= 0:
        return 100
    return min(100, connected * 100 // target)


# --- policies ----------------------------------------------------------------------------------------

INSURER = "insurer"
POLICY_NO = "policy_no"
EXPIRY = "expiry"
PREMIUM = "premium"
LAST_YEAR_INSURER = "last_year_insurer"
MAX_POLICY_NO = 40


@dataclass(frozen=True)
class PolicyInput:
    insurer: str
    compulsory_expiry: date | None  # 交强险
    commercial_expiry: date | None  # 商业险
    premium_fen: int
    last_year_insurer: str = ""
    policy_no: str = ""


def check_policy(policy: PolicyInput) -> list[Problem]:
    """A policy names its insurer, has at least one expiry and a premium that is not negative."""
    problems: list[Problem] = []
    if not policy.insurer.strip():
        problems.append(Problem(INSURER, QT_TRANSLATE_NOOP("Messages", "Enter the insurer.")))
    for field, value, most in (
        (INSURER, policy.insurer, MAX_NAME),
        (LAST_YEAR_INSURER, policy.last_year_insurer, MAX_NAME),
        (POLICY_NO, policy.policy_no, MAX_POLICY_NO),
    ):
        if len(value.strip()) > most:
            problems.append(Problem(field, QT_TRANSLATE_NOOP("Messages", "At most {most} characters."), {"most": most}))
    if policy_due(policy.compulsory_expiry, policy.commercial_expiry) is None:
        problems.append(
            Problem(EXPIRY, QT_TRANSLATE_NOOP("Messages", "Enter the compulsory or the commercial expiry date."))
        )
    if policy.premium_fen < 0:
        problems.append(Problem(PREMIUM, QT_TRANSLATE_NOOP("Messages", "The premium cannot be negative.")))
    return problems


def next_year(day: date) -> date:
    """The same day a year later (29 February becomes 28 February): the renewed policy's expiry."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)
