"""The workshop clock for the shared PC near the bays: big buttons, a name, a PIN, a line, an action.

Touch or keyboard: the names are buttons (Tab and Space/Enter, or a finger); the PIN is
typed and Enter; Up/Down choose the line; S start, P pause, R resume, F finish; a pause
asks why with three big buttons (1, 2, 3). Esc, or a minute without a touch, goes back
to the names, so the next technician never acts under the last one's PIN.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.job_clock import (
    ACTION_LABELS,
    CLOCK_STATE_LABELS,
    PAUSE_REASON_LABELS,
    ClockAction,
    ClockState,
    PauseReason,
)
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.money import format_hours
from dealerdesk.services.workshop import clock
from dealerdesk.services.workshop.clock import ClockLine, Technician
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, failure_text, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.workshop.widgets import error_label

Index = QModelIndex | QPersistentModelIndex
IDLE_MS = 60_000
BIG = 16  # points: read from a step away, hit with a gloved finger
OVER = QBrush(QColor("#fde2e1"))
ALLOWED: dict[ClockAction, frozenset[ClockState]] = {
    ClockAction.START: frozenset({ClockState.NOT_STARTED}),
    ClockAction.PAUSE: frozenset({ClockState.RUNNING}),
    ClockAction.RESUME: frozenset({ClockState.PAUSED}),
    ClockAction.FINISH: frozenset({ClockState.RUNNING, ClockState.PAUSED}),
}
KEYS = {ClockAction.START: "S", ClockAction.PAUSE: "P", ClockAction.RESUME: "R", ClockAction.FINISH: "F"}


def big_button(text: str) -> QPushButton:
    button = QPushButton(text)
    font = button.font()
    font.setPointSize(BIG)
    button.setFont(font)
    button.setMinimumHeight(64)
    return button


def _local_shortcut(widget: QWidget, key: str | QKeySequence) -> QShortcut:
    """A key that acts only while the focus is inside ``widget``: S typed elsewhere stays an S."""
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut


class ClockLinesModel(RowTableModel):
    COLUMNS = 7

    def headers(self) -> list[str]:
        return [
            self.tr("Order"),
            self.tr("Plate"),
            self.tr("Labour line"),
            self.tr("Dispatched to"),
            self.tr("My clock"),
            self.tr("Actual / estimate (h)"),
            self.tr("Promised"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ClockLine = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mine = tr_message(CLOCK_STATE_LABELS[row.state])
            if row.state is not ClockState.NOT_STARTED:
                mine = f"{mine} {format_hours(row.mine_x100)}"
            values = (
                row.order_number,
                row.plate,
                f"{row.line_no}. {row.operation}",
                row.assigned_to,
                mine,
                f"{format_hours(row.all_x100)} / {format_hours(row.estimate_x100)}",
                local_text(row.promised_at),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 5 and row.over_estimate:
            return OVER  # past the estimate: the advisor has been told by now
        return None


class SetPinDialog(QDialog):
    """The technician (or an administrator) sets a PIN with the password."""

    def __init__(self, ctx: UiContext, technician: Technician, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.technician = technician
        self.setWindowTitle(self.tr("Set the clock PIN of {name}").format(name=technician.name))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setObjectName("newPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.error = error_label("error")
        form = QFormLayout()
        form.addRow(self.tr("Pass&word (yours, or an administrator's):"), self.password)
        form.addRow(self.tr("New &PIN (4 to 6 digits):"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        try:
            clock.set_pin(self.ctx.db, self.ctx.actor, self.technician.id, self.password.text(), self.pin.text())
        except DealerDeskError as err:
            self.error.setText(failure_text(err))
            return
        self.accept()


class ClockPage(QWidget):
    NAMES, PIN, LINES = range(3)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.technician: Technician | None = None
        self.pin_text = ""
        self.pin_dialog: SetPinDialog | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._names_page())
        self.stack.addWidget(self._pin_page())
        self.stack.addWidget(self._lines_page())
        self.title = QLabel()
        self.title.setObjectName("clockTitle")
        font = QFont(self.title.font())
        font.setPointSize(BIG + 2)
        self.title.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("clockMessage")
        self.message.setWordWrap(True)
        message_font = QFont(self.message.font())
        message_font.setPointSize(BIG - 2)
        self.message.setFont(message_font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.back_to_names)
        _local_shortcut(self, QKeySequence(Qt.Key.Key_Escape)).activated.connect(self.back_to_names)
        self.refresh()

    # --- the three steps -----------------------------------------------------------------

    def _names_page(self) -> QWidget:
        page = QWidget()
        self.names = QGridLayout(page)
        self.names.setAlignment(Qt.AlignmentFlag.AlignTop)
        return page

    def _pin_page(self) -> QWidget:
        page = QWidget()
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        font = self.pin.font()
        font.setPointSize(BIG + 8)
        self.pin.setFont(font)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.pin_entered)
        ok = big_button(self.tr("OK (Enter)"))
        ok.clicked.connect(self.pin_entered)
        back = big_button(self.tr("Back (Esc)"))
        back.clicked.connect(self.back_to_names)
        self.set_pin_button = big_button(self.tr("Set my PIN…"))
        self.set_pin_button.clicked.connect(self.open_set_pin)
        keypad = QGridLayout()
        for n, digit in enumerate("123456789"):
            key = big_button(digit)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard types into the PIN field itself
            key.clicked.connect(lambda _=False, d=digit: self.pin.insert(d))
            keypad.addWidget(key, n // 3, n % 3)
        zero = big_button("0")
        zero.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        zero.clicked.connect(lambda: self.pin.insert("0"))
        keypad.addWidget(zero, 3, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.pin)
        layout.addLayout(keypad)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(self.set_pin_button)
        row.addWidget(ok)
        layout.addLayout(row)
        return page

    def _lines_page(self) -> QWidget:
        page = QWidget()
        self.lines = ClockLinesModel()
        self.table = QTableView()
        self.table.setObjectName("clockLines")
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table_font = self.table.font()
        table_font.setPointSize(BIG - 3)
        self.table.setFont(table_font)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.action_buttons: dict[ClockAction, QPushButton] = {}
        actions = QHBoxLayout()
        for action in ClockAction:
            button = big_button(f"{tr_message(ACTION_LABELS[action])} ({KEYS[action]})")
            button.setObjectName(f"clock_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            _local_shortcut(page, KEYS[action]).activated.connect(lambda a=action: self.act(a))
            actions.addWidget(button)
            self.action_buttons[action] = button
        self.reason_box = QWidget()
        reasons = QHBoxLayout(self.reason_box)
        reasons.setContentsMargins(0, 0, 0, 0)
        why = QLabel(self.tr("Why?"))
        why_font = QFont(why.font())
        why_font.setPointSize(BIG)
        why.setFont(why_font)
        reasons.addWidget(why)
        self.reason_buttons: dict[PauseReason, QPushButton] = {}
        for n, reason in enumerate(PauseReason, start=1):
            button = big_button(f"{n}. {tr_message(PAUSE_REASON_LABELS[reason])}")
            button.setObjectName(f"reason_{reason.value}")
            button.clicked.connect(lambda _=False, r=reason: self.pause_for(r))
            _local_shortcut(page, str(n)).activated.connect(lambda r=reason: self.pause_for(r))
            reasons.addWidget(button)
            self.reason_buttons[reason] = button
        self.reason_box.hide()
        done = big_button(self.tr("Done (Esc)"))
        done.clicked.connect(self.back_to_names)
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.reason_box)
        layout.addWidget(done)
        return page

    # --- moving between steps ------------------------------------------------------------

    def refresh(self) -> None:
        """The names again (the page is shown, or someone finished)."""
        if self.stack.currentIndex() == self.LINES and self.technician is not None:
            self.load_lines()
            return
        while self.names.count():
            item = self.names.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        people = clock.technicians(self.ctx.db)
        for n, person in enumerate(people):
            button = big_button(person.name if not person.team else f"{person.name}\n{person.team}")
            button.setObjectName(f"tech_{person.id}")
            button.setMinimumHeight(90)
            button.clicked.connect(lambda _=False, p=person: self.choose(p))
            self.names.addWidget(button, n // 4, n % 4)
        self.title.setText(self.tr("Workshop clock: tap your name"))
        if not people:
            self.message.setText(self.tr("No technician accounts yet."))

    def choose(self, person: Technician) -> None:
        self.technician = person
        self.pin.clear()
        self.message.clear()
        self.title.setText(self.tr("{name}: enter your PIN").format(name=person.name))
        self.stack.setCurrentIndex(self.PIN)
        self.pin.setFocus()
        self.idle.start()

    def pin_entered(self) -> None:
        if self.technician is None:
            return
        try:
            clock.check_pin(self.ctx.db, self.technician.id, self.pin.text())
        except DealerDeskError as err:
            self.message.setText(error_text(err))
            self.pin.clear()
            return
        self.pin_text = self.pin.text()
        self.pin.clear()
        self.message.clear()
        self.stack.setCurrentIndex(self.LINES)
        self.title.setText(self.tr("{name}: choose a line, then an action").format(name=self.technician.name))
        self.load_lines()
        self.table.setFocus()
        self.idle.start()

    def back_to_names(self) -> None:
        self.technician = None
        self.pin_text = ""
        self.pin.clear()
        self.reason_box.hide()
        self.stack.setCurrentIndex(self.NAMES)
        self.idle.stop()
        self.refresh()

    def open_set_pin(self) -> None:
        if self.technician is None:
            return
        self.pin_dialog = SetPinDialog(self.ctx, self.technician, self)
        self.pin_dialog.accepted.connect(lambda: self.message.setText(self.tr("PIN saved.")))
        self.pin_dialog.open()

    # --- the lines -----------------------------------------------------------------------

    def load_lines(self) -> None:
        assert self.technician is not None
        chosen = self.current()
        self.lines.set_rows(clock.board(self.ctx.db, self.technician.id))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        row = 0
        if chosen is not None:
            same = [i for i, r in enumerate(self.lines.rows) if r.line_id == chosen]
            row = same[0] if same else 0
        if self.lines.rows:
            self.table.selectRow(row)
        else:
            self.message.setText(self.tr("No car is in the workshop."))
        self._update_buttons()

    def current(self) -> int | None:
        """The chosen labour line's id (kept across a reload even when rows moved)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        line: ClockLine = self.lines.rows[rows[0].row()]
        return line.line_id

    def _current_line(self) -> ClockLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        line = self._current_line()
        for action, button in self.action_buttons.items():
            button.setEnabled(line is not None and line.state in ALLOWED[action])
        self.idle.start()

    def act(self, action: ClockAction) -> None:
        if self.stack.currentIndex() != self.LINES or not self.action_buttons[action].isEnabled():
            return
        if action is ClockAction.PAUSE:
            self.reason_box.show()
            self.message.setText(self.tr("Why does the work pause? Tap a reason or press 1, 2 or 3."))
            return
        self._record(action, None)

    def pause_for(self, reason: PauseReason) -> None:
        if self.reason_box.isVisible():
            self._record(ClockAction.PAUSE, reason)

    def _record(self, action: ClockAction, reason: PauseReason | None) -> None:
        line = self._current_line()
        if line is None or self.technician is None:
            return
        self.reason_box.hide()
        try:
            clock.clock(
                self.ctx.db,
                self.ctx.actor,
                self.technician.id,
                self.pin_text,
                line.order_id,
                line.line_id,
                action,
                reason,
            )
        except DealerDeskError as err:
            self.message.setText(error_text(err))
            return
        self.message.setText(
            self.tr("{action}: {order} line {line}, {name}.").format(
                action=tr_message(ACTION_LABELS[action]),
                order=line.order_number,
                line=line.line_no,
                name=self.technician.name,
            )
        )
        self.load_lines()
