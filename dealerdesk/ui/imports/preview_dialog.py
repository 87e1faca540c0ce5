"""The preview of an imported list: every rejected row and why, before anything is written.

The person takes the whole list (only when every row is good) or only the good rows, or
cancels; the rejected rows can be saved as a CSV with the reasons, to send back to whoever
made the list. Shared by every import (sales lists, insurance policy lists): the caller gives
the checked rows and the columns; ``choice`` says what was decided once the dialog is accepted.
"""

from __future__ import annotations

import enum
import html
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QShowEvent, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.imports import ColumnSpec
from dealerdesk.reports.csv_export import write_csv
from dealerdesk.services.imports.checks import CheckedRow, Preview
from dealerdesk.ui.feedback import problem_text, show_error, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.window_geometry import fit_window

REJECTED_BRUSH = QBrush(QColor("#fde2e2"))
# The reasons take what they need of the dialog's width, leaving the row, the outcome and, when
# there is room, the file's first column (the VIN) in sight; never narrower than this (the rest scrolls).
REASONS_MIN_WIDTH = 280
_CELL_MARGIN = 3  # what the table's style keeps beside a cell's text (focus frame margin + 1), and a little more


def painted_height(text: str, font: QFont, width: int) -> int:
    """The row height Qt's item painter needs to draw ``text`` wrapped to ``width`` without cutting it.

    The table sizes a row from its own font's line height, but a reason with a plate in it (川A1001)
    draws that line in the Chinese fallback font, taller in an English window; and the painter cuts
    a line to "…" unless another line as tall as it would still fit below it. Laid out here as the
    painter lays it out (QCommonStyle's viewItemTextLayout), with the fallback fonts."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # the painter's line separator
    height = needed = 0.0
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
        following = layout.createLine()
        # Before the last line the painter wants room for one more line of this one's height.
        needed = max(needed, height + line.height() if following.isValid() else height)
        line = following
    layout.endLayout()
    return math.ceil(needed) + 2


WARNING_BRUSH = QBrush(QColor("#fff4d6"))


class Choice(enum.Enum):
    ALL = "all"
    GOOD = "good"


class PreviewModel(RowTableModel):
    """Row number, outcome, why, then the file's own cells."""

    FIXED = 3

    def __init__(self, columns: tuple[ColumnSpec, ...]) -> None:
        super().__init__()
        self.columns = columns
        self.COLUMNS = self.FIXED + len(columns)

    def headers(self) -> list[str]:
        fixed = [self.tr("Row"), self.tr("Outcome"), self.tr("Why")]
        return fixed + [tr_message(c.label) for c in self.columns]

    def outcome(self, row: CheckedRow[Any]) -> str:
        if row.rejected:
            return self.tr("Rejected")
        return self.tr("Update") if row.existing_id is not None else self.tr("New")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: CheckedRow[Any] = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.rejected:
                return REJECTED_BRUSH
            return WARNING_BRUSH if row.problems else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            return row.row_no
        if col == 1:
            return self.outcome(row)
        if col == 2:
            reasons = [problem_text(p) for p in row.problems]
            if role == Qt.ItemDataRole.ToolTipRole:  # rich text: a long reason wraps in the tip, plain text would not
                return "".join(f"<p>{html.escape(r)}</p>" for r in reasons) or None
            return "\n".join(reasons)
        return row.cells.get(self.columns[col - self.FIXED].key, "")


class ImportPreviewDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, title: str, preview: Preview[Any], columns: tuple[ColumnSpec, ...], note: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = preview
        self.choice: Choice | None = None
        rejected, good = len(preview.rejected), len(preview.good)
        updates = preview.updates
        self.summary = QLabel(
            self.tr(
                "{file}: {rows} rows. {good} good ({new} new, {updates} updating a record on file), "
                "{rejected} rejected."
            ).format(
                file=preview.file_name,
                rows=len(preview.rows),
                good=good,
                new=good - updates,
                updates=updates,
                rejected=rejected,
            )
            + (f"\n{note}" if note else "")
        )
        self.summary.setWordWrap(True)
        self.show_which = QComboBox()
        self.show_which.addItem(self.tr("Rejected rows"), "rejected")
        self.show_which.addItem(self.tr("All rows"), "all")
        self.show_which.currentIndexChanged.connect(lambda _i: self._fill())
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_which)
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.show_which)
        top.addStretch(1)

        self.model = PreviewModel(columns)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setObjectName("importPreviewTable")
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.all_button = QPushButton(self.tr("Import &all {count} rows").format(count=len(preview.rows)))
        self.good_button = QPushButton(self.tr("Import only the {count} &good rows").format(count=good))
        self.save_button = QPushButton(self.tr("Save &rejected rows…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        # Taking all is for a clean list; with rejections the person decides to leave them out.
        self.all_button.setVisible(rejected == 0)
        self.good_button.setVisible(rejected > 0)
        self.good_button.setEnabled(good > 0)  # nothing to take: only saving the rejected rows or cancelling
        self.save_button.setEnabled(rejected > 0)
        self.all_button.clicked.connect(lambda: self._decide(Choice.ALL))
        self.good_button.clicked.connect(lambda: self._decide(Choice.GOOD))
        self.save_button.clicked.connect(lambda: self.save_rejected())
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        for b in (self.all_button, self.good_button, self.cancel_button):
            buttons.addWidget(b)
        (self.all_button if rejected == 0 else self.good_button if good else self.save_button).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        if rejected == 0:
            self.show_which.setCurrentIndex(1)
        # The reasons' width follows the dialog's: refitted once the layout settles after a resize.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_reasons)
        self._fill()
        fit_window(self, QSize(980, 560))

    def _fill(self) -> None:
        which = self.show_which.currentData()
        rows = self.preview.rows if which == "all" else tuple(self.preview.rejected)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self._fit_reasons()

    def _fit_reasons(self) -> None:
        """The reasons as wide as their longest line when the dialog has room, wrapped otherwise; every
        row as tall as its wrapped reasons. The view first goes back to the left: a table measures a
        row's height only from the columns in sight, so reasons scrolled out of sight would be cut."""
        view = self.view
        view.horizontalScrollBar().setValue(0)
        view.resizeColumnToContents(2)
        wanted = view.columnWidth(2)
        room = view.viewport().width() - view.columnWidth(0) - view.columnWidth(1)
        if room - wanted < view.columnWidth(3):  # leave the file's first column (VIN) in sight when it fits
            room -= view.columnWidth(3)
        view.setColumnWidth(2, max(min(wanted, room), REASONS_MIN_WIDTH))
        view.resizeRowsToContents()
        width = view.columnWidth(2) - 2 * _CELL_MARGIN
        for row in range(self.model.rowCount()):
            reason = self.model.index(row, 2).data()
            if reason:
                needed = painted_height(reason, view.font(), width) + int(view.showGrid())  # the grid's line
                if view.rowHeight(row) < needed:
                    view.setRowHeight(row, needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit.start()  # the viewport has its real width only now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._refit.start()

    def _decide(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def save_rejected(self, path: str | None = None) -> Path | None:
        """The rejected rows with the reasons, in the file's own columns, for the sender to correct."""
        if path is None:
            stem = Path(self.preview.file_name).stem
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), f"{stem}-rejected.csv", self.tr("CSV files (*.csv)")
            )
            if not path:
                return None
        model = self.model
        header = [self.tr("Row"), self.tr("Why"), *(tr_message(c.label) for c in model.columns)]
        rows: list[list[str | int]] = [
            [
                r.row_no,
                " / ".join(problem_text(p) for p in r.problems),
                *(r.cells.get(c.key, "") for c in model.columns),
            ]
            for r in self.preview.rejected
        ]
        try:
            return write_csv(path, header, rows)
        except OSError as err:
            show_error(self, self.tr("The file could not be saved: {reason}").format(reason=err.strerror or err))
            return None
