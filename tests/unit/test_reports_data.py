"""Paper data, label tables, number formats and writing the file."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from enum import Enum
from pathlib import Path

import pytest

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.reports import QcSignOff, write_pdf
from dealerdesk.reports.formatting import kilometres, local_time, quantity
from dealerdesk.reports.labels import LANGUAGES, labels_for


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        QcSignOff(QcLevel.FINAL, "周", datetime(2025, 6, 12, 9, 0), passed=True, round_no=1)


def test_qc_rounds_count_from_one() -> None:
    with pytest.raises(ValueError, match="round_no"):
        QcSignOff(QcLevel.FINAL, "周", datetime(2025, 6, 12, 9, 0, tzinfo=UTC), passed=True, round_no=0)


def test_times_print_in_the_dealers_zone() -> None:
    shanghai = timezone(timedelta(hours=8))
    assert local_time(datetime(2025, 6, 12, 1, 5, tzinfo=UTC), shanghai) == "2025-06-12 09:05"


@pytest.mark.parametrize(("x1000", "shown"), [(1000, "1"), (4500, "4.5"), (1250, "1.25"), (1, "0.001"), (0, "0")])
def test_quantities_drop_trailing_zeros(x1000: int, shown: str) -> None:
    assert quantity(x1000) == shown


def test_kilometres_are_grouped() -> None:
    assert kilometres(45230, "km") == "45,230 km"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_vocabulary_value_has_a_label(lang: str) -> None:
    labels = labels_for(lang)
    for field in dataclasses.fields(labels):
        value = getattr(labels, field.name)
        if isinstance(value, dict):
            enum_type = type(next(iter(value)))
            assert issubclass(enum_type, Enum)
            assert set(value) == set(enum_type), (lang, field.name)
        elif isinstance(value, str):
            assert value.strip(), (lang, field.name)
    assert "{page}" in labels.page_of and "{total}" in labels.page_of
    assert "{title}" in labels.continued and "{n}" in labels.round_no


def test_an_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="zh_CN"):
        labels_for("fr")


def test_write_pdf_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "order.pdf"
    target.write_bytes(b"old")
    assert write_pdf(target, b"%PDF-new") == target
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["order.pdf"]


def test_write_pdf_into_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DealerDeskError) as caught:
        write_pdf(tmp_path / "nowhere" / "order.pdf", b"%PDF")
    assert "nowhere" in str(caught.value)
