from __future__ import annotations

import pytest

from dealerdesk.domain.messages import Problem, Severity
from dealerdesk.domain.validation import MAX_JUMP_KM, MILEAGE_IN, validate_mileage_in


def only_problem(raw: str | int, last: int | None = None) -> Problem:
    (problem,) = validate_mileage_in(raw, last_recorded_km=last).problems
    assert problem.field == MILEAGE_IN == "mileage_in"
    return problem


@pytest.mark.parametrize(
    ("typed", "km"),
    [
        ("12345", 12345),
        ("12,345", 12345),
        ("1,234,567", 1234567),
        ("12345 km", 12345),
        ("12,345KM", 12345),
        ("12345公里", 12345),
        ("１２，３４５", 12345),  # full-width digits and comma
        ("0", 0),
        (54321, 54321),
    ],
)
def test_typed_forms(typed: str | int, km: int) -> None:
    result = validate_mileage_in(typed)
    assert result.value == km
    assert result.problems == []


def test_empty() -> None:
    problem = only_problem(" ")
    assert (problem.render(), problem.severity) == (
        "Enter the mileage shown on the odometer.",
        Severity.ERROR,
    )


@pytest.mark.parametrize("typed", ["12.5", "12,34", "1,2345", "abc", "12345 miles", "km"])
def test_not_a_whole_number(typed: str) -> None:
    problem = only_problem(typed)
    assert problem.severity is Severity.ERROR
    assert problem.render() == f"Mileage must be a whole number of kilometres, e.g. 12345; you typed {typed}."


@pytest.mark.parametrize(("raw", "shown"), [("-5", "-5"), (-1, "-1")])
def test_negative(raw: str | int, shown: str) -> None:
    assert only_problem(raw).render() == f"Mileage cannot be negative; you typed {shown}."


def test_more_than_an_odometer_shows() -> None:
    assert validate_mileage_in(9_999_999).ok
    problem = only_problem("10000000")
    assert problem.render() == "Mileage 10,000,000 km is more than an odometer can show; check the reading."
    assert problem.is_error


def test_below_last_recorded_reading_is_an_error() -> None:
    result = validate_mileage_in("45,999", last_recorded_km=46_000)
    assert result.value is None
    (problem,) = result.problems
    assert problem.severity is Severity.ERROR
    assert problem.render() == "Mileage 45,999 km is below the 46,000 km already recorded for this vehicle."


def test_same_as_last_reading_is_fine() -> None:
    assert validate_mileage_in(46_000, last_recorded_km=46_000).problems == []


def test_jump_of_exactly_the_limit_is_fine() -> None:
    assert MAX_JUMP_KM == 100_000
    assert validate_mileage_in(146_000, last_recorded_km=46_000).problems == []


def test_jump_over_the_limit_is_a_warning_that_keeps_the_value() -> None:
    result = validate_mileage_in("146001", last_recorded_km=46_000)
    assert result.value == 146_001
    (problem,) = result.problems
    assert problem.severity is Severity.WARNING
    expected = "Mileage 146,001 km is 100,001 km more than at the last visit (46,000 km); confirm it."
    assert problem.render() == expected
