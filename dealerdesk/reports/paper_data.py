"""The plain data a printed document is made from.

The services fill these from the database; the reports never see an ORM object or a
Session, so a document can be built (and tested) from literals. Money is integer fen,
hours integer hundredths and quantities integer thousandths, like everywhere else in
DealerDesk, so that nothing is rounded on the way to paper. Times must be aware: they
are stored in UTC and printed in the dealer's local zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dealerdesk.domain.vocabulary import (
    ApprovalMethod,
    FuelLevel,
    PaymentType,
    QcLevel,
    ServiceCategory,
)


def _require_aware(name: str, value: datetime | None) -> None:
    # A naive time would silently print in the wrong zone: a programming error.
    if value is not None and value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


@dataclass(frozen=True)
class DealerHeader:
    name: str
    address: str
    phone: str


@dataclass(frozen=True)
class PaperVehicle:
    plate: str | None  # None: no plate yet (new car, PDS); the VIN is the key then
    vin: str
    model: str
    colour: str
    mileage_km: int
    fuel_level: FuelLevel


@dataclass(frozen=True)
class LabourLine:
    operation: str
    hours_x100: int  # 150 = 1.5 hours
    rate_fen: int  # per hour
    amount_fen: int
    technician: str | None  # None: not dispatched yet


@dataclass(frozen=True)
class PartLine:
    part_no: str
    name: str
    quantity_x1000: int  # 1500 = 1.5 (litres of oil, metres of hose)
    unit_price_fen: int
    amount_fen: int


@dataclass(frozen=True)
class CustomerNoticeLine:
    """The advisor told the customer the work runs late: printed in the order's change log."""

    told_at: datetime
    method: ApprovalMethod
    old_promised_at: datetime | None
    new_promised_at: datetime
    note: str
    recorded_by: str


@dataclass(frozen=True)
class IssuedPart:
    """A part issued from stores to the order and not returned, for the job card's "fitted" box."""

    part_no: str
    name: str
    held_x1000: int
    fitted: bool  # the self-check already said all of it was fitted


@dataclass(frozen=True)
class ExtraWorkApproval:
    """Extra work found during the job (二次增修) and the customer's approval of it."""

    description: str
    added_amount_fen: int
    new_promised_at: datetime
    approver_name: str  # who approved for the customer
    method: ApprovalMethod
    approved_at: datetime
    recorded_by: str  # the advisor who recorded it

    def __post_init__(self) -> None:
        _require_aware("new_promised_at", self.new_promised_at)
        _require_aware("approved_at", self.approved_at)


@dataclass(frozen=True)
class FailedQcItem:
    """An item a failed level sent back: the job card tells the workshop what to put right."""

    zh: str  # the checklist item's name in each language; the paper prints its own
    en: str
    value: str  # the measured value with its unit ("1.9 bar"); empty for a pass/fail item
    note: str  # what the checker wrote is wrong


@dataclass(frozen=True)
class PaperRedemption:
    """A package or voucher the order uses: for a package its use number and what is left after it."""

    code: str
    name: str
    discount_fen: int
    use_no: int | None = None  # None: a voucher
    uses: int | None = None
    pay_pct: int | None = None
    uses_left: int | None = None
    booked: bool = False


@dataclass(frozen=True)
class QcSignOff:
    """One signature of one QC level in one round.

    A failed level ends its round; the car goes back and every level is signed again in
    the next round, so the same level can appear once per round.
    """

    level: QcLevel
    signer: str
    signed_at: datetime
    passed: bool
    round_no: int  # 1 for the first pass through QC
    failed_items: tuple[FailedQcItem, ...] = ()  # a failed signature's items, in checklist order

    def __post_init__(self) -> None:
        _require_aware("signed_at", self.signed_at)
        if self.round_no < 1:
            raise ValueError(f"round_no starts at 1, got {self.round_no}")


@dataclass(frozen=True)
class PaperOrder:
    dealer: DealerHeader
    order_number: str
    checked_in_at: datetime
    promised_at: datetime
    advisor_name: str
    customer_name: str
    customer_mobile: str
    # The person who brought the car, when not the owner; None for both when it is the owner.
    contact_name: str | None
    contact_phone: str | None
    vehicle: PaperVehicle
    category: ServiceCategory
    payment: PaymentType
    concerns: tuple[str, ...]  # verbatim, one request per entry
    labour: tuple[LabourLine, ...]
    parts: tuple[PartLine, ...]
    estimate_fen: int
    extra_work: tuple[ExtraWorkApproval, ...] = ()
    valuables: str = ""  # empty: not recorded (printed blank, to fill in by hand)
    intake_damage: str = ""  # empty: not recorded (printed blank, to fill in by hand)
    customer_waits: bool | None = None  # True: waits at the dealer; False: leaves the car; None: not recorded
    wash: bool = False
    old_parts_returned: bool = False  # True: the customer takes the old parts away
    qc_signoffs: tuple[QcSignOff, ...] = ()
    road_test_out_km: int | None = None
    road_test_in_km: int | None = None
    issued_parts: tuple[IssuedPart, ...] = ()
    customer_notices: tuple[CustomerNoticeLine, ...] = ()
    redemptions: tuple[PaperRedemption, ...] = ()

    def __post_init__(self) -> None:
        _require_aware("checked_in_at", self.checked_in_at)
        _require_aware("promised_at", self.promised_at)
