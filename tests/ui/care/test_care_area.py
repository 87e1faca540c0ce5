"""The Customer care area: the tabs each role sees, built when first shown."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.care.care_area import CareArea
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.review.customer_care_page import CustomerCarePage
from tests.helpers import UserSet


def test_the_area_holds_the_satisfaction_calls_and_complaints(qtbot: QtBot, db: Database, people: UserSet) -> None:
    window = MainWindow(UiContext(db, people.manager, get_settings(db), "en"), QSettings())
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.page_keys.index("care"))
    area = window.findChild(CareArea)
    assert area is not None
    assert "satisfaction" in area.tab_keys
    page = area.show_tab("satisfaction")
    assert isinstance(page, CustomerCarePage)
    assert area.tabs.currentWidget() is page
    assert area.tabs.tabText(area.tab_keys.index("satisfaction")) == "Satisfaction && complaints"
    assert page.calls is not None  # the manager makes satisfaction calls too


def test_the_front_desk_sees_the_complaints_and_the_data_to_fix(qtbot: QtBot, db: Database, people: UserSet) -> None:
    area = CareArea(UiContext(db, people.advisor, get_settings(db), "en"))
    qtbot.addWidget(area)
    assert area.tab_keys == ["fixes", "satisfaction"]
    page = area.page("satisfaction")
    assert isinstance(page, CustomerCarePage) and page.calls is None
