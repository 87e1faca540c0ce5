"""Every signature of an order's QC rounds, reopened ones included, for the QC history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from dealerdesk.services.qc.views import QcHistory, RoundView, SignoffView
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.qc.qc_labels import (
    FAIL_COLOUR,
    PASS_COLOUR,
    outcome_label,
    round_status_label,
    short_level,
)
from dealerdesk.ui.widgets.date_times import local_text

Index = QModelIndex | QPersistentModelIndex


class QcSignoffsModel(RowTableModel):
    ROUND, LEVEL, OUTCOME, SIGNER, SIGNED_AT, VOIDED_BY, VOIDED_AT, REASON = range(8)
    COLUMNS = 8

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[RoundView, SignoffView]] = []

    def set_history(self, history: QcHistory) -> None:
        self.beginResetModel()
        self.rows = [(r, so) for r in history.rounds for so in r.signoffs]
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("Round"),
            self.tr("Level"),
            self.tr("Outcome"),
            self.tr("Signed by"),
            self.tr("Signed at"),
            self.tr("Reopened by"),
            self.tr("Reopened at"),
            self.tr("Reason for reopening"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        qc_round, so = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("{round} ({status})").format(
                    round=qc_round.round_no, status=round_status_label(qc_round.status)
                ),
                short_level(so.level),
                outcome_label(so.outcome),
                so.signer,
                local_text(so.signed_at),
                so.voided_by,
                local_text(so.voided_at),
                so.void_reason,
            ][col]
        if role == Qt.ItemDataRole.ForegroundRole and col == self.OUTCOME:
            return PASS_COLOUR if so.passed else FAIL_COLOUR
        if role == Qt.ItemDataRole.FontRole and not so.valid:
            font = QFont()
            font.setStrikeOut(col in (self.OUTCOME, self.SIGNER, self.SIGNED_AT))
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not so.valid:
            return self.tr("Reopened by a manager: this signature no longer counts, and stays in the history.")
        return None
