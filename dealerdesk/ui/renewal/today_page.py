"""A renewal specialist's day: the calls due today, connected calls against the day's target, and from
the summary hour (17:00) the day's loss summary (当日战败汇总).

Keyboard: Up/Down in the list, Enter opens the follow-up record, F5 reads the list again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.renewal import plan, today
from dealerdesk.services.renewal.today import DueCall, LossLine, TodayView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel, row_table_view
from dealerdesk.ui.renewal.followup_dialog import FollowUpDialog
from dealerdesk.ui.widgets.empty_hint import EmptyHint

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#fde2e1")
CHECK_MS = 60_000  # the summary opens at its hour without anyone pressing a key


class DueCallsModel(RowTableModel):
    COLUMNS = 8

    def __init__(self) -> None:
        super().__init__()
        self.day: date | None = None
        self.team = False

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("DueCallsModel", "Call on"),
            QCoreApplication.translate("DueCallsModel", "Customer"),
            QCoreApplication.translate("DueCallsModel", "Mobile"),
            QCoreApplication.translate("DueCallsModel", "Plate"),
            QCoreApplication.translate("DueCallsModel", "Insurer"),
            QCoreApplication.translate("DueCallsModel", "Expires"),
            QCoreApplication.translate("DueCallsModel", "Stage"),
            QCoreApplication.translate("DueCallsModel", "Specialist")
            if self.team
            else QCoreApplication.translate("DueCallsModel", "Calls"),
        ]

    def call(self, row: int) -> DueCall:
        d: DueCall = self.rows[row]
        return d

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.call(index.row())
        col = index.column()
        overdue = self.day is not None and d.call_on < self.day
        if role == Qt.ItemDataRole.BackgroundRole and overdue and col == 0:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and overdue:
            return QCoreApplication.translate("DueCallsModel", "Overdue since {day}").format(day=d.call_on)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 5:
            assert self.day is not None
            return QCoreApplication.translate("DueCallsModel", "{day} ({n} d)").format(
                day=d.due_on.strftime("%m-%d"), n=(d.due_on - self.day).days
            )
        last = d.specialist if self.team else d.calls
        values = (d.call_on.isoformat(), d.customer, d.mobile, f"{d.plate} {d.model}", d.insurer, "")
        return (*values, tr_message(rules.STAGE_LABELS[d.stage]), last)[col]


class LossesModel(RowTableModel):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("LossesModel", "Plate"),
            QCoreApplication.translate("LossesModel", "Customer"),
            QCoreApplication.translate("LossesModel", "Reason"),
            QCoreApplication.translate("LossesModel", "Specialist"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        line: LossLine = self.rows[index.row()]
        reason = tr_message(rules.LOSS_LABELS[line.reason])
        if line.insurer:
            reason += f" ({line.insurer})"
        return (line.plate, line.customer, reason, line.specialist)[index.column()]


class TodayPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.view: TodayView | None = None
        self.heading = QLabel()
        self.heading.setObjectName("today_heading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.target = QProgressBar()
        self.target.setObjectName("today_target")
        self.target.setTextVisible(True)
        self.target.setMinimumWidth(260)
        self.counts = QLabel()
        self.counts.setObjectName("today_counts")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.counts)
        top.addWidget(self.target)

        self.model = DueCallsModel()
        self.table = row_table_view(self.model, "due_calls")
        self.table.doubleClicked.connect(lambda _i: self.open_record())
        self.table.activated.connect(lambda _i: self.open_record())
        self.empty = EmptyHint(self.table)
        self.open_button = QPushButton(self.tr("&Open record…"))
        self.open_button.setObjectName("open_record")
        self.open_button.clicked.connect(self.open_record)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the list again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        self.summary = QGroupBox()
        self.summary.setObjectName("loss_summary")
        self.summary_text = QLabel()
        self.summary_text.setObjectName("loss_summary_text")
        self.summary_text.setWordWrap(True)
        self.losses_model = LossesModel()
        self.losses = row_table_view(self.losses_model, "day_losses")
        self.losses.setMaximumHeight(150)
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.addWidget(self.summary_text)
        summary_layout.addWidget(self.losses)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self.dialog: FollowUpDialog | None = None
        self.planned = False
        self.clock = QTimer(self)
        self.clock.setInterval(CHECK_MS)
        self.clock.timeout.connect(self._tick)
        self.clock.start()

    def refresh(self) -> None:
        chosen = self.current()
        try:
            if not self.planned:  # the Monday build: the first screen of the week builds its plan
                plan.ensure_week_plan(self.ctx.db, self.ctx.actor)
                self.planned = True
            view = today.today_view(self.ctx.db, self.ctx.actor)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.show_view(view, chosen.followup_id if chosen else None)

    def show_view(self, view: TodayView, keep: int | None = None) -> None:
        self.view = view
        self.model.day = view.day
        self.model.team = view.team
        self.model.set_rows(view.due)
        ids = [d.followup_id for d in view.due]
        if ids:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        heading = self.tr("Team's calls due {day}: {n}") if view.team else self.tr("Calls due {day}: {n}")
        self.heading.setText(heading.format(day=view.day.isoformat(), n=len(view.due)))
        self.target.setMaximum(max(view.target, 1))
        self.target.setValue(min(view.connected_today, view.target))
        self.target.setFormat(self.tr("Connected {n} of {target}").format(n=view.connected_today, target=view.target))
        self.counts.setText(
            self.tr("{calls} calls today, {unanswered} not answered (not counted)").format(
                calls=view.calls_today, unanswered=view.calls_today - view.connected_today
            )
        )
        self.empty.explain(self.tr("No call due today: every record's next call is on a later day."))
        self._show_summary(view)
        self.open_button.setEnabled(bool(ids))

    def _show_summary(self, view: TodayView) -> None:
        hour = f"{view.summary_hour}:00"
        if not view.summary_open:
            self.summary.setTitle(self.tr("The day's loss summary"))
            self.summary_text.setText(self.tr("The day's loss summary opens at {hour}.").format(hour=hour))
            self.losses.hide()
            return
        self.summary.setTitle(self.tr("The day's loss summary ({hour})").format(hour=hour))
        if not view.losses:
            self.summary_text.setText(self.tr("No renewal lost today."))
        else:
            counts = ", ".join(f"{tr_message(rules.LOSS_LABELS[r])} {n}" for r, n in view.loss_counts)
            self.summary_text.setText(self.tr("Lost today: {n} — {counts}").format(n=len(view.losses), counts=counts))
        self.losses_model.set_rows(view.losses)
        self.losses.setVisible(bool(view.losses))

    def _tick(self) -> None:
        if self.isVisible() and self.view is not None and not self.view.summary_open:
            self.refresh()

    def current(self) -> DueCall | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.call(rows[0].row()) if rows else None

    def open_record(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        self.dialog = FollowUpDialog(self.ctx, chosen.followup_id, self)
        self.dialog.logged.connect(lambda _id: self.refresh())
        self.dialog.open()
