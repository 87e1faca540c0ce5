"""续保前移: the renewal offer made at the hand-over of a large insurance-claim repair.

When a claim repair's final amount reaches the threshold (5,000 yuan by default), the advisor
brings the customer to the insurance desk before the car leaves: prepaying part of next year's
premium (1,000-3,000 yuan) earns a gift package chosen from the claim amount's band, and the
advisor earns a bonus per prepaying customer. The bands and packages are the dealership's
(Settings); the defaults are the source document's figures.

Bands are closed at the top: a band "up to 10,000" holds 10,000.00 itself, the next one starts
above it, and the last band (no upper bound) holds everything above the one before. So with the
defaults: 5,000 <= claim <= 10,000 -> 800; 10,000 < claim <= 20,000 -> 1,300; > 20,000 -> 2,000.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem
from dealerdesk.domain.money import format_yuan
from dealerdesk.domain.packages_rules import VoucherKind, VoucherSource, VoucherTerms

PREPAY = "prepay"
PACKAGE = "package"
DECLINE = "decline_reason"
NOTE = "note"
REASON = "correction_reason"
TERMS = "renewal_offer_terms"
REASON_MAX = 500


class OfferResult(enum.StrEnum):
    PREPAID = "prepaid"  # the customer prepaid and chose a package
    DECLINED = "declined"


class DeclineReason(enum.StrEnum):
    PRICE = "price"  # 价格
    INSURED_ELSEWHERE = "insured_elsewhere"  # 已在别处投保 / 续保
    NOT_POLICY_HOLDER = "not_policy_holder"  # 来取车的不是投保人
    DECIDE_LATER = "decide_later"  # 以后再说
    COMPANY_CAR = "company_car"  # 单位车辆, 单位统一投保
    OTHER = "other"  # 其他 (the note says what)


RESULT_LABELS: dict[OfferResult, str] = {
    OfferResult.PREPAID: QT_TRANSLATE_NOOP("Messages", "Prepaid"),
    OfferResult.DECLINED: QT_TRANSLATE_NOOP("Messages", "Declined"),
}
DECLINE_LABELS: dict[DeclineReason, str] = {
    DeclineReason.PRICE: QT_TRANSLATE_NOOP("Messages", "Price"),
    DeclineReason.INSURED_ELSEWHERE: QT_TRANSLATE_NOOP("Messages", "Renews elsewhere"),
    DeclineReason.NOT_POLICY_HOLDER: QT_TRANSLATE_NOOP("Messages", "Not the policy holder"),
    DeclineReason.DECIDE_LATER: QT_TRANSLATE_NOOP("Messages", "Will decide later"),
    DeclineReason.COMPANY_CAR: QT_TRANSLATE_NOOP("Messages", "Company car, insured by the company"),
    DeclineReason.OTHER: QT_TRANSLATE_NOOP("Messages", "Other (say why)"),
}

PREPAY_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "The prepayment is {low} to {high} yuan of next year's premium; you typed {value}."
)
NO_PACKAGE = QT_TRANSLATE_NOOP("Messages", "Choose the gift package the customer takes.")
PACKAGE_NOT_IN_BAND = QT_TRANSLATE_NOOP(
    "Messages", "The package {name} is not offered for a claim of {amount} yuan: choose one of the list."
)
NO_DECLINE_REASON = QT_TRANSLATE_NOOP("Messages", "Say why the customer declined.")
OTHER_NEEDS_NOTE = QT_TRANSLATE_NOOP("Messages", "“Other”: write the customer's reason in the note.")
NO_CORRECTION_REASON = QT_TRANSLATE_NOOP(
    "Messages", "Say why the offer is corrected: the reason is kept with the before and after in the audit log."
)
REASON_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "Keep the reason to {max} characters; it has {count}.")
NOTHING_CORRECTED = QT_TRANSLATE_NOOP("Messages", "Nothing was changed: correct a field, or cancel.")
BAD_THRESHOLD = QT_TRANSLATE_NOOP("Messages", "The claim amount that starts the offer must be above zero.")
BAD_PREPAY_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "The prepayment range needs a lowest amount above zero and not above the highest."
)
BAD_BONUS = QT_TRANSLATE_NOOP("Messages", "The advisor's bonus cannot be negative.")
BAD_VALIDITY = QT_TRANSLATE_NOOP("Messages", "Gift vouchers are valid for 1 to 1,095 days.")
BAD_PACKAGE = QT_TRANSLATE_NOOP(
    "Messages", "Package {row}: it needs a name and a voucher value or a service with its worth."
)
BAD_BAND = QT_TRANSLATE_NOOP(
    "Messages", "Package {row}: its band's upper amount must be above the claim amount that starts the offer."
)
NO_TOP_BAND = QT_TRANSLATE_NOOP(
    "Messages", "One band must have no upper amount (every claim above the others), or large claims get nothing."
)


@dataclass(frozen=True)
class GiftPackage:
    """One gift package a band offers: a money-off voucher, a service voucher (towing), or both."""

    up_to_fen: int | None  # the band: claims up to this amount, inclusive; None: above every other band
    name: str
    value_fen: int = 0  # a money-off voucher
    service: str = ""  # a service voucher, free up to service_fen
    service_fen: int = 0

    @property
    def worth_fen(self) -> int:
        return self.value_fen + self.service_fen


@dataclass(frozen=True)
class OfferTerms:
    min_claim_fen: int = 5_000_00
    prepay_min_fen: int = 1_000_00
    prepay_max_fen: int = 3_000_00
    bonus_fen: int = 50_00  # the advisor's, per prepaying customer
    voucher_days: int = 365  # the gift vouchers' validity
    packages: tuple[GiftPackage, ...] = field(default_factory=lambda: DEFAULT_PACKAGES)


# The source document's figures: 5-10k: 800; 10-20k: 800 + towing within 50 km worth 500;
# above 20k: 1,000 + towing within 100 km worth 1,000.
DEFAULT_PACKAGES: tuple[GiftPackage, ...] = (
    GiftPackage(10_000_00, "800元礼包", 800_00),
    GiftPackage(20_000_00, "1,300元礼包 (800元 + 50公里内救援拖车)", 800_00, "50公里内救援拖车", 500_00),
    GiftPackage(None, "2,000元礼包 (1,000元 + 100公里内救援拖车)", 1_000_00, "100公里内救援拖车", 1_000_00),
)


def offer_due(is_claim_repair: bool, final_fen: int, terms: OfferTerms) -> bool:
    """The offer must be recorded before delivery: a claim repair whose final amount reaches the threshold."""
    return is_claim_repair and final_fen >= terms.min_claim_fen


def _band_key(up_to: int | None) -> int:
    return up_to if up_to is not None else 1 << 62


def band_of(final_fen: int, terms: OfferTerms) -> int | None:
    """The upper bound of the band a claim falls in (None: the open top band); no band: ``-1``."""
    bounds = sorted({p.up_to_fen for p in terms.packages}, key=_band_key)
    for up_to in bounds:
        if up_to is None or final_fen <= up_to:
            return up_to
    return -1


def packages_for(final_fen: int, terms: OfferTerms) -> list[GiftPackage]:
    """The packages the customer chooses from for this claim amount (none below the threshold)."""
    if final_fen < terms.min_claim_fen:
        return []
    band = band_of(final_fen, terms)
    return [p for p in terms.packages if p.up_to_fen == band]


def check_offer(
    terms: OfferTerms,
    final_fen: int,
    result: OfferResult,
    prepay_fen: int | None,
    package_name: str,
    decline: DeclineReason | None,
    note: str,
) -> list[Problem]:
    """What is wrong with the advisor's record of the offer, each at its field."""
    problems: list[Problem] = []
    if result is OfferResult.PREPAID:
        if prepay_fen is None or not terms.prepay_min_fen <= prepay_fen <= terms.prepay_max_fen:
            problems.append(
                Problem(
                    PREPAY,
                    PREPAY_RANGE,
                    {
                        "low": format_yuan(terms.prepay_min_fen),
                        "high": format_yuan(terms.prepay_max_fen),
                        "value": format_yuan(prepay_fen) if prepay_fen is not None else "—",
                    },
                )
            )
        names = [p.name for p in packages_for(final_fen, terms)]
        if not package_name.strip():
            problems.append(Problem(PACKAGE, NO_PACKAGE))
        elif package_name not in names:
            problems.append(
                Problem(PACKAGE, PACKAGE_NOT_IN_BAND, {"name": package_name, "amount": format_yuan(final_fen)})
            )
    else:
        if decline is None:
            problems.append(Problem(DECLINE, NO_DECLINE_REASON))
        elif decline is DeclineReason.OTHER and not note.strip():
            problems.append(Problem(NOTE, OTHER_NEEDS_NOTE))
    return problems


