"""An outlet renamed on Care settings, as the service manager does it, and what the other tabs then show:
the saved segment still counts the outlet's cars, the Sales lists tab offers the new name, the old name
typed again is asked about (default: not added), a segment whose outlet is not on file says so."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import CareSegment
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.services.actor import Actor
from dealerdesk.services.care import outlets
from dealerdesk.services.care.sales_import import import_sales_list, preview_sales_list
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.care.care_area import CareArea
from dealerdesk.ui.care.care_settings_page import CareSettingsPage
from dealerdesk.ui.care.import_page import ImportPage
from dealerdesk.ui.care.outlets_box import OutletsBox
from dealerdesk.ui.care.segments_page import SegmentsPage
from dealerdesk.ui.context import UiContext
from tests.care_samples import vin, write_csv
from tests.helpers import UserSet
from tests.ui.care.boxes import answer_next_box


def _send(tmp: Path, db: Database, actor: Actor, first: int, cars: int, outlet: str) -> Path:
    sold = date.today().isoformat()
    rows = [[vin(n), "", "朗逸", "白", sold, f"客户{n}", f"139{n:08d}", "", "", ""] for n in range(first, first + cars)]
    path = write_csv(tmp / f"{first}.csv", rows)
    preview = preview_sales_list(db, actor, path, date.today())
    import_sales_list(db, actor, preview, SourceChannel.OUTLET, outlet, date.today(), False, add_outlet=True)
    return path


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the drop-down and click the item."""
    row = combo.findText(text)
    assert row >= 0, (text, _items(combo))
    combo.showPopup()
    view = combo.view()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(row, 0)).center()
    )
    assert combo.currentText() == text


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _click_row(qtbot: QtBot, box: OutletsBox, name: str) -> None:
    row = [box.model.index(r, 0).data() for r in range(box.model.rowCount())].index(name)
    rect = box.view.visualRect(box.model.index(row, 0))
    qtbot.mouseClick(box.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _area(qtbot: QtBot, db: Database, actor: Actor, language: str) -> CareArea:
    area = CareArea(UiContext(db, actor, get_settings(db), language))
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    return area


def test_a_renamed_outlet_keeps_its_segment_and_is_the_sales_lists_sender(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, language: str
) -> None:
    zh = language == "zh_CN"
    manager = people.manager
    path = _send(tmp_path, db, manager, 1, 2, "锦江车城")
    _send(tmp_path, db, manager, 3, 1, "星河汽车")
    area = _area(qtbot, db, manager, language)

    # The segment of the outlet's cars, saved by name.
    seg_page = area.show_tab("segments")
    assert isinstance(seg_page, SegmentsPage)
    _choose(qtbot, seg_page.outlet, "锦江车城")
    qtbot.mouseClick(seg_page.count_button, Qt.MouseButton.LeftButton)
    assert seg_page.count_label.text() == ("本细分共 2 辆车" if zh else "2 cars in this segment")

    def name_it(box: QDialog) -> None:
        qtbot.keyClicks(box.findChild(QLineEdit), "Jinjiang")
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_next_box(QInputDialog, name_it, [])
    qtbot.mouseClick(seg_page.save_button, Qt.MouseButton.LeftButton)
    assert seg_page.saved_combo.currentText() == "Jinjiang"

    imports = area.show_tab("imports")
    assert isinstance(imports, ImportPage)
    assert imports.outlet.currentText() == "星河汽车"  # the last list's sender

    # Renamed on Care settings.
    settings = area.show_tab("care_settings")
    assert isinstance(settings, CareSettingsPage)
    box = settings.outlets
    _click_row(qtbot, box, "锦江车城")
    box.name_edit.selectAll()
    box.name_edit.insert("锦江车城成华店")  # typed through the input method
    qtbot.mouseClick(box.rename_button, Qt.MouseButton.LeftButton)
    _click_row(qtbot, box, "星河汽车")
    box.name_edit.selectAll()
    box.name_edit.insert("星河汽车二级网点")
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)

    # The Segments tab offers the new names; the saved segment still counts the outlet's cars.
    area.show_tab("segments")
    assert "锦江车城成华店" in _items(seg_page.outlet) and "锦江车城" not in _items(seg_page.outlet)
    assert seg_page.outlet.currentText() == "锦江车城成华店"  # the filter on screen follows too
    _choose(qtbot, seg_page.saved_combo, "Jinjiang")
    assert seg_page.outlet.currentText() == "锦江车城成华店" and not seg_page.outlet_note.isVisible()
    assert seg_page.count_label.text() == ("本细分共 2 辆车" if zh else "2 cars in this segment")
    assert seg_page.model.rowCount() == 2

    # The Sales lists tab: the last sender under its new name.
    area.show_tab("imports")
    assert imports.outlet.currentText() == "星河汽车二级网点"
    assert _items(imports.outlet) == ["星河汽车二级网点", "锦江车城成华店"]

    # The old name typed: asked first; Enter keeps the default (don't add), nothing is checked or added.
    imports.outlet.setCurrentText("")
    imports.outlet.lineEdit().insert("锦江车城")
    imports.file_edit.setText(str(path))
    asked: list[tuple[str, str]] = []

    def note_and_enter(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        asked.append((box.text(), default.text() if default else ""))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_next_box(QMessageBox, note_and_enter, [])
    qtbot.mouseClick(imports.check_button, Qt.MouseButton.LeftButton)
    [(text, default)] = asked
    if zh:
        assert text.startswith("系统中没有二级网点 锦江车城：导入此清单将新增这个网点。")
        assert default == "不新增(&D)"
        assert imports.result.text() == "未检查：请选择发送此清单的网点。"
    else:
        assert text.startswith("There is no outlet 锦江车城 on file: importing this list adds it as a new outlet.")
        assert default == "&Don't add"
        assert imports.result.text() == "Nothing was checked: choose the outlet that sent the list."
    assert imports.preview_dialog is None
    assert sorted(o.name for o in outlets.list_outlets(db, manager)) == ["星河汽车二级网点", "锦江车城成华店"]

    # Enter in the outlet box adds nothing to what it offers (not even the name with a trailing space).
    qtbot.keyClick(imports.outlet.lineEdit(), Qt.Key.Key_Space)
    qtbot.keyClick(imports.outlet.lineEdit(), Qt.Key.Key_Return)
    assert _items(imports.outlet) == ["星河汽车二级网点", "锦江车城成华店"]


def test_a_segment_whose_outlet_is_not_on_file_says_so_and_counts_no_car(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, language: str
) -> None:
    zh = language == "zh_CN"
    manager = people.manager
    _send(tmp_path, db, manager, 1, 2, "锦江车城")
    with db.write() as s:  # saved before outlets were kept by id; one names an outlet not on file
        for name, filters in (
            ("东门", json.dumps({"outlet": "东门二级网点", "outlet_id": None}, ensure_ascii=False)),
            ("锦江", json.dumps({"outlet": "锦江车城"}, ensure_ascii=False)),
        ):
            by, at = manager.id, utcnow()
            s.add(
                CareSegment(
                    name=name, filters=filters, created_by_id=by, created_at=at, updated_by_id=by, updated_at=at
                )
            )
    area = _area(qtbot, db, manager, language)
    page = area.show_tab("segments")
    assert isinstance(page, SegmentsPage)

    _choose(qtbot, page.saved_combo, "东门")
    missing = "东门二级网点（已不在档案中）" if zh else "东门二级网点 (not on file)"
    assert page.outlet.currentText() == missing  # not "any"
    assert page.outlet_note.isVisible()
    assert page.outlet_note.text().startswith(
        "此细分的二级网点 东门二级网点 已不在档案中"
        if zh
        else "The outlet 东门二级网点 of this segment is no longer on file"
    )
    assert page.count_label.text() == ("本细分共 0 辆车" if zh else "0 cars in this segment")

    # Choosing the outlet again: the note goes, and so does the item not on file.
    _choose(qtbot, page.outlet, "锦江车城")
    assert not page.outlet_note.isVisible() and missing not in _items(page.outlet)
    # A segment saved by name before 0030 whose outlet is on file finds it.
    _choose(qtbot, page.saved_combo, "锦江")
    assert page.outlet.currentText() == "锦江车城"
    assert page.count_label.text() == ("本细分共 2 辆车" if zh else "2 cars in this segment")


def test_the_outlets_box_keeps_what_is_typed_and_says_when_nothing_changed(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, language: str
) -> None:
    zh = language == "zh_CN"
    _send(tmp_path, db, people.manager, 1, 1, "Jinjiang Auto")
    _send(tmp_path, db, people.manager, 2, 1, "锦江车城")
    _send(tmp_path, db, people.manager, 3, 1, "星河汽车")
    area = _area(qtbot, db, people.manager, language)
    page = area.show_tab("care_settings")
    assert isinstance(page, CareSettingsPage)
    box = page.outlets

    # A new name typed, not yet saved, is still there after another tab.
    _click_row(qtbot, box, "Jinjiang Auto")
    qtbot.keyClick(box.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.name_edit, "Jinjiang Motors")
    area.show_tab("segments")
    area.show_tab("care_settings")
    assert box.name_edit.text() == "Jinjiang Motors" and box.selected().name == "Jinjiang Auto"  # type: ignore[union-attr]

    # The same name again (trailing spaces): nothing changed, and it is said so.
    qtbot.keyClick(box.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.name_edit, "Jinjiang Auto  ")
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    assert box.result.text() == (
        "名称未变：该网点已名为 Jinjiang Auto。"
        if zh
        else "Nothing changed: the outlet is already named Jinjiang Auto."
    )

    # Another outlet's name in other letters is that name: refused at the field.
    _click_row(qtbot, box, "星河汽车")
    qtbot.keyClick(box.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.name_edit, "JINJIANG  auto")
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    assert box.name_problem.isVisible()
    assert box.name_problem.text() == (
        "已有另一个二级网点名为 Jinjiang Auto：请给本网点换一个名称，或先给那个网点改名。"
        if zh
        else "Another outlet is already named Jinjiang Auto: choose another name for this one, "
        "or first rename the other one."
    )

    # A deactivated outlet's name: the advice given works.
    _click_row(qtbot, box, "锦江车城")
    qtbot.mouseClick(box.active_button, Qt.MouseButton.LeftButton)
    _click_row(qtbot, box, "星河汽车")
    box.name_edit.selectAll()
    box.name_edit.insert("锦江车城")
    qtbot.mouseClick(box.rename_button, Qt.MouseButton.LeftButton)
    assert box.name_problem.text() == (
        "已停用的二级网点 锦江车城 仍占用此名称：请给本网点换一个名称，"
        "或先给已停用的网点改名（例如改为“锦江车城（已停用）”）。"
        if zh
        else "The deactivated outlet 锦江车城 still has this name: choose another name for this one, or first "
        "rename the deactivated one (for example to 锦江车城 (closed))."
    )
    _click_row(qtbot, box, "锦江车城")
    box.name_edit.selectAll()
    box.name_edit.insert("锦江车城（已停用）")
    qtbot.mouseClick(box.rename_button, Qt.MouseButton.LeftButton)
    _click_row(qtbot, box, "星河汽车")
    box.name_edit.selectAll()
    box.name_edit.insert("锦江车城")
    qtbot.mouseClick(box.rename_button, Qt.MouseButton.LeftButton)
    assert not box.name_problem.isVisible()
    assert sorted(o.name for o in outlets.list_outlets(db, people.manager)) == [
        "Jinjiang Auto",
        "锦江车城",
        "锦江车城（已停用）",
    ]
