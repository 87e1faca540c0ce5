"""The promised delivery time (预估交车时间) against the check-in time."""

from __future__ import annotations

from datetime import datetime

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.validation.fields import PROMISED_AT
from dealerdesk.domain.validation.result import ValidationResult

PROMISED_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter the promised delivery time.")
PROMISED_NOT_AFTER_CHECK_IN = QT_TRANSLATE_NOOP(
    "Messages",
    "Promised delivery time must be after the check-in time ({checked_in_at:%Y-%m-%d %H:%M}).",
)


def validate_promised_at(
    promised_at: datetime | None, checked_in_at: datetime, *, field: str = PROMISED_AT
) -> ValidationResult[datetime]:
    """Validate the promised delivery time; returns it unchanged.

    Both times are timezone-aware (compared as instants, whatever their zones) or both
    naive (same local clock). Mixing them is a programming error: ValueError, because
    guessing the machine's time zone here would make the rule depend on the PC.
    The message shows ``checked_in_at`` as given: pass it in the advisor's local zone.
    """
    if promised_at is None:
        return ValidationResult(None, [Problem(field, PROMISED_EMPTY)])
    if (promised_at.utcoffset() is None) != (checked_in_at.utcoffset() is None):
        raise ValueError("promised_at and checked_in_at must both be timezone-aware or both naive")
    if promised_at <= checked_in_at:
        too_early = Problem(field, PROMISED_NOT_AFTER_CHECK_IN, {"checked_in_at": checked_in_at})
        return ValidationResult(None, [too_early])
    return ValidationResult(promised_at)
