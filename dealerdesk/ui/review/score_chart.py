"""Each person's document-audit score over the last periods, one line per person."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from dealerdesk.services.review.document_audit import ScoreRow


class ScoreChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)
        self.series_names: list[str] = []

    def show_scores(self, title: str, periods: list[date], labels: list[str], rows: list[ScoreRow]) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        x = QBarCategoryAxis()
        x.append(labels)
        if len(labels) > 6:
            x.setLabelsAngle(-45)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        people: dict[int, QLineSeries] = {}
        self.series_names = []
        position = {p: i for i, p in enumerate(periods)}
        for row in sorted(rows, key=lambda r: (r.name, r.period)):
            series = people.get(row.user_id)
            if series is None:
                series = QLineSeries()
                series.setName(row.name)
                series.setPointsVisible(True)
                people[row.user_id] = series
                self.series_names.append(row.name)
            series.append(position[row.period], row.score.score)
        for series in people.values():
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
