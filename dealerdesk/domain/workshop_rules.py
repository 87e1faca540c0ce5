"""The workshop floor's rules: parts issued against an order, returned, and accounted for at the self-check.

The seed's losses: an air filter issued from stores and never fitted, a battery issued
and lost before it reached the car. So every part that leaves stores for an order is
counted per part number: issued minus returned is what the workshop holds, and the
technician's self-check must say the whole of it was fitted (what was not fitted goes
back to stores through the parts clerk first). For each fitted part the old one is kept
for the customer or scrapped, following the order's "old parts returned" answer.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.vocabulary import OrderStatus

QUANTITY = "quantity"
PART = "part"
TECHNICIAN = "technician"
REASON = "reason"
FITTED = "fitted"

# Parts leave stores only for a car the workshop is working on.
ISSUE_STATUSES = frozenset({OrderStatus.IN_WORKSHOP})
# Returns are taken until delivery (an order is cancelled only once nothing is held for it).
RETURN_STATUSES = frozenset({OrderStatus.IN_WORKSHOP, OrderStatus.AWAITING_QC, OrderStatus.READY})
# The technician accounts for the parts while the car is in the workshop or waiting for QC.
ACCOUNT_STATUSES = frozenset({OrderStatus.IN_WORKSHOP, OrderStatus.AWAITING_QC})


class MovementKind(enum.StrEnum):
    ISSUE = "issue"  # 出库
    RETURN = "return"  # 退库


class ReturnReason(enum.StrEnum):
    NOT_NEEDED = "not_needed"
    WRONG_PART = "wrong_part"
    DEFECTIVE = "defective"
    ORDER_CANCELLED = "order_cancelled"


RETURN_REASON_LABELS: dict[ReturnReason, str] = {
    ReturnReason.NOT_NEEDED: QT_TRANSLATE_NOOP("Messages", "Not needed"),
    ReturnReason.WRONG_PART: QT_TRANSLATE_NOOP("Messages", "Wrong part issued"),
    ReturnReason.DEFECTIVE: QT_TRANSLATE_NOOP("Messages", "Defective"),
    ReturnReason.ORDER_CANCELLED: QT_TRANSLATE_NOOP("Messages", "Order cancelled"),
}


class OldPart(enum.StrEnum):
    """What became of the part taken off the car."""

    CUSTOMER = "customer"  # kept for the customer (旧件交还客户)
    SCRAPPED = "scrapped"  # 旧件报废
    NONE = "none"  # nothing taken off: oil, a consumable, an addition


OLD_PART_LABELS: dict[OldPart, str] = {
    OldPart.CUSTOMER: QT_TRANSLATE_NOOP("Messages", "Old part kept for the customer"),
    OldPart.SCRAPPED: QT_TRANSLATE_NOOP("Messages", "Old part scrapped"),
    OldPart.NONE: QT_TRANSLATE_NOOP("Messages", "No old part"),
}

NOT_IN_WORKSHOP = QT_TRANSLATE_NOOP(
    "Messages", "Order {number} is {status}: parts are issued only to an order in the workshop."
)
NO_RETURN_NOW = QT_TRANSLATE_NOOP("Messages", "Order {number} is {status}: no parts can be returned from it.")
NO_ACCOUNT_NOW = QT_TRANSLATE_NOOP(
    "Messages", "Order {number} is {status}: the parts are accounted for in the workshop, before the self-check."
)
QUANTITY_POSITIVE = QT_TRANSLATE_NOOP("Messages", "{part}: the quantity must be more than 0.")
NOT_ON_ORDER = QT_TRANSLATE_NOOP("Messages", "Part {part} is not on this order's parts lines.")
OVER_ORDERED = QT_TRANSLATE_NOOP(
    "Messages",
    "{part}: the order needs {ordered} and {issued} are already issued; at most {left} more can be issued. "
    "More needs extra work approved by the customer first.",
)
OVER_HELD = QT_TRANSLATE_NOOP(
    "Messages", "{part}: only {held} are issued to the order and not yet fitted; {quantity} cannot be returned."
)
FITTED_OVER_ISSUED = QT_TRANSLATE_NOOP("Messages", "{part}: {fitted} fitted but only {held} issued to the order.")
FITTED_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "{part}: the quantity fitted cannot be negative.")
OLD_PART_CUSTOMER = QT_TRANSLATE_NOOP(
    "Messages", "{part}: the customer takes the old parts away (on the order): the old part cannot be scrapped."
)
OLD_PART_SCRAP = QT_TRANSLATE_NOOP(
    "Messages", "{part}: the customer does not take the old parts (on the order): the old part is scrapped."
)
NO_TECHNICIAN = QT_TRANSLATE_NOOP("Messages", "Choose the technician who takes the parts.")
NO_ITEMS = QT_TRANSLATE_NOOP("Messages", "Enter a quantity for at least one part.")
NO_REASON = QT_TRANSLATE_NOOP("Messages", "Say why the parts come back.")
UNACCOUNTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Issued parts are not accounted for: {parts}. Mark each as fitted, or have the parts clerk take it back to "
    "stores, before the self-check is signed.",
)
HELD_AT_CANCEL = QT_TRANSLATE_NOOP(
    "Messages",
    "Order {number} still holds parts issued from stores ({parts}): the parts clerk takes them back before the "
    "order is cancelled.",
)
UNACCOUNTED_DELIVERY = QT_TRANSLATE_NOOP(
    "Messages",
    "Order {number} cannot be delivered: issued parts are neither fitted nor returned to stores ({parts}).",
)


def format_quantity(quantity_x1000: int) -> str:
    """1000 -> "1", 1500 -> "1.5": quantities in messages read as people write them."""
    whole, rest = divmod(quantity_x1000, 1000)
    return f"{whole}" if rest == 0 else f"{quantity_x1000 / 1000:g}"


@dataclass(frozen=True)
class Movement:
    part_no: str
    kind: MovementKind
    quantity_x1000: int


@dataclass(frozen=True)
class PartCount:
    """One part number on an order: what the order needs, what left stores, what came back, what was fitted."""

    part_no: str
    name: str
    ordered_x1000: int
    issued_x1000: int = 0
    returned_x1000: int = 0
    fitted_x1000: int = 0
    old_part: OldPart | None = None

    @property
    def held_x1000(self) -> int:
        """Issued to the order and not back in stores: the workshop answers for it."""
        return self.issued_x1000 - self.returned_x1000

    @property
    def unaccounted_x1000(self) -> int:
        return self.held_x1000 - self.fitted_x1000

    @property
    def issuable_x1000(self) -> int:
        return max(self.ordered_x1000 - self.held_x1000, 0)


def count_parts(
    ordered: Iterable[tuple[str, str, int]],
    movements: Iterable[Movement],
    fitted: Mapping[str, tuple[int, OldPart]],
) -> list[PartCount]:
    """Per part number, in the order's line order; parts issued but since taken off the order come last.

    ``ordered`` is (part_no, name, quantity) per parts line: two lines of one part add up.
    """
    names: dict[str, str] = {}
    need: dict[str, int] = {}
    for part_no, name, quantity in ordered:
        names.setdefault(part_no, name)
        need[part_no] = need.get(part_no, 0) + quantity
    issued: dict[str, int] = {}
    returned: dict[str, int] = {}
    for m in movements:
        target = issued if m.kind is MovementKind.ISSUE else returned
        target[m.part_no] = target.get(m.part_no, 0) + m.quantity_x1000
        names.setdefault(m.part_no, "")
        need.setdefault(m.part_no, 0)
    counts = []
    for part_no in names:
        fit, old = fitted.get(part_no, (0, None))
        counts.append(
            PartCount(
                part_no,
                names[part_no],
                need[part_no],
                issued.get(part_no, 0),
                returned.get(part_no, 0),
                fit,
                old,
            )
        )
    return counts


def check_issue(counts: Mapping[str, PartCount], wanted: Mapping[str, int]) -> list[Problem]:
    """Issue only what the order's parts lines still need: more needs extra work first."""
    problems: list[Problem] = []
    for part_no, quantity in wanted.items():
        count = counts.get(part_no)
        if count is None or count.ordered_x1000 == 0:
            problems.append(Problem(PART, NOT_ON_ORDER, {"part": part_no}))
        elif quantity <= 0:
            problems.append(Problem(QUANTITY, QUANTITY_POSITIVE, {"part": part_no}))
        elif quantity > count.issuable_x1000:
            problems.append(
                Problem(
                    QUANTITY,
                    OVER_ORDERED,
                    {
                        "part": part_no,
                        "ordered": format_quantity(count.ordered_x1000),
                        "issued": format_quantity(count.held_x1000),
                        "left": format_quantity(count.issuable_x1000),
                    },
                )
            )
    if not wanted:
        problems.append(Problem(QUANTITY, NO_ITEMS))
    return problems


