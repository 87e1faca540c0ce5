"""Complaints (投诉): the open ones first, overdue in red; open, follow up and close them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.satisfaction import COMPLAINT_CAUSE_LABELS, COMPLAINT_SOURCE_LABELS
from dealerdesk.services.review import complaints
from dealerdesk.services.review.complaints import COMPLAINT_STATUS_LABELS, ComplaintView
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.review.complaint_dialogs import ComplaintDialog, NewComplaintDialog
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.empty_hint import EmptyHint

Index = QModelIndex | QPersistentModelIndex


class ComplaintsModel(RowTableModel):
    COLUMNS = 8

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ComplaintsModel", "No."),
            QCoreApplication.translate("ComplaintsModel", "Opened"),
            QCoreApplication.translate("ComplaintsModel", "Car"),
            QCoreApplication.translate("ComplaintsModel", "Customer"),
            QCoreApplication.translate("ComplaintsModel", "Source"),
            QCoreApplication.translate("ComplaintsModel", "Cause"),
            QCoreApplication.translate("ComplaintsModel", "Close by"),
            QCoreApplication.translate("ComplaintsModel", "Status"),
        ]

    def complaint(self, row: int) -> ComplaintView:
        c: ComplaintView = self.rows[row]
        return c

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.complaint(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and c.overdue(dealer_today()):
            return QColor("#fde2e1")
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.description
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        cause = tr_message(COMPLAINT_CAUSE_LABELS[c.cause]) if c.cause else ""
        return (
            c.id,
            local_text(c.opened_at)[:10],
            c.plate or c.order_number,
            c.customer_name,
            tr_message(COMPLAINT_SOURCE_LABELS[c.source]),
            cause,
            c.close_by.isoformat(),
            tr_message(COMPLAINT_STATUS_LABELS[c.status]),
        )[index.column()]


class ComplaintsPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.show_which = QComboBox()
        self.show_which.addItem(self.tr("Open complaints"), True)
        self.show_which.addItem(self.tr("All complaints"), False)
        self.show_which.currentIndexChanged.connect(self.refresh)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_which)
        self.new_button = QPushButton(self.tr("New compl&aint…"))
        self.new_button.clicked.connect(lambda: self.new_complaint())
        self.open_button = QPushButton(self.tr("F&ollow up…"))
        self.open_button.clicked.connect(self.open_selected)
        bar = QHBoxLayout()
        bar.addWidget(show_label)
        bar.addWidget(self.show_which)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        self.model = ComplaintsModel()
        self.table = QTableView()
        self.table.setObjectName("complaints_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _i: self.open_selected())
        self.empty = EmptyHint(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            rows = complaints.list_complaints(self.ctx.db, self.ctx.actor, bool(self.show_which.currentData()))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        if self.show_which.currentData():
            self.empty.explain(
                self.tr("No open complaint. A low mark on a satisfaction call, or New complaint, opens one."),
                self.new_button.text(),
                self.new_complaint,
            )
        else:
            self.empty.explain(self.tr("No complaint recorded yet."), self.new_button.text(), self.new_complaint)
        self.open_button.setEnabled(bool(rows))

    def new_complaint(self, order_number: str = "", words: str = "", call_id: int | None = None) -> None:
        self.new_dialog = NewComplaintDialog(self.ctx, self, order_number, words, call_id)
        self.new_dialog.accepted.connect(self._opened)
        self.new_dialog.open()

    def _opened(self) -> None:
        self.refresh()
        view = self.new_dialog.result_view
        if view is not None:
            self.follow_up(view)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.follow_up(self.model.complaint(rows[0].row()))

    def follow_up(self, view: ComplaintView) -> None:
        self.dialog = ComplaintDialog(self.ctx, view, self)
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()
