"""Read-only tables of the packages page: a vehicle's packages, ledger, vouchers; templates; warranty; the month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.packages_rules import LEDGER_LABELS, SOURCE_LABELS, VoucherKind, zhe_text
from dealerdesk.domain.payments import PAYMENT_METHOD_LABELS
from dealerdesk.reports.formatting import quantity
from dealerdesk.services.packages.reconciliation import PackageLine
from dealerdesk.services.packages.sales import LedgerRowView, SaleView
from dealerdesk.services.packages.templates import TemplateView
from dealerdesk.services.packages.vouchers import VoucherView
from dealerdesk.services.packages.warranty import VehicleWarranty
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_GREY = QColor("#888888")


def rates_text(pay_pct: tuple[int, ...]) -> str:
    """(90, 80, 70) -> "9折 / 8折 / 7折"."""
    return " / ".join(zhe_text(r) for r in pay_pct)


def rate_label(pay_pct: int) -> str:
    """A use's rate as the customer reads it: "8折", or "prepaid" when the use is paid in full already."""
    if pay_pct == 0:
        return QCoreApplication.translate("PackageRates", "prepaid")
    return zhe_text(pay_pct)


def litres_text(x1000: int) -> str:
    return quantity(x1000)


class _Table(RowTableModel):
    """Rows are shown through ``cells(row)``; columns listed in RIGHT are right-aligned."""

    RIGHT: frozenset[int] = frozenset()

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def greyed(self, row: Any) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self.greyed(row):
            return _GREY
        return None


class SalesModel(_Table):
    COLUMNS = 8
    RIGHT = frozenset({2, 3, 5})

    def headers(self) -> list[str]:
        return [
            self.tr("Sale no."),
            self.tr("Package"),
            self.tr("Price (CNY)"),
            self.tr("Uses left"),
            self.tr("Next use"),
            self.tr("Oil owed (L)"),
            self.tr("Valid until"),
            self.tr("Paid by"),
        ]

    def cells(self, row: SaleView) -> list[str]:
        rate = row.next_rate()
        next_use = (
            self.tr("use {n} at {rate}").format(n=row.balance.uses_booked + 1, rate=rate_label(rate))
            if rate is not None
            else self.tr("none left")
        )
        return [
            row.number,
            row.name,
            format_yuan(row.price_fen),
            f"{row.balance.uses_left} / {row.uses}",
            next_use,
            litres_text(row.balance.litres_x1000_owed),
            row.valid_until.isoformat(),
            tr_message(PAYMENT_METHOD_LABELS[row.payment_method]),
        ]

    def greyed(self, row: SaleView) -> bool:
        return row.balance.uses_left <= 0


class LedgerModel(_Table):
    COLUMNS = 10
    RIGHT = frozenset({4, 5, 6, 8})

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Sale no."),
            self.tr("Package"),
            self.tr("Movement"),
            self.tr("Uses"),
            self.tr("Litres"),
            self.tr("Uses left after"),
            self.tr("Work order"),
            self.tr("Discount (CNY)"),
            self.tr("By / reason"),
        ]

    def cells(self, row: LedgerRowView) -> list[str]:
        kind = tr_message(LEDGER_LABELS[row.kind])
        if row.use_no is not None:
            kind = self.tr("{kind} no. {n}").format(kind=kind, n=row.use_no)
        if row.reversed_by_id is not None:
            kind = self.tr("{kind} (reversed)").format(kind=kind)
        who = row.by_name + (f" · {row.reason}" if row.reason else "")
        return [
            local_text(row.at),
            row.sale_number,
            row.package_name,
            kind,
            f"{row.uses_delta:+d}",
            litres_text(row.litres_x1000_delta),
            str(row.uses_after),
            row.order_number,
            format_yuan(row.discount_fen) if row.discount_fen else "",
            who,
        ]

    def greyed(self, row: LedgerRowView) -> bool:
        return row.reversed_by_id is not None


