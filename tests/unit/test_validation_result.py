from __future__ import annotations

import pytest

from dealerdesk.domain.messages import Problem, Severity
from dealerdesk.domain.validation import ValidationResult

ERROR = Problem("vin", "bad")
WARNING = Problem("vin", "check", severity=Severity.WARNING)


def test_value_without_problems_is_ok() -> None:
    result = ValidationResult("x")
    assert result.ok
    assert result.problems == []


def test_warning_keeps_the_value_and_is_split_from_errors() -> None:
    result = ValidationResult("x", [WARNING])
    assert result.ok
    assert result.warnings == [WARNING]
    assert result.errors == []


def test_error_has_no_value() -> None:
    result: ValidationResult[str] = ValidationResult(None, [ERROR, WARNING])
    assert not result.ok
    assert result.errors == [ERROR]
    assert result.warnings == [WARNING]


@pytest.mark.parametrize(("value", "problems"), [("x", [ERROR]), (None, []), (None, [WARNING])])
def test_value_is_set_exactly_when_there_is_no_error(value: str | None, problems: list[Problem]) -> None:
    with pytest.raises(ValueError, match="exactly when it has no errors"):
        ValidationResult(value, problems)
