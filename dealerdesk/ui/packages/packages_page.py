"""Packages, vouchers and the extended warranty: a vehicle's packages and ledger, templates, warranty lists, the month.

The vehicle tab is where the front desk sells a package (and prints its receipt), issues a
voucher and sells an extended warranty; the manager reverses a ledger row there. Templates
are the service manager's; the warranty tab lists the cars customer care calls; the month
tab is the count finance signs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.packages_rules import LITRES, NAME, PRICE, RATES, USES, VALIDITY, TemplateTerms, parse_rate_list
from dealerdesk.domain.roles import Role
from dealerdesk.reports.finance_doc import render_finance_document
from dealerdesk.reports.writing import write_pdf
from dealerdesk.services.orders import customers
from dealerdesk.services.orders.customers import VehicleCard
from dealerdesk.services.packages import reconciliation, sales, templates, vouchers, warranty
from dealerdesk.services.packages.reconciliation import MonthReconciliation
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info
from dealerdesk.ui.packages.dialogs import ExtensionDialog, IssueVoucherDialog, SellPackageDialog, WarrantyStartDialog
from dealerdesk.ui.packages.models import (
    LedgerModel,
    MonthModel,
    SalesModel,
    TemplatesModel,
    VouchersModel,
    WarrantyModel,
    litres_text,
    rates_text,
)
from dealerdesk.ui.packages.paper import month_document, receipt_document
from dealerdesk.ui.widgets.date_times import from_qdate
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems
from dealerdesk.ui.widgets.parsed_input import ParsedLineEdit, quantity_parser, yuan_parser


def table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class VehicleTab(QWidget):
    """Find a vehicle; its packages, vouchers and ledger; sell, issue, print, reverse."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cards: list[VehicleCard] = []
        self.vehicle: VehicleCard | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Plate, VIN or mobile"))
        self.search.returnPressed.connect(self.find_vehicle)
        find = QPushButton(self.tr("F&ind"))
        find.clicked.connect(self.find_vehicle)
        self.matches = QComboBox()
        self.matches.currentIndexChanged.connect(self._match_chosen)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(find)
        top.addWidget(self.matches, 3)
        self.summary = QLabel(self.tr("Find a vehicle by its plate, VIN or the owner's mobile."))
        self.summary.setWordWrap(True)

        self.sales_model = SalesModel()
        self.vouchers_model = VouchersModel()
        self.ledger_model = LedgerModel()
        self.sales_view = table(self.sales_model)
        self.vouchers_view = table(self.vouchers_model)
        self.ledger_view = table(self.ledger_model)

        self.sell_button = QPushButton(self.tr("&Sell package…"))
        self.receipt_button = QPushButton(self.tr("&Receipt (PDF)…"))
        self.voucher_button = QPushButton(self.tr("Issue v&oucher…"))
        self.reverse_button = QPushButton(self.tr("Reverse &ledger row…"))
        self.start_button = QPushButton(self.tr("&Warranty start…"))
        self.extension_button = QPushButton(self.tr("E&xtended warranty…"))
        self.sell_button.clicked.connect(self.sell)
        self.receipt_button.clicked.connect(lambda: self.save_receipt())
        self.voucher_button.clicked.connect(self.issue_voucher)
        self.reverse_button.clicked.connect(self.reverse)
        self.start_button.clicked.connect(self.set_start)
        self.extension_button.clicked.connect(self.sell_extension)
        self.reverse_button.setVisible(ctx.actor.has(Role.MANAGER))
        buttons = QHBoxLayout()
        for b in (
            self.sell_button,
            self.receipt_button,
            self.voucher_button,
            self.reverse_button,
            self.start_button,
            self.extension_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)

        split = QSplitter(Qt.Orientation.Vertical)
        for title, view in (
            (self.tr("Packages"), self.sales_view),
            (self.tr("Vouchers"), self.vouchers_view),
            (self.tr("Ledger"), self.ledger_view),
        ):
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(QLabel(f"<b>{title}</b>"))
            lay.addWidget(view)
            split.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self._enable()

    def _enable(self) -> None:
        known = self.vehicle is not None
        for b in (self.sell_button, self.voucher_button, self.start_button, self.extension_button):
            b.setEnabled(known)
        self.receipt_button.setEnabled(known and bool(self.sales_model.rows))
        self.reverse_button.setEnabled(known and bool(self.ledger_model.rows))

    def find_vehicle(self) -> None:
        self.cards = customers.lookup(self.ctx.db, self.search.text()) if self.search.text().strip() else []
        self.matches.blockSignals(True)
        self.matches.clear()
        for c in self.cards:
            self.matches.addItem(f"{c.plate or '-'} · {c.vin} · {c.model} · {c.owner_name}", c.vehicle_id)
        self.matches.blockSignals(False)
        if not self.cards:
            self.vehicle = None
            self.summary.setText(self.tr("No vehicle matches {text}.").format(text=self.search.text().strip()))
            self.refresh()
            return
        self._match_chosen()

    def _match_chosen(self) -> None:
        i = self.matches.currentIndex()
        self.vehicle = self.cards[i] if 0 <= i < len(self.cards) else None
        self.refresh()

    def vehicle_text(self) -> str:
        v = self.vehicle
        return "" if v is None else f"{v.plate or v.vin} · {v.model} · {v.owner_name}"

    def refresh(self) -> None:
        v = self.vehicle
        if v is None:
            for m in (self.sales_model, self.vouchers_model, self.ledger_model):
                m.set_rows([])
            self._enable()
            return
        self.sales_model.set_rows(sales.vehicle_packages(self.ctx.db, v.vehicle_id))
        self.vouchers_model.set_rows(vouchers.vehicle_vouchers(self.ctx.db, v.vehicle_id))
        self.ledger_model.set_rows(sales.vehicle_ledger(self.ctx.db, v.vehicle_id))
        self.summary.setText(self._summary_text(v))
        self._enable()

    def _summary_text(self, v: VehicleCard) -> str:
        uses = sum(s.balance.uses_left for s in self.sales_model.rows)
        litres = sum(s.balance.litres_x1000_owed for s in self.sales_model.rows)
        text = self.tr("{vehicle}: {uses} package use(s) left, {litres} L of prepaid oil owed.").format(
            vehicle=self.vehicle_text(), uses=uses, litres=litres_text(litres)
        )
        w = warranty.vehicle_warranty(self.ctx.db, v.vehicle_id)
        if w is None:
            return text + " " + self.tr("Warranty start not known.")
        text += " " + self.tr("Factory warranty predicted to end {date} ({days} days).").format(
            date=w.end.end_date.isoformat(), days=w.days_left
        )
        for x in w.extensions:
            text += " " + self.tr("Extended warranty until {date} or {km:,} km.").format(
                date=x.end_date.isoformat(), km=x.end_km
            )
        return text

    def sell(self) -> None:
        if self.vehicle is None:
            return
        dialog = SellPackageDialog(self.ctx, self.vehicle.vehicle_id, self.vehicle_text(), self)
        if dialog.exec() and dialog.sale is not None:
            self.refresh()
            self.sales_view.selectRow(len(self.sales_model.rows) - 1)
            self.save_receipt()

    def save_receipt(self, path: str | None = None) -> str | None:
        row = selected_row(self.sales_view)
        if row is None and self.sales_model.rows:
            row = len(self.sales_model.rows) - 1
        if row is None:
            return None
        sale = self.sales_model.rows[row]
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save receipt"), f"{sale.number}.pdf", self.tr("PDF files (*.pdf)")
            )
        if not path:
            return None
        try:
            doc = receipt_document(sale, self.ctx.settings.dealer_name, self.ctx.actor)
            write_pdf(path, render_finance_document(doc, self.ctx.settings.font_path or None))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        return path

    def issue_voucher(self) -> None:
        if self.vehicle is not None:
            dialog = IssueVoucherDialog(self.ctx, self.vehicle.vehicle_id, self.vehicle_text(), self)
            if dialog.exec():
                self.refresh()

    def reverse(self) -> None:
        row = selected_row(self.ledger_view)
        if row is None:
            show_info(self, self.tr("Choose the ledger row to reverse."))
            return
        entry = self.ledger_model.rows[row]
        reason, ok = QInputDialog.getText(
            self, self.tr("Reverse ledger row"), self.tr("Why is {sale} reversed?").format(sale=entry.sale_number)
        )
        if not ok:
            return
        try:
            sales.reverse_entry(self.ctx.db, self.ctx.actor, entry.id, reason)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.refresh()

    def set_start(self) -> None:
        if self.vehicle is None:
            return
        w = warranty.vehicle_warranty(self.ctx.db, self.vehicle.vehicle_id)
        if WarrantyStartDialog(self.ctx, self.vehicle.vehicle_id, w.start if w else None, self).exec():
            self.refresh()

    def sell_extension(self) -> None:
        if self.vehicle is not None:
            dialog = ExtensionDialog(self.ctx, self.vehicle.vehicle_id, self.vehicle_text(), self)
            if dialog.exec():
                self.refresh()


