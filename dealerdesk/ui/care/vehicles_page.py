"""Find a vehicle by plate, VIN (or its last six characters) or anyone's mobile, and open its page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.care import records
from dealerdesk.services.care.records import VehicleMatch
from dealerdesk.ui.care.vehicle_dialog import VehicleDialog
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.empty_hint import EmptyHint


class MatchesModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [self.tr("Plate"), self.tr("VIN"), self.tr("Model"), self.tr("Owner"), self.tr("Mobile"),
                self.tr("Sold")]  # fmt: skip

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m: VehicleMatch = self.rows[index.row()]
        values = (m.plate, m.vin, m.model, m.owner_name, m.owner_mobile, m.sale_date.isoformat() if m.sale_date else "")
        return values[index.column()]


class VehiclesPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: VehicleDialog | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Plate, VIN (or its last 6 characters), or a mobile number"))
        self.search.returnPressed.connect(self.find_vehicles)
        find = QPushButton(self.tr("F&ind"))
        find.clicked.connect(self.find_vehicles)
        self.open_button = QPushButton(self.tr("&Open vehicle page…"))
        self.open_button.clicked.connect(self.open_selected)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(find)
        top.addWidget(self.open_button)
        self.model = MatchesModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.open_vehicle(self.model.rows[index.row()].vehicle_id))
        self.empty = EmptyHint(self.view)
        self.empty.explain(self.tr("Type a plate, a VIN or a mobile number and press Enter."))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def find_vehicles(self) -> None:
        try:
            found = records.find_vehicles(self.ctx.db, self.ctx.actor, self.search.text())
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(found)
        self.empty.explain(self.tr("No vehicle found for {text}.").format(text=self.search.text().strip()))
        if found:
            self.view.selectRow(0)
            self.view.setFocus()

    def open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.open_vehicle(self.model.rows[rows[0].row()].vehicle_id)

    def open_vehicle(self, vehicle_id: int) -> VehicleDialog:
        self.dialog = VehicleDialog(self.ctx, vehicle_id, self)
        self.dialog.finished.connect(lambda _r: self.find_vehicles() if self.search.text().strip() else None)
        self.dialog.open()
        return self.dialog
