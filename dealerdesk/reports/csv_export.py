"""Tables as CSV for a spreadsheet, safe to open: no cell is ever run as a formula.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which
some spreadsheets skip before looking) is read as a formula by Excel and WPS, so a
customer's text such as ``=HYPERLINK(...)`` could run on the manager's PC. Such text
cells get a leading apostrophe, the spreadsheet's own "this is text" mark. Numbers are
written as numbers: a negative count or amount is data, not a formula.

UTF-8 with a byte-order mark, so that Excel on a Chinese Windows reads the hanzi right.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from dealerdesk.reports.writing import write_pdf

Cell = str | int | Decimal | None
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: Cell) -> str:
    """The text of one cell as written to the file."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | Decimal):
        return str(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([escape_cell(h) for h in header])
    for row in rows:
        writer.writerow([escape_cell(c) for c in row])
    return out.getvalue()


def write_csv(path: str | os.PathLike[str], header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Path:
    """Write atomically (a half-written file never replaces a good one), with a BOM for Excel."""
    return write_pdf(path, ("\ufeff" + csv_text(header, rows)).encode("utf-8"))
