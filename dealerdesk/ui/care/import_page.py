"""Import a sales list (from the sales side or an outlet), the lists imported, and each sender's data quality.

The whole import is set up first: the sender (an outlet by name) and the file, the sender
defaulting to the one of the person's last list (under its outlet's current name, each time the
tab shows, until the person sets another). An outlet not on file is added only when the person
agrees (asked before the file is read; the default is not to). Checking refuses a sender the import would
refuse, at its field, before the file is read; then every row is read and checked (with
progress), the preview shows each rejected row and why, and the person takes all rows or only
the good ones, written in one transaction. Going back from the preview keeps what was typed.
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
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_records import SOURCE_CHANNEL_LABELS, SourceChannel
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.services.care import import_quality, records, sales_import
from dealerdesk.services.care.import_quality import BatchView, QualityRow
from dealerdesk.services.care.sales_import import SaleRow, Sender
from dealerdesk.services.imports.checks import ImportCancelled, Preview
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import ask_to_go_on, error_text, show_error, tr_message
from dealerdesk.ui.imports.preview_dialog import Choice, ImportPreviewDialog
from dealerdesk.ui.imports.progress import ImportProgress
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.empty_hint import EmptyHint
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems

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

        self.sender: Sender | None = None  # as checked with the file now in the preview
        self.add_outlet = False  # the person agreed to add the sender's outlet (not on file)
        self.prefilled: Sender | None = None  # the sender the page put in (the last list's), while left as is

        self.channel = QComboBox()
        for channel in LIST_CHANNELS:
            self.channel.addItem(tr_message(SOURCE_CHANNEL_LABELS[channel]), channel.value)
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.outlet = QComboBox()
        self.outlet.setEditable(True)
        self.outlet.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter adds nothing to the outlets offered
        self.outlet.setMinimumContentsLength(20)
        edit = self.outlet.lineEdit()
        assert edit is not None  # editable
        edit.setPlaceholderText(self.tr("Outlet name"))
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("salesListFile")
        self.file_edit.setPlaceholderText(self.tr("The .xlsx or .csv file the sender gave you"))
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self.tr("&Check the list…"))
        self.check_button.clicked.connect(self.check_list)
        self.file_edit.returnPressed.connect(self.check_list)
        self.outlet_problem = QLabel()
        self.file_problem = QLabel()
        self.problems = FieldProblems()
        self.problems.add("outlet", self.outlet, self.outlet_problem)
        self.problems.add("file", self.file_edit, self.file_problem)
        for label in (self.outlet_problem, self.file_problem):
            label.hide()

        self.outlet_label = QLabel(self.tr("&Outlet:"))
        self.outlet_label.setBuddy(self.outlet)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.file_edit)
        channel_label = QLabel(self.tr("Fro&m:"))
        channel_label.setBuddy(self.channel)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.channel)
        channel_row.addStretch(1)
        outlet_line = QHBoxLayout()
        outlet_line.addWidget(self.outlet)
        outlet_line.addStretch(1)
        outlet_row = QVBoxLayout()
        outlet_row.addLayout(outlet_line)
        outlet_row.addWidget(self.outlet_problem)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.check_button)
        file_column = QVBoxLayout()
        file_column.addLayout(file_row)
        file_column.addWidget(self.file_problem)
        form = QFormLayout()
        form.addRow(channel_label, channel_row)
        form.addRow(self.outlet_label, outlet_row)
        form.addRow(file_label, file_column)
        self.result = QLabel(
            self.tr(
                "A sales list (.xlsx or .csv) needs the columns VIN, model, sale date, owner and owner's mobile; "
                "plate, colour, contact, usual driver and usage are read when present."
            )
        )
        self.result.setWordWrap(True)
        box = QGroupBox(self.tr("Import a sales list"))
        box.setStyleSheet(STYLE)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
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
        if not is_outlet:
            self.problems.set("outlet", [])

    def _sender_shown(self) -> Sender:
        channel = SourceChannel(self.channel.currentData())
        return Sender(channel, self.outlet.currentText() if channel is SourceChannel.OUTLET else "")

    def _set_defaults(self, last: Sender | None, outlets: list[str]) -> None:
        """The sender of the person's last list (under its outlet's name now, an outlet still offered), each
        time the page shows, unless the person has set another sender since the page put it there."""
        if self.prefilled is not None and self._sender_shown() != self.prefilled:
            return
        if last is None:
            self.prefilled = self._sender_shown()
            return
        self.channel.setCurrentIndex(max(0, self.channel.findData(last.channel.value)))
        self.outlet.setCurrentText(last.outlet if last.outlet in outlets else "")
        self.prefilled = self._sender_shown()

    def refresh(self) -> None:
        try:
            outlets = records.list_outlets(self.ctx.db, self.ctx.actor)
            batches = import_quality.list_batches(self.ctx.db, self.ctx.actor)
            today = date.today()
            since = date(today.year - (1 if today.month < QUALITY_MONTHS else 0), (today.month % QUALITY_MONTHS) + 1, 1)
            quality = import_quality.outlet_quality(self.ctx.db, self.ctx.actor, since)
            last = sales_import.last_sender(self.ctx.db, self.ctx.actor)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        typed = self.outlet.currentText()
        self.outlet.clear()
        self.outlet.addItems(outlets)
        self.outlet.setCurrentText(typed)
        self._set_defaults(last, outlets)
        self.batches.set_rows(batches)
        self.quality.set_rows(quality)
        self.batches_empty.explain(self.tr("No sales list imported yet."))
        self.quality_empty.explain(self.tr("No list received in the last 12 months."))

    def choose_file(self) -> None:
        """Pick the file into the file field; checking waits for the Check button (the sender comes first)."""
        typed = self.file_edit.text().strip()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a sales list"),
            str(Path(typed).parent) if typed else "",
            self.tr("Sales lists (*.xlsx *.csv)"),
        )
        if path:
            self.file_edit.setText(path)
            self.problems.set("file", [])
            self.check_button.setFocus()

    def check_file(self, path: Path) -> None:
        """Check ``path`` with the sender as set on the page (the file field takes it)."""
        self.file_edit.setText(str(path))
        self.check_list()

    def check_list(self) -> None:
        """The sender and the file as set, refused at their field; then read and check every row and show the
        preview (not modal to the tests: ``open``)."""
        channel = SourceChannel(self.channel.currentData())
        try:
            settings = sales_import.check_settings(
                self.ctx.db, self.ctx.actor, channel, self.outlet.currentText(), self.file_edit.text()
            )
        except ValidationError as err:
            self.problems.show_all(err.problems)
            first = err.problems[0].field if err.problems else "file"
            (self.outlet if first == "outlet" else self.file_edit).setFocus()
            return
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.problems.show_all([])
        sender, path = settings.sender, settings.path
        if settings.new_outlet and not ask_to_go_on(
            self,
            self.tr(
                "There is no outlet {name} on file: importing this list adds it as a new outlet.\n\n"
                "If the outlet is on file under another name (renamed, or written another way), "
                "choose it from the list instead. Add {name} as a new outlet?"
            ).format(name=sender.outlet),
            self.tr("&Add the outlet"),
            self.tr("&Don't add"),
        ):
            self.result.setText(self.tr("Nothing was checked: choose the outlet that sent the list."))
            self.outlet.setFocus()
            return
        self.add_outlet = settings.new_outlet
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
        self.preview, self.sender = preview, sender
        late = preview.extra.get("late", 0)
        note = self.tr("{late} of the good rows arrived later than the day after the sale.").format(late=late)
        title = self.tr("Sales list from {sender}: {file}").format(
            sender=channel_text(sender.channel, sender.outlet), file=preview.file_name
        )
        self.preview_dialog = ImportPreviewDialog(self, title, preview, sales_import.COLUMNS, note)
        self.preview_dialog.finished.connect(self._decided)
        self.preview_dialog.open()

    def _decided(self, _result: int) -> None:
        dialog, preview, sender = self.preview_dialog, self.preview, self.sender
        if dialog is None or preview is None or sender is None or dialog.choice is None:
            self.result.setText(self.tr("Nothing was imported: the sender and the file are kept to check again."))
            return
        self.progress = ImportProgress(self, self.tr("Importing {file}…").format(file=preview.file_name))
        try:
            done = sales_import.import_sales_list(
                self.ctx.db,
                self.ctx.actor,
                preview,
                sender.channel,
                sender.outlet,
                date.today(),
                dialog.choice is Choice.GOOD,
                self.progress,
                add_outlet=self.add_outlet,
            )
        except DealerDeskError as err:
            if isinstance(err, ImportCancelled):
                self.result.setText(error_text(err))
            else:
                show_error(self, error_text(err))
            return
        finally:
            self.progress.close()
        if sender.channel is SourceChannel.OUTLET:
            self.outlet.setCurrentText(sender.outlet)  # as on file, however it was typed
        self.prefilled = self._sender_shown()  # the last sender now: it follows a rename of its outlet
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
