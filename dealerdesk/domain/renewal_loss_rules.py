"""战败分析: the loss analysis's periods (day, week from Monday, month) and its rates.

A period counts the follow-up records closed in it (won or lost): the loss rate is lost over closed,
a reason's or an insurer's share is its losses over all losses. Rates are percentages with one
decimal, 0 when nothing was closed (no division by zero on a quiet day).
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP


class PeriodKind(enum.StrEnum):
    DAY = "day"
    WEEK = "week"  # Monday to Sunday, as the weekly plan
    MONTH = "month"


PERIOD_LABELS: dict[PeriodKind, str] = {
    PeriodKind.DAY: QT_TRANSLATE_NOOP("Messages", "Day"),
    PeriodKind.WEEK: QT_TRANSLATE_NOOP("Messages", "Week"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Messages", "Month"),
}


def period_of(kind: PeriodKind, day: date) -> tuple[date, date]:
    """The period holding ``day``: its first day and the day after its last."""
    if kind is PeriodKind.DAY:
        return day, day + timedelta(days=1)
    if kind is PeriodKind.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=7)
    start = day.replace(day=1)
    return start, (start + timedelta(days=32)).replace(day=1)


def periods_before(kind: PeriodKind, day: date, count: int) -> list[tuple[date, date]]:
    """``count`` periods ending with the one holding ``day``, oldest first (the trend chart's bars)."""
    out = [period_of(kind, day)]
    while len(out) < count:
        out.append(period_of(kind, out[-1][0] - timedelta(days=1)))
    return out[::-1]


def rate_pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def period_label(kind: PeriodKind, start: date) -> str:
    """Short label of a period for charts and paper: 2026-12-02, 2026-11-30~12-06, 2026-12."""
    if kind is PeriodKind.DAY:
        return start.isoformat()
    if kind is PeriodKind.WEEK:
        end = start + timedelta(days=6)
        return f"{start.isoformat()}~{end.strftime('%m-%d')}"
    return start.strftime("%Y-%m")