class TemplatesTab(QWidget):
    """The service manager's templates: choose one to change it, or start a new one."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setStyleSheet(STYLE)
        self.editing: int | None = None
        self.model = TemplatesModel()
        self.view = table(self.model)
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.problems = FieldProblems()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.price = ParsedLineEdit(yuan_parser(PRICE))
        self.rates = QLineEdit()
        self.rates.setPlaceholderText(self.tr("e.g. 9折 8折 7折, or 0 for prepaid in full"))
        self.validity = QSpinBox()
        self.validity.setRange(1, 3650)
        self.validity.setValue(365)
        self.litres = ParsedLineEdit(quantity_parser(LITRES))
        self.active = QCheckBox(self.tr("Offered for sale"))
        self.active.setChecked(True)
        for label, widget, field in (
            (self.tr("Name"), self.name, NAME),
            (self.tr("Price (CNY)"), self.price, PRICE),
            (self.tr("Rate per use"), self.rates, RATES),
            (self.tr("Valid (days)"), self.validity, VALIDITY),
            (self.tr("Oil per use (L)"), self.litres, LITRES),
        ):
            holder = QWidget()
            lay = QVBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(widget)
            problem = QLabel()
            problem.hide()
            lay.addWidget(problem)
            self.problems.add(field, widget, problem)
            form.addRow(label, holder)
        form.addRow("", self.active)
        new = QPushButton(self.tr("&New"))
        new.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("&Save template"))
        self.save_button.clicked.connect(self.save)
        may = ctx.actor.has(Role.MANAGER)
        self.save_button.setEnabled(may)
        new.setEnabled(may)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        if not may:
            side.addWidget(QLabel(self.tr("Only the service manager changes the templates.")))
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addLayout(side, 2)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(templates.list_templates(self.ctx.db))

    def new(self) -> None:
        self.view.clearSelection()
        self.editing = None
        for w in (self.name, self.price, self.rates, self.litres):
            w.clear()
        self.validity.setValue(365)
        self.active.setChecked(True)
        self.problems.show_all([])

    def _chosen(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        t = self.model.rows[row]
        self.editing = t.id
        self.name.setText(t.terms.name)
        self.price.setText(format_yuan(t.terms.price_fen))
        self.rates.setText(rates_text(t.terms.pay_pct))
        self.validity.setValue(t.terms.validity_days)
        self.litres.setText(litres_text(t.terms.oil_litres_x1000))
        self.active.setChecked(t.active)
        self.problems.show_all([])

    def save(self) -> None:
        rates, problems = parse_rate_list(self.rates.text())
        terms = TemplateTerms(
            self.name.text(), self.price.value() or 0, rates, self.validity.value(), self.litres.value() or 0
        )
        if self.editing is not None:
            old = next(t for t in self.model.rows if t.id == self.editing)
            terms = TemplateTerms(
                terms.name, terms.price_fen, rates, terms.validity_days, terms.oil_litres_x1000, old.terms.contents
            )
        try:
            if problems:
                raise ValidationError(problems)
            saved = templates.save_template(
                self.ctx.db, self.ctx.actor, terms, self.editing, active=self.active.isChecked()
            )
        except ValidationError as err:
            # The number of uses is the number of rates typed: its problem shows at the rates.
            self.problems.show_all(replace(p, field=RATES) if p.field == USES else p for p in err.problems)
            return
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.problems.show_all([])
        self.refresh()
        self.view.selectRow(next(i for i, t in enumerate(self.model.rows) if t.id == saved.id))


class WarrantyTab(QWidget):
    """The cars whose factory warranty ends within 90 days, for customer care's calls."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = WarrantyModel()
        self.view = table(self.model)
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setDate(QDate.currentDate())
        show = QPushButton(self.tr("&Show"))
        show.clicked.connect(self.refresh)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Call lists on")))
        top.addWidget(self.on)
        top.addWidget(show)
        top.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = warranty.call_lists(self.ctx.db, from_qdate(self.on.date()))
        self.model.set_rows(rows)
        counts = {d: sum(1 for r in rows if r.call_list == d) for d in (30, 60, 90)}
        self.count.setText(
            self.tr("30 days: {d30} · 60 days: {d60} · 90 days: {d90}").format(
                d30=counts[30], d60=counts[60], d90=counts[90]
            )
        )


