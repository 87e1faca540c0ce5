"""Excusing a document-audit finding: the reason is required and kept with the decision."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.services.review.document_audit import FindingStatus, FindingView, decide
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text
from dealerdesk.ui.review.findings_model import finding_text


class ExcuseDialog(QDialog):
    def __init__(self, ctx: UiContext, finding: FindingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.finding = finding
        self.result_view: FindingView | None = None
        self.setWindowTitle(self.tr("Excuse a finding on {number}").format(number=finding.order_number))
        what = QLabel(finding_text(finding))
        what.setWordWrap(True)
        prompt = QLabel(self.tr("&Why is it excused?"))
        self.reason = QPlainTextEdit(finding.reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. the customer asked to collect the car later"))
        prompt.setBuddy(self.reason)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xcuse"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Back"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def confirm(self) -> None:
        try:
            self.result_view = decide(
                self.ctx.db,
                self.ctx.actor,
                self.finding.id,
                FindingStatus.EXCUSED,
                self.reason.toPlainText(),
                expected=self.finding.status,
            )
        except ValidationError as err:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            self.reason.setFocus()
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.accept()
