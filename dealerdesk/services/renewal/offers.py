"""续保前移: the renewal offer at a large claim repair's hand-over, its gift vouchers and the advisor's bonus.

The claim amount is the order's settled (final) amount, so the offer is recorded after the
settlement and before delivery; delivery refuses a claim order at or above the threshold while
its offer is not recorded (:func:`require_offer_recorded`, called by the QC service's deliver).

A recorded answer is corrected (:func:`correct_offer`) by the one who recorded it or a manager, with
a reason, against the version they opened; the audit log keeps the before, the after and why. A
correction that changes the gift voids the unused vouchers of the old package and issues the new
one's; one that turns a prepayment into a refusal reverses the advisor's bonus in the ledger (the
month of the correction), and the other way round earns it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import (
    AuditEntry,
    RenewalBonus,
    RenewalOffer,
    RenewalOfferVoucher,
    Setting,
    User,
    Voucher,
    WorkOrder,
)
from dealerdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    DealerDeskError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from dealerdesk.domain.renewal_offer_rules import (
    DeclineReason,
    GiftPackage,
    OfferAnswer,
    OfferResult,
    OfferTerms,
    check_correction,
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
from dealerdesk.services.orders.work_orders import CHANGED_BY_OTHER, CHANGED_MEANWHILE
from dealerdesk.services.packages import redemption
from dealerdesk.services.packages.common import local_day
from dealerdesk.services.packages.vouchers import add_voucher
from dealerdesk.services.settlement import settle

ENTITY = "work_order"  # audited on the order: its log tells the hand-over's whole story
CORRECTED = "correct_renewal_offer"  # the audit action of a correction
# The advisor at the hand-over, the manager, or the insurance desk the advisor brings the customer to.
RECORDERS = (Role.ADVISOR, Role.MANAGER, Role.RENEWAL_SPECIALIST)
# Who corrects a recorded offer besides the one who recorded it.
CORRECTING_MANAGER = Role.MANAGER
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
NO_OFFER = QT_TRANSLATE_NOOP("Messages", "Order {number} has no renewal offer recorded: there is nothing to correct.")
NOT_THE_RECORDER = QT_TRANSLATE_NOOP(
    "Messages", "{name} recorded this renewal offer: only they or a service manager may correct it."
)
GIFT_USED = QT_TRANSLATE_NOOP(
    "Messages",
    "The gift voucher {code} was redeemed on order {order}: the gift cannot be taken back, so the package stays.",
)
GIFT_CHOSEN = QT_TRANSLATE_NOOP(
    "Messages",
    "The gift voucher {code} is chosen on order {order}, which is not delivered yet: the gift cannot be taken "
    "back while an order uses it, so the package stays.",
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
    voucher_codes: tuple[str, ...]  # the gift on the car now (a correction's voided ones left out)
    version: int = 1
    recorded_by_id: int | None = None
    recorded_by_name: str = ""
    corrections: tuple[OfferCorrection, ...] = ()

    @property
    def answer(self) -> OfferAnswer:
        return OfferAnswer(self.result, self.prepay_fen, self.package_name, self.decline_reason, self.note)


@dataclass(frozen=True)
class OfferCorrection:
    """One correction as the audit log keeps it: who, when, why and the fields as {field: [before, after]}."""

    by_name: str
    at: datetime
    reason: str
    changes: dict[str, list[object]]


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


def _names(s: Session, *ids: int | None) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {i: n for i, n in s.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))}


def _corrections(s: Session, order_id: int) -> tuple[OfferCorrection, ...]:
    rows = s.execute(
        select(AuditEntry, User.full_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == str(order_id), AuditEntry.action == CORRECTED)
        .order_by(AuditEntry.id)
    ).all()
    out = []
    for e, name in rows:
        data = json.loads(e.changes)
        reason = str(data.pop("reason", ""))
        fields = {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 2 and k in _AUDITED}
        out.append(OfferCorrection(name or "", e.at, reason, fields))
    return tuple(out)


def _vouchers(s: Session, offer: RenewalOffer) -> list[Voucher]:
    """The gift vouchers the offer put on the car and did not take back."""
    return list(
        s.scalars(
            select(Voucher)
            .join(RenewalOfferVoucher, RenewalOfferVoucher.voucher_id == Voucher.id)
            .where(RenewalOfferVoucher.offer_id == offer.id, Voucher.voided_at.is_(None))
            .order_by(Voucher.id)
        )
    )


def _view(s: Session, offer: RenewalOffer, number: str) -> OfferView:
    names = _names(s, offer.advisor_id, offer.recorded_by_id)
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
        advisor_name=names.get(offer.advisor_id, ""),
        recorded_at=offer.recorded_at,
        voucher_codes=tuple(v.code for v in _vouchers(s, offer)),
        version=offer.version,
        recorded_by_id=offer.recorded_by_id,
        recorded_by_name=names.get(offer.recorded_by_id or 0, ""),
        corrections=_corrections(s, offer.order_id),
    )


_AUDITED = frozenset(OfferAnswer(OfferResult.DECLINED).fields())


def may_correct(actor: Actor, offer: OfferView) -> bool:
    """The one who recorded the offer, or a manager."""
    return actor.has(CORRECTING_MANAGER) or actor.id == offer.recorded_by_id


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
            recorded_by_id=actor.id,
        )
        s.add(offer)
        s.flush()
        codes: list[str] = []
        if package is not None:
            codes = _give_gift(s, actor, o, offer, package, terms, now)
            _earn_bonus(s, offer, terms, now)
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


def _give_gift(
    s: Session, actor: Actor, o: WorkOrder, offer: RenewalOffer, package: GiftPackage, terms: OfferTerms, now: datetime
) -> list[str]:
    """The package's vouchers on the car, linked to the offer; their codes."""
    if o.vehicle_id is None:
        raise DealerDeskError(NO_VEHICLE, number=o.number)
    codes = []
    for terms_v in gift_vouchers(package, f"{package.name} · {o.number}", local_day(now), terms):
        v = add_voucher(s, actor, terms_v, o.vehicle_id, now)
        s.add(RenewalOfferVoucher(offer_id=offer.id, voucher_id=v.id))
        codes.append(v.code)
    return codes


