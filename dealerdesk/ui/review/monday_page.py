"""The Monday meeting (周一例会): last week's figures beside the week before, the lowest marks' words,
the minutes typed during the meeting, and one PDF of it all for the file."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.document_audit import RULE_LABELS
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.satisfaction import COMPLAINT_CAUSE_LABELS, RATING_ITEMS, RATING_LABELS, ComplaintCause
from dealerdesk.domain.vocabulary import REWORK_KIND_LABELS, ReworkKind
from dealerdesk.reports.rework_report_pdf import ReportTable, ReworkReportDocument, render_rework_report
from dealerdesk.reports.writing import write_pdf
from dealerdesk.services.review import monday
from dealerdesk.services.review.monday import MondayReport
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text, show_error, show_info, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate
from dealerdesk.ui.widgets.empty_hint import EmptyHint

Index = QModelIndex | QPersistentModelIndex
Line = tuple[str, str, str, str]  # what, last week, the week before, change


def _change(now: float | None, before: float | None, decimals: int = 0) -> str:
    if now is None or before is None:
        return ""
    delta = now - before
    if abs(delta) < 10**-decimals / 2:
        return "±0"
    return f"{delta:+.{decimals}f}"


def _num(value: float | None, decimals: int = 0) -> str:
    return "" if value is None else f"{value:.{decimals}f}"


class ComparisonModel(RowTableModel):
    COLUMNS = 4
    NUMERIC: tuple[int, ...] = (1, 2, 3)  # right-aligned columns

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ComparisonModel", "Figure"),
            QCoreApplication.translate("ComparisonModel", "Last week"),
            QCoreApplication.translate("ComparisonModel", "Week before"),
            QCoreApplication.translate("ComparisonModel", "Change"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]


class LowestModel(ComparisonModel):
    COLUMNS = 3
    NUMERIC = (1,)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("LowestModel", "Order"),
            QCoreApplication.translate("LowestModel", "Lowest mark"),
            QCoreApplication.translate("LowestModel", "The customer's words"),
        ]


class MondayPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.report: MondayReport | None = None
        last_monday = monday.week_of(dealer_today()) - timedelta(days=7)
        self.week = QDateEdit(to_qdate(last_monday))
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.week.dateChanged.connect(self.refresh)
        week_label = QLabel(self.tr("&Week of:"))
        week_label.setBuddy(self.week)
        self.period = QLabel()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        top = QHBoxLayout()
        top.addWidget(week_label)
        top.addWidget(self.week)
        top.addWidget(self.period, 1)
        top.addWidget(self.pdf_button)

        self.figures = ComparisonModel()
        self.figures_table = self._table(self.figures, "monday_figures")
        self.lowest = LowestModel()
        self.lowest_table = self._table(self.lowest, "monday_lowest")
        self.lowest_hint = EmptyHint(self.lowest_table)
        self.lowest_hint.explain(self.tr("No mark of 3 or less this week."))
        lowest_box = QGroupBox(self.tr("Lowest marks, in the customers' words"))
        QVBoxLayout(lowest_box).addWidget(self.lowest_table)
        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("monday_minutes")
        self.minutes.setTabChangesFocus(True)
        self.minutes.setPlaceholderText(
            self.tr("What was decided: each weak point, who acts on it, by when — so that it does not happen again.")
        )
        self.minutes_state = QLabel()
        self.save_button = QPushButton(self.tr("&Save minutes"))
        self.save_button.clicked.connect(self.save_minutes)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save_minutes)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        minutes_box = QGroupBox(self.tr("Minutes"))
        minutes_layout = QVBoxLayout(minutes_box)
        minutes_layout.addWidget(self.minutes)
        row = QHBoxLayout()
        row.addWidget(self.minutes_state, 1)
        row.addWidget(self.save_button)
        minutes_layout.addLayout(row)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(lowest_box)
        right.addWidget(minutes_box)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.figures_table)
        split.addWidget(right)
        split.setSizes([520, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _table(self, model: ComparisonModel, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The figure's name (or the customer's words) takes the room; the numbers keep their width.
        header.setSectionResizeMode(0 if model.COLUMNS == 4 else 2, QHeaderView.ResizeMode.Stretch)
        return table

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.report = monday.monday_report(self.ctx.db, self.ctx.actor, from_qdate(self.week.date()))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        week = self.report.week
        self.period.setText(self.tr("{start} to {end}").format(start=week.start.isoformat(), end=week.end.isoformat()))
        self.figures.set_rows(self.figure_lines())
        self.figures_table.resizeRowsToContents()
        self.lowest.set_rows(self.lowest_lines())
        self.lowest_table.resizeRowsToContents()
        self.minutes.setPlainText(self.report.minutes)
        self.minutes_state.setText(
            self.tr("Saved by {name}.").format(name=self.report.minutes_saved_by)
            if self.report.minutes_saved_by
            else ""
        )

    def figure_lines(self) -> list[Line]:
        """Every figure of the meeting, grouped under a heading line each."""
        assert self.report is not None
        w, b = self.report.week, self.report.before
        lines: list[Line] = [
            (self.tr("Document audit: findings"), str(w.findings), str(b.findings), _change(w.findings, b.findings))
        ]
        for rule in RULE_LABELS:
            now, before = w.findings_by_rule.get(rule, 0), b.findings_by_rule.get(rule, 0)
            if now or before:
                lines.append(("  " + tr_message(RULE_LABELS[rule]), str(now), str(before), _change(now, before)))
        for name in dict.fromkeys([*w.findings_by_person, *b.findings_by_person]):
            now, before = w.findings_by_person.get(name, 0), b.findings_by_person.get(name, 0)
            lines.append(("  " + (name or self.tr("(nobody named)")), str(now), str(before), _change(now, before)))
        lines.append(
            (
                self.tr("Satisfaction calls: reached"),
                str(w.calls.reached),
                str(b.calls.reached),
                _change(w.calls.reached, b.calls.reached),
            )
        )
        for item in RATING_ITEMS:
            now_avg, before_avg = w.calls.averages[item], b.calls.averages[item]
            lines.append(
                (
                    "  " + tr_message(RATING_LABELS[item]),
                    _num(now_avg, 2),
                    _num(before_avg, 2),
                    _change(now_avg, before_avg, 2),
                )
            )
        opened_now, opened_before = sum(w.complaints.opened.values()), sum(b.complaints.opened.values())
        lines.append(
            (self.tr("Complaints opened"), str(opened_now), str(opened_before), _change(opened_now, opened_before))
        )
        for cause in ComplaintCause:
            now, before = w.complaints.opened.get(cause, 0), b.complaints.opened.get(cause, 0)
            if now or before:
                lines.append(
                    ("  " + tr_message(COMPLAINT_CAUSE_LABELS[cause]), str(now), str(before), _change(now, before))
                )
        closed_now, closed_before = sum(w.complaints.closed.values()), sum(b.complaints.closed.values())
        lines.append(
            (self.tr("Complaints closed"), str(closed_now), str(closed_before), _change(closed_now, closed_before))
        )
        lines.append(
            (self.tr("Complaints open now (late)"), f"{w.complaints.open_now} ({w.complaints.overdue_now})", "", "")
        )
        rework_now, rework_before = sum(w.rework_by_kind.values()), sum(b.rework_by_kind.values())
        lines.append(
            (self.tr("Rework registered"), str(rework_now), str(rework_before), _change(rework_now, rework_before))
        )
        for kind in ReworkKind:
            now, before = w.rework_by_kind[kind], b.rework_by_kind[kind]
            lines.append(("  " + tr_message(REWORK_KIND_LABELS[kind]), str(now), str(before), _change(now, before)))
        return lines

    def lowest_lines(self) -> list[tuple[str, str, str]]:
        assert self.report is not None
        return [(number, str(mark), words) for number, mark, words in self.report.week.calls.lowest]

    # --- acting ------------------------------------------------------------------------------
    def save_minutes(self) -> None:
        try:
            monday.save_minutes(self.ctx.db, self.ctx.actor, from_qdate(self.week.date()), self.minutes.toPlainText())
        except ValidationError as err:
            show_error(self, "\n".join(problem_text(p) for p in err.problems))
            return
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.minutes_state.setText(self.tr("Saved by {name}.").format(name=self.ctx.actor.full_name))

    def pdf_document(self) -> ReworkReportDocument:
        assert self.report is not None
        w = self.report.week
        now = datetime.now().strftime("%Y-%m-%d %H:%M")
        figures = ReportTable(
            self.tr("Last week beside the week before"),
            [h for h in self.figures.headers()],
            # Paper drops leading spaces: a figure under a heading line is marked with a dot instead.
            [
                ["· " + line[0].strip() if line[0].startswith("  ") else line[0], *line[1:]]
                for line in self.figure_lines()
            ],
        )
        lowest = ReportTable(
            self.tr("Lowest marks, in the customers' words"),
            self.lowest.headers(),
            [list(line) for line in self.lowest_lines()] or [[self.tr("No mark of 3 or less."), "", ""]],
            numeric_from=3,
        )
        return ReworkReportDocument(
            dealer=self.ctx.settings.dealer_name,
            title=self.tr("Monday meeting"),
            period=self.tr("{start} to {end}").format(start=w.start.isoformat(), end=w.end.isoformat()),
            generated=self.tr("Printed {when} by {name}").format(when=now, name=self.ctx.actor.full_name),
            page_label=self.tr("Page {page} of {total}"),
            summary=[
                (self.tr("Findings"), str(w.findings)),
                (self.tr("Calls reached"), str(w.calls.reached)),
                (self.tr("Complaints opened"), str(sum(w.complaints.opened.values()))),
                (self.tr("Complaints closed"), str(sum(w.complaints.closed.values()))),
                (self.tr("Rework registered"), str(sum(w.rework_by_kind.values()))),
                (self.tr("Orders delivered"), str(w.calls.delivered)),
            ],
            tables=[figures, lowest],
            text_sections=[(self.tr("Minutes"), self.minutes.toPlainText().strip() or self.tr("(none recorded)"))],
        )

    def save_pdf(self, path: str | None = None) -> str | None:
        if self.report is None:
            return None
        if path is None:
            folder = Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
            )
            folder.mkdir(parents=True, exist_ok=True)
            suggested = str(folder / f"monday-meeting-{self.report.week.start.isoformat()}.pdf")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the Monday report"), suggested, self.tr("PDF files (*.pdf)")
            )
            if not path:
                return None
        try:
            write_pdf(path, render_rework_report(self.pdf_document(), self.ctx.settings.font_path or None))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        show_info(self, self.tr("The report was saved to {path}.").format(path=path))
        return path
