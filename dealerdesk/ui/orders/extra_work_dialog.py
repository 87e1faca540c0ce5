"""Extra work found during the job (二次增修): nothing is added without the customer's recorded approval."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.db.base import utcnow
from dealerdesk.domain import order_rules as rules
from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.order_rules import ExtraWorkInput, lines_total
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import APPROVAL_LABELS, ApprovalMethod
from dealerdesk.services import users
from dealerdesk.services.orders.work_orders import OrderDetail, add_extra_work
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, tr_message
from dealerdesk.ui.orders.order_lines_model import LabourLinesModel, PartsLinesModel
from dealerdesk.ui.widgets.date_times import from_qdatetime, round_up_to_half_hour, to_qdatetime
from dealerdesk.ui.widgets.field_problems import STYLE, FieldProblems, report_refusal
from dealerdesk.ui.widgets.lines_delegate import LinesDelegate
from dealerdesk.ui.widgets.window_geometry import fit_to_screen, fit_window

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


class ExtraWorkDialog(QDialog):
    def __init__(self, ctx: UiContext, order: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order = order
        self.result_detail: OrderDetail | None = None
        self.setWindowTitle(self.tr("Extra work for order {number}").format(number=order.number))
        self.setStyleSheet(STYLE)
        now = utcnow()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        # The added amount is the lines' total: what the customer approves is what the paper prices.
        self.amount = QLineEdit()
        self.amount.setReadOnly(True)
        technicians = [(u.id, u.full_name) for u in users.users_with_role(ctx.db, Role.TECHNICIAN)]
        self.labour_model = LabourLinesModel(technicians, ctx.settings.labour_rate_fen)
        self.parts_model = PartsLinesModel()
        self.lines = QWidget()
        lines_layout = QVBoxLayout(self.lines)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        self.labour_view = self._lines_view(self.labour_model)
        self.parts_view = self._lines_view(self.parts_model)
        self.add_labour_button = QPushButton(self.tr("Add &labour line"))
        self.add_part_button = QPushButton(self.tr("Add &part"))
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.add_labour_button.clicked.connect(lambda: self._add_line(self.labour_view, self.labour_model))
        self.add_part_button.clicked.connect(lambda: self._add_line(self.parts_view, self.parts_model))
        self.remove_line_button.clicked.connect(self._remove_line)
        buttons_row = QHBoxLayout()
        for button in (self.add_labour_button, self.add_part_button, self.remove_line_button):
            button.setAutoDefault(False)
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        lines_layout.addWidget(self.labour_view)
        lines_layout.addWidget(self.parts_view)
        lines_layout.addLayout(buttons_row)
        for model in (self.labour_model, self.parts_model):
            model.lines_changed.connect(self._update_amount)
        self._update_amount()
        self.new_promised = QDateTimeEdit()
        self.new_promised.setCalendarPopup(True)
        self.new_promised.setDisplayFormat(DATE_TIME_FORMAT)
        base = max(order.promised_at or now, now)
        self.new_promised.setDateTime(to_qdatetime(round_up_to_half_hour(base + timedelta(hours=1))))
        self.approver = QLineEdit(order.contact_name or order.customer_name)
        self.method = QComboBox()
        self.method.addItem(self.tr("— choose —"), None)
        for method in ApprovalMethod:
            self.method.addItem(tr_message(APPROVAL_LABELS[method]), method)
        self.approved_at = QDateTimeEdit()
        self.approved_at.setCalendarPopup(True)
        self.approved_at.setDisplayFormat(DATE_TIME_FORMAT)
        self.approved_at.setDateTime(to_qdatetime(now))
        recorded_by = QLabel(ctx.actor.full_name)

        self.problems = FieldProblems()
        form = QFormLayout()
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("&What was found, what will be done:"), self.description, rules.EXTRA_DESCRIPTION),
            (self.tr("Lines of the extra work:"), self.lines, rules.EXTRA_LINES),
            (self.tr("Added amount (CNY):"), self.amount, rules.EXTRA_AMOUNT),
            (self.tr("&New promised delivery:"), self.new_promised, rules.EXTRA_NEW_PROMISED_AT),
            (self.tr("Approved &by (customer side):"), self.approver, rules.EXTRA_APPROVER),
            (self.tr("&How:"), self.method, rules.EXTRA_METHOD),
            (self.tr("Approved a&t:"), self.approved_at, rules.EXTRA_APPROVED_AT),
            (self.tr("Recorded by:"), recorded_by, None),
        ]
        for text, widget, field in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            if field is None:
                form.addRow(label, widget)
                continue
            # Field and message in one cell: as separate form rows, the message of the fixed-height
            # description box was laid over the box itself.
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            problem = QLabel()
            problem.setVisible(False)
            column.addWidget(widget)
            column.addWidget(problem)
            form.addRow(label, cell)
            self.problems.add(field, widget, problem)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record approval"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        # The fields scroll above the message and the buttons: with the lines tables the form is taller
        # than 1366x768 at 125 % leaves, and the buttons must stay in sight.
        body = QWidget()
        body.setLayout(form)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_window(self, QSize(720, body.sizeHint().height() + self.buttons.sizeHint().height() + 40))
        self.description.setFocus()

    def _lines_view(self, model: LabourLinesModel | PartsLinesModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(LinesDelegate(model, rules.EXTRA_LINES, view))
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        view.setMinimumHeight(90)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), view, lambda: self._add_line(view, model))
        return view

    def _add_line(self, view: QTableView, model: LabourLinesModel | PartsLinesModel) -> None:
        row = model.insert_line()
        view.setFocus()
        view.setCurrentIndex(model.index(row, 0))
        view.edit(model.index(row, 0))

    def _remove_line(self) -> None:
        for view, model in ((self.labour_view, self.labour_model), (self.parts_view, self.parts_model)):
            if view.hasFocus() and view.currentIndex().isValid():
                model.remove_line(view.currentIndex().row())
                return

    def _total_fen(self) -> int:
        return lines_total(list(self.labour_model.lines), list(self.parts_model.lines))

    def _update_amount(self) -> None:
        self.amount.setText(format_yuan(self._total_fen()))

    def _fit_height(self) -> None:
        """Grow to hold the messages now shown: a window does not follow word-wrapped labels by itself,
        and squeezed rows laid the messages over their fields."""
        layout = self.layout()
        layout.activate()
        form = self.form_scroll.widget().layout()
        needed = self.height() - self.form_scroll.viewport().height() + form.totalMinimumSize().height()
        if needed > self.height():
            fit_to_screen(self, QSize(self.width(), needed))

    def work(self) -> ExtraWorkInput:
        method = self.method.currentData()
        return ExtraWorkInput(
            description=self.description.toPlainText(),
            amount_fen=self._total_fen(),
            new_promised_at=from_qdatetime(self.new_promised.dateTime()),
            approver_name=self.approver.text(),
            method=ApprovalMethod(method) if method else None,  # Qt returns StrEnum data as str
            approved_at=from_qdatetime(self.approved_at.dateTime()),
            labour_lines=list(self.labour_model.lines),
            parts_lines=list(self.parts_model.lines),
        )

    def confirm(self) -> None:
        self.error.clear()
        try:
            self.result_detail = add_extra_work(
                self.ctx.db, self.ctx.actor, self.order.id, self.work(), self.order.version
            )
        except ValidationError as err:
            report_refusal(self.problems, err.problems, self.error, self.tr("Not recorded yet:"))
            self._fit_height()
            return
        except DealerDeskError as err:
            self.error.setText(error_text(err))
            return
        self.accept()
