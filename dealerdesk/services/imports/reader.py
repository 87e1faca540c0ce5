"""Reading a list file into rows of text: CSV (UTF-8 or GB18030, as Excel in China saves it) or .xlsx.

Merged cells of a sheet are filled with their value, so a header merged across columns or
rows reads like a plain one; the header itself is found by ``domain.imports.find_header``.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from dealerdesk.domain.imports import ColumnSpec, HeaderMatch, cell_text, find_header
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError

FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "{name} cannot be read as a list ({reason}): save it as .xlsx or .csv and try again."
)
FILE_KIND = QT_TRANSLATE_NOOP("Messages", "{name} is not a .csv or .xlsx file.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "Messages", "No header row found in {name}: the first rows should name the columns, such as {expected}."
)
MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "Messages", "{name} has no column {missing}. The header found in row {row} reads: {found}."
)
EMPTY_FILE = QT_TRANSLATE_NOOP("Messages", "{name} holds no rows under its header.")


class ImportFileError(DealerDeskError):
    """The file as a whole cannot be imported (unreadable, no header, a required column missing)."""


@dataclass(frozen=True)
class SourceRow:
    row_no: int  # as the spreadsheet numbers it (1 = the first line)
    cells: dict[str, str]  # spec key -> text; columns the file lacks are ""


@dataclass(frozen=True)
class SourceTable:
    file_name: str
    header_row_no: int  # the (last) header line, 1-based
    found: tuple[str, ...]  # spec keys the file has
    rows: tuple[SourceRow, ...]


def _csv_grid(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # gb18030 decodes any byte string; kept for the type checker
        raise UnicodeDecodeError("gb18030", data, 0, 1, "undecodable")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx_grid(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    # Not read-only: merged ranges are known only to a fully loaded sheet.
    book = load_workbook(path, data_only=True)
    try:
        sheet = book.worksheets[0]
        grid = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:
            value = grid[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
                row = grid[r]
                row.extend([""] * (merged.max_col - len(row)))
                for c in range(merged.min_col - 1, merged.max_col):
                    row[c] = value
        return grid
    finally:
        book.close()


def read_grid(path: Path) -> list[list[str]]:
    name = path.name
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _csv_grid(path.read_bytes())
        if suffix in (".xlsx", ".xlsm"):
            return _xlsx_grid(path)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, csv.Error) as err:
        raise ImportFileError(FILE_UNREADABLE, name=name, reason=str(err) or type(err).__name__) from err
    raise ImportFileError(FILE_KIND, name=name)


def read_table(path: Path, specs: tuple[ColumnSpec, ...]) -> SourceTable:
    """The file's data rows by spec key; refused as a whole when a required column is missing."""
    grid = read_grid(path)
    match: HeaderMatch | None = find_header(grid, specs)
    name = path.name
    if match is None:
        expected = tuple(s.label for s in specs if s.required)
        raise ImportFileError(NO_HEADER, name=name, expected=expected)
    missing = match.missing(specs)
    if missing:
        header = grid[match.header_rows[-1]]
        raise ImportFileError(
            MISSING_COLUMNS,
            name=name,
            missing=tuple(s.label for s in missing),
            row=match.header_rows[-1] + 1,
            found=" | ".join(c for c in header if c),
        )
    rows = []
    for index in range(match.first_data_row, len(grid)):
        line = grid[index]
        cells = {key: (line[col] if col < len(line) else "") for key, col in match.columns.items()}
        if not any(cells.values()):
            continue  # blank lines and the sheet's empty tail
        rows.append(SourceRow(index + 1, {s.key: cells.get(s.key, "") for s in specs}))
    if not rows:
        raise ImportFileError(EMPTY_FILE, name=name)
    return SourceTable(name, match.header_rows[-1] + 1, tuple(match.columns), tuple(rows))
