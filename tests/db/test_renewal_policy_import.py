"""The insurance department's policy list: every row checked, rejected rows said why, a car's policy of
the same year updated (a list imported twice changes nothing), the batch recorded."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, ImportBatch, InsurancePolicy, Vehicle
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.renewal.policy_import import import_policy_list, preview_policy_list
from tests.care_samples import bad_check_digit, vin
from tests.helpers import UserSet

HEADER = ["车架号", "车牌号", "保险公司", "保单号", "交强险到期日", "商业险到期日", "保费", "上年保险公司"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="gb18030") as f:  # as Excel in China saves it
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


@pytest.fixture
def cars(db: Database) -> list[str]:
    vins = [vin(n) for n in range(1, 4)]
    with db.write() as s:
        for n, v in enumerate(vins, 1):
            s.add(
                Vehicle(
                    vin=v, plate=f"川A0000{n}", model="朗逸", owner=Customer(name=f"车主{n}", mobile=f"1390000000{n}")
                )
            )
    return vins


def test_rows_are_checked_and_only_the_good_ones_taken(
    db: Database, people: UserSet, cars: list[str], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "保险部11月.csv",
        [
            [cars[0], "川A00001", "人保财险", "PDAA2026001", "2027-01-20", "2027/01/25", "4,820.50", "平安产险"],
            [cars[1], "", "太平洋产险", "", "", "2027年2月3日", "3600", ""],
            [bad_check_digit(9), "", "人保财险", "", "2027-01-20", "", "3000", ""],
            [vin(77), "", "人保财险", "", "2027-01-20", "", "3000", ""],  # a car not on file
            [cars[2], "", "", "", "", "", "abc", ""],
            [cars[0], "", "人保财险", "", "2027-01-20", "", "4000", ""],  # the same car again
        ],
    )
    preview = preview_policy_list(db, people.manager, path)
    assert [r.row_no for r in preview.good] == [2, 3]
    why = {r.row_no: [p.field for p in r.problems] for r in preview.rejected}
    assert why == {
        4: ["vin"],
        5: ["vin"],
        6: ["compulsory_expiry", "premium", "insurer"],
        7: ["vin"],
    }
    assert preview.rejected[1].problems[0].params == {"vin": vin(77)}
    with pytest.raises(DealerDeskError, match="4 rows were rejected"):
        import_policy_list(db, people.manager, preview, only_good_rows=False)

    done = import_policy_list(db, people.manager, preview, only_good_rows=True)
    assert (done.created, done.updated, done.rejected) == (2, 0, 4)
    with db.read() as s:
        rows = s.execute(
            select(Vehicle.vin, InsurancePolicy.policy_year, InsurancePolicy.insurer, InsurancePolicy.due_on,
                   InsurancePolicy.premium_fen, InsurancePolicy.last_year_insurer, InsurancePolicy.source)
            .join(Vehicle, Vehicle.id == InsurancePolicy.vehicle_id)
            .order_by(Vehicle.vin)
        ).all()  # fmt: skip
        batch = s.scalars(select(ImportBatch)).one()
    assert [tuple(r) for r in rows] == [
        (cars[0], 2027, "人保财险", date(2027, 1, 20), 482_050, "平安产险", "import"),
        (cars[1], 2027, "太平洋产险", date(2027, 2, 3), 360_000, "", "import"),
    ]
    assert (batch.kind, batch.rows_sent, batch.rows_created, batch.rows_rejected) == ("policies", 6, 2, 4)

    again = preview_policy_list(db, people.manager, path)
    assert again.updates == 2  # the same cars and year: updates, not new policies
    import_policy_list(db, people.manager, again, only_good_rows=True)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(InsurancePolicy)) == 2


def test_an_xlsx_list_under_a_title_is_read(db: Database, people: UserSet, cars: list[str], tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2026年11月 续保清单"])
    sheet.append(["VIN", "Insurer", "Compulsory expiry", "Premium"])
    sheet.append([cars[2], "国寿财险", date(2027, 3, 1), 5120])
    path = tmp_path / "policies.xlsx"
    book.save(path)
    preview = preview_policy_list(db, people.manager, path)
    assert len(preview.good) == 1 and not preview.rejected
    row = preview.good[0].value
    assert row is not None and (row.policy.compulsory_expiry, row.policy.premium_fen) == (date(2027, 3, 1), 512_000)
