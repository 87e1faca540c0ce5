"""Read-only tables of an order: its extra work (二次增修), its change log, its vehicle's other visits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dealerdesk.domain.discount_rules import DISCOUNT_REASON_LABELS, DiscountReason
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.renewal_offer_rules import DECLINE_LABELS, RESULT_LABELS, DeclineReason, OfferResult
from dealerdesk.domain.vocabulary import (
    APPROVAL_LABELS,
    CATEGORY_LABELS,
    PAYMENT_LABELS,
    QC_LEVEL_LABELS,
    STATUS_LABELS,
    OrderStatus,
    PaymentType,
    QcLevel,
    ServiceCategory,
)
from dealerdesk.services.audit import AuditView
from dealerdesk.services.orders.customers import VisitView
from dealerdesk.services.orders.work_orders import ExtraWorkView
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.models.row_table_model import RowTableModel
from dealerdesk.ui.widgets.date_times import local_text
from dealerdesk.ui.widgets.parsed_input import quantity_text

Index = QModelIndex | QPersistentModelIndex
# Changed text worth quoting in the change log ("colour: 白色 → 红色"); other fields are named only.
_TEXT_FIELDS = frozenset(
    {
        "customer_name",
        "customer_mobile",
        "contact_name",
        "contact_mobile",
        "plate",
        "vin",
        "model",
        "colour",
        "fuel_level",
        "valuables",
        "damage_notes",
        "package",  # a renewal offer's gift package
        "note",  # and its note
    }
)
# The fields of a renewal offer a correction changes, in the order the dialog shows them.
_OFFER_FIELDS = ("result", "prepay_fen", "package", "decline_reason", "note")
# Entry keys that are not "this field went from A to B" (read elsewhere, or for the record only).
_NOT_SHOWN = frozenset({"number", "comeback_of", "confirmed_warnings", "failed_items", "levels"})


class _ReadOnlyModel(RowTableModel):
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(self.rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExtraWorkModel(_ReadOnlyModel):
    COLUMNS = 7

    def headers(self) -> list[str]:
        return [
            self.tr("Approved at"),
            self.tr("Extra work"),
            self.tr("Amount (CNY)"),
            self.tr("New promise"),
            self.tr("Approved by"),
            self.tr("How"),
            self.tr("Recorded by"),
        ]

    def cells(self, row: ExtraWorkView) -> list[str]:
        return [
            local_text(row.approved_at),
            row.description,
            format_yuan(row.amount_fen),
            local_text(row.new_promised_at),
            row.approver_name,
            tr_message(APPROVAL_LABELS[row.method]),
            row.recorded_by_name,
        ]


class ChangeLogModel(_ReadOnlyModel):
    """The order's audit entries in words: the front desk's and the workshop's (QC, delivery) alike."""

    COLUMNS = 4

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]

    def action_label(self, action: str) -> str:
        labels = {
            "save_draft": self.tr("Draft saved"),
            "open_order": self.tr("Order opened"),
            "update_order": self.tr("Order changed"),
            "dispatch_to_workshop": self.tr("Dispatched to the workshop"),
            "cancel_order": self.tr("Cancelled"),
            "add_extra_work": self.tr("Extra work approved"),
            "finish_work": self.tr("Work finished, QC started"),
            "sign_qc_level": self.tr("QC level signed"),
            "sign_handover_check": self.tr("Hand-over check signed"),
            "record_rework": self.tr("Rework recorded"),
            "reopen_qc_level": self.tr("QC signature reopened"),
            "deliver": self.tr("Delivered"),
            "issue_parts": self.tr("Parts issued"),
            "return_parts": self.tr("Parts returned to stores"),
            "account_parts": self.tr("Parts accounted for"),
            "give_discount": self.tr("Discount given"),
            "clock_start": self.tr("Clock: started"),
            "clock_pause": self.tr("Clock: paused"),
            "clock_resume": self.tr("Clock: resumed"),
            "clock_finish": self.tr("Clock: finished"),
            "customer_told_late": self.tr("Customer told of late work"),
            "settle": self.tr("Settled"),
            "correct_settlement": self.tr("Settlement corrected"),
            "pay_balance": self.tr("Balance paid"),
            "renewal_offer": self.tr("Renewal offer recorded (续保前移)"),
            "correct_renewal_offer": self.tr("Renewal offer corrected"),
        }
        return labels.get(action, action)

    def field_label(self, field: str) -> str:
        labels = {
            "customer_name": self.tr("owner name"),
            "customer_mobile": self.tr("owner mobile"),
            "contact_name": self.tr("who brought the car"),
            "contact_mobile": self.tr("their mobile"),
            "no_plate": self.tr("no plate yet"),
            "plate": self.tr("plate"),
            "vin": self.tr("VIN"),
            "model": self.tr("model"),
            "colour": self.tr("colour"),
            "mileage_in": self.tr("mileage"),
            "fuel_level": self.tr("fuel level"),
            "category": self.tr("category"),
            "payment_type": self.tr("payment"),
            "estimate_fen": self.tr("estimate"),
            "checked_in_at": self.tr("check-in time"),
            "promised_at": self.tr("promised delivery"),
            "valuables": self.tr("valuables"),
            "damage_notes": self.tr("intake damage"),
            "customer_waits": self.tr("customer waits"),
            "wash": self.tr("wash"),
            "old_parts_returned": self.tr("old parts returned"),
            "concerns": self.tr("customer concerns"),
            "labour_lines": self.tr("labour lines"),
            "parts_lines": self.tr("parts lines"),
            "result": self.tr("answer"),
            "prepay_fen": self.tr("prepaid amount"),
            "package": self.tr("gift package"),
            "decline_reason": self.tr("declined because"),
            "note": self.tr("note"),
        }
        return labels.get(field, field)

    def _value(self, field: str, value: Any) -> str | None:
        """A changed value worth reading in the log; None for lists, times and flags (the name says enough)."""
        if value is None or value == "":
            return "—"
        if field == "estimate_fen" and isinstance(value, int):
            return format_yuan(value)
        if field == "mileage_in" and isinstance(value, int):
            return f"{value:,}"
        if field == "category" and value in set(ServiceCategory):
            return tr_message(CATEGORY_LABELS[ServiceCategory(value)])
        if field == "payment_type" and value in set(PaymentType):
            return tr_message(PAYMENT_LABELS[PaymentType(value)])
        if field == "prepay_fen" and isinstance(value, int):
            return format_yuan(value)
        if field == "result" and value in set(OfferResult):
            return tr_message(RESULT_LABELS[OfferResult(value)])
        if field == "decline_reason" and value in set(DeclineReason):
            return tr_message(DECLINE_LABELS[DeclineReason(value)])
        return value if isinstance(value, str) and field in _TEXT_FIELDS else None

    def _status(self, change: Any) -> str:
        old, new = (tr_message(STATUS_LABELS[OrderStatus(v)]) if v in set(OrderStatus) else str(v) for v in change)
        return self.tr("Status: {old} → {new}").format(old=old, new=new)

    def _change(self, field: str, change: list[Any]) -> str:
        """One field's [before, after]: its name, and the two values when they are worth reading."""
        old, new = (self._value(field, v) for v in change)
        if old is None or new is None:
            return self.field_label(field)
        return self.tr("{field}: {old} → {new}").format(field=self.field_label(field), old=old, new=new)

    def _reason(self, changes: dict[str, Any]) -> list[str]:
        reason = str(changes.get("reason", "")).strip()
        return [self.tr("reason: {reason}").format(reason=reason)] if reason else []

    def _offer(self, changes: dict[str, Any]) -> str:
        """The renewal offer as recorded: the amount, the package and the vouchers, or why it was declined."""
        if changes.get("result") == OfferResult.PREPAID.value:
            return self.tr("Prepaid {amount} CNY; gift {package}; vouchers {codes}").format(
                amount=format_yuan(int(changes.get("prepay_fen") or 0)),
                package=changes.get("package", ""),
                codes=self.tr(", ").join(str(c) for c in changes.get("vouchers", [])),
            )
        text = self.tr("Declined: {reason}").format(reason=self._value("decline_reason", changes.get("decline_reason")))
        return self.tr("; ").join([text] + ([str(changes["note"])] if changes.get("note") else []))

    def _settlement(self, changes: dict[str, Any]) -> str:
        parts = [
            self.tr("final amount {amount} CNY, the customer's share {customer} CNY").format(
                amount=format_yuan(int(changes.get("net_fen", 0))),
                customer=format_yuan(int(changes.get("customer_fen", 0))),
            )
        ]
        if changes.get("balance_fen"):
            parts.append(self.tr("open balance {amount} CNY").format(amount=format_yuan(int(changes["balance_fen"]))))
        return self.tr("; ").join(parts + self._reason(changes))

    def details(self, row: AuditView) -> str:
        changes = row.changes
        if row.action == "renewal_offer":
            return self._offer(changes)
        if row.action == "correct_renewal_offer":
            fields = [self._change(f, changes[f]) for f in _OFFER_FIELDS if isinstance(changes.get(f), list)]
            return self.tr("; ").join(fields + self._reason(changes))
        if row.action in ("settle", "correct_settlement"):
            return self._settlement(changes)
        if row.action == "pay_balance":
            paid = sum(int(amount) for _, amount in changes.get("payments", []))
            return self.tr("{amount} CNY paid").format(amount=format_yuan(paid))
        if row.action in ("cancel_order", "reopen_qc_level") and changes.get("reason"):
            return str(changes["reason"])
        if row.action in ("sign_qc_level", "sign_handover_check") and "level" in changes:
            return self.tr("{level}, round {round}: {outcome}").format(
                level=tr_message(QC_LEVEL_LABELS[QcLevel(int(changes["level"]))]),
                round=changes.get("qc_round", ""),
                outcome=self.tr("passed") if changes.get("outcome") == "pass" else self.tr("failed"),
            )
        if row.action in ("issue_parts", "return_parts"):
            items = ", ".join(f"{part} × {quantity_text(int(q))}" for part, q in changes.get("parts", []))
            return self.tr("{slip}: {items}").format(slip=changes.get("slip_no", ""), items=items)
        if row.action == "give_discount":
            reason = str(changes.get("reason", ""))
            if reason in set(DiscountReason):
                reason = tr_message(DISCOUNT_REASON_LABELS[DiscountReason(reason)])
            text = self.tr("{amount} CNY off ({reason})").format(
                amount=format_yuan(int(changes.get("amount_fen", 0))), reason=reason
            )
            if changes.get("approved_by"):
                text += " " + self.tr("approved by {manager}").format(manager=changes["approved_by"])
            return text
        if row.action.startswith("clock_"):
            return self.tr("line {line}, {technician}").format(
                line=changes.get("line", ""), technician=changes.get("technician", "")
            )
        if row.action == "add_extra_work":
            return self.tr("{description}: +{amount} CNY, approved by {approver}").format(
                description=changes.get("description", ""),
                amount=format_yuan(int(changes.get("amount_fen", 0))),
                approver=changes.get("approver_name", ""),
            )
        parts: list[str] = []
        if changes.get("comeback_of"):
            parts.append(self.tr("comeback of {number}").format(number=changes["comeback_of"]))
        for field, change in changes.items():
            if field in _NOT_SHOWN or field.startswith("qc_") or not isinstance(change, list) or len(change) != 2:
                continue
            if field == "status":
                parts.append(self._status(change))
                continue
            parts.append(self._change(field, change))
        if changes.get("confirmed_warnings"):
            fields = self.tr(", ").join(self.field_label(f) for f in changes["confirmed_warnings"])
            parts.append(self.tr("warnings confirmed: {fields}").format(fields=fields))
        return self.tr("; ").join(parts)

    def cells(self, row: AuditView) -> list[str]:
        return [local_text(row.at), row.user, self.action_label(row.action), self.details(row)]


class VehicleHistoryModel(_ReadOnlyModel):
    """The vehicle's other orders, newest first: what was done, when, at what mileage."""

    COLUMNS = 7
    RIGHT_ALIGNED = frozenset({3})

    def headers(self) -> list[str]:
        return [
            self.tr("Checked in"),
            self.tr("Order no."),
            self.tr("Status"),
            self.tr("Mileage (km)"),
            self.tr("Category"),
            self.tr("Advisor"),
            self.tr("Customer concerns"),
        ]

    def cells(self, row: VisitView) -> list[str]:
        return [
            local_text(row.checked_in_at),
            row.number,
            tr_message(STATUS_LABELS[row.status]),
            "" if row.mileage_in is None else f"{row.mileage_in:,}",
            tr_message(CATEGORY_LABELS[row.category]) if row.category else "",
            row.advisor_name,
            self.tr("; ").join(row.concerns),
        ]

    def order_id(self, row: int) -> int | None:
        return self.rows[row].order_id if 0 <= row < len(self.rows) else None
