"""The daily document audit (每日单据检查): audit a day, decide each finding, follow each person's score."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.review import document_audit as audit
from dealerdesk.services.review.document_audit import FINDING_STATUS_LABELS, FindingStatus, Grain
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, tr_message
from dealerdesk.ui.review.excuse_dialog import ExcuseDialog
from dealerdesk.ui.review.findings_model import FindingsModel, ScoresModel
from dealerdesk.ui.review.score_chart import ScoreChart
from dealerdesk.ui.widgets.date_times import from_qdate, local_text, to_qdate
from dealerdesk.ui.widgets.empty_hint import EmptyHint

PERIODS_SHOWN = 8


class DocumentAuditPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.day_edit = QDateEdit(to_qdate(dealer_today() - timedelta(days=1)))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setMaximumDate(to_qdate(dealer_today() - timedelta(days=1)))
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day_edit)
        self.run_button = QPushButton(self.tr("&Audit this day"))
        self.run_button.setToolTip(self.tr("Check every order with activity on this day against the rules (F5)"))
        self.run_button.clicked.connect(self.run_audit)
        run_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.run_audit)
        run_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.week_button = QPushButton(self.tr("Audit the &week to this day"))
        self.week_button.setToolTip(self.tr("The seven days ending on this day, e.g. after a holiday"))
        self.week_button.clicked.connect(self.run_week)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day_edit)
        top.addWidget(self.run_button)
        top.addWidget(self.week_button)
        top.addWidget(self.summary, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._findings_tab(), self.tr("Fi&ndings"))
        self.tabs.addTab(self._scores_tab(), self.tr("S&cores"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.day_edit.dateChanged.connect(self.refresh)
        self.day: audit.AuditDay | None = None

    # --- building ----------------------------------------------------------------------------
    def _findings_tab(self) -> QWidget:
        self.show_status = QComboBox()
        self.show_status.addItem(self.tr("All findings"), None)
        for status in FindingStatus:
            self.show_status.addItem(tr_message(FINDING_STATUS_LABELS[status]), status.value)
        self.show_status.setCurrentIndex(1)  # to decide: what the manager came for
        self.show_status.currentIndexChanged.connect(self._fill_findings)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_status)
        self.accept_button = QPushButton(self.tr("Acce&pt"))
        self.accept_button.setToolTip(self.tr("The finding stands and counts in the person's score"))
        self.excuse_button = QPushButton(self.tr("E&xcuse…"))
        self.excuse_button.setToolTip(self.tr("The finding does not count; say why"))
        self.open_button = QPushButton(self.tr("&Open order"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.excuse_button.clicked.connect(self.excuse_selected)
        self.open_button.clicked.connect(self.open_selected)
        bar = QHBoxLayout()
        bar.addWidget(show_label)
        bar.addWidget(self.show_status)
        bar.addStretch(1)
        for button in (self.accept_button, self.excuse_button, self.open_button):
            bar.addWidget(button)

        self.findings = FindingsModel()
        self.findings_proxy = QSortFilterProxyModel(self)
        self.findings_proxy.setSourceModel(self.findings)
        self.findings_table = QTableView()
        self.findings_table.setObjectName("findings_table")
        self.findings_table.setModel(self.findings_proxy)
        self.findings_table.setSortingEnabled(True)
        self.findings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings_table.setWordWrap(True)
        header = self.findings_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.findings_table.activated.connect(lambda _i: self.open_selected())
        self.findings_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.findings_hint = EmptyHint(self.findings_table)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.findings_table, 1)
        return tab

    def _scores_tab(self) -> QWidget:
        self.grain = QComboBox()
        for grain, label in (
            (Grain.DAY, self.tr("By day")),
            (Grain.WEEK, self.tr("By week")),
            (Grain.MONTH, self.tr("By month")),
        ):
            self.grain.addItem(label, grain.value)
        self.grain.setCurrentIndex(1)
        self.grain.currentIndexChanged.connect(self.refresh)
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(self._fill_scores_table)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        bar = QHBoxLayout()
        bar.addWidget(self.grain)
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.scores = ScoresModel()
        self.scores_table = QTableView()
        self.scores_table.setObjectName("scores_table")
        self.scores_table.setModel(self.scores)
        self.scores_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scores_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.scores_table.verticalHeader().hide()
        self.chart = ScoreChart()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.scores_table)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 780])  # the table's five columns whole, the chart takes the rest
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.score_rows: list[audit.ScoreRow] = []
        return tab

    # --- reading -----------------------------------------------------------------------------
    def selected_day(self) -> date:
        return from_qdate(self.day_edit.date())

    def refresh(self) -> None:
        try:
            if self.tabs.currentIndex() == 0:
                self.day = audit.load_day(self.ctx.db, self.ctx.actor, self.selected_day())
                self._fill_findings()
            else:
                self._load_scores()
        except DealerDeskError as err:
            show_error(self, error_text(err))

    def _fill_findings(self) -> None:
        day = self.day
        if day is None:
            return
        wanted = self.show_status.currentData()
        rows = [f for f in day.findings if wanted is None or f.status.value == wanted]
        current = self.findings_table.selectionModel().selectedRows()
        position = current[0].row() if current else 0
        self.findings.set_rows(rows)
        self.findings_table.resizeRowsToContents()
        if rows:
            # The next finding to decide takes the place of the one just decided: Alt+P, Alt+P… works down the list.
            self.findings_table.selectRow(min(position, len(rows) - 1))
        if day.run_at is None:
            self.summary.setText(self.tr("{day} has not been audited yet.").format(day=day.day.isoformat()))
        else:
            self.summary.setText(
                self.tr(
                    "Audited {at} by {name}: {orders} orders, {open} to decide, {accepted} accepted, {excused} excused."
                ).format(
                    at=local_text(day.run_at),
                    name=day.run_by_name,
                    orders=day.orders_checked,
                    open=day.count(FindingStatus.OPEN),
                    accepted=day.count(FindingStatus.ACCEPTED),
                    excused=day.count(FindingStatus.EXCUSED),
                )
            )
        self._explain_empty(day, wanted)
        self._enable()

    def _explain_empty(self, day: audit.AuditDay, wanted: str | None) -> None:
        """Why no finding shows, and the next step."""
        hint = self.findings_hint
        if day.run_at is None:
            hint.explain(
                self.tr("This day has not been audited yet.\nChoose Audit this day (F5) to check its orders."),
                self.run_button.text(),
                self.run_audit,
            )
        elif not day.findings:
            hint.explain(self.tr("No findings: every order of this day kept the rules."))
        elif wanted == FindingStatus.OPEN.value:
            hint.explain(
                self.tr("Every finding of this day is decided.\nShow all findings to see them again."),
                self.tr("Show all findings"),
                lambda: self.show_status.setCurrentIndex(0),
            )
        else:
            hint.explain(
                self.tr("No finding with this decision.\nShow all findings to see the others."),
                self.tr("Show all findings"),
                lambda: self.show_status.setCurrentIndex(0),
            )

    def _load_scores(self) -> None:
        grain = Grain(self.grain.currentData())
        end = self.selected_day()
        start = audit.period_start(end, grain)
        for _ in range(PERIODS_SHOWN - 1):
            start = audit.period_start(start - timedelta(days=1), grain)
        self.score_rows = audit.scores(self.ctx.db, self.ctx.actor, start, end, grain)
        periods = sorted({r.period for r in self.score_rows})
        labels = [self._period_label(p, grain) for p in periods]
        self.period.blockSignals(True)
        self.period.clear()
        for p, label in zip(periods, labels, strict=True):
            self.period.addItem(label, p.isoformat())
        self.period.setCurrentIndex(len(periods) - 1)
        self.period.blockSignals(False)
        self._fill_scores_table()
        title = self.tr("Process kept: share of each person's orders with no finding")
        self.chart.show_scores(title, periods, labels, self.score_rows)

    def _period_label(self, start: date, grain: Grain) -> str:
        if grain == Grain.MONTH:
            return start.strftime("%Y-%m")
        if grain == Grain.WEEK:
            return self.tr("week of {day}").format(day=start.strftime("%m-%d"))
        return start.strftime("%m-%d")

    def _fill_scores_table(self) -> None:
        chosen = self.period.currentData()
        self.scores.set_rows([r for r in self.score_rows if r.period.isoformat() == chosen])

    # --- acting ------------------------------------------------------------------------------
    def selected(self) -> audit.FindingView | None:
        rows = self.findings_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.findings.finding(self.findings_proxy.mapToSource(rows[0]).row())

    def _enable(self) -> None:
        f = self.selected()
        self.accept_button.setEnabled(f is not None and f.status != FindingStatus.ACCEPTED)
        self.excuse_button.setEnabled(f is not None)
        self.open_button.setEnabled(f is not None)

    def run_audit(self) -> None:
        try:
            self.day = audit.run_audit(self.ctx.db, self.ctx.actor, self.selected_day())
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.tabs.setCurrentIndex(0)
        self._fill_findings()

    def run_week(self) -> None:
        last = self.selected_day()
        try:
            days = audit.run_audits(self.ctx.db, self.ctx.actor, last - timedelta(days=6), last)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.day = days[-1]
        self.tabs.setCurrentIndex(0)
        self._fill_findings()
        found = sum(len(d.findings) for d in days)
        orders = sum(d.orders_checked for d in days)
        self.summary.setText(
            self.tr("Audited {first} to {last}: {orders} orders, {found} findings; this day's are below.").format(
                first=days[0].day.isoformat(), last=last.isoformat(), orders=orders, found=found
            )
        )

    def accept_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        try:
            audit.decide(self.ctx.db, self.ctx.actor, f.id, FindingStatus.ACCEPTED, expected=f.status)
        except DealerDeskError as err:
            show_error(self, error_text(err))
        self.refresh()

    def excuse_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        self.excuse_dialog = ExcuseDialog(self.ctx, f, self)
        self.excuse_dialog.accepted.connect(self.refresh)
        self.excuse_dialog.open()

    def open_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        # Imported on first use, as the work-order list does: the dialog is large.
        from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog

        self.order_dialog = WorkOrderDialog(self.ctx, f.order_id, self)
        self.order_dialog.open()
