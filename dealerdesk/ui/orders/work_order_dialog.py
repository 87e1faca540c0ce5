"""The advisor's work-order dialog: intake, drafts that keep everything, opening only when complete.

The dialog gathers the form into an ``OrderInput`` and calls one service per button; the
services validate again. Problems are shown at their fields: live for a field once the
advisor has left it (or everywhere after a first "Open"), and the line above the buttons
always says why the order cannot open yet. Enter moves to the next field like Tab, so the
whole form can be typed without the mouse; Ctrl+S saves the draft, Ctrl+Enter opens.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.db.base import utcnow
from dealerdesk.domain import order_rules as rules
from dealerdesk.domain.messages import ConflictError, DealerDeskError, Problem, ValidationError
from dealerdesk.domain.money import AMOUNT_NEGATIVE, format_yuan
from dealerdesk.domain.order_lifecycle import EDITABLE
from dealerdesk.domain.order_rules import OrderInput, check_for_opening
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation import (
    CONTACT_MOBILE,
    CUSTOMER_MOBILE,
    ESTIMATE,
    MILEAGE_IN,
    PLATE,
    PROMISED_AT,
    VIN,
    validate_plate,
)
from dealerdesk.domain.validation.mileage import MILEAGE_NEGATIVE
from dealerdesk.domain.vocabulary import (
    CATEGORY_LABELS,
    PAYMENT_LABELS,
    STATUS_LABELS,
    FuelLevel,
    OrderStatus,
    PaymentType,
    ServiceCategory,
)
from dealerdesk.services import audit, users
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders import customers
from dealerdesk.services.orders.customers import VehicleCard, VisitView
from dealerdesk.services.orders.work_orders import (
    ENTITY,
    EXTRA_WORK_STATUSES,
    OrderDetail,
    dispatch_to_workshop,
    load_order,
    open_order,
    save_draft,
)
from dealerdesk.services.review import complaints
from dealerdesk.services.review.complaints import ComplaintStatus
from dealerdesk.services.settlement import settle
from dealerdesk.services.settlement.settle import SettlementView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import ask_yes_no, error_text, problem_text, show_error, tr_message
from dealerdesk.ui.generated.ui_work_order_dialog import Ui_WorkOrderDialog
from dealerdesk.ui.orders.cancel_dialog import CancelDialog
from dealerdesk.ui.orders.extra_work_dialog import ExtraWorkDialog
from dealerdesk.ui.orders.order_history_model import ChangeLogModel, ExtraWorkModel, VehicleHistoryModel
from dealerdesk.ui.orders.order_lines_model import LabourLinesModel, PartsLinesModel
from dealerdesk.ui.packages.order_panel import OrderPackagesPanel
from dealerdesk.ui.rework.comeback_dialog import ask_comeback
from dealerdesk.ui.widgets.date_times import local_text, round_up_to_half_hour, to_qdatetime
from dealerdesk.ui.widgets.empty_hint import EmptyHint
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems, focus_first, report_refusal, reveal
from dealerdesk.ui.widgets.lines_delegate import LinesDelegate
from dealerdesk.ui.widgets.parsed_input import install, km_parser, parsed_value, yuan_parser, yuan_text
from dealerdesk.ui.widgets.window_geometry import (
    MOBILE_CHARS,
    NAME_CJK_CHARS,
    PLATE_CHARS,
    VIN_CHARS,
    fit_window,
    min_chars,
    room,
)

if TYPE_CHECKING:
    from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog

DEFAULT_PROMISE = timedelta(hours=2)
READINESS_DELAY_MS = 250
_PAYMENT_FOR = {
    ServiceCategory.WARRANTY: PaymentType.WARRANTY,
    ServiceCategory.INSURANCE_CLAIM: PaymentType.INSURANCE,
    ServiceCategory.PDS: PaymentType.INTERNAL,
    ServiceCategory.REWORK: PaymentType.INTERNAL,
}
# Below this many logical pixels of room the whole form (~820 px) would scroll under the buttons.
COMPACT_BELOW_HEIGHT = 800
CANCELLABLE = frozenset({OrderStatus.DRAFT, OrderStatus.OPEN, OrderStatus.IN_WORKSHOP})


class WorkOrderDialog(QDialog):
    def __init__(self, ctx: UiContext, order_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkOrderDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self.ctx = ctx
        self.detail: OrderDetail | None = None
        self.settlement: SettlementView | None = None  # the current settlement, once the order has one
        self.last_km: int | None = None
        self.checked_in_at: datetime = utcnow()
        self.confirmed: set[str] = set()  # fields whose warnings the advisor confirmed
        self.live_fields: set[str] = set()  # fields whose problems are shown as they change
        self.attempted_open = False
        self.dirty = False
        self._loading = False
        self._payment_chosen = False
        self._looked_up: dict[str, str] = {}
        self.cancel_dialog: CancelDialog | None = None
        self.extra_work_dialog: ExtraWorkDialog | None = None
        self.history_dialog: WorkOrderDialog | None = None
        self._readiness_timer = QTimer(self)
        self._readiness_timer.setSingleShot(True)
        self._readiness_timer.setInterval(READINESS_DELAY_MS)
        self._readiness_timer.timeout.connect(self.refresh_readiness)
        self._setup_choices()
        self._setup_inputs()
        self._setup_tables()
        self._setup_problems()
        self._connect()
        self._setup_print()
        self._setup_complaint_flag()
        self._setup_packages()
        self._fit_screen()
        if order_id is None:
            self._new_order()
        else:
            self.load(order_id)

    # --- setup ------------------------------------------------------------------------------
    def _fit_screen(self) -> None:
        """On a screen lower than the whole form (1366x768, any scaling above 100 %) the concerns and the
        intake become the first tabs beside the lines, so the form fits without scrolling under the buttons."""
        ui = self.ui
        for edit, chars, cjk in (
            (ui.plateEdit, PLATE_CHARS, False),
            (ui.vinEdit, VIN_CHARS, False),
            (ui.customerMobileEdit, MOBILE_CHARS, False),
            (ui.contactMobileEdit, MOBILE_CHARS, False),
            (ui.customerNameEdit, NAME_CJK_CHARS, True),
            (ui.contactNameEdit, NAME_CJK_CHARS, True),
        ):
            min_chars(edit, chars, cjk)
        self.compact = room(self).height() < COMPACT_BELOW_HEIGHT
        if self.compact:
            for position, box in enumerate((ui.concernsBox, ui.intakeBox)):
                ui.middleRow.removeWidget(box)
                # The title's first part names the tab ("Customer concerns – the customer's own words…"):
                # the whole of it made the tab bar, and so the form, wider than the screen.
                ui.linesTabs.insertTab(position, box, box.title().split(" – ")[0])
                ui.linesTabs.setTabToolTip(position, box.title())
                box.setTitle("")
                box.setFlat(True)
            ui.linesTabs.setUsesScrollButtons(True)
            ui.linesTabs.setCurrentIndex(0)
        fit_window(self, QSize(1240, 860))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Enter walk into a tab that is not in front (the compact layout's intake after the concerns)."""
        if self.compact:
            current = self.focusWidget()
            widget = current
            while widget is not None:
                widget = widget.nextInFocusChain() if next else widget.previousInFocusChain()
                if widget is None or widget is current or widget is self:
                    break
                if self._reachable_in_a_tab(widget):
                    reveal(widget)
                    reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                    widget.setFocus(reason)
                    return True
        return super().focusNextPrevChild(next)

    def _reachable_in_a_tab(self, widget: QWidget) -> bool:
        if not widget.isEnabled() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return False
        if widget.isVisible():
            return True
        tabs = self.ui.linesTabs
        page = next((tabs.widget(i) for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget)), None)
        return page is not None and widget.isVisibleTo(page)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+letter of a field in a tab that is not in front (Qt only looks at visible ones) brings it forward."""
        if self.compact and event.modifiers() == Qt.KeyboardModifier.AltModifier and self._mnemonic(event.key()):
            return
        super().keyPressEvent(event)

    def _mnemonic(self, key: int) -> bool:
        mark = "&" + QKeySequence(key).toString().lower()
        tabs = self.ui.linesTabs
        for i in range(tabs.count()):
            if i == tabs.currentIndex():
                continue
            for widget in tabs.widget(i).findChildren(QWidget):
                if not isinstance(widget, QLabel | QAbstractButton) or mark not in widget.text().lower():
                    continue
                target = widget.buddy() if isinstance(widget, QLabel) else widget
                if target is None or not target.isEnabled():
                    continue
                tabs.setCurrentIndex(i)
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if isinstance(target, QAbstractButton):
                    target.click()
                return True
        return False

    def _setup_choices(self) -> None:
        ui = self.ui
        ui.fuelCombo.addItem(self.tr("— choose —"), None)
        for level in FuelLevel:
            ui.fuelCombo.addItem(level.value, level)
        ui.categoryCombo.addItem(self.tr("— choose —"), None)
        for category in ServiceCategory:
            ui.categoryCombo.addItem(tr_message(CATEGORY_LABELS[category]), category)
        for payment in PaymentType:
            ui.paymentCombo.addItem(tr_message(PAYMENT_LABELS[payment]), payment)
        ui.advisorLabel.setText(self.ctx.actor.full_name)

    def _setup_inputs(self) -> None:
        ui = self.ui
        self.estimate_validator = install(
            ui.estimateEdit, yuan_parser(ESTIMATE), negative_text=AMOUNT_NEGATIVE, field=ESTIMATE
        )
        self.mileage_validator = install(
            ui.mileageEdit, km_parser(MILEAGE_IN), negative_text=MILEAGE_NEGATIVE, field=MILEAGE_IN
        )
        ui.estimateEdit.inputRejected.connect(lambda: self._refused(ESTIMATE, self.estimate_validator.last_refusal))
        ui.mileageEdit.inputRejected.connect(lambda: self._refused(MILEAGE_IN, self.mileage_validator.last_refusal))
        ui.estimateEdit.setAlignment(Qt.AlignmentFlag.AlignRight)
        ui.mileageEdit.setAlignment(Qt.AlignmentFlag.AlignRight)
        ui.concernsEdit.setPlaceholderText(self.tr("e.g. 刹车时有异响 – exactly as the customer says it"))
        ui.damageEdit.setFixedHeight(54)
        ui.concernsEdit.setMinimumHeight(90)
        ui.concernsEdit.setMaximumHeight(150)
        # Enter moves on like Tab in one-line fields; in the concern box it starts the next concern.
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox | QCheckBox | QRadioButton):
                widget.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.open_order_clicked)
        for button in self.findChildren(QWidget):
            if hasattr(button, "setAutoDefault"):
                button.setAutoDefault(False)  # Enter never presses a button by surprise

    def _setup_tables(self) -> None:
        ui = self.ui
        technicians = [(u.id, u.full_name) for u in users.users_with_role(self.ctx.db, Role.TECHNICIAN)]
        self.labour_model = LabourLinesModel(technicians, self.ctx.settings.labour_rate_fen)
        self.parts_model = PartsLinesModel()
        self.extra_work_model = ExtraWorkModel()
        self.change_log_model = ChangeLogModel()
        self.history_model = VehicleHistoryModel()
        for view, model, field in (
            (ui.labourView, self.labour_model, rules.LABOUR_LINES),
            (ui.partsView, self.parts_model, rules.PARTS_LINES),
        ):
            view.setModel(model)
            delegate = LinesDelegate(model, field, view)
            delegate.on_refused = lambda problem, f=field: self._refused(f, problem)
            view.setItemDelegate(delegate)
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.AnyKeyPressed
                | QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
            )
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            QShortcut(QKeySequence(Qt.Key.Key_Insert), view, lambda v=view, m=model: self._add_line(v, m))
        ui.labourView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.partsView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for view, model in (
            (ui.extraWorkView, self.extra_work_model),
            (ui.changeLogView, self.change_log_model),
            (ui.historyView, self.history_model),
        ):
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
        # An empty tab says why and what to do, instead of a blank grid.
        self.empty_hints: list[EmptyHint] = []
        for view, text in (
            (ui.labourView, self.tr("No labour line yet: Add labour line (Alt+A) or Insert adds one.")),
            (ui.partsView, self.tr("No parts on this order: Add part or Insert adds a line.")),
            (
                ui.extraWorkView,
                self.tr(
                    "No extra work. When the workshop finds more to do, record the customer's approval "
                    "with Add extra work… on an opened order."
                ),
            ),
            (ui.changeLogView, self.tr("Nothing changed yet: each save of an opened order is listed here.")),
            (ui.historyView, self.tr("No earlier visit of this vehicle: its plate, VIN and mobile find none.")),
        ):
            self.empty_hints.append(EmptyHint(view))
            self.empty_hints[-1].explain(text)
        ui.addLabourButton.setText(self.tr("&Add labour line"))
        ui.addPartsButton.setText(self.tr("Add part"))  # Alt+P is the plate; Insert adds a line too
        ui.historyView.setToolTip(self.tr("Enter or double-click: open that order"))
        ui.historyView.activated.connect(self.open_earlier_order)
        ui.removeLabourButton.setText(self.tr("Remove labour line"))
        ui.removePartsButton.setText(self.tr("Remove part"))
        for view in (ui.labourView, ui.partsView):
            view.setMinimumHeight(110)

    def _setup_problems(self) -> None:
        ui = self.ui
        self.problems = FieldProblems()
        for field, widget, label in (
            (PLATE, ui.plateEdit, ui.plateProblem),
            (VIN, ui.vinEdit, ui.vinProblem),
            (rules.MODEL, ui.modelEdit, ui.modelProblem),
            (MILEAGE_IN, ui.mileageEdit, ui.mileageProblem),
            (rules.FUEL_LEVEL, ui.fuelCombo, ui.fuelProblem),
            (rules.CUSTOMER_NAME, ui.customerNameEdit, ui.customerNameProblem),
            (CUSTOMER_MOBILE, ui.customerMobileEdit, ui.customerMobileProblem),
            (rules.CONTACT_NAME, ui.contactNameEdit, ui.contactNameProblem),
            (CONTACT_MOBILE, ui.contactMobileEdit, ui.contactMobileProblem),
            (rules.CATEGORY, ui.categoryCombo, ui.categoryProblem),
            (PROMISED_AT, ui.promisedEdit, ui.promisedProblem),
            (ESTIMATE, ui.estimateEdit, ui.estimateProblem),
            (rules.ADVISOR, ui.advisorLabel, ui.advisorProblem),
            (rules.CONCERNS, ui.concernsEdit, ui.concernsProblem),
            (rules.CUSTOMER_WAITS, ui.waitsRadio, ui.waitsProblem),
            (rules.LABOUR_LINES, ui.labourView, ui.labourProblem),
            (rules.PARTS_LINES, ui.partsView, ui.partsProblem),
        ):
            self.problems.add(field, widget, label)
        # The "still to do" line names the fields in the order the advisor meets them.
        self._form_position = {field: i for i, field in enumerate(self.problems.fields)}
        self.field_names = {
            PLATE: self.tr("plate"),
            VIN: self.tr("VIN"),
            rules.MODEL: self.tr("model"),
            MILEAGE_IN: self.tr("mileage"),
            rules.FUEL_LEVEL: self.tr("fuel level"),
            rules.CUSTOMER_NAME: self.tr("owner name"),
            CUSTOMER_MOBILE: self.tr("owner mobile"),
            rules.CONTACT_NAME: self.tr("who brought the car"),
            CONTACT_MOBILE: self.tr("their mobile"),
            rules.CATEGORY: self.tr("category"),
            PROMISED_AT: self.tr("promised delivery"),
            ESTIMATE: self.tr("estimate"),
            rules.ADVISOR: self.tr("advisor"),
            rules.CONCERNS: self.tr("customer concerns"),
            rules.CUSTOMER_WAITS: self.tr("customer waits or leaves"),
            rules.LABOUR_LINES: self.tr("labour lines"),
            rules.PARTS_LINES: self.tr("parts lines"),
            rules.CHECKED_IN_AT: self.tr("check-in time"),
        }

    def _connect(self) -> None:
        ui = self.ui
        edits = {
            PLATE: ui.plateEdit,
            VIN: ui.vinEdit,
            rules.MODEL: ui.modelEdit,
            MILEAGE_IN: ui.mileageEdit,
            rules.CUSTOMER_NAME: ui.customerNameEdit,
            CUSTOMER_MOBILE: ui.customerMobileEdit,
            rules.CONTACT_NAME: ui.contactNameEdit,
            CONTACT_MOBILE: ui.contactMobileEdit,
            ESTIMATE: ui.estimateEdit,
        }
        for field, edit in edits.items():
            edit.textChanged.connect(lambda _t, f=field: self._changed(f))
            edit.editingFinished.connect(lambda f=field: self._left(f))
        for edit in (ui.colourEdit, ui.valuablesEdit):
            edit.textChanged.connect(lambda _t: self._changed(None))
        ui.concernsEdit.textChanged.connect(lambda: self._changed(rules.CONCERNS))
        ui.damageEdit.textChanged.connect(lambda: self._changed(None))
        ui.fuelCombo.currentIndexChanged.connect(lambda _i: self._changed(rules.FUEL_LEVEL, finished=True))
        ui.categoryCombo.currentIndexChanged.connect(self._category_changed)
        ui.paymentCombo.activated.connect(lambda _i: setattr(self, "_payment_chosen", True))
        ui.paymentCombo.currentIndexChanged.connect(lambda _i: self._changed(None))
        ui.promisedEdit.dateTimeChanged.connect(lambda _d: self._changed(PROMISED_AT, finished=True))
        ui.promisedEdit.refused.connect(lambda problem: self._refused(PROMISED_AT, problem))
        for box in (ui.washCheck, ui.oldPartsCheck):
            box.toggled.connect(lambda _c: self._changed(None))
        for box in (ui.waitsRadio, ui.leavesRadio):
            box.toggled.connect(lambda _c: self._changed(rules.CUSTOMER_WAITS, finished=True))
        ui.noPlateCheck.toggled.connect(self._no_plate_toggled)
        ui.ownerBroughtCheck.toggled.connect(self._owner_brought_toggled)
        self.labour_model.lines_changed.connect(lambda: self._changed(rules.LABOUR_LINES, finished=True))
        self.parts_model.lines_changed.connect(lambda: self._changed(rules.PARTS_LINES, finished=True))
        ui.useTotalButton.clicked.connect(self.use_lines_total)
        ui.addLabourButton.clicked.connect(lambda: self._add_line(ui.labourView, self.labour_model))
        ui.addPartsButton.clicked.connect(lambda: self._add_line(ui.partsView, self.parts_model))
        ui.removeLabourButton.clicked.connect(lambda: self._remove_line(ui.labourView, self.labour_model))
        ui.removePartsButton.clicked.connect(lambda: self._remove_line(ui.partsView, self.parts_model))
        ui.saveDraftButton.clicked.connect(self.save_draft_clicked)
        ui.openButton.clicked.connect(self.open_order_clicked)
        ui.dispatchButton.clicked.connect(self.dispatch_clicked)
        ui.extraWorkButton.clicked.connect(self.extra_work_clicked)
        ui.cancelOrderButton.clicked.connect(self.cancel_order_clicked)
        ui.closeButton.clicked.connect(self.reject)
        ui.overwriteButton.clicked.connect(self.overwrite_clicked)
        ui.reloadButton.clicked.connect(self.reload_clicked)

    # --- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # What QLineEdit itself does on Enter (the lookup listens), then on to the next field.
                if isinstance(watched, QLineEdit) and watched.hasAcceptableInput():
                    watched.editingFinished.emit()
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    # --- loading and filling ----------------------------------------------------------------
    def _new_order(self) -> None:
        self._loading = True
        self.checked_in_at = utcnow()
        self.ui.ownerBroughtCheck.setChecked(True)
        self._owner_brought_toggled(True)
        promise = round_up_to_half_hour(self.checked_in_at.astimezone() + DEFAULT_PROMISE)
        self.ui.promisedEdit.setDateTime(to_qdatetime(promise))
        self.ui.checkedInLabel.setText(local_text(self.checked_in_at))
        self._loading = False
        self._update_totals()
        self._update_state()
        self.refresh_readiness()
        self.ui.plateEdit.setFocus()

    def load(self, order_id: int) -> None:
        self.apply_detail(load_order(self.ctx.db, order_id))

    def apply_detail(self, detail: OrderDetail) -> None:
        """Show ``detail`` as stored: after loading and after every successful save."""
        self.detail = detail
        self.last_km = detail.last_recorded_km
        self.checked_in_at = detail.checked_in_at or detail.created_at
        self.fill(detail.to_input())
        self.ui.advisorLabel.setText(detail.advisor_name)
        self.extra_work_model.set_rows(list(detail.extra_work))
        self.change_log_model.set_rows(audit.list_entries(self.ctx.db, ENTITY, detail.id))
        for view in (self.ui.extraWorkView, self.ui.changeLogView):
            view.resizeColumnsToContents()  # times on one line; the last column takes the rest
        self.show_history(customers.earlier_visits(self.ctx.db, detail.vin, detail.id))
        self.show_complaints(detail.plate, detail.vin)
        self.packages.show_saved(detail)
        # Only a car past its hand-over check can have a settlement: the others cost no query.
        settled = detail.status in (OrderStatus.READY, OrderStatus.DELIVERED)
        self.settlement = settle.load_current(self.ctx.db, detail.id) if settled else None
        self.dirty = False
        self.ui.conflictFrame.hide()
        self._update_state()
        self.refresh_readiness()

    def fill(self, data: OrderInput) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.customerNameEdit.setText(data.customer_name)
            ui.customerMobileEdit.setText(data.customer_mobile)
            ui.ownerBroughtCheck.setChecked(data.contact_is_owner)
            self._owner_brought_toggled(data.contact_is_owner)
            ui.contactNameEdit.setText(data.contact_name)
            ui.contactMobileEdit.setText(data.contact_mobile)
            ui.noPlateCheck.setChecked(data.no_plate)
            ui.plateEdit.setText(data.plate)
            ui.vinEdit.setText(data.vin)
            ui.modelEdit.setText(data.model)
            ui.colourEdit.setText(data.colour)
            ui.mileageEdit.setText("" if data.mileage_in is None else str(data.mileage_in))
            ui.fuelCombo.setCurrentIndex(max(0, ui.fuelCombo.findData(data.fuel_level)))
            ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(data.category)))
            payment = data.payment_type or PaymentType.CUSTOMER
            ui.paymentCombo.setCurrentIndex(max(0, ui.paymentCombo.findData(payment)))
            self._payment_chosen = data.payment_type is not None
            ui.concernsEdit.setPlainText("\n".join(data.concerns))
            self.labour_model.set_lines(data.labour_lines, self._technician_names())
            self.parts_model.set_lines(data.parts_lines)
            ui.estimateEdit.setText(yuan_text(data.estimate_fen))
            if data.promised_at is not None:
                ui.promisedEdit.setDateTime(to_qdatetime(data.promised_at))
            ui.checkedInLabel.setText(local_text(data.checked_in_at or self.checked_in_at))
            ui.valuablesEdit.setText(data.valuables)
            ui.damageEdit.setPlainText(data.damage_notes)
            # Neither radio ticked means "not asked yet": clear both without exclusivity forcing one.
            ui.waitsRadio.setAutoExclusive(False)
            ui.leavesRadio.setAutoExclusive(False)
            ui.waitsRadio.setChecked(data.customer_waits is True)
            ui.leavesRadio.setChecked(data.customer_waits is False)
            ui.waitsRadio.setAutoExclusive(True)
            ui.leavesRadio.setAutoExclusive(True)
            ui.washCheck.setChecked(data.wash)
            ui.oldPartsCheck.setChecked(data.old_parts_returned)
        finally:
            self._loading = False
        self._update_totals()
        self._show_last_km()

    def _technician_names(self) -> dict[int, str]:
        if self.detail is None:
            return {}
        return {x.technician_id: x.technician_name for x in self.detail.labour_lines if x.technician_id is not None}

    def form_input(self) -> OrderInput:
        """Everything the form holds, exactly as typed (the services normalise on opening)."""
        ui = self.ui
        fuel = ui.fuelCombo.currentData()
        category = ui.categoryCombo.currentData()
        payment = ui.paymentCombo.currentData()
        waits = True if ui.waitsRadio.isChecked() else False if ui.leavesRadio.isChecked() else None
        return OrderInput(
            customer_name=ui.customerNameEdit.text(),
            customer_mobile=ui.customerMobileEdit.text(),
            contact_is_owner=ui.ownerBroughtCheck.isChecked(),
            contact_name=ui.contactNameEdit.text(),
            contact_mobile=ui.contactMobileEdit.text(),
            no_plate=ui.noPlateCheck.isChecked(),
            plate=ui.plateEdit.text(),
            vin=ui.vinEdit.text(),
            model=ui.modelEdit.text(),
            colour=ui.colourEdit.text(),
            mileage_in=parsed_value(ui.mileageEdit, self.mileage_validator),
            # Qt hands StrEnum item data back as plain str.
            fuel_level=FuelLevel(fuel) if fuel else None,
            category=ServiceCategory(category) if category else None,
            payment_type=PaymentType(payment) if payment else None,
            concerns=ui.concernsEdit.toPlainText().split("\n"),
            labour_lines=list(self.labour_model.lines),
            parts_lines=list(self.parts_model.lines),
            estimate_fen=parsed_value(ui.estimateEdit, self.estimate_validator),
            checked_in_at=self.checked_in_at,
            promised_at=promised.astimezone(UTC) if (promised := ui.promisedEdit.value()) else None,
            valuables=ui.valuablesEdit.text(),
            damage_notes=ui.damageEdit.toPlainText(),
            customer_waits=waits,
            wash=ui.washCheck.isChecked(),
            old_parts_returned=ui.oldPartsCheck.isChecked(),
        )

    # --- reacting to typing -----------------------------------------------------------------
    def _changed(self, field: str | None, *, finished: bool = False) -> None:
        if self._loading:
            return
        self.dirty = True
        if field is not None:
            self.confirmed.discard(field)  # a changed value asks again
            if finished:
                self.live_fields.add(field)
        if field in (rules.LABOUR_LINES, rules.PARTS_LINES):
            self._update_totals()
        self._readiness_timer.start()

    def _left(self, field: str) -> None:
        """The advisor left a field: from now on its problems show as it changes; look the vehicle up."""
        if self._loading:
            return
        self.live_fields.add(field)
        if field in (PLATE, VIN, CUSTOMER_MOBILE):
            self.lookup(field)
        self._readiness_timer.start()

    def _refused(self, field: str, problem: Problem | None) -> None:
        if problem is not None:
            self.problems.set(field, [problem])

    def _category_changed(self, _index: int) -> None:
        category = self.ui.categoryCombo.currentData()
        if not self._loading and not self._payment_chosen and category:
            payment = _PAYMENT_FOR.get(ServiceCategory(category), PaymentType.CUSTOMER)
            self.ui.paymentCombo.setCurrentIndex(max(0, self.ui.paymentCombo.findData(payment)))
        self._changed(rules.CATEGORY, finished=True)

    def _no_plate_toggled(self, checked: bool) -> None:
        self.ui.plateEdit.setEnabled(not checked and self._editable())
        self._changed(PLATE, finished=True)

    def _owner_brought_toggled(self, checked: bool) -> None:
        for widget in (self.ui.contactNameEdit, self.ui.contactMobileEdit):
            widget.setEnabled(not checked and self._editable())
        self._changed(rules.CONTACT_NAME)

    def _update_totals(self) -> None:
        total = sum(x.amount_fen for x in self.labour_model.lines) + sum(x.amount_fen for x in self.parts_model.lines)
        self.ui.linesTotalLabel.setText(self.tr("Lines total: {amount} CNY").format(amount=format_yuan(total)))
        self._lines_total = total

    def use_lines_total(self) -> None:
        self.ui.estimateEdit.setText(format_yuan(self._lines_total))
        self._changed(ESTIMATE, finished=True)

    def _show_last_km(self) -> None:
        self.ui.lastMileageLabel.setText(
            "" if self.last_km is None else self.tr("last recorded {km:,} km").format(km=self.last_km)
        )

    def _add_line(self, view: QTableView, model: LabourLinesModel | PartsLinesModel) -> None:
        if model.read_only:
            return
        row = model.insert_line()
        view.setFocus()
        view.setCurrentIndex(model.index(row, 0))
        view.edit(model.index(row, 0))

    def _remove_line(self, view: QTableView, model: LabourLinesModel | PartsLinesModel) -> None:
        if not model.read_only and view.currentIndex().isValid():
            model.remove_line(view.currentIndex().row())

    # --- looking the vehicle up -------------------------------------------------------------
    def lookup(self, field: str) -> None:
        """A plate, VIN or mobile typed at intake finds the vehicle and fills what is still empty."""
        if not self._editable() or (self.detail is not None and self.detail.status is not OrderStatus.DRAFT):
            return
        edit = {PLATE: self.ui.plateEdit, VIN: self.ui.vinEdit, CUSTOMER_MOBILE: self.ui.customerMobileEdit}[field]
        typed = edit.text().strip()
        if not typed or self._looked_up.get(field) == typed:
            return
        self._looked_up[field] = typed
        if field == PLATE:
            if validate_plate(typed).value is None:
                return
            cards = customers.find_by_plate(self.ctx.db, typed)
        elif field == VIN:
            card = customers.find_by_vin(self.ctx.db, typed)
            cards = [card] if card else []
            if not cards:
                self.last_km = None
                self._show_last_km()
                self.show_history([])
        else:
            cards = customers.find_by_mobile(self.ctx.db, typed)
        chosen = cards[0] if len(cards) == 1 else self.choose_vehicle(cards) if cards else None
        if chosen is not None:
            self.fill_from_vehicle(chosen)

    def choose_vehicle(self, cards: list[VehicleCard]) -> VehicleCard | None:
        items = [f"{c.plate or '—'}  {c.vin}  {c.model}  {c.owner_name}" for c in cards]
        item, ok = QInputDialog.getItem(
            self, self.tr("Which vehicle?"), self.tr("Several vehicles match. Choose one:"), items, 0, False
        )
        return cards[items.index(item)] if ok and item in items else None

    def fill_from_vehicle(self, card: VehicleCard) -> None:
        """Fill what is empty from the last visit; never overwrite what the advisor typed."""
        ui = self.ui
        filled = {
            ui.plateEdit: card.plate,
            ui.vinEdit: card.vin,
            ui.modelEdit: card.model,
            ui.colourEdit: card.colour,
            ui.customerNameEdit: card.owner_name,
            ui.customerMobileEdit: card.owner_mobile,
        }
        for edit, value in filled.items():
            if value and not edit.text().strip():
                edit.setText(value)
        if card.last_contact_name and not ui.contactNameEdit.text().strip():
            ui.ownerBroughtCheck.setChecked(False)
            ui.contactNameEdit.setText(card.last_contact_name)
            ui.contactMobileEdit.setText(card.last_contact_mobile)
        self._looked_up.update({PLATE: ui.plateEdit.text().strip(), VIN: ui.vinEdit.text().strip()})
        if self.detail is None:
            self.last_km = card.last_recorded_km
        else:  # a saved draft is held to the visits before its own check-in
            self.last_km = customers.mileage_floor(self.ctx.db, card.vin, self.checked_in_at, self.detail.id)
        self._show_last_km()
        order_id = self.detail.id if self.detail is not None else None
        self.show_history(customers.earlier_visits(self.ctx.db, card.vin, order_id))
        self.show_complaints(ui.plateEdit.text(), ui.vinEdit.text())
        self._readiness_timer.start()

    def _setup_complaint_flag(self) -> None:
        # Under the header, above everything the advisor types: seen before the car is checked in.
        self.complaint_flag = QLabel()
        self.complaint_flag.setObjectName("complaintFlag")
        self.complaint_flag.setWordWrap(True)
        self.complaint_flag.setStyleSheet("background: #fde2e1; color: #7a1010; padding: 6px; border-radius: 3px;")
        self.complaint_flag.hide()
        self.ui.mainLayout.insertWidget(1, self.complaint_flag)

    def show_complaints(self, plate: str, vin: str) -> None:
        """An open complaint about this car, or one closed in the last 90 days, in red at the top."""
        flags = complaints.flags_for_car(self.ctx.db, plate, vin)
        if not flags:
            self.complaint_flag.hide()
            return
        lines = []
        for c in flags[:3]:
            state = self.tr("open") if c.status is ComplaintStatus.OPEN else self.tr("closed")
            lines.append(
                self.tr("Complaint {id} ({state}) of {day}: “{words}”").format(
                    id=c.id, state=state, day=local_text(c.opened_at)[:10], words=c.description
                )
            )
        heading = self.tr("This customer complained recently: greet them yourself and check the concern with care.")
        self.complaint_flag.setText("\n".join([heading, *lines]))
        self.complaint_flag.show()

    def show_history(self, visits: list[VisitView]) -> None:
        """The vehicle's other orders in their tab, and a line under the vehicle saying they are there."""
        self.history_model.set_rows(visits)
        self.ui.historyView.resizeColumnsToContents()
        if not visits:
            self.ui.historyLabel.setText("")
            return
        last = visits[0]
        self.ui.historyLabel.setText(
            self.tr("Earlier visits: {count}; last {when} ({number}) – see the Vehicle history tab").format(
                count=len(visits), when=local_text(last.checked_in_at), number=last.number
            )
        )

    def open_earlier_order(self) -> None:
        """What was done last time, in full: the earlier order in its own window."""
        order_id = self.history_model.order_id(self.ui.historyView.currentIndex().row())
        if order_id is None:
            return
        self.history_dialog = WorkOrderDialog(self.ctx, order_id, self)
        self.history_dialog.open()

    # --- readiness ----------------------------------------------------------------------------
    def _advisor_id(self) -> int:
        return self.detail.advisor_id if self.detail is not None else self.ctx.actor.id

    def opening_check(self) -> rules.OpeningCheck:
        data = self.form_input()
        data.checked_in_at = self.checked_in_at.astimezone()  # the message shows it in local time
        check = check_for_opening(data, advisor_id=self._advisor_id(), last_recorded_km=self.last_km)
        typed_wrong = self.ui.promisedEdit.problem
        if typed_wrong is not None:  # "not a time" says more than "enter the promised time"
            check = replace(check, problems=[typed_wrong if p.field == PROMISED_AT else p for p in check.problems])
        return check

    def refresh_readiness(self) -> None:
        """The line above the buttons (and the Open button's tooltip) says what is still missing."""
        if not self._editable():
            self.ui.readinessLabel.setText("")
            return
        check = self.opening_check()
        blocking = check.blocking(frozenset(self.confirmed))
        fields = self.problems.fields if self.attempted_open else self.live_fields | set(self.problems.shown)
        self.problems.show_all(check.problems, [f for f in fields if f in self.problems.fields])
        in_form_order = sorted(blocking, key=lambda p: self._form_position.get(p.field, len(self._form_position)))
        names = list(dict.fromkeys(self.field_names.get(p.field, p.field) for p in in_form_order))
        if self.detail is not None and self.detail.status is not OrderStatus.DRAFT:
            # An open order must stay complete: name what blocks saving (a field, or a warning to confirm).
            self.ui.readinessLabel.setText(
                ""
                if not blocking
                else self.tr("Cannot save yet – still to do: {fields}").format(fields=self.tr(", ").join(names))
            )
            self.ui.readinessLabel.setStyleSheet("color: #b00020;" if blocking else "")
            return
        if blocking:
            self.ui.readinessLabel.setText(
                self.tr("Cannot open yet – still to do: {fields}").format(fields=self.tr(", ").join(names))
            )
            self.ui.readinessLabel.setStyleSheet("color: #b00020;")
            self.ui.openButton.setToolTip("\n".join(problem_text(p) for p in blocking))
        else:
            self.ui.readinessLabel.setText(self.tr("Complete: the order can be opened (Ctrl+Enter)."))
            self.ui.readinessLabel.setStyleSheet("color: #1b5e20;")
            self.ui.openButton.setToolTip(self.tr("Open the order and send it on its way (Ctrl+Enter)"))

    def _focus_first_problem(self) -> None:
        """The first field in error, its tab chosen and scrolled into view (the summary line says the rest)."""
        focus_first(self.problems)

    # --- state --------------------------------------------------------------------------------
    def status(self) -> OrderStatus:
        return self.detail.status if self.detail is not None else OrderStatus.DRAFT

    def _editable(self) -> bool:
        return self.status() in EDITABLE and self.ctx.actor.has(Role.ADVISOR)

    def _update_state(self) -> None:
        ui = self.ui
        status = self.status()
        editable = self._editable()
        saved = self.detail is not None
        if saved:
            assert self.detail is not None
            self.setWindowTitle(self.tr("Work order {number}").format(number=self.detail.number))
            header = self.tr("Work order {number} – {status}").format(
                number=self.detail.number, status=tr_message(STATUS_LABELS[status])
            )
            if self.settlement is not None:  # the bill and what is still owed, on the order itself
                st = self.settlement
                header += "   " + self.tr("Settled {net} CNY; open balance {balance}, on account {account}").format(
                    net=format_yuan(st.net_fen),
                    balance=format_yuan(st.balance_fen),
                    account=format_yuan(st.on_account_fen),
                )
            if self.detail.updated_by_name:
                header += "   " + self.tr("(last saved by {name} at {time})").format(
                    name=self.detail.updated_by_name, time=local_text(self.detail.updated_at)
                )
        else:
            self.setWindowTitle(self.tr("New work order"))
            header = self.tr("New work order – the number is given when it is first saved")
        ui.headerLabel.setWordWrap(True)  # the settlement's figures may follow: never widen the dialog
        ui.headerLabel.setText(header)
        ui.headerLabel.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f4e79;")
        for widget in (
            ui.plateEdit,
            ui.noPlateCheck,
            ui.vinEdit,
            ui.modelEdit,
            ui.colourEdit,
            ui.mileageEdit,
            ui.fuelCombo,
            ui.customerNameEdit,
            ui.customerMobileEdit,
            ui.ownerBroughtCheck,
            ui.categoryCombo,
            ui.paymentCombo,
            ui.promisedEdit,
            ui.estimateEdit,
            ui.useTotalButton,
            ui.valuablesEdit,
            ui.waitsRadio,
            ui.leavesRadio,
            ui.washCheck,
            ui.oldPartsCheck,
            ui.addLabourButton,
            ui.removeLabourButton,
            ui.addPartsButton,
            ui.removePartsButton,
        ):
            widget.setEnabled(editable)
        ui.plateEdit.setEnabled(editable and not ui.noPlateCheck.isChecked())
        for widget in (ui.contactNameEdit, ui.contactMobileEdit):
            widget.setEnabled(editable and not ui.ownerBroughtCheck.isChecked())
        for text_box in (ui.concernsEdit, ui.damageEdit):
            text_box.setReadOnly(not editable)
        self.labour_model.read_only = not editable
        self.parts_model.read_only = not editable
        is_draft = status is OrderStatus.DRAFT
        ui.saveDraftButton.setText(self.tr("&Save draft") if is_draft else self.tr("&Save changes"))
        ui.saveDraftButton.setEnabled(editable)
        ui.openButton.setVisible(is_draft)
        ui.openButton.setEnabled(editable)
        ui.dispatchButton.setEnabled(status is OrderStatus.OPEN and self.ctx.actor.has(Role.ADVISOR, Role.TEAM_LEAD))
        ui.extraWorkButton.setEnabled(status in EXTRA_WORK_STATUSES and self.ctx.actor.has(Role.ADVISOR))
        ui.cancelOrderButton.setEnabled(
            saved and status in CANCELLABLE and self.ctx.actor.has(Role.ADVISOR, Role.MANAGER)
        )
        self.print_button.setEnabled(saved and not is_draft)  # a draft may be incomplete: not printed
        self.packages.button.setEnabled(editable)

    def _setup_print(self) -> None:
        self.print_dialog: PrintPreviewDialog | None = None
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setAutoDefault(False)
        self.print_button.setToolTip(self.tr("Preview and print the work order or the job card (Ctrl+P)"))
        self.ui.buttonRow.insertWidget(self.ui.buttonRow.indexOf(self.ui.cancelOrderButton) + 1, self.print_button)
        QWidget.setTabOrder(self.ui.cancelOrderButton, self.print_button)
        self.print_button.clicked.connect(self.print_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self).activated.connect(self.print_button.click)

    def _setup_packages(self) -> None:
        self.packages = OrderPackagesPanel(self.ctx, self)
        # Beside what it chose, in the service box: in the button row it made the dialog wider than a
        # 1366x768 screen at 125 % (the row cannot shrink below its buttons).
        # Across the box, the summary under the button: in the label column the button widened the box
        # past a 1366x768 screen at 125 % in English (the intake sections scrolled sideways).
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.packages.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.packages.label)
        self.ui.serviceForm.insertRow(9, holder)
        self.packages.button.clicked.connect(self.packages_clicked)

    # --- actions ------------------------------------------------------------------------------
    def packages_clicked(self) -> None:
        names = [
            self.tr("Labour {n}: {text}").format(n=i, text=x.operation)
            for i, x in enumerate(self.labour_model.lines, start=1)
        ]
        names += [
            self.tr("Part {n}: {text}").format(n=i, text=x.name) for i, x in enumerate(self.parts_model.lines, start=1)
        ]
        lines: list[rules.LabourLineInput | rules.PartsLineInput] = [*self.labour_model.lines, *self.parts_model.lines]
        if self.packages.choose(self, self.ui.vinEdit.text(), names, lines):
            self._changed(rules.LABOUR_LINES)

    def print_clicked(self) -> None:
        """The saved order on paper; unsaved edits are not on it, so say so first."""
        if self.detail is None or self.status() is OrderStatus.DRAFT:
            return
        if self.dirty and not ask_yes_no(
            self,
            self.tr("The paper shows the order as last saved; your unsaved changes are not on it. Print anyway?"),
        ):
            return
        # Imported on first use: the preview pulls in ReportLab, ~0.2 s of every start-up otherwise.
        from dealerdesk.ui.dialogs.print_preview_dialog import PrintPreviewDialog

        self.print_dialog = PrintPreviewDialog(self.ctx, self.detail.id, "workorder", self)
        self.print_dialog.open()

    def save_draft_clicked(self) -> bool:
        """Save as it is (a draft is never refused); an order already open is checked in full."""
        if not self._editable():
            return False
        return self._submit(opening=False)

    def _commit_cell_edits(self) -> None:
        """A labour or parts cell still being typed in counts: Ctrl+S or Ctrl+Enter must not leave it out."""
        for view in (self.ui.labourView, self.ui.partsView):
            if view.state() == QAbstractItemView.State.EditingState:
                editor = view.indexWidget(view.currentIndex())
                if editor is not None:
                    view.commitData(editor)

    def open_order_clicked(self) -> bool:
        """The "Open" flow, in one place: check everything, confirm warnings, open."""
        if not self._editable() or self.status() is not OrderStatus.DRAFT:
            return False
        self.attempted_open = True
        self._commit_cell_edits()
        check = self.opening_check()
        self.problems.show_all(check.problems)
        errors = check.errors
        if errors:
            self.refresh_readiness()
            self._focus_first_problem()
            return False
        if not self._confirm_warnings(check.blocking(frozenset(self.confirmed))):
            return False
        # Rework: a car back inside an earlier order's guarantee may be a comeback (外返); ask, then open
        # and link in one transaction (a failed link leaves the order a draft, with the reason shown).
        data = self.form_input()
        comeback_of = ask_comeback(self, self.ctx, data.vin, data.mileage_in, self.detail.id if self.detail else None)
        return self._submit(opening=True, comeback_of=comeback_of)

    def _confirm_warnings(self, warnings: list[Problem]) -> bool:
        for warning in warnings:
            question = self.tr("{problem}\n\nIs it right as typed?").format(problem=problem_text(warning))
            if not ask_yes_no(self, question):
                widget = self.problems.fields.get(warning.field, (None, None))[0]
                if widget is not None:
                    reveal(widget)
                    widget.setFocus()
                return False
            self.confirmed.add(warning.field)
        return True

    def _submit(self, *, opening: bool, comeback_of: int | None = None) -> bool:
        """Call the service; the form keeps what was typed whatever goes wrong."""
        self._commit_cell_edits()
        data = self.form_input()
        order_id = self.detail.id if self.detail is not None else None
        version = self.detail.version if self.detail is not None else None
        service = partial(open_order, comeback_of=comeback_of) if opening else save_draft
        while True:
            try:
                detail = service(self.ctx.db, self.ctx.actor, data, order_id, version, frozenset(self.confirmed))
            except ValidationError as err:
                self.problems.show_all(err.problems)
                if any(p.is_error for p in err.problems):
                    self.attempted_open = True
                    self.refresh_readiness()
                    self._focus_first_problem()
                    return False
                if not self._confirm_warnings(err.problems):
                    return False
                continue
            except ConflictError as err:
                self.show_conflict(err)
                return False
            except DealerDeskError as err:
                show_error(self, error_text(err))
                return False
            break
        self.confirmed.clear()
        self.attempted_open = False
        self.live_fields.clear()
        self.apply_detail(detail)
        return True

    def show_conflict(self, err: ConflictError) -> None:
        self.ui.conflictLabel.setText(error_text(err))
        self.ui.conflictFrame.setStyleSheet("QFrame#conflictFrame { background: #fff4e5; }")
        self.ui.conflictFrame.show()
        self.ui.overwriteButton.setFocus()

    def overwrite_clicked(self) -> None:
        """Keep what this advisor typed, knowingly replacing the other save (never silently)."""
        if self.detail is None:
            return
        latest = load_order(self.ctx.db, self.detail.id)
        self.detail = latest
        self.ui.conflictFrame.hide()
        self._update_state()
        self._submit(opening=False)

    def reload_clicked(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)

    def _saved_first(self) -> bool:
        """Dispatch, extra work and cancelling act on the stored order: save pending edits first."""
        if self.detail is None:
            return self._submit(opening=False)
        if self.dirty and self._editable():
            return self._submit(opening=False)
        return True

    def dispatch_clicked(self) -> None:
        if self.detail is None or not self._saved_first():
            return
        assert self.detail is not None
        try:
            detail = dispatch_to_workshop(self.ctx.db, self.ctx.actor, self.detail.id, self.detail.version)
        except ValidationError as err:
            report_refusal(
                self.problems, err.problems, self.ui.readinessLabel, self.tr("Cannot dispatch to the workshop yet:")
            )
            return
        except ConflictError as err:
            self.show_conflict(err)
            return
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.apply_detail(detail)

    def extra_work_clicked(self) -> None:
        if self.detail is None or not self._saved_first():
            return
        assert self.detail is not None
        self.extra_work_dialog = ExtraWorkDialog(self.ctx, self.detail, self)
        dialog = self.extra_work_dialog
        dialog.accepted.connect(lambda: self._after_subdialog(dialog.result_detail, self.ui.extraWorkTab))
        dialog.open()

    def cancel_order_clicked(self) -> None:
        if self.detail is None:
            return
        self.cancel_dialog = CancelDialog(self.ctx, self.detail, self)
        dialog = self.cancel_dialog
        dialog.accepted.connect(lambda: self._after_subdialog(dialog.result_detail, self.ui.changeLogTab))
        dialog.open()

    def _after_subdialog(self, detail: OrderDetail | None, tab: QWidget) -> None:
        if detail is not None:
            self.apply_detail(detail)
            self.ui.linesTabs.setCurrentWidget(tab)

    # --- closing ------------------------------------------------------------------------------
    def ask_unsaved_changes(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel for a form with unsaved typing (tests replace this)."""
        buttons = (
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Keep what you typed in this work order?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    # --- the account was deactivated while this was typed (MainWindow.keep_or_discard) -----------
    def typed_work(self) -> bool:
        self._commit_cell_edits()
        return self.dirty and self._editable()

    def keep_typed_work(self, actor: Actor) -> bool:
        """Saved as a draft under ``actor``, the colleague who signed in for it (it becomes the advisor of a
        new order); the form keeps what was typed and says why when refused."""
        own, self.ctx = self.ctx, dataclasses.replace(self.ctx, actor=actor)
        if self._submit(opening=False):
            return True
        self.ctx = own  # refused: the form stays its author's until another colleague tries
        return False

    def discard_typed_work(self) -> None:
        self.dirty = False

    def reject(self) -> None:
        self._commit_cell_edits()
        if self.dirty and self._editable():
            answer = self.ask_unsaved_changes()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self._submit(opening=False):
                return
        super().reject()
