"""Selling a package to a vehicle, the vehicle's ledger, reversals and expiry.

The ledger is the only place a package's balance lives: a sale adds its uses and litres,
a use (booked at delivery, see redemption) takes one, a reversal mirrors one earlier row,
an expiry takes what is left after the validity. Rows are never edited (database triggers).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, PackageLedgerEntry, PackageSale, PackageTemplate, User, WorkOrder
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound, Problem, ValidationError
from dealerdesk.domain.packages_rules import (
    Balance,
    ContentLine,
    LedgerKind,
    LedgerRow,
    balance,
    check_held_limit,
    held_value_fen,
    parse_contents,
    parse_rates,
)
from dealerdesk.domain.payments import PREPAID_METHODS, PaymentMethod
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.packages.common import (
    get_sale,
    get_vehicle,
    local_day,
    next_number,
)

ENTITY = "package_sale"
TEMPLATE_INACTIVE = QT_TRANSLATE_NOOP("Messages", "The package {name} is no longer offered.")
TEMPLATE_MISSING = QT_TRANSLATE_NOOP("Messages", "There is no package template {ref}.")
ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no ledger row {ref}.")
NOT_REVERSIBLE = QT_TRANSLATE_NOOP("Messages", "A reversal cannot itself be reversed; book the movement again.")
ALREADY_REVERSED = QT_TRANSLATE_NOOP("Messages", "This ledger row was reversed already.")
SALE_HAS_USES = QT_TRANSLATE_NOOP(
    "Messages", "The sale of {number} cannot be reversed while uses are booked on it: reverse those first."
)
NOT_ON_ACCOUNT = QT_TRANSLATE_NOOP("Messages", "A prepaid package is paid when it is sold, never on account.")
REASON_EMPTY = QT_TRANSLATE_NOOP("Messages", "Say why the row is reversed (for finance and the audit).")


@dataclass(frozen=True)
class SaleView:
    id: int
    number: str
    vehicle_id: int
    vin: str
    plate: str
    model: str
    customer_name: str
    customer_mobile: str
    name: str
    price_fen: int
    pay_pct: tuple[int, ...]
    oil_litres_x1000: int
    contents: tuple[ContentLine, ...]
    valid_until: date
    payment_method: PaymentMethod
    sold_by_name: str
    sold_at: datetime
    balance: Balance

    @property
    def uses(self) -> int:
        return len(self.pay_pct)

    def next_rate(self) -> int | None:
        """The rate of the next use, or None when no use is left."""
        n = self.balance.uses_booked + 1
        return self.pay_pct[n - 1] if self.balance.uses_left > 0 and n <= self.uses else None


@dataclass(frozen=True)
class LedgerRowView:
    id: int
    at: datetime
    sale_id: int
    sale_number: str
    package_name: str
    kind: LedgerKind
    uses_delta: int
    litres_x1000_delta: int
    use_no: int | None
    order_number: str
    discount_fen: int
    reverses_id: int | None
    reversed_by_id: int | None
    reason: str
    by_name: str
    uses_after: int  # the package's balance after this row
    litres_after_x1000: int


def ledger_rows(s: Session, sale_ids: Iterable[int]) -> dict[int, list[PackageLedgerEntry]]:
    ids = list(sale_ids)
    out: dict[int, list[PackageLedgerEntry]] = defaultdict(list)
    if ids:
        q = select(PackageLedgerEntry).where(PackageLedgerEntry.sale_id.in_(ids)).order_by(PackageLedgerEntry.id)
        for row in s.scalars(q):
            out[row.sale_id].append(row)
    return out


def sale_balance(rows: Iterable[PackageLedgerEntry]) -> Balance:
    return balance([LedgerRow(LedgerKind(r.kind), r.uses_delta, r.litres_x1000_delta) for r in rows])


def _user_names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {i: name for i, name in s.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}


def sale_views(s: Session, sales: list[PackageSale]) -> list[SaleView]:
    rows = ledger_rows(s, [x.id for x in sales])
    names = _user_names(s, {x.sold_by_id for x in sales})
    out = []
    for sale in sales:
        vehicle = get_vehicle(s, sale.vehicle_id)
        customer = s.get(Customer, sale.customer_id) if sale.customer_id else None
        out.append(
            SaleView(
                id=sale.id,
                number=sale.number,
                vehicle_id=sale.vehicle_id,
                vin=vehicle.vin,
                plate=vehicle.plate or "",
                model=vehicle.model,
                customer_name=customer.name if customer else "",
                customer_mobile=customer.mobile if customer else "",
                name=sale.name,
                price_fen=sale.price_fen,
                pay_pct=parse_rates(sale.pay_pct),
                oil_litres_x1000=sale.oil_litres_x1000,
                contents=parse_contents(sale.contents),
                valid_until=sale.valid_until,
                payment_method=PaymentMethod(sale.payment_method),
                sold_by_name=names.get(sale.sold_by_id, ""),
                sold_at=sale.sold_at,
                balance=sale_balance(rows[sale.id]),
            )
        )
    return out


def held_fen(s: Session, vehicle_id: int, today: date) -> int:
    """Prepaid value the vehicle's valid packages still hold (their price for the uses left)."""
    sales = list(s.scalars(select(PackageSale).where(PackageSale.vehicle_id == vehicle_id)))
    rows = ledger_rows(s, [x.id for x in sales])
    total = 0
    for sale in sales:
        if sale.valid_until >= today:
            left = sale_balance(rows[sale.id]).uses_left
            total += held_value_fen(sale.price_fen, len(parse_rates(sale.pay_pct)), left)
    return total