class MonthTab(QWidget):
    """The month-end count: the table, whether it balances, expiries booked, the PDF finance signs."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.month: MonthReconciliation | None = None
        self.model = MonthModel()
        self.view = table(self.model)
        self.when = QDateEdit()
        self.when.setDisplayFormat("yyyy-MM")
        self.when.setDate(QDate.currentDate())
        show = QPushButton(self.tr("&Count"))
        show.clicked.connect(self.refresh)
        self.expire_button = QPushButton(self.tr("Book &expiries…"))
        self.expire_button.clicked.connect(self.expire)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        manager = ctx.actor.has(Role.MANAGER)
        for b in (show, self.expire_button, self.pdf_button):
            b.setEnabled(manager)
        self.verdict = QLabel("" if manager else self.tr("The month-end count is for the service manager and finance."))
        self.verdict.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.when)
        top.addWidget(show)
        top.addWidget(self.expire_button)
        top.addWidget(self.pdf_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.verdict)

    def period(self) -> tuple[int, int]:
        d = self.when.date()
        return d.year(), d.month()

    def refresh(self) -> None:
        try:
            self.month = reconciliation.month_reconciliation(self.ctx.db, self.ctx.actor, *self.period())
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows([*self.month.lines, self.month.total])
        if self.month.balances:
            self.verdict.setStyleSheet("")
            self.verdict.setText(self.tr("The count balances."))
        else:
            self.verdict.setStyleSheet("color: #b00020;")
            self.verdict.setText(
                self.tr("The count does not balance: {sales}.").format(
                    sales=", ".join(d.sale_number for d in self.month.discrepancies)
                )
            )

    def expire(self) -> None:
        year, month = self.period()
        first_of_next = date(year + month // 12, month % 12 + 1, 1)
        try:
            n = sales.book_expiries(self.ctx.db, self.ctx.actor, first_of_next)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        show_info(self, self.tr("{n} package(s) expired.").format(n=n))
        self.refresh()

    def save_pdf(self, path: str | None = None) -> str | None:
        if self.month is None:
            self.refresh()
        if self.month is None:
            return None
        if path is None:
            year, month = self.period()
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save month-end count"), f"packages-{year}-{month:02d}.pdf", self.tr("PDF files (*.pdf)")
            )
        if not path:
            return None
        try:
            doc = month_document(self.month, self.ctx.settings.dealer_name, self.ctx.actor)
            write_pdf(path, render_finance_document(doc, self.ctx.settings.font_path or None))
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return None
        return path


class PackagesPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.vehicle_tab = VehicleTab(ctx)
        self.templates_tab = TemplatesTab(ctx)
        self.warranty_tab = WarrantyTab(ctx)
        self.month_tab = MonthTab(ctx)
        self.tabs.addTab(self.vehicle_tab, self.tr("Vehicle"))
        self.tabs.addTab(self.templates_tab, self.tr("Templates"))
        self.tabs.addTab(self.warranty_tab, self.tr("Warranty ending"))
        self.tabs.addTab(self.month_tab, self.tr("Month-end count"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
