"""Roles a user may hold (several at once)."""

from __future__ import annotations

import enum

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    ADVISOR = "advisor"
    TECHNICIAN = "technician"
    TEAM_LEAD = "team_lead"
    QC_INSPECTOR = "qc_inspector"
    MANAGER = "manager"
    PARTS_CLERK = "parts_clerk"  # 配件员: issues parts against an order, takes returns
    CASHIER = "cashier"  # 收银员: settles orders and takes the payment
    ADMIN = "admin"
    CUSTOMER_CARE = "customer_care"
    RENEWAL_SPECIALIST = "renewal_specialist"  # 续保专员: insurance renewal calls and loss analysis


# English source labels, translated in the UI under the "Messages" context.
ROLE_LABELS: dict[Role, str] = {
    Role.ADVISOR: QT_TRANSLATE_NOOP("Messages", "Service advisor"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Messages", "Technician"),
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("Messages", "Team lead"),
    Role.QC_INSPECTOR: QT_TRANSLATE_NOOP("Messages", "QC inspector"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Messages", "Service manager"),
    Role.PARTS_CLERK: QT_TRANSLATE_NOOP("Messages", "Parts clerk"),
    Role.CASHIER: QT_TRANSLATE_NOOP("Messages", "Cashier"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Messages", "Administrator"),
    Role.CUSTOMER_CARE: QT_TRANSLATE_NOOP("Messages", "Customer care"),
    Role.RENEWAL_SPECIALIST: QT_TRANSLATE_NOOP("Messages", "Renewal specialist"),
}
