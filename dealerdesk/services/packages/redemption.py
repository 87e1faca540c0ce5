"""Packages and vouchers on a work order: the discount per line, the checks, the booking at delivery.

Choosing a package on a line applies the rate of the use the order will be: the package's
net uses booked so far plus one (one use per order, however many lines it covers). Nothing
is booked while the order is open: the use goes into the ledger when the order is delivered,
so a cancelled order never took one. A use still counts as taken by an open order when
another order asks for the package (two open orders cannot both take its last use).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import LabourLine, PackageLedgerEntry, PackageSale, PartsLine, Vehicle, Voucher, WorkOrder
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, Problem, ValidationError
from dealerdesk.domain.order_rules import LABOUR_LINES, PARTS_LINES
from dealerdesk.domain.packages_rules import LedgerKind, line_discount, parse_rates, voucher_discounts
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor
from dealerdesk.services.packages.common import local_day
from dealerdesk.services.packages.sales import ledger_rows, sale_balance
from dealerdesk.services.packages.vouchers import VoucherView, terms_of, voucher_views

BOTH_CHOSEN = QT_TRANSLATE_NOOP("Messages", "Line {row}: choose a package or a voucher, not both.")
OTHER_VEHICLE = QT_TRANSLATE_NOOP("Messages", "Line {row}: package {number} belongs to another vehicle.")
PACKAGE_EXPIRED = QT_TRANSLATE_NOOP("Messages", "Line {row}: package {number} expired on {date}.")
NO_USE_LEFT = QT_TRANSLATE_NOOP(
    "Messages", "Line {row}: package {number} has no use left (open orders already take {pending})."
)
VOUCHER_OTHER = QT_TRANSLATE_NOOP("Messages", "Line {row}: voucher {code} belongs to another customer.")
VOUCHER_EXPIRED = QT_TRANSLATE_NOOP("Messages", "Line {row}: voucher {code} expired on {date}.")
VOUCHER_USED = QT_TRANSLATE_NOOP("Messages", "Line {row}: voucher {code} was redeemed on order {order}.")
VOUCHER_VOIDED = QT_TRANSLATE_NOOP(
    "Messages", "Line {row}: voucher {code} was taken back when its renewal offer was corrected."
)
VOUCHER_PENDING = QT_TRANSLATE_NOOP("Messages", "Line {row}: voucher {code} is already chosen on open order {order}.")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("Messages", "Line {row}: the package or voucher chosen no longer exists.")
NO_USE_AT_DELIVERY = QT_TRANSLATE_NOOP(
    "Messages", "Package {number} has no use left for order {order}: take it off the order's lines first."
)
VOIDED_AT_DELIVERY = QT_TRANSLATE_NOOP(
    "Messages",
    "Order {order} cannot be handed over: its voucher {code} was taken back when its renewal offer was "
    "corrected, so it cannot be redeemed. Ask a service manager.",
)

_CLOSED = (OrderStatus.DELIVERED.value, OrderStatus.CANCELLED.value)
Line = LabourLine | PartsLine


@dataclass(frozen=True)
class LineDiscount:
    field: str  # LABOUR_LINES or PARTS_LINES
    row: int  # 1-based, as the table shows it
    amount_fen: int
    discount_fen: int


@dataclass(frozen=True)
class PackageUse:
    sale_id: int
    sale_number: str
    name: str
    use_no: int
    uses: int
    pay_pct: int
    discount_fen: int
    uses_left_after: int
    litres_owed_after_x1000: int
    booked: bool


@dataclass(frozen=True)
class VoucherUse:
    voucher: VoucherView
    discount_fen: int
    booked: bool


@dataclass(frozen=True)
class OrderRedemptions:
    lines: tuple[LineDiscount, ...]
    packages: tuple[PackageUse, ...]
    vouchers: tuple[VoucherUse, ...]

    @property
    def total_discount_fen(self) -> int:
        return sum(x.discount_fen for x in self.lines)


def _lines(o: WorkOrder) -> list[tuple[str, int, Line]]:
    return [(LABOUR_LINES, i, x) for i, x in enumerate(o.labour_lines, start=1)] + [
        (PARTS_LINES, i, x) for i, x in enumerate(o.parts_lines, start=1)
    ]


def _use_row(s: Session, sale_id: int, order_id: int) -> PackageLedgerEntry | None:
    """The order's booked use of a package, unless reversed since."""
    rows = ledger_rows(s, [sale_id])[sale_id]
    reversed_ids = {r.reverses_id for r in rows if r.reverses_id is not None}
    return next(
        (r for r in rows if r.kind == LedgerKind.USE and r.order_id == order_id and r.id not in reversed_ids), None
    )


