"""Satisfaction calls (满意度回访): today's list on the left, the call being made on the right.

Keyboard: Up/Down in the list picks the customer; Tab runs through outcome, the five marks (type a
digit) and the customer's words; Ctrl+S keeps the call. A mark at or below the complaint mark offers
to open a complaint with the customer's words.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.satisfaction import CALL_OUTCOME_LABELS, RATING_ITEMS, RATING_LABELS, CallOutcome
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, ServiceCategory
from dealerdesk.services.review import satisfaction
from dealerdesk.services.review.satisfaction import CallTask
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import ask_yes_no, error_text, problem_text, show_error, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.empty_hint import EmptyHint

Index = QModelIndex | QPersistentModelIndex


class CallTasksModel(RowTableModel):
    COLUMNS = 6

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CallTasksModel", "Order"),
            QCoreApplication.translate("CallTasksModel", "Customer"),
            QCoreApplication.translate("CallTasksModel", "Plate"),
            QCoreApplication.translate("CallTasksModel", "Delivered"),
            QCoreApplication.translate("CallTasksModel", "Day"),
            QCoreApplication.translate("CallTasksModel", "Tried"),
        ]

    def task(self, row: int) -> CallTask:
        t: CallTask = self.rows[row]
        return t

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.task(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return QCoreApplication.translate(
                "CallTasksModel", "Day {day} after delivery; off the list after day {last}"
            ).format(day=t.day_after, last=t.last_day)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 5:
            if not t.attempts:
                return ""
            return (
                f"{t.attempts} · {tr_message(CALL_OUTCOME_LABELS[t.last_outcome])}"
                if t.last_outcome
                else str(t.attempts)
            )
        return (t.number, t.customer_name, t.plate, local_text(t.delivered_at)[:10], t.day_after)[col]


class SatisfactionPage(QWidget):
    # Emitted with (order number, the customer's words) when the person chooses to open a complaint.
    complaint_requested = Signal(str, str, int)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = CallTasksModel()
        self.table = QTableView()
        self.table.setObjectName("call_list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_task())
        self.empty = EmptyHint(self.table)
        self.count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.table, 1)

        self.form = QGroupBox(self.tr("The call"))
        self.who = QLabel()
        self.who.setObjectName("call_who")
        self.who.setWordWrap(True)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.who.setStyleSheet("font-size: 12pt;")
        self.outcome = QComboBox()
        for outcome in CallOutcome:
            self.outcome.addItem(tr_message(CALL_OUTCOME_LABELS[outcome]), outcome.value)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.marks: dict[str, QSpinBox] = {}
        form = QFormLayout(self.form)
        form.addRow(self.who)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        for item in RATING_ITEMS:
            box = QSpinBox()
            box.setObjectName(f"mark_{item}")
            box.setRange(0, 5)
            box.setSpecialValueText("–")  # 0: not given yet
            box.setToolTip(self.tr("1 very unhappy … 5 very happy"))
            box.setMaximumWidth(90)
            self.marks[item] = box
            form.addRow(tr_message(RATING_LABELS[item]) + self.tr(":"), box)
        self.words = QPlainTextEdit()
        self.words.setObjectName("call_words")
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(self.tr("What the customer said, in their own words"))
        form.addRow(self.tr("&Words:"), self.words)
        self.error = QLabel()
        self.error.setObjectName("call_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.save_button = QPushButton(self.tr("&Save call"))
        self.save_button.setToolTip(self.tr("Keep this call (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_call)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save_call)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.ask: Callable[[QWidget, str], bool] = ask_yes_no
        self._show_task()

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.current()
        try:
            tasks = satisfaction.call_list(self.ctx.db, self.ctx.actor)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.model.set_rows(tasks)
        self.count.setText(self.tr("{n} customers to call today").format(n=len(tasks)))
        if tasks:
            ids = [t.order_id for t in tasks]
            row = ids.index(chosen.order_id) if chosen and chosen.order_id in ids else 0
            self.table.selectRow(row)
        settings = self.ctx.settings
        self.empty.explain(
            self.tr("Nobody to call today: every car delivered {first} to {last} days ago has given its marks.").format(
                first=settings.satisfaction_first_day, last=settings.satisfaction_last_day
            )
        )
        self._show_task()

    def current(self) -> CallTask | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.task(rows[0].row()) if rows else None

    def _show_task(self) -> None:
        t = self.current()
        self.form.setEnabled(t is not None)
        self.error.clear()
        self.words.clear()
        for box in self.marks.values():
            box.setValue(0)
        self.outcome.setCurrentIndex(0)
        if t is None:
            self.who.setText(self.tr("Choose a customer in the list."))
            return
        category = tr_message(CATEGORY_LABELS[ServiceCategory(t.category)]) if t.category else ""
        lines = [f"<b>{escape(t.customer_name)}</b> {escape(t.customer_mobile)}"]
        if t.contact_name:
            lines.append(
                self.tr("Brought by {name} {mobile}").format(
                    name=escape(t.contact_name), mobile=escape(t.contact_mobile)
                )
            )
        lines.append(
            self.tr("{number} · {plate} {model} · {category} · advisor {advisor}").format(
                number=t.number,
                plate=escape(t.plate),
                model=escape(t.model),
                category=category,
                advisor=escape(t.advisor_name),
            )
        )
        self.who.setText("<br>".join(lines))

    def _outcome_changed(self) -> None:
        reached = self.outcome.currentData() == CallOutcome.REACHED.value
        for box in self.marks.values():
            box.setEnabled(reached)
            if not reached:
                box.setValue(0)

    # --- acting ------------------------------------------------------------------------------
    def save_call(self) -> None:
        t = self.current()
        if t is None:
            return
        outcome = CallOutcome(self.outcome.currentData())
        ratings = {item: (box.value() or None) for item, box in self.marks.items()}
        words = self.words.toPlainText()
        try:
            result = satisfaction.record_call(self.ctx.db, self.ctx.actor, t.order_id, outcome, ratings, words)
        except ValidationError as err:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            first = err.problems[0].field
            widget = self.marks.get(first) or (self.words if first == "words" else self.outcome)
            widget.setFocus()
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        if result.low_items:
            low = ", ".join(tr_message(RATING_LABELS[i]) for i in result.low_items)
            question = self.tr("Low marks for: {items}.\nOpen a complaint now with the customer's words?").format(
                items=low
            )
            if self.ask(self, question):
                self.complaint_requested.emit(t.number, words.strip(), result.call_id)
        self.refresh()
