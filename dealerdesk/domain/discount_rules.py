"""Discounts on a line or on the whole order (the seed: private discounts given to customers, 私自折扣).

Every discount names its reason; one above the giver's limit (a share of what it is taken
off, set per role in Settings) needs a service manager's approval there and then, by the
manager's own password. The rule is pure: the services load the amounts and the limit.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.roles import Role

AMOUNT = "discount_amount"
REASON = "discount_reason"
NOTE = "discount_note"
TARGET = "discount_target"

# Without a limit in Settings a role gives no discount unapproved; the manager approves, so has none.
UNLIMITED_ROLES = frozenset({Role.MANAGER})
DEFAULT_LIMITS_PCT: dict[str, int] = {Role.ADVISOR.value: 5}


class DiscountTarget(enum.StrEnum):
    ORDER = "order"
    LABOUR = "labour"
    PARTS = "parts"


class DiscountReason(enum.StrEnum):
    LOYAL_CUSTOMER = "loyal_customer"  # 老客户优惠
    COMPLAINT = "complaint"  # 投诉安抚
    FIRST_VISIT = "first_visit"  # 首次进店
    PACKAGE = "package"  # 套餐/代金券
    STAFF = "staff"  # 内部员工
    OTHER = "other"  # 其他: the note says what


DISCOUNT_REASON_LABELS: dict[DiscountReason, str] = {
    DiscountReason.LOYAL_CUSTOMER: QT_TRANSLATE_NOOP("Messages", "Loyal customer"),
    DiscountReason.COMPLAINT: QT_TRANSLATE_NOOP("Messages", "Complaint consolation"),
    DiscountReason.FIRST_VISIT: QT_TRANSLATE_NOOP("Messages", "First visit"),
    DiscountReason.PACKAGE: QT_TRANSLATE_NOOP("Messages", "Package or voucher"),
    DiscountReason.STAFF: QT_TRANSLATE_NOOP("Messages", "Staff"),
    DiscountReason.OTHER: QT_TRANSLATE_NOOP("Messages", "Other"),
}

AMOUNT_POSITIVE = QT_TRANSLATE_NOOP("Messages", "Enter the discount, more than 0 yuan.")
AMOUNT_OVER_BASE = QT_TRANSLATE_NOOP(
    "Messages", "The discount ({amount} yuan) is more than what it is taken off ({base} yuan)."
)
NO_REASON = QT_TRANSLATE_NOOP("Messages", "Choose the reason for the discount.")
OTHER_NEEDS_NOTE = QT_TRANSLATE_NOOP("Messages", "Say in the note what the discount is for.")
NO_LINE = QT_TRANSLATE_NOOP("Messages", "That {kind} line is no longer on the order: choose the line again.")
NEEDS_APPROVAL = QT_TRANSLATE_NOOP(
    "Messages",
    "A discount of {percent}% is above your limit of {limit}%: a service manager must approve it with their "
    "password now.",
)


@dataclass(frozen=True)
class DiscountInput:
    target: DiscountTarget
    line: int | None  # the id of the labour or parts line (its row moves when lines are edited); None: the order
    amount_fen: int | None
    reason: DiscountReason | None
    note: str = ""


def check_discount(data: DiscountInput, base_fen: int) -> list[Problem]:
    """What is wrong with the discount as typed; ``base_fen`` is what it is left of what it is taken off."""
    problems: list[Problem] = []
    if data.amount_fen is None or data.amount_fen <= 0:
        problems.append(Problem(AMOUNT, AMOUNT_POSITIVE))
    elif data.amount_fen > base_fen:
        problems.append(
            Problem(AMOUNT, AMOUNT_OVER_BASE, {"amount": format_yuan(data.amount_fen), "base": format_yuan(base_fen)})
        )
    if data.reason is None:
        problems.append(Problem(REASON, NO_REASON))
    elif data.reason is DiscountReason.OTHER and not data.note.strip():
        problems.append(Problem(NOTE, OTHER_NEEDS_NOTE))
    return problems


def limit_pct(roles: frozenset[Role], limits: Mapping[str, int]) -> int | None:
    """The highest limit among the giver's roles; None: no limit (a service manager)."""
    if roles & UNLIMITED_ROLES:
        return None
    return max((limits.get(r.value, 0) for r in roles), default=0)


def percent_x100(amount_fen: int, base_fen: int) -> int:
    """The discount as hundredths of a percent of its base, rounded up: 5.001% is above a 5% limit."""
    if base_fen <= 0:
        return 10000
    return -(-amount_fen * 10000 // base_fen)


def needs_approval(amount_fen: int, base_fen: int, limit: int | None) -> bool:
    return limit is not None and percent_x100(amount_fen, base_fen) > limit * 100
