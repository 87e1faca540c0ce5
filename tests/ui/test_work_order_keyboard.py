"""The work-order dialog without the mouse: Alt+letters reach one thing each, a cell being typed is kept."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.orders.work_orders import load_order
from dealerdesk.ui.orders import work_order_dialog
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from tests.helpers import UserSet
from tests.ui.test_work_order_dialog import filled_dialog, make_dialog, no_modal_boxes  # noqa: F401


@pytest.fixture(autouse=True)
def _full_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """These pin the keys of the full layout; on the tests' 800x600 screen the dialog would go compact
    (concerns and intake as tabs: tests/ui/test_window_geometry.py drives that one)."""
    monkeypatch.setattr(work_order_dialog, "COMPACT_BELOW_HEIGHT", 0)


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def mnemonics(dialog: WorkOrderDialog) -> dict[str, list[tuple[str, QWidget]]]:
    """Alt+letter -> what it reaches, among what is on screen now: ("action", button/tab) or ("label", field)."""
    keys: dict[str, list[tuple[str, QWidget]]] = defaultdict(list)
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and (key := _mnemonic(button.text())):
            keys[key].append(("action", button))
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and (key := _mnemonic(label.text())):
            keys[key].append(("label", label))
    for tabs in dialog.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if key := _mnemonic(tabs.tabText(i)):
                keys[key].append(("action", tabs))
    return keys


def clashes(dialog: WorkOrderDialog) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for tab in range(dialog.ui.linesTabs.count()):
        dialog.ui.linesTabs.setCurrentIndex(tab)
        for key, owners in mnemonics(dialog).items():
            if len(owners) > 1 and any(kind == "action" for kind, _w in owners):
                found[key] = [w.objectName() for _kind, w in owners]
    return found


def test_no_alt_key_is_shared_by_a_button_checkbox_or_tab(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    """A shared Alt+letter only moves the focus between its owners: a button or checkbox in it never fires."""
    dialog = filled_dialog(qtbot, db, people.advisor)
    assert clashes(dialog) == {}  # a new order: Save draft, Open order
    assert dialog.open_order_clicked()
    assert dialog.ui.saveDraftButton.text() == "&Save changes" and dialog.ui.dispatchButton.isEnabled()
    assert clashes(dialog) == {}  # an open one: Save changes, Dispatch, Add extra work, Cancel, Print


def test_alt_s_saves_alt_u_ticks_old_parts_and_alt_o_opens(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    """Mnemonics press their button the way a click does (Qt animates it: it lands a moment later)."""
    dialog = filled_dialog(qtbot, db, people.advisor)
    dialog.ui.valuablesEdit.setFocus()
    qtbot.keyClick(dialog.ui.valuablesEdit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.DRAFT
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.oldPartsCheck.isChecked)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.status is OrderStatus.OPEN)
    assert load_order(db, dialog.detail.id).old_parts_returned
    assert "Open" in dialog.ui.headerLabel.text()


def test_a_cell_still_being_typed_is_saved_by_ctrl_s(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor)
    qtbot.keyClick(dialog.ui.plateEdit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # add a labour line
    qtbot.waitUntil(lambda: len(dialog.labour_model.lines) == 2)
    editor = dialog.focusWidget()
    assert editor is not dialog.ui.labourView and dialog.ui.labourView.isAncestorOf(editor)
    qtbot.keyClicks(editor, "Wheel alignment")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no Enter, no Tab first
    assert dialog.detail is not None
    assert [x.operation for x in load_order(db, dialog.detail.id).labour_lines] == ["更换机油机滤", "Wheel alignment"]
    assert not dialog.dirty


def test_the_still_to_do_line_follows_the_form_from_the_top(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    dialog = filled_dialog(qtbot, db, people.advisor, customer_mobile="", plate="", concerns=[], fuel_level=None)
    assert dialog.open_order_clicked() is False
    assert dialog.ui.readinessLabel.text() == (
        "Cannot open yet – still to do: plate, fuel level, owner mobile, customer concerns"
    )
    assert dialog.focusWidget() is dialog.ui.plateEdit  # the first of them
