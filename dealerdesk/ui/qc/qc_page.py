"""Quality control: orders waiting at each level, the checklist, finishing work and delivering.

The list puts first what the signed-in user can do now (an inspector sees the cars
waiting for final inspection, a technician those to finish or self-check); every
button asks the QC service, which checks the roles again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.roles import Role
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import QueueRow, QueueStage
from dealerdesk.services.renewal import offers
from dealerdesk.services.settlement.settle import SETTLERS
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import ask_yes_no, error_text, show_error, show_info
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from dealerdesk.ui.qc.qc_history_dialog import QcHistoryDialog
from dealerdesk.ui.qc.qc_labels import FAIL_BACKGROUND, FAIL_COLOUR, failure_text, stage_label
from dealerdesk.ui.qc.qc_queue_model import QcQueueFilter, QcQueueModel
from dealerdesk.ui.qc.reopen_level_dialog import ReopenLevelDialog
from dealerdesk.ui.renewal.offer_dialog import HandoverOfferDialog
from dealerdesk.ui.settlement.settlement_dialog import SettlementDialog
from dealerdesk.ui.widgets.empty_hint import EmptyHint


class QcPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: QWidget | None = None  # the checklist / history / reopen dialog last opened

        self.stage = QComboBox()
        self.stage.setObjectName("stageFilter")
        self.stage.addItem(self.tr("All stages"), None)
        for stage in QueueStage:
            self.stage.addItem(stage_label(stage), int(stage))
        self.mine = QCheckBox(self.tr("Only what I can do &now"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Order number or plate"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        stage_caption = QLabel(self.tr("&Stage:"))
        stage_caption.setBuddy(self.stage)
        search_caption = QLabel(self.tr("F&ind:"))
        search_caption.setBuddy(self.search)
        filters = QHBoxLayout()
        filters.addWidget(stage_caption)
        filters.addWidget(self.stage)
        filters.addWidget(self.mine)
        filters.addWidget(search_caption)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)

        self.model = QcQueueModel(ctx.lang)
        self.proxy = QcQueueFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("qcQueue")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the rows in view plus 100, not all of them: with 1,000 cars in the queue measuring
        # every cell made each refresh take over a second (bench/bench_long_run.py).
        header.setResizeContentsPrecision(100)
        # The last signature (or what failed) takes the room left and is elided, so that the
        # promised time and the advisor never scroll out of sight.
        header.setSectionResizeMode(QcQueueModel.LAST, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Enter and double-click both emit activated: connecting doubleClicked too opened two dialogs.
        self.table.activated.connect(lambda _i: self.open_checklist())

        self.empty_hint = EmptyHint(self.table)

        # What a car back in the workshop failed, for the technician doing the rework.
        self.failure = QLabel()
        self.failure.setObjectName("failureLabel")
        self.failure.setWordWrap(True)
        self.failure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure.setStyleSheet(
            f"background: {FAIL_BACKGROUND.name()}; color: {FAIL_COLOUR.name()}; padding: 4px;"
            f" border: 1px solid {FAIL_COLOUR.name()};"
        )
        self.failure.hide()

        self.open_button = QPushButton(self.tr("&Open checklist…"))
        self.open_button.clicked.connect(self.open_checklist)
        self.finish_button = QPushButton(self.tr("Finish &work → QC"))
        self.finish_button.clicked.connect(self.finish_work)
        self.settle_button = QPushButton(self.tr("Sett&le…"))
        self.settle_button.clicked.connect(self.settle)
        self.offer_button = QPushButton(self.tr("Renewal off&er…"))
        self.offer_button.setToolTip(self.tr("续保前移: the renewal offer of a claim repair, before delivery"))
        self.offer_button.clicked.connect(lambda: self.renewal_offer())
        self.deliver_button = QPushButton(self.tr("&Deliver"))
        self.deliver_button.clicked.connect(self.deliver)
        self.history_button = QPushButton(self.tr("QC histor&y…"))
        self.history_button.clicked.connect(self.show_history)
        self.reopen_button = QPushButton(self.tr("&Reopen level…"))
        self.reopen_button.clicked.connect(self.reopen)
        self.reopen_button.setVisible(ctx.actor.has(Role.MANAGER))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        buttons = QHBoxLayout()
        for b in (
            self.open_button,
            self.finish_button,
            self.settle_button,
            self.offer_button,
            self.deliver_button,
            self.history_button,
            self.reopen_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(refresh)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.failure)
        layout.addLayout(buttons)

        self.stage.currentIndexChanged.connect(self._filter)
        self.mine.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # --- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected()
        try:
            rows = qc.qc_queue(self.ctx.db, self.ctx.actor)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(rows)
        self._filter()
        self.select_order(keep.order_id if keep else None)

    def _filter(self) -> None:
        data = self.stage.currentData()
        self.proxy.set_filter(QueueStage(data) if data is not None else None, self.mine.isChecked(), self.search.text())
        total = self.model.rowCount()
        mine = sum(1 for r in self.model.rows if r.may_act)
        self.count.setText(
            self.tr("{shown} of {total} orders · {mine} waiting for you").format(
                shown=self.proxy.rowCount(), total=total, mine=mine
            )
        )
        self._update_buttons()
        self._explain_empty(total)

    def _explain_empty(self, total: int) -> None:
        if total:
            self.empty_hint.explain(
                self.tr(
                    "{count} cars are waiting, but none matches the stage, the search or “only what I can do now”."
                ).format(count=total),
                self.tr("Show all {count}").format(count=total),
                self.show_all,
            )
        else:
            self.empty_hint.explain(
                self.tr(
                    "No car is waiting for quality control. A car appears here when its order is dispatched "
                    "to the workshop, and leaves when it is delivered."
                )
            )

    def show_all(self) -> None:
        for widget in (self.stage, self.mine, self.search):
            widget.blockSignals(True)
        self.stage.setCurrentIndex(0)
        self.mine.setChecked(False)
        self.search.clear()
        for widget in (self.stage, self.mine, self.search):
            widget.blockSignals(False)
        self._filter()
        self.table.setFocus()

    def selected(self) -> QueueRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def select_order(self, order_id: int | None) -> None:
        target = 0
        for proxy_row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
            if self.model.rows[source].order_id == order_id:
                target = proxy_row
                break
        if self.proxy.rowCount():
            self.table.selectRow(target)
            self.table.setCurrentIndex(self.proxy.index(target, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        stage = row.stage if row else None
        self.open_button.setEnabled(row is not None and row.round_id is not None)
        # Steps for another role stay greyed: an inspector does not finish work, nor deliver.
        self.finish_button.setEnabled(stage is QueueStage.FINISH and row is not None and row.may_act)
        self.deliver_button.setEnabled(stage is QueueStage.DELIVER and row is not None and row.may_act)
        self.settle_button.setEnabled(stage is QueueStage.DELIVER and row is not None and self.ctx.actor.has(*SETTLERS))
        self.offer_button.setEnabled(
            stage is QueueStage.DELIVER and row is not None and self.ctx.actor.has(*offers.RECORDERS)
        )
        self.history_button.setEnabled(row is not None)
        self.reopen_button.setEnabled(row is not None and row.round_id is not None and row.last_signoff is not None)
        failure = row.failure if row is not None else None
        self.failure.setText(failure_text(failure, self.ctx.lang) if failure is not None else "")
        self.failure.setVisible(failure is not None)

    # --- actions ------------------------------------------------------------------------------
    def open_checklist(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.round_id is None:
            if row.stage is QueueStage.FINISH:
                self.finish_work()
            return
        shown = self.dialog
        if isinstance(shown, ChecklistDialog) and shown.isVisible() and shown.round_id == row.round_id:
            shown.raise_()  # this round's checklist is open already: a second copy would go stale
            shown.activateWindow()
            return
        try:
            dialog = ChecklistDialog(self.ctx, row.round_id, parent=self)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        dialog.finished.connect(lambda _r: self.refresh())
        self.dialog = dialog
        dialog.open()

    def finish_work(self) -> None:
        row = self.selected()
        if row is None or row.stage is not QueueStage.FINISH:
            return
        question = self.tr("Finish the work on {number} ({plate}) and hand the car to QC?").format(
            number=row.order_number, plate=row.plate
        )
        if row.failure is not None:
            question = self.tr("{failure}\n\nAre these fixed? {question} A new QC round starts at level 1.").format(
                failure=failure_text(row.failure, self.ctx.lang), question=question
            )
        if not ask_yes_no(self, question):
            return
        try:
            view = qc.finish_work(self.ctx.db, self.ctx.actor, row.order_id)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.refresh()
        self.select_order(view.order_id)

    def settle(self) -> None:
        """The settlement between the hand-over check and delivery; then the statement to print."""
        row = self.selected()
        if row is None or row.stage is not QueueStage.DELIVER:
            return
        try:
            dialog = SettlementDialog(self.ctx, row.order_id, self)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        if dialog.exec():
            dialog.save_statement()
            self.refresh()
            self.select_order(row.order_id)
            if self._offer_missing(row.order_id):  # settled: the claim's final amount decides the offer
                self.renewal_offer(self.tr("Before the car leaves: make the renewal offer and record the answer."))

    def _offer_missing(self, order_id: int) -> bool:
        try:
            state = offers.offer_state(self.ctx.db, order_id)
        except DealerDeskError:
            return False
        return state.due and state.offer is None and self.ctx.actor.has(*offers.RECORDERS)

    def renewal_offer(self, reminder: str = "") -> None:
        """续保前移: the offer of a large claim repair and the customer's answer, recorded before delivery."""
        row = self.selected()
        if row is None or row.stage is not QueueStage.DELIVER:
            return
        try:
            dialog = HandoverOfferDialog(self.ctx, row.order_id, self, reminder=reminder)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()

    def deliver(self) -> None:
        row = self.selected()
        if row is None or row.stage is not QueueStage.DELIVER:
            return
        if self._offer_missing(row.order_id):  # the offer first: the service would refuse the delivery
            self.renewal_offer(self.tr("Delivery waits for the renewal offer: record the customer's answer first."))
            return
        if not ask_yes_no(
            self,
            self.tr("Hand {number} ({plate}) over to the customer now?").format(
                number=row.order_number, plate=row.plate
            ),
        ):
            return
        try:
            qc.deliver(self.ctx.db, self.ctx.actor, row.order_id)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        show_info(self, self.tr("{number} is delivered.").format(number=row.order_number))
        self.refresh()

    def show_history(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = QcHistoryDialog(self.ctx, row.order_id, self)
        self.dialog = dialog
        dialog.open()

    def reopen(self) -> None:
        row = self.selected()
        if row is None or row.round_id is None:
            return
        try:
            view = qc.load_round(self.ctx.db, row.round_id)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        dialog = ReopenLevelDialog(self.ctx, view, self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
