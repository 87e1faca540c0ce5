"""Settings: the renewal desk's windows (first call before expiry, the plan's days), the day's target,
the loss summary's hour, and how the weekly plan shares the calls out."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.roles import Role
from dealerdesk.services.settings import save_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info


def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setValue(value)
    return box


class RenewalSettingsBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        s = ctx.settings
        self.setTitle(self.tr("Insurance renewals"))
        self.lead = _spin("renewalLeadDays", 1, 120, s.renewal_first_contact_days)
        self.days = _spin("renewalPlanDays", 1, 31, s.renewal_plan_days)
        self.target = _spin("renewalTarget", 1, 200, s.renewal_daily_target)
        self.hour = _spin("renewalSummaryHour", 0, 23, s.renewal_summary_hour)
        self.rule = QComboBox()
        self.rule.setObjectName("renewalRule")
        self.rule.addItem(self.tr("an even split"), "even")
        self.rule.addItem(self.tr("each record kept by its specialist"), "keep")
        self.rule.setCurrentIndex(max(0, self.rule.findData(s.renewal_assign_rule)))
        layout = QVBoxLayout(self)
        for parts in (
            (
                (self.tr("First call"), self.lead),
                (self.tr("days before expiry; a plan of"), self.days),
                (self.tr("days"), None),
            ),
            (
                (self.tr("Target"), self.target),
                (self.tr("connected calls a day; loss summary at"), self.hour),
                (self.tr(":00"), None),
            ),
            ((self.tr("Share the plan out by"), self.rule),),
        ):
            row = QHBoxLayout()
            for text, widget in parts:
                label = QLabel(text)
                row.addWidget(label)
                if widget is not None:
                    label.setBuddy(widget)
                    row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        self.save_button = QPushButton(self.tr("Save renewal settings"))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        can_edit = ctx.actor.has(Role.MANAGER, Role.ADMIN)
        for w in (self.lead, self.days, self.target, self.hour, self.rule, self.save_button):
            w.setEnabled(can_edit)

    def save(self) -> None:
        new = dataclasses.replace(
            self.ctx.settings,
            renewal_first_contact_days=self.lead.value(),
            renewal_plan_days=self.days.value(),
            renewal_daily_target=self.target.value(),
            renewal_summary_hour=self.hour.value(),
            renewal_assign_rule=str(self.rule.currentData()),
        )
        try:
            self.ctx.settings = save_settings(self.ctx.db, self.ctx.actor, new, base=self.ctx.settings)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        show_info(self, self.tr("Saved. The next plan and today's list follow these settings."))
