"""The Monthly figures, Segments and Loyalty tabs, driven as a person does."""

from __future__ import annotations

import csv
import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from unittest.mock import patch

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.care_calls import CallOutcome
from dealerdesk.domain.care_figures import Month
from dealerdesk.domain.care_loyalty import LoyaltyPeriod
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.services.care import segments
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.care import segments_page
from dealerdesk.ui.care.care_area import CareArea
from dealerdesk.ui.care.figures_page import FiguresPage
from dealerdesk.ui.care.loyalty_page import LoyaltyPage
from dealerdesk.ui.care.segments_page import SegmentsPage
from dealerdesk.ui.context import UiContext
from tests.db.care_data import REPAIR, add_call, add_outlet, add_vehicle, add_visit, care_user, china, set_source
from tests.helpers import UserSet
from tests.ui.care.boxes import answer_next_box

AUG = Month(2026, 8)


def _area(qtbot: QtBot, db: Database, people: UserSet) -> tuple[CareArea, UiContext]:
    cr = care_user(db, people.admin, "cr1", "刘客服")
    ctx = UiContext(db, cr, get_settings(db), "en")
    area = CareArea(ctx)
    qtbot.addWidget(area)
    return area, ctx


def test_monthly_figures_on_screen_and_in_the_pdf(qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path) -> None:
    area, ctx = _area(qtbot, db, people)
    sa = people.advisor.id
    east = add_outlet(db, "东门二级网点")
    sold = add_vehicle(db, sold=date(2026, 2, 1))
    set_source(db, sold, SourceChannel.OUTLET, east)
    add_visit(db, sa, sold, china(date(2026, 5, 1)), category=REPAIR, amount_fen=480_00)
    never = add_vehicle(db, sold=date(2026, 3, 1))
    set_source(db, never, SourceChannel.OUTLET, east)
    car = add_vehicle(db)
    add_visit(db, sa, car, china(date(2026, 2, 10)))  # due in August, came
    add_visit(db, sa, car, china(date(2026, 8, 5)))
    add_call(db, ctx.actor.id, car, china(date(2026, 8, 1)), CallOutcome.WILL_COME)

    page = area.show_tab("figures")
    assert isinstance(page, FiguresPage)
    page.month.setCurrentIndex(page.month.findText("2026-08"))  # refreshes
    assert page.rate_labels["return"].text() == "100.0 % (1/1)"
    assert page.rate_labels["called_in"].text() == "1 / 0 of 1 visits (100.0 % called in)"
    outlet = [page.outlets.data(page.outlets.index(0, c)) for c in range(page.outlets.columnCount())]
    assert outlet == ["东门二级网点", "2", "1", "50.0 %", "1 (50.0 %)", "1", "480.00"]
    assert page.outlets.rowCount() == 2  # and the outlets' total
    assert page.callers.rows[0].name == "刘客服" and page.callers.rows[0].connected == 1
    assert [p.month for p in page.trend][-1] == AUG

    target = tmp_path / "figures.pdf"
    with patch("dealerdesk.ui.care.figures_page.show_info") as info:
        assert page.save_pdf(str(target)) == str(target)
    info.assert_called_once()
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Customer care: monthly figures" in text and "2026-08" in text
    assert "东门二级网点" in text and "480.00" in text and "刘客服" in text


