"""The self-check's parts: every part issued to the order, ticked as fitted, with what became of the old part.

Shown in the level-1 checklist. A part not fitted is taken back to stores by the parts
clerk (the box says so); level 1 cannot be signed while the workshop holds a part that
is neither ticked nor returned. Tab and Space work through it like a paper form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.workshop_rules import OLD_PART_LABELS, OldPart, PartCount, default_old_part
from dealerdesk.services.workshop import parts
from dealerdesk.services.workshop.parts import PartsDesk
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import failure_text, tr_message
from dealerdesk.ui.widgets.parsed_input import quantity_text
from dealerdesk.ui.workshop.widgets import error_label


class PartsAccountBox(QGroupBox):
    def __init__(self, ctx: UiContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.setObjectName("partsAccount")
        self.setTitle(self.tr("Parts issued to this order: tick what was fitted"))
        self.rows: list[tuple[PartCount, QCheckBox, QComboBox]] = []
        self.grid = QGridLayout()
        self.message = error_label("partsMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        desk = parts.parts_desk(self.ctx.db, self.order_id)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        held = [c for c in desk.parts if c.held_x1000 or c.fitted_x1000]
        heads = (self.tr("Part"), self.tr("Issued, not returned"), self.tr("Fitted"), self.tr("Old part"))
        for column, head in enumerate(heads):
            self.grid.addWidget(QLabel(f"<b>{head}</b>"), 0, column)
        for row, count in enumerate(held, start=1):
            self._add_row(row, count, desk)
        self.setVisible(bool(held))
        self.message.clear()

    def _add_row(self, row: int, count: PartCount, desk: PartsDesk) -> None:
        fitted = QCheckBox(self.tr("fitted"))
        fitted.setObjectName(f"fitted_{count.part_no}")
        fitted.setChecked(count.held_x1000 > 0 and count.fitted_x1000 == count.held_x1000)
        old = QComboBox()
        old.setObjectName(f"old_{count.part_no}")
        for choice in OldPart:
            old.addItem(tr_message(OLD_PART_LABELS[choice]), choice.value)
        chosen = count.old_part or default_old_part(desk.old_parts_returned)
        old.setCurrentIndex(old.findData(chosen.value))
        self.grid.addWidget(QLabel(f"{count.part_no} {count.name}"), row, 0)
        self.grid.addWidget(QLabel(quantity_text(count.held_x1000)), row, 1)
        self.grid.addWidget(fitted, row, 2)
        self.grid.addWidget(old, row, 3)
        self.rows.append((count, fitted, old))

    def set_editable(self, editable: bool) -> None:
        for _, box, old in self.rows:
            box.setEnabled(editable)
            old.setEnabled(editable)

    def save(self) -> bool:
        """Store the ticks; False (with the reason shown) when the service refuses them."""
        if not self.rows:
            return True
        fitted = {
            count.part_no: (count.held_x1000 if box.isChecked() else 0, OldPart(old.currentData()))
            for count, box, old in self.rows
        }
        try:
            parts.account_parts(self.ctx.db, self.ctx.actor, self.order_id, fitted)
        except DealerDeskError as err:
            self.message.setText(failure_text(err))
            return False
        not_fitted = [count.part_no for count, box, _ in self.rows if not box.isChecked() and count.held_x1000]
        self.message.setText(
            self.tr("Not fitted: {parts}. Take them back to the parts desk before signing.").format(
                parts=", ".join(not_fitted)
            )
            if not_fitted
            else ""
        )
        return True
