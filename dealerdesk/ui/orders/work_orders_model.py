"""The work-order list as a paged table model: one page of rows at a time, sorted by the database.

Never loads every order: the view asks for more (fetchMore) as it scrolls, and sorting
re-queries with ORDER BY instead of sorting in memory, so 150,000 orders cost one page.
Rows whose promised time is past or within 30 minutes are tinted: call the customer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, STATUS_LABELS
from dealerdesk.services.orders.search import (
    DUE_SOON,
    OrderQuery,
    OrderRow,
    SortColumn,
    count_with_due,
    search_orders,
)
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.widgets.date_times import local_text

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
OVERDUE = QColor("#ffd9d9")
DUE_SOON_TINT = QColor("#fff0c2")

COLUMNS: tuple[SortColumn, ...] = (
    SortColumn.NUMBER,
    SortColumn.STATUS,
    SortColumn.PLATE,
    SortColumn.VIN,
    SortColumn.MODEL,
    SortColumn.CUSTOMER,
    SortColumn.MOBILE,
    SortColumn.ADVISOR,
    SortColumn.CATEGORY,
    SortColumn.CHECKED_IN,
    SortColumn.PROMISED,
    SortColumn.ESTIMATE,
)
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole
# Plain ints: data() compares them some 1,500 times per repaint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ORDER_ID = int(ORDER_ID_ROLE)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ANSWERED = frozenset({_DISPLAY, _ORDER_ID, _ALIGNMENT, _BACKGROUND, int(Qt.ItemDataRole.ToolTipRole)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ESTIMATE_COLUMN = COLUMNS.index(SortColumn.ESTIMATE)


class WorkOrdersModel(QAbstractTableModel):
    def __init__(self, db: Database, now: Callable[[], datetime] = utcnow) -> None:
        super().__init__()
        self.db = db
        self.now = now
        self.query = OrderQuery()
        self.rows: list[OrderRow] = []
        self._cells: list[tuple[str, ...] | None] = []  # each row's texts, made when first painted
        self._tints: dict[int, QColor | None] = {}  # row -> its due tint as of _now
        self.total = 0
        self.due = 0  # of the matching orders, promised within 30 minutes or overdue
        self._now = now()
        self._loaded = False  # sorting before the first load only sets the query: the page loads once
        self._headers = (  # asked for at every repaint of the header
            self.tr("Order no."),
            self.tr("Status"),
            self.tr("Plate"),
            self.tr("VIN"),
            self.tr("Model"),
            self.tr("Customer"),
            self.tr("Mobile"),
            self.tr("Advisor"),
            self.tr("Category"),
            self.tr("Checked in"),
            self.tr("Promised"),
            self.tr("Estimate (CNY)"),
        )

    # --- loading ------------------------------------------------------------------------------
    def set_query(self, query: OrderQuery, limit: int | None = None) -> None:
        """Read first, then reset: a query the service refuses leaves the list as it was."""
        now = self.now()
        rows = search_orders(self.db, query, limit=limit or PAGE_SIZE)
        counts = count_with_due(self.db, query, now + DUE_SOON)
        self.beginResetModel()
        self.query = query
        self._now = now
        self.rows, self.total, self.due = rows, counts.total, counts.due
        self._cells, self._tints = [None] * len(rows), {}
        self._loaded = True
        self.endResetModel()

    def _count(self) -> None:
        counts = count_with_due(self.db, self.query, self._now + DUE_SOON)
        self.total, self.due = counts.total, counts.due

    def reload(self) -> None:
        """The same query again, as many rows as were loaded: the view keeps its place."""
        self.set_query(self.query, limit=max(PAGE_SIZE, len(self.rows)))

    def retint(self) -> None:
        """Move "now" on without reading the rows again: an order becomes due while the list stays open."""
        self._now = self.now()
        self._tints = {}
        self._count()
        if self.rows:
            roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1), roles)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = search_orders(self.db, self.query, limit=PAGE_SIZE, offset=len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self._cells.extend([None] * len(more))
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            if (COLUMNS[column], descending) != (self.query.sort_by, self.query.descending):
                query = replace(self.query, sort_by=COLUMNS[column], descending=descending)
                if self._loaded:
                    self.set_query(query)
                else:
                    self.query = query

    def order_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == order_id), None)

    # --- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section]

    def _texts(self, r: OrderRow) -> tuple[str, ...]:
        """A row's cells as shown, in COLUMNS order: made once when the row is first painted."""
        return (
            r.number,
            tr_message(STATUS_LABELS[r.status]),
            r.plate,
            r.vin,
            r.model,
            r.customer_name,
            r.customer_mobile,
            r.advisor_name,
            tr_message(CATEGORY_LABELS[r.category]) if r.category else "",
            local_text(r.checked_in_at),
            local_text(r.promised_at),
            "" if r.estimate_fen is None else format_yuan(r.estimate_fen),
        )

    def _tint(self, row: int) -> QColor | None:
        """The row's due tint as of ``_now`` (None: not due), worked out once per row and "now"."""
        if row not in self._tints:
            r = self.rows[row]
            tint = None
            if r.is_due(self._now):
                assert r.promised_at is not None
                tint = OVERDUE if r.promised_at <= self._now else DUE_SOON_TINT
            self._tints[row] = tint
        return self._tints[row]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None
        row = index.row()
        if row < 0 or row >= len(self.rows):
            return None
        if role == _DISPLAY:
            texts = self._cells[row]
            if texts is None:
                texts = self._cells[row] = self._texts(self.rows[row])
            return texts[index.column()]
        if role == _ORDER_ID:
            return self.rows[row].id
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == _ESTIMATE_COLUMN else None
        tint = self._tint(row)
        if tint is None:
            return None
        if role == _BACKGROUND:
            return QBrush(tint)
        promised = local_text(self.rows[row].promised_at)
        if tint is OVERDUE:
            return self.tr("The promised time {time} has passed: call the customer.").format(time=promised)
        return self.tr("Promised for {time}, within 30 minutes: call the customer if it will be late.").format(
            time=promised
        )
