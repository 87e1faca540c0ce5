"""续保前移 at the counter: the renewal offer of a large claim repair and the customer's answer, before delivery.

Keyboard first: Alt+P / Alt+D choose the answer, Tab walks the fields that answer needs, Enter saves.
An offer already recorded is shown read-only; the one who recorded it or a manager presses "Correct…"
(Alt+C), changes the fields and says why; saving checks the version opened, so a correction made on
another workstation meanwhile is refused with what was typed kept.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import ConflictError, DealerDeskError, ValidationError
from dealerdesk.domain.money import AMOUNT_NEGATIVE, format_yuan
from dealerdesk.domain.renewal_offer_rules import (
    DECLINE,
    DECLINE_LABELS,
    NOTE,
    PACKAGE,
    PREPAY,
    REASON,
    REASON_MAX,
    RESULT_LABELS,
    DeclineReason,
    GiftPackage,
    OfferAnswer,
    OfferResult,
)
from dealerdesk.services.renewal import offers
from dealerdesk.services.renewal.offers import OfferState, OfferView
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text, tr_message
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.field_problems import ERROR_COLOUR, STYLE, FieldProblems, focus_first
from dealerdesk.ui.widgets.parsed_input import ParsedLineEdit, yuan_parser


class HandoverOfferDialog(QDialog):
    def __init__(self, ctx: UiContext, order_id: int, parent: QWidget | None = None, *, reminder: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: OfferState = offers.offer_state(ctx.db, order_id)
        self.recorded: OfferView | None = self.state.offer
        self.corrected = False  # a correction was saved while open (the page that opened it refreshes)
        self.setWindowTitle(self.tr("Renewal offer at hand-over (续保前移)"))
        self.setStyleSheet(STYLE)
        self.problems = FieldProblems()
        st = self.state

        heading = QLabel(f"<b>{st.order_number}</b> · {st.plate} · {st.customer_name}")
        self.amount = QLabel()
        self.amount.setObjectName("claimAmount")
        self.amount.setWordWrap(True)
        self.amount.setText(self._amount_text())
        self.reminder = QLabel(reminder)
        self.reminder.setObjectName("offerReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color: #9a5b00;")
        self.reminder.setVisible(bool(reminder))

        self.prepaid = QRadioButton(self.tr("&Prepaid next year's premium"))
        self.declined = QRadioButton(self.tr("&Declined"))
        self.answer = QButtonGroup(self)
        self.answer.addButton(self.prepaid)
        self.answer.addButton(self.declined)
        answers = QHBoxLayout()
        answers.addWidget(self.prepaid)
        answers.addWidget(self.declined)
        answers.addStretch(1)

        form = QFormLayout()
        self.prepay = ParsedLineEdit(yuan_parser(PREPAY), negative_text=AMOUNT_NEGATIVE, field=PREPAY)
        self.prepay.setObjectName("prepayAmount")
        self.prepay.setPlaceholderText(
            f"{format_yuan(st.terms.prepay_min_fen)} – {format_yuan(st.terms.prepay_max_fen)}"
        )
        self.package = QComboBox()
        self.package.setObjectName("giftPackage")
        for p in st.packages:
            self.package.addItem(self._package_text(p), p.name)
        self.reason = QComboBox()
        self.reason.setObjectName("declineReason")
        self.reason.addItem(self.tr("— choose —"), None)
        for r in DeclineReason:
            self.reason.addItem(tr_message(DECLINE_LABELS[r]), r.value)
        self.note = QLineEdit()
        self.note.setObjectName("offerNote")
        self.note.setMaxLength(500)
        self.why = QLineEdit()  # the reason for a correction, shown only while correcting
        self.why.setObjectName("correctionReason")
        self.why.setMaxLength(REASON_MAX)
        self.why.setPlaceholderText(self.tr("e.g. the receipt says 2,500.00; typed 2,000.00"))
        self.prepay.refused.connect(lambda problem: self.problems.set(PREPAY, [problem]))
        self._row(form, self.tr("Prepaid a&mount (CNY)"), self.prepay, PREPAY)
        self._row(form, self.tr("Gift pac&kage"), self.package, PACKAGE)
        self._row(form, self.tr("Declined &because"), self.reason, DECLINE)
        self._row(form, self.tr("&Note"), self.note, NOTE)
        self.why_row = self._row(form, self.tr("Reason for the correc&tion"), self.why, REASON)
        self.form = form
        form.setRowVisible(self.why_row, False)
        self.correcting = False

        self.summary = QLabel()
        self.summary.setObjectName("offerSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.correct_button.setObjectName("correctOffer")
        self.correct_button.setToolTip(self.tr("The one who recorded the offer or a service manager corrects it"))
        self.correct_button.clicked.connect(self.start_correction)
        self.correct_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.amount)
        layout.addWidget(self.reminder)
        layout.addLayout(answers)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(self.correct_button)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)

        self.prepaid.toggled.connect(self._answer_changed)
        self.declined.toggled.connect(self._answer_changed)
        if self.recorded is not None:
            self._show_recorded(self.recorded)
        elif not st.due:
            self._show_not_due()
        else:
            self.prepaid.setChecked(True)
            self.prepaid.setFocus()

    # --- layout helpers -------------------------------------------------------------------------
    def _row(self, form: QFormLayout, caption: str, widget: QWidget, field: str) -> int:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        problem = QLabel()
        problem.hide()
        box.addWidget(problem)
        self.problems.add(field, widget, problem)
        label = QLabel(caption)
        label.setBuddy(widget)
        form.addRow(label, holder)
        return form.rowCount() - 1

    def _package_text(self, p: GiftPackage) -> str:
        return self.tr("{name} · worth {worth} yuan").format(name=p.name, worth=format_yuan(p.worth_fen))

    def _amount_text(self) -> str:
        st = self.state
        if st.final_fen is None:
            return self.tr("Not settled yet: the gift package depends on the claim's final amount.")
        return self.tr(
            "Claim repair, final amount {amount} yuan. Prepaying {low} to {high} yuan of next year's premium "
            "earns one of these gift packages."
        ).format(
            amount=format_yuan(st.final_fen),
            low=format_yuan(st.terms.prepay_min_fen),
            high=format_yuan(st.terms.prepay_max_fen),
        )

    def _answer_changed(self) -> None:
        prepaid = self.prepaid.isChecked()
        if self.recorded is not None and not self.correcting:
            return  # shown read-only
        for w in (self.prepay, self.package):
            w.setEnabled(prepaid)
        self.reason.setEnabled(not prepaid)
        self.problems.clear()

    def _show_not_due(self) -> None:
        st = self.state
        if st.final_fen is None:
            text = self.amount.text()
        else:
            text = self.tr("This order needs no renewal offer: it is not an insurance claim of {amount} yuan or more.")
            text = text.format(amount=format_yuan(st.terms.min_claim_fen))
        self.amount.setText(text)
        self._read_only()

    def _show_recorded(self, v: OfferView) -> None:
        if v.result is OfferResult.PREPAID:
            self.prepaid.setChecked(True)
            self.prepay.setText(format_yuan(v.prepay_fen or 0))
            self.package.setCurrentIndex(max(0, self.package.findData(v.package_name)))
            text = self.tr("Prepaid {prepay} yuan; gift {package}; vouchers {codes}.").format(
                prepay=format_yuan(v.prepay_fen or 0), package=v.package_name, codes=", ".join(v.voucher_codes)
            )
        else:
            self.declined.setChecked(True)
            if v.decline_reason is not None:
                self.reason.setCurrentIndex(self.reason.findData(v.decline_reason.value))
            text = self.tr("Declined: {reason}.").format(
                reason=tr_message(DECLINE_LABELS[v.decline_reason]) if v.decline_reason else ""
            )
        self.note.setText(v.note)
        recorded = self.tr("{result} — recorded by {name} at {time}.").format(
            result=tr_message(RESULT_LABELS[v.result]),
            name=v.recorded_by_name or v.advisor_name,
            time=local_text(v.recorded_at),
        )
        lines = [recorded, text]
        for c in v.corrections:
            lines.append(
                self.tr("Corrected by {name} at {time} ({fields}): {reason}").format(
                    name=c.by_name, time=local_text(c.at), fields=self._fields_text(c.changes), reason=c.reason
                )
            )
        self.summary.setText("\n".join(lines))
        self.summary.setStyleSheet("")
        self.summary.show()
        self._read_only()
        self.correct_button.setVisible(offers.may_correct(self.ctx.actor, v))

    def _fields_text(self, changes: dict[str, list[object]]) -> str:
        captions = {
            "result": self.tr("answer"),
            "prepay_fen": self.tr("amount {before} → {after}"),
            "package": self.tr("gift package"),
            "decline_reason": self.tr("reason declined"),
            "note": self.tr("note"),
        }
        out = []
        for field, (before, after) in changes.items():
            caption = captions.get(field, field)
            if field == "prepay_fen":
                caption = caption.format(
                    before=format_yuan(int(before)) if isinstance(before, int) else "—",
                    after=format_yuan(int(after)) if isinstance(after, int) else "—",
                )
            out.append(caption)
        return ", ".join(out)

    def _read_only(self) -> None:
        for w in (self.prepaid, self.declined, self.prepay, self.package, self.reason, self.note):
            w.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    # --- correcting -----------------------------------------------------------------------------
    def start_correction(self) -> None:
        v = self.recorded
        if v is None:
            return
        self.correcting = True
        self.setWindowTitle(self.tr("Correct the renewal offer (续保前移)"))
        if v.package_name and self.package.findData(v.package_name) < 0:  # the bands changed since: keep it offered
            self.package.addItem(v.package_name, v.package_name)
            self.package.setCurrentIndex(self.package.count() - 1)
        self.correct_button.hide()
        for w in (self.prepaid, self.declined, self.note):
            w.setEnabled(True)
        self._answer_changed()
        self.form.setRowVisible(self.why_row, True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.summary.setText(
            self.tr("Correcting the offer recorded by {name} at {time}: change what was wrong and say why.").format(
                name=v.recorded_by_name or v.advisor_name, time=local_text(v.recorded_at)
            )
        )
        self.summary.setStyleSheet("")
        self.adjustSize()
        (self.prepay if self.prepaid.isChecked() else self.reason).setFocus()

    def _typed(self) -> OfferAnswer:
        prepaid = self.prepaid.isChecked()
        reason = self.reason.currentData()
        return OfferAnswer(
            OfferResult.PREPAID if prepaid else OfferResult.DECLINED,
            self.prepay.value() if prepaid else None,
            (self.package.currentData() or "") if prepaid else "",
            DeclineReason(reason) if not prepaid and reason else None,
            self.note.text(),
        )

    def _save_correction(self) -> None:
        assert self.recorded is not None
        self.problems.clear()
        try:
            view = offers.correct_offer(
                self.ctx.db, self.ctx.actor, self.state.order_id, self.recorded.version, self._typed(), self.why.text()
            )
        except ValidationError as err:
            self._refused(err)
            return
        except ConflictError as err:
            # Someone corrected it meanwhile: their version is the one now saved against; what was typed stays.
            fresh = offers.offer_state(self.ctx.db, self.state.order_id).offer
            if fresh is not None:
                self.recorded = fresh
            self._say(error_text(err))
            return
        except DealerDeskError as err:
            self._say(error_text(err))
            return
        self.correcting = False
        self.recorded = view
        self.why.clear()
        self.form.setRowVisible(self.why_row, False)
        self.setWindowTitle(self.tr("Renewal offer at hand-over (续保前移)"))
        self._show_recorded(view)
        self.summary.setText(self.tr("Correction saved.") + "\n" + self.summary.text())
        QTimer.singleShot(0, self.adjustSize)  # once the hidden reason row has left the layout
        self.corrected = True

    # --- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        if self.correcting:
            self._save_correction()
            return
        prepaid = self.prepaid.isChecked()
        reason = self.reason.currentData()
        try:
            self.recorded = offers.record_offer(
                self.ctx.db,
                self.ctx.actor,
                self.state.order_id,
                OfferResult.PREPAID if prepaid else OfferResult.DECLINED,
                prepay_fen=self.prepay.value() if prepaid else None,
                package_name=(self.package.currentData() or "") if prepaid else "",
                decline=DeclineReason(reason) if not prepaid and reason else None,
                note=self.note.text(),
            )
        except ValidationError as err:
            self._refused(err)
            return
        except DealerDeskError as err:
            self._say(error_text(err))
            return
        self.accept()

    def _refused(self, err: ValidationError) -> None:
        self.problems.show_all(err.problems)
        self._say("\n".join(problem_text(p) for p in err.problems))
        self.adjustSize()  # the wrapped messages' lines: the form does not grow for them by itself
        focus_first(self.problems)

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.summary.show()
