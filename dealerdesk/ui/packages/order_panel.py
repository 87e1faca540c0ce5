"""Packages and vouchers in the work-order dialog: choosing one per line, and what the order uses and leaves.

The choice travels with the line (saved with the order); the discount shown before saving
is a preview, the saved order's figures come from the redemption service. The vehicle's
extended-warranty contract is shown beside them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.db.base import utcnow
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.packages_rules import line_discount, value_voucher_discounts, zhe_text
from dealerdesk.services.orders.work_orders import OrderDetail
from dealerdesk.services.packages import redemption, warranty
from dealerdesk.services.packages.redemption import Choice, OrderRedemptions
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.packages.models import rate_label, voucher_terms_text
from dealerdesk.ui.widgets.rows_scroll import RowsScroll, wrapping
from dealerdesk.ui.widgets.window_geometry import fit_window


class Line(Protocol):
    package_sale_id: int | None
    voucher_id: int | None

    @property
    def amount_fen(self) -> int: ...


def choice_text(c: Choice) -> str:
    if c.package_sale_id is not None:
        assert c.pay_pct is not None
        return QCoreApplication.translate("OrderPackages", "{code} {name}: use {n} at {rate}, {left} left").format(
            code=c.code, name=c.name, n=c.next_use_no, rate=rate_label(c.pay_pct), left=c.uses_left
        )
    if c.pay_pct is None:
        gives = QCoreApplication.translate("OrderPackages", "{value} yuan off").format(value=format_yuan(c.value_fen))
    else:
        gives = f"{c.name} {zhe_text(c.pay_pct)}"
    return QCoreApplication.translate("OrderPackages", "{code} voucher: {gives}, until {date}").format(
        code=c.code, gives=gives, date=c.valid_until.isoformat()
    )


def preview_discounts(lines: Sequence[Line], choices: Sequence[Choice]) -> list[int]:
    """What each line would save with the choices as made (the saved order's figures are authoritative)."""
    out = [0] * len(lines)
    for c in choices:
        idx = [
            i
            for i, x in enumerate(lines)
            if (c.package_sale_id is not None and x.package_sale_id == c.package_sale_id)
            or (c.voucher_id is not None and x.voucher_id == c.voucher_id)
        ]
        amounts = [lines[i].amount_fen for i in idx]
        if c.package_sale_id is not None and c.pay_pct is not None:
            off = [line_discount(a, c.pay_pct) for a in amounts]
        elif c.pay_pct is None:
            off = value_voucher_discounts(amounts, c.value_fen)
        else:
            off = [line_discount(a, c.pay_pct) for a in amounts]
            if c.value_fen:
                off = value_voucher_discounts(off, c.value_fen)
        for i, d in zip(idx, off, strict=True):
            out[i] = d
    return out


# Characters of a package or voucher chooser shown in the dialog (its list shows each choice whole).
CHOOSER_CHARS = 28


class RedemptionDialog(QDialog):
    """One chooser per line: nothing, one of the vehicle's packages, or one of its vouchers."""

    def __init__(
        self,
        names: Sequence[str],
        lines: Sequence[Line],
        choices: Sequence[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packages and vouchers"))
        self.lines = lines
        self.choices = list(choices)
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>" + self.tr("Line") + "</b>"), 0, 0)
        grid.addWidget(QLabel("<b>" + self.tr("Amount (CNY)") + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + self.tr("Package or voucher") + "</b>"), 0, 2)
        grid.addWidget(QLabel("<b>" + self.tr("Discount (CNY)") + "</b>"), 0, 3)
        self.combos: list[QComboBox] = []
        self.discounts: list[QLabel] = []
        for row, (name, line) in enumerate(zip(names, lines, strict=True), start=1):
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), None)
            for i, c in enumerate(self.choices):
                combo.addItem(choice_text(c), i)
                if (c.package_sale_id is not None and c.package_sale_id == line.package_sale_id) or (
                    c.voucher_id is not None and c.voucher_id == line.voucher_id
                ):
                    combo.setCurrentIndex(combo.count() - 1)
            combo.currentIndexChanged.connect(self._preview)
            # A chooser as wide as its longest choice put the dialog past a 1366x768 screen at 125 %;
            # its list still opens wide enough to read each choice whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(CHOOSER_CHARS)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            discount = QLabel()
            grid.addWidget(wrapping(name), row, 0)
            grid.addWidget(QLabel(format_yuan(line.amount_fen)), row, 1)
            grid.addWidget(combo, row, 2)
            grid.addWidget(discount, row, 3)
            self.combos.append(combo)
            self.discounts.append(discount)
        grid.setColumnStretch(0, 1)
        self.total = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.choices:
            layout.addWidget(QLabel(self.tr("This vehicle has no valid package or voucher.")))
        layout.addWidget(RowsScroll(grid), 1)
        layout.addWidget(self.total)
        layout.addWidget(buttons)
        self._preview()
        fit_window(self, self.sizeHint())

    def chosen(self) -> list[tuple[int | None, int | None]]:
        """(package_sale_id, voucher_id) per line."""
        out: list[tuple[int | None, int | None]] = []
        for combo in self.combos:
            i = combo.currentData()
            c = self.choices[i] if i is not None else None
            out.append((c.package_sale_id, None) if c and c.package_sale_id else (None, c.voucher_id if c else None))
        return out

    def _preview(self) -> None:
        previews = [_Preview(p, v, x.amount_fen) for (p, v), x in zip(self.chosen(), self.lines, strict=True)]
        off = preview_discounts(previews, self.choices)
        for label, d in zip(self.discounts, off, strict=True):
            label.setText(format_yuan(d) if d else "")
        self.total.setText(self.tr("Discount in all: {amount} CNY").format(amount=format_yuan(sum(off))))


class _Preview:
    def __init__(self, package_sale_id: int | None, voucher_id: int | None, amount_fen: int) -> None:
        self.package_sale_id = package_sale_id
        self.voucher_id = voucher_id
        self._amount = amount_fen

    @property
    def amount_fen(self) -> int:
        return self._amount


def summary_text(result: OrderRedemptions) -> str:
    """The packages and vouchers a saved order uses: rate, discount, and the balance left."""
    parts = []
    for p in result.packages:
        text = QCoreApplication.translate(
            "OrderPackages", "{code} {name}: use {n} of {uses} at {rate}, −{amount}; {left} use(s) left"
        ).format(
            code=p.sale_number,
            name=p.name,
            n=p.use_no,
            uses=p.uses,
            rate=rate_label(p.pay_pct),
            amount=format_yuan(p.discount_fen),
            left=p.uses_left_after,
        )
        if not p.booked:
            text += QCoreApplication.translate("OrderPackages", " (booked at delivery)")
        parts.append(text)
    for v in result.vouchers:
        parts.append(
            QCoreApplication.translate("OrderPackages", "{code} voucher ({gives}): −{amount}").format(
                code=v.voucher.code, gives=voucher_terms_text(v.voucher), amount=format_yuan(v.discount_fen)
            )
        )
    return "\n".join(parts)


class OrderPackagesPanel:
    """The button and the summary line the work-order dialog shows (attached by the dialog)."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.button = QPushButton(QCoreApplication.translate("OrderPackages", "Packages && vouchers…"), parent)
        self.button.setObjectName("packagesButton")
        self.button.setAutoDefault(False)
        self.label = QLabel(parent)
        self.label.setWordWrap(True)
        self.label.setObjectName("packagesLabel")

    def show_saved(self, detail: OrderDetail | None) -> None:
        if detail is None:
            self.label.setText("")
            return
        lines = [summary_text(redemption.order_redemptions(self.ctx.db, detail.id))]
        if detail.vehicle_id is not None:
            w = warranty.vehicle_warranty(self.ctx.db, detail.vehicle_id)
            for x in w.extensions if w else ():
                lines.append(
                    QCoreApplication.translate(
                        "OrderPackages",
                        "Extended warranty: {years} year(s) / {km:,} km, until {date} or {end_km:,} km.",
                    ).format(years=x.years, km=x.km, date=x.end_date.isoformat(), end_km=x.end_km)
                )
        self.label.setText("\n".join(t for t in lines if t))

    def choose(self, parent: QWidget, vin: str, names: Sequence[str], lines: Sequence[Line]) -> bool:
        """Let the advisor choose per line; True when the lines changed."""
        choices = redemption.choices_for(self.ctx.db, vin, utcnow())
        dialog = RedemptionDialog(names, lines, choices, parent)
        if not dialog.exec():
            return False
        changed = False
        for line, (package_id, voucher_id) in zip(lines, dialog.chosen(), strict=True):
            if (line.package_sale_id, line.voucher_id) != (package_id, voucher_id):
                line.package_sale_id, line.voucher_id = package_id, voucher_id
                changed = True
        if changed:
            self.label.setText(
                QCoreApplication.translate("OrderPackages", "Chosen: the discount is saved with the order.")
            )
        return changed
