"""Table model of the rework register."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dealerdesk.domain.money import format_yuan, yuan_decimal
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, CAUSE_LABELS, QC_LEVEL_LABELS, REWORK_KIND_LABELS, ReworkKind
from dealerdesk.reports.csv_export import Cell
from dealerdesk.services.rework.views import REWORK_STATUS_LABELS, ReworkStatus, ReworkSummary
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text

Index = QModelIndex | QPersistentModelIndex

# The value a column sorts by (the proxy sorts on this role), where it differs from the text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_COLOURS = {ReworkKind.QC: "#1f77b4", ReworkKind.INTERNAL: "#ff7f0e", ReworkKind.EXTERNAL: "#d62728"}


class ReworkRegisterModel(RowTableModel):
    (
        DETECTED,
        KIND,
        STATUS,
        ORDER,
        PLATE,
        MODEL,
        CATEGORY,
        LEVEL,
        TECHNICIAN,
        TEAM,
        CAUSE,
        COST,
        REWORK_ORDER,
    ) = range(13)
    COLUMNS = 13

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ReworkSummary] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Detected"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Order"),
            self.tr("Plate"),
            self.tr("Model"),
            self.tr("Service category"),
            self.tr("QC level"),
            self.tr("Responsible technician"),
            self.tr("Team"),
            self.tr("Cause"),
            self.tr("Cost (CNY)"),
            self.tr("Rework order"),
        ]

    def _text(self, r: ReworkSummary, col: int) -> str:
        if col == self.DETECTED:
            return local_text(r.detected_at)
        if col == self.KIND:
            return tr_message(REWORK_KIND_LABELS[r.kind])
        if col == self.STATUS:
            return tr_message(REWORK_STATUS_LABELS[r.status])
        if col == self.ORDER:
            return r.original_number
        if col == self.PLATE:
            return r.plate or r.vin
        if col == self.MODEL:
            return r.model
        if col == self.CATEGORY:
            return tr_message(CATEGORY_LABELS[r.category]) if r.category else ""
        if col == self.LEVEL:
            return tr_message(QC_LEVEL_LABELS[r.qc_level]) if r.qc_level else ""
        if col == self.TECHNICIAN:
            return r.technician
        if col == self.TEAM:
            return r.team
        if col == self.CAUSE:
            return tr_message(CAUSE_LABELS[r.cause]) if r.cause else ""
        if col == self.COST:
            return format_yuan(r.cost_fen)
        return r.rework_order_number

    def export_table(self) -> tuple[list[str], list[list[Cell]]]:
        """The register as shown, for CSV and Excel: the cost a number of yuan, the cause detail added."""
        header = [*self.headers(), self.tr("Cause detail")]
        rows: list[list[Cell]] = [
            [
                *(yuan_decimal(r.cost_fen) if col == self.COST else self._text(r, col) for col in range(self.COLUMNS)),
                r.cause_detail,
            ]
            for r in self.rows
        ]
        return header, rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == SORT_ROLE:
            if col == self.DETECTED:
                return r.detected_at.timestamp()
            if col == self.COST:
                return r.cost_fen
            return self._text(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.KIND:
                return QColor(KIND_COLOURS[r.kind])
            if col == self.STATUS and r.status is ReworkStatus.CLOSED:
                return QColor("#666666")
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
