"""The parts desk (配件员): find the order by scanning or typing its number, issue or take back parts.

Keyboard first: the number field has the focus (a scanner types the number and Enter);
Enter loads the order and puts the cursor in the quantity field with the first part
chosen; a quantity and Enter note it and go to the next part (Up/Down choose one);
Ctrl+I issues, Ctrl+R takes back, and the slip's preview opens to print.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.order_rules import parse_quantity
from dealerdesk.domain.vocabulary import STATUS_LABELS
from dealerdesk.domain.workshop_rules import RETURN_REASON_LABELS, MovementKind, PartCount, ReturnReason
from dealerdesk.services.workshop import parts
from dealerdesk.services.workshop.parts import MovementView, PartsDesk
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, failure_text, problem_text, tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.parsed_input import quantity_text
from dealerdesk.ui.workshop.slip_preview_dialog import SlipPreviewDialog

Index = QModelIndex | QPersistentModelIndex
WARN = QBrush(QColor("#fde2e1"))


class PartsCountModel(RowTableModel):
    """Each part number of the order; the last column, "this time", is what the clerk typed for it."""

    PART_NO, NAME, ORDERED, ISSUED, RETURNED, FITTED, HELD, NOW = range(8)
    COLUMNS = 8

    def __init__(self) -> None:
        super().__init__()
        self.now: dict[str, str] = {}  # part number -> quantity as typed

    def set_rows(self, rows: Any) -> None:
        self.now = {}
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Part no."),
            self.tr("Name"),
            self.tr("Ordered"),
            self.tr("Issued"),
            self.tr("Returned"),
            self.tr("Fitted"),
            self.tr("Held"),
            self.tr("This time"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: PartCount = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.PART_NO: row.part_no,
                self.NAME: row.name,
                self.ORDERED: quantity_text(row.ordered_x1000),
                self.ISSUED: quantity_text(row.issued_x1000),
                self.RETURNED: quantity_text(row.returned_x1000),
                self.FITTED: quantity_text(row.fitted_x1000),
                self.HELD: quantity_text(row.held_x1000),
                self.NOW: self.now.get(row.part_no, ""),
            }
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.ORDERED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.HELD and row.unaccounted_x1000:
            return WARN  # the workshop holds it and nobody said it was fitted yet
        return None

    def set_now(self, row: int, text: str) -> None:
        self.now[self.rows[row].part_no] = text.strip()
        index = self.index(row, self.NOW)
        self.dataChanged.emit(index, index)

    def quantities(self) -> tuple[dict[str, int], list[str]]:
        """The typed quantities in thousandths, and the problems with what cannot be read."""
        wanted: dict[str, int] = {}
        problems: list[str] = []
        for part_no, text in self.now.items():
            if not text:
                continue
            result = parse_quantity(text)
            if result.ok and result.value is not None:
                wanted[part_no] = result.value
            else:
                problems += [f"{part_no}: {problem_text(p)}" for p in result.problems]
        return wanted, problems


class MovementsModel(RowTableModel):
    COLUMNS = 8

    def headers(self) -> list[str]:
        return [
            self.tr("Slip"),
            self.tr("Issue / return"),
            self.tr("Part no."),
            self.tr("Name"),
            self.tr("Quantity"),
            self.tr("Technician"),
            self.tr("Time"),
            self.tr("Reason"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m: MovementView = self.rows[index.row()]
        kind = self.tr("Issued") if m.kind is MovementKind.ISSUE else self.tr("Returned")
        reason = tr_message(RETURN_REASON_LABELS[m.reason]) if m.reason else ""
        if m.note:
            reason = f"{reason} – {m.note}"
        values = (m.slip_no, kind, m.part_no, m.part_name, quantity_text(m.quantity_x1000), m.technician)
        return (*values, local_text(m.at), reason)[index.column()]


class PartsDeskPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.desk: PartsDesk | None = None
        self.preview: SlipPreviewDialog | None = None

        self.number = QLineEdit()
        self.number.setObjectName("orderNumber")
        self.number.setPlaceholderText(self.tr("Scan the job card's code or type the order number, then Enter"))
        self.number.returnPressed.connect(self.load)
        number_label = QLabel(self.tr("&Order number:"))
        number_label.setBuddy(self.number)
        find = QPushButton(self.tr("Fin&d"))
        find.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(number_label)
        top.addWidget(self.number, 1)
        top.addWidget(find)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel#summary { font-size: 11pt; padding: 4px 0; }")

        self.counts = PartsCountModel()
        self.table = QTableView()
        self.table.setObjectName("partsTable")
        self.table.setModel(self.counts)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.clicked.connect(lambda index: self.select_row(index.row()))

        # The quantity for the selected part: Enter notes it and moves on, Up/Down choose the part.
        self.quantity = QLineEdit()
        self.quantity.setObjectName("quantity")
        self.quantity.setMaximumWidth(160)
        self.quantity.returnPressed.connect(self.quantity_entered)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.quantity).activated.connect(
            lambda: self.select_row(self.current_row() + 1)
        )
        QShortcut(QKeySequence(Qt.Key.Key_Up), self.quantity).activated.connect(
            lambda: self.select_row(self.current_row() - 1)
        )
        self.table.horizontalHeader().setSectionResizeMode(PartsCountModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

        self.technician = QComboBox()
        self.technician.setObjectName("technician")
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.addItem("", None)
        for reason in ReturnReason:
            self.reason.addItem(tr_message(RETURN_REASON_LABELS[reason]), reason.value)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form = QFormLayout()
        form.addRow(self.tr("&Quantity this time (Enter: next part):"), self.quantity)
        form.addRow(self.tr("&Technician (receives or brings back):"), self.technician)
        form.addRow(self.tr("Return &reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)

        self.issue_button = QPushButton(self.tr("&Issue (Ctrl+I)"))
        self.issue_button.setObjectName("issueButton")
        self.return_button = QPushButton(self.tr("Take &back (Ctrl+R)"))
        self.return_button.setObjectName("returnButton")
        self.print_button = QPushButton(self.tr("&Print slip…"))
        self.issue_button.clicked.connect(self.issue)
        self.return_button.clicked.connect(self.take_back)
        self.print_button.clicked.connect(self.print_selected)
        QShortcut(QKeySequence("Ctrl+I"), self).activated.connect(self.issue)
        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self.take_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        self.movements = MovementsModel()
        self.history = QTableView()
        self.history.setObjectName("movements")
        self.history.setModel(self.movements)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.doubleClicked.connect(self.print_selected)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Slips of this order (double-click to print):")))
        layout.addWidget(self.history, 1)
        self.show_desk(None)
        self.number.setFocus()

    # --- loading ---------------------------------------------------------------------

    def load(self) -> None:
        text = self.number.text().strip()
        if not text:
            return
        try:
            desk = parts.parts_desk(self.ctx.db, text)
        except DealerDeskError as err:
            self.show_desk(None)
            self.say(error_text(err), error=True)
            self.number.selectAll()
            return
        self.say("")
        self.show_desk(desk)
        if desk.parts:
            self.select_row(0)
            self.quantity.setFocus()

    def show_desk(self, desk: PartsDesk | None) -> None:
        self.desk = desk
        self.counts.set_rows(desk.parts if desk else [])
        self.movements.set_rows(desk.movements if desk else [])
        self.history.resizeColumnsToContents()
        chosen = self.technician.currentData()
        self.technician.clear()
        for technician in desk.technicians if desk else ():
            self.technician.addItem(technician.name, technician.id)
        if chosen is not None and self.technician.findData(chosen) >= 0:
            self.technician.setCurrentIndex(self.technician.findData(chosen))
        self.quantity.clear()
        for widget in (self.issue_button, self.return_button, self.technician, self.quantity):
            widget.setEnabled(desk is not None)
        if desk is None:
            self.summary.setText(self.tr("No order loaded."))
            return
        self.issue_button.setEnabled(desk.can_issue)
        line = self.tr("{number} · {status} · {plate} {model} · advisor {advisor}").format(
            number=desk.number,
            status=tr_message(STATUS_LABELS[desk.status]),
            plate=desk.plate or "—",
            model=desk.model,
            advisor=desk.advisor,
        )
        if not desk.can_issue:
            line += "\n" + self.tr("Not in the workshop: nothing can be issued to this order.")
        self.summary.setText(line)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    # --- acts ------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if 0 <= row < self.counts.rowCount():
            self.table.selectRow(row)
            self.quantity.setText(self.counts.now.get(self.counts.rows[row].part_no, ""))
            self.quantity.selectAll()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def quantity_entered(self) -> None:
        """Enter: the quantity is noted for the selected part and the next part is selected."""
        row = self.current_row()
        if row < 0:
            return
        self.counts.set_now(row, self.quantity.text())
        self.select_row(row + 1 if row + 1 < self.counts.rowCount() else row)

    def issue(self) -> None:
        self._act(MovementKind.ISSUE)

    def take_back(self) -> None:
        self._act(MovementKind.RETURN)

    def _act(self, kind: MovementKind) -> None:
        if self.desk is None:
            return
        if self.quantity.text().strip() and self.current_row() >= 0:
            self.counts.set_now(self.current_row(), self.quantity.text())  # typed, Enter not pressed yet
        wanted, problems = self.counts.quantities()
        if problems:
            self.say("\n".join(problems), error=True)
            return
        technician = self.technician.currentData()
        try:
            if kind is MovementKind.ISSUE:
                slip = parts.issue_parts(self.ctx.db, self.ctx.actor, self.desk.order_id, wanted, technician)
            else:
                slip = parts.return_parts(
                    self.ctx.db,
                    self.ctx.actor,
                    self.desk.order_id,
                    wanted,
                    technician,
                    ReturnReason(self.reason.currentData()) if self.reason.currentData() else None,
                    self.note.text(),
                )
        except DealerDeskError as err:
            self.say(failure_text(err), error=True)
            return
        self.note.clear()
        self.reason.setCurrentIndex(0)
        self.show_desk(parts.parts_desk(self.ctx.db, self.desk.order_id))
        done = self.tr("Slip {slip} recorded.") if kind is MovementKind.ISSUE else self.tr("Return {slip} recorded.")
        self.say(done.format(slip=slip.slip_no))
        self.open_slip(slip.slip_no)

    def print_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if rows:
            self.open_slip(self.movements.rows[rows[0].row()].slip_no)
        elif self.movements.rows:
            self.open_slip(self.movements.rows[-1].slip_no)

    def open_slip(self, slip_no: str) -> None:
        if self.desk is None:
            return
        self.preview = SlipPreviewDialog(self.ctx, self.desk.order_id, slip_no, parent=self)
        self.preview.open()
