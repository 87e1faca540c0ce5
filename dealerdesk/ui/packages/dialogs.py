"""Selling a package, issuing a voucher, selling an extended warranty: small forms with the problems at their fields."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError, Problem, ValidationError
from dealerdesk.domain.money import AMOUNT_EMPTY, format_yuan
from dealerdesk.domain.packages_rules import (
    EXTENSIONS,
    PRICE,
    SOURCE_LABELS,
    VOUCHER_REASON,
    VOUCHER_SERVICE,
    VOUCHER_VALID,
    VOUCHER_VALUE,
    VoucherKind,
    VoucherSource,
    VoucherTerms,
)
from dealerdesk.domain.payments import PAYMENT_METHOD_LABELS, PREPAID_METHODS, PaymentMethod
from dealerdesk.services.packages import sales, templates, vouchers, warranty
from dealerdesk.services.packages.sales import SaleView
from dealerdesk.services.packages.templates import TemplateView
from dealerdesk.services.packages.vouchers import VoucherView
from dealerdesk.services.packages.warranty import ExtensionView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message
from dealerdesk.ui.packages.models import litres_text, rates_text
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems
from dealerdesk.ui.widgets.parsed_input import ParsedLineEdit, yuan_parser

W = TypeVar("W", bound=QWidget)


class _Form(QDialog):
    """A form layout whose rows each carry a problem label under the field; OK calls ``submit``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(STYLE)
        self.problems = FieldProblems()
        self.form = QFormLayout()
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b00020;")
        self.general.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def row(self, label: str, widget: W, field: str = "") -> W:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        if field:
            problem = QLabel()
            problem.hide()
            box.addWidget(problem)
            self.problems.add(field, widget, problem)
        self.form.addRow(label, holder)
        return widget

    def submit(self) -> None:
        raise NotImplementedError

    def _ok(self) -> None:
        self.general.hide()
        try:
            self.submit()
        except ValidationError as err:
            self.problems.show_all(err.problems)
            unplaced = [p for p in err.problems if p.field not in self.problems.fields]
            if unplaced:
                self.show_general(tr_message(unplaced[0].text).format(**unplaced[0].params))
            return
        except DealerDeskError as err:
            self.show_general(error_text(err))
            return
        self.accept()

    def show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()


