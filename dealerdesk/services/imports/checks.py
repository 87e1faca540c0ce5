"""Checking every row of a list before anything is written: the preview the user decides on.

The caller's check turns a row into its value or its problems (the same validators as the
forms that type the data by hand); a key seen again in the file is refused in the later row,
so one file never writes the same record twice. Warnings keep the row, and are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from dealerdesk.domain.imports import DUPLICATE_KEY
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Problem
from dealerdesk.services.imports.reader import SourceRow, SourceTable

T = TypeVar("T")

# (rows done, rows in all) -> False when the person pressed Cancel.
Progress = Callable[[int, int], bool]
PROGRESS_EVERY = 50  # rows between two progress reports: the dialog stays live, the import fast

CANCELLED = QT_TRANSLATE_NOOP("Messages", "Import cancelled: nothing was written.")


class ImportCancelled(DealerDeskError):
    def __init__(self) -> None:
        super().__init__(CANCELLED)


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell the progress dialog, every PROGRESS_EVERY rows and at the end; stop when cancelled."""
    if progress is not None and (done % PROGRESS_EVERY == 0 or done == total) and not progress(done, total):
        raise ImportCancelled()


@dataclass(frozen=True)
class CheckedRow(Generic[T]):
    row_no: int
    key: str  # the record's identity as normalised (a VIN); "" when it could not be read
    cells: dict[str, str]  # as read, for the preview
    value: T | None  # None: rejected
    problems: tuple[Problem, ...] = ()  # errors (rejected) or warnings (kept)
    existing_id: int | None = None  # the record this row updates; None: a new one

    @property
    def rejected(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Preview(Generic[T]):
    file_name: str
    rows: tuple[CheckedRow[T], ...]
    extra: dict[str, int] = field(default_factory=dict)  # counts the caller adds (rows sent late ...)

    @property
    def good(self) -> list[CheckedRow[T]]:
        return [r for r in self.rows if not r.rejected]

    @property
    def rejected(self) -> list[CheckedRow[T]]:
        return [r for r in self.rows if r.rejected]

    @property
    def updates(self) -> int:
        return sum(1 for r in self.rows if not r.rejected and r.existing_id is not None)


RowCheck = Callable[[SourceRow], tuple[str, T | None, list[Problem]]]


def check_rows(
    table: SourceTable, check: RowCheck[T], key_field: str, progress: Progress | None = None
) -> list[CheckedRow[T]]:
    """Every row checked; a key repeated after a good row is refused in the later row."""
    out: list[CheckedRow[T]] = []
    kept: dict[str, int] = {}
    total = len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        key, value, problems = check(row)
        if value is not None and key in kept:
            problems = [Problem(key_field, DUPLICATE_KEY, {"value": key, "row": kept[key]})]
            value = None
        if value is not None and key:
            kept[key] = row.row_no
        out.append(CheckedRow(row.row_no, key, row.cells, value, tuple(problems)))
        report(progress, done, total)
    return out
