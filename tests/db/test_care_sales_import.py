"""Importing sales lists: every row checked like a work order, rejected rows shown with why,
nothing half-imported, a VIN already on file updated, the batch and its rows recorded."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import AuditEntry, Customer, ImportBatch, ImportRow, Outlet, Vehicle
from dealerdesk.domain.care_records import SourceChannel, Usage
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.services.care.sales_import import (
    Sender,
    check_settings,
    import_sales_list,
    last_sender,
    preview_sales_list,
)
from dealerdesk.services.imports.checks import ImportCancelled
from dealerdesk.services.imports.reader import ImportFileError
from tests.care_samples import bad_check_digit, care_user, vin, write_csv, write_xlsx_merged
from tests.helpers import UserSet

TODAY = date(2026, 11, 30)


def _rows() -> list[list[str]]:
    return [
        [vin(1), "川A10001", "朗逸", "白", "2026-11-29", "王芳", "13900000001", "", "", ""],  # good, on time
        [bad_check_digit(2), "川A10002", "帕萨特", "黑", "2026-11-20", "赵强", "13900000002", "", "", ""],
        [vin(3), "川A1000I", "途观", "灰", "2026/11/25", "钱多", "13900000003", "", "", ""],  # plate with I
        [vin(4), "川A10004", "朗逸", "白", "2026-11-26", "孙丽", "1390000004", "", "", ""],  # 10 digits
        [vin(5), "", "宝来", "红", "", "周杰", "13900000005", "", "", ""],  # no sale date
        [vin(1), "川A10001", "朗逸", "白", "2026-11-29", "王芳", "13900000001", "", "", ""],  # row 2 again
        [
            vin(6),
            "川A10006",
            "速腾",
            "蓝",
            "2026年11月20日",
            "吴敏",
            "139 0000 0006",
            "吴小敏",
            "13900000066",
            "网约车",
        ],
    ]


def test_preview_lists_every_rejected_row_and_why(tmp_path: Path, db: Database, people: UserSet) -> None:
    path = write_csv(tmp_path / "销售明细.csv", _rows())
    preview = preview_sales_list(db, people.manager, path, TODAY)
    assert [r.row_no for r in preview.good] == [2, 8]
    reasons = {r.row_no: [p.render() for p in r.problems] for r in preview.rejected}
    assert reasons[3][0].startswith(f"VIN {bad_check_digit(2)} is not valid: its 9th character should be")
    assert reasons[4] == ["Plates never use the letters I or O (did you mean 1 or 0?); you typed 川A1000I."]
    assert reasons[5] == ["Mobile number must be 11 digits starting with 13–19; you typed 1390000004."]
    assert reasons[6] == ["Sale date is empty."]
    assert reasons[7] == [f"{vin(1)} is already in row 2 of this file."]
    assert preview.extra["late"] == 1  # row 8 sold on the 20th, arrived the 30th
    good = preview.good[1].value
    assert good is not None and good.owner_mobile == "13900000006" and good.usage == frozenset({Usage.RIDE_HAILING})
    assert good.sale_date == date(2026, 11, 20) and good.contact_name == "吴小敏"
    with db.read() as s:  # a preview writes nothing
        assert s.scalar(select(func.count()).select_from(Vehicle)) == 0


def test_only_the_good_rows_are_taken_and_every_row_recorded(tmp_path: Path, db: Database, people: UserSet) -> None:
    care = care_user(db, people.admin)
    preview = preview_sales_list(db, care, write_csv(tmp_path / "list.csv", _rows()), TODAY)
    with pytest.raises(DealerDeskError, match="5 rows were rejected"):
        import_sales_list(db, care, preview, SourceChannel.OUTLET, "星河汽车", TODAY, only_good_rows=False)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Vehicle)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0

    result = import_sales_list(
        db, care, preview, SourceChannel.OUTLET, "星河汽车", TODAY, only_good_rows=True, add_outlet=True
    )
    assert (result.created, result.updated, result.rejected, result.late) == (2, 0, 5, 1)
    with db.read() as s:
        outlet = s.scalar(select(Outlet))
        assert outlet is not None and outlet.name == "星河汽车"
        car = s.scalar(select(Vehicle).where(Vehicle.vin == vin(6)))
        assert car is not None and car.owner is not None
        assert (car.owner.name, car.owner.mobile, car.plate, car.model) == ("吴敏", "13900000006", "川A10006", "速腾")
        assert (car.contact_name, car.contact_mobile, car.contact_verified_at) == ("吴小敏", "13900000066", None)
        assert car.warranty_start == date(2026, 11, 20) and car.usage_ride_hailing and not car.usage_taxi
        assert (car.source_channel, car.outlet_id) == ("outlet", outlet.id)
        batch = s.scalar(select(ImportBatch))
        assert batch is not None
        assert (batch.rows_sent, batch.rows_created, batch.rows_rejected, batch.rows_late) == (7, 2, 5, 1)
        assert batch.imported_by_id == care.id and batch.outlet_id == outlet.id and batch.only_good_rows
        rows = s.scalars(select(ImportRow).order_by(ImportRow.row_no)).all()
        assert [(r.row_no, r.outcome, r.late) for r in rows] == [
            (2, "created", False),
            (3, "rejected", False),
            (4, "rejected", False),
            (5, "rejected", False),
            (6, "rejected", False),
            (7, "rejected", False),
            (8, "created", True),
        ]
        assert json.loads(rows[3].problems)[0][0] == "owner_mobile"
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "import_batch"))
        assert entry is not None and entry.user_id == care.id
        assert json.loads(entry.changes)["rejected"] == 5


def test_reimport_of_the_same_vin_updates_the_record(tmp_path: Path, db: Database, people: UserSet) -> None:
    first = [[vin(1), "", "朗逸", "白", "2026-11-29", "王芳", "13900000001", "", "", ""]]
    preview = preview_sales_list(db, people.manager, write_csv(tmp_path / "a.csv", first), TODAY)
    import_sales_list(db, people.manager, preview, SourceChannel.OWN_SALES, "", TODAY, only_good_rows=False)
    with db.write() as s:  # customer care confirmed the contact on the phone
        car = s.scalar(select(Vehicle).where(Vehicle.vin == vin(1)))
        assert car is not None
        car.contact_name, car.contact_mobile = "王小芳", "13900000011"
        car.contact_verified_at, car.contact_verified_by_id = datetime.now().astimezone(), people.manager.id

    # The corrected list: the plate is known now, the owner's mobile was wrong, a new contact.
    again = [
        [vin(1), "川A10001", "朗逸 1.5L", "白", "2026-11-28", "王芳", "13900000009", "王大芳", "13900000012", "公司车"]
    ]
    preview = preview_sales_list(db, people.manager, write_csv(tmp_path / "b.csv", again), TODAY)
    assert preview.updates == 1 and preview.good[0].existing_id is not None
    result = import_sales_list(db, people.manager, preview, SourceChannel.OWN_SALES, "", TODAY, only_good_rows=False)
    assert (result.created, result.updated) == (0, 1)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Vehicle)) == 1
        car = s.scalar(select(Vehicle))
        assert car is not None and car.owner is not None
        assert (car.plate, car.model, car.warranty_start) == ("川A10001", "朗逸 1.5L", date(2026, 11, 28))
        assert (car.owner.name, car.owner.mobile) == ("王芳", "13900000009")
        assert (car.contact_name, car.contact_verified_at, car.contact_verified_by_id) == ("王大芳", None, None)
        assert car.usage_company_car and car.source_channel == "own_sales" and car.outlet_id is None
        assert s.scalar(select(func.count()).select_from(Customer)) == 2  # the old record stays for its orders


def test_cancelled_midway_writes_nothing(tmp_path: Path, db: Database, people: UserSet) -> None:
    rows = [[vin(n), "", "朗逸", "白", "2026-11-29", f"客户{n}", f"139{n:08d}", "", "", ""] for n in range(1, 121)]
    preview = preview_sales_list(db, people.manager, write_csv(tmp_path / "big.csv", rows), TODAY)
    assert len(preview.good) == 120
    seen: list[tuple[int, int]] = []

    def cancel_at_100(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 100

    with pytest.raises(ImportCancelled):
        import_sales_list(db, people.manager, preview, SourceChannel.OWN_SALES, "", TODAY, True, cancel_at_100)
    assert seen == [(50, 120), (100, 120)]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Vehicle)) == 0
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_xlsx_with_chinese_headers_and_merged_header_cells(tmp_path: Path, db: Database, people: UserSet) -> None:
    rows: list[list[object]] = [
        [
            vin(7),
            "朗逸",
            datetime(2026, 11, 29),
            "郑宏",
            13900000007,
            "郑小宏",
            13900000077,
            "李师傅",
            13900000777,
            "出租车",
        ],
        [vin(8), "宝来", "2026-11-29", "冯云", "13900000008", "", "", "", "", ""],
        [None, None, None, None, None, None, None, None, None, None],  # a blank line is skipped
        [vin(9), "宝来", "2026-11-29", "陈晨", "12345", "", "", "", "", ""],
    ]
    path = write_xlsx_merged(tmp_path / "网点销售.xlsx", rows)
    preview = preview_sales_list(db, people.manager, path, TODAY)
    assert [r.row_no for r in preview.good] == [4, 5] and [r.row_no for r in preview.rejected] == [7]
    first = preview.good[0].value
    assert first is not None
    assert (first.owner_name, first.owner_mobile, first.sale_date) == ("郑宏", "13900000007", date(2026, 11, 29))
    assert (first.contact_name, first.contact_mobile) == ("郑小宏", "13900000077")
    assert (first.driver_name, first.driver_mobile, first.usage) == ("李师傅", "13900000777", frozenset({Usage.TAXI}))
    assert preview.rejected[0].problems[0].field == "owner_mobile"


def test_a_file_without_a_required_column_is_refused_as_a_whole(tmp_path: Path, db: Database, people: UserSet) -> None:
    header = ["车架号", "车型", "车主姓名", "车主手机"]
    path = write_csv(tmp_path / "no-date.csv", [[vin(1), "朗逸", "王芳", "13900000001"]], header)
    with pytest.raises(ImportFileError) as refused:
        preview_sales_list(db, people.manager, path, TODAY)
    assert refused.value.render() == (
        "no-date.csv has no column Sale date. The header found in row 1 reads: 车架号 | 车型 | 车主姓名 | 车主手机."
    )


def test_csv_saved_by_excel_in_gb18030_with_english_headers(tmp_path: Path, db: Database, people: UserSet) -> None:
    header = ["VIN", "Plate", "Model", "Colour", "Sale date", "Owner", "Mobile", "Contact", "Contact mobile", "Usage"]
    rows = [[vin(1), "粤B12345", "Lavida", "white", "2026-11-29", "黄飞", "13900000001", "", "", "taxi, company car"]]
    path = write_csv(tmp_path / "sales.csv", rows, header, encoding="gb18030")
    preview = preview_sales_list(db, people.manager, path, TODAY)
    value = preview.good[0].value
    assert value is not None and value.owner_name == "黄飞" and value.usage == {Usage.TAXI, Usage.COMPANY_CAR}


def test_an_outlet_list_must_name_its_outlet(tmp_path: Path, db: Database, people: UserSet) -> None:
    path = write_csv(tmp_path / "a.csv", [[vin(1), "", "朗逸", "白", "2026-11-29", "王芳", "13900000001", "", "", ""]])
    preview = preview_sales_list(db, people.manager, path, TODAY)
    with pytest.raises(DealerDeskError, match="Name the outlet"):
        import_sales_list(db, people.manager, preview, SourceChannel.OUTLET, "  ", TODAY, only_good_rows=False)


def test_the_settings_are_checked_before_the_file_is_read_and_the_last_sender_is_remembered(
    tmp_path: Path, db: Database, people: UserSet
) -> None:
    with pytest.raises(ValidationError) as refused:
        check_settings(db, people.manager, SourceChannel.OUTLET, " ", str(tmp_path / "none.csv"))
    assert [(p.field, p.render()) for p in refused.value.problems] == [
        ("outlet", "Name the outlet that sent this list."),
        ("file", f"There is no file {tmp_path / 'none.csv'}."),
    ]
    with pytest.raises(ValidationError, match="Choose the file"):
        check_settings(db, people.manager, SourceChannel.OWN_SALES, "", "")
    path = write_csv(tmp_path / "a.csv", [[vin(1), "", "朗逸", "白", "2026-11-29", "王芳", "13900000001", "", "", ""]])
    settings = check_settings(db, people.manager, SourceChannel.OUTLET, " 星河汽车 ", f" {path} ")
    assert (settings.sender, settings.path, settings.new_outlet) == (
        Sender(SourceChannel.OUTLET, "星河汽车"),
        path,
        True,
    )
    assert check_settings(db, people.manager, SourceChannel.OWN_SALES, "星河汽车", str(path)).sender.outlet == ""

    assert last_sender(db, people.manager) is None
    preview = preview_sales_list(db, people.manager, path, TODAY)
    import_sales_list(
        db, people.manager, preview, SourceChannel.OUTLET, "星河汽车", TODAY, only_good_rows=False, add_outlet=True
    )
    assert last_sender(db, people.manager) == Sender(SourceChannel.OUTLET, "星河汽车")
    assert last_sender(db, care_user(db, people.admin)) is None  # another person's last list is theirs


def test_the_front_desk_may_not_import(tmp_path: Path, db: Database, people: UserSet) -> None:
    path = write_csv(tmp_path / "a.csv", [[vin(1), "", "朗逸", "白", "2026-11-29", "王芳", "13900000001", "", "", ""]])
    with pytest.raises(DealerDeskError, match="needs the role"):
        preview_sales_list(db, people.advisor, path, TODAY)
