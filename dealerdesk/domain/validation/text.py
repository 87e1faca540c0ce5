"""Characters no stored text may hold, on either database.

PostgreSQL refuses NUL in text outright and SQLite stores it silently; the other C0
control characters (and DEL) are invisible on screen and break paper and exports. The
same rule runs on both backends, so a value is refused alike with a message that says
where, instead of a driver error on one and a hidden character on the other. Tab and
line breaks stay allowed: notes and descriptions are multi-line.
"""

from __future__ import annotations

import re
from typing import Final

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem

CONTROL_CHARACTER: Final = QT_TRANSLATE_NOOP(
    "Messages",
    "The text holds an invisible control character (code {code}) at position {position}: "
    "delete it (it often comes with text copied from another program) and save again.",
)

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_character_problem(text: str, field: str) -> Problem | None:
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    return Problem(field, CONTROL_CHARACTER, {"code": f"U+{ord(found.group()):04X}", "position": found.start() + 1})


def strip_control_characters(text: str) -> str:
    """For search terms: a stray control character can match nothing, so it is dropped."""
    return _FORBIDDEN.sub("", text)
