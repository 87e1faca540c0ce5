"""The comeback prompt: this car was delivered recently and is still under guarantee; same fault again?

Shown while opening a new order when an earlier delivered order of the same vehicle is
inside its repair-quality guarantee. The advisor sees the earlier concerns and work to
decide; on "yes" the work-order service opens the new order and links it to the earlier
one as an external rework (外返) in the same transaction (open_order's ``comeback_of``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.rework_rules import REPAIR_CLASS_LABELS
from dealerdesk.domain.vocabulary import CATEGORY_LABELS
from dealerdesk.services.rework import register as rework
from dealerdesk.services.rework.register import ComebackCandidate
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error, tr_message
from dealerdesk.ui.widgets.date_times import local_text


class ComebackDialog(QDialog):
    def __init__(self, candidates: list[ComebackCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert candidates
        self.candidates = candidates
        self.setWindowTitle(self.tr("Back for the same fault?"))
        first = candidates[0].order
        question = QLabel(
            self.tr(
                "This vehicle ({vehicle}) was repaired here recently and is still inside the repair-quality "
                "guarantee. Has the customer come back for the same fault?"
            ).format(vehicle=first.plate or first.vin)
        )
        question.setWordWrap(True)
        question.setStyleSheet("font-weight: bold;")
        self.choices = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        for i, c in enumerate(candidates):
            delivered = c.order.delivered_at.astimezone().strftime("%Y-%m-%d") if c.order.delivered_at else ""
            button = QRadioButton(
                self.tr("Order {number}, delivered {date} ({days} days ago)").format(
                    number=c.order.number, date=delivered, days=c.days_since_delivery
                )
            )
            button.setChecked(i == 0)
            self.choices.addButton(button, i)
            layout.addWidget(button)
            button.setVisible(len(candidates) > 1)
        self.details = QTextBrowser()
        self.details.setMinimumSize(640, 380)  # the earlier order readable without scrolling
        layout.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox()
        self.yes_button = self.buttons.addButton(
            self.tr("&Yes, the same fault: link as external rework"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.no_button = self.buttons.addButton(self.tr("&No, a new job"), QDialogButtonBox.ButtonRole.RejectRole)
        # Neither answer is the Enter default: a wrong link and a missed comeback both spoil the statistics.
        self.yes_button.setAutoDefault(False)
        self.no_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.yes_text = self.yes_button.text()
        self.choices.idToggled.connect(lambda _id, on: self._show(self.chosen()) if on else None)
        self._show(candidates[0])

    def chosen(self) -> ComebackCandidate:
        return self.candidates[max(0, self.choices.checkedId())]

    @property
    def chosen_order_id(self) -> int | None:
        """The earlier order to link to, once the advisor said yes."""
        return self.chosen().order.id if self.result() == QDialog.DialogCode.Accepted else None

    def _show(self, c: ComebackCandidate) -> None:
        o = c.order
        delivered = local_text(o.delivered_at)
        km = f"{o.delivered_mileage:,}" if o.delivered_mileage is not None else "—"
        # tr() outside the f-strings: lupdate does not look inside them, so those texts stayed English.
        heading = self.tr("Order {number}").format(number=o.number)
        asked_then = self.tr("What the customer asked for then")
        work_then = self.tr("Work done then")
        parts_title = self.tr("Parts")
        unassigned = self.tr("not assigned")
        lines = [
            f"<h3>{escape(heading)}</h3>",
            "<p>"
            + escape(
                self.tr("Delivered {when} at {km} km by {advisor}; {category}.").format(
                    when=delivered,
                    km=km,
                    advisor=o.advisor,
                    category=tr_message(CATEGORY_LABELS[o.category]) if o.category else "—",
                )
            )
            + "</p><p>"
            + escape(
                self.tr("Guaranteed to {day} or {km} km ({repair_class}).").format(
                    day=c.guarantee.last_day.isoformat(),
                    km=f"{c.guarantee.last_mileage:,}",
                    repair_class=tr_message(REPAIR_CLASS_LABELS[c.repair_class]),
                )
            )
            + "</p>",
        ]
        if c.km_since_delivery is not None:
            lines.append(
                "<p>"
                + escape(
                    self.tr("Since then: {days} days, {km} km.").format(
                        days=c.days_since_delivery, km=f"{c.km_since_delivery:,}"
                    )
                )
                + "</p>"
            )
        # Registered already: never a second record (one comeback, one count), at most the missing link.
        if c.linked_order_number:
            registered = self.tr("An external rework of this order is registered already, with order {number}.")
            registered = registered.format(number=c.linked_order_number)
        elif c.already_linked:
            registered = self.tr(
                "An external rework of this order is registered already, without its comeback order: "
                "this order can be linked to it."
            )
        else:
            registered = ""
        if registered:
            lines.append(f"<p style='color:#b00020'>{escape(registered)}</p>")
        self.yes_button.setEnabled(c.may_link)
        self.yes_button.setText(
            self.tr("&Yes, the same fault: link to the registered external rework")
            if c.already_linked
            else self.yes_text
        )
        lines.append(f"<p><b>{escape(asked_then)}</b></p><ul>")
        lines += [f"<li>{escape(text)}</li>" for text in o.concerns] or ["<li>—</li>"]
        lines.append(f"</ul><p><b>{escape(work_then)}</b></p><ul>")
        for w in o.work:
            lines.append(f"<li>{escape(w.operation)} — {escape(w.technician or unassigned)}</li>")
        if not o.work:
            lines.append("<li>—</li>")
        lines.append("</ul>")
        if o.parts:
            lines.append(f"<p><b>{escape(parts_title)}</b>: {escape('、'.join(o.parts))}</p>")
        self.details.setHtml("".join(lines))


def ask_comeback(parent: QWidget, ctx: UiContext, vin: str, mileage: int | None, order_id: int | None) -> int | None:
    """The check the work-order dialog runs before opening: the earlier order to link, or None.

    No prompt when no earlier order of this vehicle is inside its guarantee (or each one's
    comeback is registered with its order already); a failed
    look-up never stops the order from opening (it is shown, and the advisor can still
    register the comeback on the Rework page).
    """
    try:
        candidates = rework.comeback_candidates(
            ctx.db, ctx.actor, vin, mileage, rework.repair_classes(ctx.settings), exclude_order_id=order_id
        )
    except DealerDeskError as err:
        show_error(parent, error_text(err))
        return None
    if not any(c.may_link for c in candidates):  # each one's comeback is registered with its order already
        return None
    dialog = ComebackDialog(candidates, parent)
    dialog.exec()
    return dialog.chosen_order_id
