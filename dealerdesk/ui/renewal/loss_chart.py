"""Bar charts of the loss analysis: losses by reason (horizontal: the reasons' names are long), and won and
lost per period (stacked columns)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

WON_COLOUR = "#2E7D32"
LOST_COLOUR = "#C62828"
REASON_COLOUR = "#EF6C00"


def nice_axis(axis: QValueAxis, top: int) -> None:
    """Whole-number ticks from 0: a step of 1, 2, 5, 10, 20 … so that every label is a count."""
    raw = max(1.0, top / 5)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    ticks = max(1, math.ceil(max(top, 1) / step))
    axis.setRange(0, ticks * step)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")


class LossChart(QChartView):
    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.chart_ = QChart()
        self.setChart(self.chart_)
        self.bar_sets: list[QBarSet] = []

    def show_bars(
        self, title: str, categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[int]]]
    ) -> None:
        """``series``: (name, colour, one value per category), stacked."""
        # A new chart each time: axes removed from a shown chart left their old labels drawn under the new.
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)  # the bars keep the width
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(title)
        bars = QHorizontalStackedBarSeries() if self.horizontal else QStackedBarSeries()
        self.bar_sets = []
        for name, colour, values in series:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            # Horizontal bars are drawn bottom up: reversed, the first category is the top bar.
            bar_set.append([float(v) for v in (reversed(values) if self.horizontal else values)])
            bars.append(bar_set)
            self.bar_sets.append(bar_set)
        chart.addSeries(bars)
        names = QBarCategoryAxis()
        small = QFont(names.labelsFont())
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1))
        names.setLabelsFont(small)
        names.setTruncateLabels(False)  # "26-11" in full: Qt cut it to "26-…" with room to spare
        # Horizontal: the first category on top, as in the table beside it.
        names.append(list(reversed(categories)) if self.horizontal else list(categories))
        counts = QValueAxis()
        nice_axis(counts, max((sum(vals) for vals in zip(*(s[2] for s in series), strict=True)), default=0))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if self.horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if self.horizontal else Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(names)
        bars.attachAxis(counts)
        chart.legend().setVisible(len(series) > 1)
        self.setChart(chart)  # the view deletes the chart it showed before
        self.chart_ = chart
