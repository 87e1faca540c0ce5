"""A vehicle's page for customer care: its record (editable), visits, odometer history and calls.

The record names three people, each with a "confirmed with them today" box: saving with it
ticked stamps that person verified now by the signed-in user. The calls are the follow-up
calls logged from the daily call list.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_calls import OUTCOME_LABELS
from dealerdesk.domain.care_records import (
    PERSON_LABELS,
    SOURCE_CHANNEL_LABELS,
    USAGE_LABELS,
    Person,
    SourceChannel,
    Usage,
)
from dealerdesk.domain.care_rules import REASON_LABELS
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, STATUS_LABELS
from dealerdesk.services.care import records
from dealerdesk.services.care.calls import CallRecord, calls_of_vehicle
from dealerdesk.services.care.records import OdometerReading, PersonEdit, RecordEdit, VehicleRecord
from dealerdesk.services.orders.customers import VisitView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import from_qdate, local_text, to_qdate
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems, report_refusal
from dealerdesk.ui.widgets.rows_scroll import RowsScroll
from dealerdesk.ui.widgets.window_geometry import remember_dialog_size

NO_DATE = QDate(1990, 1, 1)  # the date box's "not known" (shown blank)


def _table(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class VisitsModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [self.tr("Checked in"), self.tr("Order"), self.tr("Category"), self.tr("km"), self.tr("Status"),
                self.tr("Request")]  # fmt: skip

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        v: VisitView = self.rows[index.row()]
        values = (
            local_text(v.checked_in_at),
            v.number,
            tr_message(CATEGORY_LABELS[v.category]) if v.category else "",
            f"{v.mileage_in:,}" if v.mileage_in is not None else "",
            tr_message(STATUS_LABELS[v.status]),
            v.first_concern,
        )
        return values[index.column()]


class OdometerModel(RowTableModel):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [self.tr("Read on"), self.tr("km"), self.tr("km per day since the reading before"), self.tr("Order")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r: OdometerReading = self.rows[index.row()]
        values = (
            local_text(r.at)[:10],
            f"{r.km:,}",
            f"{r.km_per_day:.1f}" if r.km_per_day is not None else "",
            r.order_number,
        )
        return values[index.column()]


class CallsModel(RowTableModel):
    COLUMNS = 8

    def headers(self) -> list[str]:
        return [self.tr("Called"), self.tr("By"), self.tr("Number"), self.tr("Outcome"), self.tr("Why called"),
                self.tr("Promised visit"), self.tr("Next call"), self.tr("Note")]  # fmt: skip

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c: CallRecord = self.rows[index.row()]
        values = (
            local_text(c.called_at),
            c.called_by,
            c.phone,
            tr_message(OUTCOME_LABELS[c.outcome]),
            ", ".join(tr_message(REASON_LABELS[r]) for r in c.reasons),
            _day(c.promised_on),
            _day(c.next_call_on),
            " · ".join(x for x in (c.other_shop, c.other_reason, c.note) if x),  # another shop: which, why
        )
        return values[index.column()]


class PersonRow:
    """One person's name, mobile, "confirmed today" box and the stamp of the last verification."""

    def __init__(self, dialog: VehicleDialog, kind: Person, grid: QGridLayout, row: int) -> None:
        self.kind = kind
        self.name = QLineEdit()
        self.mobile = QLineEdit()
        self.confirmed = QCheckBox(QCoreApplication.translate("VehicleDialog", "Confirmed today"))
        self.stamp = QLabel()
        self.name_problem = QLabel()
        self.mobile_problem = QLabel()
        label = QLabel(tr_message(PERSON_LABELS[kind]))
        label.setBuddy(self.name)
        grid.addWidget(label, row, 0)
        grid.addWidget(self.name, row, 1)
        grid.addWidget(self.mobile, row, 2)
        grid.addWidget(self.confirmed, row, 3)
        grid.addWidget(self.stamp, row, 4)
        grid.addWidget(self.name_problem, row + 1, 1)
        grid.addWidget(self.mobile_problem, row + 1, 2, 1, 3)
        for problem in (self.name_problem, self.mobile_problem):
            problem.hide()
        dialog.problems.add(f"{kind.value}_name", self.name, self.name_problem)
        dialog.problems.add(f"{kind.value}_mobile", self.mobile, self.mobile_problem)

    def edit(self) -> PersonEdit:
        return PersonEdit(self.name.text(), self.mobile.text(), self.confirmed.isChecked())


