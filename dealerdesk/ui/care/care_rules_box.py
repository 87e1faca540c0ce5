"""Settings of the follow-up calls: when cars are due, when customers lapse or are lost, the day's list."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_rules import model_km_text, parse_model_km
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.services.settings import MAX_CALLS_PER_DAY, save_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text, show_info


def _spin(name: str, value: int, most: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, most)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setMinimumWidth(100)
    return box


class CareRulesBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        s = ctx.settings
        self.setTitle(self.tr("Follow-up calls (招揽)"))
        days, km = self.tr(" days"), self.tr(" km")
        self.first_days = _spin("careFirstServiceDays", s.care_first_service_days, 3650, days)
        self.first_km = _spin("careFirstServiceKm", s.care_first_service_km, 100_000, km)
        self.interval_days = _spin("careIntervalDays", s.care_interval_days, 3650, days)
        self.interval_km = _spin("careIntervalKm", s.care_interval_km, 100_000, km)
        self.soon_days = _spin("careDueSoonDays", s.care_due_soon_days, 365, days)
        self.soon_km = _spin("careDueSoonKm", s.care_due_soon_km, 20_000, km)
        self.missed_days = _spin("careFirstServiceMissedDays", s.care_first_service_missed_days, 3650, days)
        self.lapsing_days = _spin("careLapsingDays", s.care_lapsing_days, 3650, days)
        self.lost_days = _spin("careLostDays", s.care_lost_days, 7300, days)
        self.km_per_day = _spin("careKmPerDay", s.care_km_per_day, 1000, self.tr(" km/day"))
        self.called_in = _spin("careCalledInDays", s.care_called_in_days, 365, self.tr(" days of a connected call"))
        self.per_day = _spin("careCallsPerDay", s.care_calls_per_day, MAX_CALLS_PER_DAY, "")
        self.models = QPlainTextEdit(model_km_text(s.care_model_km_per_day))
        self.models.setObjectName("careModelKmPerDay")
        self.models.setTabChangesFocus(True)
        self.models.setPlaceholderText(self.tr("Passat = 60\nTiguan L = 45"))
        self.models.setMaximumHeight(70)

        def pair(a: QWidget, b: QWidget) -> QHBoxLayout:
            row = QHBoxLayout()
            row.addWidget(a)
            row.addWidget(QLabel(self.tr("or")))
            row.addWidget(b)
            row.addStretch(1)
            return row

        form = QFormLayout()
        first = QLabel(self.tr("First s&ervice due after the sale:"))
        first.setBuddy(self.first_days)
        form.addRow(first, pair(self.first_days, self.first_km))
        every = QLabel(self.tr("&Maintenance every:"))
        every.setBuddy(self.interval_days)
        form.addRow(every, pair(self.interval_days, self.interval_km))
        soon = QLabel(self.tr("Due soon &within:"))
        soon.setBuddy(self.soon_days)
        form.addRow(soon, pair(self.soon_days, self.soon_km))
        form.addRow(self.tr("Fi&rst service missed after the sale:"), self.missed_days)
        form.addRow(self.tr("La&psing without a visit after:"), self.lapsing_days)
        form.addRow(self.tr("Lo&st without a visit after:"), self.lost_days)
        form.addRow(self.tr("Cars without readings &drive:"), self.km_per_day)
        form.addRow(self.tr("Per model (one &a line):"), self.models)
        form.addRow(self.tr("Called &in: an order opened within"), self.called_in)
        form.addRow(self.tr("Customers a da&y per person:"), self.per_day)
        self.error = QLabel()
        self.error.setObjectName("careRulesError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save follow-up call se&ttings"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)
        can_edit = ctx.actor.has(Role.MANAGER, Role.ADMIN)
        for w in self.findChildren(QSpinBox):
            w.setEnabled(can_edit)
        self.models.setEnabled(can_edit)
        self.save_button.setEnabled(can_edit)

    def save(self) -> None:
        models, problems = parse_model_km(self.models.toPlainText())
        if problems:
            self.error.setText("\n".join(problem_text(p) for p in problems))
            self.models.setFocus()
            return
        new = dataclasses.replace(
            self.ctx.settings,
            care_first_service_days=self.first_days.value(),
            care_first_service_km=self.first_km.value(),
            care_interval_days=self.interval_days.value(),
            care_interval_km=self.interval_km.value(),
            care_due_soon_days=self.soon_days.value(),
            care_due_soon_km=self.soon_km.value(),
            care_first_service_missed_days=self.missed_days.value(),
            care_lapsing_days=self.lapsing_days.value(),
            care_lost_days=self.lost_days.value(),
            care_km_per_day=self.km_per_day.value(),
            care_model_km_per_day=models,
            care_called_in_days=self.called_in.value(),
            care_calls_per_day=self.per_day.value(),
        )
        try:
            self.ctx.settings = save_settings(self.ctx.db, self.ctx.actor, new, base=self.ctx.settings)
        except ValidationError as err:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.error.clear()
        show_info(self, self.tr("Saved. Tomorrow's call list follows these settings (or recompute today's now)."))