def check_return(counts: Mapping[str, PartCount], wanted: Mapping[str, int]) -> list[Problem]:
    """Only what the workshop holds and has not said it fitted can come back."""
    problems: list[Problem] = []
    for part_no, quantity in wanted.items():
        count = counts.get(part_no)
        free = count.held_x1000 - count.fitted_x1000 if count is not None else 0
        if quantity <= 0:
            problems.append(Problem(QUANTITY, QUANTITY_POSITIVE, {"part": part_no}))
        elif quantity > free:
            problems.append(
                Problem(
                    QUANTITY,
                    OVER_HELD,
                    {"part": part_no, "held": format_quantity(free), "quantity": format_quantity(quantity)},
                )
            )
    if not wanted:
        problems.append(Problem(QUANTITY, NO_ITEMS))
    return problems


def default_old_part(old_parts_returned: bool) -> OldPart:
    return OldPart.CUSTOMER if old_parts_returned else OldPart.SCRAPPED


def check_accounts(
    counts: Mapping[str, PartCount], fitted: Mapping[str, tuple[int, OldPart]], old_parts_returned: bool
) -> list[Problem]:
    """Fitted never more than held; the old part follows what the customer was promised on the order."""
    problems: list[Problem] = []
    for part_no, (quantity, old) in fitted.items():
        count = counts.get(part_no)
        held = count.held_x1000 if count is not None else 0
        if quantity < 0:
            problems.append(Problem(FITTED, FITTED_NEGATIVE, {"part": part_no}))
        elif quantity > held:
            problems.append(
                Problem(
                    FITTED,
                    FITTED_OVER_ISSUED,
                    {"part": part_no, "fitted": format_quantity(quantity), "held": format_quantity(held)},
                )
            )
        if quantity > 0 and old is OldPart.SCRAPPED and old_parts_returned:
            problems.append(Problem(FITTED, OLD_PART_CUSTOMER, {"part": part_no}))
        if quantity > 0 and old is OldPart.CUSTOMER and not old_parts_returned:
            problems.append(Problem(FITTED, OLD_PART_SCRAP, {"part": part_no}))
    return problems


def unaccounted(counts: Iterable[PartCount]) -> list[PartCount]:
    """Parts the workshop holds that nobody said were fitted (or that were said fitted and went back)."""
    return [c for c in counts if c.unaccounted_x1000 != 0]


def unaccounted_text(counts: Iterable[PartCount]) -> str:
    """ "P1 × 1, P2 × 0.5": for the refusal messages."""
    return ", ".join(
        " ".join(x for x in (c.part_no, c.name, f"× {format_quantity(c.unaccounted_x1000)}") if x) for c in counts
    )
