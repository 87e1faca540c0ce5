"""The advisors' work-order list: one search box, filters, sortable columns, due orders tinted.

The toolbar (``self.toolbar``) holds the order actions; more can be added to it (the print
engineer's "Print job card"), using :meth:`WorkOrdersPage.selected_order_id`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, STATUS_LABELS, OrderStatus, ServiceCategory
from dealerdesk.services import users
from dealerdesk.services.orders.search import (
    CLOSED_STATUSES,
    OrderQuery,
    SortColumn,
    count_orders,
    count_with_due,
    search_orders,
)
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_info, tr_message
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.orders.work_orders_model import COLUMNS, PAGE_SIZE, WorkOrdersModel
from dealerdesk.ui.widgets.action_text import plain_toolbar_texts
from dealerdesk.ui.widgets.choice_combo import ChoiceCombo
from dealerdesk.ui.widgets.date_times import from_qdate
from dealerdesk.ui.widgets.empty_hint import EmptyHint
from dealerdesk.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog

SEARCH_DELAY_MS = 250
DUE_CHECK_MS = 60_000
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"
ACTIVE = "active"  # status filter: everything not yet delivered or cancelled
ACTIVE_STATUSES = frozenset(OrderStatus) - CLOSED_STATUSES


def warm_up(db: Database) -> None:
    """Run the list's opening statements once, on the start-up worker thread while the person types
    (app.Preparation): SQLAlchemy compiles them and SQLite reads their pages there, not after the password."""
    query = OrderQuery(statuses=ACTIVE_STATUSES)
    search_orders(db, query, limit=PAGE_SIZE)
    count_with_due(db, query, utcnow())
    users.users_with_role(db, Role.ADVISOR)


class WorkOrdersPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: WorkOrderDialog | None = None
        self.model = WorkOrdersModel(ctx.db)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        # Promised times come due while the advisor looks at the list: re-tint it every minute.
        self.due_timer = QTimer(self)
        self.due_timer.setInterval(DUE_CHECK_MS)
        self.due_timer.timeout.connect(self.recheck_due)
        self.due_timer.start()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Order no., plate, VIN (any part), mobile or customer name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        search_label = QLabel(self.tr("Fin&d:"))
        search_label.setBuddy(self.search)

        self.status_filter = ChoiceCombo()  # never cut to "Not yet deli"
        self.status_filter.addItem(self.tr("Not yet delivered"), ACTIVE)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in OrderStatus:
            self.status_filter.addItem(tr_message(STATUS_LABELS[status]), status.value)
        self.advisor_filter = ChoiceCombo()  # never cut to "Not yet deli"
        self.advisor_filter.addItem(self.tr("All advisors"), None)
        for advisor in users.users_with_role(ctx.db, Role.ADVISOR):
            self.advisor_filter.addItem(advisor.full_name, advisor.id)
        self.category_filter = ChoiceCombo()  # never cut to "Not yet deli"
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in ServiceCategory:
            self.category_filter.addItem(tr_message(CATEGORY_LABELS[category]), category.value)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        for combo in (self.status_filter, self.advisor_filter, self.category_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filters())

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        # In a narrow window the filters wrap onto a second row (scrolled sideways, the last were out of sight).
        filters = FlowLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&Status:"), self.status_filter),
            (self.tr("Advis&or:"), self.advisor_filter),
            (self.tr("Cate&gory:"), self.category_filter),
            (self.tr("Checked in fro&m:"), self.date_from),
            (self.tr("&to:"), self.date_to),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            pair = QHBoxLayout()
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(label)
            pair.addWidget(widget)
            holder = QWidget()
            holder.setLayout(pair)
            filters.addWidget(holder)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = QAction(self.tr("&New order"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_order)
        self.new_action.setEnabled(ctx.actor.has(Role.ADVISOR))
        self.open_action = QAction(self.tr("&Open selected"), self)
        self.open_action.triggered.connect(self.open_selected)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        for action in (self.new_action, self.open_action, self.refresh_action):
            self.toolbar.addAction(action)
            self.addAction(action)  # shortcuts work while the page has focus
        self.toolbar.addSeparator()  # actions of other areas (printing) go after this
        self.print_dialog: PrintPreviewDialog | None = None
        self.print_job_card_action = QAction(self.tr("Print &job card"), self)
        self.print_job_card_action.setToolTip(self.tr("Preview and print the selected order's job card"))
        self.print_job_card_action.triggered.connect(self.print_job_card)
        self.toolbar.addAction(self.print_job_card_action)
        self.addAction(self.print_job_card_action)
        self.discount_dialog: QDialog | None = None
        self.discount_action = QAction(self.tr("D&iscount…"), self)
        self.discount_action.setToolTip(self.tr("A discount on the selected order or one of its lines, with a reason"))
        self.discount_action.triggered.connect(self.give_discount)
        self.discount_action.setEnabled(ctx.actor.has(Role.ADVISOR, Role.MANAGER))
        self.toolbar.addAction(self.discount_action)
        self.addAction(self.discount_action)
        plain_toolbar_texts(self.toolbar)

        self.view = QTableView()
        self.view.setObjectName("workOrdersView")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COLUMNS.index(SortColumn.CHECKED_IN), Qt.SortOrder.DescendingOrder)  # newest first
        self.model.modelReset.connect(self._show_sort_indicator)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)  # the due/overdue tint must stand out
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Enter and double-click both emit activated: connecting doubleClicked too opened two dialogs.
        self.view.activated.connect(lambda _i: self.open_selected())
        self.summary = QLabel()
        self.empty_hint = EmptyHint(self.view)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.apply_filters()
        self._show_sort_indicator()
        self._size_columns()
        self.search.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_sort_indicator()  # the header lays its sections out (and forgets the indicator) when first shown

    def _show_sort_indicator(self) -> None:
        # A model reset clears the header's indicator; put back the order the rows really have.
        header = self.view.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(COLUMNS.index(self.model.query.sort_by), order)  # the model ignores a same-order sort

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        return edit

    def _size_columns(self) -> None:
        # The first rows tell the widths well enough; measuring all hundred is a tenth of a second.
        self.view.horizontalHeader().setResizeContentsPrecision(20)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 12, 220))

    @staticmethod
    def _date(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == NO_DATE else from_qdate(value)

    def current_query(self) -> OrderQuery:
        status = self.status_filter.currentData()
        if status == ACTIVE:
            statuses = ACTIVE_STATUSES
        elif status:
            statuses = frozenset({OrderStatus(status)})
        else:
            statuses = frozenset()
        category = self.category_filter.currentData()
        advisor = self.advisor_filter.currentData()
        return replace(
            self.model.query,
            text=self.search.text().strip(),
            statuses=statuses,
            advisor_id=int(advisor) if advisor is not None else None,
            category=ServiceCategory(category) if category else None,
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        try:
            self.model.set_query(self.current_query())
        except ValidationError as err:  # e.g. a search too long to be anything: said beside the list
            self.summary.setText(error_text(err))
            return
        self._show_summary()

    def _filters(self) -> list[tuple[str, OrderQuery]]:
        """Each filter set now, by name, with the query that keeps only the search text and that filter."""
        query = self.model.query
        bare = self._unfiltered(query)
        shown: list[tuple[str, OrderQuery]] = []
        if query.statuses:
            shown.append((self.status_filter.currentText(), replace(bare, statuses=query.statuses)))
        if query.advisor_id is not None:
            shown.append((self.advisor_filter.currentText(), replace(bare, advisor_id=query.advisor_id)))
        if query.category is not None:
            shown.append((self.category_filter.currentText(), replace(bare, category=query.category)))
        if query.date_from is not None or query.date_to is not None:
            days = self.tr("checked in {start} – {end}").format(start=query.date_from or "…", end=query.date_to or "…")
            shown.append((days, replace(bare, date_from=query.date_from, date_to=query.date_to)))
        return shown

    @staticmethod
    def _unfiltered(query: OrderQuery) -> OrderQuery:
        return replace(query, statuses=frozenset(), advisor_id=None, category=None, date_from=None, date_to=None)

    def _explain_empty(self) -> None:
        """An empty list says why: which filters hide how many orders, or that nothing matches at all."""
        if self.model.total:
            self.empty_hint.explain("")
            return
        bare = self._unfiltered(self.model.query)
        everything = count_orders(self.ctx.db, bare) if self._filters() else 0
        if everything:
            lines = [
                self.tr("{count} orders match, but the filters hide them:").format(count=everything)
                if bare.text
                else self.tr("The filters hide all {count} orders:").format(count=everything)
            ]
            for name, only_this in self._filters():
                hidden = everything - count_orders(self.ctx.db, only_this)
                if hidden:
                    lines.append(self.tr("• {filter}: hides {count}").format(filter=name, count=hidden))
            self.empty_hint.explain(
                "\n".join(lines), self.tr("Show all {count} orders").format(count=everything), self.show_all
            )
        elif bare.text:
            self.empty_hint.explain(
                self.tr(
                    'No order matches "{text}". Type part of the plate, the VIN, the mobile, '
                    "the order number or the customer's name."
                ).format(text=bare.text)
            )
        elif self.ctx.actor.has(Role.ADVISOR):
            self.empty_hint.explain(
                self.tr("No work orders yet. Open the first one with New order (Ctrl+N)."),
                self.tr("New order"),
                self.new_order,
            )
        else:
            self.empty_hint.explain(self.tr("No work orders yet. The service advisors open them at the front desk."))

    def show_all(self) -> None:
        """Clear every filter (keep the search text): one click from "hidden" to the orders."""
        for combo in (self.status_filter, self.advisor_filter, self.category_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(None))
            combo.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.apply_filters()
        self.view.setFocus()

    def _show_summary(self) -> None:
        self._explain_empty()
        due = self.model.due
        text = self.tr("{count} orders").format(count=self.model.total)
        if due:
            text = self.tr(
                "{count} orders – {due} promised within 30 minutes or overdue (tinted): call the customers"
            ).format(count=self.model.total, due=due)
        self.summary.setText(text)

    def recheck_due(self) -> None:
        self.model.retint()
        self._show_summary()

    def refresh(self) -> None:
        keep = self.selected_order_id()
        self.model.reload()
        self._show_summary()
        if keep is not None:
            self.select_order(keep)

    def selected_order_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.order_id(index.row())

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def new_order(self) -> None:
        self._show_dialog(None)

    def open_selected(self) -> None:
        order_id = self.selected_order_id()
        if order_id is not None:
            self._show_dialog(order_id)

    def print_job_card(self) -> None:
        order_id = self.selected_order_id()
        if order_id is None:
            show_info(self, self.tr("Select an order in the list first."))
            return
        # Imported on first use: the preview pulls in ReportLab, ~0.2 s of every start-up otherwise.
        from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog

        self.print_dialog = PrintPreviewDialog(self.ctx, order_id, "jobcard", self)
        self.print_dialog.open()

    def give_discount(self) -> None:
        order_id = self.selected_order_id()
        if order_id is None:
            show_info(self, self.tr("Select an order in the list first."))
            return
        from dealerdesk.ui.workshop.discount_dialog import DiscountDialog

        self.discount_dialog = DiscountDialog(self.ctx, order_id, self)
        self.discount_dialog.open()

    def _show_dialog(self, order_id: int | None) -> None:
        shown = self.dialog
        if (
            order_id is not None
            and shown is not None
            and shown.isVisible()
            and shown.detail is not None
            and shown.detail.id == order_id
        ):
            shown.raise_()  # this order's dialog is open already: a second copy would go stale
            shown.activateWindow()
            return
        self.dialog = WorkOrderDialog(self.ctx, order_id, self)
        dialog = self.dialog
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: WorkOrderDialog) -> None:
        self.refresh()
        if dialog.detail is not None:
            self.select_order(dialog.detail.id)
