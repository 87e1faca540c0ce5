"""The work-order list: a typed order is found by any of its keys; filters, sorting, paging, due tint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox

from dealerdesk.db.database import Database
from dealerdesk.services.orders.work_orders import open_order, save_draft
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.orders import work_order_dialog as dialog_module
from dealerdesk.ui.orders import work_orders_model
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.orders.work_orders_model import OVERDUE, WorkOrdersModel
from dealerdesk.ui.orders.work_orders_page import WorkOrdersPage
from tests.helpers import UserSet, statements
from tests.order_samples import complete_order
from tests.ui.test_work_order_dialog import type_complete_order


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(dialog_module, "ask_yes_no", lambda parent, text: False)


def make_page(qtbot, db: Database, actor) -> WorkOrdersPage:  # type: ignore[no-untyped-def]
    page = WorkOrdersPage(UiContext(db, actor, get_settings(db), "en"))
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def shown_numbers(page: WorkOrdersPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_an_order_typed_and_opened_in_the_dialog_is_found_in_the_list(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, people.advisor)
    assert shown_numbers(page) == []
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    type_complete_order(qtbot, dialog)
    dialog.ui.openButton.setFocus()
    qtbot.keyClick(dialog.ui.openButton, Qt.Key.Key_Space)
    assert dialog.detail is not None
    number = dialog.detail.number
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)  # close: the list refreshes and selects it
    assert not dialog.isVisible()
    assert shown_numbers(page) == [number] and page.selected_order_id() == dialog.detail.id
    for typed in ("A123", "183294", "13800138000", "张", number):
        page.search.clear()
        qtbot.keyClicks(page.search, typed) if typed.isascii() else page.search.setText(typed)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        assert shown_numbers(page) == [number], typed
    page.search.setText("no such order")
    page.apply_filters()
    assert shown_numbers(page) == [] and page.summary.text() == "0 orders"


def test_the_list_opens_with_one_page_query_and_one_count(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        open_order(db, people.advisor, complete_order(checked_in_at=datetime(2026, 1, 10, 2, i, tzinfo=UTC)))
    with statements(db) as seen:
        page = make_page(qtbot, db, people.advisor)
    on_orders = [sql for sql in seen if "FROM work_orders" in sql]
    assert len(on_orders) == 2, on_orders  # the page (sorted by check-in, newest first) and its counts
    assert "ORDER BY work_orders.checked_in_at DESC" in on_orders[0] and "count(" in on_orders[1]
    assert len(shown_numbers(page)) == 3 and page.summary.text().startswith("3 orders")


def test_the_list_sorts_and_counts_once_per_change(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    """A click on a header, a filter, a refresh: each reads one page and one count, nothing thrown away."""
    for i in range(3):
        open_order(db, people.advisor, complete_order(checked_in_at=datetime(2026, 1, 10, 2, i, tzinfo=UTC)))
    page = make_page(qtbot, db, people.advisor)
    header = page.view.horizontalHeader()

    def click_header(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    with statements(db) as seen:
        click_header(5)  # customer
    assert len(seen) == 2 and "ORDER BY work_orders.customer_name ASC" in seen[0] and "count(" in seen[1], seen
    with statements(db) as seen:
        click_header(5)  # again: the other way round
    assert len(seen) == 2 and "ORDER BY work_orders.customer_name DESC" in seen[0], seen
    with statements(db) as seen:
        page.status_filter.setCurrentIndex(page.status_filter.findText("All statuses"))
    assert len(seen) == 2 and "work_order_counts" in seen[1], seen  # a status-only count: the kept counts
    with statements(db) as seen:
        page.refresh()
    assert len(seen) == 2, seen
    with statements(db) as seen:
        page.recheck_due()  # the minute's re-tint counts again and reads no rows
    assert len(seen) == 1 and "count(" in seen[0], seen
    assert len(shown_numbers(page)) == 3 and page.summary.text().startswith("3 orders")


def test_enter_on_a_row_opens_the_order(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    opened = open_order(db, people.advisor, complete_order())
    page = make_page(qtbot, db, people.advisor)
    page.view.setFocus()
    page.select_order(opened.id)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.detail is not None and page.dialog.detail.id == opened.id
    page.dialog.reject()


def test_filters_and_sorting(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    first = open_order(db, people.advisor, complete_order())
    draft = save_draft(db, people.advisor2, complete_order(customer_name="阿明"))
    page = make_page(qtbot, db, people.advisor)
    assert page.view.horizontalHeader().sortIndicatorSection() == 9  # newest check-in first
    assert shown_numbers(page) == [draft.number, first.number]
    page.advisor_filter.setCurrentIndex(page.advisor_filter.findText("陈静"))
    assert shown_numbers(page) == [draft.number]
    page.advisor_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findText("Open"))
    assert shown_numbers(page) == [first.number]
    page.status_filter.setCurrentIndex(page.status_filter.findText("All statuses"))
    page.view.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # customer name
    assert [page.model.index(r, 5).data() for r in range(2)] == sorted(["张三", "阿明"])
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_numbers(page) == [first.number, draft.number]


def test_the_model_pages_instead_of_loading_everything(
    qtmodeltester, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(work_orders_model, "PAGE_SIZE", 2)
    for i in range(5):
        save_draft(db, people.advisor, complete_order(customer_name=f"客户{i}"))
    model = WorkOrdersModel(db)
    model.set_query(model.query)
    assert model.rowCount() == 2 and model.total == 5 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_orders_due_within_30_minutes_or_overdue_are_tinted(db: Database, people: UserSet) -> None:
    now = datetime.now(UTC)
    late = complete_order(checked_in_at=now - timedelta(hours=4))  # promised 3 h after check-in: overdue
    soon = complete_order(checked_in_at=now - timedelta(hours=2, minutes=40), mileage=12_400)  # due in 20 min
    later = complete_order(checked_in_at=now, mileage=12_500)
    for data in (late, soon, later):
        open_order(db, people.advisor, data)
    model = WorkOrdersModel(db, now=lambda: now)
    model.set_query(model.query)
    tint = {model.index(r, 0).data(): model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)}
    colours = [None if b is None else b.color().name() for b in tint.values()]
    assert sorted(colours, key=str) == sorted([OVERDUE.name(), "#fff0c2", None], key=str)
    tips = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert any(t and t.startswith("The promised time") for t in tips)


def test_filter_choices_are_never_cut_off_in_a_narrow_window(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, people.advisor)
    # A larger font after the page was first laid out (QComboBox keeps its first minimum width).
    font = QFont(page.font())
    font.setPointSize(font.pointSize() + 4)
    page.setFont(font)
    page.resize(700, 500)  # narrower than the filter bar: it wraps onto a second row, squeezing no combo
    filters = (page.status_filter, page.advisor_filter, page.category_filter, page.date_from, page.date_to)
    qtbot.waitUntil(
        lambda: page.date_to.mapTo(page, QPoint(0, 0)).y() > page.status_filter.mapTo(page, QPoint(0, 0)).y()
    )
    for widget in filters:  # every filter in sight, none past the page's right edge
        assert widget.isVisible() and widget.mapTo(page, QPoint(widget.width(), 0)).x() <= page.width()
    for combo in (page.status_filter, page.advisor_filter, page.category_filter):
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() > longest, combo.itemText(0)
    assert page.status_filter.currentText() == "Not yet delivered"


def test_an_order_coming_due_while_the_list_is_open_is_tinted(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    open_order(db, people.advisor, complete_order(checked_in_at=now - timedelta(hours=2)))  # promised in 1 h
    page = make_page(qtbot, db, people.advisor)
    clock = [now]
    page.model.now = lambda: clock[0]
    page.recheck_due()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.summary.text() == "1 orders"
    clock[0] = now + timedelta(minutes=40)  # the list stayed open: 20 minutes left
    with qtbot.waitSignal(page.model.dataChanged):
        page.due_timer.timeout.emit()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fff0c2"
    assert page.summary.text().startswith("1 orders – 1 promised within 30 minutes or overdue")
    assert page.due_timer.isActive() and page.due_timer.interval() == 60_000


def test_a_pasted_over_long_search_says_so_and_keeps_the_text(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    order = open_order(db, people.advisor, complete_order(customer_name="四川锦程（成都）汽车有限公司"))
    page = make_page(qtbot, db, people.advisor)
    long_text = "锦程" * 10_000
    page.search.setText(long_text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.summary.text() == "A search holds at most 100 characters; this one has 20000. Shorten it."
    assert page.search.text() == long_text  # nothing typed is lost
    assert shown_numbers(page) == [order.number]  # the list stays as it was
    page.search.setText("锦程（成都）")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert shown_numbers(page) == [order.number] and page.summary.text() == "1 orders"
