"""Prepaid packages (套餐), vouchers (代金券) and the extended warranty (延保): the pure rules.

A package sold to a vehicle is a number of uses; use *n* charges the covered lines at its
own rate (``pay_pct[n-1]``: 90 is 9折, 0 is fully prepaid), so a discount can deepen with
each use. The ledger of a vehicle's packages is append-only; its balance is the sum of its
rows, in uses and in litres of oil owed. The use number of the next use is the net number
of uses booked so far plus one, so a reversed use is used again at the same rate.

Rounding (one rule, in fen): a line's discount is ``amount - round_half_up(amount * pay_pct / 100)``,
line by line; a value voucher covers lines in their order until its value is spent.
"""

from __future__ import annotations

import enum
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem

# 单用途商业预付卡管理办法: a named (记名) prepaid card holds at most 5,000 yuan.
NAMED_CARD_LIMIT_FEN = 5_000_00
MAX_USES = 20

NAME = "name"
PRICE = "price"
USES = "uses"
RATES = "rates"
VALIDITY = "validity"
LITRES = "litres"

NAME_EMPTY = QT_TRANSLATE_NOOP("Messages", "Give the package a name.")
PRICE_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "The price cannot be negative.")
PRICE_OVER_LIMIT = QT_TRANSLATE_NOOP(
    "Messages", "A named prepaid card may hold at most {limit} yuan; this package costs {price} yuan."
)
USES_RANGE = QT_TRANSLATE_NOOP("Messages", "A package has 1 to {max} uses; you gave {uses}.")
RATE_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "A rate is the share the customer pays, 0 to 100 (90 is 9折); use {use} has {rate}."
)
VALIDITY_RANGE = QT_TRANSLATE_NOOP("Messages", "A package is valid for 1 to 3,650 days; you gave {days}.")
LITRES_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "The litres of oil per use cannot be negative.")
HELD_OVER_LIMIT = QT_TRANSLATE_NOOP(
    "Messages",
    "This vehicle's prepaid packages already hold {held} yuan; with this one they would hold {total} yuan, "
    "more than the {limit} yuan a named prepaid card may hold.",
)


class LedgerKind(enum.StrEnum):
    SALE = "sale"
    USE = "use"
    REVERSAL = "reversal"
    EXPIRY = "expiry"


LEDGER_LABELS: dict[LedgerKind, str] = {
    LedgerKind.SALE: QT_TRANSLATE_NOOP("Messages", "Sale"),
    LedgerKind.USE: QT_TRANSLATE_NOOP("Messages", "Use"),
    LedgerKind.REVERSAL: QT_TRANSLATE_NOOP("Messages", "Reversal"),
    LedgerKind.EXPIRY: QT_TRANSLATE_NOOP("Messages", "Expiry"),
}


@dataclass(frozen=True)
class ContentLine:
    """One thing a use of the package covers: a labour operation or a part, with its quantity."""

    kind: str  # "labour" or "part"
    name: str
    quantity_x1000: int


@dataclass(frozen=True)
class TemplateTerms:
    """What a package template (or a sale's copy of it) promises."""

    name: str
    price_fen: int
    pay_pct: tuple[int, ...]  # one rate per use
    validity_days: int
    oil_litres_x1000: int = 0  # litres of oil owed per use (prepaid oil is counted each month)
    contents: tuple[ContentLine, ...] = ()

    @property
    def uses(self) -> int:
        return len(self.pay_pct)


# Stored as text: rates "90,80,70", contents as JSON rows.


def rates_text(pay_pct: tuple[int, ...]) -> str:
    return ",".join(str(r) for r in pay_pct)


def parse_rates(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",") if x.strip())


def contents_json(contents: tuple[ContentLine, ...]) -> str:
    return json.dumps([[c.kind, c.name, c.quantity_x1000] for c in contents], ensure_ascii=False)


def parse_contents(text: str) -> tuple[ContentLine, ...]:
    return tuple(ContentLine(str(k), str(n), int(q)) for k, n, q in json.loads(text or "[]"))


RATES_FORMAT = QT_TRANSLATE_NOOP(
    "Messages",
    "Type the rate of each use, e.g. 9折 8折 7折 or 90, 80, 70 (the share the customer pays); you typed {value}.",
)


