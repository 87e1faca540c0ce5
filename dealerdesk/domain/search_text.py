"""The one normalisation both stored names and typed searches go through.

Chinese input methods type full-width brackets, digits and letters ("锦程（成都）"), other
programs paste half-width ones: NFKC folds both to one form, case folding makes the
match independent of case on every database (PostgreSQL's LIKE is case-sensitive), and
runs of white space count as one space. The search index reuses this function, so what
is stored and what is typed always meet.
"""

from __future__ import annotations

import re
import unicodedata

# Longer than any searchable field (names hold 100 characters): nothing longer can match,
# and SQLite refuses LIKE patterns past 50,000 bytes.
MAX_SEARCH_LENGTH = 100

_SPACES = re.compile(r"\s+")


def search_key(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