def _take_back_gift(s: Session, actor: Actor, offer: RenewalOffer, now: datetime) -> list[str]:
    """Void the offer's gift vouchers; refused whole when one was redeemed already, or is chosen on an order
    not delivered or cancelled (a settled one has its discount on the bill; it is redeemed at delivery)."""
    given = _vouchers(s, offer)
    for v in given:
        if v.redeemed_order_id is not None:
            used = s.get(WorkOrder, v.redeemed_order_id)
            raise DealerDeskError(GIFT_USED, code=v.code, order=used.number if used else "?")
        holding = redemption.orders_choosing_voucher(s, v.id)
        if holding:
            raise DealerDeskError(GIFT_CHOSEN, code=v.code, order=holding[0])
    for v in given:
        v.voided_at = now
        audit.record(s, actor, "void_voucher", "voucher", v.id, {"code": v.code, "offer_order_id": offer.order_id})
    return [v.code for v in given]


def _earn_bonus(s: Session, offer: RenewalOffer, terms: OfferTerms, now: datetime) -> int:
    if terms.bonus_fen <= 0:
        return 0
    s.add(
        RenewalBonus(
            advisor_id=offer.advisor_id,
            offer_id=offer.id,
            amount_fen=terms.bonus_fen,
            month=local_day(now).strftime("%Y-%m"),
            at=now,
        )
    )
    return terms.bonus_fen


def _reverse_bonus(s: Session, offer: RenewalOffer, now: datetime) -> int:
    """A reversal row, in the month of the correction, for each bonus row of the offer not reversed yet."""
    rows = list(s.scalars(select(RenewalBonus).where(RenewalBonus.offer_id == offer.id)))
    reversed_ids = {r.reverses_id for r in rows}
    total = 0
    for r in rows:
        if r.reverses_id is None and r.id not in reversed_ids:
            s.add(
                RenewalBonus(
                    advisor_id=r.advisor_id,
                    offer_id=offer.id,
                    reverses_id=r.id,
                    amount_fen=-r.amount_fen,
                    month=local_day(now).strftime("%Y-%m"),
                    at=now,
                )
            )
            total -= r.amount_fen
    return total