def voucher_terms_text(v: VoucherView) -> str:
    """What the voucher gives, e.g. "100.00 yuan off", "四轮定位 free (up to 400.00 yuan)", "工时 7折"."""
    t = v.terms
    if t.kind is VoucherKind.VALUE:
        return QCoreApplication.translate("VouchersModel", "{value} yuan off").format(value=format_yuan(t.value_fen))
    if t.pay_pct:
        text = f"{t.service} {zhe_text(t.pay_pct)}"
    else:
        text = QCoreApplication.translate("VouchersModel", "{service} free").format(service=t.service)
    if t.value_fen:
        text += QCoreApplication.translate("VouchersModel", " (up to {value} yuan)").format(
            value=format_yuan(t.value_fen)
        )
    return text


class VouchersModel(_Table):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [
            self.tr("Voucher"),
            self.tr("Gives"),
            self.tr("Given for"),
            self.tr("Issued by"),
            self.tr("Valid until"),
            self.tr("Redeemed on"),
        ]

    def cells(self, row: VoucherView) -> list[str]:
        return [
            row.code,
            voucher_terms_text(row),
            f"{tr_message(SOURCE_LABELS[row.terms.source])}: {row.terms.reason}",
            f"{row.issued_by_name} {local_text(row.issued_at)}",
            row.terms.valid_until.isoformat(),
            row.redeemed_order_number
            or (self.tr("Taken back {time}").format(time=local_text(row.voided_at)) if row.voided_at else ""),
        ]

    def greyed(self, row: VoucherView) -> bool:
        return bool(row.redeemed_order_number) or row.voided_at is not None


class TemplatesModel(_Table):
    COLUMNS = 6
    RIGHT = frozenset({1, 3, 4})

    def headers(self) -> list[str]:
        return [
            self.tr("Package"),
            self.tr("Price (CNY)"),
            self.tr("Rate per use"),
            self.tr("Valid (days)"),
            self.tr("Oil per use (L)"),
            self.tr("Status"),
        ]

    def cells(self, row: TemplateView) -> list[str]:
        t = row.terms
        return [
            t.name,
            format_yuan(t.price_fen),
            rates_text(t.pay_pct),
            str(t.validity_days),
            litres_text(t.oil_litres_x1000),
            self.tr("Offered") if row.active else self.tr("Retired"),
        ]

    def greyed(self, row: TemplateView) -> bool:
        return not row.active


class WarrantyModel(_Table):
    COLUMNS = 8
    RIGHT = frozenset({4, 6})

    def headers(self) -> list[str]:
        return [
            self.tr("Call list"),
            self.tr("Plate"),
            self.tr("Model"),
            self.tr("Owner"),
            self.tr("km/day"),
            self.tr("Predicted end"),
            self.tr("Days left"),
            self.tr("Ends by"),
        ]

    def cells(self, row: VehicleWarranty) -> list[str]:
        return [
            self.tr("{days} days").format(days=row.call_list) if row.call_list else "",
            row.plate or row.vin,
            row.model,
            f"{row.owner_name} {row.owner_mobile}",
            f"{row.km_per_day:.0f}",
            row.end.end_date.isoformat(),
            str(row.days_left),
            self.tr("km ({km:,})").format(km=row.end.km_limit)
            if row.end.by_km
            else self.tr("date ({years} years)").format(years=row.terms.years),
        ]


class MonthModel(_Table):
    COLUMNS = 10
    RIGHT = frozenset(range(1, 10))

    def headers(self) -> list[str]:
        return [
            self.tr("Package"),
            self.tr("Sold"),
            self.tr("Sold (CNY)"),
            self.tr("Uses"),
            self.tr("Discount (CNY)"),
            self.tr("Oil owed at start (L)"),
            self.tr("Sold (L)"),
            self.tr("Used (L)"),
            self.tr("Expired (L)"),
            self.tr("Owed at end (L)"),
        ]

    def cells(self, row: PackageLine) -> list[str]:
        return month_cells(row, self.tr("Total"))


def month_cells(row: PackageLine, total_label: str) -> list[str]:
    r = row.litres
    return [
        row.name or total_label,
        str(row.sold_count),
        format_yuan(row.sold_fen),
        str(row.uses),
        format_yuan(row.discount_fen),
        litres_text(r.owed_start_x1000),
        litres_text(r.sold_x1000),
        litres_text(r.used_x1000),
        litres_text(r.expired_x1000),
        litres_text(r.owed_end_x1000),
    ]
