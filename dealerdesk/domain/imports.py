"""Imported lists, whatever they hold (sales lists, insurance policy lists): columns, headers, cells.

A list arrives as a spreadsheet someone else made: headers in Chinese or English, in any
order, sometimes under a title row or a two-level header whose group cell ("车主") is merged
over its parts ("姓名", "手机"). A :class:`ColumnSpec` names each column the import needs with
the headers it is known by; :func:`find_header` finds the header row (or pair of rows) and
where each column is. The reading of files is I/O and lives in ``services/imports``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem

HEADER_ROWS_SEARCHED = 12  # a title, a date line, a note or two, then the header

MISSING_VALUE = QT_TRANSLATE_NOOP("Messages", "{column} is empty.")
BAD_DATE = QT_TRANSLATE_NOOP("Messages", "{column}: {value} is not a date (write it as 2026-11-30).")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Messages", "{column}: {value} is in the future.")
DATE_TOO_OLD = QT_TRANSLATE_NOOP("Messages", "{column}: {value} is before 1990.")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("Messages", "{value} is already in row {row} of this file.")


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # the field name problems are reported on
    label: str  # English source text (context "Messages"), shown in the preview's header
    aliases: tuple[str, ...]  # the headers it is known by, Chinese and English
    required: bool = False  # the file is refused without this column


@dataclass(frozen=True)
class HeaderMatch:
    """Where the header is and which column of the sheet holds each spec column."""

    header_rows: tuple[int, ...]  # 0-based indexes of the row(s) making the header
    columns: dict[str, int]  # spec key -> 0-based column index
    first_data_row: int  # 0-based

    def missing(self, specs: tuple[ColumnSpec, ...]) -> list[ColumnSpec]:
        return [c for c in specs if c.required and c.key not in self.columns]


_NOISE = re.compile(r"[\s*＊:：_\-/()（）\[\]【】]")


def header_key(text: str) -> str:
    """A header as compared: NFKC, case and spaces, stars for "required", brackets and colons dropped."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def _alias_table(specs: tuple[ColumnSpec, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in specs:
        for alias in (spec.key, spec.label, *spec.aliases):
            table.setdefault(header_key(alias), spec.key)
    return table


def _match(parents: list[str] | None, row: list[str], table: dict[str, str]) -> dict[str, int]:
    """Each cell of the row, read with its group cell above first ("车主" + "手机"), then alone."""
    found: dict[str, int] = {}
    for col, cell in enumerate(row):
        child = header_key(cell)
        candidates = []
        if parents is not None:
            parent = header_key(parents[col]) if col < len(parents) else ""
            if parent and parent != child:
                candidates.append(parent + child)
        if child:
            candidates.append(child)
        for candidate in candidates:
            key = table.get(candidate)
            if key is not None and key not in found:
                found[key] = col
                break
    return found


def find_header(rows: list[list[str]], specs: tuple[ColumnSpec, ...]) -> HeaderMatch | None:
    """The header among the first rows: the row (alone, or under a group row) that names most columns.

    Merged cells must already be filled with their value (the reader does it), so a group
    header merged over three columns reads as that group above each of them.
    """
    table = _alias_table(specs)
    best: HeaderMatch | None = None
    for index, row in enumerate(rows[:HEADER_ROWS_SEARCHED]):
        tries: list[tuple[tuple[int, ...], dict[str, int]]] = [((index,), _match(None, row, table))]
        if index > 0:
            tries.append(((index - 1, index), _match(rows[index - 1], row, table)))
        for header_rows, columns in tries:
            if best is None or len(columns) > len(best.columns):
                best = HeaderMatch(header_rows, columns, index + 1)
    return best if best is not None and best.columns else None


_DATE_PATTERNS = (
    re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


def parse_date(text: str) -> date | None:
    """2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日, 20261130 (a time after it is ignored)."""
    typed = unicodedata.normalize("NFKC", text).strip()
    for pattern in _DATE_PATTERNS:
        found = pattern.fullmatch(typed)
        if found:
            try:
                return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            except ValueError:
                return None
    return None


def check_date(text: str, field: str, column: str, today: date) -> tuple[date | None, Problem | None]:
    """A date cell that must be filled, not in the future and not before 1990."""
    if not text.strip():
        return None, Problem(field, MISSING_VALUE, {"column": column})
    day = parse_date(text)
    if day is None:
        return None, Problem(field, BAD_DATE, {"column": column, "value": text})
    if day > today:
        return None, Problem(field, DATE_IN_FUTURE, {"column": column, "value": day.isoformat()})
    if day.year < 1990:
        return None, Problem(field, DATE_TOO_OLD, {"column": column, "value": day.isoformat()})
    return day, None


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees: dates as 2026-11-30, 13800138000 not 13800138000.0."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
