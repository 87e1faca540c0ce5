"""Settings: when satisfaction calls are due, which mark suggests a complaint, the consolation gifts."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.roles import Role
from dealerdesk.services.settings import save_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, show_info, tr_message


class CareSettingsBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        s = ctx.settings
        self.setTitle(self.tr("Satisfaction calls and complaints"))
        self.first_day = QSpinBox()
        self.first_day.setObjectName("firstCallDay")
        self.first_day.setRange(0, 60)
        self.first_day.setValue(s.satisfaction_first_day)
        self.last_day = QSpinBox()
        self.last_day.setObjectName("lastCallDay")
        self.last_day.setRange(0, 60)
        self.last_day.setValue(s.satisfaction_last_day)
        self.mark = QSpinBox()
        self.mark.setObjectName("complaintMark")
        self.mark.setRange(1, 4)
        self.mark.setValue(s.complaint_mark)
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("Call from day"), self.first_day),
            (self.tr("to day"), self.last_day),
            (self.tr("after delivery; a mark of"), self.mark),
            (self.tr("or less suggests a complaint"), None),
        ):
            label = QLabel(text)
            row.addWidget(label)
            if widget is not None:
                label.setBuddy(widget)
                row.addWidget(widget)
        row.addStretch(1)
        gifts_label = QLabel(self.tr("&Consolation gifts (one a line):"))
        self.gifts = QPlainTextEdit("\n".join(tr_message(g) for g in s.consolation_gifts))
        self.gifts.setObjectName("consolationGifts")
        self.gifts.setTabChangesFocus(True)
        self.gifts.setMaximumHeight(70)
        gifts_label.setBuddy(self.gifts)
        self.save_button = QPushButton(self.tr("Save call and complaint se&ttings"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(gifts_label)
        layout.addWidget(self.gifts)
        layout.addWidget(self.save_button)
        can_edit = ctx.actor.has(Role.MANAGER, Role.ADMIN)
        for w in (self.first_day, self.last_day, self.mark, self.gifts, self.save_button):
            w.setEnabled(can_edit)

    def save(self) -> None:
        gifts = [line.strip() for line in self.gifts.toPlainText().splitlines() if line.strip()]
        new = dataclasses.replace(
            self.ctx.settings,
            satisfaction_first_day=self.first_day.value(),
            satisfaction_last_day=self.last_day.value(),
            complaint_mark=self.mark.value(),
            consolation_gifts=gifts,
        )
        try:
            self.ctx.settings = save_settings(self.ctx.db, self.ctx.actor, new, base=self.ctx.settings)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        show_info(self, self.tr("Saved. Today's call list and new complaints follow these settings."))
