"""The data-to-fix queue (待更正资料): records a call found wrong — wrong or missing number, car sold.

Whoever corrects the record (the desk, or the front desk when the customer is there) says what
was done and resolves the entry; the car then comes back on the call list by its status.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_calls import FIX_LABELS
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.services.care import calls
from dealerdesk.services.care.calls import FixRow
from dealerdesk.ui.care.vehicle_dialog import VehicleDialog
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text, show_error, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel, row_table_view
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.empty_hint import EmptyHint

Index = QModelIndex | QPersistentModelIndex


class FixesModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("FixesModel", "To fix"),
            QCoreApplication.translate("FixesModel", "Car"),
            QCoreApplication.translate("FixesModel", "Owner"),
            QCoreApplication.translate("FixesModel", "Number dialled"),
            QCoreApplication.translate("FixesModel", "Reported"),
            QCoreApplication.translate("FixesModel", "Note"),
        ]

    def fix(self, row: int) -> FixRow:
        f: FixRow = self.rows[row]
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        f = self.fix(index.row())
        return (
            tr_message(FIX_LABELS[f.kind]),
            f"{f.plate or f.vin} {f.model}",
            f.owner_name,
            f.phone,
            f"{local_text(f.opened_at)[:10]} {f.called_by}",
            f.note,
        )[index.column()]


class DataFixesPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.count = QLabel()
        self.count.setObjectName("fixesCount")
        self.model = FixesModel()
        self.table = row_table_view(self.model, "careFixes")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.table.activated.connect(lambda _i: self.resolution.setFocus())
        self.empty = EmptyHint(self.table)
        self.resolution = QLineEdit()
        self.resolution.setObjectName("fixResolution")
        self.resolution.setPlaceholderText(self.tr("What was corrected: the new number, the new owner…"))
        self.resolution.returnPressed.connect(self.resolve)
        label = QLabel(self.tr("&Corrected:"))
        label.setBuddy(self.resolution)
        self.resolve_button = QPushButton(self.tr("&Resolve"))
        self.resolve_button.clicked.connect(self.resolve)
        self.record_button = QPushButton(self.tr("Car recor&d…"))
        self.record_button.setToolTip(self.tr("Open the car's record to correct the number or the owner"))
        self.record_button.clicked.connect(self.open_record)
        self.dialog: VehicleDialog | None = None
        self.error = QLabel()
        self.error.setObjectName("fixError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.resolution, 1)
        row.addWidget(self.resolve_button)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._chosen()

    def refresh(self) -> None:
        try:
            fixes = calls.open_fixes(self.ctx.db, self.ctx.actor)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(fixes)
        self.count.setText(self.tr("{n} records to correct").format(n=len(fixes)))
        self.empty.explain(self.tr("Nothing to correct: no call has found a wrong number or a sold car."))
        if fixes:
            self.table.selectRow(0)
        self._chosen()

    def current(self) -> FixRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.fix(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        f = self.current()
        for w in (self.resolution, self.resolve_button, self.record_button):
            w.setEnabled(f is not None)
        self.error.clear()
        if f is not None:
            self.resolution.setToolTip(escape(tr_message(FIX_LABELS[f.kind])))

    def open_record(self) -> None:
        f = self.current()
        if f is None:
            return
        self.dialog = VehicleDialog(self.ctx, f.vehicle_id, self)
        self.dialog.finished.connect(lambda _r: self.resolution.setFocus())
        self.dialog.open()

    def resolve(self) -> None:
        f = self.current()
        if f is None:
            return
        try:
            calls.resolve_fix(self.ctx.db, self.ctx.actor, f.fix_id, self.resolution.text())
        except ValidationError as err:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            self.resolution.setFocus()
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.resolution.clear()
        self.refresh()