def parse_rate_list(text: str) -> tuple[tuple[int, ...], list[Problem]]:
    """ "9折 8折 7折", "9/8/7", "90,80,70" or "0" (prepaid in full) -> percentages the customer pays."""
    typed = unicodedata.normalize("NFKC", text).strip()
    parts = [p for p in re.split(r"[\s,;/、，]+", typed.replace("折", " ")) if p]
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if not numbers:
        return (), [Problem(RATES, RATES_FORMAT, {"value": typed})]
    # Written as 折 (at most 10, or marked 折): tenths of the price; else percent.
    tenths = "折" in typed or all(n <= 10 for n in numbers)
    rates = tuple(round(n * 10) if tenths else round(n) for n in numbers)
    return rates, []


def check_terms(terms: TemplateTerms) -> list[Problem]:
    problems: list[Problem] = []
    if not terms.name.strip():
        problems.append(Problem(NAME, NAME_EMPTY))
    if terms.price_fen < 0:
        problems.append(Problem(PRICE, PRICE_NEGATIVE))
    elif terms.price_fen > NAMED_CARD_LIMIT_FEN:
        problems.append(
            Problem(
                PRICE, PRICE_OVER_LIMIT, {"limit": yuan_text(NAMED_CARD_LIMIT_FEN), "price": yuan_text(terms.price_fen)}
            )
        )
    if not 1 <= terms.uses <= MAX_USES:
        problems.append(Problem(USES, USES_RANGE, {"max": MAX_USES, "uses": terms.uses}))
    for use, rate in enumerate(terms.pay_pct, start=1):
        if not 0 <= rate <= 100:
            problems.append(Problem(RATES, RATE_RANGE, {"use": use, "rate": rate}))
            break
    if not 1 <= terms.validity_days <= 3650:
        problems.append(Problem(VALIDITY, VALIDITY_RANGE, {"days": terms.validity_days}))
    if terms.oil_litres_x1000 < 0:
        problems.append(Problem(LITRES, LITRES_NEGATIVE))
    return problems


def yuan_text(fen: int) -> str:
    whole, cents = divmod(fen, 100)
    return f"{whole:,}" if not cents else f"{whole:,}.{cents:02d}"


def held_value_fen(price_fen: int, uses: int, uses_left: int) -> int:
    """The prepaid value a package still holds: its price for the uses not yet taken (half up)."""
    if uses <= 0 or uses_left <= 0:
        return 0
    return (price_fen * uses_left * 2 + uses) // (2 * uses)


def check_held_limit(held_fen: int, price_fen: int) -> list[Problem]:
    """A vehicle's prepaid packages together stay within the named-card limit."""
    total = held_fen + price_fen
    if total <= NAMED_CARD_LIMIT_FEN:
        return []
    return [
        Problem(
            PRICE,
            HELD_OVER_LIMIT,
            {"held": yuan_text(held_fen), "total": yuan_text(total), "limit": yuan_text(NAMED_CARD_LIMIT_FEN)},
        )
    ]


def pay_share(amount_fen: int, pay_pct: int) -> int:
    """What the customer still pays of a line at ``pay_pct`` percent, rounded half up to the fen."""
    return (amount_fen * pay_pct + 50) // 100


def line_discount(amount_fen: int, pay_pct: int) -> int:
    return amount_fen - pay_share(amount_fen, pay_pct)


def rate_for_use(pay_pct: Sequence[int], use_no: int) -> int:
    """The rate of use number ``use_no`` (1-based); a use past the last is not allowed."""
    if not 1 <= use_no <= len(pay_pct):
        raise ValueError(f"use {use_no} of a package with {len(pay_pct)} uses")
    return pay_pct[use_no - 1]


def zhe_text(pay_pct: int) -> str:
    """90 -> "9折", 85 -> "8.5折", 0 -> "0折" (prepaid in full), 100 -> "10折" (no discount)."""
    tenths = pay_pct / 10
    return f"{tenths:g}折"


def value_voucher_discounts(amounts_fen: Sequence[int], value_fen: int) -> list[int]:
    """A value voucher covers the lines in their order until its value is spent."""
    left = value_fen
    out: list[int] = []
    for amount in amounts_fen:
        take = min(max(amount, 0), left)
        out.append(take)
        left -= take
    return out


# --- balances -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerRow:
    kind: LedgerKind
    uses_delta: int
    litres_x1000_delta: int


@dataclass(frozen=True)
class Balance:
    uses_left: int
    litres_x1000_owed: int
    uses_booked: int  # net uses taken: the next use is number uses_booked + 1


