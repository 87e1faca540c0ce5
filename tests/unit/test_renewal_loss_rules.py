"""The loss analysis's periods and rates."""

from __future__ import annotations

from datetime import date

from dealerdesk.domain.renewal_loss_rules import PeriodKind, period_label, period_of, periods_before, rate_pct


def test_a_period_holds_its_day_and_the_week_starts_on_monday() -> None:
    wednesday = date(2026, 12, 2)
    assert period_of(PeriodKind.DAY, wednesday) == (wednesday, date(2026, 12, 3))
    assert period_of(PeriodKind.WEEK, wednesday) == (date(2026, 11, 30), date(2026, 12, 7))
    assert period_of(PeriodKind.WEEK, date(2026, 11, 30)) == (date(2026, 11, 30), date(2026, 12, 7))
    assert period_of(PeriodKind.MONTH, date(2026, 12, 31)) == (date(2026, 12, 1), date(2027, 1, 1))
    assert period_of(PeriodKind.MONTH, date(2027, 2, 14)) == (date(2027, 2, 1), date(2027, 3, 1))


def test_the_trend_runs_back_from_the_period_shown() -> None:
    months = periods_before(PeriodKind.MONTH, date(2027, 1, 15), 3)
    assert [m[0] for m in months] == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    weeks = periods_before(PeriodKind.WEEK, date(2026, 12, 2), 2)
    assert weeks == [(date(2026, 11, 23), date(2026, 11, 30)), (date(2026, 11, 30), date(2026, 12, 7))]


def test_rates_and_labels() -> None:
    assert rate_pct(1, 3) == 33.3
    assert rate_pct(0, 0) == 0.0
    assert period_label(PeriodKind.WEEK, date(2026, 11, 30)) == "2026-11-30~12-06"
    assert period_label(PeriodKind.MONTH, date(2026, 12, 1)) == "2026-12"