def compute(s: Session, o: WorkOrder) -> OrderRedemptions:
    """Each chosen line's discount, and per package its use number and what is left after it."""
    by_sale: dict[int, list[tuple[str, int, Line]]] = defaultdict(list)
    by_voucher: dict[int, list[tuple[str, int, Line]]] = defaultdict(list)
    for entry in _lines(o):
        line = entry[2]
        if line.package_sale_id is not None:
            by_sale[line.package_sale_id].append(entry)
        elif line.voucher_id is not None:
            by_voucher[line.voucher_id].append(entry)
    discounts: dict[tuple[str, int], int] = {}
    packages: list[PackageUse] = []
    for sale_id, entries in by_sale.items():
        sale = s.get(PackageSale, sale_id)
        if sale is None:
            continue
        rates = parse_rates(sale.pay_pct)
        bal = sale_balance(ledger_rows(s, [sale_id])[sale_id])
        booked = _use_row(s, sale_id, o.id)
        if booked is not None and booked.use_no is not None:
            use_no, left, litres = booked.use_no, bal.uses_left, bal.litres_x1000_owed
        else:
            use_no = bal.uses_booked + 1
            left, litres = bal.uses_left - 1, bal.litres_x1000_owed - sale.oil_litres_x1000
        usable = 1 <= use_no <= len(rates) and (booked is not None or (bal.uses_left > 0 and o.status not in _CLOSED))
        rate = rates[use_no - 1] if usable else 100
        total = 0
        for field, row, line in entries:
            discounts[(field, row)] = line_discount(line.amount_fen, rate)
            total += discounts[(field, row)]
        packages.append(
            PackageUse(
                sale_id, sale.number, sale.name, use_no, len(rates), rate, total, left, litres, booked is not None
            )
        )
    vouchers: list[VoucherUse] = []
    for voucher_id, entries in by_voucher.items():
        v = s.get(Voucher, voucher_id)
        if v is None:
            continue
        booked_here = v.redeemed_order_id == o.id
        live = booked_here or (v.redeemed_order_id is None and v.voided_at is None)
        amounts = [line.amount_fen for _, _, line in entries]
        off = voucher_discounts(terms_of(v), amounts) if live else [0] * len(amounts)
        for (field, row, _), d in zip(entries, off, strict=True):
            discounts[(field, row)] = d
        vouchers.append(VoucherUse(voucher_views(s, [v])[0], sum(off), booked_here))
    lines = tuple(
        LineDiscount(field, row, line.amount_fen, discounts.get((field, row), 0))
        for field, row, line in _lines(o)
        if (field, row) in discounts
    )
    return OrderRedemptions(lines, tuple(packages), tuple(vouchers))


def order_redemptions(db: Database, order_id: int) -> OrderRedemptions:
    with db.read() as s:
        o = s.get(WorkOrder, order_id)
        return compute(s, o) if o is not None else OrderRedemptions((), (), ())


def _pending_orders(s: Session, column: object, ref_id: int, order_id: int | None) -> list[str]:
    """Numbers of the open orders (other than ``order_id``) that chose this package or voucher on a line."""
    numbers: set[str] = set()
    for model in (LabourLine, PartsLine):
        q = (
            select(WorkOrder.number)
            .join(model, model.order_id == WorkOrder.id)
            .where(getattr(model, str(column)) == ref_id, WorkOrder.status.not_in(_CLOSED))
        )
        if order_id is not None:
            q = q.where(WorkOrder.id != order_id)
        numbers.update(s.scalars(q))
    return sorted(numbers)


