"""The QC page's list: orders in the workshop, in QC and ready for delivery, and where each waits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from dealerdesk.domain.vocabulary import CATEGORY_LABELS
from dealerdesk.services.qc.views import QueueRow, QueueStage
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.qc.qc_labels import (
    FAIL_COLOUR,
    failure_short,
    failure_text,
    signoff_summary,
    stage_label,
)
from dealerdesk.ui.widgets.date_times import local_text

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Roles as plain ints: Qt asks data() with ints, and comparing with enum members costs more.
_DISPLAY, _SORT, _FONT, _TOOLTIP, _FOREGROUND = (
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        SORT_ROLE,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
    )
)
_ANSWERED = frozenset((_DISPLAY, _SORT, _FONT, _TOOLTIP, _FOREGROUND))


class QcQueueModel(RowTableModel):
    ORDER, PLATE, MODEL, CATEGORY, WAITING, LAST, PROMISED, ADVISOR = range(8)
    COLUMNS = 8

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang  # for the checklist item texts of a failed round
        self.rows: list[QueueRow] = []
        # Each row's cell texts, made when first asked: sizing the columns and painting ask every
        # visible cell several times per refresh (a thousand cars in the queue: most of a refresh).
        self._cells: list[list[str] | None] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[QueueRow]) -> None:
        self._cells = [None] * len(rows)
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Order"),
            self.tr("Plate"),
            self.tr("Model"),
            self.tr("Category"),
            self.tr("Waiting for"),
            self.tr("Last signature"),
            self.tr("Promised"),
            self.tr("Advisor"),
        ]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():  # the roles a view asks and this list never sets
            return None
        row = index.row()
        r = self.rows[row]
        col = index.column()
        if role == _DISPLAY:
            texts = self._cells[row]
            if texts is None:
                texts = self._cells[row] = [self._text(r, c) for c in range(self.COLUMNS)]
            return texts[col]
        if role == _SORT:
            if col == self.WAITING:
                return int(r.stage)
            if col == self.PROMISED:
                return r.promised_at.timestamp() if r.promised_at else 0.0
            return self.data(index)
        if role == _FONT:
            return self._bold if r.may_act else None
        if role == _TOOLTIP and col == self.WAITING and r.may_act:
            return self.tr("You can do this step now.")
        if r.failure is not None and col == self.LAST:
            if role == _FOREGROUND:
                return FAIL_COLOUR
            if role == _TOOLTIP:
                return failure_text(r.failure, self.lang)
        return None

    def _text(self, r: QueueRow, col: int) -> str:
        if col == self.ORDER:
            return r.order_number
        if col == self.PLATE:
            return r.plate
        if col == self.MODEL:
            return r.model
        if col == self.CATEGORY:
            return tr_message(CATEGORY_LABELS[r.category]) if r.category else ""
        if col == self.WAITING:
            text = stage_label(r.stage)
            if r.round_no and r.round_no > 1 and r.stage is not QueueStage.FINISH:
                text = self.tr("{stage} (round {round})").format(stage=text, round=r.round_no)
            return text
        if col == self.LAST:
            if r.failure is not None:  # back in the workshop: what sent it back
                return failure_short(r.failure)
            return signoff_summary(r.last_signoff) if r.last_signoff else ""
        if col == self.PROMISED:
            return local_text(r.promised_at)
        return r.advisor


class QcQueueFilter(QSortFilterProxyModel):
    """Rows of one stage (None: all), or only those the user can act on, matching a search text."""

    def __init__(self) -> None:
        super().__init__()
        self.stage: QueueStage | None = None
        self.mine_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, stage: QueueStage | None, mine_only: bool, text: str) -> None:
        self.beginFilterChange()
        self.stage, self.mine_only, self.text = stage, mine_only, text.strip().upper()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QcQueueModel)
        r = model.rows[source_row]
        if self.stage is not None and r.stage is not self.stage:
            return False
        if self.mine_only and not r.may_act:
            return False
        return not self.text or self.text in r.order_number.upper() or self.text in r.plate.upper()
