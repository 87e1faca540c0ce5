"""Bar charts of the loss analysis: losses by reason (one series), and won/lost per period (stacked)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

WON_COLOUR = "#2E7D32"
LOST_COLOUR = "#C62828"
REASON_COLOUR = "#EF6C00"


class LossChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)
        self.bar_sets: list[QBarSet] = []

    def show_bars(
        self, title: str, categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[int]]]
    ) -> None:
        """``series``: (name, colour, one value per category), stacked."""
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        bars = QStackedBarSeries()
        self.bar_sets = []
        for name, colour, values in series:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.append([float(v) for v in values])
            bars.append(bar_set)
            self.bar_sets.append(bar_set)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(list(categories))
        if len(categories) > 6:
            x.setLabelsAngle(-45)
        y = QValueAxis()
        top = max((sum(vals) for vals in zip(*(s[2] for s in series), strict=True)), default=0)
        y.setRange(0, max(1, top))
        y.setLabelFormat("%d")
        y.setTickCount(min(6, max(2, top + 1)))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x)
        bars.attachAxis(y)
        chart.legend().setVisible(len(series) > 1)
