"""Opening a complaint, and following one up to the manager's sign-off."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.domain.satisfaction import (
    COMPLAINT_CAUSE_LABELS,
    COMPLAINT_SOURCE_LABELS,
    ComplaintCause,
    ComplaintSource,
    check_close,
)
from dealerdesk.services.review import complaints
from dealerdesk.services.review.complaints import ComplaintEdit, ComplaintStatus, ComplaintView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.password_confirm_dialog import PasswordConfirmDialog
from dealerdesk.ui.feedback import error_text, problem_text, tr_message
from dealerdesk.ui.widgets.date_times import from_qdate, local_text, to_qdate


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


class NewComplaintDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        order_number: str = "",
        words: str = "",
        call_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.call_id = call_id
        self.result_view: ComplaintView | None = None
        self.setWindowTitle(self.tr("New complaint"))
        self.setMinimumWidth(520)
        self.source = QComboBox()
        for source in ComplaintSource:
            self.source.addItem(tr_message(COMPLAINT_SOURCE_LABELS[source]), source.value)
        self.source.setCurrentIndex(
            list(ComplaintSource).index(ComplaintSource.LOW_RATING if call_id else ComplaintSource.FRONT_DESK)
        )
        self.order = QLineEdit(order_number)
        self.order.setPlaceholderText(self.tr("e.g. WO20261130-0002"))
        self.plate = QLineEdit()
        self.plate.setPlaceholderText(self.tr("when there is no order"))
        self.description = QPlainTextEdit(words)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the customer said, in their own words"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("&Order:"), self.order)
        form.addRow(self.tr("&Plate:"), self.plate)
        form.addRow(self.tr("&What was said:"), self.description)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open &complaint"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.description if order_number else self.order).setFocus()

    def confirm(self) -> None:
        fields = {"description": self.description, "order": self.order}
        try:
            self.result_view = complaints.open_complaint(
                self.ctx.db,
                self.ctx.actor,
                ComplaintSource(self.source.currentData()),
                self.description.toPlainText(),
                order_number=self.order.text(),
                plate=self.plate.text(),
                call_id=self.call_id,
            )
        except ValidationError as err:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            fields.get(err.problems[0].field, self.description).setFocus()
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.accept()


class ComplaintDialog(QDialog):
    """One complaint: the customer's words, then cause, person responsible, apology, remedy, close-by date."""

    def __init__(self, ctx: UiContext, view: ComplaintView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.changed = False
        self.setWindowTitle(self.tr("Complaint {id}").format(id=view.id))
        self.setMinimumWidth(560)
        editable = view.status is ComplaintStatus.OPEN
        about = [view.order_number, view.plate, view.customer_name, view.customer_mobile]
        head = QLabel(
            self.tr("{about}\nOpened {at} by {name} ({source})").format(
                about=" · ".join(x for x in about if x),
                at=local_text(view.opened_at),
                name=view.opened_by_name,
                source=tr_message(COMPLAINT_SOURCE_LABELS[view.source]),
            )
        )
        head.setWordWrap(True)
        said = QLabel(view.description)
        said.setObjectName("complaint_words")
        said.setWordWrap(True)
        said.setStyleSheet("font-style: italic; padding: 4px; background: #f6f6f6;")
        self.cause = QComboBox()
        self.cause.addItem(self.tr("(not yet known)"), None)
        for cause in ComplaintCause:
            self.cause.addItem(tr_message(COMPLAINT_CAUSE_LABELS[cause]), cause.value)
        self.cause.setCurrentIndex(self.cause.findData(view.cause.value if view.cause else None))
        staff = complaints.staff_choices(ctx.db)
        self.responsible = self._people(staff, view.responsible_id)
        self.apology = self._people(staff, view.apology_by_id)
        self.remedy = QPlainTextEdit(view.remedy)
        self.remedy.setTabChangesFocus(True)
        self.remedy.setMaximumHeight(80)
        self.gift = QComboBox()
        self.gift.setEditable(True)
        self.gift.addItem("")
        for gift in ctx.settings.consolation_gifts:
            self.gift.addItem(tr_message(gift))
        self.gift.setCurrentText(tr_message(view.gift))  # a default gift is stored in English, shown translated
        self.close_by = QDateEdit(to_qdate(view.close_by))
        self.close_by.setCalendarPopup(True)
        self.close_by.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("Ca&use:"), self.cause)
        form.addRow(self.tr("&Responsible:"), self.responsible)
        form.addRow(self.tr("&Apology by:"), self.apology)
        form.addRow(self.tr("Re&medy:"), self.remedy)
        form.addRow(self.tr("&Gift:"), self.gift)
        form.addRow(self.tr("Close &by:"), self.close_by)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.close_button = QPushButton(self.tr("Sign off and c&lose"))
        self.close_button.setToolTip(self.tr("The service manager closes a complaint, with their password"))
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.close_button.clicked.connect(self.sign_off)
        self.buttons.rejected.connect(self.reject)
        for w in (self.cause, self.responsible, self.apology, self.remedy, self.gift, self.close_by):
            w.setEnabled(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        self.close_button.setEnabled(editable and ctx.actor.has(Role.MANAGER))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(said)
        layout.addLayout(form)
        if not editable:
            closed = QLabel(
                self.tr("Closed {at} by {name}.").format(at=local_text(view.closed_at), name=view.closed_by_name)
            )
            layout.addWidget(closed)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _people(self, staff: list[tuple[int, str]], current: int | None) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("(nobody yet)"), None)
        for uid, name in staff:
            box.addItem(name, uid)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def edit(self) -> ComplaintEdit:
        cause = self.cause.currentData()
        return ComplaintEdit(
            cause=ComplaintCause(cause) if cause else None,
            responsible_id=self.responsible.currentData(),
            apology_by_id=self.apology.currentData(),
            remedy=self.remedy.toPlainText(),
            gift=self.gift.currentText(),
            close_by=from_qdate(self.close_by.date()),
        )

    def save(self) -> bool:
        try:
            self.view = complaints.update_complaint(
                self.ctx.db, self.ctx.actor, self.view.id, self.view.version, self.edit()
            )
        except ValidationError as err:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            return False
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return False
        self.changed = True
        self.error.clear()
        return True

    def sign_off(self) -> None:
        if not self.save():
            return

        def close(password: str) -> None:
            self.view = complaints.close_complaint(
                self.ctx.db, self.ctx.actor, self.view.id, self.view.version, password
            )

        missing = check_close(self.view.state())  # said before the password is asked for
        if missing:
            self.error.setText("\n".join(problem_text(p) for p in missing))
            return
        prompt = self.tr("Close complaint {id} as {name}.").format(id=self.view.id, name=self.ctx.actor.full_name)
        self.password_dialog = PasswordConfirmDialog(prompt, close, self)
        self.password_dialog.accepted.connect(self.accept)
        self.password_dialog.open()
