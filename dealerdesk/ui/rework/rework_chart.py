"""A stacked bar chart of rework counts per group, with first-time-right as a line where it applies."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QLineSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from dealerdesk.domain.vocabulary import REWORK_KIND_LABELS, ReworkKind
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.rework.rework_register_model import KIND_COLOURS

FTR_COLOUR = "#2ca02c"


class ReworkChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)

    def show_groups(
        self, title: str, labels: list[str], counts: dict[ReworkKind, list[int]], ftr: list[Decimal | None] | None
    ) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        bars = QStackedBarSeries()
        for kind in ReworkKind:
            bar_set = QBarSet(tr_message(REWORK_KIND_LABELS[kind]))
            bar_set.setColor(QColor(KIND_COLOURS[kind]))
            bar_set.append([float(v) for v in counts[kind]])
            bars.append(bar_set)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(labels)
        if len(labels) > 12:
            x.setLabelsAngle(-45)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        y = QValueAxis()
        top = max((sum(vals) for vals in zip(*counts.values(), strict=True)), default=0)
        # Four equal whole-number steps: tick labels never round (a 0..11 axis would label 2.75 as "2").
        step = max(1, -(-(top + 1) // 4))
        y.setRange(0, step * 4)
        y.setLabelFormat("%d")
        y.setTickCount(5)
        y.setTitleText(self.tr("Reworks"))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y)
        if ftr is not None and any(v is not None for v in ftr):
            line = QLineSeries()
            line.setName(self.tr("First-time-right %"))
            line.setPen(QPen(QColor(FTR_COLOUR), 2))
            line.setPointsVisible(True)
            for i, v in enumerate(ftr):
                if v is not None:
                    line.append(float(i), float(v))
            chart.addSeries(line)
            right = QValueAxis()
            low = min(float(v) for v in ftr if v is not None)
            right.setRange(max(0.0, (low // 10) * 10 - 10) if low < 100 else 80.0, 100.0)
            right.setLabelFormat("%d %%")
            right.setTickCount(5)
            chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
            line.attachAxis(x)
            line.attachAxis(right)
