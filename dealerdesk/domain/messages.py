"""User-facing messages raised by the domain and the services.

Domain code may not import Qt, yet every message must reach the user in their
language. Messages are English source texts marked with
``QT_TRANSLATE_NOOP("Messages", "...")`` (a no-op here; the context must be that
literal string, lupdate does not read variables) so that ``pyside6-lupdate``
collects them into the ``Messages`` context of the .ts file; the UI translates them with
``QCoreApplication.translate("Messages", text)`` and then fills ``{params}``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


Translate = Callable[[str], str]


def render_text(text: str, params: Mapping[str, Any], translate: Translate) -> str:
    """Translate the text and its label parameters (a tuple of labels is joined with " / ").

    Parameters that are vocabulary labels (roles, categories, statuses) are English source
    texts too; values the user typed are passed through translate unchanged, as no source
    text matches them.
    """

    def one(v: Any) -> Any:
        if isinstance(v, str):
            return translate(v)
        if callable(getattr(v, "render", None)):  # a value that puts labels and numbers together itself
            return v.render(translate)
        if isinstance(v, tuple):
            return " / ".join(str(one(x)) for x in v)
        return v

    return translate(text).format(**{k: one(v) for k, v in params.items()})


def identity(text: str) -> str:
    return text


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"  # the user may confirm and go on


@dataclass(frozen=True)
class Problem:
    """One problem with one field of a form: shown at that field."""

    field: str
    text: str  # English source text with {placeholders}
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def render(self, translate: Translate = identity) -> str:
        return render_text(self.text, self.params, translate)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class DealerDeskError(Exception):
    """An error the user must read: carries an English source text and its parameters."""

    def __init__(self, text: str, **params: Any) -> None:
        super().__init__(render_text(text, params, identity))
        self.text = text
        self.params = params

    def render(self, translate: Translate = identity) -> str:
        return render_text(self.text, self.params, translate)


class ValidationError(DealerDeskError):
    """Input that breaks a rule; ``problems`` says which fields."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0] if problems else None
        super().__init__(first.text if first else "Invalid input", **(dict(first.params) if first else {}))
        self.problems = problems


class PermissionDenied(DealerDeskError):
    pass


class NotFound(DealerDeskError):
    pass


class AccountRevoked(DealerDeskError):
    """The signed-in account was deactivated since sign-in: the window signs the person out."""


class ConflictError(DealerDeskError):
    """Someone else changed the record since it was loaded."""
