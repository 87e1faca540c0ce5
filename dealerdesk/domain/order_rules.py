"""Whether a work order is complete enough to open, and the other intake rules.

The seed's top complaint is incomplete work orders, so opening checks everything at
once and returns every problem (the form marks each field), while a draft is never
checked: nothing typed is lost. The field validators in ``domain.validation`` judge
single values; this module decides which fields are required and combines them.

Warnings (a VIN check digit outside China/North America, a big mileage jump, an
unknown mobile range) do not block opening once the advisor confirms them; the
confirmation is per field, so changing the field asks again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Final

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, Severity
from dealerdesk.domain.money import (
    AMOUNT_EMPTY,
    AMOUNT_NEGATIVE,
    AMOUNT_TOO_LARGE,
    MAX_AMOUNT_FEN,
    format_yuan,
    labour_amount,
)
from dealerdesk.domain.validation import (
    CONTACT_MOBILE,
    CUSTOMER_MOBILE,
    ESTIMATE,
    MILEAGE_IN,
    PLATE,
    PROMISED_AT,
    VIN,
    ValidationResult,
    validate_mileage_in,
    validate_mobile,
    validate_plate,
    validate_promised_at,
    validate_vin,
)
from dealerdesk.domain.vocabulary import ApprovalMethod, FuelLevel, PaymentType, ServiceCategory

# Form fields beyond those the single-value validators name (see validation.fields).
CUSTOMER_NAME: Final = "customer_name"
CONTACT_NAME: Final = "contact_name"
MODEL: Final = "model"
FUEL_LEVEL: Final = "fuel_level"
CATEGORY: Final = "category"
CONCERNS: Final = "concerns"
CHECKED_IN_AT: Final = "checked_in_at"
ADVISOR: Final = "advisor"
LABOUR_LINES: Final = "labour_lines"
PARTS_LINES: Final = "parts_lines"
CANCEL_REASON: Final = "cancel_reason"
CUSTOMER_WAITS: Final = "customer_waits"
# The extra-work (二次增修) form.
EXTRA_DESCRIPTION: Final = "description"
EXTRA_AMOUNT: Final = "amount"
EXTRA_NEW_PROMISED_AT: Final = "new_promised_at"
EXTRA_APPROVER: Final = "approver_name"
EXTRA_METHOD: Final = "method"
EXTRA_APPROVED_AT: Final = "approved_at"
EXTRA_LINES: Final = "extra_lines"

CUSTOMER_NAME_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter the customer's (owner's) name.")
CONTACT_NAME_EMPTY = QT_TRANSLATE_NOOP(
    "Messages", "Enter the name of the person who brought the car, or tick that the owner brought it."
)
MODEL_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter the vehicle model.")
FUEL_EMPTY = QT_TRANSLATE_NOOP("Messages", "Choose the fuel level shown at check-in.")
CATEGORY_EMPTY = QT_TRANSLATE_NOOP("Messages", "Choose the service category.")
CONCERNS_EMPTY = QT_TRANSLATE_NOOP(
    "Messages", "Record at least one customer concern, in the customer's own words (one per line)."
)
# The paper tells the customer when the car is ready by this answer: never printed as a guess.
WAITS_EMPTY = QT_TRANSLATE_NOOP("Messages", "Choose whether the customer waits at the dealer or leaves the car.")
CHECKED_IN_EMPTY = QT_TRANSLATE_NOOP("Messages", "The check-in time is missing.")
ADVISOR_EMPTY = QT_TRANSLATE_NOOP("Messages", "The order has no service advisor.")
LABOUR_OPERATION_EMPTY = QT_TRANSLATE_NOOP("Messages", "Labour line {row}: enter the operation.")
LABOUR_HOURS_ZERO = QT_TRANSLATE_NOOP("Messages", "Labour line {row}: enter the labour hours.")
LABOUR_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "Labour line {row}: hours and rate cannot be negative.")
PART_NAME_EMPTY = QT_TRANSLATE_NOOP("Messages", "Parts line {row}: enter the part name.")
PART_QUANTITY_ZERO = QT_TRANSLATE_NOOP("Messages", "Parts line {row}: the quantity must be more than 0.")
PART_PRICE_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "Parts line {row}: the unit price cannot be negative.")
LINE_AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP("Messages", "Line {row}: the amount {value} yuan is too large; check it.")
CANCEL_REASON_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter why the order is cancelled.")
EXTRA_DESCRIPTION_EMPTY = QT_TRANSLATE_NOOP("Messages", "Describe the extra work.")
EXTRA_PROMISED_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter the new promised delivery time.")
EXTRA_PROMISED_BEFORE_APPROVAL = QT_TRANSLATE_NOOP(
    "Messages", "The new promised delivery time must be after the customer's approval."
)
EXTRA_LINES_EMPTY = QT_TRANSLATE_NOOP(
    "Messages",
    "Add the labour or parts lines of the extra work: the technician works from them and the paper prices them.",
)
EXTRA_LINE_TECHNICIAN = QT_TRANSLATE_NOOP("Messages", "Labour line {row}: choose the technician who does it.")
EXTRA_AMOUNT_NOT_LINES = QT_TRANSLATE_NOOP(
    "Messages", "The added amount is the total of the extra lines, {total} yuan; you have {value} yuan."
)
# Lines priced above the estimate: the paper would not add up (450 + 380 + 650 against 1,450).
ESTIMATE_BELOW_LINES = QT_TRANSLATE_NOOP(
    "Messages",
    "The estimate {estimate} yuan is below the lines' total {total} yuan: the paper will not add up. "
    "Use the lines' total, or confirm the lower estimate.",
)
EXTRA_APPROVER_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter who approved the extra work for the customer.")
EXTRA_METHOD_EMPTY = QT_TRANSLATE_NOOP("Messages", "Choose how the customer approved: in person, phone or WeChat.")
EXTRA_APPROVED_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter when the customer approved.")
EXTRA_APPROVED_BEFORE_CHECK_IN = QT_TRANSLATE_NOOP("Messages", "The approval cannot be before the car was checked in.")
EXTRA_APPROVED_IN_FUTURE = QT_TRANSLATE_NOOP("Messages", "The approval time is in the future; record it afterwards.")
QUANTITY_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "Quantity must be a number with at most 3 decimals, e.g. 4.5; you typed {value}."
)

# A workstation clock a few minutes behind the approver's phone must not refuse a real approval.
CLOCK_SKEW: Final = timedelta(minutes=5)
MAX_QUANTITY_X1000: Final = 99_999_999


@dataclass
class LabourLineInput:
    operation: str = ""
    hours_x100: int = 0
    rate_fen: int = 0
    technician_id: int | None = None
    package_sale_id: int | None = None  # a prepaid package chosen for this line
    voucher_id: int | None = None  # or a voucher
    line_id: int | None = None  # the saved line this edits (None: a new line); clock and discounts name it

    @property
    def amount_fen(self) -> int:
        return labour_amount(max(self.hours_x100, 0), max(self.rate_fen, 0))


@dataclass
class PartsLineInput:
    part_no: str = ""
    name: str = ""
    quantity_x1000: int = 1000
    unit_price_fen: int = 0
    package_sale_id: int | None = None
    voucher_id: int | None = None
    line_id: int | None = None  # the saved line this edits (None: a new line)

    @property
    def amount_fen(self) -> int:
        return parts_amount(max(self.quantity_x1000, 0), max(self.unit_price_fen, 0))


@dataclass
class OrderInput:
    """Everything the work-order form holds, as plain values (money in fen, aware times).

    A draft may hold anything the form can hold; :func:`check_for_opening` says what is
    still missing. ``contact_is_owner`` False means someone else brought the car;
    ``no_plate`` True means a new car without a plate yet (then the VIN is the key).
    """

    customer_name: str = ""
    customer_mobile: str = ""
    contact_is_owner: bool = True
    contact_name: str = ""
    contact_mobile: str = ""
    no_plate: bool = False
    plate: str = ""
    vin: str = ""
    model: str = ""
    colour: str = ""
    mileage_in: int | None = None
    fuel_level: FuelLevel | None = None
    category: ServiceCategory | None = None
    payment_type: PaymentType | None = None
    concerns: list[str] = field(default_factory=list)
    labour_lines: list[LabourLineInput] = field(default_factory=list)
    parts_lines: list[PartsLineInput] = field(default_factory=list)
    estimate_fen: int | None = None
    checked_in_at: datetime | None = None
    promised_at: datetime | None = None
    valuables: str = ""
    damage_notes: str = ""
    customer_waits: bool | None = None  # None: not asked yet
    wash: bool = False
    old_parts_returned: bool = False

    def concern_lines(self) -> list[str]:
        """The concerns without blank lines; each is kept verbatim otherwise."""
        return [c.strip() for c in self.concerns if c.strip()]

    def lines_total_fen(self) -> int:
        return sum(x.amount_fen for x in self.labour_lines) + sum(x.amount_fen for x in self.parts_lines)


@dataclass(frozen=True)
class OpeningCheck:
    """Every problem found, and the order with plate, VIN and mobiles normalised when none is an error."""

    problems: list[Problem]
    normalised: OrderInput | None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    def blocking(self, confirmed: frozenset[str] = frozenset()) -> list[Problem]:
        """Errors, and the warnings on fields the advisor has not confirmed."""
        return [p for p in self.problems if p.is_error or p.field not in confirmed]


def parts_amount(quantity_x1000: int, unit_price_fen: int) -> int:
    """Parts charge in fen, rounded half up (quantities are thousandths: litres of oil)."""
    if quantity_x1000 < 0 or unit_price_fen < 0:
        raise ValueError("quantity and price cannot be negative")
    return (quantity_x1000 * unit_price_fen + 500) // 1000


_QUANTITY = re.compile(r"(?P<whole>\d+)(?:\.(?P<fraction>\d{1,3}))?")


def parse_quantity(text: str, *, field: str = PARTS_LINES) -> ValidationResult[int]:
    """ "4", "4.5", "0.25" into thousandths; full-width digits from a Chinese input method are fine."""
    typed = unicodedata.normalize("NFKC", text).strip()
    match = _QUANTITY.fullmatch(typed)
    if match is None:
        return ValidationResult(None, [Problem(field, QUANTITY_FORMAT, {"value": text.strip()})])
    value = int(match["whole"]) * 1000 + int((match["fraction"] or "").ljust(3, "0"))
    if value > MAX_QUANTITY_X1000:
        return ValidationResult(None, [Problem(field, QUANTITY_FORMAT, {"value": text.strip()})])
    return ValidationResult(value)


def _money_problem(fen: int | None, field: str) -> Problem | None:
    if fen is None:
        return Problem(field, AMOUNT_EMPTY)
    if fen < 0:
        return Problem(field, AMOUNT_NEGATIVE, {"value": format_yuan(fen)})
    if fen > MAX_AMOUNT_FEN:
        return Problem(field, AMOUNT_TOO_LARGE, {"value": format_yuan(fen)})
    return None


def _take(result: ValidationResult[str], problems: list[Problem]) -> str | None:
    problems.extend(result.problems)
    return result.value


def _line_problems(
    labour_lines: list[LabourLineInput],
    parts_lines: list[PartsLineInput],
    labour_field: str = LABOUR_LINES,
    parts_field: str = PARTS_LINES,
) -> list[Problem]:
    problems: list[Problem] = []
    for row, labour in enumerate(labour_lines, start=1):
        if not labour.operation.strip():
            problems.append(Problem(labour_field, LABOUR_OPERATION_EMPTY, {"row": row}))
        if labour.hours_x100 < 0 or labour.rate_fen < 0:
            problems.append(Problem(labour_field, LABOUR_NEGATIVE, {"row": row}))
        elif labour.hours_x100 == 0:
            problems.append(Problem(labour_field, LABOUR_HOURS_ZERO, {"row": row}))
        elif labour.amount_fen > MAX_AMOUNT_FEN:
            value = format_yuan(labour.amount_fen)
            problems.append(Problem(labour_field, LINE_AMOUNT_TOO_LARGE, {"row": row, "value": value}))
    for row, part in enumerate(parts_lines, start=1):
        if not part.name.strip():
            problems.append(Problem(parts_field, PART_NAME_EMPTY, {"row": row}))
        if part.quantity_x1000 <= 0:
            problems.append(Problem(parts_field, PART_QUANTITY_ZERO, {"row": row}))
        if part.unit_price_fen < 0:
            problems.append(Problem(parts_field, PART_PRICE_NEGATIVE, {"row": row}))
        elif part.quantity_x1000 > 0 and part.amount_fen > MAX_AMOUNT_FEN:
            value = format_yuan(part.amount_fen)
            problems.append(Problem(parts_field, LINE_AMOUNT_TOO_LARGE, {"row": row, "value": value}))
    return problems


def lines_total(labour_lines: list[LabourLineInput], parts_lines: list[PartsLineInput]) -> int:
    """What the priced lines add up to, in fen: the estimate on paper should not be below it."""
    return sum(x.amount_fen for x in labour_lines) + sum(x.amount_fen for x in parts_lines)


def check_for_opening(
    order: OrderInput,
    *,
    advisor_id: int | None,
    last_recorded_km: int | None,
) -> OpeningCheck:
    """Everything that stops ``order`` from being opened, in form order, all at once.

    ``last_recorded_km`` is the vehicle's highest reading on orders checked in before this
    one (None for a vehicle seen for the first time). ``checked_in_at`` is shown in the message in the
    zone it is given in: pass it in the advisor's local zone.
    """
    problems: list[Problem] = []
    name = order.customer_name.strip()
    if not name:
        problems.append(Problem(CUSTOMER_NAME, CUSTOMER_NAME_EMPTY))
    mobile = _take(validate_mobile(order.customer_mobile, field=CUSTOMER_MOBILE), problems)
    contact_name, contact_mobile = "", ""
    if not order.contact_is_owner:
        contact_name = order.contact_name.strip()
        if not contact_name:
            problems.append(Problem(CONTACT_NAME, CONTACT_NAME_EMPTY))
        contact_mobile = _take(validate_mobile(order.contact_mobile, field=CONTACT_MOBILE), problems) or ""
    plate = "" if order.no_plate else _take(validate_plate(order.plate, field=PLATE), problems)
    vin = _take(validate_vin(order.vin, field=VIN), problems)
    if not order.model.strip():
        problems.append(Problem(MODEL, MODEL_EMPTY))
    mileage = validate_mileage_in(
        "" if order.mileage_in is None else order.mileage_in, last_recorded_km=last_recorded_km, field=MILEAGE_IN
    )
    problems.extend(mileage.problems)
    if order.fuel_level is None:
        problems.append(Problem(FUEL_LEVEL, FUEL_EMPTY))
    if order.category is None:
        problems.append(Problem(CATEGORY, CATEGORY_EMPTY))
    concerns = order.concern_lines()
    if not concerns:
        problems.append(Problem(CONCERNS, CONCERNS_EMPTY))
    if order.customer_waits is None:
        problems.append(Problem(CUSTOMER_WAITS, WAITS_EMPTY))
    problems.extend(_line_problems(order.labour_lines, order.parts_lines))
    money = _money_problem(order.estimate_fen, ESTIMATE)
    if money is not None:
        problems.append(money)
    elif order.estimate_fen is not None and order.payment_type in (PaymentType.CUSTOMER, None):
        # The customer pays the lines: the estimate they sign should cover them. Warranty,
        # insurance and internal work may cost the customer less (nothing), by design.
        total = lines_total(order.labour_lines, order.parts_lines)
        if order.estimate_fen < total:
            params = {"estimate": format_yuan(order.estimate_fen), "total": format_yuan(total)}
            problems.append(Problem(ESTIMATE, ESTIMATE_BELOW_LINES, params, Severity.WARNING))
    if order.checked_in_at is None:
        problems.append(Problem(CHECKED_IN_AT, CHECKED_IN_EMPTY))
    else:
        problems.extend(validate_promised_at(order.promised_at, order.checked_in_at, field=PROMISED_AT).problems)
    if advisor_id is None:
        problems.append(Problem(ADVISOR, ADVISOR_EMPTY))
    if any(p.is_error for p in problems):
        return OpeningCheck(problems, None)
    assert mobile is not None and plate is not None and vin is not None
    normalised = replace(
        order,
        customer_name=name,
        customer_mobile=mobile,
        contact_name=contact_name,
        contact_mobile=contact_mobile,
        plate=plate,
        vin=vin,
        model=order.model.strip(),
        colour=order.colour.strip(),
        concerns=concerns,
        labour_lines=[replace(x, operation=x.operation.strip()) for x in order.labour_lines],
        parts_lines=[replace(x, part_no=x.part_no.strip(), name=x.name.strip()) for x in order.parts_lines],
    )
    return OpeningCheck(problems, normalised)


def check_cancel_reason(reason: str) -> list[Problem]:
    return [] if reason.strip() else [Problem(CANCEL_REASON, CANCEL_REASON_EMPTY)]


@dataclass(frozen=True)
class ExtraWorkInput:
    """Extra work found during the job (二次增修) and the customer's approval of it."""

    description: str = ""
    amount_fen: int | None = None
    new_promised_at: datetime | None = None
    approver_name: str = ""
    method: ApprovalMethod | None = None
    approved_at: datetime | None = None
    # What the extra work adds to the order: the workshop's lines and the paper's prices. Its amount is their total.
    labour_lines: list[LabourLineInput] = field(default_factory=list)
    parts_lines: list[PartsLineInput] = field(default_factory=list)