def balance(rows: Sequence[LedgerRow]) -> Balance:
    uses = sum(r.uses_delta for r in rows)
    litres = sum(r.litres_x1000_delta for r in rows)
    booked = sum(-r.uses_delta for r in rows if r.kind is LedgerKind.USE) - sum(
        r.uses_delta for r in rows if r.kind is LedgerKind.REVERSAL
    )
    return Balance(uses, litres, booked)


@dataclass(frozen=True)
class Reconciliation:
    """Litres of prepaid oil owed over one month: start + sold - used - expired = end."""

    owed_start_x1000: int
    sold_x1000: int
    used_x1000: int  # net of reversals
    expired_x1000: int
    owed_end_x1000: int

    @property
    def expected_end_x1000(self) -> int:
        return self.owed_start_x1000 + self.sold_x1000 - self.used_x1000 - self.expired_x1000

    @property
    def difference_x1000(self) -> int:
        return self.owed_end_x1000 - self.expected_end_x1000

    @property
    def balances(self) -> bool:
        return self.difference_x1000 == 0


# --- the source document's packages -----------------------------------------------------------


def default_templates() -> list[TemplateTerms]:
    """The packages the source document names, as a dealership would start with them."""
    oil = ContentLine("part", "机油 5W-30", 4000)
    oil_filter = ContentLine("part", "机油滤清器", 1000)
    service = ContentLine("labour", "常规保养", 1000)
    return [
        # Prepaid oil at 8折: five changes of 4 L paid now at 80% of 5 x 4 L x 60 yuan/L; each use is covered.
        TemplateTerms("预存机油 8折 (5次×4L)", 960_00, (0,) * 5, 730, 4000, (oil,)),
        # A prepaid full service with a free oil filter: the one use is covered in full.
        TemplateTerms("预存全合成保养 送机滤", 880_00, (0,), 365, 4000, (service, oil, oil_filter)),
        TemplateTerms("五次保养 9/8/7/6/5折", 300_00, (90, 80, 70, 60, 50), 1095, 0, (service, oil, oil_filter)),
        TemplateTerms("三次保养 9/8/7折", 150_00, (90, 80, 70), 730, 0, (service, oil, oil_filter)),
    ]


# --- vouchers ---------------------------------------------------------------------------------


class VoucherKind(enum.StrEnum):
    VALUE = "value"  # money off (代金券)
    SERVICE = "service"  # a service free or at a rate (e.g. a free wheel alignment, first-visit labour 7折)


class VoucherSource(enum.StrEnum):
    REFERRAL = "referral"  # 转介绍购车基金
    COMPLAINT = "complaint"  # 安慰礼
    RENEWAL = "renewal"  # 续保礼
    RECALL = "recall"  # 流失客户召回
    LOYALTY = "loyalty"  # 忠诚客户免费服务
    TOWING = "towing"  # 救援拖车
    FIRST_VISIT = "first_visit"  # 首次来店
    OTHER = "other"


SOURCE_LABELS: dict[VoucherSource, str] = {
    VoucherSource.REFERRAL: QT_TRANSLATE_NOOP("Messages", "Referral fund"),
    VoucherSource.COMPLAINT: QT_TRANSLATE_NOOP("Messages", "Complaint consolation"),
    VoucherSource.RENEWAL: QT_TRANSLATE_NOOP("Messages", "Insurance renewal gift"),
    VoucherSource.RECALL: QT_TRANSLATE_NOOP("Messages", "Lost-customer recall"),
    VoucherSource.LOYALTY: QT_TRANSLATE_NOOP("Messages", "Loyalty free service"),
    VoucherSource.TOWING: QT_TRANSLATE_NOOP("Messages", "Towing"),
    VoucherSource.FIRST_VISIT: QT_TRANSLATE_NOOP("Messages", "First visit"),
    VoucherSource.OTHER: QT_TRANSLATE_NOOP("Messages", "Other"),
}

VOUCHER_VALUE = "voucher_value"
VOUCHER_REASON = "voucher_reason"
VOUCHER_VALID = "voucher_valid_until"
VOUCHER_SERVICE = "voucher_service"


@dataclass(frozen=True)
class VoucherTerms:
    kind: VoucherKind
    source: VoucherSource
    reason: str
    valid_until: date
    value_fen: int = 0  # VALUE: the money off; SERVICE: a cap (0: none)
    service: str = ""  # SERVICE: what it covers
    pay_pct: int = 0  # SERVICE: what the customer pays of the covered line (0: free)


