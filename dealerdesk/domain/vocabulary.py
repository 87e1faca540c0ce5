"""The fixed vocabularies of a work order: categories, fuel levels, statuses, payment types.

Values are stored in the database as the enum value; labels are English source texts
translated in the UI (context "Messages"); ``zh`` names match DOMAIN.md and the paper.
"""

from __future__ import annotations

import enum

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP


class ServiceCategory(enum.StrEnum):
    PERIODIC_MAINTENANCE = "periodic_maintenance"  # 定期保养
    FIRST_SERVICE = "first_service"  # 首保 5K/10K
    GENERAL_REPAIR = "general_repair"  # 一般维修
    BODY_PAINT = "body_paint"  # 钣金喷漆
    WARRANTY = "warranty"  # 保修
    INSURANCE_CLAIM = "insurance_claim"  # 事故理赔
    PDS = "pds"  # 新车PDS
    REWORK = "rework"  # 返修


CATEGORY_LABELS: dict[ServiceCategory, str] = {
    ServiceCategory.PERIODIC_MAINTENANCE: QT_TRANSLATE_NOOP("Messages", "Periodic maintenance"),
    ServiceCategory.FIRST_SERVICE: QT_TRANSLATE_NOOP("Messages", "First service (5K/10K)"),
    ServiceCategory.GENERAL_REPAIR: QT_TRANSLATE_NOOP("Messages", "General repair"),
    ServiceCategory.BODY_PAINT: QT_TRANSLATE_NOOP("Messages", "Body and paint"),
    ServiceCategory.WARRANTY: QT_TRANSLATE_NOOP("Messages", "Warranty"),
    ServiceCategory.INSURANCE_CLAIM: QT_TRANSLATE_NOOP("Messages", "Insurance claim"),
    ServiceCategory.PDS: QT_TRANSLATE_NOOP("Messages", "New-car PDS"),
    ServiceCategory.REWORK: QT_TRANSLATE_NOOP("Messages", "Repeat repair"),
}


class FuelLevel(enum.StrEnum):
    EMPTY = "E"
    QUARTER = "1/4"
    HALF = "1/2"
    THREE_QUARTERS = "3/4"
    FULL = "F"


class PaymentType(enum.StrEnum):
    CUSTOMER = "customer"  # 客户自付
    WARRANTY = "warranty"  # 厂家保修
    INSURANCE = "insurance"  # 保险公司
    INTERNAL = "internal"  # 内部 (PDS, rework at the dealer's cost)


PAYMENT_LABELS: dict[PaymentType, str] = {
    PaymentType.CUSTOMER: QT_TRANSLATE_NOOP("Messages", "Customer pays"),
    PaymentType.WARRANTY: QT_TRANSLATE_NOOP("Messages", "Manufacturer warranty"),
    PaymentType.INSURANCE: QT_TRANSLATE_NOOP("Messages", "Insurance company"),
    PaymentType.INTERNAL: QT_TRANSLATE_NOOP("Messages", "Internal account"),
}


class OrderStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    IN_WORKSHOP = "in_workshop"
    AWAITING_QC = "awaiting_qc"
    READY = "ready_for_delivery"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


STATUS_LABELS: dict[OrderStatus, str] = {
    OrderStatus.DRAFT: QT_TRANSLATE_NOOP("Messages", "Draft"),
    OrderStatus.OPEN: QT_TRANSLATE_NOOP("Messages", "Open"),
    OrderStatus.IN_WORKSHOP: QT_TRANSLATE_NOOP("Messages", "In workshop"),
    OrderStatus.AWAITING_QC: QT_TRANSLATE_NOOP("Messages", "Awaiting QC"),
    OrderStatus.READY: QT_TRANSLATE_NOOP("Messages", "Ready for delivery"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("Messages", "Delivered"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Messages", "Cancelled"),
}


class ApprovalMethod(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    WECHAT = "wechat"


APPROVAL_LABELS: dict[ApprovalMethod, str] = {
    ApprovalMethod.IN_PERSON: QT_TRANSLATE_NOOP("Messages", "In person"),
    ApprovalMethod.PHONE: QT_TRANSLATE_NOOP("Messages", "Phone"),
    ApprovalMethod.WECHAT: QT_TRANSLATE_NOOP("Messages", "WeChat"),
}


class ReworkKind(enum.StrEnum):
    QC = "qc"  # 返工: a QC level failed in the workshop
    INTERNAL = "internal"  # 内返: the advisor's hand-over check failed
    EXTERNAL = "external"  # 外返: the customer came back after delivery


REWORK_KIND_LABELS: dict[ReworkKind, str] = {
    ReworkKind.QC: QT_TRANSLATE_NOOP("Messages", "QC rework"),
    ReworkKind.INTERNAL: QT_TRANSLATE_NOOP("Messages", "Internal rework"),
    ReworkKind.EXTERNAL: QT_TRANSLATE_NOOP("Messages", "External rework"),
}


class CauseCategory(enum.StrEnum):
    MAN = "man"  # 人
    MACHINE = "machine"  # 机
    MATERIAL = "material"  # 料
    METHOD = "method"  # 法
    ENVIRONMENT = "environment"  # 环


CAUSE_LABELS: dict[CauseCategory, str] = {
    CauseCategory.MAN: QT_TRANSLATE_NOOP("Messages", "Man (people)"),
    CauseCategory.MACHINE: QT_TRANSLATE_NOOP("Messages", "Machine (equipment)"),
    CauseCategory.MATERIAL: QT_TRANSLATE_NOOP("Messages", "Material (parts)"),
    CauseCategory.METHOD: QT_TRANSLATE_NOOP("Messages", "Method (procedure)"),
    CauseCategory.ENVIRONMENT: QT_TRANSLATE_NOOP("Messages", "Environment"),
}


class QcLevel(enum.IntEnum):
    SELF_CHECK = 1  # 自检, technician
    TEAM_LEAD = 2  # 互检/总检, team lead
    FINAL = 3  # 终检, QC inspector
    HANDOVER = 4  # 交车前检查, service advisor


QC_LEVEL_LABELS: dict[QcLevel, str] = {
    QcLevel.SELF_CHECK: QT_TRANSLATE_NOOP("Messages", "Level 1: technician self-check"),
    QcLevel.TEAM_LEAD: QT_TRANSLATE_NOOP("Messages", "Level 2: team lead check"),
    QcLevel.FINAL: QT_TRANSLATE_NOOP("Messages", "Level 3: final inspection"),
    QcLevel.HANDOVER: QT_TRANSLATE_NOOP("Messages", "Hand-over check"),
}


class ItemAnswer(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "na"


# The languages of the screens and the paper; English is the source language.
UI_LANGUAGES = ("zh_CN", "en")