def orders_choosing_voucher(s: Session, voucher_id: int) -> list[str]:
    """Numbers of the orders neither delivered nor cancelled that chose the voucher on a line (a settled one
    among them: its discount is on the bill, the voucher is redeemed only when the car is handed over)."""
    return _pending_orders(s, "voucher_id", voucher_id, None)


def _same_vehicle(s: Session, o: WorkOrder, vehicle_id: int | None) -> bool:
    if vehicle_id is None:
        return False
    if o.vehicle_id is not None:
        return o.vehicle_id == vehicle_id
    vehicle = s.get(Vehicle, vehicle_id)
    return vehicle is not None and vehicle.vin == o.vin


def check_order(s: Session, o: WorkOrder, today: date) -> list[Problem]:
    """Problems with the packages and vouchers chosen on an order's lines, at their lines' table."""
    problems: list[Problem] = []
    seen_sales: set[int] = set()
    for field, row, line in _lines(o):
        if line.package_sale_id is not None and line.voucher_id is not None:
            problems.append(Problem(field, BOTH_CHOSEN, {"row": row}))
            continue
        if line.package_sale_id is not None:
            sale = s.get(PackageSale, line.package_sale_id)
            if sale is None:
                problems.append(Problem(field, UNKNOWN_CHOICE, {"row": row}))
            elif not _same_vehicle(s, o, sale.vehicle_id):
                problems.append(Problem(field, OTHER_VEHICLE, {"row": row, "number": sale.number}))
            elif sale.valid_until < today:
                problems.append(
                    Problem(field, PACKAGE_EXPIRED, {"row": row, "number": sale.number, "date": sale.valid_until})
                )
            elif sale.id not in seen_sales:
                seen_sales.add(sale.id)
                if _use_row(s, sale.id, o.id) is None:
                    pending = len(_pending_orders(s, "package_sale_id", sale.id, o.id))
                    if sale_balance(ledger_rows(s, [sale.id])[sale.id]).uses_left - pending < 1:
                        problems.append(
                            Problem(field, NO_USE_LEFT, {"row": row, "number": sale.number, "pending": pending})
                        )
        elif line.voucher_id is not None:
            problems += _voucher_problems(s, o, field, row, line.voucher_id, today)
    return problems


def _voucher_problems(s: Session, o: WorkOrder, field: str, row: int, voucher_id: int, today: date) -> list[Problem]:
    v = s.get(Voucher, voucher_id)
    if v is None:
        return [Problem(field, UNKNOWN_CHOICE, {"row": row})]
    if v.redeemed_order_id is not None and v.redeemed_order_id != o.id:
        used = s.get(WorkOrder, v.redeemed_order_id)
        return [Problem(field, VOUCHER_USED, {"row": row, "code": v.code, "order": used.number if used else "?"})]
    if v.voided_at is not None:
        return [Problem(field, VOUCHER_VOIDED, {"row": row, "code": v.code})]
    owner = o.customer_id
    if o.vehicle_id is not None:
        vehicle = s.get(Vehicle, o.vehicle_id)
        owner = vehicle.owner_id if vehicle is not None else owner
    if not (_same_vehicle(s, o, v.vehicle_id) or (v.customer_id is not None and v.customer_id == owner)):
        return [Problem(field, VOUCHER_OTHER, {"row": row, "code": v.code})]
    if v.redeemed_order_id is None and v.valid_until < today:
        return [Problem(field, VOUCHER_EXPIRED, {"row": row, "code": v.code, "date": v.valid_until})]
    pending = _pending_orders(s, "voucher_id", v.id, o.id)
    if pending and v.redeemed_order_id is None:
        return [Problem(field, VOUCHER_PENDING, {"row": row, "code": v.code, "order": pending[0]})]
    return []


