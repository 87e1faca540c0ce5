"""Rework reports for a period: summary, tables and charts by month, technician, team, cause and category.

Exported as CSV (safe for spreadsheets) or printed as a PDF in the paper font.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
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
from dealerdesk.domain.rework_rates import Grouping
from dealerdesk.domain.vocabulary import REWORK_KIND_LABELS
from dealerdesk.reports.csv_export import Cell, write_csv
from dealerdesk.reports.rework_report_pdf import (
    ChartSeries,
    ReportChart,
    ReportTable,
    ReworkReportDocument,
    render_rework_report,
)
from dealerdesk.reports.writing import write_pdf
from dealerdesk.services.rework.reports import REPORT_ROLES, ReworkReport, build_report
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message
from dealerdesk.ui.rework.rework_chart import ReworkChart
from dealerdesk.ui.rework.rework_register_model import KIND_COLOURS
from dealerdesk.ui.rework.rework_report_model import GroupTable, ReportTables, ReworkReportModel, cell_text
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate
from dealerdesk.ui.widgets.empty_hint import EmptyHint


def _month_back(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


class GroupTab(QWidget):
    """One grouping: its chart above its table."""

    def __init__(self) -> None:
        super().__init__()
        self.chart = ReworkChart()
        self.model = ReworkReportModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ReworkReportModel.SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_hint = EmptyHint(self.view)
        self.empty_hint.explain(self.tr("No rework in this period. Choose a longer period above."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_table(self, table: GroupTable, chart_title: str) -> None:
        self.model.set_table(table)
        self.proxy.sort(-1)  # back to the report's own order (months in order, causes in 5M order)
        labels = [str(row[0]) for row in table.rows]
        self.chart.show_groups(chart_title, labels, table.counts, table.ftr)


class ReportsPage(QWidget):
    PRESETS = ("last_12_months", "this_year", "last_year", "this_month", "last_month", "custom")

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.report: ReworkReport | None = None
        self.tables: list[GroupTable] = []
        self.builder = ReportTables(self)

        self.preset = QComboBox()
        for key, label in zip(
            self.PRESETS,
            (
                self.tr("Last 12 months"),
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("This month"),
                self.tr("Last month"),
                self.tr("Custom period"),
            ),
            strict=True,
        ):
            self.preset.addItem(label, key)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.period_bar = QWidget()
        top = QHBoxLayout(self.period_bar)
        top.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (self.tr("&Period:"), self.preset),
            (self.tr("Fro&m:"), self.date_from),
            (self.tr("&To:"), self.date_to),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            top.addWidget(lab)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)

        self.summary_box = QGroupBox(self.tr("Whole period"))
        self.summary_grid = QGridLayout(self.summary_box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.tabs = QTabWidget()
        self.group_tabs: list[GroupTab] = []
        for _title in self.builder.titles().values():
            tab = GroupTab()
            self.group_tabs.append(tab)
            self.tabs.addTab(tab, _title[0])

        layout = QVBoxLayout(self)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.tabs, 1)
        self.allowed = ctx.actor.has(*REPORT_ROLES)
        if not self.allowed:
            # Said once, plainly, instead of an empty greyed-out page (the service refuses too).
            self.period_bar.hide()
            layout.addStretch(1)
            self.message.setStyleSheet(
                "QLabel { background: #fff4e5; border: 1px solid #f0c36d; padding: 12px; font-size: 11pt; }"
            )
            self.message.setText(
                self.tr(
                    "The rework reports are only for the service manager, QC inspectors, team leads and "
                    "administrators. The rework register itself is open to you on the Rework page; ask the "
                    "service manager for the figures."
                )
            )
            self.message.show()

        self._applying_preset = False
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        self._preset_changed()

    # --- period ------------------------------------------------------------------------------
    def _preset_changed(self) -> None:
        key = self.preset.currentData()
        today = dealer_today()
        ranges = {
            "last_12_months": (_month_back(today, 11), today),
            "this_year": (date(today.year, 1, 1), today),
            "last_year": (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
            "this_month": (today.replace(day=1), today),
            "last_month": (_month_back(today, 1), today.replace(day=1) - timedelta(days=1)),
        }
        if key in ranges:
            start, end = ranges[key]
            self._applying_preset = True
            self.date_from.setDate(to_qdate(start))
            self.date_to.setDate(to_qdate(end))
            self._applying_preset = False
        self.refresh()

    def _dates_changed(self) -> None:
        if self._applying_preset:
            return
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.PRESETS.index("custom"))
        self.preset.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[date, date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.allowed:
            self._show_report(None)
            return
        start, end = self.period()
        try:
            report = build_report(self.ctx.db, self.ctx.actor, start, end)
        except DealerDeskError as err:
            # A period ending before it starts, say: the message replaces the figures of another period.
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error_text(err))
            self.message.show()
            self._show_report(None)
            return
        self.message.hide()
        self._show_report(report)

    def _show_report(self, report: ReworkReport | None) -> None:
        self.report = report
        for w in (self.csv_button, self.pdf_button):
            w.setEnabled(report is not None)
        for w in (self.summary_box, self.tabs):
            w.setVisible(report is not None)
        if report is None:
            self.tables = []
            return
        self.tables = self.builder.build(report)
        for tab, table in zip(self.group_tabs, self.tables, strict=True):
            tab.show_table(table, table.title)
        self._show_summary(self.builder.summary(report))

    def _show_summary(self, items: list[tuple[str, str]]) -> None:
        while self.summary_grid.count():
            item = self.summary_grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        for i, (label, value) in enumerate(items):
            row, col = divmod(i, 2)  # three pairs a row outgrew 1366x768 at 125 % in English
            name = QLabel(label)
            name.setStyleSheet("color: #555;")
            shown = QLabel(value)
            shown.setStyleSheet("font-weight: bold;")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_grid.addWidget(name, row, col * 2)
            self.summary_grid.addWidget(shown, row, col * 2 + 1)

    def summary_texts(self) -> dict[str, str]:
        """What the summary box shows, label to value (for tests and the PDF)."""
        return dict(self.builder.summary(self.report)) if self.report else {}

    # --- export ------------------------------------------------------------------------------
    def _period_text(self) -> str:
        start, end = self.period()
        return self.tr("{start} to {end}").format(start=start.isoformat(), end=end.isoformat())

    def _ask_path(self, caption: str, suffix: str, pattern: str) -> str | None:
        start, end = self.period()
        suggested = f"rework-{start.isoformat()}-{end.isoformat()}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, pattern)
        return path or None

    def csv_rows(self) -> tuple[list[str], list[list[Cell]]]:
        """All groupings in one sheet: the grouping's name in the first column."""
        if not self.tables:
            return [], []
        header = [self.tr("Grouping"), self.tr("Group"), *self.tables[0].header[1:]]
        rows: list[list[Cell]] = []
        if self.report is not None:
            whole = self.builder.row(self._period_text(), self.report.overall, self.report.first_time_right)
            rows.append([self.tr("Whole period"), *whole])
        for table in self.tables:
            rows += [[table.title, *row] for row in table.rows]
        return header, rows

    def export_csv(self, path: str | None = None) -> str | None:
        if self.report is None:
            return None
        path = path or self._ask_path(self.tr("Export rework report"), "csv", self.tr("CSV files (*.csv)"))
        if not path:
            return None
        header, rows = self.csv_rows()
        try:
            write_csv(path, header, rows)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        show_info(self, self.tr("The report was saved to {path}.").format(path=path))
        return path

    def pdf_document(self) -> ReworkReportDocument:
        assert self.report is not None
        tables = []
        for table in self.tables:
            chart = ReportChart(
                self.tr("Reworks"),
                [str(row[0]) for row in table.rows],
                [
                    ChartSeries(tr_message(REWORK_KIND_LABELS[kind]), table.counts[kind], KIND_COLOURS[kind])
                    for kind in table.counts
                ],
            )
            tables.append(
                ReportTable(
                    table.title,
                    table.header,
                    [[cell_text(c) for c in row] for row in table.rows],
                    chart=chart if table.grouping in (Grouping.MONTH, Grouping.CAUSE) else None,
                )
            )
        now = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
        return ReworkReportDocument(
            dealer=self.ctx.settings.dealer_name,
            title=self.tr("Rework report"),
            period=self._period_text(),
            generated=self.tr("Printed {when} by {name}").format(when=now, name=self.ctx.actor.full_name),
            page_label=self.tr("Page {page} of {total}"),
            summary=self.builder.summary(self.report),
            tables=tables,
        )

    def save_pdf(self, path: str | None = None) -> str | None:
        if self.report is None:
            return None
        path = path or self._ask_path(self.tr("Save rework report"), "pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        try:
            write_pdf(path, render_rework_report(self.pdf_document(), self.ctx.settings.font_path or None))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        show_info(self, self.tr("The report was saved to {path}.").format(path=path))
        return path
