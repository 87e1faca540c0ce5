"""Import a sales list (from the sales side or an outlet), the lists imported, and each sender's data quality.

Choosing a file reads and checks every row (with progress); the preview shows each rejected
row and why; the person takes all rows or only the good ones, written in one transaction.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_records import SOURCE_CHANNEL_LABELS, SourceChannel
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.care import import_quality, records, sales_import
from dealerdesk.services.care.import_quality import BatchView, QualityRow
from dealerdesk.services.care.sales_import import SaleRow
from dealerdesk.services.imports.checks import ImportCancelled, Preview
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, tr_message
from dealerdesk.ui.imports.preview_dialog import Choice, ImportPreviewDialog
from dealerdesk.ui.imports.progress import ImportProgress
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.empty_hint import EmptyHint

QUALITY_MONTHS = 12
# The senders of sales lists (a walk-in has no list).
LIST_CHANNELS = (SourceChannel.OUTLET, SourceChannel.OWN_SALES, SourceChannel.OTHER_DEALER)


def channel_text(channel: SourceChannel | None, outlet: str) -> str:
    if channel is SourceChannel.OUTLET and outlet:
        return outlet
    return tr_message(SOURCE_CHANNEL_LABELS[channel]) if channel is not None else ""


def _view(model: RowTableModel, stretch: int) -> QTableView:
    """``stretch``: the column that takes the spare width (a name, not a number at the far right)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class BatchesModel(RowTableModel):
    COLUMNS = 9

    def headers(self) -> list[str]:
        return [
            self.tr("Imported"),
            self.tr("File"),
            self.tr("From"),
            self.tr("Rows"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Rejected"),
            self.tr("Late"),
            self.tr("By"),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b: BatchView = self.rows[index.row()]
        values = (
            local_text(b.imported_at),
            b.file_name,
            channel_text(b.channel, b.outlet),
            b.sent,
            b.created,
            b.updated,
            b.rejected,
            b.late,
            b.by,
        )
        return values[index.column()]


class QualityModel(RowTableModel):
    COLUMNS = 7

    def headers(self) -> list[str]:
        return [
            self.tr("Month"),
            self.tr("Sender"),
            self.tr("Lists"),
            self.tr("Rows sent"),
            self.tr("Rejected"),
            self.tr("Late"),
            self.tr("Late share"),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q: QualityRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            q.month,
            channel_text(q.channel, q.outlet),
            q.batches,
            q.sent,
            f"{q.rejected} ({q.rejected_pct:.0f} %)",
            q.late,
            f"{q.late_pct:.0f} %",
        )
        return values[index.column()]


class ImportPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.preview_dialog: ImportPreviewDialog | None = None
        self.preview: Preview[SaleRow] | None = None
        self.progress: ImportProgress | None = None  # the last one shown (tests read its steps)

        self.channel = QComboBox()
        for channel in LIST_CHANNELS:
            self.channel.addItem(tr_message(SOURCE_CHANNEL_LABELS[channel]), channel.value)
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.outlet = QComboBox()
        self.outlet.setEditable(True)
        self.outlet.setMinimumContentsLength(14)
        edit = self.outlet.lineEdit()
        assert edit is not None  # editable
        edit.setPlaceholderText(self.tr("Outlet name"))
        self.choose_button = QPushButton(self.tr("&Choose file and check…"))
        self.choose_button.clicked.connect(self.choose_file)
        channel_label = QLabel(self.tr("Fro&m:"))
        channel_label.setBuddy(self.channel)
        self.outlet_label = QLabel(self.tr("&Outlet:"))
        self.outlet_label.setBuddy(self.outlet)
        row = QHBoxLayout()
        row.addWidget(channel_label)
        row.addWidget(self.channel)
        row.addWidget(self.outlet_label)
        row.addWidget(self.outlet, 1)
        row.addWidget(self.choose_button)
        self.result = QLabel(
            self.tr(
                "A sales list (.xlsx or .csv) needs the columns VIN, model, sale date, owner and owner's mobile; "
                "plate, colour, contact, usual driver and usage are read when present."
            )
        )
        self.result.setWordWrap(True)
        box = QGroupBox(self.tr("Import a sales list"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.result)

        self.batches = BatchesModel()
        self.batches_view = _view(self.batches, 1)
        self.batches_empty = EmptyHint(self.batches_view)
        self.quality = QualityModel()
        self.quality_view = _view(self.quality, 1)
        self.quality_empty = EmptyHint(self.quality_view)
        split = QSplitter(Qt.Orientation.Vertical)
        for title, view in (
            (
                self.tr("Data quality by sender and month (late: received after the day after the sale)"),
                self.quality_view,
            ),
            (self.tr("Lists imported"), self.batches_view),
        ):
            holder = QWidget()
            lay = QVBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(QLabel(title))
            lay.addWidget(view)
            split.addWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(split, 1)
        self._channel_changed()

    def _channel_changed(self) -> None:
        is_outlet = self.channel.currentData() == SourceChannel.OUTLET.value
        self.outlet.setEnabled(is_outlet)
        self.outlet_label.setEnabled(is_outlet)

    def refresh(self) -> None:
        try:
            outlets = records.list_outlets(self.ctx.db, self.ctx.actor)
            batches = import_quality.list_batches(self.ctx.db, self.ctx.actor)
            today = date.today()
            since = date(today.year - (1 if today.month < QUALITY_MONTHS else 0), (today.month % QUALITY_MONTHS) + 1, 1)
            quality = import_quality.outlet_quality(self.ctx.db, self.ctx.actor, since)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        typed = self.outlet.currentText()
        self.outlet.clear()
        self.outlet.addItems(outlets)
        self.outlet.setCurrentText(typed)
        self.batches.set_rows(batches)
        self.quality.set_rows(quality)
        self.batches_empty.explain(self.tr("No sales list imported yet."))
        self.quality_empty.explain(self.tr("No list received in the last 12 months."))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a sales list"), "", self.tr("Sales lists (*.xlsx *.csv)")
        )
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        """Read and check every row, then show the preview (not modal to the tests: ``open``)."""
        self.progress = ImportProgress(self, self.tr("Checking {file}…").format(file=path.name))
        try:
            preview = sales_import.preview_sales_list(self.ctx.db, self.ctx.actor, path, date.today(), self.progress)
        except ImportCancelled as err:
            self.result.setText(error_text(err))
            return
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        finally:
            self.progress.close()
        self.preview = preview
        late = preview.extra.get("late", 0)
        note = self.tr("{late} of the good rows arrived later than the day after the sale.").format(late=late)
        self.preview_dialog = ImportPreviewDialog(
            self, self.tr("Sales list: {file}").format(file=preview.file_name), preview, sales_import.COLUMNS, note
        )
        self.preview_dialog.finished.connect(self._decided)
        self.preview_dialog.open()

    def _decided(self, _result: int) -> None:
        dialog, preview = self.preview_dialog, self.preview
        if dialog is None or preview is None or dialog.choice is None:
            self.result.setText(self.tr("Nothing was imported."))
            return
        channel = SourceChannel(self.channel.currentData())
        self.progress = ImportProgress(self, self.tr("Importing {file}…").format(file=preview.file_name))
        try:
            done = sales_import.import_sales_list(
                self.ctx.db,
                self.ctx.actor,
                preview,
                channel,
                self.outlet.currentText(),
                date.today(),
                dialog.choice is Choice.GOOD,
                self.progress,
            )
        except DealerDeskError as err:
            if isinstance(err, ImportCancelled):
                self.result.setText(error_text(err))
            else:
                show_error(self, error_text(err))
            return
        finally:
            self.progress.close()
        self.result.setText(
            self.tr(
                "{file} imported: {created} new, {updated} updated, {rejected} rejected; {late} arrived late."
            ).format(
                file=preview.file_name,
                created=done.created,
                updated=done.updated,
                rejected=done.rejected,
                late=done.late,
            )
        )
        self.refresh()
