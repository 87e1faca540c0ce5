from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from dealerdesk.domain.messages import Severity
from dealerdesk.domain.validation import PROMISED_AT, validate_promised_at

BEIJING = timezone(timedelta(hours=8))
CHECK_IN = datetime(2025, 3, 14, 9, 30, tzinfo=BEIJING)


def test_later_time_passes_unchanged() -> None:
    promised = CHECK_IN + timedelta(minutes=1)
    result = validate_promised_at(promised, CHECK_IN)
    assert result.value is promised
    assert result.problems == []


@pytest.mark.parametrize("promised", [CHECK_IN, CHECK_IN - timedelta(hours=2)])
def test_not_after_check_in(promised: datetime) -> None:
    result = validate_promised_at(promised, CHECK_IN)
    assert result.value is None
    (problem,) = result.problems
    assert problem.field == PROMISED_AT == "promised_at"
    assert problem.severity is Severity.ERROR
    assert problem.render() == "Promised delivery time must be after the check-in time (2025-03-14 09:30)."


def test_aware_times_compare_as_instants_across_zones() -> None:
    # 02:00 UTC is 10:00 in Beijing: after a 09:30 check-in, though the clock digits are smaller.
    assert validate_promised_at(datetime(2025, 3, 14, 2, 0, tzinfo=UTC), CHECK_IN).ok
    # 01:00 UTC is 09:00 in Beijing: before check-in.
    assert not validate_promised_at(datetime(2025, 3, 14, 1, 0, tzinfo=UTC), CHECK_IN).ok


def test_naive_times_compare_on_the_same_clock() -> None:
    check_in = datetime(2025, 3, 14, 9, 30)
    assert validate_promised_at(check_in + timedelta(hours=3), check_in).ok
    assert not validate_promised_at(check_in, check_in).ok


def test_missing_promised_time() -> None:
    (problem,) = validate_promised_at(None, CHECK_IN).problems
    assert (problem.render(), problem.severity) == ("Enter the promised delivery time.", Severity.ERROR)


def test_mixing_aware_and_naive_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="both be timezone-aware or both naive"):
        validate_promised_at(datetime(2025, 3, 14, 18, 0), CHECK_IN)
