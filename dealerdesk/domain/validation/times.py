"""The promised delivery time (预估交车时间): typed as a person says it, and against the check-in time."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.validation.fields import PROMISED_AT
from dealerdesk.domain.validation.result import ValidationResult

PROMISED_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter the promised delivery time.")
PROMISED_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP(
    "Messages", '"{text}" is not a time. Type it as 17:30, 明天 17:30 (tomorrow 17:30) or 2025-06-12 17:30.'
)
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


# Day words an advisor types before the time; the number is days from today.
DAY_WORDS = {"今天": 0, "今日": 0, "today": 0, "明天": 1, "明日": 1, "tomorrow": 1, "后天": 2, "後天": 2}
_TIME = r"(?P<hour>\d{1,2})(?:[:.点时]\s*(?P<minute>\d{1,2})?\s*分?)?"
_DATE = r"(?:(?P<year>\d{4})[-/.年])?(?P<month>\d{1,2})[-/.月](?P<day>\d{1,2})日?"
_TYPED = re.compile(rf"(?:(?P<word>[^\d\s]+)\s*|{_DATE}\s+)?{_TIME}")


def parse_promised_text(text: str, now: datetime, *, field: str = PROMISED_AT) -> ValidationResult[datetime]:
    """``17:30``, ``明天 17:30``, ``tomorrow 17:30``, ``06-12 17:30`` or ``2025-06-12 17:30``.

    A bare time means the next time the clock shows it: typed at 18:00, ``9:00`` is tomorrow
    morning, which is what the advisor means. The result has ``now``'s time zone (or none).
    """
    typed = unicodedata.normalize("NFKC", text).strip().lower()
    if not typed:
        return ValidationResult(None, [Problem(field, PROMISED_EMPTY)])
    match = _TYPED.fullmatch(typed)
    not_understood = ValidationResult[datetime](None, [Problem(field, PROMISED_NOT_UNDERSTOOD, {"text": text.strip()})])
    if match is None or (match["word"] is not None and match["word"] not in DAY_WORDS):
        return not_understood
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if hour > 23 or minute > 59:
        return not_understood
    at = time(hour, minute)
    try:
        if match["month"] is not None:
            day = date(int(match["year"] or now.year), int(match["month"]), int(match["day"]))
        elif match["word"] is not None:
            day = now.date() + timedelta(days=DAY_WORDS[match["word"]])
        else:
            day = now.date() if at > now.time().replace(tzinfo=None) else now.date() + timedelta(days=1)
    except ValueError:  # 02-30
        return not_understood
    return ValidationResult(datetime.combine(day, at, tzinfo=now.tzinfo))
