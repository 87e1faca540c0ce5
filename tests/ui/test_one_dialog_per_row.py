"""Issue 12.2: a double-click on a row opens one dialog for it; asking again raises that dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.services.orders.work_orders import open_order
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.orders.work_orders_page import WorkOrdersPage
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from dealerdesk.ui.qc.qc_page import QcPage
from tests.db.qc_helpers import make_order
from tests.helpers import UserSet
from tests.order_samples import complete_order


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Discard)


def visible(kind: type) -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def double_click_row(qtbot: QtBot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    """As the mouse sends it: press, release, double-click, release."""
    pos = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_on_an_order_opens_one_dialog(qtbot: QtBot, db: Database, people: UserSet) -> None:
    opened = open_order(db, people.advisor, complete_order())
    page = WorkOrdersPage(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.select_order(opened.id)
    double_click_row(qtbot, page.view, 0)
    dialogs = visible(WorkOrderDialog)
    assert len(dialogs) == 1 and page.dialog is dialogs[0]
    first = page.dialog
    assert first.detail is not None and first.detail.id == opened.id
    page.open_selected()  # Enter, or another double-click that reaches the list: the same dialog comes up
    assert visible(WorkOrderDialog) == [first] and page.dialog is first
    first.reject()


def test_double_click_in_the_qc_queue_opens_one_checklist(qtbot: QtBot, db: Database, people: UserSet) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    page = QcPage(UiContext(db, people.tech, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.select_order(view.order_id)
    double_click_row(qtbot, page.table, page.table.currentIndex().row())
    dialogs = visible(ChecklistDialog)
    assert len(dialogs) == 1 and page.dialog is dialogs[0]
    page.open_checklist()
    assert visible(ChecklistDialog) == dialogs
    dialogs[0].reject()
