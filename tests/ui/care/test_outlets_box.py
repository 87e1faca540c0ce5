"""The outlets on the Care settings tab, as the service manager works them: pick an outlet, rename it (a
name taken is refused at the field), deactivate it, and see it no longer offered for a new sales list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.care_records import SourceChannel
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor
from dealerdesk.services.care.sales_import import import_sales_list, preview_sales_list
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.care.care_area import CareArea
from dealerdesk.ui.care.care_settings_page import CareSettingsPage
from dealerdesk.ui.care.import_page import ImportPage
from dealerdesk.ui.care.outlets_box import OutletsBox
from dealerdesk.ui.context import UiContext
from tests.care_samples import care_user, vin, write_csv
from tests.helpers import UserSet


def _send(tmp: Path, db: Database, actor: Actor, first: int, cars: int, outlet: str) -> None:
    sold = date.today().isoformat()
    rows = [[vin(n), "", "朗逸", "白", sold, f"客户{n}", f"139{n:08d}", "", "", ""] for n in range(first, first + cars)]
    preview = preview_sales_list(db, actor, write_csv(tmp / f"{first}.csv", rows), date.today())
    import_sales_list(
        db, actor, preview, SourceChannel.OUTLET, outlet, date.today(), only_good_rows=False, add_outlet=True
    )


def _shown(box: OutletsBox) -> list[list[str]]:
    m = box.model
    return [[str(m.index(r, c).data()) for c in range(m.columnCount())] for r in range(m.rowCount())]


def _click_row(qtbot: QtBot, box: OutletsBox, name: str) -> None:
    row = [r[0] for r in _shown(box)].index(name)
    qtbot.mouseClick(
        box.view.viewport(), Qt.MouseButton.LeftButton, pos=box.view.visualRect(box.model.index(row, 0)).center()
    )


def test_the_manager_renames_and_deactivates_an_outlet(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path
) -> None:
    care = care_user(db, people.admin)
    _send(tmp_path, db, care, 1, 2, "星河汽车")
    _send(tmp_path, db, care, 3, 1, "锦江车城")
    assert "care_settings" not in CareArea(UiContext(db, care, get_settings(db), "en")).tab_keys

    area = CareArea(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(area)
    area.show()
    page = area.show_tab("care_settings")
    assert isinstance(page, CareSettingsPage)
    box = page.outlets
    assert sorted(_shown(box)) == [["星河汽车", "2", "1", "Active"], ["锦江车城", "1", "1", "Active"]]

    _click_row(qtbot, box, "星河汽车")
    assert box.name_edit.text() == "星河汽车" and box.active_button.text() == "Deactivate"
    box.name_edit.selectAll()
    box.name_edit.insert("锦江车城")  # typed through the input method (keyClicks cannot type Chinese)
    qtbot.mouseClick(box.rename_button, Qt.MouseButton.LeftButton)
    assert box.name_problem.isVisible()
    assert box.name_problem.text() == (
        "Another outlet is already named 锦江车城: choose another name for this one, or first rename the other one."
    )
    assert sorted(r[0] for r in _shown(box)) == ["星河汽车", "锦江车城"]

    qtbot.keyClick(box.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.name_edit, "Xinghe Auto")
    qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    assert not box.name_problem.isVisible()
    assert box.result.text() == "星河汽车 is now named Xinghe Auto, on its cars and lists too."
    assert sorted(_shown(box)) == [["Xinghe Auto", "2", "1", "Active"], ["锦江车城", "1", "1", "Active"]]
    assert box.selected() is not None and box.selected().name == "Xinghe Auto"  # type: ignore[union-attr]

    qtbot.mouseClick(box.active_button, Qt.MouseButton.LeftButton)
    assert (
        box.result.text() == "Xinghe Auto is deactivated: it is no longer offered for a new list; its 2 cars keep it."
    )
    assert ["Xinghe Auto", "2", "1", "Deactivated: not offered for a new list"] in _shown(box)
    assert box.active_button.text() == "Reactivate"
    outlet_id = box.selected().outlet_id  # type: ignore[union-attr]
    assert [e.action for e in audit.list_entries(db, "outlet", outlet_id)] == ["rename_outlet", "deactivate_outlet"]

    # On the Sales lists tab it is no longer offered, and typed, it is refused before the file is read.
    imports = area.show_tab("imports")
    assert isinstance(imports, ImportPage)
    offered = [imports.outlet.itemText(i) for i in range(imports.outlet.count())]
    assert offered == ["锦江车城"]
    imports.channel.setCurrentIndex(imports.channel.findData("outlet"))
    imports.outlet.setCurrentText("")
    qtbot.keyClicks(imports.outlet.lineEdit(), "Xinghe Auto")
    imports.file_edit.setText(str(tmp_path / "1.csv"))
    qtbot.mouseClick(imports.check_button, Qt.MouseButton.LeftButton)
    assert imports.preview_dialog is None
    assert imports.outlet_problem.text().startswith("The outlet Xinghe Auto was deactivated")

    area.show_tab("care_settings")
    _click_row(qtbot, box, "Xinghe Auto")
    qtbot.mouseClick(box.active_button, Qt.MouseButton.LeftButton)
    assert ["Xinghe Auto", "2", "1", "Active"] in _shown(box) and box.active_button.text() == "Deactivate"