@dataclass(frozen=True)
class OfferAnswer:
    """What the customer answered, as recorded: the part of an offer a correction may change."""

    result: OfferResult
    prepay_fen: int | None = None
    package_name: str = ""
    decline: DeclineReason | None = None
    note: str = ""

    def normalised(self) -> OfferAnswer:
        """Only the fields the answer uses: a prepayment has no decline reason, a refusal no amount or package."""
        prepaid = self.result is OfferResult.PREPAID
        return OfferAnswer(
            self.result,
            self.prepay_fen if prepaid else None,
            self.package_name if prepaid else "",
            None if prepaid else self.decline,
            self.note.strip(),
        )

    @property
    def gift(self) -> str:
        """The package it puts on the car ("" when declined)."""
        return self.package_name if self.result is OfferResult.PREPAID else ""

    def fields(self) -> dict[str, object]:
        """As the audit log writes it."""
        return {
            "result": self.result.value,
            "prepay_fen": self.prepay_fen,
            "package": self.package_name,
            "decline_reason": self.decline.value if self.decline else None,
            "note": self.note,
        }


def check_correction(
    terms: OfferTerms, claim_fen: int, before: OfferAnswer, after: OfferAnswer, reason: str
) -> list[Problem]:
    """What is wrong with a correction: the answer checked as when it is recorded, and a reason, always. What
    the correction keeps as it was stays valid though the terms changed since: the package (the bands), the
    prepaid amount (the prepayment range)."""
    was, now = before.normalised(), after.normalised()
    kept_amount = was.prepay_fen is not None and now.prepay_fen == was.prepay_fen
    problems = [
        p
        for p in check_offer(
            terms, claim_fen, after.result, after.prepay_fen, after.package_name, after.decline, after.note
        )
        if not (p.text == PACKAGE_NOT_IN_BAND and after.gift == before.gift)
        and not (p.text == PREPAY_RANGE and kept_amount)
    ]
    why = reason.strip()
    if not why:
        problems.append(Problem(REASON, NO_CORRECTION_REASON))
    elif len(why) > REASON_MAX:
        problems.append(Problem(REASON, REASON_TOO_LONG, {"max": REASON_MAX, "count": len(why)}))
    if not problems and now == was:
        problems.append(Problem(REASON, NOTHING_CORRECTED))
    return problems


