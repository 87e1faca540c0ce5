"""The rework register: every QC, internal and external rework, filtered, with a detail dialog."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.vocabulary import CAUSE_LABELS, REWORK_KIND_LABELS, CauseCategory, ReworkKind
from dealerdesk.reports.csv_export import write_csv
from dealerdesk.reports.xlsx_export import write_xlsx
from dealerdesk.services.rework import register as rework
from dealerdesk.services.rework.register import REGISTER_ROLES, ReworkFilter
from dealerdesk.services.rework.views import REWORK_STATUS_LABELS, ReworkStatus
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message
from dealerdesk.ui.rework.register_external_dialog import RegisterExternalDialog
from dealerdesk.ui.rework.rework_detail_dialog import ReworkDetailDialog
from dealerdesk.ui.rework.rework_register_model import SORT_ROLE, ReworkRegisterModel
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate
from dealerdesk.ui.widgets.empty_hint import EmptyHint


class ReworkPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        today = dealer_today()
        self.date_from = QDateEdit(to_qdate(today.replace(year=today.year - 1, day=min(today.day, 28))))
        self.date_to = QDateEdit(to_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ReworkKind:
            self.kind.addItem(tr_message(REWORK_KIND_LABELS[kind]), kind.value)
        self.technician = QComboBox()
        self.technician.addItem(self.tr("All technicians"), None)
        for choice in rework.technician_choices(ctx.db):
            self.technician.addItem(choice.name, choice.id)
        self.cause = QComboBox()
        self.cause.addItem(self.tr("All causes"), None)
        for cause in CauseCategory:
            self.cause.addItem(tr_message(CAUSE_LABELS[cause]), cause.value)
        self.status = QComboBox()
        self.status.addItem(self.tr("Open and closed"), None)
        for status in ReworkStatus:
            self.status.addItem(tr_message(REWORK_STATUS_LABELS[status]), status.value)

        # Two rows: in one, the six filters need ~1,040 px, more than 1366x768 at 125 % leaves the page.
        filters = QVBoxLayout()
        rows = (QHBoxLayout(), QHBoxLayout())
        for n, (label, widget) in enumerate(
            (
                (self.tr("Fro&m:"), self.date_from),
                (self.tr("&To:"), self.date_to),
                (self.tr("&Kind:"), self.kind),
                (self.tr("T&echnician:"), self.technician),
                (self.tr("C&ause:"), self.cause),
                (self.tr("&Status:"), self.status),
            )
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            rows[n // 3].addWidget(lab)
            rows[n // 3].addWidget(widget)
        for row in rows:
            row.addStretch(1)
            filters.addLayout(row)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh)
        for combo in (self.kind, self.technician, self.cause, self.status):
            combo.currentIndexChanged.connect(self.refresh)

        self.model = ReworkRegisterModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ReworkRegisterModel.DETECTED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Enter and double-click both emit activated (QAbstractItemView), so one connection serves both.
        self.view.activated.connect(lambda _i: self.open_selected())

        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.clicked.connect(self.open_selected)
        self.register_button = QPushButton(self.tr("Register e&xternal rework…"))
        self.register_button.clicked.connect(self.register_external)
        self.register_button.setVisible(ctx.actor.has(*REGISTER_ROLES))
        # The register itself, as filtered: the reports page exports only the aggregates.
        self.export_button = QPushButton(self.tr("Ex&port…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.count_label = QLabel()
        self.empty_hint = EmptyHint(self.view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.refresh()

    def current_filter(self) -> ReworkFilter:
        kind = self.kind.currentData()
        cause = self.cause.currentData()
        status = self.status.currentData()
        return ReworkFilter(
            date_from=from_qdate(self.date_from.date()),
            date_to=from_qdate(self.date_to.date()),
            kind=ReworkKind(kind) if kind else None,
            technician_id=self.technician.currentData(),
            cause=CauseCategory(cause) if cause else None,
            status=ReworkStatus(status) if status else None,
        )

    def refresh(self) -> None:
        selected = self.selected_id()
        try:
            rows = rework.list_reworks(self.ctx.db, self.ctx.actor, self.current_filter())
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.count_label.setText(self.tr("Records: {n}").format(n=len(rows)))  # no "1 records"
        self._explain_empty()
        if rows:
            self.select_id(selected if selected is not None else rows[0].id)

    def _explain_empty(self) -> None:
        combos = (self.kind, self.technician, self.cause, self.status)
        narrowed = [c.currentText() for c in combos if c.currentData() is not None]
        if narrowed:
            filters = self.tr(", ").join(narrowed)
            self.empty_hint.explain(
                self.tr("No rework record in this period matches: {filters}.").format(filters=filters),
                self.tr("Show every kind, technician, cause and status"),
                self.clear_filters,
            )
            return
        text = self.tr(
            "No rework recorded from {start} to {end}. Records are added when a QC level fails, when the "
            "hand-over check sends a car back, and when a customer comes back with the same fault. "
            "Choose an earlier From date to see older ones."
        ).format(start=self.date_from.date().toString("yyyy-MM-dd"), end=self.date_to.date().toString("yyyy-MM-dd"))
        if self.register_button.isVisibleTo(self):
            self.empty_hint.explain(text, self.register_button.text(), self.register_external)
        else:
            self.empty_hint.explain(text)

    def clear_filters(self) -> None:
        for combo in (self.kind, self.technician, self.cause, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()

    def export(self, path: str | None = None) -> str | None:
        """Excel or CSV, by the name chosen; the rows the filters show, newest first."""
        excel, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV files (*.csv)")
        if path is None:
            suggested = f"rework-register-{dealer_today().isoformat()}.xlsx"
            path, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export the rework register"), suggested, f"{excel};;{csv}"
            )
            if not path:
                return None
            if not path.lower().endswith((".xlsx", ".csv")):
                path += ".csv" if chosen == csv else ".xlsx"
        header, rows = self.model.export_table()
        try:
            if path.lower().endswith(".csv"):
                write_csv(path, header, rows)
            else:
                write_xlsx(path, self.tr("Rework register"), header, rows)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        show_info(self, self.tr("{n} records were saved to {path}.").format(n=len(rows), path=path))
        return path

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        value = self.proxy.data(rows[0], Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def select_id(self, record_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == record_id:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            show_error(self, self.tr("Select a rework record first."))
            return
        self.open_record(record_id)

    def open_record(self, record_id: int) -> ReworkDetailDialog:
        dialog = ReworkDetailDialog(self.ctx, record_id, self)
        dialog.finished.connect(lambda _r: self.refresh() if dialog.changed else None)
        dialog.open()
        return dialog

    def register_external(self) -> RegisterExternalDialog:
        dialog = RegisterExternalDialog(self.ctx, self)
        dialog.registered.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, record_id: int) -> None:
        self.refresh()
        self.select_id(record_id)
        self.open_record(record_id)