def sell_package(
    db: Database,
    actor: Actor,
    template_id: int,
    vehicle_id: int,
    payment_method: PaymentMethod,
    now: datetime | None = None,
) -> SaleView:
    """Sell a template's package to a vehicle: the sale record (paid) and its ledger row, one transaction."""
    if payment_method not in PREPAID_METHODS:
        raise ValidationError([Problem("payment_method", NOT_ON_ACCOUNT)])
    now = now or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADVISOR, Role.MANAGER)
        template = s.get(PackageTemplate, template_id)
        if template is None:
            raise NotFound(TEMPLATE_MISSING, ref=template_id)
        if not template.active:
            raise DealerDeskError(TEMPLATE_INACTIVE, name=template.name)
        vehicle = get_vehicle(s, vehicle_id)
        today = local_day(now)
        problems = check_held_limit(held_fen(s, vehicle.id, today), template.price_fen)
        if problems:
            raise ValidationError(problems)
        uses = len(parse_rates(template.pay_pct))
        sale = PackageSale(
            number=next_number(s, "PK", PackageSale.number, now),
            template_id=template.id,
            vehicle_id=vehicle.id,
            customer_id=vehicle.owner_id,
            name=template.name,
            price_fen=template.price_fen,
            pay_pct=template.pay_pct,
            oil_litres_x1000=template.oil_litres_x1000,
            contents=template.contents,
            valid_until=today + timedelta(days=template.validity_days),
            payment_method=payment_method.value,
            sold_by_id=actor.id,
            sold_at=now,
        )
        s.add(sale)
        s.flush()
        s.add(
            PackageLedgerEntry(
                sale_id=sale.id,
                vehicle_id=vehicle.id,
                kind=LedgerKind.SALE.value,
                uses_delta=uses,
                litres_x1000_delta=uses * template.oil_litres_x1000,
                discount_fen=0,
                reason="",
                at=now,
                by_id=actor.id,
            )
        )
        s.flush()
        audit.record(
            s,
            actor,
            "sell_package",
            ENTITY,
            sale.id,
            {
                "number": sale.number,
                "vin": vehicle.vin,
                "name": sale.name,
                "price_fen": sale.price_fen,
                "payment_method": sale.payment_method,
            },
        )
        return sale_views(s, [sale])[0]


def load_sale(db: Database, sale_id: int) -> SaleView:
    with db.read() as s:
        return sale_views(s, [get_sale(s, sale_id)])[0]


def vehicle_packages(db: Database, vehicle_id: int) -> list[SaleView]:
    with db.read() as s:
        sales = list(
            s.scalars(select(PackageSale).where(PackageSale.vehicle_id == vehicle_id).order_by(PackageSale.id))
        )
        return sale_views(s, sales)


