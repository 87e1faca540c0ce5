"""One rework record: what happened, on which order, and the cause analysis that closes it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.domain.messages import DealerDeskError, ValidationError
from dealerdesk.domain.vocabulary import (
    CATEGORY_LABELS,
    CAUSE_LABELS,
    QC_LEVEL_LABELS,
    REWORK_KIND_LABELS,
    STATUS_LABELS,
    CauseCategory,
)
from dealerdesk.services.rework import register as rework
from dealerdesk.services.rework.register import CLOSE_ROLES, EDIT_ROLES, REOPEN_ROLES, ReworkChanges
from dealerdesk.services.rework.views import REWORK_STATUS_LABELS, HistoryEntry, OrderBrief, ReworkDetail
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, problem_text, tr_message
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.window_geometry import fit_window

_ERROR_STYLE = "border: 1px solid #b00020;"


class ReworkDetailDialog(QDialog):
    def __init__(self, ctx: UiContext, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ReworkDetail = rework.get_rework(ctx.db, ctx.actor, record_id)
        self.changed = False  # the register reloads when something was saved
        self.setWindowTitle(self.tr("Rework record {id}").format(id=record_id))

        self.facts = QTextBrowser()
        self.facts.setOpenLinks(False)

        self.technician = QComboBox()
        self.technician.addItem(self.tr("— not decided —"), None)
        for choice in rework.technician_choices(ctx.db):
            label = f"{choice.name} ({choice.team})" if choice.team else choice.name
            if not choice.active:
                label = self.tr("{name} (inactive)").format(name=label)
            self.technician.addItem(label, choice.id)
        self.cause = QComboBox()
        self.cause.addItem(self.tr("— not yet classified —"), None)
        for cause in CauseCategory:
            self.cause.addItem(tr_message(CAUSE_LABELS[cause]), cause.value)
        self.cause_detail = QPlainTextEdit()
        self.cause_detail.setTabChangesFocus(True)
        self.corrective_action = QPlainTextEdit()
        self.corrective_action.setTabChangesFocus(True)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        self.labour_cost = self._money_box()
        self.parts_cost = self._money_box()
        self.use_order_amounts = QPushButton(self.tr("&Use the rework order's amounts"))
        self.use_order_amounts.clicked.connect(self._take_order_amounts)
        cost_row = QHBoxLayout()
        cost_row.addWidget(QLabel(self.tr("Labour:")))
        cost_row.addWidget(self.labour_cost)
        cost_row.addWidget(QLabel(self.tr("Parts:")))
        cost_row.addWidget(self.parts_cost)
        cost_row.addStretch(1)
        # The button on a line of its own: beside the amounts the dialog outgrew 1366x768 at 125 % in English.
        costs = QVBoxLayout()
        costs.addLayout(cost_row)
        costs.addWidget(self.use_order_amounts, 0, Qt.AlignmentFlag.AlignLeft)

        analysis = QGroupBox(self.tr("Cause analysis"))
        form = QFormLayout(analysis)
        form.addRow(self.tr("What was &found:"), self.description)
        form.addRow(self.tr("Responsible &technician:"), self.technician)
        form.addRow(self.tr("Cause &category:"), self.cause)
        form.addRow(self.tr("Cause &detail:"), self.cause_detail)
        form.addRow(self.tr("Corrective &action:"), self.corrective_action)
        form.addRow(self.tr("Cost of the rework (CNY):"), costs)
        self.field_labels = {
            "technician": self.technician,
            "cause": self.cause,
            "cause_detail": self.cause_detail,
            "corrective_action": self.corrective_action,
            "labour_cost": self.labour_cost,
            "parts_cost": self.parts_cost,
        }

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.close_record_button = self.buttons.addButton(
            self.tr("Save and c&lose record"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reopen_button = self.buttons.addButton(self.tr("&Reopen…"), QDialogButtonBox.ButtonRole.ActionRole)
        done = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.close_record_button.clicked.connect(self.close_record)
        self.reopen_button.clicked.connect(self.reopen)
        done.clicked.connect(self.reject)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.facts)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(analysis)
        right_layout.addWidget(self.error)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        self.facts.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._show(self.detail)
        self.technician.setFocus()
        fit_window(self, QSize(1000, 720))  # at most the screen's available geometry

    def _money_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 10_000_000)
        box.setDecimals(2)
        box.setGroupSeparatorShown(True)
        return box

    # --- showing ---------------------------------------------------------------------------
    def _show(self, d: ReworkDetail) -> None:
        self.detail = d
        self.facts.setHtml(self._facts_html(d))
        self.technician.setCurrentIndex(max(0, self.technician.findData(d.summary.technician_id)))
        self.cause.setCurrentIndex(max(0, self.cause.findData(d.summary.cause.value if d.summary.cause else None)))
        self.cause_detail.setPlainText(d.summary.cause_detail)
        self.corrective_action.setPlainText(d.corrective_action)
        self.description.setPlainText(d.description)
        self.labour_cost.setValue(d.labour_cost_fen / 100)
        self.parts_cost.setValue(d.parts_cost_fen / 100)
        actor = self.ctx.actor
        editable = not d.is_closed and actor.has(*EDIT_ROLES)
        # Read-only rather than disabled: a closed record's analysis must stay easy to read.
        for text in (self.cause_detail, self.corrective_action, self.description):
            text.setReadOnly(not editable)
        for w in (self.technician, self.cause, self.labour_cost, self.parts_cost):
            w.setEnabled(editable)
        self.use_order_amounts.setVisible(d.rework_order is not None)
        self.use_order_amounts.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.close_record_button.setVisible(not d.is_closed and actor.has(*CLOSE_ROLES))
        self.reopen_button.setVisible(d.is_closed and actor.has(*REOPEN_ROLES))

    def _facts_html(self, d: ReworkDetail) -> str:
        s = d.summary
        rows: list[tuple[str, str]] = [
            (self.tr("Kind"), tr_message(REWORK_KIND_LABELS[s.kind])),
            (self.tr("Status"), tr_message(REWORK_STATUS_LABELS[s.status])),
            (
                self.tr("Detected"),
                self.tr("{when} by {name}").format(when=local_text(s.detected_at), name=s.detected_by),
            ),
        ]
        if s.qc_level is not None:
            rows.append((self.tr("QC level"), tr_message(QC_LEVEL_LABELS[s.qc_level])))
        if d.closed_at is not None:
            rows.append(
                (self.tr("Closed"), self.tr("{when} by {name}").format(when=local_text(d.closed_at), name=d.closed_by))
            )
        html = [self._table(rows)]
        # tr() outside the f-strings: lupdate does not look inside them, so those headings stayed English.
        failed_title = self.tr("Failed items")
        history_title = self.tr("History")
        if d.failed_items:
            html.append(f"<h4>{escape(failed_title)}</h4><ul>")
            for item in d.failed_items:
                parts = [item.text or item.code, item.measured, item.note]
                html.append("<li>" + escape(" — ".join(p for p in parts if p)) + "</li>")
            html.append("</ul>")
        html.append(self._order_html(self.tr("Original order"), d.original))
        if d.rework_order is not None:
            html.append(self._order_html(self.tr("Rework order (the comeback)"), d.rework_order))
        if d.history:
            html.append(f"<h4>{escape(history_title)}</h4><ul>")
            for h in d.history:
                html.append(f"<li>{escape(local_text(h.at))} {escape(h.user)}: {escape(self._action_text(h))}</li>")
            html.append("</ul>")
        return "".join(html)

    def _action_text(self, h: HistoryEntry) -> str:
        if h.action == "reopen_rework_reason":
            return self.tr("reason for reopening: {reason}").format(reason=h.changes.get("reason", ""))
        texts = {
            "register_external_rework": self.tr("registered as an external rework"),
            "record_rework": self.tr("recorded when the QC level failed"),
            "update_rework": self.tr("analysis saved"),
            "close_rework": self.tr("closed"),
            "reopen_rework": self.tr("reopened"),
        }
        return texts.get(h.action, h.action)

    def _table(self, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        return f"<table>{cells}</table>"

    def _order_html(self, title: str, o: OrderBrief) -> str:
        rows = [
            (self.tr("Number"), o.number),
            (self.tr("Status"), tr_message(STATUS_LABELS[o.status])),
            (self.tr("Vehicle"), " · ".join(x for x in (o.plate, o.model, o.vin) if x)),
            (self.tr("Service category"), tr_message(CATEGORY_LABELS[o.category]) if o.category else ""),
            (self.tr("Advisor"), o.advisor),
        ]
        if o.delivered_at is not None:
            km = self.tr("{km:,} km").format(km=o.delivered_mileage) if o.delivered_mileage is not None else ""
            rows.append((self.tr("Delivered"), f"{local_text(o.delivered_at)} {km}".strip()))
        concerns_title = self.tr("Customer concerns")
        work_title = self.tr("Work done")
        parts_title = self.tr("Parts")
        parts = [f"<h4>{escape(title)}</h4>", self._table(rows)]
        parts.append(f"<p><b>{escape(concerns_title)}</b></p><ul>")
        parts += [f"<li>{escape(c)}</li>" for c in o.concerns] or ["<li>—</li>"]
        parts.append(f"</ul><p><b>{escape(work_title)}</b></p><ul>")
        for w in o.work:
            who = w.technician or self.tr("not assigned")
            parts.append(f"<li>{escape(w.operation)} — {escape(who)}</li>")
        if not o.work:
            parts.append("<li>—</li>")
        parts.append("</ul>")
        if o.parts:
            parts.append(f"<p><b>{escape(parts_title)}</b>: {escape('、'.join(o.parts))}</p>")
        return "".join(parts)

    # --- acting ----------------------------------------------------------------------------
    def changes(self) -> ReworkChanges:
        cause = self.cause.currentData()
        return ReworkChanges(
            responsible_technician_id=self.technician.currentData(),
            cause=CauseCategory(cause) if cause else None,
            cause_detail=self.cause_detail.toPlainText(),
            corrective_action=self.corrective_action.toPlainText(),
            labour_cost_fen=round(self.labour_cost.value() * 100),
            parts_cost_fen=round(self.parts_cost.value() * 100),
            description=self.description.toPlainText(),
        )

    def _take_order_amounts(self) -> None:
        order = self.detail.rework_order
        if order is not None:
            self.labour_cost.setValue(order.labour_fen / 100)
            self.parts_cost.setValue(order.parts_fen / 100)

    def _clear_marks(self) -> None:
        self.error.clear()
        self.error.setStyleSheet("color: #b00020;")
        for w in self.field_labels.values():
            w.setStyleSheet("")

    def _fail(self, err: DealerDeskError) -> None:
        """Show the problem and mark the fields it is about; nothing typed is cleared."""
        if isinstance(err, ValidationError) and err.problems:
            self.error.setText("\n".join(problem_text(p) for p in err.problems))
            first = None
            for p in err.problems:
                widget = self.field_labels.get(p.field)
                if widget is not None:
                    widget.setStyleSheet(_ERROR_STYLE)
                    first = first or widget
            if first is not None:
                first.setFocus()
        else:
            self.error.setText(error_text(err))

    def save(self) -> None:
        self._clear_marks()
        try:
            d = rework.update_rework(self.ctx.db, self.ctx.actor, self.detail.id, self.detail.version, self.changes())
        except DealerDeskError as err:
            self._fail(err)
            return
        self.changed = True
        self._show(d)
        self.error.setStyleSheet("color: #1b5e20;")
        self.error.setText(self.tr("Saved."))

    def close_record(self) -> None:
        self._clear_marks()
        try:
            d = rework.close_rework(self.ctx.db, self.ctx.actor, self.detail.id, self.detail.version, self.changes())
        except DealerDeskError as err:
            self._fail(err)
            return
        self.changed = True
        self._show(d)
        self.accept()

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Reopen rework record"), self.tr("Reason for reopening:"))
        if not ok:
            return
        self._clear_marks()
        try:
            d = rework.reopen_rework(self.ctx.db, self.ctx.actor, self.detail.id, self.detail.version, reason)
        except DealerDeskError as err:
            self._fail(err)
            return
        self.changed = True
        self._show(d)
