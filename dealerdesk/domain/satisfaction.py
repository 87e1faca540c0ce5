"""Satisfaction calls (满意度回访) after delivery, and complaints (投诉) with their remedy.

The source document: every delivered car gets a call; the customer's words are kept verbatim; a
low mark or a customer's call opens a complaint, answered with an apology and a remedy (the
consolation gifts) and closed only by the service manager; the four causes of dissatisfaction
are process not kept, repair quality, slow work and attitude.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.packages_rules import VoucherKind, VoucherSource, VoucherTerms

# The five marks of a call, 1 (very unhappy) to 5 (very happy), in the order they are asked.
RATING_ITEMS: tuple[str, ...] = ("reception", "quality", "timeliness", "price", "overall")
RATING_LABELS: dict[str, str] = {
    "reception": QT_TRANSLATE_NOOP("Messages", "Reception"),
    "quality": QT_TRANSLATE_NOOP("Messages", "Repair quality"),
    "timeliness": QT_TRANSLATE_NOOP("Messages", "Timeliness"),
    "price": QT_TRANSLATE_NOOP("Messages", "Price"),
    "overall": QT_TRANSLATE_NOOP("Messages", "Overall"),
}
WORDS_MAX = 2000


class CallOutcome(enum.StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    SWITCHED_OFF = "switched_off"
    WRONG_NUMBER = "wrong_number"
    DECLINED = "declined"  # reached, but did not want to answer


CALL_OUTCOME_LABELS: dict[CallOutcome, str] = {
    CallOutcome.REACHED: QT_TRANSLATE_NOOP("Messages", "Reached: marks given"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("Messages", "No answer"),
    CallOutcome.BUSY: QT_TRANSLATE_NOOP("Messages", "Busy"),
    CallOutcome.SWITCHED_OFF: QT_TRANSLATE_NOOP("Messages", "Switched off"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("Messages", "Wrong number"),
    CallOutcome.DECLINED: QT_TRANSLATE_NOOP("Messages", "Reached, declined to answer"),
}


@dataclass(frozen=True)
class CallWindow:
    first: date  # the first day the call is due (delivery + first_day)
    last: date  # the last day it is shown (delivery + last_day)

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def call_window(delivered_on: date, first_day: int = 3, last_day: int = 15) -> CallWindow:
    """Day 3 to day 15 after delivery by default (Settings); the delivery day is day 0."""
    return CallWindow(delivered_on + timedelta(days=first_day), delivered_on + timedelta(days=last_day))


def check_call(outcome: CallOutcome, ratings: Mapping[str, int | None], words: str) -> list[Problem]:
    """A reached call has all five marks from 1 to 5; any other outcome has none."""
    problems: list[Problem] = []
    if outcome is CallOutcome.REACHED:
        for item in RATING_ITEMS:
            mark = ratings.get(item)
            if mark is None:
                problems.append(Problem(item, QT_TRANSLATE_NOOP("Messages", "Give a mark from 1 to 5.")))
            elif not 1 <= mark <= 5:
                problems.append(Problem(item, QT_TRANSLATE_NOOP("Messages", "A mark is from 1 to 5.")))
    elif any(ratings.get(item) is not None for item in RATING_ITEMS):
        problems.append(
            Problem("outcome", QT_TRANSLATE_NOOP("Messages", "Marks are kept only when the customer was reached."))
        )
    if len(words) > WORDS_MAX:
        problems.append(
            Problem("words", QT_TRANSLATE_NOOP("Messages", "At most {max} characters."), {"max": WORDS_MAX})
        )
    if "\x00" in words:
        problems.append(Problem("words", QT_TRANSLATE_NOOP("Messages", "The text contains a NUL character.")))
    return problems


def low_items(ratings: Mapping[str, int | None], threshold: int = 3) -> list[str]:
    """The items marked at or below ``threshold`` (Settings): any one of them opens a complaint."""
    return [item for item in RATING_ITEMS if (mark := ratings.get(item)) is not None and mark <= threshold]


def average(marks: Sequence[int]) -> float | None:
    return sum(marks) / len(marks) if marks else None


# --- complaints ------------------------------------------------------------------------------


class ComplaintCause(enum.StrEnum):
    PROCESS = "process"  # 流程执行
    QUALITY = "quality"  # 维修质量
    SLOW = "slow"  # 维修进度
    ATTITUDE = "attitude"  # 服务态度


COMPLAINT_CAUSE_LABELS: dict[ComplaintCause, str] = {
    ComplaintCause.PROCESS: QT_TRANSLATE_NOOP("Messages", "Process not kept"),
    ComplaintCause.QUALITY: QT_TRANSLATE_NOOP("Messages", "Repair quality"),
    ComplaintCause.SLOW: QT_TRANSLATE_NOOP("Messages", "Slow work"),
    ComplaintCause.ATTITUDE: QT_TRANSLATE_NOOP("Messages", "Attitude"),
}


class ComplaintSource(enum.StrEnum):
    LOW_RATING = "low_rating"
    CUSTOMER_CALL = "customer_call"
    FRONT_DESK = "front_desk"


COMPLAINT_SOURCE_LABELS: dict[ComplaintSource, str] = {
    ComplaintSource.LOW_RATING: QT_TRANSLATE_NOOP("Messages", "Low mark on a satisfaction call"),
    ComplaintSource.CUSTOMER_CALL: QT_TRANSLATE_NOOP("Messages", "Customer's call"),
    ComplaintSource.FRONT_DESK: QT_TRANSLATE_NOOP("Messages", "Front desk"),
}


@dataclass(frozen=True)
class ComplaintState:
    """What closing a complaint needs: the cause, who is responsible, the apology, the remedy."""

    description: str
    cause: ComplaintCause | None
    responsible_id: int | None
    apology_by_id: int | None
    remedy: str
    gift: str


def check_open(description: str, car_named: bool) -> list[Problem]:
    """What the customer said, and which car (an order, a call on an order, or a plate)."""
    problems: list[Problem] = []
    if not description.strip():
        problems.append(
            Problem("description", QT_TRANSLATE_NOOP("Messages", "Write down what the customer said, in their words."))
        )
    if not car_named:
        problems.append(Problem("order", QT_TRANSLATE_NOOP("Messages", "Name the order or the car's plate.")))
    return problems


def check_close(c: ComplaintState) -> list[Problem]:
    """A complaint closes only with its cause, the person responsible, an apology and a remedy."""
    problems: list[Problem] = []
    if c.cause is None:
        problems.append(Problem("cause", QT_TRANSLATE_NOOP("Messages", "Choose the cause before closing.")))
    if c.responsible_id is None:
        problems.append(Problem("responsible", QT_TRANSLATE_NOOP("Messages", "Name the person responsible.")))
    if c.apology_by_id is None:
        problems.append(Problem("apology", QT_TRANSLATE_NOOP("Messages", "Record who apologised to the customer.")))
    if not c.remedy.strip() and not c.gift.strip():
        problems.append(Problem("remedy", QT_TRANSLATE_NOOP("Messages", "Record the remedy or a consolation gift.")))
    return problems


def recent(closed_on: date | None, today: date, days: int = 90) -> bool:
    """An open complaint, or one closed within ``days``, flags the car at its next check-in."""
    return closed_on is None or (today - closed_on).days <= days


_GIFT_AMOUNT = re.compile(r"(\d[\d,]*)\s*(?:元|yuan)", re.IGNORECASE)
_MONEY_WORDS = ("券", "基金", "voucher", "fund")


def gift_voucher_terms(gift: str, complaint_id: int, today: date, valid_days: int = 365) -> VoucherTerms:
    """The voucher a consolation gift becomes: money off when it names a voucher or fund ("Renewal voucher
    (100 yuan)"), else the service itself, free up to the amount it names ("Wheel alignment (400 yuan)")."""
    found = _GIFT_AMOUNT.search(gift)
    value_fen = int(found.group(1).replace(",", "")) * 100 if found else 0
    name = re.sub(r"[（(][^）)]*[）)]", "", gift).strip() or gift.strip()
    money = value_fen > 0 and any(word in gift.lower() for word in _MONEY_WORDS)
    return VoucherTerms(
        kind=VoucherKind.VALUE if money else VoucherKind.SERVICE,
        source=VoucherSource.COMPLAINT,
        reason=f"{gift.strip()} · #{complaint_id}",
        valid_until=today + timedelta(days=valid_days),
        value_fen=value_fen,
        service="" if money else name,
        pay_pct=0,
    )