def _answer_of(offer: RenewalOffer) -> OfferAnswer:
    return OfferAnswer(
        OfferResult(offer.result),
        offer.prepay_fen,
        offer.package_name,
        DeclineReason(offer.decline_reason) if offer.decline_reason else None,
        offer.note,
    )


def correct_offer(
    db: Database,
    actor: Actor,
    order_id: int,
    version: int,
    answer: OfferAnswer,
    reason: str,
    *,
    now: datetime | None = None,
) -> OfferView:
    """Correct a recorded offer: by the one who recorded it or a manager, against the ``version`` they opened,
    with a reason; the audit log keeps each changed field as [before, after], the reason and the vouchers
    and bonus the correction moved. Refused whole when anything is wrong."""
    now = now or utcnow()
    try:
        with db.write() as s:
            actor = current_actor(s, actor, *RECORDERS)
            o = _order(s, order_id)
            offer = _offer_of(s, o.id)
            if offer is None:
                raise DealerDeskError(NO_OFFER, number=o.number)
            if not actor.has(CORRECTING_MANAGER) and actor.id != offer.recorded_by_id:
                recorder = _names(s, offer.recorded_by_id).get(offer.recorded_by_id or 0, "")
                raise PermissionDenied(NOT_THE_RECORDER, name=recorder)
            if offer.version != version:
                by = _names(s, offer.corrected_by_id).get(offer.corrected_by_id or 0, "?")
                when = (offer.corrected_at or offer.recorded_at).astimezone()
                raise ConflictError(CHANGED_BY_OTHER, user=by, number=o.number, time=when)
            terms = terms_in(s)
            before = _answer_of(offer)
            after = answer.normalised()
            problems = check_correction(terms, offer.claim_fen, before, after, reason)
            if problems:
                raise ValidationError(problems)
            package = next((p for p in packages_for(offer.claim_fen, terms) if p.name == after.gift), None)
            # The row first, in one UPDATE that raises the version (the queries below flush it).
            if after.gift != before.gift:
                offer.package_worth_fen = package.worth_fen if package is not None else 0
            offer.result = after.result.value
            offer.prepay_fen = after.prepay_fen
            offer.package_name = after.package_name
            offer.decline_reason = after.decline.value if after.decline else None
            offer.note = after.note
            if offer.corrected_at is not None and now <= offer.corrected_at:
                # The last correction came from a PC whose clock runs ahead: this one is stamped just after
                # it (the database refuses a correction not later than the one before).
                now = offer.corrected_at + timedelta(microseconds=1)
            offer.corrected_by_id = actor.id
            offer.corrected_at = now
            s.flush()
            moved: dict[str, object] = {}
            if after.gift != before.gift:
                if before.gift:
                    moved["vouchers_voided"] = _take_back_gift(s, actor, offer, now)
                if package is not None:
                    moved["vouchers"] = _give_gift(s, actor, o, offer, package, terms, now)
            if (before.result is OfferResult.PREPAID) != (after.result is OfferResult.PREPAID):
                delta = _earn_bonus(s, offer, terms, now) if after.gift else _reverse_bonus(s, offer, now)
                if delta:
                    moved["bonus_fen"] = delta
            s.flush()
            audit.record(
                s,
                actor,
                CORRECTED,
                ENTITY,
                o.id,
                {
                    **audit.diff(before.normalised().fields(), after.fields()),
                    "reason": reason.strip(),
                    "version": offer.version,
                    **moved,
                },
            )
            s.flush()
            return _view(s, offer, o.number)
    except StaleDataError as exc:  # corrected on another workstation between the check and the write
        raise ConflictError(CHANGED_MEANWHILE, number=_number_of(db, order_id)) from exc


def _number_of(db: Database, order_id: int) -> str:
    with db.read() as s:
        return _order(s, order_id).number