class SellPackageDialog(_Form):
    """Sell one of the offered packages to the vehicle shown; the sale is paid at once."""

    def __init__(self, ctx: UiContext, vehicle_id: int, vehicle_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Sell a package"))
        self.vehicle_id = vehicle_id
        self.sale: SaleView | None = None
        self.offered: list[TemplateView] = templates.list_templates(ctx.db, active_only=True)
        self.form.addRow(self.tr("Vehicle"), QLabel(vehicle_text))
        self.template = self.row(self.tr("Package"), QComboBox(), PRICE)
        for t in self.offered:
            self.template.addItem(f"{t.terms.name} · ¥{format_yuan(t.terms.price_fen)}", t.id)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.form.addRow(self.tr("Terms"), self.terms)
        self.payment = self.row(self.tr("Paid by"), QComboBox())
        for method in PREPAID_METHODS:
            self.payment.addItem(tr_message(PAYMENT_METHOD_LABELS[method]), method.value)
        self.template.currentIndexChanged.connect(self._show_terms)
        self._show_terms()

    def _show_terms(self) -> None:
        if not self.offered:
            self.terms.setText(self.tr("No package is offered: the service manager adds them under Templates."))
            return
        t = self.offered[self.template.currentIndex()].terms
        text = self.tr("{uses} uses: {rates}; valid {days} days").format(
            uses=t.uses, rates=rates_text(t.pay_pct), days=t.validity_days
        )
        if t.oil_litres_x1000:
            text += self.tr("; {litres} L of oil per use").format(litres=litres_text(t.oil_litres_x1000))
        self.terms.setText(text)

    def submit(self) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            return
        self.sale = sales.sell_package(
            self.ctx.db, self.ctx.actor, int(template_id), self.vehicle_id, PaymentMethod(self.payment.currentData())
        )


class IssueVoucherDialog(_Form):
    """One form for every voucher: money off, or a service free or at a rate, with why and until when."""

    def __init__(self, ctx: UiContext, vehicle_id: int, vehicle_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Issue a voucher"))
        self.vehicle_id = vehicle_id
        self.voucher: VoucherView | None = None
        self.form.addRow(self.tr("Vehicle"), QLabel(vehicle_text))
        self.kind = self.row(self.tr("Kind"), QComboBox())
        self.kind.addItem(self.tr("Money off"), VoucherKind.VALUE.value)
        self.kind.addItem(self.tr("A service"), VoucherKind.SERVICE.value)
        self.source = self.row(self.tr("Given for"), QComboBox())
        for source in VoucherSource:
            self.source.addItem(tr_message(SOURCE_LABELS[source]), source.value)
        self.value = self.row(self.tr("Value / cap (CNY)"), ParsedLineEdit(yuan_parser(VOUCHER_VALUE)), VOUCHER_VALUE)
        self.service = self.row(self.tr("Service"), QLineEdit(), VOUCHER_SERVICE)
        self.service.setMaxLength(200)
        self.rate = self.row(self.tr("Customer pays (%)"), QSpinBox())
        self.rate.setRange(0, 100)
        self.reason = self.row(self.tr("Reason"), QLineEdit(), VOUCHER_REASON)
        self.valid = self.row(self.tr("Valid until"), QDateEdit(), VOUCHER_VALID)
        self.valid.setCalendarPopup(True)
        self.valid.setDisplayFormat("yyyy-MM-dd")
        self.valid.setDate(to_qdate(date.today() + timedelta(days=180)))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        service = self.kind.currentData() == VoucherKind.SERVICE.value
        self.service.setEnabled(service)
        self.rate.setEnabled(service)

    def submit(self) -> None:
        kind = VoucherKind(self.kind.currentData())
        terms = VoucherTerms(
            kind=kind,
            source=VoucherSource(self.source.currentData()),
            reason=self.reason.text(),
            valid_until=from_qdate(self.valid.date()),
            value_fen=self.value.value() or 0,
            service=self.service.text() if kind is VoucherKind.SERVICE else "",
            pay_pct=self.rate.value() if kind is VoucherKind.SERVICE else 0,
        )
        self.voucher = vouchers.issue_voucher(self.ctx.db, self.ctx.actor, terms, self.vehicle_id)


class WarrantyStartDialog(_Form):
    def __init__(self, ctx: UiContext, vehicle_id: int, start: date | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Warranty start"))
        self.vehicle_id = vehicle_id
        self.start = self.row(self.tr("Sold to the first owner on"), QDateEdit(), "warranty_start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setDate(to_qdate(start) if start else QDate.currentDate())

    def submit(self) -> None:
        warranty.set_warranty_start(self.ctx.db, self.ctx.actor, self.vehicle_id, from_qdate(self.start.date()))


class ExtensionDialog(_Form):
    """Sell one of the two extended-warranty offers; the contract starts where the factory warranty ends."""

    def __init__(self, ctx: UiContext, vehicle_id: int, vehicle_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Sell an extended warranty"))
        self.vehicle_id = vehicle_id
        self.contract: ExtensionView | None = None
        self.form.addRow(self.tr("Vehicle"), QLabel(vehicle_text))
        self.option = self.row(self.tr("Offer"), QComboBox(), "option")
        for i, x in enumerate(EXTENSIONS):
            self.option.addItem(self.tr("{years} more year(s) or {km:,} km").format(years=x.years, km=x.km), i)
        self.price = self.row(self.tr("Price (CNY)"), ParsedLineEdit(yuan_parser("price")), "price")

    def submit(self) -> None:
        price = self.price.value()
        if price is None:
            raise ValidationError([Problem("price", AMOUNT_EMPTY)])
        option = EXTENSIONS[int(self.option.currentData())]
        self.contract = warranty.sell_extension(self.ctx.db, self.ctx.actor, self.vehicle_id, option, price)
