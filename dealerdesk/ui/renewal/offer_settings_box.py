"""Settings: 续保前移's terms — the claim amount that starts the offer, the prepayment range, the advisor's
bonus, the gift vouchers' validity and the gift packages by band (the source document's by default).

The packages are a small editable table: one row per package; rows with the same "claim up to"
are the choices of one band; an empty "claim up to" is the band above every other. What is typed
stays as typed until Save, which reads every amount and says which row and field is wrong.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.money import format_yuan, parse_yuan
from dealerdesk.domain.renewal_offer_rules import GiftPackage, OfferTerms, terms_from_dict, terms_to_dict
from dealerdesk.domain.roles import Role
from dealerdesk.services.settings import save_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import failure_text, problem_text, show_info

Index = QModelIndex | QPersistentModelIndex


class PackagesModel(QAbstractTableModel):
    """The packages as typed: [claim up to, name, voucher, service, service worth], all text."""

    COLUMNS = 5

    def __init__(self, packages: tuple[GiftPackage, ...]) -> None:
        super().__init__()
        self.rows: list[list[str]] = [
            [
                format_yuan(p.up_to_fen) if p.up_to_fen is not None else "",
                p.name,
                format_yuan(p.value_fen) if p.value_fen else "",
                p.service,
                format_yuan(p.service_fen) if p.service_fen else "",
            ]
            for p in packages
        ]

    def headers(self) -> list[str]:
        return [
            self.tr("Claim up to (CNY; empty: above the others)"),
            self.tr("Package"),
            self.tr("Voucher (CNY)"),
            self.tr("Service (e.g. towing within 50 km)"),
            self.tr("Service worth (CNY)"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self.rows[index.row()][index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def add_row(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(["", "", "", "", ""])
        self.endInsertRows()
        return len(self.rows) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()


class OfferSettingsBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        t = terms_from_dict(ctx.settings.renewal_offer)
        self.setTitle(self.tr("Renewal offer at a claim repair's hand-over (续保前移)"))
        self.threshold = QLineEdit(format_yuan(t.min_claim_fen))
        self.threshold.setObjectName("offerThreshold")
        self.prepay_min = QLineEdit(format_yuan(t.prepay_min_fen))
        self.prepay_min.setObjectName("offerPrepayMin")
        self.prepay_max = QLineEdit(format_yuan(t.prepay_max_fen))
        self.prepay_max.setObjectName("offerPrepayMax")
        self.bonus = QLineEdit(format_yuan(t.bonus_fen))
        self.bonus.setObjectName("offerBonus")
        self.days = QSpinBox()
        self.days.setObjectName("offerVoucherDays")
        self.days.setRange(1, 1095)
        self.days.setValue(t.voucher_days)
        for edit in (self.threshold, self.prepay_min, self.prepay_max, self.bonus):
            edit.setMaximumWidth(110)
        layout = QVBoxLayout(self)
        for parts in (
            ((self.tr("Claims from"), self.threshold), (self.tr("yuan; prepay"), self.prepay_min),
             (self.tr("to"), self.prepay_max), (self.tr("yuan"), None)),
            ((self.tr("Advisor's bonus"), self.bonus), (self.tr("yuan per prepaying customer; vouchers valid"),
             self.days), (self.tr("days"), None)),
        ):  # fmt: skip
            row = QHBoxLayout()
            for text, widget in parts:
                label = QLabel(text)
                row.addWidget(label)
                if widget is not None:
                    label.setBuddy(widget)
                    row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        self.model = PackagesModel(t.packages)
        self.table = QTableView()
        self.table.setObjectName("offerPackages")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(160)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.add_button = QPushButton(self.tr("Add a package"))
        self.add_button.clicked.connect(self.add_package)
        self.remove_button = QPushButton(self.tr("Remove the package"))
        self.remove_button.clicked.connect(self.remove_package)
        self.save_button = QPushButton(self.tr("Save the offer's terms"))
        self.save_button.clicked.connect(self.save)
        self.problem = QLabel()
        self.problem.setObjectName("offerTermsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        can_edit = ctx.actor.has(Role.MANAGER, Role.ADMIN)
        for w in (self.threshold, self.prepay_min, self.prepay_max, self.bonus, self.days, self.table):
            w.setEnabled(can_edit)
        for b in (self.add_button, self.remove_button, self.save_button):
            b.setEnabled(can_edit)

    def add_package(self) -> None:
        row = self.model.add_row()
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.edit(self.model.index(row, 0))

    def remove_package(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())

    def terms(self) -> OfferTerms | None:
        """The terms as typed, or None with the first wrong amount shown (which row, which field)."""
        problems: list[str] = []

        def amount(text: str, what: str, empty: int | None = 0) -> int | None:
            if not text.strip():
                return empty
            parsed = parse_yuan(text)
            if parsed.value is None:
                problems.append(f"{what}: " + "; ".join(problem_text(p) for p in parsed.problems))
            return parsed.value

        threshold = amount(self.threshold.text(), self.tr("Claims from"))
        low = amount(self.prepay_min.text(), self.tr("Prepay from"))
        high = amount(self.prepay_max.text(), self.tr("Prepay to"))
        bonus = amount(self.bonus.text(), self.tr("Advisor's bonus"))
        packages = []
        headers = self.model.headers()
        for n, (up_to, name, value, service, worth) in enumerate(self.model.rows, start=1):
            where = self.tr("Package {row}").format(row=n)
            packages.append(
                GiftPackage(
                    amount(up_to, f"{where}, {headers[0]}", None),
                    name.strip(),
                    amount(value, f"{where}, {headers[2]}") or 0,
                    service.strip(),
                    amount(worth, f"{where}, {headers[4]}") or 0,
                )
            )
        if problems:
            self._say("\n".join(problems))
            return None
        return OfferTerms(threshold or 0, low or 0, high or 0, bonus or 0, self.days.value(), tuple(packages))

    def save(self) -> None:
        self.problem.hide()
        terms = self.terms()
        if terms is None:
            return
        new = dataclasses.replace(self.ctx.settings, renewal_offer=terms_to_dict(terms))
        try:
            self.ctx.settings = save_settings(self.ctx.db, self.ctx.actor, new, base=self.ctx.settings)
        except DealerDeskError as err:
            self._say(failure_text(err))
            return
        show_info(self, self.tr("Saved. The next hand-over offers follow these terms."))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
