"""The document audit's findings and the scores per person, as tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dealerdesk.domain.document_audit import RULE_LABELS
from dealerdesk.domain.messages import render_text
from dealerdesk.services.review.document_audit import FINDING_STATUS_LABELS, FindingStatus, FindingView, ScoreRow
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {FindingStatus.OPEN: "#fff4d6", FindingStatus.EXCUSED: "#eef3ee", FindingStatus.ACCEPTED: "#fde2e1"}


def finding_text(f: FindingView) -> str:
    return render_text(f.message, f.params, tr_message)


class FindingsModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("FindingsModel", "Order"),
            QCoreApplication.translate("FindingsModel", "Rule"),
            QCoreApplication.translate("FindingsModel", "Finding"),
            QCoreApplication.translate("FindingsModel", "Responsible"),
            QCoreApplication.translate("FindingsModel", "Decision"),
            QCoreApplication.translate("FindingsModel", "Reason"),
        ]

    def finding(self, row: int) -> FindingView:
        f: FindingView = self.rows[row]
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.finding(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLOURS[f.status])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5 and f.decided_at:
            return QCoreApplication.translate("FindingsModel", "{name}, {at}").format(
                name=f.decided_by_name, at=local_text(f.decided_at)
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return f.order_number
        if col == 1:
            return tr_message(RULE_LABELS[f.rule])
        if col == 2:
            return finding_text(f)
        if col == 3:
            return f.responsible_name
        if col == 4:
            return tr_message(FINDING_STATUS_LABELS[f.status])
        return f.reason


class ScoresModel(RowTableModel):
    COLUMNS = 5

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ScoresModel", "Person"),
            QCoreApplication.translate("ScoresModel", "Score"),
            QCoreApplication.translate("ScoresModel", "Orders"),
            QCoreApplication.translate("ScoresModel", "Orders with findings"),
            QCoreApplication.translate("ScoresModel", "Findings"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ScoreRow = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == 1 and row.score.score < 80:
            return QColor("#fde2e1")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        score = row.score
        return (row.name, f"{score.score}%", score.orders, score.orders_with_findings, score.findings)[col]
