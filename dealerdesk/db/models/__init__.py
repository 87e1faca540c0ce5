"""All models, imported here so that ``Base.metadata`` knows every table."""

from dealerdesk.db.models.audit import AuditEntry
from dealerdesk.db.models.care_calls import CareCall, CareDataFix, CareStatus, CareStatusDay
from dealerdesk.db.models.care_campaigns import CareSegment, LoyaltyReward, LoyaltyRound
from dealerdesk.db.models.customers import Customer, Outlet, Vehicle
from dealerdesk.db.models.imports import ImportBatch, ImportRow
from dealerdesk.db.models.orders import (
    Concern,
    ExtraWork,
    LabourLine,
    OrderNumberCounter,
    PartsLine,
    WorkOrder,
    WorkOrderCount,
)
from dealerdesk.db.models.packages import (
    PackageLedgerEntry,
    PackageSale,
    PackageTemplate,
    Voucher,
    WarrantyExtension,
)
from dealerdesk.db.models.qc import QcItemResult, QcRound, QcSignoff
from dealerdesk.db.models.renewal import (
    InsurancePolicy,
    RenewalCall,
    RenewalFollowUp,
    RenewalPlan,
    RenewalPlanEntry,
)
from dealerdesk.db.models.renewal_loss_indexes import LOSS_INDEXES
from dealerdesk.db.models.renewal_offers import RenewalBonus, RenewalOffer, RenewalOfferVoucher
from dealerdesk.db.models.review import (
    Complaint,
    DocumentAuditRun,
    DocumentAuditScope,
    DocumentFinding,
    MeetingMinutes,
    SatisfactionCall,
)
from dealerdesk.db.models.rework import ReworkRecord
from dealerdesk.db.models.settings import Setting
from dealerdesk.db.models.settlements import Settlement, SettlementLine, SettlementPayment
from dealerdesk.db.models.users import SignInThrottle, User, UserRole
from dealerdesk.db.models.workshop import CustomerNotice, Discount, JobClockEvent, PartAccount, PartsMovement

__all__ = [
    "LOSS_INDEXES",
    "AuditEntry",
    "CareCall",
    "CareDataFix",
    "CareSegment",
    "CareStatus",
    "CareStatusDay",
    "Complaint",
    "Concern",
    "Customer",
    "CustomerNotice",
    "Discount",
    "DocumentAuditRun",
    "DocumentAuditScope",
    "DocumentFinding",
    "ExtraWork",
    "ImportBatch",
    "ImportRow",
    "InsurancePolicy",
    "JobClockEvent",
    "LabourLine",
    "LoyaltyReward",
    "LoyaltyRound",
    "MeetingMinutes",
    "OrderNumberCounter",
    "Outlet",
    "PackageLedgerEntry",
    "PackageSale",
    "PackageTemplate",
    "PartAccount",
    "PartsLine",
    "PartsMovement",
    "QcItemResult",
    "QcRound",
    "QcSignoff",
    "RenewalBonus",
    "RenewalCall",
    "RenewalFollowUp",
    "RenewalOffer",
    "RenewalOfferVoucher",
    "RenewalPlan",
    "RenewalPlanEntry",
    "ReworkRecord",
    "SatisfactionCall",
    "Setting",
    "Settlement",
    "SettlementLine",
    "SettlementPayment",
    "SignInThrottle",
    "User",
    "UserRole",
    "Vehicle",
    "Voucher",
    "WarrantyExtension",
    "WorkOrder",
    "WorkOrderCount",
]
