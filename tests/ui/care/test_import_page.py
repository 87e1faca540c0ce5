"""Importing a sales list as customer care does it: choose the sender, the file, read the preview's
rejected rows, take only the good rows; the lists and the sender's data quality show what came."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dealerdesk.db.database import Database
from dealerdesk.db.models import Vehicle
from dealerdesk.services.actor import Actor
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.care import import_page
from dealerdesk.ui.care.care_area import CareArea
from dealerdesk.ui.care.import_page import ImportPage
from dealerdesk.ui.context import UiContext
from tests.care_samples import bad_check_digit, care_user, vin, write_csv, write_xlsx_merged
from tests.helpers import UserSet
from tests.ui.care.boxes import click_next_message


def _page(qtbot: QtBot, db: Database, people: UserSet, actor: Actor | None = None) -> tuple[CareArea, ImportPage]:
    area = CareArea(UiContext(db, actor or care_user(db, people.admin), get_settings(db), "en"))
    qtbot.addWidget(area)
    area.show()
    page = area.show_tab("imports")
    assert isinstance(page, ImportPage)
    return area, page  # the caller holds the area: the page lives in it


def test_outlet_list_with_rejected_rows_only_the_good_ones_taken(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(import_page, "show_error", lambda _p, text: errors.append(text))
    _area, page = _page(qtbot, db, people)
    assert page.quality_empty.label.text() == "No list received in the last 12 months."
    today = date.today()
    sold = (today - timedelta(days=5)).isoformat()
    rows = [
        [vin(1), "川A10001", "朗逸", "白", today.isoformat(), "王芳", "13900000001", "", "", ""],
        [bad_check_digit(2), "川A10002", "帕萨特", "黑", sold, "赵强", "13900000002", "", "", ""],
        [vin(3), "川A10003", "途观", "灰", sold, "钱多", "13900000003", "钱小多", "", "网约车"],
        [vin(4), "川A10004", "宝来", "红", sold, "孙丽", "13900000004", "", "", ""],
    ]
    path = write_csv(tmp_path / "星河11月.csv", rows)

    page.channel.setCurrentIndex(page.channel.findData("outlet"))
    assert page.outlet.isEnabled()
    page.outlet.setCurrentText("星河汽车")
    seen: list[QDialog] = []
    asked = click_next_message(qtbot, QMessageBox.ButtonRole.AcceptRole, seen)  # Add the outlet
    page.check_file(path)
    assert asked[0].startswith("There is no outlet 星河汽车 on file: importing this list adds it as a new outlet.")
    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible()
    summary = dialog.summary.text()
    assert summary.startswith("星河11月.csv: 4 rows. 2 good (2 new, 0 updating a record on file), 2 rejected.")
    assert "1 of the good rows arrived later than the day after the sale." in dialog.summary.text()
    model = dialog.model
    assert model.rowCount() == 2  # the rejected rows first
    assert [model.index(r, 0).data() for r in range(2)] == [3, 4]
    assert model.index(0, 1).data() == "Rejected"
    assert model.index(0, 2).data().startswith(f"VIN {bad_check_digit(2)} is not valid")
    assert model.index(1, 2).data() == "Contact has a name but no mobile number."
    assert model.index(1, 3 + 6).data() == "钱多"  # the file's own cells follow: VIN, plate, make, model, ...
    assert not dialog.all_button.isVisible() and dialog.good_button.text() == "Import only the 2 &good rows"

    saved = dialog.save_rejected(str(tmp_path / "back-to-outlet.csv"))
    assert saved is not None
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Row,Why,VIN,Plate")
    assert lines[2].startswith("4,Contact has a name but no mobile number.")

    qtbot.mouseClick(dialog.good_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert page.result.text() == "星河11月.csv imported: 2 new, 0 updated, 2 rejected; 1 arrived late."
    assert page.progress is not None and page.progress.steps[-1] == (4, 4)
    with db.read() as s:
        assert sorted(s.scalars(select(Vehicle.vin))) == [vin(1), vin(4)]
    b = page.batches
    assert [b.index(0, c).data() for c in range(1, 8)] == ["星河11月.csv", "星河汽车", 4, 2, 0, 2, 1]
    q = page.quality
    assert [q.index(0, c).data() for c in range(7)] == [
        f"{today.year:04d}-{today.month:02d}",
        "星河汽车",
        1,
        4,
        "2 (50 %)",
        1,
        "50 %",
    ]
    assert page.outlet.findText("星河汽车") >= 0  # the new outlet is offered next time


def test_a_clean_xlsx_is_taken_whole_and_a_second_import_updates(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path
) -> None:
    _area, page = _page(qtbot, db, people)
    page.channel.setCurrentIndex(page.channel.findData("own_sales"))
    assert not page.outlet.isEnabled()
    day = date.today().isoformat()
    rows: list[list[object]] = [[vin(7), "朗逸", day, "郑宏", "13900000007", "", "", "", "", ""]]
    page.check_file(write_xlsx_merged(tmp_path / "本店销售.xlsx", rows))
    dialog = page.preview_dialog
    assert dialog is not None
    assert dialog.all_button.isVisible() and not dialog.good_button.isVisible()
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "New"
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert page.result.text() == "本店销售.xlsx imported: 1 new, 0 updated, 0 rejected; 0 arrived late."

    rows = [[vin(7), "朗逸 1.5L", day, "郑宏", "13900000007", "郑小宏", "13900000077", "", "", ""]]
    page.check_file(write_xlsx_merged(tmp_path / "本店销售-更正.xlsx", rows))
    dialog = page.preview_dialog
    assert dialog is not None and dialog.model.index(0, 1).data() == "Update"
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert page.result.text() == "本店销售-更正.xlsx imported: 0 new, 1 updated, 0 rejected; 0 arrived late."
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Vehicle)) == 1
        car = s.scalar(select(Vehicle))
        assert car is not None and (car.model, car.contact_name) == ("朗逸 1.5L", "郑小宏")


def test_cancel_in_the_preview_imports_nothing_and_a_bad_file_says_why(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(import_page, "show_error", lambda _p, text: errors.append(text))
    _area, page = _page(qtbot, db, people)
    page.channel.setCurrentIndex(page.channel.findData("own_sales"))
    row = [vin(1), "", "朗逸", "白", date.today().isoformat(), "王芳", "13900000001", "", "", ""]
    page.check_file(write_csv(tmp_path / "a.csv", [row]))
    dialog = page.preview_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert page.result.text() == "Nothing was imported: the sender and the file are kept to check again."
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Vehicle)) == 0

    (tmp_path / "notes.txt").write_text("hello")
    page.check_file(tmp_path / "notes.txt")
    assert errors == ["notes.txt is not a .csv or .xlsx file."]


def test_a_list_with_no_good_row_offers_nothing_to_import(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path
) -> None:
    _area, page = _page(qtbot, db, people)
    sold = (date.today() - timedelta(days=5)).isoformat()
    rows = [
        [bad_check_digit(2), "川A10002", "帕萨特", "黑", sold, "赵强", "13900000002", "", "", ""],
        [bad_check_digit(5), "川A10005", "宝来", "红", sold, "孙丽", "1390000000", "", "", ""],
    ]
    path = write_csv(tmp_path / "all-bad.csv", rows)
    page.channel.setCurrentIndex(page.channel.findData("outlet"))
    page.outlet.setCurrentText("星河汽车")
    click_next_message(qtbot, QMessageBox.ButtonRole.AcceptRole, [])  # Add the outlet
    page.check_file(path)
    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.good_button.isVisible() and not dialog.good_button.isEnabled()  # "Import only the 0 good rows"
    assert dialog.save_button.isEnabled() and dialog.save_button.isDefault()
    dialog.reject()


def test_the_sender_and_the_file_are_set_first_kept_on_going_back_and_the_last_sender_is_the_default(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    care = care_user(db, people.admin)
    _area, page = _page(qtbot, db, people, care)
    row = [vin(1), "", "朗逸", "白", date.today().isoformat(), "王芳", "13900000001", "", "", ""]
    path = write_csv(tmp_path / "星河12月.csv", [row])
    monkeypatch.setattr(import_page.QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))

    # An outlet's list with the outlet left empty: refused at the outlet, before the file is read.
    page.channel.setCurrentIndex(page.channel.findData("outlet"))
    qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    assert page.file_edit.text() == str(path)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.preview_dialog is None
    assert page.outlet_problem.isVisible() and page.outlet_problem.text() == "Name the outlet that sent this list."
    assert page.focusWidget() in (page.outlet, page.outlet.lineEdit())  # the typing goes there

    page.outlet.lineEdit().insert("星河汽车")  # typed through the input method (keyClicks cannot type Chinese)
    click_next_message(qtbot, QMessageBox.ButtonRole.AcceptRole, [])  # Add the outlet
    qtbot.keyClick(page.file_edit, Qt.Key.Key_Return)  # Enter in the file field checks too
    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible() and not page.outlet_problem.isVisible()
    assert dialog.windowTitle() == "Sales list from 星河汽车: 星河12月.csv"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # back to the page: what was set is still there
    assert page.result.text() == "Nothing was imported: the sender and the file are kept to check again."
    assert (page.channel.currentData(), page.outlet.currentText()) == ("outlet", "星河汽车")
    assert page.file_edit.text() == str(path)

    click_next_message(qtbot, QMessageBox.ButtonRole.AcceptRole, [])  # still not on file: asked again
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    dialog = page.preview_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert page.batches.index(0, 2).data() == "星河汽车"

    # The file field empty, or naming no file: said at the file, nothing read.
    page.file_edit.clear()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.file_problem.isVisible() and page.file_problem.text() == "Choose the file of the list."
    qtbot.keyClicks(page.file_edit, str(tmp_path / "gone.csv"))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.file_problem.text() == f"There is no file {tmp_path / 'gone.csv'}."

    # The next time the tab opens, the sender of this person's last list is set.
    _again, fresh = _page(qtbot, db, people, care)
    assert (fresh.channel.currentData(), fresh.outlet.currentText()) == ("outlet", "星河汽车")
    assert fresh.outlet.isEnabled()
