"""Segments (客户细分): filter the customer base the source document's six ways, count, save by name,
export the list for a campaign as CSV or Excel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_figures import FREQUENCY_LABELS, FrequencyClass
from dealerdesk.domain.care_records import SOURCE_CHANNEL_LABELS, USAGE_LABELS, SourceChannel, Usage
from dealerdesk.domain.care_rules import STATUS_LABELS, CareStatusCode
from dealerdesk.domain.care_segments import SegmentFilters, sets_no_filter
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.reports.csv_export import Cell, write_csv
from dealerdesk.reports.xlsx_export import write_xlsx
from dealerdesk.services.care import segments
from dealerdesk.services.care.segments import SavedSegment, SegmentRow
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import ask_to_go_on, ask_yes_no, error_text, show_error, show_info, tr_message
from dealerdesk.ui.models.row_table_model import Index, RowTableModel, row_table_view
from dealerdesk.ui.widgets.empty_hint import EmptyHint
from dealerdesk.ui.widgets.field_problems import WARNING_COLOUR

ANY = -1  # a range spin box at its lowest says "any"
NOT_ON_FILE = -1  # the outlet box's item for a saved segment's outlet no longer on file (ids are positive)


def range_box(name: str, top: int, step: int, suffix: str, any_text: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(ANY, top)
    box.setSingleStep(step)
    box.setSpecialValueText(any_text)
    box.setValue(ANY)
    box.setSuffix(suffix)
    return box


def box_value(box: QSpinBox) -> int | None:
    return None if box.value() == ANY else box.value()


def set_box(box: QSpinBox, value: int | None) -> None:
    box.setValue(ANY if value is None else value)


class SegmentModel(RowTableModel):
    COLUMNS = 13

    def headers(self) -> list[str]:
        return segment_header()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(segment_cells(self.rows[index.row()])[index.column()] or "")


def segment_header() -> list[str]:
    return [
        QCoreApplication.translate("CareTables", "Plate"),
        QCoreApplication.translate("CareTables", "VIN"),
        QCoreApplication.translate("CareTables", "Model"),
        QCoreApplication.translate("CareTables", "Owner"),
        QCoreApplication.translate("CareTables", "Mobile"),
        QCoreApplication.translate("CareTables", "Contact"),
        QCoreApplication.translate("CareTables", "Contact mobile"),
        QCoreApplication.translate("CareTables", "Age (years)"),
        QCoreApplication.translate("CareTables", "Mileage (km)"),
        QCoreApplication.translate("CareTables", "Km per day"),
        QCoreApplication.translate("CareTables", "Visits in 12 months"),
        QCoreApplication.translate("CareTables", "Sold by"),
        QCoreApplication.translate("CareTables", "Status"),
    ]


def segment_cells(r: SegmentRow) -> list[Cell]:
    if r.channel == SourceChannel.OUTLET.value and r.outlet:
        source = r.outlet
    elif r.channel:
        source = tr_message(SOURCE_CHANNEL_LABELS[SourceChannel(r.channel)])
    else:
        source = ""
    status = tr_message(STATUS_LABELS[CareStatusCode(r.status)]) if r.status else ""
    usage = " ".join(tr_message(USAGE_LABELS[u]) for u in r.usage)
    return [
        r.plate,
        r.vin,
        r.model + (f" ({usage})" if usage else ""),
        r.owner,
        r.mobile,
        r.contact,
        r.contact_mobile,
        r.age_years,
        r.mileage,
        f"{r.km_per_day:.1f}" if r.km_per_day is not None else "",
        f"{r.visits_12m} ({r.frequency.value})",
        source,
        status,
    ]


class SegmentsPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[SegmentRow] = []
        self.saved: list[SavedSegment] = []
        self.current_id: int | None = None

        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedSegments")
        self.saved_combo.activated.connect(self._load_saved)
        saved_label = QLabel(self.tr("&Saved:"))
        saved_label.setBuddy(self.saved_combo)
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.save_button.clicked.connect(lambda: self.save_as())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_saved())

        self.model_edit = QLineEdit()
        self.model_edit.setObjectName("segmentModel")
        self.model_edit.setPlaceholderText(self.tr("part of the name, e.g. 朗逸"))
        any_text = self.tr("any")
        self.age_min = range_box("ageMin", 50, 1, self.tr(" years"), any_text)
        self.age_max = range_box("ageMax", 50, 1, self.tr(" years"), any_text)
        self.km_min = range_box("kmMin", 2_000_000, 10_000, " km", any_text)
        self.km_max = range_box("kmMax", 2_000_000, 10_000, " km", any_text)
        self.pace_min = range_box("paceMin", 2000, 10, self.tr(" km/day"), any_text)
        self.pace_max = range_box("paceMax", 2000, 10, self.tr(" km/day"), any_text)
        self.class_boxes = {c: QCheckBox(tr_message(FREQUENCY_LABELS[c])) for c in FrequencyClass}
        self.usage_boxes = {u: QCheckBox(tr_message(USAGE_LABELS[u])) for u in Usage}
        self.status_boxes = {c: QCheckBox(tr_message(STATUS_LABELS[c])) for c in CareStatusCode}
        self.channel = QComboBox()
        self.channel.setObjectName("segmentChannel")
        self.channel.addItem(any_text, None)
        for ch in SourceChannel:
            self.channel.addItem(tr_message(SOURCE_CHANNEL_LABELS[ch]), ch)
        self.outlet = QComboBox()
        self.outlet.setObjectName("segmentOutlet")
        self.outlet.setMinimumContentsLength(10)  # a whole outlet's name, not a cut one that reads as another
        self.outlet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outlet.currentIndexChanged.connect(lambda _i: self._outlet_changed())
        self.missing_outlet = ""  # the name of the saved segment's outlet no longer on file
        self.outlet_note = QLabel()
        self.outlet_note.setObjectName("segmentOutletNote")
        self.outlet_note.setWordWrap(True)
        self.outlet_note.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.outlet_note.hide()
        self._fill_outlets()

        form = QFormLayout()
        form.addRow(self.tr("&Model:"), self.model_edit)
        form.addRow(self.tr("Vehicle ag&e:"), self._pair(self.age_min, self.age_max))
        form.addRow(self.tr("M&ileage:"), self._pair(self.km_min, self.km_max))
        form.addRow(self.tr("Km &per day:"), self._pair(self.pace_min, self.pace_max))
        form.addRow(self.tr("Sol&d by:"), self._pair(self.channel, self.outlet))
        filters = QGroupBox(self.tr("Filters (all that are set must hold)"))
        filters_layout = QVBoxLayout(filters)
        filters_layout.addLayout(form)
        filters_layout.addWidget(self.outlet_note)  # under the form, where a wrapped label gets its lines
        for title, boxes in (
            (self.tr("Visit frequency (last 12 months)"), self.class_boxes.values()),
            (self.tr("Usage (any of)"), self.usage_boxes.values()),
            (self.tr("Care status of the day (any of)"), self.status_boxes.values()),
        ):
            group = QGroupBox(title)
            grid = QVBoxLayout(group)
            for box in boxes:
                grid.addWidget(box)
            filters_layout.addWidget(group)
        self.count_button = QPushButton(self.tr("&Count"))
        self.count_button.setObjectName("segmentCount")
        self.count_button.setDefault(True)
        self.count_button.clicked.connect(lambda: self.count())
        self.clear_button = QPushButton(self.tr("Clea&r"))
        self.clear_button.clicked.connect(lambda: self.clear())
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_button)
        buttons.addWidget(self.clear_button)
        filters_layout.addLayout(buttons)
        filters_layout.addStretch(1)

        self.count_label = QLabel()
        self.count_label.setObjectName("segmentCountLabel")
        self.model = SegmentModel()
        self.view = row_table_view(self.model, "segmentTable")
        self.empty_hint = EmptyHint(self.view)
        self.empty_hint.explain(self.tr("Set the filters, then Count. With no filter set, every car is counted."))
        self.csv_button = QPushButton(self.tr("Expor&t CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = QPushButton(self.tr("Excel workbook…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        result_top = QHBoxLayout()
        result_top.addWidget(self.count_label, 1)
        result_top.addWidget(self.csv_button)
        result_top.addWidget(self.xlsx_button)
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addLayout(result_top)
        result_layout.addWidget(self.view)

        saved_row = QHBoxLayout()
        saved_row.addWidget(saved_label)
        saved_row.addWidget(self.saved_combo, 1)
        saved_row.addWidget(self.save_button)
        saved_row.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(saved_row)
        left_layout.addWidget(filters, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(result)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._reload_saved()
        self._update_buttons()

    @staticmethod
    def _pair(low: QWidget, high: QWidget) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(low)
        row.addWidget(QLabel("–"))
        row.addWidget(high)
        return w

    # --- filters ---------------------------------------------------------------------------------

    def filters(self) -> SegmentFilters:
        outlet_id = self.outlet.currentData()
        return SegmentFilters(
            model=self.model_edit.text().strip(),
            age_min=box_value(self.age_min),
            age_max=box_value(self.age_max),
            km_min=box_value(self.km_min),
            km_max=box_value(self.km_max),
            classes=tuple(c for c, box in self.class_boxes.items() if box.isChecked()),
            km_per_day_min=box_value(self.pace_min),
            km_per_day_max=box_value(self.pace_max),
            usage=tuple(u for u, box in self.usage_boxes.items() if box.isChecked()),
            # Qt hands the item's data back as a plain str, not the SourceChannel it was given.
            channel=SourceChannel(chosen) if (chosen := self.channel.currentData()) else None,
            outlet_id=outlet_id if outlet_id is not None and outlet_id != NOT_ON_FILE else None,
            outlet=self.outlet.currentText() if outlet_id is not None else "",
            statuses=tuple(c.value for c, box in self.status_boxes.items() if box.isChecked()),
        )

    def set_filters(self, f: SegmentFilters) -> None:
        self.model_edit.setText(f.model)
        for spin, value in (
            (self.age_min, f.age_min),
            (self.age_max, f.age_max),
            (self.km_min, f.km_min),
            (self.km_max, f.km_max),
            (self.pace_min, f.km_per_day_min),
            (self.pace_max, f.km_per_day_max),
        ):
            set_box(spin, value)
        for c, box in self.class_boxes.items():
            box.setChecked(c in f.classes)
        for u, box in self.usage_boxes.items():
            box.setChecked(u in f.usage)
        for code, box in self.status_boxes.items():
            box.setChecked(code.value in f.statuses)
        self.channel.setCurrentIndex(max(0, self.channel.findData(f.channel)) if f.channel else 0)
        self._choose_outlet(f.outlet_id, f.outlet)

    # --- the outlet box --------------------------------------------------------------------------

    def _fill_outlets(self) -> None:
        """Any, then every outlet (deactivated too: their cars are still there); the one chosen stays chosen,
        and one no longer on file stays, named so."""
        chosen, name = self.outlet.currentData(), self.outlet.currentText()
        try:
            choices = segments.outlet_choices(self.ctx.db, self.ctx.actor)
        except DealerDeskError:
            choices = []  # a user without the care role sees no outlets; the segments refuse them anyway
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem(self.tr("any"), None)
        for outlet_id, outlet_name in choices:
            self.outlet.addItem(outlet_name, outlet_id)
        self.outlet.blockSignals(False)
        if chosen == NOT_ON_FILE:
            self._choose_outlet(None, self.missing_outlet)
        elif chosen is not None:
            self._choose_outlet(chosen, name)
        else:
            self._choose_outlet(None, "")

    def _choose_outlet(self, outlet_id: int | None, name: str) -> None:
        """The outlet by id; an id or a name not on file is shown as such, never as "any"."""
        index = self.outlet.findData(outlet_id) if outlet_id is not None else -1
        if index < 0 and (outlet_id is not None or name):
            self.missing_outlet = name
            text = self.tr("{name} (not on file)").format(name=name)
            index = self.outlet.findData(NOT_ON_FILE)
            if index < 0:
                self.outlet.addItem(text, NOT_ON_FILE)
                index = self.outlet.count() - 1
            self.outlet.setItemText(index, text)
        self.outlet.setCurrentIndex(max(0, index))
        self._outlet_changed()

    def _outlet_changed(self) -> None:
        missing = self.outlet.currentData() == NOT_ON_FILE
        self.outlet.setToolTip(self.outlet.currentText())
        if not missing:
            index = self.outlet.findData(NOT_ON_FILE)
            if index >= 0:
                self.outlet.removeItem(index)
        self.outlet_note.setVisible(missing)
        self.outlet_note.setText(
            self.tr(
                "The outlet {name} of this segment is no longer on file: no car is counted for it. "
                "Choose the outlet again (it may have been renamed), then save the segment."
            ).format(name=self.missing_outlet)
            if missing
            else ""
        )

    def refresh(self) -> None:
        """Each time the tab comes to the front: the outlets and the saved segments as they are now (an
        outlet renamed on Care settings shows under its new name). The filters are not counted again."""
        self._fill_outlets()
        self._reload_saved(self.current_id)
        if self.current_id not in {seg.id for seg in self.saved}:  # deleted on another workstation
            self.current_id = None
            self._update_buttons()

    def clear(self) -> None:
        self.current_id = None
        self.saved_combo.setCurrentIndex(-1)
        self.set_filters(SegmentFilters())
        self._update_buttons()

    def count(self) -> None:
        """Run the filters (not on showing the tab: the whole base is 60,000 cars on a large database)."""
        try:
            self.rows = segments.segment_rows(self.ctx.db, self.ctx.actor, self.filters())
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(self.rows)
        self.empty_hint.explain(self.tr("No car matches every filter. Clear a filter, then Count again."))
        self.count_label.setText(self.tr("{count} cars in this segment").format(count=len(self.rows)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.csv_button.setEnabled(bool(self.rows))
        self.xlsx_button.setEnabled(bool(self.rows))
        self.delete_button.setEnabled(self.current_id is not None)

    # --- saved segments --------------------------------------------------------------------------

    def _reload_saved(self, select_id: int | None = None) -> None:
        try:
            self.saved = segments.saved_segments(self.ctx.db, self.ctx.actor)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.saved_combo.clear()
        for seg in self.saved:
            self.saved_combo.addItem(seg.name, seg.id)
        self.saved_combo.setCurrentIndex(self.saved_combo.findData(select_id) if select_id is not None else -1)

    def _load_saved(self, index: int) -> None:
        if not 0 <= index < len(self.saved):
            return
        seg = self.saved[index]
        self.current_id = seg.id
        self.set_filters(seg.filters)
        self.count()

    def save_as(self, name: str | None = None) -> SavedSegment | None:
        filters = self.filters()
        if sets_no_filter(filters) and not ask_to_go_on(
            self,
            self.tr("No filter is set: this segment would be every customer on file.\n\nSave it anyway?"),
            self.tr("Save &anyway"),
            self.tr("&Don't save"),
        ):
            return None
        if name is None:
            current = self.saved_combo.currentText() if self.current_id is not None else ""
            name, ok = QInputDialog.getText(
                self, self.tr("Save segment"), self.tr("Name of the segment:"), text=current
            )
            if not ok:
                return None
        try:
            seg = segments.save_segment(self.ctx.db, self.ctx.actor, name, filters)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        self.current_id = seg.id
        self._reload_saved(seg.id)
        self._update_buttons()
        return seg

    def delete_saved(self) -> None:
        if self.current_id is None:
            return
        name = self.saved_combo.currentText()
        if not ask_yes_no(self, self.tr("Delete the saved segment {name}?").format(name=name)):
            return
        try:
            segments.delete_segment(self.ctx.db, self.ctx.actor, self.current_id)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.current_id = None
        self._reload_saved()
        self._update_buttons()

    # --- export ----------------------------------------------------------------------------------

    def export(self, kind: str, path: str | None = None) -> str | None:
        if not self.rows:
            return None
        name = self.saved_combo.currentText() if self.current_id is not None else self.tr("segment")
        if path is None:
            pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel workbooks (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the segment"), f"{name}.{kind}", pattern)
        if not path:
            return None
        header = segment_header()
        cells = [segment_cells(r) for r in self.rows]
        try:
            if kind == "csv":
                write_csv(path, header, cells)
            else:
                write_xlsx(path, name, header, cells)
            segments.log_export(self.ctx.db, self.ctx.actor, self.current_id, name, len(self.rows), kind)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        show_info(self, self.tr("{count} cars were exported to {path}.").format(count=len(self.rows), path=path))
        return path