def require_valid(s: Session, o: WorkOrder, now: datetime) -> None:
    problems = check_order(s, o, local_day(now))
    if problems:
        raise ValidationError(problems)


def book_on_delivery(s: Session, actor: Actor, o: WorkOrder, now: datetime) -> None:
    """The order is handed over: each package it used loses one use (and its litres), each voucher is redeemed."""
    result = compute(s, o)
    for use in result.packages:
        if use.booked:
            continue
        sale = s.get(PackageSale, use.sale_id)
        assert sale is not None
        if sale_balance(ledger_rows(s, [sale.id])[sale.id]).uses_left < 1:
            raise DealerDeskError(NO_USE_AT_DELIVERY, number=sale.number, order=o.number)
        s.add(
            PackageLedgerEntry(
                sale_id=sale.id,
                vehicle_id=sale.vehicle_id,
                kind=LedgerKind.USE.value,
                uses_delta=-1,
                litres_x1000_delta=-sale.oil_litres_x1000,
                use_no=use.use_no,
                order_id=o.id,
                discount_fen=use.discount_fen,
                reason="",
                at=now,
                by_id=actor.id,
            )
        )
        audit.record(
            s,
            actor,
            "use_package",
            "package_sale",
            sale.id,
            {"order": o.number, "use_no": use.use_no, "pay_pct": use.pay_pct, "discount_fen": use.discount_fen},
        )
    for vu in result.vouchers:
        if vu.booked:
            continue
        v = s.get(Voucher, vu.voucher.id)
        assert v is not None
        if v.voided_at is not None:  # the database refuses it too ("a voided voucher is final")
            raise DealerDeskError(VOIDED_AT_DELIVERY, order=o.number, code=v.code)
        v.redeemed_order_id = o.id
        v.redeemed_at = now
        v.redeemed_discount_fen = vu.discount_fen
        audit.record(s, actor, "redeem_voucher", "voucher", v.id, {"order": o.number, "discount_fen": vu.discount_fen})
    s.flush()


@dataclass(frozen=True)
class Choice:
    """A package or voucher the advisor may choose on this order's lines."""

    package_sale_id: int | None
    voucher_id: int | None
    code: str
    name: str
    next_use_no: int | None  # a package: the use this order would be
    pay_pct: int | None  # a package: that use's rate; a service voucher: its rate
    uses_left: int | None
    value_fen: int  # a voucher's value (or cap)
    valid_until: date


def choices_for(db: Database, vin: str, now: datetime) -> list[Choice]:
    """The vehicle's valid packages with a use left, and its (and its owner's) unredeemed vouchers."""
    today = local_day(now)
    with db.read() as s:
        vehicle = s.scalar(select(Vehicle).where(Vehicle.vin == vin.strip().upper()))
        if vehicle is None:
            return []
        out: list[Choice] = []
        sales = list(
            s.scalars(select(PackageSale).where(PackageSale.vehicle_id == vehicle.id).order_by(PackageSale.id))
        )
        rows = ledger_rows(s, [x.id for x in sales])
        for sale in sales:
            bal = sale_balance(rows[sale.id])
            rates = parse_rates(sale.pay_pct)
            if sale.valid_until < today or bal.uses_left <= 0 or bal.uses_booked >= len(rates):
                continue
            n = bal.uses_booked + 1
            out.append(
                Choice(sale.id, None, sale.number, sale.name, n, rates[n - 1], bal.uses_left, 0, sale.valid_until)
            )
        owner = [Voucher.customer_id == vehicle.owner_id] if vehicle.owner_id is not None else []
        q = select(Voucher).where(
            or_(Voucher.vehicle_id == vehicle.id, *owner),
            Voucher.redeemed_order_id.is_(None),
            Voucher.voided_at.is_(None),
            Voucher.valid_until >= today,
        )
        for v in s.scalars(q.order_by(Voucher.valid_until)):
            label = v.service or ""
            rate = v.pay_pct if v.kind == "service" else None
            out.append(Choice(None, v.id, v.code, label, None, rate, None, v.value_fen, v.valid_until))
        return out
