"""Tables as an Excel workbook (.xlsx, openpyxl), as safe to open as the CSV export.

Text cells go through the CSV export's escape (a leading apostrophe before ``=``, ``+``,
``-``, ``@``, tab or carriage return) and are stored as text, never as a formula, so a
customer's ``=HYPERLINK(...)`` cannot run on the manager's PC. Numbers stay numbers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from dealerdesk.reports.csv_export import Cell, escape_cell
from dealerdesk.reports.writing import write_pdf

_MAX_WIDTH = 60  # characters: long notes wrap in the spreadsheet rather than widen it without end


def xlsx_bytes(title: str, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]  # Excel's limit for a sheet name
    widths = [len(h) for h in header]
    table: list[Sequence[Cell]] = [list(header), *rows]
    for r, row in enumerate(table, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, int | Decimal) and not isinstance(value, bool):
                cell.value = value
            else:
                cell.value = escape_cell(value)
                cell.data_type = TYPE_STRING  # text, even when it reads like a formula
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], len(str(cell.value or "")))
    for c in range(1, len(header) + 1):
        sheet.cell(row=1, column=c).font = Font(bold=True)
        # Hanzi are about two characters wide in Excel's default font.
        sheet.column_dimensions[get_column_letter(c)].width = min(_MAX_WIDTH, widths[c - 1] * 2 + 2)
    sheet.freeze_panes = "A2"
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(path: str | os.PathLike[str], title: str, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Path:
    """Write atomically, as the CSV and PDF exports do."""
    return write_pdf(path, xlsx_bytes(title, header, rows))
