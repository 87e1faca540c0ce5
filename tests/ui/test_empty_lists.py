"""Empty lists say why they are empty and what to do next; a search hidden by filters says by which."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.orders.work_orders_page import WorkOrdersPage
from dealerdesk.ui.qc.qc_page import QcPage
from dealerdesk.ui.rework.rework_page import ReworkPage
from dealerdesk.ui.widgets.empty_hint import EmptyHint
from tests.db.qc_helpers import make_order
from tests.helpers import UserSet
from tests.rework_data import add_order
from tests.ui.test_work_orders_page import make_page, no_modal_boxes  # noqa: F401


def hint_shown(hint: EmptyHint) -> str:
    """The words a person sees over the table (empty when the hint is not on screen)."""
    return hint.label.text() if hint.isVisible() else ""


def search_for(qtbot: QtBot, page: WorkOrdersPage, text: str) -> None:
    page.search.setFocus()
    qtbot.keyClicks(page.search, text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def test_a_delivered_car_hidden_by_a_filter_is_one_click_away(qtbot: QtBot, db: Database, people: UserSet) -> None:
    delivered = datetime.now(UTC) - timedelta(days=2)
    add_order(db, people.advisor.id, delivered_at=delivered)
    add_order(db, people.advisor.id, delivered_at=delivered - timedelta(days=1))
    page = make_page(qtbot, db, people.advisor)
    search_for(qtbot, page, "12345")  # part of the plate 川A12345
    assert page.model.rowCount() == 0
    assert hint_shown(page.empty_hint) == ("2 orders match, but the filters hide them:\n• Not yet delivered: hides 2")
    assert page.empty_hint.button.isVisible() and page.empty_hint.button.text() == "Show all 2 orders"
    qtbot.mouseClick(page.empty_hint.button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2 and page.status_filter.currentText() == "All statuses"
    assert page.search.text() == "12345" and not page.empty_hint.isVisible()


def test_two_filters_each_say_how_many_they_hide(qtbot: QtBot, db: Database, people: UserSet) -> None:
    add_order(db, people.advisor.id, delivered_at=datetime.now(UTC) - timedelta(days=2))
    add_order(db, people.advisor2.id, status=OrderStatus.OPEN, delivered_at=None)
    page = make_page(qtbot, db, people.advisor)
    page.advisor_filter.setCurrentIndex(page.advisor_filter.findText("李晓明"))  # the delivered one is his
    search_for(qtbot, page, "12345")
    assert hint_shown(page.empty_hint) == (
        "2 orders match, but the filters hide them:\n• Not yet delivered: hides 1\n• 李晓明: hides 1"
    )


def test_a_search_that_matches_nothing_at_all_says_what_to_type(qtbot: QtBot, db: Database, people: UserSet) -> None:
    add_order(db, people.advisor.id, status=OrderStatus.OPEN, delivered_at=None)
    page = make_page(qtbot, db, people.advisor)
    search_for(qtbot, page, "99999")
    assert hint_shown(page.empty_hint).startswith('No order matches "99999". Type part of the plate')
    assert not page.empty_hint.button.isVisible()


def test_a_new_database_says_how_to_open_the_first_order(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = make_page(qtbot, db, people.advisor)
    assert hint_shown(page.empty_hint) == "No work orders yet. Open the first one with New order (Ctrl+N)."
    qtbot.mouseClick(page.empty_hint.button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()


def qc_page(qtbot: QtBot, db: Database, people: UserSet) -> QcPage:
    page = QcPage(UiContext(db, people.tech, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    return page


def test_an_empty_qc_search_says_how_many_wait_and_shows_them(qtbot: QtBot, db: Database, people: UserSet) -> None:
    make_order(db, people.advisor, people.tech)
    page = qc_page(qtbot, db, people)
    page.search.setText("NOSUCH")
    assert page.proxy.rowCount() == 0
    assert hint_shown(page.empty_hint).startswith("1 cars are waiting, but none matches")
    qtbot.mouseClick(page.empty_hint.button, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 1 and page.search.text() == "" and not page.empty_hint.isVisible()


def test_an_empty_qc_queue_says_when_cars_arrive(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = qc_page(qtbot, db, people)
    assert hint_shown(page.empty_hint).startswith("No car is waiting for quality control.")


def test_the_rework_register_names_the_filter_that_empties_it(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = ReworkPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    assert hint_shown(page.empty_hint).startswith("No rework recorded from ")
    assert page.empty_hint.button.text() == "Register external rework…"
    page.kind.setCurrentIndex(1)
    assert hint_shown(page.empty_hint) == f"No rework record in this period matches: {page.kind.currentText()}."
    qtbot.mouseClick(page.empty_hint.button, Qt.MouseButton.LeftButton)
    assert page.kind.currentIndex() == 0


def test_empty_tabs_of_a_new_work_order_say_what_to_do(qtbot: QtBot, db: Database, people: UserSet) -> None:
    page = make_page(qtbot, db, people.advisor)
    page.new_order()
    dialog = page.dialog
    assert dialog is not None
    dialog.ui.linesTabs.setCurrentWidget(dialog.ui.partsView.parentWidget())
    texts = [h.label.text() for h in dialog.empty_hints if h.isVisible()]
    assert texts == ["No parts on this order: Add part or Insert adds a line."]
    dialog.reject()
