"""Read-only tables of an order: its extra work (二次增修), its change log, its vehicle's other visits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.vocabulary import APPROVAL_LABELS, CATEGORY_LABELS, STATUS_LABELS
from dealerdesk.services.audit import AuditView
from dealerdesk.services.customers import VisitView
from dealerdesk.services.work_orders import ExtraWorkView
from dealerdesk.ui.feedback import tr_message

Index = QModelIndex | QPersistentModelIndex
TIME_FORMAT = "%Y-%m-%d %H:%M"


class _ReadOnlyModel(QAbstractTableModel):
    HEADERS = 0
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.HEADERS

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(self.rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExtraWorkModel(_ReadOnlyModel):
    HEADERS = 7

    def headers(self) -> list[str]:
        return [
            self.tr("Approved at"),
            self.tr("Extra work"),
            self.tr("Amount (CNY)"),
            self.tr("New promise"),
            self.tr("Approved by"),
            self.tr("How"),
            self.tr("Recorded by"),
        ]

    def cells(self, row: ExtraWorkView) -> list[str]:
        return [
            row.approved_at.astimezone().strftime(TIME_FORMAT),
            row.description,
            format_yuan(row.amount_fen),
            row.new_promised_at.astimezone().strftime(TIME_FORMAT),
            row.approver_name,
            tr_message(APPROVAL_LABELS[row.method]),
            row.recorded_by_name,
        ]


class ChangeLogModel(_ReadOnlyModel):
    HEADERS = 4

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]

    def action_label(self, action: str) -> str:
        labels = {
            "save_draft": self.tr("Draft saved"),
            "open_order": self.tr("Order opened"),
            "update_order": self.tr("Order changed"),
            "dispatch_to_workshop": self.tr("Dispatched to the workshop"),
            "cancel_order": self.tr("Cancelled"),
            "add_extra_work": self.tr("Extra work approved"),
        }
        return labels.get(action, action)

    def details(self, row: AuditView) -> str:
        changes = row.changes
        if row.action == "cancel_order":
            return str(changes.get("reason", ""))
        if row.action == "add_extra_work":
            return self.tr("{description}: +{amount} CNY, approved by {approver}").format(
                description=changes.get("description", ""),
                amount=format_yuan(int(changes.get("amount_fen", 0))),
                approver=changes.get("approver_name", ""),
            )
        shown = [k for k in changes if k not in ("number", "status")]
        return ", ".join(shown)

    def cells(self, row: AuditView) -> list[str]:
        return [row.at.astimezone().strftime(TIME_FORMAT), row.user, self.action_label(row.action), self.details(row)]


class VehicleHistoryModel(_ReadOnlyModel):
    """The vehicle's other orders, newest first: what was done, when, at what mileage."""

    HEADERS = 7
    RIGHT_ALIGNED = frozenset({3})

    def headers(self) -> list[str]:
        return [
            self.tr("Checked in"),
            self.tr("Order no."),
            self.tr("Status"),
            self.tr("Mileage (km)"),
            self.tr("Category"),
            self.tr("Advisor"),
            self.tr("Customer concerns"),
        ]

    def cells(self, row: VisitView) -> list[str]:
        return [
            "" if row.checked_in_at is None else row.checked_in_at.astimezone().strftime(TIME_FORMAT),
            row.number,
            tr_message(STATUS_LABELS[row.status]),
            "" if row.mileage_in is None else f"{row.mileage_in:,}",
            tr_message(CATEGORY_LABELS[row.category]) if row.category else "",
            row.advisor_name,
            "; ".join(row.concerns),
        ]

    def order_id(self, row: int) -> int | None:
        return self.rows[row].order_id if 0 <= row < len(self.rows) else None
