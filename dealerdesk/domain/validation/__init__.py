"""Validation rules for the work-order form: pure functions, no Qt, no database.

Every validator takes what the advisor typed (plus any context it needs, keyword-only)
and returns a ``ValidationResult[T]``:

- ``value``: the normalised value (``"13800138000"``, ``"粤B12345"``, a VIN in
  uppercase, km as int), set exactly when there is no ERROR;
- ``problems``: ``Problem``s from ``dealerdesk.domain.messages``, empty when all is
  well. Each names its form ``field`` (see ``fields``), carries an English source
  ``text`` marked with ``QT_TRANSLATE_NOOP`` and its ``params``, and a ``severity``:
  ERROR blocks the value, WARNING comes with a value and asks the advisor to confirm.
  A validator reports the first thing to fix, so there is at most one problem.

``result.ok`` says the value may be used once warnings are confirmed; ``errors`` and
``warnings`` split the problems. ``field=`` overrides the field a validator reports
on, e.g. ``validate_mobile(text, field=CONTACT_MOBILE)``.

Which fields are mandatory for which service category (a PDS car may have no plate
yet) is decided by the caller; these functions judge the value they are given.
Money and labour hours (``parse_yuan``, ``parse_hours``) live in
``dealerdesk.domain.money`` and return the same ``ValidationResult``.
"""

from __future__ import annotations

from dealerdesk.domain.validation.fields import (
    CONTACT_MOBILE,
    CUSTOMER_MOBILE,
    ESTIMATE,
    LABOUR_HOURS,
    MILEAGE_IN,
    PLATE,
    PROMISED_AT,
    VIN,
)
from dealerdesk.domain.validation.mileage import MAX_JUMP_KM, validate_mileage_in
from dealerdesk.domain.validation.phone import normalise_mobile, validate_mobile
from dealerdesk.domain.validation.plate import normalise_plate, validate_plate
from dealerdesk.domain.validation.result import ValidationResult
from dealerdesk.domain.validation.times import validate_promised_at
from dealerdesk.domain.validation.vin import (
    decode_make,
    normalise_vin,
    validate_vin,
    vin_check_digit,
    with_check_digit,
)

__all__ = [
    "CONTACT_MOBILE",
    "CUSTOMER_MOBILE",
    "ESTIMATE",
    "LABOUR_HOURS",
    "MAX_JUMP_KM",
    "MILEAGE_IN",
    "PLATE",
    "PROMISED_AT",
    "VIN",
    "ValidationResult",
    "decode_make",
    "normalise_mobile",
    "normalise_plate",
    "normalise_vin",
    "validate_mileage_in",
    "validate_mobile",
    "validate_plate",
    "validate_promised_at",
    "validate_vin",
    "vin_check_digit",
    "with_check_digit",
]
