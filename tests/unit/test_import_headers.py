"""Finding a list's header: Chinese or English, under a title, or two levels with merged group cells."""

from __future__ import annotations

from datetime import date

from dealerdesk.domain.imports import ColumnSpec, cell_text, check_date, find_header, header_key, parse_date

SPECS = (
    ColumnSpec("vin", "VIN", ("车架号",), required=True),
    ColumnSpec("owner_name", "Owner", ("车主", "车主姓名", "姓名")),
    ColumnSpec("owner_mobile", "Owner's mobile", ("车主手机", "手机")),
    ColumnSpec("contact_name", "Contact", ("联系人", "联系人姓名")),
    ColumnSpec("contact_mobile", "Contact's mobile", ("联系人手机",)),
)


def test_header_keys_ignore_width_case_stars_and_brackets() -> None:
    assert header_key("＊车架号（必填）") == header_key("车架号必填")
    assert header_key(" Owner's Mobile ") == header_key("owner'smobile")


def test_a_title_row_above_a_plain_header() -> None:
    rows = [["星河汽车 11月销售明细", "", ""], ["车架号", "车主姓名", "手机"], ["LSV…", "王芳", "139"]]
    match = find_header(rows, SPECS)
    assert match is not None
    assert match.header_rows == (1,) and match.first_data_row == 2
    assert match.columns == {"vin": 0, "owner_name": 1, "owner_mobile": 2}


def test_two_levels_read_each_part_under_its_group() -> None:
    # Merged cells filled by the reader: 车架号 spans both rows, 车主 and 联系人 two columns each.
    rows = [
        ["车架号", "车主", "车主", "联系人", "联系人"],
        ["车架号", "姓名", "手机", "姓名", "手机"],
    ]
    match = find_header(rows, SPECS)
    assert match is not None and match.header_rows == (0, 1) and match.first_data_row == 2
    assert match.columns == {"vin": 0, "owner_name": 1, "owner_mobile": 2, "contact_name": 3, "contact_mobile": 4}


def test_no_header_among_the_first_rows() -> None:
    assert find_header([["a", "b"], ["1", "2"]], SPECS) is None


def test_dates_as_people_write_them() -> None:
    for text in ("2026-11-30", "2026/11/30", "2026.11.30", "2026年11月30日", "20261130", "2026-11-30 14:05:00"):
        assert parse_date(text) == date(2026, 11, 30), text
    assert parse_date("2026-02-30") is None and parse_date("30/11/2026") is None
    today = date(2026, 12, 1)
    assert check_date("2026-12-02", "sale_date", "Sale date", today)[1] is not None
    assert check_date("1989-12-31", "sale_date", "Sale date", today)[1] is not None
    assert check_date("2026-12-01", "sale_date", "Sale date", today) == (today, None)


def test_cells_as_a_person_sees_them() -> None:
    from datetime import datetime

    assert cell_text(13900000001.0) == "13900000001"
    assert cell_text(datetime(2026, 11, 30)) == "2026-11-30"
    assert cell_text(None) == "" and cell_text("  川A12345 ") == "川A12345"