def gift_vouchers(package: GiftPackage, reason: str, today: date, terms: OfferTerms) -> list[VoucherTerms]:
    """The vouchers a chosen package puts on the vehicle: money off, and the service (towing) free up to its worth."""
    until = today + timedelta(days=terms.voucher_days)
    out = []
    if package.value_fen > 0:
        out.append(VoucherTerms(VoucherKind.VALUE, VoucherSource.RENEWAL, reason, until, package.value_fen))
    if package.service.strip():  # towing: a service voucher, free up to the worth the band gives it
        out.append(
            VoucherTerms(
                VoucherKind.SERVICE, VoucherSource.RENEWAL, reason, until, package.service_fen, package.service.strip()
            )
        )
    return out


def check_terms(terms: OfferTerms) -> list[Problem]:
    problems: list[Problem] = []
    if terms.min_claim_fen <= 0:
        problems.append(Problem(TERMS, BAD_THRESHOLD))
    if not 0 < terms.prepay_min_fen <= terms.prepay_max_fen:
        problems.append(Problem(TERMS, BAD_PREPAY_RANGE))
    if terms.bonus_fen < 0:
        problems.append(Problem(TERMS, BAD_BONUS))
    if not 1 <= terms.voucher_days <= 1095:
        problems.append(Problem(TERMS, BAD_VALIDITY))
    for row, p in enumerate(terms.packages, start=1):
        worth = p.value_fen > 0 or bool(p.service.strip())
        if not p.name.strip() or not worth or p.value_fen < 0 or p.service_fen < 0:
            problems.append(Problem(TERMS, BAD_PACKAGE, {"row": row}))
        if p.up_to_fen is not None and p.up_to_fen < terms.min_claim_fen:
            problems.append(Problem(TERMS, BAD_BAND, {"row": row}))
    if not any(p.up_to_fen is None for p in terms.packages):
        problems.append(Problem(TERMS, NO_TOP_BAND))
    return problems


# --- kept in Settings as plain JSON ---------------------------------------------------------------


def terms_to_dict(terms: OfferTerms) -> dict[str, Any]:
    return {
        "min_claim_fen": terms.min_claim_fen,
        "prepay_min_fen": terms.prepay_min_fen,
        "prepay_max_fen": terms.prepay_max_fen,
        "bonus_fen": terms.bonus_fen,
        "voucher_days": terms.voucher_days,
        "packages": [[p.up_to_fen, p.name, p.value_fen, p.service, p.service_fen] for p in terms.packages],
    }


def terms_from_dict(data: Mapping[str, Any]) -> OfferTerms:
    """The stored terms; what is missing takes the default (an empty dict: the source document's figures)."""
    d = OfferTerms()
    packages: Sequence[Any] | None = data.get("packages")
    return OfferTerms(
        min_claim_fen=int(data.get("min_claim_fen", d.min_claim_fen)),
        prepay_min_fen=int(data.get("prepay_min_fen", d.prepay_min_fen)),
        prepay_max_fen=int(data.get("prepay_max_fen", d.prepay_max_fen)),
        bonus_fen=int(data.get("bonus_fen", d.bonus_fen)),
        voucher_days=int(data.get("voucher_days", d.voucher_days)),
        packages=tuple(
            GiftPackage(None if up is None else int(up), str(name), int(value), str(service), int(worth))
            for up, name, value, service, worth in packages
        )
        if packages is not None
        else d.packages,
    )