def check_voucher(terms: VoucherTerms, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if terms.kind is VoucherKind.VALUE and terms.value_fen <= 0:
        problems.append(Problem(VOUCHER_VALUE, QT_TRANSLATE_NOOP("Messages", "A value voucher needs its value.")))
    if terms.value_fen < 0:
        problems.append(Problem(VOUCHER_VALUE, PRICE_NEGATIVE))
    if terms.kind is VoucherKind.SERVICE and not terms.service.strip():
        problems.append(
            Problem(VOUCHER_SERVICE, QT_TRANSLATE_NOOP("Messages", "Say which service the voucher covers."))
        )
    if not 0 <= terms.pay_pct <= 100:
        problems.append(Problem(VOUCHER_SERVICE, RATE_RANGE, {"use": 1, "rate": terms.pay_pct}))
    if not terms.reason.strip():
        problems.append(
            Problem(VOUCHER_REASON, QT_TRANSLATE_NOOP("Messages", "Say why the voucher is given (for the audit)."))
        )
    if terms.valid_until < today:
        problems.append(
            Problem(
                VOUCHER_VALID,
                QT_TRANSLATE_NOOP("Messages", "The voucher would be expired already on {date}."),
                {"date": terms.valid_until.isoformat()},
            )
        )
    return problems


def voucher_discounts(terms: VoucherTerms, amounts_fen: Sequence[int]) -> list[int]:
    """The discount a voucher gives on each of the lines it was chosen for."""
    if terms.kind is VoucherKind.VALUE:
        return value_voucher_discounts(amounts_fen, terms.value_fen)
    discounts = [line_discount(a, terms.pay_pct) for a in amounts_fen]
    if terms.value_fen > 0:  # a capped service voucher
        return value_voucher_discounts(discounts, terms.value_fen)
    return discounts


# --- the extended warranty --------------------------------------------------------------------


@dataclass(frozen=True)
class WarrantyTerms:
    years: int
    km: int


FACTORY_WARRANTY = WarrantyTerms(3, 100_000)
EXTENSIONS = (WarrantyTerms(1, 30_000), WarrantyTerms(2, 60_000))  # the source document's two offers
CALL_DAYS = (90, 60, 30)  # the customer-care call lists before the predicted end
DEFAULT_KM_PER_DAY = 40.0  # a car with no history drives like the average private car here


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def km_per_day(readings: Sequence[tuple[date, int]], start: date, start_km: int = 0) -> float:
    """The vehicle's own pace: from its earliest to its latest reading (with the warranty start
    as a reading of ``start_km``); the default when no reading spans a day."""
    points = sorted([(start, start_km), *readings])
    first, last = points[0], points[-1]
    days = (last[0] - first[0]).days
    if days <= 0 or last[1] <= first[1]:
        return DEFAULT_KM_PER_DAY
    return (last[1] - first[1]) / days


@dataclass(frozen=True)
class WarrantyEnd:
    end_date: date  # the predicted end: the earlier of the two limits
    by_km: bool  # True: the km limit is reached first
    date_limit: date
    km_limit: int


def predict_end(
    start: date, terms: WarrantyTerms, last_reading: tuple[date, int] | None, pace_km_per_day: float
) -> WarrantyEnd:
    """The earlier of the date limit and the day the km limit is reached at the vehicle's pace.

    The km day is counted from the last reading (or the start at 0 km); a limit already
    passed ends the warranty on the reading's day. On a tie the date limit is named.
    """
    date_limit = add_years(start, terms.years)
    day, km = last_reading if last_reading is not None else (start, 0)
    if km >= terms.km:
        km_day = day
    elif pace_km_per_day <= 0:
        km_day = date.max
    else:
        # The first whole day on which the odometer reaches the limit (ceil without floats piling up).
        days = -(-(terms.km - km) // pace_km_per_day)
        km_day = day + timedelta(days=int(days)) if days < 365 * 100 else date.max
    if km_day < date_limit:
        return WarrantyEnd(km_day, True, date_limit, terms.km)
    return WarrantyEnd(date_limit, False, date_limit, terms.km)


def call_bucket(days_left: int) -> int | None:
    """Which call list (90, 60 or 30 days before the end) a vehicle with ``days_left`` falls in."""
    if days_left < 0:
        return None
    for limit in sorted(CALL_DAYS):
        if days_left <= limit:
            return limit
    return None


def extension_end(factory_end: WarrantyEnd, extension: WarrantyTerms) -> tuple[date, int]:
    """An extension runs from the factory end for its years, to the factory km limit plus its km."""
    return add_years(factory_end.date_limit, extension.years), factory_end.km_limit + extension.km
