"""续保前移: the renewal offer at a large claim repair's hand-over, its gift vouchers and the advisor's bonus.

The claim amount is the order's settled (final) amount, so the offer is recorded after the
settlement and before delivery; delivery refuses a claim order at or above the threshold while
its offer is not recorded (:func:`require_offer_recorded`, called by the QC service's deliver).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import RenewalBonus, RenewalOffer, RenewalOfferVoucher, Setting, User, Voucher, WorkOrder
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError, NotFound, ValidationError
from dealerdesk.domain.renewal_offer_rules import (
    DeclineReason,
    GiftPackage,
    OfferResult,
    OfferTerms,
    check_offer,
    gift_vouchers,
    offer_due,
    packages_for,
    terms_from_dict,
)
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import STATUS_LABELS, OrderStatus, ServiceCategory
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.packages.common import local_day
from dealerdesk.services.packages.vouchers import add_voucher
from dealerdesk.services.settlement import settle

ENTITY = "work_order"  # audited on the order: its log tells the hand-over's whole story
# The advisor at the hand-over, the manager, or the insurance desk the advisor brings the customer to.
RECORDERS = (Role.ADVISOR, Role.MANAGER, Role.RENEWAL_SPECIALIST)
SETTING_KEY = "renewal_offer"

ORDER_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no work order {ref}.")
NOT_SETTLED_YET = QT_TRANSLATE_NOOP(
    "Messages", "Settle order {number} first: the gift package depends on the claim's final amount."
)
NOT_DUE = QT_TRANSLATE_NOOP(
    "Messages",
    "Order {number} needs no renewal offer: it is not an insurance claim of {threshold} yuan or more.",
)
ALREADY_RECORDED = QT_TRANSLATE_NOOP("Messages", "The renewal offer of order {number} is recorded already.")
NOT_AT_HANDOVER = QT_TRANSLATE_NOOP(
    "Messages", "The renewal offer is recorded at the hand-over, before delivery; order {number} is {status}."
)
NO_VEHICLE = QT_TRANSLATE_NOOP(
    "Messages", "Order {number} has no vehicle record, so the gift vouchers have no car to go on."
)
OFFER_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "Order {number} is an insurance claim of {amount} yuan: record the renewal offer (续保前移) "
    "and the customer's answer before delivery.",
)


@dataclass(frozen=True)
class OfferView:
    order_id: int
    order_number: str
    claim_fen: int
    result: OfferResult
    prepay_fen: int | None
    package_name: str
    package_worth_fen: int
    decline_reason: DeclineReason | None
    note: str
    advisor_name: str
    recorded_at: datetime
    voucher_codes: tuple[str, ...]


@dataclass(frozen=True)
class OfferState:
    """What the offer dialog shows: the order, its final amount, the packages of its band, any offer made."""

    order_id: int
    order_number: str
    plate: str
    customer_name: str
    is_claim: bool
    final_fen: int | None  # None: not settled yet
    due: bool
    terms: OfferTerms
    packages: tuple[GiftPackage, ...]
    offer: OfferView | None


def terms_in(s: Session) -> OfferTerms:
    """The dealership's offer terms as Settings holds them (the defaults when never saved)."""
    row = s.get(Setting, SETTING_KEY)
    return terms_from_dict(json.loads(row.value) if row is not None else {})


def _order(s: Session, order_id: int) -> WorkOrder:
    o = s.get(WorkOrder, order_id)
    if o is None:
        raise NotFound(ORDER_NOT_FOUND, ref=order_id)
    return o


def _final_fen(s: Session, o: WorkOrder) -> int | None:
    st = settle.current(s, o.id)
    return st.net_fen if st is not None else None


def _is_claim(o: WorkOrder) -> bool:
    return o.category == ServiceCategory.INSURANCE_CLAIM.value


def _view(s: Session, offer: RenewalOffer, number: str) -> OfferView:
    advisor = s.get(User, offer.advisor_id)
    voucher_codes = tuple(
        s.scalars(
            select(Voucher.code)
            .join(RenewalOfferVoucher, RenewalOfferVoucher.voucher_id == Voucher.id)
            .where(RenewalOfferVoucher.offer_id == offer.id)
            .order_by(Voucher.id)
        )
    )
    return OfferView(
        order_id=offer.order_id,
        order_number=number,
        claim_fen=offer.claim_fen,
        result=OfferResult(offer.result),
        prepay_fen=offer.prepay_fen,
        package_name=offer.package_name,
        package_worth_fen=offer.package_worth_fen,
        decline_reason=DeclineReason(offer.decline_reason) if offer.decline_reason else None,
        note=offer.note,
        advisor_name=advisor.full_name if advisor else "",
        recorded_at=offer.recorded_at,
        voucher_codes=voucher_codes,
    )


def _offer_of(s: Session, order_id: int) -> RenewalOffer | None:
    return s.scalar(select(RenewalOffer).where(RenewalOffer.order_id == order_id))


