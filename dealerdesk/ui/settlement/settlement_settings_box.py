"""Settings: the margin over the estimate that needs the customer's approval, and whether the VAT is shown."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.roles import Role
from dealerdesk.services.settings import save_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info


class SettlementSettingsBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        s = ctx.settings
        self.setTitle(self.tr("Settlement"))
        self.margin = QSpinBox()
        self.margin.setObjectName("settlementMargin")
        self.margin.setRange(0, 100)
        self.margin.setSuffix(" %")
        self.margin.setValue(s.settlement_margin_pct)
        self.show_vat = QCheckBox(self.tr("Show the VAT in the prices, at"))
        self.show_vat.setObjectName("showVat")
        self.show_vat.setChecked(s.show_vat)
        self.vat_rate = QSpinBox()
        self.vat_rate.setObjectName("vatRate")
        self.vat_rate.setRange(0, 100)
        self.vat_rate.setSuffix(" %")
        self.vat_rate.setValue(s.vat_rate_pct)
        margin_label = QLabel(self.tr("A final bill more than"))
        margin_label.setBuddy(self.margin)
        row = QHBoxLayout()
        row.addWidget(margin_label)
        row.addWidget(self.margin)
        row.addWidget(QLabel(self.tr("above the estimate needs the customer's approval")))
        row.addStretch(1)
        vat_row = QHBoxLayout()
        vat_row.addWidget(self.show_vat)
        vat_row.addWidget(self.vat_rate)
        vat_row.addWidget(QLabel(self.tr("(on the settlement and its statement; prices include it)")))
        vat_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save settlement settings"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(vat_row)
        layout.addWidget(self.save_button)
        can_edit = ctx.actor.has(Role.MANAGER, Role.ADMIN)
        for w in (self.margin, self.show_vat, self.vat_rate, self.save_button):
            w.setEnabled(can_edit)

    def save(self) -> None:
        new = dataclasses.replace(
            self.ctx.settings,
            settlement_margin_pct=self.margin.value(),
            show_vat=self.show_vat.isChecked(),
            vat_rate_pct=self.vat_rate.value(),
        )
        try:
            self.ctx.settings = save_settings(self.ctx.db, self.ctx.actor, new, base=self.ctx.settings)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        show_info(self, self.tr("Saved. Settlements from now on follow these settings."))
