"""Mainland China mobile numbers, as typed at the front desk.

The contract is 11 digits matching ``1[3-9]xxxxxxxxx``. ``phonenumbers`` knows which
of those ranges operators have actually assigned; its data can lag behind new ranges,
so a number it does not know is only a warning the advisor confirms with the customer.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, Severity
from dealerdesk.domain.validation.fields import CUSTOMER_MOBILE
from dealerdesk.domain.validation.result import ValidationResult

MOBILE_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter a mobile number.")
MOBILE_FORMAT = QT_TRANSLATE_NOOP(
    "Messages",
    "Mobile number must be 11 digits starting with 13–19; you typed {value}.",
)
MOBILE_FOREIGN = QT_TRANSLATE_NOOP(
    "Messages",
    "Only mainland China mobile numbers (+86) can be used; you typed {value}.",
)
MOBILE_UNKNOWN_RANGE = QT_TRANSLATE_NOOP(
    "Messages",
    "{number} is not in a known mobile number range; check it with the customer and confirm.",
)

_MOBILE = re.compile(r"1[3-9]\d{9}")
# Separators people type between digit groups: "138 0013 8000", "138-0013-8000", "(+86)".
_SEPARATORS = re.compile(r"[\s\-().]")
_MOBILE_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }
)


def normalise_mobile(text: str) -> str:
    """Drop separators and a +86 / 0086 / 86 prefix; also for search boxes (the result may be invalid)."""
    # NFKC turns full-width digits and "＋" (typed with a Chinese input method) into ASCII.
    digits = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    for prefix in ("+86", "0086", "86"):
        # A bare "86" is a prefix only when 11 digits follow, or it would eat a real number.
        if digits.startswith(prefix) and (prefix != "86" or len(digits) == 13):
            return digits[len(prefix) :]
    return digits


def validate_mobile(text: str, *, field: str = CUSTOMER_MOBILE) -> ValidationResult[str]:
    """Validate a mainland mobile number and return it as 11 digits.

    Use ``field=CONTACT_MOBILE`` for the person who brought the car.
    """
    typed = text.strip()
    if not typed:
        return ValidationResult(None, [Problem(field, MOBILE_EMPTY)])
    number = normalise_mobile(typed)
    if number.startswith(("+", "00")):
        return ValidationResult(None, [Problem(field, MOBILE_FOREIGN, {"value": typed})])
    if not _MOBILE.fullmatch(number):
        return ValidationResult(None, [Problem(field, MOBILE_FORMAT, {"value": typed})])
    parsed = phonenumbers.parse("+86" + number)
    if phonenumbers.number_type(parsed) not in _MOBILE_TYPES:
        unknown = Problem(field, MOBILE_UNKNOWN_RANGE, {"number": number}, Severity.WARNING)
        return ValidationResult(number, [unknown])
    return ValidationResult(number)
