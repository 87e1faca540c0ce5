"""An order's QC history: every round, every signature (reopened ones too) and what each signed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.vocabulary import CATEGORY_LABELS
from dealerdesk.services.qc import rounds as qc
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.qc.qc_checklist_model import QcChecklistModel
from dealerdesk.ui.qc.qc_labels import level_label, round_status_label
from dealerdesk.ui.qc.qc_signoffs_model import QcSignoffsModel
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.window_geometry import fit_window


class QcHistoryDialog(QDialog):
    def __init__(self, ctx: UiContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history = qc.qc_history(ctx.db, order_id)
        self.setWindowTitle(self.tr("QC history – {number}").format(number=self.history.order_number))

        self.rounds = QLabel(self._rounds_text())
        self.rounds.setObjectName("roundsLabel")
        self.rounds.setWordWrap(True)
        self.signoffs = QcSignoffsModel()
        self.signoffs.set_history(self.history)
        self.signoffs_view = self._table(self.signoffs)
        self.signoffs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signoffs_view.resizeColumnsToContents()
        self.results = QcChecklistModel(ctx.lang)
        self.results_view = self._table(self.results)
        self.results_view.setColumnWidth(QcChecklistModel.ITEM, 420)
        self.results_view.setWordWrap(True)
        self.results_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results_caption = QLabel()
        self.results_caption.setObjectName("resultsCaption")

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.results_caption)
        lower_layout.addWidget(self.results_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.signoffs_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rounds)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.signoffs_view.selectionModel().selectionChanged.connect(self._show_results)
        if self.signoffs.rows:
            self.signoffs_view.selectRow(len(self.signoffs.rows) - 1)
        self.signoffs_view.setFocus()
        fit_window(self, QSize(1100, 700))  # at most the screen's available geometry

    def _table(self, model: QcSignoffsModel | QcChecklistModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _rounds_text(self) -> str:
        if not self.history.rounds:
            return self.tr("No QC round yet: the work has not been finished.")
        lines = []
        for r in self.history.rounds:
            lines.append(
                self.tr(
                    "Round {round}: {status} · {category} checklist v{version}, hand-over v{handover} · "
                    "started {started} by {by}{ended}{road}"
                ).format(
                    round=r.round_no,
                    status=round_status_label(r.status),
                    category=tr_message(CATEGORY_LABELS[r.category]),
                    version=r.template_version,
                    handover=r.handover_version,
                    started=local_text(r.started_at),
                    by=r.started_by,
                    ended=self.tr(", ended {time}").format(time=local_text(r.ended_at)) if r.ended_at else "",
                    road=self.tr(" · road test {out}–{back} km").format(out=r.road_test_out_km, back=r.road_test_in_km)
                    if r.road_test_out_km is not None
                    else "",
                )
            )
        return "\n".join(lines)

    def _show_results(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.signoffs_view.selectionModel().selectedRows()
        if not rows:
            return
        _round, so = self.signoffs.rows[rows[0].row()]
        self.results.load(so.level, so.results, editable=False)
        self.results_caption.setText(
            self.tr("What {signer} signed for {level} on {time}:").format(
                signer=so.signer, level=level_label(so.level), time=local_text(so.signed_at)
            )
        )