def offer_state(db: Database, order_id: int) -> OfferState:
    with db.read() as s:
        o = _order(s, order_id)
        terms = terms_in(s)
        final = _final_fen(s, o)
        offer = _offer_of(s, o.id)
        return OfferState(
            order_id=o.id,
            order_number=o.number,
            plate=o.plate,
            customer_name=o.customer_name,
            is_claim=_is_claim(o),
            final_fen=final,
            due=final is not None and offer_due(_is_claim(o), final, terms),
            terms=terms,
            packages=tuple(packages_for(final, terms)) if final is not None else (),
            offer=_view(s, offer, o.number) if offer is not None else None,
        )


def offer_due_now(s: Session, o: WorkOrder) -> bool:
    """A settled claim order at or above the threshold: its offer must be recorded before delivery."""
    final = _final_fen(s, o)
    return final is not None and offer_due(_is_claim(o), final, terms_in(s))


def require_offer_recorded(s: Session, o: WorkOrder) -> None:
    """Delivery of a large claim repair waits for its renewal offer (inside the delivery's transaction)."""
    final = _final_fen(s, o)
    if final is None or not offer_due(_is_claim(o), final, terms_in(s)):
        return
    if _offer_of(s, o.id) is None:
        raise DealerDeskError(OFFER_MISSING, number=o.number, amount=f"{final / 100:,.2f}")


def record_offer(
    db: Database,
    actor: Actor,
    order_id: int,
    result: OfferResult,
    *,
    prepay_fen: int | None = None,
    package_name: str = "",
    decline: DeclineReason | None = None,
    note: str = "",
    now: datetime | None = None,
) -> OfferView:
    """The offer and the customer's answer; a prepayment puts the package's vouchers on the car and the
    bonus in the advisor's ledger, in the same transaction (never one without the others)."""
    now = now or utcnow()
    with db.write() as s:
        actor = current_actor(s, actor, *RECORDERS)
        o = _order(s, order_id)
        if o.status != OrderStatus.READY.value:
            raise DealerDeskError(NOT_AT_HANDOVER, number=o.number, status=STATUS_LABELS[OrderStatus(o.status)])
        terms = terms_in(s)
        final = _final_fen(s, o)
        if final is None:
            raise DealerDeskError(NOT_SETTLED_YET, number=o.number)
        if not offer_due(_is_claim(o), final, terms):
            raise DealerDeskError(NOT_DUE, number=o.number, threshold=f"{terms.min_claim_fen / 100:,.0f}")
        if _offer_of(s, o.id) is not None:
            raise DealerDeskError(ALREADY_RECORDED, number=o.number)
        problems = check_offer(terms, final, result, prepay_fen, package_name, decline, note)
        if problems:
            raise ValidationError(problems)
        prepaid = result is OfferResult.PREPAID
        package = next((p for p in packages_for(final, terms) if p.name == package_name), None) if prepaid else None
        if prepaid and o.vehicle_id is None:
            raise DealerDeskError(NO_VEHICLE, number=o.number)
        # The bonus is the advisor's who brings the customer: the one recording it, or else the order's advisor.
        advisor_id = actor.id if actor.has(Role.ADVISOR) else o.advisor_id
        offer = RenewalOffer(
            order_id=o.id,
            vehicle_id=o.vehicle_id,
            claim_fen=final,
            result=result.value,
            prepay_fen=prepay_fen if prepaid else None,
            package_name=package.name if package else "",
            package_worth_fen=package.worth_fen if package else 0,
            decline_reason=decline.value if not prepaid and decline else None,
            note=note.strip(),
            advisor_id=advisor_id,
            recorded_at=now,
        )
        s.add(offer)
        s.flush()
        codes: list[str] = []
        if package is not None and o.vehicle_id is not None:
            reason = f"{package.name} · {o.number}"
            for terms_v in gift_vouchers(package, reason, local_day(now), terms):
                v = add_voucher(s, actor, terms_v, o.vehicle_id, now)
                s.add(RenewalOfferVoucher(offer_id=offer.id, voucher_id=v.id))
                codes.append(v.code)
            if terms.bonus_fen > 0:
                s.add(
                    RenewalBonus(
                        advisor_id=advisor_id,
                        offer_id=offer.id,
                        amount_fen=terms.bonus_fen,
                        month=local_day(now).strftime("%Y-%m"),
                        at=now,
                    )
                )
        s.flush()
        audit.record(
            s,
            actor,
            "renewal_offer",
            ENTITY,
            o.id,
            {
                "result": result.value,
                "claim_fen": final,
                **({"prepay_fen": prepay_fen, "package": offer.package_name, "vouchers": codes} if prepaid else {}),
                **({"decline_reason": offer.decline_reason} if not prepaid else {}),
                **({"note": offer.note} if offer.note else {}),
            },
        )
        return _view(s, offer, o.number)
