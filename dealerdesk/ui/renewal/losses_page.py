"""战败分析 for the renewal meeting: a day, a week or a month of losses by reason, competing insurer and
specialist, the weekly plan's completion, two charts, and the same on paper (PDF)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.renewal_loss_rules import PERIOD_LABELS, PeriodKind
from dealerdesk.domain.renewal_rules import LOSS_LABELS, LossReason
from dealerdesk.reports.rework_report_pdf import (
    ChartSeries,
    ReportChart,
    ReportTable,
    ReworkReportDocument,
)
from dealerdesk.services.renewal import losses
from dealerdesk.services.renewal.losses import LossAnalysis
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message
from dealerdesk.ui.models.row_table_model import Index, RowTableModel, row_table_view
from dealerdesk.ui.renewal.loss_chart import LOST_COLOUR, REASON_COLOUR, WON_COLOUR, LossChart
from dealerdesk.ui.renewal.paper import save_report_pdf
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate
from dealerdesk.ui.widgets.empty_hint import EmptyHint


def reason_text(key: str) -> str:
    try:
        return tr_message(LOSS_LABELS[LossReason(key)])
    except ValueError:
        return key


def pct(value: float) -> str:
    return f"{value:.1f}%"


class LinesModel(RowTableModel):
    """Rows of text already formatted (the same rows go to paper); the figures' columns right-aligned
    (every column after the first unless ``numeric`` names them)."""

    def __init__(self, headers: list[str], numeric: set[int] | None = None) -> None:
        super().__init__()
        self._headers = headers
        self.COLUMNS = len(headers)
        self.numeric = numeric if numeric is not None else set(range(1, len(headers)))

    def headers(self) -> list[str]:
        return self._headers

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LossAnalysisPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.analysis: LossAnalysis | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("lossPeriodKind")
        for k in PeriodKind:
            self.kind.addItem(tr_message(PERIOD_LABELS[k]), k.value)
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.MONTH.value))
        self.day = QDateEdit()
        self.day.setObjectName("lossDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(to_qdate(date.today()))
        kind_label = QLabel(self.tr("Pe&riod:"))
        kind_label.setBuddy(self.kind)
        day_label = QLabel(self.tr("Dat&e:"))
        day_label.setBuddy(self.day)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        top = QHBoxLayout()
        for w in (kind_label, self.kind, day_label, self.day):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(refresh)
        top.addWidget(self.pdf_button)

        self.summary = QLabel()
        self.summary.setObjectName("lossSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reasons = LinesModel([self.tr("Reason"), self.tr("Lost"), self.tr("Share")])
        self.insurers = LinesModel([self.tr("Competing insurer"), self.tr("Lost"), self.tr("Share")])
        self.specialists = LinesModel(
            [self.tr("Specialist"), self.tr("Closed"), self.tr("Won"), self.tr("Lost"), self.tr("Loss rate")]
        )
        self.plan = LinesModel(
            [
                self.tr("Week / specialist"),
                self.tr("Planned"),
                self.tr("Called"),
                self.tr("Called %"),
                self.tr("Won"),
                self.tr("Won %"),
            ]
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lossTabs")
        self.views: list[QTableView] = []
        for model, label in (
            (self.reasons, self.tr("By rea&son")),
            (self.insurers, self.tr("By &insurer")),
            (self.specialists, self.tr("By spe&cialist")),
            (self.plan, self.tr("Weekly pla&n")),
        ):
            view = row_table_view(model)
            view.setAlternatingRowColors(True)
            self.views.append(view)
            self.tabs.addTab(view, label)
        self.empty_hints = [EmptyHint(v) for v in self.views]
        # Every tab's name in sight: scroll arrows hid the weekly plan behind "周…".
        self.tabs.tabBar().setUsesScrollButtons(False)

        self.reason_chart = LossChart(horizontal=True)
        self.reason_chart.setObjectName("reasonChart")
        self.trend_chart = LossChart()
        self.trend_chart.setObjectName("trendChart")
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.reason_chart)
        charts.addWidget(self.trend_chart)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.tabs)
        body.addWidget(charts)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([1000, 1000])  # half each: the weekly plan's six columns need the room

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)

        self.kind.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.refresh()

    # --- loading ------------------------------------------------------------------------------
    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def refresh(self) -> None:
        try:
            a = losses.loss_analysis(self.ctx.db, self.ctx.actor, self.period_kind(), from_qdate(self.day.date()))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.analysis = a
        self.summary.setText(self.summary_text(a))
        self.reasons.set_rows(self.reason_lines(a))
        self.insurers.set_rows(self.insurer_lines(a))
        self.specialists.set_rows(self.specialist_lines(a))
        self.plan.set_rows(self.plan_lines(a))
        nothing = self.tr("Nothing was won or lost in {period}. Choose another period above.").format(period=a.label)
        for hint, text in zip(
            self.empty_hints,
            (
                nothing,
                self.tr("No loss names a competing insurer in {period}.").format(period=a.label),
                nothing,
                self.tr("No weekly plan covers {period}: the plan is built each Monday.").format(period=a.label),
            ),
            strict=True,
        ):
            hint.explain(text)
        self.reason_chart.show_bars(
            self.tr("Losses by reason, {period}").format(period=a.label),
            [reason_text(x.key) for x in a.by_reason],
            [(self.tr("Lost"), REASON_COLOUR, [x.count for x in a.by_reason])],
        )
        self.trend_chart.show_bars(
            self.tr("Won and lost, the last {count} periods").format(count=len(a.trend)),
            [p.short_label for p in a.trend],
            [
                (self.tr("Won"), WON_COLOUR, [p.won for p in a.trend]),
                (self.tr("Lost"), LOST_COLOUR, [p.lost for p in a.trend]),
            ],
        )

    # --- the rows (screen and paper) --------------------------------------------------------------
    def summary_text(self, a: LossAnalysis) -> str:
        planned, called, won = a.plan_total
        return self.tr(
            "{period}: {closed} closed — {won} won, {lost} lost (loss rate {rate}). "
            "Weekly plan: {planned} planned, {called} called, {plan_won} won."
        ).format(
            period=a.label,
            closed=a.closed,
            won=a.won,
            lost=a.lost,
            rate=pct(a.loss_rate_pct),
            planned=planned,
            called=called,
            plan_won=won,
        )

    def reason_lines(self, a: LossAnalysis) -> list[list[str]]:
        return [[reason_text(x.key), str(x.count), pct(x.share_pct)] for x in a.by_reason]

    def insurer_lines(self, a: LossAnalysis) -> list[list[str]]:
        return [[x.key, str(x.count), pct(x.share_pct)] for x in a.by_insurer]

    def specialist_lines(self, a: LossAnalysis) -> list[list[str]]:
        return [
            [x.name or self.tr("(nobody)"), str(x.closed), str(x.won), str(x.lost), pct(x.loss_rate_pct)]
            for x in a.by_specialist
        ]

    def plan_lines(self, a: LossAnalysis) -> list[list[str]]:
        return [
            [
                f"{p.week_start.isoformat()} · {p.name}",
                str(p.planned),
                str(p.called),
                pct(p.called_pct),
                str(p.won),
                pct(p.won_pct),
            ]
            for p in a.plan
        ]

    # --- paper --------------------------------------------------------------------------------------
    def or_none(self, rows: list[list[str]], width: int) -> list[list[str]]:
        """An empty table on paper says so in its first cell."""
        return rows or [[self.tr("(none)")] + [""] * (width - 1)]

    def pdf_document(self) -> ReworkReportDocument:
        assert self.analysis is not None
        a = self.analysis
        planned, called, won = a.plan_total
        tables = [
            ReportTable(
                self.tr("Losses by reason"),
                self.reasons.headers(),
                self.or_none(self.reason_lines(a), 3),
                chart=ReportChart(
                    self.tr("Lost"),
                    [reason_text(x.key) for x in a.by_reason],
                    [ChartSeries(self.tr("Lost"), [x.count for x in a.by_reason], REASON_COLOUR)],
                ),
            ),
            ReportTable(
                self.tr("Losses by competing insurer"),
                self.insurers.headers(),
                self.or_none(self.insurer_lines(a), 3),
            ),
            ReportTable(
                self.tr("Won and lost by specialist"),
                self.specialists.headers(),
                self.or_none(self.specialist_lines(a), 5),
                chart=ReportChart(
                    self.tr("Won and lost"),
                    [x.name for x in a.by_specialist],
                    [
                        ChartSeries(self.tr("Won"), [x.won for x in a.by_specialist], WON_COLOUR),
                        ChartSeries(self.tr("Lost"), [x.lost for x in a.by_specialist], LOST_COLOUR),
                    ],
                ),
            ),
            ReportTable(
                self.tr("The weekly plan: planned, called, won"),
                self.plan.headers(),
                self.or_none(self.plan_lines(a), 6),
            ),
            ReportTable(
                self.tr("Trend"),
                [self.tr("Period"), self.tr("Won"), self.tr("Lost"), self.tr("Loss rate")],
                [[p.label, str(p.won), str(p.lost), pct(p.loss_rate_pct)] for p in a.trend],
                chart=ReportChart(
                    self.tr("Won and lost"),
                    [p.short_label for p in a.trend],
                    [
                        ChartSeries(self.tr("Won"), [p.won for p in a.trend], WON_COLOUR),
                        ChartSeries(self.tr("Lost"), [p.lost for p in a.trend], LOST_COLOUR),
                    ],
                ),
            ),
        ]
        now = datetime.now().strftime("%Y-%m-%d %H:%M")
        return ReworkReportDocument(
            dealer=self.ctx.settings.dealer_name,
            title=self.tr("Renewal loss analysis (战败分析)"),
            period=self.tr("{kind}: {period}").format(
                kind=tr_message(PERIOD_LABELS[a.kind]),
                period=f"{a.start.isoformat()} – {(a.end - timedelta(days=1)).isoformat()}",  # the last day
            ),
            generated=self.tr("Printed {when} by {name}").format(when=now, name=self.ctx.actor.full_name),
            page_label=self.tr("Page {page} of {total}"),
            summary=[
                (self.tr("Closed"), str(a.closed)),
                (self.tr("Won"), str(a.won)),
                (self.tr("Lost"), str(a.lost)),
                (self.tr("Loss rate"), pct(a.loss_rate_pct)),
                (self.tr("Planned"), str(planned)),
                (self.tr("Called / won"), f"{called} / {won}"),
            ],
            tables=tables,
        )

    def save_pdf(self, path: str | None = None) -> str | None:
        if self.analysis is None:
            return None
        return save_report_pdf(
            self,
            self.pdf_document(),
            self.ctx.settings.font_path,
            f"renewal-losses-{self.analysis.label.replace('~', '_')}.pdf",
            self.tr("Save the loss analysis"),
            path,
            show_info,
            show_error,
        )
