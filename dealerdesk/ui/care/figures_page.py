"""Monthly figures of the care desk (客户关怀月报): the rates, the source document's per-outlet table,
calls per person, the customer base by visit frequency, two charts, and a PDF for the weekly meeting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QLineSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_figures import (
    FREQUENCY_LABELS,
    CallerRow,
    CareFigures,
    FrequencyClass,
    Month,
    OutletRow,
    Ratio,
    TrendPoint,
    outlet_total,
    percent_text,
)
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.reports.rework_report_pdf import (
    ChartSeries,
    ReportChart,
    ReportTable,
    ReworkReportDocument,
    render_rework_report,
)
from dealerdesk.reports.writing import write_pdf
from dealerdesk.services.care.figures import load_figures, load_trend
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message
from dealerdesk.ui.models.row_table_model import Index, RowTableModel, row_table_view

CALLED_IN_COLOUR = "#2f7ed8"
WALK_IN_COLOUR = "#a6c8ea"
CAME_BACK_COLOUR = "#2ca02c"
NEVER_PAID_COLOUR = "#d62728"
RETURN_COLOUR = "#ff7f0e"
FIRST_SERVICE_COLOUR = "#7b4ea3"
MONTHS_OFFERED = 24


def axis_top(top: int) -> tuple[int, int]:
    """(range, step) of four whole, round steps above ``top``: 1, 2 or 5 times a power of ten."""
    raw = max(1, -(-(top + 1) // 4))
    power = 1
    while power * 10 <= raw:
        power *= 10
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * 4, step


def short_month(m: Month) -> str:
    """Twelve bars leave room for the month's number only; the title names the span."""
    return f"{m.month:02d}"


def yuan(fen: int) -> str:
    return f"{fen / 100:,.2f}"


class OutletModel(RowTableModel):
    COLUMNS = 7

    def __init__(self, own_label: str) -> None:
        super().__init__()
        self.own_label = own_label

    def headers(self) -> list[str]:
        return outlet_header()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return outlet_cells(self.rows[index.row()], self.own_label)[index.column()]


def outlet_header() -> list[str]:
    return [
        QCoreApplication.translate("CareTables", "Sold by"),
        QCoreApplication.translate("CareTables", "Cars sold"),
        QCoreApplication.translate("CareTables", "Came back for paid work"),
        QCoreApplication.translate("CareTables", "Share"),
        QCoreApplication.translate("CareTables", "Never paid"),
        QCoreApplication.translate("CareTables", "Never came at all"),
        QCoreApplication.translate("CareTables", "Paid work (yuan)"),
    ]


def outlet_cells(r: OutletRow, own_label: str) -> list[str]:
    return [
        r.outlet or own_label,
        str(r.sold),
        str(r.came_back),
        percent_text(r.came_back_pct),
        f"{r.never_paid} ({percent_text(r.never_paid_pct)})",
        str(r.never_came),
        yuan(r.paid_fen),
    ]


class CallerModel(RowTableModel):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [self.tr("Person"), self.tr("Calls made"), self.tr("Connected"), self.tr("Connected share")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return caller_cells(self.rows[index.row()])[index.column()]


def caller_cells(r: CallerRow) -> list[str]:
    return [r.name, str(r.made), str(r.connected), percent_text(r.connected_pct)]


class TrendChart(QChartView):
    """Visits called in and walked in per month (stacked), with the return and first-service rates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)

    def show_trend(self, points: list[TrendPoint]) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        span = f"{points[0].month.label} – {points[-1].month.label}" if points else ""
        chart.setTitle(self.tr("Visits and rates, last 12 months ({span})").format(span=span))
        bars = QStackedBarSeries()
        for label, colour, values in (
            (self.tr("Called in"), CALLED_IN_COLOUR, [p.called_in for p in points]),
            (self.tr("Walk-in"), WALK_IN_COLOUR, [p.walk_in for p in points]),
        ):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(colour))
            bar_set.append([float(v) for v in values])
            bars.append(bar_set)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append([short_month(p.month) for p in points])
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, axis_top(max((p.visits for p in points), default=0))[0])
        y.setTickCount(5)
        y.setLabelFormat("%d")
        y.setTitleText(self.tr("Visits"))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
        right = QValueAxis()
        right.setRange(0, 100)
        right.setTickCount(5)
        right.setLabelFormat("%d %%")
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        for label, colour, ratios in (
            (self.tr("Return rate %"), RETURN_COLOUR, [p.maintenance_return for p in points]),
            (self.tr("First-service rate %"), FIRST_SERVICE_COLOUR, [p.first_service for p in points]),
        ):
            line = QLineSeries()
            line.setName(label)
            line.setPen(QPen(QColor(colour), 2))
            line.setPointsVisible(True)
            for i, ratio in enumerate(ratios):
                if ratio.pct is not None:
                    line.append(float(i), float(ratio.pct))
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(right)


class OutletChart(QChartView):
    """Per outlet: the cars that came back for paid work and those that never did, stacked to the cars sold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)

    def show_outlets(self, rows: list[OutletRow], own_label: str) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Cars sold in the last 12 months: came back or not"))
        bars = QStackedBarSeries()
        for label, colour, values in (
            (self.tr("Came back for paid work"), CAME_BACK_COLOUR, [r.came_back for r in rows]),
            (self.tr("Never paid"), NEVER_PAID_COLOUR, [r.never_paid for r in rows]),
        ):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(colour))
            bar_set.append([float(v) for v in values])
            bars.append(bar_set)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append([r.outlet or own_label for r in rows])
        small = x.labelsFont()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        x.setLabelsFont(small)
        if len(rows) > 4:
            x.setLabelsAngle(-30)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, axis_top(max((r.sold for r in rows), default=0))[0])
        y.setTickCount(5)
        y.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)


class FiguresPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.figures: CareFigures | None = None
        self.trend: list[TrendPoint] = []
        self.own_label = self.tr("Own new-car sales")

        self.month = QComboBox()
        self.month.setObjectName("figuresMonth")
        last_complete = Month.of(dealer_today()).shifted(-1)
        for back in range(MONTHS_OFFERED):
            m = last_complete.shifted(1 - back)  # this month (so far) first, then the complete ones
            self.month.addItem(m.label, m)
        self.month.setCurrentIndex(1)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        month_label = QLabel(self.tr("&Month"))
        month_label.setBuddy(self.month)
        self.pdf_button = QPushButton(self.tr("P&DF for the weekly meeting…"))
        self.pdf_button.setObjectName("figuresPdf")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.pdf_button)

        self.rate_labels: dict[str, QLabel] = {}
        rates = QGroupBox(self.tr("The month's figures"))
        grid = QGridLayout(rates)
        for i, (key, text) in enumerate(self.rate_names()):
            value = QLabel("—")
            value.setObjectName(f"rate_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rate_labels[key] = value
            grid.addWidget(QLabel(text), i // 3, (i % 3) * 2)
            grid.addWidget(value, i // 3, (i % 3) * 2 + 1)

        self.trend_chart = TrendChart()
        self.outlet_chart = OutletChart()
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.trend_chart)
        charts.addWidget(self.outlet_chart)

        self.outlets = OutletModel(self.own_label)
        self.outlet_view = row_table_view(self.outlets, "outletTable")
        self.callers = CallerModel()
        self.caller_view = row_table_view(self.callers, "callerTable")
        outlet_box = QGroupBox(self.tr("Per outlet: cars sold in the last 12 months"))
        QVBoxLayout(outlet_box).addWidget(self.outlet_view)
        caller_box = QGroupBox(self.tr("Calls per person"))
        QVBoxLayout(caller_box).addWidget(self.caller_view)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(outlet_box)
        tables.addWidget(caller_box)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 2)

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(charts)
        body.addWidget(tables)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(rates)
        layout.addWidget(body, 1)

    def rate_names(self) -> list[tuple[str, str]]:
        return [
            ("return", self.tr("Planned-maintenance return rate")),
            ("first_service", self.tr("First-service rate")),
            ("retention", self.tr("Retention")),
            ("lost", self.tr("Lost rate")),
            ("called_in", self.tr("Called in / walk-in")),
            ("frequency", self.tr("Customer base A / B / C / D")),
        ]

    def selected_month(self) -> Month:
        month = self.month.currentData()
        assert isinstance(month, Month)
        return month

    def refresh(self) -> None:
        month = self.selected_month()
        try:
            self.figures = load_figures(self.ctx.db, self.ctx.actor, month)
            self.trend = load_trend(self.ctx.db, self.ctx.actor, month)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        for key, text in self.rate_values(self.figures).items():
            self.rate_labels[key].setText(text)
        rows = self.outlet_rows()
        self.outlets.set_rows(rows)
        self.callers.set_rows(self.figures.callers)
        self.trend_chart.show_trend(self.trend)
        self.outlet_chart.show_outlets(self.figures.outlets, self.own_label)

    def outlet_rows(self) -> list[OutletRow]:
        assert self.figures is not None
        rows = list(self.figures.outlets)
        outlets = [r for r in rows if r.outlet]
        if outlets:
            rows.append(outlet_total(outlets, self.tr("All outlets")))
        return rows

    def rate_values(self, f: CareFigures) -> dict[str, str]:
        visits = Ratio(f.called_in, f.visits)
        return {
            "return": f.rates.maintenance_return.text,
            "first_service": f.rates.first_service.text,
            "retention": f.rates.retention.text,
            "lost": f.rates.lost.text,
            "called_in": self.tr("{called} / {walk} of {visits} visits ({share} called in)").format(
                called=f.called_in, walk=f.walk_in, visits=f.visits, share=percent_text(visits.pct)
            ),
            "frequency": " / ".join(str(f.frequency[c]) for c in FrequencyClass),
        }

    # --- the weekly meeting's PDF ---------------------------------------------------------------

    def pdf_document(self) -> ReworkReportDocument:
        assert self.figures is not None
        f = self.figures
        names = dict(self.rate_names())
        values = self.rate_values(f)
        summary = [(names[key], values[key]) for key, _ in self.rate_names() if key != "frequency"]
        summary += [(tr_message(FREQUENCY_LABELS[c]), str(f.frequency[c])) for c in FrequencyClass]
        outlet_rows = self.outlet_rows()
        outlets = ReportTable(
            self.tr("Per outlet: cars sold in the last 12 months"),
            outlet_header(),
            [outlet_cells(r, self.own_label) for r in outlet_rows],
            chart=ReportChart(
                self.tr("Came back for paid work, never paid"),
                [r.outlet or self.own_label for r in f.outlets],
                [
                    ChartSeries(self.tr("Came back for paid work"), [r.came_back for r in f.outlets], CAME_BACK_COLOUR),
                    ChartSeries(self.tr("Never paid"), [r.never_paid for r in f.outlets], NEVER_PAID_COLOUR),
                ],
            ),
        )
        trend = ReportTable(
            self.tr("Visits and rates, last 12 months"),
            [
                self.tr("Month"),
                self.tr("Visits"),
                self.tr("Called in"),
                self.tr("Walk-in"),
                self.tr("Planned-maintenance return rate"),
                self.tr("First-service rate"),
            ],
            [self.trend_cells(p) for p in self.trend],
            chart=ReportChart(
                self.tr("Visits"),
                [p.month.label for p in self.trend],
                [
                    ChartSeries(self.tr("Called in"), [p.called_in for p in self.trend], CALLED_IN_COLOUR),
                    ChartSeries(self.tr("Walk-in"), [p.walk_in for p in self.trend], WALK_IN_COLOUR),
                ],
            ),
        )
        callers = ReportTable(
            self.tr("Calls per person"),
            self.callers.headers(),
            [caller_cells(r) for r in f.callers] or [[self.tr("No calls this month"), "0", "0", "—"]],
        )
        now = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
        return ReworkReportDocument(
            dealer=self.ctx.settings.dealer_name,
            title=self.tr("Customer care: monthly figures"),
            period=f.month.label,
            generated=self.tr("Printed {when} by {name}").format(when=now, name=self.ctx.actor.full_name),
            page_label=self.tr("Page {page} of {total}"),
            summary=summary,
            tables=[outlets, trend, callers],
        )

    @staticmethod
    def trend_cells(p: TrendPoint) -> list[str]:
        return [
            p.month.label,
            str(p.visits),
            str(p.called_in),
            str(p.walk_in),
            p.maintenance_return.text,
            p.first_service.text,
        ]

    def save_pdf(self, path: str | None = None) -> str | None:
        if self.figures is None:
            return None
        if path is None:
            suggested = f"care-figures-{self.figures.month.label}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the monthly figures"), suggested, self.tr("PDF files (*.pdf)")
            )
        if not path:
            return None
        try:
            write_pdf(path, render_rework_report(self.pdf_document(), self.ctx.settings.font_path or None))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        show_info(self, self.tr("The figures were saved to {path}.").format(path=path))
        return path
