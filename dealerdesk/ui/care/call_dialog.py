"""Logging one follow-up call (招揽): the coded outcome, the promised visit, the next call; Enter saves.

The outcomes are listed under their three classes (connected, not connected, invalid number);
picking one fills the next call's day with its usual delay, which the person may change or clear.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.care_calls import OUTCOME_CLASS, OUTCOME_CLASS_LABELS, OUTCOME_LABELS, CallOutcome, OutcomeClass
from dealerdesk.domain.care_rules import REASON_LABELS, STATUS_LABELS, default_next_call
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.services.care import calls
from dealerdesk.services.care.calls import CallListRow, CallLogged
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message
from dealerdesk.ui.widgets.date_times import from_qdate, to_qdate
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems, report_refusal


def whom_text(whom: calls.Whom) -> str:
    return {
        calls.CONTACT: QCoreApplication.translate("CallDialog", "contact"),
        calls.DRIVER: QCoreApplication.translate("CallDialog", "usual driver"),
    }.get(whom, QCoreApplication.translate("CallDialog", "owner"))


def who_html(row: CallListRow) -> str:
    """The customer, the number to dial and whose it is, the other numbers on file."""
    lines = [
        QCoreApplication.translate("CallDialog", "<b>{name}</b> — dial <b>{phone}</b> ({whom})").format(
            name=escape(row.name or QCoreApplication.translate("CallDialog", "no owner on file")),
            phone=escape(row.phone or QCoreApplication.translate("CallDialog", "no number")),
            whom=whom_text(row.phone_whom),
        )
    ]
    if row.contact_name or row.contact_mobile:
        lines.append(
            QCoreApplication.translate("CallDialog", "Contact: {name} {mobile}").format(
                name=escape(row.contact_name), mobile=escape(row.contact_mobile)
            )
        )
    if row.driver_name or row.driver_mobile:
        lines.append(
            QCoreApplication.translate("CallDialog", "Usual driver: {name} {mobile}").format(
                name=escape(row.driver_name), mobile=escape(row.driver_mobile)
            )
        )
    if row.owner_mobile and row.phone_whom != calls.OWNER:
        lines.append(
            QCoreApplication.translate("CallDialog", "Owner: {mobile}").format(mobile=escape(row.owner_mobile))
        )
    lines.append(" · ".join(tr_message(REASON_LABELS[r]) for r in row.reasons))
    return "<br>".join(lines)


class CallDialog(QDialog):
    def __init__(self, ctx: UiContext, row: CallListRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.today = today
        self.logged: CallLogged | None = None
        self.setWindowTitle(self.tr("Log a call: {name}").format(name=row.name or row.phone))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(520)

        who = QLabel(who_html(row))
        who.setObjectName("callWho")
        who.setWordWrap(True)
        self.cars: list[tuple[int, QCheckBox]] = []
        cars_box = QVBoxLayout()
        for v in row.vehicles:
            text = self.tr("{plate} {model} — {status}").format(
                plate=v.plate or v.vin, model=v.model, status=tr_message(STATUS_LABELS[v.status])
            )
            box = QCheckBox(text)
            box.setChecked(True)
            box.setEnabled(len(row.vehicles) > 1)  # with one car there is nothing to choose
            self.cars.append((v.vehicle_id, box))
            cars_box.addWidget(box)

        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        model = self.outcome.model()
        assert isinstance(model, QStandardItemModel)
        for klass in OutcomeClass:
            self.outcome.addItem(tr_message(OUTCOME_CLASS_LABELS[klass]))
            header = model.item(self.outcome.count() - 1)
            header.setEnabled(False)  # a class heading: the arrow keys pass over it
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for outcome in CallOutcome:
                if OUTCOME_CLASS[outcome] is klass:
                    self.outcome.addItem("    " + tr_message(OUTCOME_LABELS[outcome]), outcome.value)
        self.promised = QDateEdit()
        self.promised.setObjectName("promisedOn")
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("yyyy-MM-dd")
        self.promised.setMinimumDate(to_qdate(today))
        self.promised.setDate(to_qdate(today + timedelta(days=1)))
        self.other_shop = QLineEdit()
        self.other_shop.setObjectName("otherShop")
        self.other_shop.setPlaceholderText(self.tr("which shop"))
        self.other_reason = QLineEdit()
        self.other_reason.setObjectName("otherReason")
        self.other_reason.setPlaceholderText(self.tr("why: price, distance, friend's shop…"))
        self.next_call = QCheckBox(self.tr("Call &again on"))
        self.next_call.setObjectName("nextCallWanted")
        self.next_day = QDateEdit()
        self.next_day.setObjectName("nextCallOn")
        self.next_day.setCalendarPopup(True)
        self.next_day.setDisplayFormat("yyyy-MM-dd")
        self.next_day.setMinimumDate(to_qdate(today))
        self.next_call.toggled.connect(self.next_day.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_call)
        next_row.addWidget(self.next_day, 1)
        self.note = QLineEdit()
        self.note.setObjectName("callNote")
        self.note.setPlaceholderText(self.tr("what was said, in a few words"))

        self.problems = FieldProblems()
        form = QFormLayout()
        form.addRow(who)
        form.addRow(self.tr("Cars:"), cars_box)
        labels: dict[str, QLabel] = {}
        for field_name, text, widget in (
            ("outcome", self.tr("&Outcome:"), self.outcome),
            ("promised_on", self.tr("&Will come on:"), self.promised),
            ("other_shop", self.tr("Other s&hop:"), self.other_shop),
            ("other_reason", self.tr("Wh&y there:"), self.other_reason),
        ):
            form.addRow(text, widget)
            labels[field_name] = QLabel()
            form.addRow("", labels[field_name])
            self.problems.add(field_name, widget, labels[field_name])
        form.addRow("", next_row)
        labels["next_call_on"] = QLabel()
        form.addRow("", labels["next_call_on"])
        self.problems.add("next_call_on", self.next_day, labels["next_call_on"])
        form.addRow(self.tr("&Note:"), self.note)
        labels["note"] = QLabel()
        form.addRow("", labels["note"])
        self.problems.add("note", self.note, labels["note"])
        labels["vehicles"] = QLabel()
        form.addRow("", labels["vehicles"])
        self.problems.add("vehicles", self.cars[0][1] if self.cars else self.outcome, labels["vehicles"])
        for label in labels.values():
            label.hide()

        self.summary = QLabel()
        self.summary.setObjectName("callSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save call"))
        ok.setDefault(True)
        ok.setToolTip(self.tr("Keep this call (Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.outcome.setCurrentIndex(self.outcome.findData(CallOutcome.NO_ANSWER.value))
        self._outcome_changed()
        self.outcome.setFocus()

    def choose(self, outcome: CallOutcome) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome.value))

    def current_outcome(self) -> CallOutcome:
        return CallOutcome(self.outcome.currentData())

    def _outcome_changed(self) -> None:
        outcome = self.current_outcome()
        self.promised.setEnabled(outcome is CallOutcome.WILL_COME)
        self.other_shop.setEnabled(outcome is CallOutcome.OTHER_SHOP)
        self.other_reason.setEnabled(outcome is CallOutcome.OTHER_SHOP)
        default = default_next_call(outcome, self.today)
        self.next_call.setChecked(default is not None)
        self.next_day.setEnabled(default is not None)
        self.next_day.setDate(to_qdate(default or self.today + timedelta(days=1)))
        self.problems.clear()
        self.summary.hide()

    def save(self) -> None:
        outcome = self.current_outcome()
        try:
            self.logged = calls.log_call(
                self.ctx.db,
                self.ctx.actor,
                [vehicle_id for vehicle_id, box in self.cars if box.isChecked()],
                outcome,
                promised_on=from_qdate(self.promised.date()) if outcome is CallOutcome.WILL_COME else None,
                next_call_on=from_qdate(self.next_day.date()) if self.next_call.isChecked() else None,
                other_shop=self.other_shop.text(),
                other_reason=self.other_reason.text(),
                note=self.note.text(),
                today=self.today,
            )
        except ValidationError as err:
            report_refusal(self.problems, err.problems, self.summary, self.tr("The call was not saved:"))
            return
        except DealerDeskError as err:
            self.summary.setText(error_text(err))
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.show()
            return
        self.accept()
