"""The data quality of each sender by month: rows sent, rejected and late, from the lists as they arrived."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from dealerdesk.db.database import Database
from dealerdesk.db.models import ImportBatch
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.services.care import import_quality
from dealerdesk.services.care.sales_import import import_sales_list, preview_sales_list
from tests.care_samples import bad_check_digit, care_user, vin, write_csv
from tests.helpers import UserSet


def _send(tmp: Path, db: Database, actor, name: str, rows, channel, outlet, received: date) -> None:  # type: ignore[no-untyped-def]
    preview = preview_sales_list(db, actor, write_csv(tmp / name, rows), received)
    result = import_sales_list(db, actor, preview, channel, outlet, received, only_good_rows=True, add_outlet=True)
    with db.write() as s:  # as if received that day
        batch = s.get(ImportBatch, result.batch_id)
        assert batch is not None
        batch.imported_at = datetime(received.year, received.month, received.day, 4, 0, tzinfo=UTC)


def _row(n: int, sold: str, good: bool = True) -> list[str]:
    return [vin(n) if good else bad_check_digit(n), "", "朗逸", "白", sold, f"客户{n}", f"139{n:08d}", "", "", ""]


def test_sent_rejected_and_late_by_sender_and_month(tmp_path: Path, db: Database, people: UserSet) -> None:
    care = care_user(db, people.admin)
    outlet = SourceChannel.OUTLET
    # October: the outlet sends three cars, one a week late and one mistyped; the sales side one, on time.
    _send(tmp_path, db, care, "a.csv", [_row(1, "2026-10-20"), _row(2, "2026-10-13"), _row(3, "2026-10-20", False)],
          outlet, "星河汽车", date(2026, 10, 20))  # fmt: skip
    _send(tmp_path, db, care, "b.csv", [_row(4, "2026-10-21")], SourceChannel.OWN_SALES, "", date(2026, 10, 22))
    # November: the outlet again, two lists, the day after the sale is still on time.
    _send(tmp_path, db, care, "c.csv", [_row(5, "2026-11-02")], outlet, "星河汽车", date(2026, 11, 3))
    _send(tmp_path, db, care, "d.csv", [_row(6, "2026-11-01"), _row(7, "2026-11-05")], outlet, "星河汽车",
          date(2026, 11, 5))  # fmt: skip
    rows = import_quality.outlet_quality(db, care, date(2026, 10, 1))
    got = [(r.month, r.channel, r.outlet, r.batches, r.sent, r.rejected, r.late) for r in rows]
    assert got == [
        ("2026-11", outlet, "星河汽车", 2, 3, 0, 1),
        ("2026-10", SourceChannel.OWN_SALES, "", 1, 1, 0, 0),
        ("2026-10", outlet, "星河汽车", 1, 3, 1, 1),
    ]
    assert f"{rows[2].rejected_pct:.0f} {rows[2].late_pct:.0f}" == "33 50"
    assert [r.month for r in import_quality.outlet_quality(db, care, date(2026, 11, 1))] == ["2026-11"]
    batches = import_quality.list_batches(db, care)
    assert [(b.file_name, b.outlet, b.sent, b.created, b.rejected, b.late, b.by) for b in batches] == [
        ("d.csv", "星河汽车", 2, 2, 0, 1, "刘客服"),
        ("c.csv", "星河汽车", 1, 1, 0, 0, "刘客服"),
        ("b.csv", "", 1, 1, 0, 0, "刘客服"),
        ("a.csv", "星河汽车", 3, 2, 1, 1, "刘客服"),
    ]
    with db.read() as s:
        assert s.scalar(select(ImportBatch.rows_sent).where(ImportBatch.file_name == "a.csv")) == 3
