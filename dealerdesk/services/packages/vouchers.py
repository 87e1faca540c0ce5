"""Vouchers: one model for every kind, issued by any desk, redeemed on one work order.

Customer care (loyalty), renewals (renewal gifts), the manager (complaint consolation)
and the front desk call :func:`issue_voucher`; a voucher is redeemed by choosing it on a
work-order line, and booked as redeemed when that order is delivered (see redemption).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, User, Vehicle, Voucher, WorkOrder
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dealerdesk.domain.packages_rules import VoucherKind, VoucherSource, VoucherTerms, check_voucher
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.packages.common import get_vehicle, local_day, next_number

ENTITY = "voucher"
VOUCHER_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no voucher {ref}.")
# Every desk that gives vouchers away; a technician or QC inspector does not.
ISSUERS = (Role.ADVISOR, Role.MANAGER)


@dataclass(frozen=True)
class VoucherView:
    id: int
    code: str
    terms: VoucherTerms
    customer_name: str
    vehicle_id: int | None
    plate: str
    vin: str
    issued_by_name: str
    issued_at: datetime
    redeemed_order_number: str  # empty: not redeemed
    redeemed_at: datetime | None
    redeemed_discount_fen: int | None
    voided_at: datetime | None = None  # a renewal gift taken back by a correction of its offer

    def usable_on(self, today: date) -> bool:
        return not self.redeemed_order_number and self.voided_at is None and self.terms.valid_until >= today


def terms_of(v: Voucher) -> VoucherTerms:
    return VoucherTerms(
        VoucherKind(v.kind), VoucherSource(v.source), v.reason, v.valid_until, v.value_fen, v.service, v.pay_pct
    )


def voucher_views(s: Session, vouchers: list[Voucher]) -> list[VoucherView]:
    out = []
    for v in vouchers:
        customer = s.get(Customer, v.customer_id) if v.customer_id else None
        vehicle = s.get(Vehicle, v.vehicle_id) if v.vehicle_id else None
        issuer = s.get(User, v.issued_by_id)
        order = s.get(WorkOrder, v.redeemed_order_id) if v.redeemed_order_id else None
        out.append(
            VoucherView(
                id=v.id,
                code=v.code,
                terms=terms_of(v),
                customer_name=customer.name if customer else "",
                vehicle_id=v.vehicle_id,
                plate=(vehicle.plate or "") if vehicle else "",
                vin=vehicle.vin if vehicle else "",
                issued_by_name=issuer.full_name if issuer else "",
                issued_at=v.issued_at,
                redeemed_order_number=order.number if order else "",
                redeemed_at=v.redeemed_at,
                redeemed_discount_fen=v.redeemed_discount_fen,
                voided_at=v.voided_at,
            )
        )
    return out


def issue_voucher(
    db: Database, actor: Actor, terms: VoucherTerms, vehicle_id: int, now: datetime | None = None
) -> VoucherView:
    """Give a vehicle (and its owner) a voucher; who issued it, why and until when are kept with it."""
    now = now or utcnow()
    problems = check_voucher(terms, local_day(now))
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        actor = current_actor(s, actor, *ISSUERS)
        return voucher_views(s, [add_voucher(s, actor, terms, vehicle_id, now)])[0]


def add_voucher(s: Session, actor: Actor, terms: VoucherTerms, vehicle_id: int, now: datetime) -> Voucher:
    """The voucher row and its audit entry, inside the caller's transaction (a complaint's sign-off issues
    its consolation gift with the closing, so neither is ever written without the other)."""
    vehicle = get_vehicle(s, vehicle_id)
    v = Voucher(
        code=next_number(s, "V", Voucher.code, now),
        kind=terms.kind.value,
        source=terms.source.value,
        reason=terms.reason.strip(),
        value_fen=terms.value_fen,
        service=terms.service.strip(),
        pay_pct=terms.pay_pct if terms.kind is VoucherKind.SERVICE else 0,
        customer_id=vehicle.owner_id,
        vehicle_id=vehicle.id,
        valid_until=terms.valid_until,
        issued_by_id=actor.id,
        issued_at=now,
    )
    s.add(v)
    s.flush()
    audit.record(
        s,
        actor,
        "issue_voucher",
        ENTITY,
        v.id,
        {
            "code": v.code,
            "kind": v.kind,
            "source": v.source,
            "value_fen": v.value_fen,
            "service": v.service,
            "reason": v.reason,
            "valid_until": v.valid_until.isoformat(),
            "vin": vehicle.vin,
        },
    )
    return v


def vehicle_vouchers(db: Database, vehicle_id: int) -> list[VoucherView]:
    """The vehicle's vouchers and those of its owner, newest first."""
    with db.read() as s:
        vehicle = get_vehicle(s, vehicle_id)
        q = select(Voucher).where(Voucher.vehicle_id == vehicle.id)
        if vehicle.owner_id is not None:
            q = select(Voucher).where((Voucher.vehicle_id == vehicle.id) | (Voucher.customer_id == vehicle.owner_id))
        return voucher_views(s, list(s.scalars(q.order_by(Voucher.id.desc()))))


def load_voucher(db: Database, voucher_id: int) -> VoucherView:
    with db.read() as s:
        v = s.get(Voucher, voucher_id)
        if v is None:
            raise NotFound(VOUCHER_NOT_FOUND, ref=voucher_id)
        return voucher_views(s, [v])[0]
