"""A service manager reopens a signed QC level with a reason; both stay in the history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import qc_rules
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.vocabulary import OrderStatus, QcLevel
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.qc.views import RoundView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text
from dealerdesk.ui.qc.qc_labels import level_label, outcome_label
from dealerdesk.ui.widgets.date_times import local_text


class ReopenLevelDialog(QDialog):
    def __init__(self, ctx: UiContext, view: RoundView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.result_view: RoundView | None = None
        self.setWindowTitle(self.tr("Reopen a signed QC level – {number}").format(number=view.order_number))
        self.setMinimumWidth(560)  # the level choice names signer and time; the consequence is a sentence
        self.level = QComboBox()
        for lv in view.levels:
            if lv.signoff is not None:
                so = lv.signoff
                self.level.addItem(
                    self.tr("{level} – {outcome}, {signer}, {time}").format(
                        level=level_label(lv.level),
                        outcome=outcome_label(so.outcome),
                        signer=so.signer,
                        time=local_text(so.signed_at),
                    ),
                    int(lv.level),
                )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the signature must be redone (kept in the history)"))
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The levels above the one reopened are reopened too. The signatures stay in the history; "
                "what they signed comes back as a draft to correct and sign again."
            )
        )
        note.setWordWrap(True)
        # What reopening does to the order, for the level chosen: a ready car goes back to QC.
        self.consequence = QLabel()
        self.consequence.setObjectName("consequenceLabel")
        self.consequence.setWordWrap(True)
        self.consequence.setStyleSheet("font-weight: bold;")
        self.level.currentIndexChanged.connect(self._show_consequence)
        form = QFormLayout()
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re&open"))
        buttons.accepted.connect(self.reopen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.level.setCurrentIndex(self.level.count() - 1)
        self._show_consequence()
        self.reason.setFocus()

    def _show_consequence(self) -> None:
        data = self.level.currentData()
        back_to_qc = self.view.order_status is OrderStatus.READY and data is not None and int(data) < QcLevel.HANDOVER
        self.consequence.setText(
            self.tr(
                "{number} is ready for delivery: reopening {level} sends it back to awaiting QC, "
                "and the hand-over must wait until the levels are signed again."
            ).format(number=self.view.order_number, level=level_label(int(data)))
            if back_to_qc
            else ""
        )
        self.consequence.setVisible(back_to_qc)

    def reopen(self) -> None:
        if self.level.count() == 0:
            self.error.setText(self.tr("No level of this round is signed."))
            return
        try:
            self.result_view = qc.reopen_level(
                self.ctx.db, self.ctx.actor, self.view.id, int(self.level.currentData()), self.reason.toPlainText()
            )
        except ValidationError as err:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            if any(p.field == qc_rules.REASON_FIELD for p in err.problems):
                self.reason.setFocus()
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.accept()
