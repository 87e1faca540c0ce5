"""The follow-up record (跟踪表) of one policy: the car, the policy, every call so far, and the call being made.

Keyboard: the outcome first (type its first letter or use the arrows), Tab through the note, the
quote (insurer, premium, discount), the next call's date and the stage; Ctrl+S or Enter logs the
call. Losing (战败) asks for the reason from the list, and the insurer when the customer went elsewhere.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.messages import ConflictError, DealerDeskError, ValidationError
from dealerdesk.domain.money import format_yuan
from dealerdesk.services.renewal import followups
from dealerdesk.services.renewal.followups import CallView, FollowUpView
from dealerdesk.services.rework.views import today as dealer_today
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import from_qdate, local_text, to_qdate
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems, report_refusal
from dealerdesk.ui.widgets.parsed_input import ParsedLineEdit, yuan_parser
from dealerdesk.ui.widgets.window_geometry import fit_window

Index = QModelIndex | QPersistentModelIndex
# Offered as the quote's and the competitor's insurer; any other name may be typed.
INSURERS = ("人保财险", "平安产险", "太平洋产险", "国寿财险", "大地保险", "中华联合", "阳光保险", "天安保险")


def quote_text(quote: rules.Quote | None) -> str:
    if quote is None:
        return ""
    text = f"{quote.insurer} ¥{format_yuan(quote.premium_fen)}"
    if quote.discount_fen:
        text += QCoreApplication.translate("FollowUpDialog", " (−¥{discount})").format(
            discount=format_yuan(quote.discount_fen)
        )
    return text


class CallsModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CallsModel", "When"),
            QCoreApplication.translate("CallsModel", "By"),
            QCoreApplication.translate("CallsModel", "Outcome"),
            QCoreApplication.translate("CallsModel", "Stage"),
            QCoreApplication.translate("CallsModel", "Quote"),
            QCoreApplication.translate("CallsModel", "Next call · note"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c: CallView = self.rows[index.row()]
        col = index.column()
        if col == 3:
            stage = tr_message(rules.STAGE_LABELS[c.stage_after])
            if c.loss_reason is not None:
                stage += f" · {tr_message(rules.LOSS_LABELS[c.loss_reason])}"
                stage += f" ({c.loss_insurer})" if c.loss_insurer else ""
            return stage
        if col == 5:
            parts = [c.next_call_on.isoformat()] if c.next_call_on else []
            return " · ".join([*parts, c.note] if c.note else parts)
        return (local_text(c.called_at), c.by, tr_message(rules.OUTCOME_LABELS[c.outcome]), "", quote_text(c.quote))[
            col
        ]


class FollowUpDialog(QDialog):
    """Opened with ``open()``; ``logged`` is emitted after a call was saved, then the dialog closes."""

    logged = Signal(int)

    def __init__(self, ctx: UiContext, followup_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.followup_id = followup_id
        self.view: FollowUpView | None = None
        self.setWindowTitle(self.tr("Renewal follow-up"))
        self.setStyleSheet(STYLE)
        self.header = QLabel()
        self.header.setObjectName("followup_header")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.calls_model = CallsModel()
        self.calls = QTableView()
        self.calls.setObjectName("followup_calls")
        self.calls.setModel(self.calls_model)
        self.calls.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calls.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calls.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not through the log
        self.calls.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.calls.horizontalHeader().setStretchLastSection(True)
        self.calls.verticalHeader().hide()
        self.calls.setMinimumHeight(110)

        self.problems = FieldProblems()
        box = QGroupBox(self.tr("This call"))
        form = QFormLayout(box)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        self.outcome.addItem(self.tr("– how did the call go? –"), None)
        for outcome in rules.CallOutcome:
            self.outcome.addItem(tr_message(rules.OUTCOME_LABELS[outcome]), outcome.value)
        self._row(form, self.tr("&Outcome:"), self.outcome, rules.OUTCOME)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(54)
        self.note.setPlaceholderText(self.tr("What the customer said"))
        self._row(form, self.tr("No&te:"), self.note, rules.NOTE)
        self.quote_insurer = QLineEdit()
        self.quote_insurer.setObjectName("quote_insurer")
        self.quote_insurer.setCompleter(QCompleter(list(INSURERS), self))
        self.quote_insurer.setPlaceholderText(self.tr("Only when quoting"))
        self.premium = ParsedLineEdit(yuan_parser(rules.QUOTE_PREMIUM), field=rules.QUOTE_PREMIUM)
        self.premium.setObjectName("quote_premium")
        self.discount = ParsedLineEdit(yuan_parser(rules.QUOTE_DISCOUNT), field=rules.QUOTE_DISCOUNT)
        self.discount.setObjectName("quote_discount")
        self._row(form, self.tr("Quote &insurer:"), self.quote_insurer, rules.QUOTE_INSURER)
        self._row(form, self.tr("&Premium (yuan):"), self.premium, rules.QUOTE_PREMIUM)
        self._row(form, self.tr("&Discount (yuan):"), self.discount, rules.QUOTE_DISCOUNT)
        self.next_call = QDateEdit()
        self.next_call.setObjectName("next_call_on")
        self.next_call.setCalendarPopup(True)
        self.next_call.setDisplayFormat("yyyy-MM-dd")
        self._row(form, self.tr("&Next call:"), self.next_call, rules.NEXT_CALL)
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self._row(form, self.tr("&Stage after the call:"), self.stage, rules.STAGE)
        self.loss_reason = QComboBox()
        self.loss_reason.setObjectName("loss_reason")
        self.loss_reason.addItem(self.tr("– why was it lost? –"), None)
        for reason in rules.LossReason:
            self.loss_reason.addItem(tr_message(rules.LOSS_LABELS[reason]), reason.value)
        self.loss_reason.currentIndexChanged.connect(self._stage_changed)
        self._row(form, self.tr("Loss &reason:"), self.loss_reason, rules.LOSS_REASON)
        self.loss_insurer = QLineEdit()
        self.loss_insurer.setObjectName("loss_insurer")
        self.loss_insurer.setCompleter(QCompleter(list(INSURERS), self))
        self._row(form, self.tr("Insured &with:"), self.loss_insurer, rules.LOSS_INSURER)

        self.summary = QLabel()
        self.summary.setObjectName("followup_summary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        buttons = QDialogButtonBox()
        self.log_button = buttons.addButton(self.tr("&Log call"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.log_button.setObjectName("log_call")
        self.log_button.setToolTip(self.tr("Log this call (Ctrl+S)"))
        self.log_button.setDefault(True)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.log_button.clicked.connect(self.log_call)
        QShortcut(QKeySequence.StandardKey.Save, self, self.log_call)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.calls, 1)
        layout.addWidget(box)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.load()
        self.outcome.setFocus()
        fit_window(self, QSize(820, 700))

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        message = QLabel()
        message.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(widget)
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, holder)
        self.problems.add(field, widget, message)

    # --- reading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Read the record; what was typed in the call's fields stays as it is."""
        try:
            view = followups.get_followup(self.ctx.db, self.ctx.actor, self.followup_id)
        except DealerDeskError as err:
            self.summary.setText(error_text(err))
            self.summary.show()
            self.log_button.setEnabled(False)
            return
        first = self.view is None
        self.view = view
        p = view.policy
        lines = [
            f"<b>{escape(view.customer)}</b> {escape(view.mobile)} · {escape(view.plate)} {escape(view.model)}",
            self.tr(
                "{insurer}, premium ¥{premium} · compulsory to {compulsory} · commercial to "
                "{commercial} · last year {last}"
            ).format(
                insurer=escape(p.insurer),
                premium=format_yuan(p.premium_fen),
                compulsory=p.compulsory_expiry or "–",
                commercial=p.commercial_expiry or "–",
                last=escape(p.last_year_insurer) or "–",
            ),
            self.tr("Stage: <b>{stage}</b> · specialist {who} · calls {calls} · quote {quote}").format(
                stage=tr_message(rules.STAGE_LABELS[view.stage]),
                who=escape(view.specialist) or "–",
                calls=view.calls_logged,
                quote=escape(quote_text(view.quote)) or "–",
            ),
        ]
        self.header.setText("<br>".join(lines))
        self.calls_model.set_rows(view.calls)
        closed = view.stage in rules.CLOSED_STAGES
        self.log_button.setEnabled(not closed)
        if first or closed:
            self._fill_stages(view.stage)
        if first:
            self.next_call.setMinimumDate(to_qdate(dealer_today()))
            self.next_call.setDate(to_qdate(dealer_today() + timedelta(days=1)))
            if view.quote is not None:
                self.quote_insurer.setPlaceholderText(view.quote.insurer)

    def _fill_stages(self, current: rules.Stage) -> None:
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in rules.next_stages(current) or (current,):
            self.stage.addItem(tr_message(rules.STAGE_LABELS[stage]), stage.value)
        self.stage.blockSignals(False)
        self._stage_changed()

    def _stage_changed(self) -> None:
        target = self.stage.currentData()
        lost = target == rules.Stage.LOST.value
        self.loss_reason.setEnabled(lost)
        elsewhere = self.loss_reason.currentData() == rules.LossReason.INSURED_ELSEWHERE.value
        self.loss_insurer.setEnabled(lost and elsewhere)
        self.next_call.setEnabled(target not in (rules.Stage.WON.value, rules.Stage.LOST.value))

    # --- acting ------------------------------------------------------------------------------
    def entry(self) -> rules.CallEntry:
        outcome = self.outcome.currentData()
        insurer = rules.known_insurer(self.quote_insurer.text(), INSURERS)
        premium = self.premium.value()
        discount = self.discount.value()
        quote = None
        if insurer or premium is not None or discount is not None:
            quote = rules.Quote(insurer, premium or 0, discount or 0)
        stage = self.stage.currentData()
        lost = stage == rules.Stage.LOST.value
        reason = self.loss_reason.currentData() if lost else None
        elsewhere = rules.known_insurer(self.loss_insurer.text(), INSURERS) if self.loss_insurer.isEnabled() else ""
        return rules.CallEntry(
            outcome=rules.CallOutcome(outcome) if outcome else None,
            note=self.note.toPlainText(),
            quote=quote,
            next_call_on=from_qdate(self.next_call.date()) if self.next_call.isEnabled() else None,
            stage=rules.Stage(stage) if stage else None,
            loss_reason=rules.LossReason(reason) if reason else None,
            loss_insurer=elsewhere,
        )

    def log_call(self) -> None:
        if self.view is None or not self.log_button.isEnabled():
            return
        self.problems.clear()
        self.summary.hide()
        try:
            followups.log_call(
                self.ctx.db, self.ctx.actor, self.followup_id, self.entry(), calls_seen=self.view.calls_logged
            )
        except ValidationError as err:
            report_refusal(self.problems, err.problems, self.summary, self.tr("The call was not logged:"))
            return
        except ConflictError as err:
            self.load()  # their call in the log; what was typed stays
            self._fill_stages(self.view.stage)
            self.summary.setText(error_text(err))
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.show()
            return
        except DealerDeskError as err:
            self.summary.setText(error_text(err))
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.show()
            return
        self.logged.emit(self.followup_id)
        self.accept()