def test_segments_count_save_and_export(qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path) -> None:
    area, _ctx = _area(qtbot, db, people)
    sa = people.advisor.id
    taxi = add_vehicle(db, model="朗逸", owner="=出租公司", sold=date(2024, 1, 1), mileage=90_000)
    for month in (1, 3, 5, 7):
        add_visit(db, sa, taxi, china(date(2026, month, 3)))
    add_vehicle(db, model="速腾", owner="李四")
    page = area.show_tab("segments")
    assert isinstance(page, SegmentsPage)
    assert page.model.rowCount() == 0  # nothing runs before Count: the whole base may be large
    page.model_edit.setText("朗逸")
    qtbot.mouseClick(page.count_button, Qt.MouseButton.LeftButton)
    assert page.count_label.text() == "1 cars in this segment"
    assert page.model.data(page.model.index(0, 3)) == "=出租公司"

    assert page.save_as("朗逸老客户") is not None
    assert page.saved_combo.currentText() == "朗逸老客户" and page.delete_button.isEnabled()
    page.clear()
    assert page.model_edit.text() == ""
    page.saved_combo.setCurrentIndex(0)
    page.saved_combo.activated.emit(0)
    assert page.model_edit.text() == "朗逸" and page.count_label.text() == "1 cars in this segment"

    with patch("dealerdesk.ui.care.segments_page.show_info"):
        csv_path = page.export("csv", str(tmp_path / "seg.csv"))
        xlsx_path = page.export("xlsx", str(tmp_path / "seg.xlsx"))
    assert csv_path and xlsx_path
    rows = list(csv.reader(Path(csv_path).read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:4] == ["Plate", "VIN", "Model", "Owner"]
    assert rows[1][3] == "'=出租公司"  # never a formula in the spreadsheet
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None and sheet.cell(row=2, column=3).value == "朗逸"

    with patch("dealerdesk.ui.care.segments_page.show_error") as error:
        page.km_min.setValue(50_000)
        page.km_max.setValue(10_000)
        page.count()
    assert error.call_args[0][1] == "Mileage: the least (50000) is more than the most (10000)."


def test_segment_export_headers_are_in_the_users_language(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every column header of the CSV and the workbook, in Chinese on a Chinese desk (e.g. 车架号, not VIN)."""
    add_vehicle(db, model="朗逸", sold=date(2024, 1, 1), mileage=30_000)
    cr = care_user(db, people.admin, "cr1", "刘客服")
    page = SegmentsPage(UiContext(db, cr, get_settings(db), language))
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.count_button, Qt.MouseButton.LeftButton)  # no filter: every car
    shown = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    files = {"csv": tmp_path / "细分.csv", "xlsx": tmp_path / "细分.xlsx"}
    headers = {}
    for kind, button in (("csv", page.csv_button), ("xlsx", page.xlsx_button)):
        monkeypatch.setattr(segments_page.QFileDialog, "getSaveFileName", lambda *a, k=kind: (str(files[k]), ""))
        with patch("dealerdesk.ui.care.segments_page.show_info") as told:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        told.assert_called_once()
    headers["csv"] = next(csv.reader(files["csv"].read_text(encoding="utf-8-sig").splitlines()))
    sheet = load_workbook(files["xlsx"]).active
    assert sheet is not None
    headers["xlsx"] = [c.value for c in sheet[1]]
    for kind, header in headers.items():
        assert header == shown, kind  # the list's columns, as on screen
        assert len(header) == 13 and all(header), kind
    if language == "zh_CN":
        # Latin letters only as an aside in brackets ("车架号(VIN)" would do); every header says it in Chinese.
        english = [h for h in shown if re.search("[A-Za-z]", re.sub(r"[(（][^)）]*[)）]", "", h))]
        assert english == [], f"English headers in the Chinese export: {english}"
        assert all(re.search("[\u4e00-\u9fff]", h) for h in shown), shown
        assert shown[1].startswith("车架号")
    else:
        assert shown[:4] == ["Plate", "VIN", "Model", "Owner"]


def test_saving_a_segment_without_a_filter_asks_first(
    qtbot: QtBot, db: Database, people: UserSet, language: str
) -> None:
    """No filter is every customer: saving says so and asks; Enter and Esc keep it unsaved."""
    add_vehicle(db, model="朗逸", sold=date(2024, 1, 1))
    page = SegmentsPage(UiContext(db, care_user(db, people.admin, "cr1", "刘客服"), get_settings(db), language))
    qtbot.addWidget(page)
    page.show()
    zh = language == "zh_CN"
    seen: list[QDialog] = []
    texts: list[tuple[str, list[str], str]] = []

    def note_and_press(box: QDialog, key: Qt.Key) -> None:
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        texts.append((box.text(), sorted(b.text() for b in box.buttons()), default.text() if default else ""))
        qtbot.keyClick(box, key)

    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        answer_next_box(QMessageBox, lambda box, k=key: note_and_press(box, k), seen)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert page.saved_combo.count() == 0 and page.current_id is None  # nothing saved, no name asked
    assert [type(b) for b in seen] == [QMessageBox, QMessageBox]  # asked first, not for a name
    text, buttons, default = texts[0]
    if zh:
        assert text.startswith("未设置任何筛选条件：这个细分将包含系统中的全部客户。")
        assert buttons == sorted(["仍然保存(&A)", "不保存(&D)"]) and default == "不保存(&D)"
    else:
        assert text.startswith("No filter is set: this segment would be every customer on file")
        assert buttons == sorted(["Save &anyway", "&Don't save"]) and default == "&Don't save"
    assert segments.saved_segments(db, page.ctx.actor) == []

    # Saved anyway, when the person means it: then named as usual.
    def save_anyway(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        go = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
        answer_next_box(QInputDialog, name_it, seen)
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    def name_it(box: QDialog, name: str = "All customers") -> None:
        qtbot.keyClicks(box.findChild(QLineEdit), name)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_next_box(QMessageBox, save_anyway, seen)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in segments.saved_segments(db, page.ctx.actor)] == ["All customers"]

    # With a filter set nothing is asked: straight to the name.
    qtbot.keyClicks(page.model_edit, "Lavida")
    seen.clear()
    answer_next_box(QInputDialog, lambda box: name_it(box, "Lavida"), seen)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [type(b) for b in seen] == [QInputDialog]
    assert [s.name for s in segments.saved_segments(db, page.ctx.actor)] == ["All customers", "Lavida"]


def test_loyalty_lists_issues_and_refuses_a_second_round(qtbot: QtBot, db: Database, people: UserSet) -> None:
    area, _ctx = _area(qtbot, db, people)
    sa = people.advisor.id
    fan = add_vehicle(db, owner="张三")
    for month in (1, 2, 4, 5):
        add_visit(db, sa, fan, china(date(2026, month, 3)))
    with patch("dealerdesk.ui.care.loyalty_page.dealer_today", return_value=date(2026, 7, 2)):
        page = area.show_tab("loyalty")
    assert isinstance(page, LoyaltyPage)
    assert page.period.currentText() == "2026, first half" and page.selected_period() == LoyaltyPeriod(2026, True)
    assert page.min_visits.value() == 2 and not page.issue_button.isEnabled()
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, 1)) == "张三"
    with (
        patch("dealerdesk.ui.care.loyalty_page.show_info") as info,
        patch("dealerdesk.services.care.loyalty.utcnow", return_value=datetime(2026, 7, 2, 2, tzinfo=UTC)),
    ):
        done = page.issue(confirmed=True)
    assert done is not None and done.vouchers == 1
    assert "1 vouchers were issued for 2026-H1" in info.call_args[0][1]
    assert page.rounds.rowCount() == 1 and page.rounds.data(page.rounds.index(0, 4)) == "1"
    page.list_candidates()
    with patch("dealerdesk.ui.care.loyalty_page.show_error") as error:
        assert page.issue(confirmed=True) is None
    assert "already issued" in error.call_args[0][1]


def test_a_segment_by_who_sold_the_car(qtbot: QtBot, db: Database, people: UserSet) -> None:
    """Found in review: choosing any "Sold by" and pressing Count raised AttributeError (Qt gave back a str)."""
    from sqlalchemy import update

    from dealerdesk.db.models import Vehicle
    from dealerdesk.domain.care_records import SourceChannel

    area, _ctx = _area(qtbot, db, people)
    ours = add_vehicle(db, model="朗逸", owner="李四")
    add_vehicle(db, model="速腾", owner="王五")
    with db.write() as s:
        s.execute(update(Vehicle).where(Vehicle.id == ours).values(source_channel=SourceChannel.OWN_SALES.value))
    page = area.show_tab("segments")
    assert isinstance(page, SegmentsPage)
    page.channel.setFocus()
    while page.channel.currentData() != SourceChannel.OWN_SALES:
        qtbot.keyClick(page.channel, Qt.Key.Key_Down)
    assert page.channel.currentText() == "Own new-car sales"
    qtbot.mouseClick(page.count_button, Qt.MouseButton.LeftButton)
    assert page.count_label.text() == "1 cars in this segment"
    assert page.model.data(page.model.index(0, 3)) == "李四"
    assert page.save_as("Our own sales") is not None
    page.clear()
    assert page.channel.currentIndex() == 0
    page.saved_combo.setCurrentIndex(0)
    page.saved_combo.activated.emit(0)
    assert page.channel.currentText() == "Own new-car sales" and page.count_label.text() == "1 cars in this segment"
