"""The workshop report: technician efficiency (billed / clocked hours) and overruns by category, weekly or monthly;
for the service manager, the month's discounts beside it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.money import format_hours
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import CATEGORY_LABELS
from dealerdesk.services.workshop import efficiency
from dealerdesk.services.workshop.efficiency import CategoryRow, PeriodRow, TechnicianRow, WorkshopReport
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate
from dealerdesk.ui.workshop.discount_report import DiscountReportPanel

Index = QModelIndex | QPersistentModelIndex
BILLED, CLOCKED, OVER = "#1f77b4", "#ff7f0e", "#d62728"


def _pct(value: int | None) -> str:
    return "" if value is None else f"{value}%"


class TechniciansModel(RowTableModel):
    COLUMNS = 5

    def headers(self) -> list[str]:
        return [
            self.tr("Technician"),
            self.tr("Lines"),
            self.tr("Billed h"),
            self.tr("Clocked h"),
            self.tr("Efficiency"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r: TechnicianRow = self.rows[index.row()]
        values = (r.technician, str(r.lines), format_hours(r.billed_x100), format_hours(r.clocked_x100))
        return (*values, _pct(r.efficiency_pct))[index.column()]


class CategoriesModel(RowTableModel):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [self.tr("Category"), self.tr("Lines"), self.tr("Overruns"), self.tr("Over by (h)")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r: CategoryRow = self.rows[index.row()]
        name = tr_message(CATEGORY_LABELS[r.category]) if r.category else self.tr("No category")
        return (name, str(r.lines), str(r.overruns), format_hours(r.overrun_x100))[index.column()]


class PeriodsModel(RowTableModel):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [self.tr("From"), self.tr("Lines"), self.tr("Overruns"), self.tr("Efficiency")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r: PeriodRow = self.rows[index.row()]
        return (r.start.isoformat(), str(r.lines), str(r.overruns), _pct(r.efficiency_pct))[index.column()]


class BarChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_ = QChart()
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(self.chart_)

    def show_bars(
        self, title: str, labels: list[str], series: list[tuple[str, str, list[float]]], *, counts: bool = False
    ) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        bars = QBarSeries()
        for name, colour, values in series:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.append(values)
            bars.append(bar_set)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(labels)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = QValueAxis()
        top = max((v for _, _, values in series for v in values), default=0.0)
        if counts:  # whole steps: a count axis never labels 1.15 overruns
            step = max(1, -(-(int(top) + 1) // 4))
            y.setRange(0, step * 4)
            y.setTickCount(5)
            y.setLabelFormat("%d")
        else:
            y.setRange(0, max(1.0, top * 1.15))
            y.setLabelFormat("%.1f")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)


def _table(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class WorkshopReportPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.report: WorkshopReport | None = None
        today = date.today()
        self.start = QDateEdit(to_qdate(today.replace(day=1) - timedelta(days=62)))
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.end = QDateEdit(to_qdate(today))
        self.end.setObjectName("end")
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.addItem(self.tr("By week"), "week")
        self.period.addItem(self.tr("By month"), "month")
        show = QPushButton(self.tr("&Show"))
        show.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        for text, widget in ((self.tr("F&rom:"), self.start), (self.tr("&To:"), self.end), ("", self.period)):
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(show)
        bar.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.technicians = TechniciansModel()
        self.categories = CategoriesModel()
        self.periods = PeriodsModel()
        self.tech_chart = BarChart()
        self.category_chart = BarChart()
        self.period_chart = BarChart()
        grid = QGridLayout()
        grid.addWidget(self.tech_chart, 0, 0)
        grid.addWidget(self.category_chart, 0, 1)
        grid.addWidget(self.period_chart, 0, 2)
        grid.addWidget(_table(self.technicians), 1, 0)
        grid.addWidget(_table(self.categories), 1, 1)
        grid.addWidget(_table(self.periods), 1, 2)
        efficiency_tab = QWidget()
        layout = QVBoxLayout(efficiency_tab)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(efficiency_tab, self.tr("Efficiency and overruns"))
        self.discounts: DiscountReportPanel | None = None
        if ctx.actor.has(Role.MANAGER):  # the month's discounts are the service manager's check
            self.discounts = DiscountReportPanel(ctx)
            self.tabs.addTab(self.discounts, self.tr("Discounts by month"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        try:
            report = efficiency.build(
                self.ctx.db,
                self.ctx.actor,
                from_qdate(self.start.date()),
                from_qdate(self.end.date()),
                self.period.currentData(),
            )
        except DealerDeskError as err:
            self.message.setText(error_text(err))
            return
        self.report = report
        self.message.setText("" if report.technicians else self.tr("No labour line was finished in this period."))
        self.technicians.set_rows(report.technicians)
        self.categories.set_rows(report.categories)
        self.periods.set_rows(report.periods)
        self.tech_chart.show_bars(
            self.tr("Billed and clocked hours per technician"),
            [r.technician for r in report.technicians],
            [
                (self.tr("Billed h"), BILLED, [r.billed_x100 / 100 for r in report.technicians]),
                (self.tr("Clocked h"), CLOCKED, [r.clocked_x100 / 100 for r in report.technicians]),
            ],
        )
        self.category_chart.show_bars(
            self.tr("Overruns by category"),
            [tr_message(CATEGORY_LABELS[r.category]) if r.category else "—" for r in report.categories],
            [(self.tr("Overruns"), OVER, [float(r.overruns) for r in report.categories])],
            counts=True,
        )
        self.period_chart.show_bars(
            self.tr("Efficiency per period (%)"),
            [r.start.isoformat() for r in report.periods],
            [(self.tr("Efficiency"), BILLED, [float(r.efficiency_pct or 0) for r in report.periods])],
        )