class VehicleDialog(QDialog):
    def __init__(self, ctx: UiContext, vehicle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vehicle_id = vehicle_id
        self.setStyleSheet(STYLE)
        self.problems = FieldProblems()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout()
        for col, text in enumerate((self.tr("Name"), self.tr("Mobile"), "", self.tr("Last verified")), start=1):
            grid.addWidget(QLabel(f"<b>{text}</b>" if text else ""), 0, col)
        order = (Person.OWNER, Person.CONTACT, Person.DRIVER)
        self.people = {kind: PersonRow(self, kind, grid, 1 + 2 * i) for i, kind in enumerate(order)}
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Not known"), None)
        for channel in SourceChannel:
            self.channel.addItem(tr_message(SOURCE_CHANNEL_LABELS[channel]), channel.value)
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.outlet = QComboBox()
        self.outlet.setEditable(True)
        self.outlet_problem = QLabel()
        self.outlet_problem.hide()
        self.problems.add("outlet", self.outlet, self.outlet_problem)
        self.sale_date = QDateEdit()
        self.sale_date.setCalendarPopup(True)
        self.sale_date.setDisplayFormat("yyyy-MM-dd")
        self.sale_date.setMinimumDate(NO_DATE)
        self.sale_date.setSpecialValueText(self.tr("not known"))
        self.sale_problem = QLabel()
        self.sale_problem.hide()
        self.problems.add("sale_date", self.sale_date, self.sale_problem)
        self.usage = {flag: QCheckBox(tr_message(USAGE_LABELS[flag])) for flag in Usage}

        source = QGridLayout()
        labels = (self.tr("Sold &through:"), self.tr("O&utlet:"), self.tr("Sale &date:"), self.tr("Usage:"))
        usage_row = QHBoxLayout()
        for box in self.usage.values():
            usage_row.addWidget(box)
        usage_row.addStretch(1)
        for row, (text, field) in enumerate(
            zip(labels, (self.channel, self.outlet, self.sale_date, None), strict=True)
        ):
            label = QLabel(text)
            source.addWidget(label, row, 0)
            if field is None:
                source.addLayout(usage_row, row, 1)
            else:
                label.setBuddy(field)
                source.addWidget(field, row, 1)
        source.addWidget(self.outlet_problem, 1, 2)
        source.addWidget(self.sale_problem, 2, 2)
        source.setColumnStretch(2, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.save_button = QPushButton(self.tr("&Save record"))
        self.save_button.clicked.connect(self.save)
        record_layout = QVBoxLayout()
        record_layout.addLayout(grid)
        record_layout.addLayout(source)
        record_layout.addStretch(1)
        # A message under a field wraps when long: the record scrolls up and down rather than squeeze its
        # rows, so each message keeps the height of all its lines (and the fields theirs) on a short dialog.
        record = RowsScroll(record_layout)
        record.setObjectName("recordScroll")

        self.visits = VisitsModel()
        self.odometer = OdometerModel()
        self.calls = CallsModel()
        self.tabs = QTabWidget()
        self.tabs.addTab(record, self.tr("&Record"))
        self.tabs.addTab(_table(self.visits), self.tr("&Visits"))
        self.tabs.addTab(_table(self.odometer), self.tr("&Odometer"))
        self.tabs.addTab(_table(self.calls), self.tr("&Calls"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        remember_dialog_size(self, "care/vehicle_dialog", QSize(900, 560))
        self.load()

    def _channel_changed(self) -> None:
        self.outlet.setEnabled(self.channel.currentData() == SourceChannel.OUTLET.value)

    def load(self) -> None:
        try:
            record = records.vehicle_record(self.ctx.db, self.ctx.actor, self.vehicle_id)
            outlets = records.list_outlets(self.ctx.db, self.ctx.actor)
            calls = calls_of_vehicle(self.ctx.db, self.ctx.actor, self.vehicle_id)
        except DealerDeskError as err:
            self.summary.setText(error_text(err))
            self.summary.show()
            self.save_button.setEnabled(False)
            return
        self.outlet.clear()
        self.outlet.addItems(outlets)
        self.show_record(record)
        self.calls.set_rows(calls)

    def show_record(self, r: VehicleRecord) -> None:
        self.record = r
        self.setWindowTitle(self.tr("Vehicle {plate}").format(plate=r.plate or r.vin))
        parts = [r.plate, r.vin, " ".join(x for x in (r.make and tr_message(r.make), r.model, r.colour) if x)]
        self.title.setText(" · ".join(p for p in parts if p))
        for kind, row in self.people.items():
            person = r.people[kind]
            row.name.setText(person.name)
            row.mobile.setText(person.mobile)
            row.confirmed.setChecked(False)
            row.stamp.setText(
                self.tr("{day} by {name}").format(day=local_text(person.verified_at)[:10], name=person.verified_by)
                if person.verified_at
                else self.tr("never")
            )
        index = self.channel.findData(r.source_channel.value if r.source_channel else None)
        self.channel.setCurrentIndex(max(index, 0))
        self.outlet.setCurrentText(r.outlet)
        self._channel_changed()
        self.sale_date.setDate(to_qdate(r.sale_date) if r.sale_date else NO_DATE)
        for flag, box in self.usage.items():
            box.setChecked(flag in r.usage)
        self.visits.set_rows(r.visits)
        self.odometer.set_rows(r.odometer)

    def edit(self) -> RecordEdit:
        channel = self.channel.currentData()
        day = self.sale_date.date()
        return RecordEdit(
            people={kind: row.edit() for kind, row in self.people.items()},
            source_channel=SourceChannel(channel) if channel else None,
            outlet=self.outlet.currentText() if channel == SourceChannel.OUTLET.value else "",
            sale_date=None if day == NO_DATE else from_qdate(day),
            usage=frozenset(flag for flag, box in self.usage.items() if box.isChecked()),
        )

    def save(self) -> None:
        try:
            saved = records.save_record(self.ctx.db, self.ctx.actor, self.vehicle_id, self.edit(), date.today())
        except ValidationError as err:
            report_refusal(self.problems, err.problems, self.summary, self.tr("Not saved:"))
            return
        except DealerDeskError as err:
            self.summary.setText(error_text(err))
            self.summary.show()
            return
        self.problems.clear()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Saved."))
        self.summary.show()
        self.show_record(saved)
