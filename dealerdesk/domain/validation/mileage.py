"""Odometer reading at check-in (进厂里程), in whole kilometres.

A reading below the vehicle's last recorded one is refused: either it is mistyped or
the odometer was changed, and both need more than a front-desk entry. A very large
jump is usually a typo (an extra digit), so the advisor confirms it.
"""

from __future__ import annotations

import re
import unicodedata

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, Severity
from dealerdesk.domain.validation.fields import MILEAGE_IN
from dealerdesk.domain.validation.result import ValidationResult

MILEAGE_EMPTY = QT_TRANSLATE_NOOP("Messages", "Enter the mileage shown on the odometer.")
MILEAGE_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "Mileage must be a whole number of kilometres, e.g. 12345; you typed {value}."
)
MILEAGE_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "Mileage cannot be negative; you typed {value}.")
MILEAGE_TOO_HIGH = QT_TRANSLATE_NOOP(
    "Messages", "Mileage {km:,} km is more than an odometer can show; check the reading."
)
MILEAGE_BELOW_LAST = QT_TRANSLATE_NOOP(
    "Messages", "Mileage {km:,} km is below the {last_km:,} km already recorded for this vehicle."
)
MILEAGE_BIG_JUMP = QT_TRANSLATE_NOOP(
    "Messages",
    "Mileage {km:,} km is {increase_km:,} km more than at the last visit ({last_km:,} km); confirm it.",
)

MAX_JUMP_KM = 100_000
MAX_ODOMETER_KM = 9_999_999  # seven-digit odometers; also keeps typos out of the database
# "12345", "12,345" (correctly grouped), with an optional unit: "12345 km", "12345公里".
_MILEAGE = re.compile(r"(?P<sign>-?)(?P<number>\d+|\d{1,3}(?:,\d{3})+)\s*(?:km|公里|千米)?", re.IGNORECASE)


def validate_mileage_in(
    raw: str | int, *, last_recorded_km: int | None = None, field: str = MILEAGE_IN
) -> ValidationResult[int]:
    """Validate the check-in mileage; ``raw`` is typed text or a spin box's int.

    ``last_recorded_km`` is the vehicle's highest earlier reading, None for a new vehicle.
    """
    if isinstance(raw, int):
        km = raw
    else:
        # NFKC: full-width digits and the full-width comma "，" of a Chinese input method.
        typed = unicodedata.normalize("NFKC", raw).strip()
        if not typed:
            return ValidationResult(None, [Problem(field, MILEAGE_EMPTY)])
        match = _MILEAGE.fullmatch(typed)
        if match is None:
            return ValidationResult(None, [Problem(field, MILEAGE_FORMAT, {"value": raw.strip()})])
        km = int(match["number"].replace(",", ""))
        if match["sign"]:
            km = -km
    if km < 0:
        return ValidationResult(None, [Problem(field, MILEAGE_NEGATIVE, {"value": km})])
    if km > MAX_ODOMETER_KM:
        return ValidationResult(None, [Problem(field, MILEAGE_TOO_HIGH, {"km": km})])
    if last_recorded_km is None:
        return ValidationResult(km)
    if km < last_recorded_km:
        below = Problem(field, MILEAGE_BELOW_LAST, {"km": km, "last_km": last_recorded_km})
        return ValidationResult(None, [below])
    if km - last_recorded_km > MAX_JUMP_KM:
        params = {"km": km, "increase_km": km - last_recorded_km, "last_km": last_recorded_km}
        return ValidationResult(km, [Problem(field, MILEAGE_BIG_JUMP, params, Severity.WARNING)])
    return ValidationResult(km)
