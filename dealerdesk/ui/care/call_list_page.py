"""The day's follow-up calls (今日招揽): one row per customer, best-ranked first, called ones at the bottom.

Keyboard: Up/Down picks the customer, Enter (or "Log call…") opens the call dialog, Enter there
saves and the next customer to call is chosen. The status of every car is recomputed once a day
by the first person to open the list. A manager or an administrator chooses whose list to see:
exactly what that person sees.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_calls import OUTCOME_LABELS
from dealerdesk.domain.care_rules import DUE_KIND_LABELS, REASON_LABELS, REASON_SHORT_LABELS, STATUS_LABELS
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.roles import Role
from dealerdesk.services.care import calls, status
from dealerdesk.services.care.calls import CallListRow, CallVehicle
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.services.users import users_with_role
from dealerdesk.ui.care.call_dialog import CallDialog, whom_text
from dealerdesk.ui.care.vehicle_dialog import VehicleDialog
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel, row_table_view
from dealerdesk.ui.widgets.empty_hint import EmptyHint
from dealerdesk.ui.widgets.fit_columns import ColumnFitter

Index = QModelIndex | QPersistentModelIndex
EVERYONE = -1
DETAIL_WIDTH = 200  # the detail panel's width to start with (logical px)


def due_text(v: CallVehicle, *, kind: bool = True) -> str:
    """When the car is due: "First service 2026-04-10 or 5000 km"; without the kind in the list's column,
    where the date must show in a narrow column and the reason beside it says first service or maintenance."""
    if v.due_on is None:
        return ""
    day = f"{v.due_on:%Y-%m-%d}"
    if v.due_km is not None:
        day = QCoreApplication.translate("CallListModel", "{day} or {km} km").format(day=day, km=v.due_km)
    if not kind or v.due_kind is None:
        return day
    return f"{tr_message(DUE_KIND_LABELS[v.due_kind])} {day}"


class CallListModel(RowTableModel):
    COLUMNS = 7

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CallListModel", "Customer"),
            QCoreApplication.translate("CallListModel", "Phone"),
            QCoreApplication.translate("CallListModel", "Cars"),
            QCoreApplication.translate("CallListModel", "Why"),
            QCoreApplication.translate("CallListModel", "Due"),
            QCoreApplication.translate("CallListModel", "Last call"),
            QCoreApplication.translate("CallListModel", "Today"),
        ]

    def row_at(self, row: int) -> CallListRow:
        r: CallListRow = self.rows[row]
        return r

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and r.called_today is not None:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, where the list cuts it short
            return self.whole_text(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return r.name
        if col == 1:
            return r.phone
        if col == 2:
            return ", ".join(f"{v.plate or v.vin[-6:]} {v.model}" for v in r.vehicles)
        if col == 3:  # short: the full reasons are in the tooltip and beside the list
            return " · ".join(tr_message(REASON_SHORT_LABELS[x]) for x in r.reasons)
        if col == 4:
            return next((due_text(v, kind=False) for v in r.vehicles if v.due_on is not None), "")
        if col == 5:
            if r.last_call_on is None or r.last_outcome is None:
                return ""
            return f"{r.last_call_on:%m-%d} {tr_message(OUTCOME_LABELS[r.last_outcome])}"
        return tr_message(OUTCOME_LABELS[r.called_today]) if r.called_today else ""

    def whole_text(self, index: Index) -> str:
        """A cell's text in full, one car or reason a line."""
        r, col = self.row_at(index.row()), index.column()
        if col == 2:
            return "\n".join(f"{v.plate or v.vin[-6:]} {v.model}" for v in r.vehicles)
        if col == 3:
            return "\n".join(tr_message(REASON_LABELS[x]) for x in r.reasons)
        if col == 4:
            return "\n".join(f"{v.plate or v.vin[-6:]}: {due_text(v)}" for v in r.vehicles if v.due_on is not None)
        return str(self.data(index) or "")


class CallListPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.today: date = dealer_today()
        self.person = QComboBox()
        self.person.setObjectName("callListPerson")
        person_label = QLabel(self.tr("Lis&t of:"))
        person_label.setBuddy(self.person)
        self.sees_others = ctx.actor.has(Role.MANAGER, Role.ADMIN)
        self.person.addItem(self.tr("Me ({name})").format(name=ctx.actor.full_name), ctx.actor.id)
        if self.sees_others:
            self.person.addItem(self.tr("Everyone"), EVERYONE)
            for u in users_with_role(ctx.db, Role.CUSTOMER_CARE):
                if u.is_active and u.id != ctx.actor.id:
                    self.person.addItem(u.full_name, u.id)
        else:
            person_label.hide()
            self.person.hide()
        self.person.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("callListCount")
        self.recompute = QPushButton(self.tr("Re&compute today's list"))
        self.recompute.setToolTip(
            self.tr("Recompute every car's status and deal today's list again (after changing the care settings)")
        )
        self.recompute.clicked.connect(self.recompute_today)
        self.recompute.setVisible(self.sees_others)
        top = QHBoxLayout()
        top.addWidget(person_label)
        top.addWidget(self.person)
        top.addWidget(self.count, 1)
        top.addWidget(self.recompute)

        self.model = CallListModel()
        self.table = row_table_view(self.model, "careCallList")
        # Inside the list's width at 1366x768 (125 %) too: the cars, the last call and today's call are cut
        # short ("…", the whole text as a tooltip and beside the list) rather than pushed past the edge; the
        # reasons and the due day keep their text while those can give way.
        self.columns = ColumnFitter(self.table, (2, 3, 4, 5, 6), first=(3, 4))
        self.table.activated.connect(lambda _i: self.log_call())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_row())
        self.empty = EmptyHint(self.table)

        self.detail = QLabel()
        self.detail.setObjectName("callListDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_button = QPushButton(self.tr("Log c&all…"))
        self.log_button.setToolTip(self.tr("Log the call with the chosen customer (Enter)"))
        self.log_button.clicked.connect(self.log_call)
        self.record_button = QPushButton(self.tr("Car recor&d…"))
        self.record_button.setToolTip(self.tr("Open the car's record: owner, contact, usual driver, visits, calls"))
        self.record_button.clicked.connect(self.open_record)
        self.record: VehicleDialog | None = None
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.log_button, 1)
        right_layout.addLayout(buttons)

        # The list takes the width: the detail beside it wraps its lines, a share of the page would leave the
        # list's reasons and due day cut on the front desk's screen. A wider window widens the list.
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([4 * DETAIL_WIDTH, DETAIL_WIDTH])
        self.split = split
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.dialog: CallDialog | None = None
        self._show_row()

    # --- reading -----------------------------------------------------------------------------
    def person_id(self) -> int | None:
        chosen = self.person.currentData()
        return None if chosen == EVERYONE else int(chosen)

    def refresh(self) -> None:
        self.today = dealer_today()
        chosen = self.current()
        try:
            if not status.is_fresh(self.ctx.db, self.today):
                # The first of the day recomputes every car (seconds on a large base): say so while it runs.
                self._recompute(force=False)
            rows = calls.call_list(self.ctx.db, self.ctx.actor, self.person_id(), self.today)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(rows)
        self.columns.fit()
        done = sum(1 for r in rows if r.called_today is not None)
        self.count.setText(self.tr("{done} of {n} customers called today").format(done=done, n=len(rows)))
        self.empty.explain(self.tr("Nobody to call today: no car is due, overdue, lapsing or waiting for a call back."))
        if rows:
            keys = [r.key for r in rows]
            if chosen is not None and chosen.key in keys and rows[keys.index(chosen.key)].called_today is None:
                self.table.selectRow(keys.index(chosen.key))
            else:  # the next one still to call
                self.table.selectRow(next((i for i, r in enumerate(rows) if r.called_today is None), 0))
        self._show_row()

    def recompute_today(self) -> None:
        try:
            self._recompute(force=True)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.refresh()

    def _recompute(self, *, force: bool) -> None:
        """Every car's status for today, with a progress bar: the window repaints meanwhile."""
        self.count.setText(self.tr("Working out today's list from every car's history…"))
        bar = QProgressDialog(self.tr("Working out today's list from every car's history…"), "", 0, 0, self)
        bar.setWindowTitle(self.tr("Today's follow-up calls"))
        bar.setCancelButton(None)  # nothing is written until the end: no half list
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(800)  # a small base is done before the bar would show
        bar.setMinimumWidth(460)  # the whole sentence, in either language

        def progress(done: int, total: int) -> None:
            bar.setMaximum(total)
            bar.setValue(done)  # a modal progress dialog handles the window's events here

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            status.refresh_status(self.ctx.db, self.ctx.actor, dealer_today(), force=force, progress=progress)
        finally:
            QGuiApplication.restoreOverrideCursor()
            bar.close()
            bar.deleteLater()

    def current(self) -> CallListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_row(self) -> None:
        r = self.current()
        self.log_button.setEnabled(r is not None)
        self.record_button.setEnabled(r is not None)
        if r is None:
            self.detail.setText(self.tr("Choose a customer in the list."))
            return
        lines = [
            self.tr("<b>{name}</b><br>dial {phone} ({whom})").format(
                name=escape(r.name), phone=escape(r.phone), whom=whom_text(r.phone_whom)
            )
        ]
        lines.append(escape(" · ".join(tr_message(REASON_LABELS[x]) for x in r.reasons)))
        if self.person_id() is None and r.assigned_to_name:
            lines.append(self.tr("On the list of {name}").format(name=escape(r.assigned_to_name)))
        for v in r.vehicles:
            km_day = (
                self.tr("{km} km/day (own readings)") if v.km_per_day_own else self.tr("{km} km/day (model default)")
            ).format(km=f"{v.km_per_day:.0f}" if v.km_per_day is not None else "–")
            facts = [
                f"<b>{escape(v.plate or v.vin)}</b> {escape(v.model)} — {tr_message(STATUS_LABELS[v.status])}",
                escape(due_text(v)),
                self.tr("about {km} km today, {per_day}").format(
                    km=v.est_km if v.est_km is not None else "–", per_day=km_day
                ),
                self.tr("sold {sale}, last visit {visit}").format(
                    sale=f"{v.sale_on:%Y-%m-%d}" if v.sale_on else "–",
                    visit=f"{v.last_visit_on:%Y-%m-%d}" if v.last_visit_on else self.tr("never"),
                ),
            ]
            lines.append("<br>".join(f for f in facts if f))
        if r.last_call_on is not None and r.last_outcome is not None:
            lines.append(
                self.tr("Last call {day}: {outcome} {note}").format(
                    day=f"{r.last_call_on:%Y-%m-%d}",
                    outcome=tr_message(OUTCOME_LABELS[r.last_outcome]),
                    note=escape(r.last_note),
                )
            )
        if r.called_today is not None:
            lines.append(self.tr("Called today: {outcome}").format(outcome=tr_message(OUTCOME_LABELS[r.called_today])))
        self.detail.setText("<br><br>".join(lines))

    # --- acting ------------------------------------------------------------------------------
    def open_record(self) -> None:
        """The record of the customer's first car on the row (the best-ranked one)."""
        r = self.current()
        if r is None:
            return
        self.record = VehicleDialog(self.ctx, r.vehicles[0].vehicle_id, self)
        self.record.finished.connect(lambda _r: self.refresh())
        self.record.open()

    def log_call(self) -> None:
        r = self.current()
        if r is None:
            return
        self.dialog = CallDialog(self.ctx, r, self.today, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
