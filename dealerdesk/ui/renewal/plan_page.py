"""The weekly follow-up plan (每周跟进计划), for the manager: who calls whom this week, how far each
specialist has got (planned / called / won), and in red every car in the window that is in nobody's plan.

Keyboard: Alt+W the week (PgUp/PgDn a week back or on), Alt+B builds the plan again, Enter on a row
opens its follow-up record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.renewal import plan
from dealerdesk.services.renewal.plan import Gap, PlanRow, PlanView, SpecialistLoad
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel, row_table_view
from dealerdesk.ui.renewal.followup_dialog import FollowUpDialog
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate
from dealerdesk.ui.widgets.empty_hint import EmptyHint
from dealerdesk.ui.widgets.field_problems import ERROR_COLOUR

Index = QModelIndex | QPersistentModelIndex


class LoadsModel(RowTableModel):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("LoadsModel", "Specialist"),
            QCoreApplication.translate("LoadsModel", "Planned"),
            QCoreApplication.translate("LoadsModel", "Called"),
            QCoreApplication.translate("LoadsModel", "Won"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        x = self.load(index.row())
        name = x.name if x.active else QCoreApplication.translate("LoadsModel", "{name} (left)").format(name=x.name)
        return (name, x.planned, x.called, x.won)[index.column()]

    def load(self, row: int) -> SpecialistLoad:
        x: SpecialistLoad = self.rows[row]
        return x


class PlanRowsModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("PlanRowsModel", "Call on"),
            QCoreApplication.translate("PlanRowsModel", "Plate"),
            QCoreApplication.translate("PlanRowsModel", "Customer"),
            QCoreApplication.translate("PlanRowsModel", "Expires"),
            QCoreApplication.translate("PlanRowsModel", "Specialist"),
            QCoreApplication.translate("PlanRowsModel", "Stage"),
        ]

    def row(self, n: int) -> PlanRow:
        r: PlanRow = self.rows[n]
        return r

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.row(index.row())
        stage = tr_message(rules.STAGE_LABELS[r.stage])
        if r.called:
            stage += QCoreApplication.translate("PlanRowsModel", " · called")
        values = (r.call_on.isoformat(), f"{r.plate} {r.model}", r.customer, r.due_on.isoformat())
        return (*values, r.specialist, stage)[index.column()]


class GapsModel(RowTableModel):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("GapsModel", "Call on"),
            QCoreApplication.translate("GapsModel", "Plate"),
            QCoreApplication.translate("GapsModel", "Customer"),
            QCoreApplication.translate("GapsModel", "Expires"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return Qt.GlobalColor.darkRed
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c: Gap = self.rows[index.row()]
        return (c.call_on.isoformat(), f"{c.plate} {c.model}", c.customer, c.due_on.isoformat())[index.column()]


class PlanPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.view: PlanView | None = None
        self.week = QDateEdit()
        self.week.setObjectName("plan_week")
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.week.setDate(to_qdate(rules.week_start(dealer_today())))
        self.week.dateChanged.connect(self._week_changed)
        week_label = QLabel(self.tr("&Week of:"))
        week_label.setBuddy(self.week)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self.week, lambda: self._step(-7))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self.week, lambda: self._step(7))
        self.rule = QComboBox()
        self.rule.setObjectName("plan_rule")
        self.rule.addItem(self.tr("Even split"), "even")
        self.rule.addItem(self.tr("Keep each record's specialist"), "keep")
        rule_label = QLabel(self.tr("R&ule:"))
        rule_label.setBuddy(self.rule)
        self.build_button = QPushButton(self.tr("&Build plan"))
        self.build_button.setObjectName("build_plan")
        self.build_button.setToolTip(self.tr("Adds what is new and hands the records of anyone who left to the others"))
        self.build_button.clicked.connect(self.build)
        self.status = QLabel()
        self.status.setObjectName("plan_status")
        top = QHBoxLayout()
        for w in (week_label, self.week, rule_label, self.rule, self.build_button):
            top.addWidget(w)
        top.addWidget(self.status, 1)

        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("plan_gaps_label")
        self.gaps_label.setWordWrap(True)
        self.gaps_model = GapsModel()
        self.gaps = row_table_view(self.gaps_model, "plan_gaps")
        self.gaps.setMaximumHeight(140)
        self.loads_model = LoadsModel()
        self.loads = row_table_view(self.loads_model, "plan_loads")
        self.loads.setMinimumWidth(300)  # name and three counts without a scroll bar
        self.loads.selectionModel().selectionChanged.connect(lambda *_: self._show_rows())
        self.rows_model = PlanRowsModel()
        self.rows = row_table_view(self.rows_model, "plan_rows")
        self.rows.activated.connect(self.open_record)
        self.rows.doubleClicked.connect(self.open_record)
        self.empty = EmptyHint(self.rows)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.loads)
        split.addWidget(self.rows)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.gaps)
        layout.addWidget(split, 1)
        self.dialog: FollowUpDialog | None = None

    def _step(self, days: int) -> None:
        self.week.setDate(self.week.date().addDays(days))

    def _week_changed(self) -> None:
        monday = rules.week_start(from_qdate(self.week.date()))
        if from_qdate(self.week.date()) != monday:
            self.week.setDate(to_qdate(monday))  # comes back here once with the Monday
            return
        self.refresh()

    def refresh(self) -> None:
        try:
            view = plan.plan_view(self.ctx.db, self.ctx.actor, from_qdate(self.week.date()))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.show_view(view)

    def show_view(self, view: PlanView) -> None:
        chosen = self.chosen()
        self.view = view
        self.rule.setCurrentIndex(max(0, self.rule.findData(view.rule)))
        end = view.week_end
        if view.built_at is None:
            self.status.setText(self.tr("{start} to {end}: not built yet").format(start=view.week_start, end=end))
        else:
            self.status.setText(
                self.tr("{start} to {end}: {n} calls planned").format(
                    start=view.week_start, end=end, n=sum(x.planned for x in view.loads)
                )
            )
        if view.gap_count:
            self.gaps_label.setText(
                self.tr("Error: {n} cars whose policy is due a call this week are in nobody's plan. Build the plan.")
                .format(n=view.gap_count)
            )  # fmt: skip
            self.gaps_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        else:
            self.gaps_label.setText(self.tr("Every car due a call this week is in someone's plan."))
            self.gaps_label.setStyleSheet("")
        self.gaps_model.set_rows(view.gaps)
        self.gaps.setVisible(bool(view.gaps))
        self.loads_model.set_rows(view.loads)
        ids = [x.specialist_id for x in view.loads]
        if ids:
            self.loads.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._show_rows()
        self.empty.explain(
            self.tr("No plan for this week yet.") if view.built_at is None else self.tr("Nothing planned for them.")
        )

    def chosen(self) -> int | None:
        """The specialist whose calls are listed."""
        rows = self.loads.selectionModel().selectedRows()
        return self.loads_model.load(rows[0].row()).specialist_id if rows else None

    def _show_rows(self) -> None:
        """The chosen specialist's calls this week (one at a time: the team's week is thousands of rows)."""
        who = self.chosen()
        if who is None or self.view is None:
            self.rows_model.set_rows([])
            return
        try:
            rows = plan.plan_rows(self.ctx.db, self.ctx.actor, self.view.week_start, who)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.rows_model.set_rows(rows)

    def build(self) -> None:
        start = from_qdate(self.week.date())
        try:
            built = plan.build_plan(self.ctx.db, self.ctx.actor, start, str(self.rule.currentData()))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.refresh()
        show_info(
            self,
            self.tr("Plan of the week of {start}: {added} added, {moved} handed to another specialist, {total} in all.")
            .format(start=built.week_start, added=built.added, moved=built.reassigned, total=built.total),
        )  # fmt: skip

    def open_record(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.dialog = FollowUpDialog(self.ctx, self.rows_model.row(index.row()).followup_id, self)
        self.dialog.logged.connect(lambda _id: self.refresh())
        self.dialog.open()