def check_extra_work(
    work: ExtraWorkInput, *, checked_in_at: datetime | None, now: datetime, estimate_fen: int | None = None
) -> list[Problem]:
    """Everything missing before extra work may be added: the seed's "done without the customer's say".

    ``estimate_fen`` is the order's estimate so far: the extra amount is added to it, and the
    sum must still be an estimate the order can be saved with.
    """
    problems: list[Problem] = []
    if not work.description.strip():
        problems.append(Problem(EXTRA_DESCRIPTION, EXTRA_DESCRIPTION_EMPTY))
    if not work.labour_lines and not work.parts_lines:
        problems.append(Problem(EXTRA_LINES, EXTRA_LINES_EMPTY))
    problems += _line_problems(work.labour_lines, work.parts_lines, EXTRA_LINES, EXTRA_LINES)
    problems += [
        Problem(EXTRA_LINES, EXTRA_LINE_TECHNICIAN, {"row": row})
        for row, x in enumerate(work.labour_lines, start=1)
        if x.technician_id is None
    ]
    total = lines_total(work.labour_lines, work.parts_lines)
    if work.amount_fen is not None and work.amount_fen != total:
        params = {"total": format_yuan(total), "value": format_yuan(work.amount_fen)}
        problems.append(Problem(EXTRA_AMOUNT, EXTRA_AMOUNT_NOT_LINES, params))
    money = _money_problem(work.amount_fen, EXTRA_AMOUNT)
    if money is None and work.amount_fen is not None:
        money = _money_problem((estimate_fen or 0) + work.amount_fen, EXTRA_AMOUNT)
    if money is not None:
        problems.append(money)
    if not work.approver_name.strip():
        problems.append(Problem(EXTRA_APPROVER, EXTRA_APPROVER_EMPTY))
    if work.method is None:
        problems.append(Problem(EXTRA_METHOD, EXTRA_METHOD_EMPTY))
    if work.approved_at is None:
        problems.append(Problem(EXTRA_APPROVED_AT, EXTRA_APPROVED_EMPTY))
    elif work.approved_at > now + CLOCK_SKEW:
        problems.append(Problem(EXTRA_APPROVED_AT, EXTRA_APPROVED_IN_FUTURE))
    elif checked_in_at is not None and work.approved_at < checked_in_at:
        problems.append(Problem(EXTRA_APPROVED_AT, EXTRA_APPROVED_BEFORE_CHECK_IN))
    if work.new_promised_at is None:
        problems.append(Problem(EXTRA_NEW_PROMISED_AT, EXTRA_PROMISED_EMPTY))
    elif work.approved_at is not None and work.new_promised_at <= work.approved_at:
        problems.append(Problem(EXTRA_NEW_PROMISED_AT, EXTRA_PROMISED_BEFORE_APPROVAL))
    return problems


def warning_fields(problems: list[Problem]) -> frozenset[str]:
    return frozenset(p.field for p in problems if p.severity is Severity.WARNING)
