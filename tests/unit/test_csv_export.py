from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from dealerdesk.reports.csv_export import csv_text, escape_cell, write_csv


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+86 138", "'+86 138"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("王师傅", "王师傅"),
        ("a=b", "a=b"),  # only the first character matters
        ("", ""),
        (None, ""),
        (-5, "-5"),  # numbers are data, never escaped
        (Decimal("-12.50"), "-12.50"),
        (Decimal("33.33"), "33.33"),
    ],
)
def test_escape_cell(value: str | int | Decimal | None, written: str) -> None:
    assert escape_cell(value) == written


def test_quotes_commas_and_newlines_survive_a_round_trip() -> None:
    text = csv_text(["Group", "Count"], [['机电一组, 班组"A"\n第二行', 3], ["=1+1", None]])
    rows = list(csv.reader(text.splitlines(keepends=True)))
    assert rows == [["Group", "Count"], ['机电一组, 班组"A"\n第二行', "3"], ["'=1+1", ""]]


def test_file_has_a_bom_for_excel(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", ["技师"], [["王师傅"]])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "王师傅".encode() in data
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind
