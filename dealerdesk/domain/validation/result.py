"""The one return type shared by every validator."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from dealerdesk.domain.messages import Problem

T = TypeVar("T")


@dataclass(frozen=True)
class ValidationResult(Generic[T]):
    """A normalised value, or the problems that stop it from being one.

    ``value`` is set exactly when there is no ERROR; WARNINGs may come with a value,
    because the advisor may confirm them and go on (a VIN from a maker that skips the
    check digit, a big mileage jump).
    """

    value: T | None
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Guard the contract above so that callers can trust ``value`` without re-checking.
        has_errors = any(p.is_error for p in self.problems)
        if (self.value is None) != has_errors:
            raise ValueError("a ValidationResult holds a value exactly when it has no errors")

    @property
    def ok(self) -> bool:
        """True when the value can be used (after the advisor confirms any warnings)."""
        return self.value is not None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]