def vehicle_ledger(db: Database, vehicle_id: int) -> list[LedgerRowView]:
    """Every movement of the vehicle's packages, oldest first, with each package's balance after it."""
    with db.read() as s:
        entries = list(
            s.scalars(
                select(PackageLedgerEntry)
                .where(PackageLedgerEntry.vehicle_id == vehicle_id)
                .order_by(PackageLedgerEntry.id)
            )
        )
        sales = {x.id: x for x in s.scalars(select(PackageSale).where(PackageSale.vehicle_id == vehicle_id))}
        names = _user_names(s, {e.by_id for e in entries})
        order_ids = {e.order_id for e in entries if e.order_id is not None}
        numbers = (
            {i: n for i, n in s.execute(select(WorkOrder.id, WorkOrder.number).where(WorkOrder.id.in_(order_ids)))}
            if order_ids
            else {}
        )
        reversed_by = {e.reverses_id: e.id for e in entries if e.reverses_id is not None}
        uses: dict[int, int] = defaultdict(int)
        litres: dict[int, int] = defaultdict(int)
        out = []
        for e in entries:
            uses[e.sale_id] += e.uses_delta
            litres[e.sale_id] += e.litres_x1000_delta
            out.append(
                LedgerRowView(
                    id=e.id,
                    at=e.at,
                    sale_id=e.sale_id,
                    sale_number=sales[e.sale_id].number,
                    package_name=sales[e.sale_id].name,
                    kind=LedgerKind(e.kind),
                    uses_delta=e.uses_delta,
                    litres_x1000_delta=e.litres_x1000_delta,
                    use_no=e.use_no,
                    order_number=numbers.get(e.order_id, "") if e.order_id is not None else "",
                    discount_fen=e.discount_fen,
                    reverses_id=e.reverses_id,
                    reversed_by_id=reversed_by.get(e.id),
                    reason=e.reason,
                    by_name=names.get(e.by_id, ""),
                    uses_after=uses[e.sale_id],
                    litres_after_x1000=litres[e.sale_id],
                )
            )
        return out


def reverse_entry(db: Database, actor: Actor, entry_id: int, reason: str, now: datetime | None = None) -> None:
    """Undo one ledger row by its mirror image (a use given back, a sale refunded, an expiry undone)."""
    if not reason.strip():
        raise ValidationError([Problem("reason", REASON_EMPTY)])
    now = now or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, Role.MANAGER)
        entry = s.get(PackageLedgerEntry, entry_id)
        if entry is None:
            raise NotFound(ENTRY_NOT_FOUND, ref=entry_id)
        if entry.kind == LedgerKind.REVERSAL:
            raise DealerDeskError(NOT_REVERSIBLE)
        if s.scalar(select(PackageLedgerEntry.id).where(PackageLedgerEntry.reverses_id == entry.id)) is not None:
            raise DealerDeskError(ALREADY_REVERSED)
        if entry.kind == LedgerKind.SALE:
            left = sale_balance(ledger_rows(s, [entry.sale_id])[entry.sale_id]).uses_left
            if left < entry.uses_delta:
                raise DealerDeskError(SALE_HAS_USES, number=get_sale(s, entry.sale_id).number)
        s.add(
            PackageLedgerEntry(
                sale_id=entry.sale_id,
                vehicle_id=entry.vehicle_id,
                kind=LedgerKind.REVERSAL.value,
                uses_delta=-entry.uses_delta,
                litres_x1000_delta=-entry.litres_x1000_delta,
                use_no=entry.use_no,
                order_id=entry.order_id,
                discount_fen=-entry.discount_fen,
                reverses_id=entry.id,
                reason=reason.strip(),
                at=now,
                by_id=actor.id,
            )
        )
        s.flush()
        audit.record(
            s,
            actor,
            "reverse_package_entry",
            ENTITY,
            entry.sale_id,
            {"entry": entry.id, "kind": entry.kind, "reason": reason.strip()},
        )


def book_expiries(db: Database, actor: Actor, as_of: date, now: datetime | None = None) -> int:
    """Packages whose validity ended before ``as_of`` lose what is left; returns how many expired."""
    now = now or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, Role.MANAGER)
        sales = list(s.scalars(select(PackageSale).where(PackageSale.valid_until < as_of)))
        rows = ledger_rows(s, [x.id for x in sales])
        count = 0
        for sale in sales:
            left = sale_balance(rows[sale.id])
            if left.uses_left <= 0 and left.litres_x1000_owed <= 0:
                continue
            s.add(
                PackageLedgerEntry(
                    sale_id=sale.id,
                    vehicle_id=sale.vehicle_id,
                    kind=LedgerKind.EXPIRY.value,
                    uses_delta=-left.uses_left,
                    litres_x1000_delta=-left.litres_x1000_owed,
                    discount_fen=0,
                    reason="",
                    at=now,
                    by_id=actor.id,
                )
            )
            count += 1
            audit.record(
                s,
                actor,
                "expire_package",
                ENTITY,
                sale.id,
                {"uses": left.uses_left, "litres_x1000": left.litres_x1000_owed},
            )
        s.flush()
        return count
